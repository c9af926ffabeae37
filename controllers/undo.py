"""Undo commands shared by every area.

A command's ``redo`` calls the store (recording what ``undo`` needs the first time) and
then reports the touched ids through ``changed``, so the controller emits its change-set
signal after both redo and undo. Scheduled and automatic changes never go on the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from models.records import Actor

UpdateFn = Callable[..., dict[str, Any]]


class UpdateFieldsCommand(QUndoCommand):
    """Change fields of one or more records; undo restores each record's previous values.

    ``update`` is a store method ``(actor, record_id, **changes) -> previous values``.
    ``changes_by_id`` maps each record id to its new field values (a bulk edit is one
    command, hence one undo step).
    """

    def __init__(
        self,
        text: str,
        actor: Actor,
        update: UpdateFn,
        changes_by_id: dict[int, dict[str, Any]],
        changed: Callable[[list[int]], None],
    ) -> None:
        super().__init__(text)
        self._actor = actor
        self._update = update
        self._changes = changes_by_id
        self._previous: dict[int, dict[str, Any]] = {}
        self._changed = changed

    def redo(self) -> None:
        for record_id, changes in self._changes.items():
            previous = self._update(self._actor, record_id, **changes)
            self._previous.setdefault(record_id, previous)
        self._changed(list(self._changes))

    def undo(self) -> None:
        for record_id, previous in self._previous.items():
            self._update(self._actor, record_id, **previous)
        self._changed(list(self._previous))


class CallbackCommand(QUndoCommand):
    """A command from two callables, for changes that are not plain field updates."""

    def __init__(self, text: str, redo: Callable[[], None], undo: Callable[[], None]) -> None:
        super().__init__(text)
        self._redo = redo
        self._undo = undo

    def redo(self) -> None:
        self._redo()

    def undo(self) -> None:
        self._undo()
