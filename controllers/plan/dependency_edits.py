"""Task dependencies: a task waiting for another task or for a gate's sign-off."""

from __future__ import annotations

from PySide6.QtCore import QObject

from controllers.plan.plan_commands import DependencyCommand
from controllers.plan.plan_context import PlanContext
from models.errors import ValidationError
from models.plan.schedule import find_cycle
from models.records import Actor


class DependencyEdits(QObject):
    """Reads, adds and removes task and gate dependencies, refusing loops.

    The plan controller's ``dependencies`` part.
    """

    def __init__(self, context: PlanContext, parent: QObject) -> None:
        super().__init__(parent)
        self._context = context
        self._reads = context.reads

    def between_tasks(self) -> list[tuple[int, int]]:
        """(task id, id of the task it waits for) pairs."""
        return self._reads.task_dependencies()

    def on_gates(self) -> list[tuple[int, int]]:
        """(task id, id of the gate whose sign-off it waits for) pairs."""
        return self._reads.gate_dependencies()

    def add_dependency(self, actor: Actor, task_id: int, depends_on_id: int) -> None:
        """Make ``task_id`` wait for ``depends_on_id``; a loop is refused, naming its tasks."""
        reads = self._reads
        self._context.rules.check_can_edit(actor, reads.task(task_id))
        reads.task(depends_on_id)
        edges = reads.task_dependencies()
        if (task_id, depends_on_id) in edges:
            raise ValidationError(self.tr("This dependency already exists."), field="dependencies")
        loop = find_cycle(edges, (task_id, depends_on_id))
        if loop is not None:
            names = " → ".join(reads.task_name(i) for i in loop)
            raise ValidationError(
                self.tr("This dependency would create a loop: %1").replace("%1", names),
                field="dependencies",
            )
        text = self.tr("Add dependency to %1").replace("%1", reads.task_name(task_id))
        self._push(text, actor, (task_id, depends_on_id), on_gate=False, adding=True)

    def remove_dependency(self, actor: Actor, task_id: int, depends_on_id: int) -> None:
        """Stop ``task_id`` waiting for ``depends_on_id`` (nothing happens if it did not)."""
        self._context.rules.check_can_edit(actor, self._reads.task(task_id))
        if (task_id, depends_on_id) not in self._reads.task_dependencies():
            return
        text = self.tr("Remove dependency from %1").replace("%1", self._reads.task_name(task_id))
        self._push(text, actor, (task_id, depends_on_id), on_gate=False, adding=False)

    def add_gate_dependency(self, actor: Actor, task_id: int, gate_id: int) -> None:
        """Make a task wait for a gate's sign-off (it shows as blocked until then)."""
        reads = self._reads
        task = reads.task(task_id)
        self._context.rules.check_can_edit(actor, task)
        if not reads.milestone(gate_id).is_gate:
            raise ValidationError(self.tr("Only a gate can be waited for."), field="dependencies")
        if (task_id, gate_id) in reads.gate_dependencies():
            raise ValidationError(self.tr("This dependency already exists."), field="dependencies")
        if task.milestone_id == gate_id:
            raise ValidationError(
                self.tr("A prerequisite of a gate cannot wait for that gate."), field="dependencies"
            )
        text = self.tr("Add dependency to %1").replace("%1", reads.task_name(task_id))
        self._push(text, actor, (task_id, gate_id), on_gate=True, adding=True)

    def remove_gate_dependency(self, actor: Actor, task_id: int, gate_id: int) -> None:
        """Stop a task waiting for a gate (nothing happens if it did not)."""
        self._context.rules.check_can_edit(actor, self._reads.task(task_id))
        if (task_id, gate_id) not in self._reads.gate_dependencies():
            return
        text = self.tr("Remove dependency from %1").replace("%1", self._reads.task_name(task_id))
        self._push(text, actor, (task_id, gate_id), on_gate=True, adding=False)

    def _push(
        self, text: str, actor: Actor, pair: tuple[int, int], *, on_gate: bool, adding: bool
    ) -> None:
        context = self._context
        context.push(
            DependencyCommand(
                text, context.store, actor, pair, context.touched, on_gate=on_gate, adding=adding
            )
        )
