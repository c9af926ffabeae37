"""Task dependencies: a task waiting for another task or for a gate's sign-off.

``DependencyEditsMixin`` is part of ``PlanController`` (kept in its own module so the
dependency rules read on their own). It relies on the controller's reads (``task()``,
``dependencies()``, ``gate_dependencies()``, ``task_name()``) and its ``_push`` /
``_on_touched`` plumbing; its ``tr()`` strings carry this class's translation context.
"""

from __future__ import annotations

from controllers.mixin_translation import TranslatedMixin
from controllers.plan.plan_commands import DependencyCommand
from controllers.plan.plan_rules import PlanRules
from models.errors import ValidationError
from models.plan.schedule import find_cycle
from models.records import Actor


class DependencyEditsMixin(TranslatedMixin):
    """Adds and removes task and gate dependencies, refusing loops (mixed into PlanController)."""

    rules: PlanRules

    def add_dependency(self, actor: Actor, task_id: int, depends_on_id: int) -> None:
        """Make ``task_id`` wait for ``depends_on_id``; a loop is refused, naming its tasks."""
        task = self.task(task_id)
        self.rules.check_can_edit(actor, task)
        self.task(depends_on_id)
        edges = self.dependencies()
        if (task_id, depends_on_id) in edges:
            raise ValidationError(self.tr("This dependency already exists."), field="dependencies")
        loop = find_cycle(edges, (task_id, depends_on_id))
        if loop is not None:
            names = " → ".join(self.task_name(i) for i in loop)
            raise ValidationError(
                self.tr("This dependency would create a loop: %1").replace("%1", names),
                field="dependencies",
            )
        text = self.tr("Add dependency to %1").replace("%1", self.task_name(task_id))
        self._push(
            DependencyCommand(
                text, self.store, actor, False, True, (task_id, depends_on_id), self._on_touched
            )
        )

    def remove_dependency(self, actor: Actor, task_id: int, depends_on_id: int) -> None:
        self.rules.check_can_edit(actor, self.task(task_id))
        if (task_id, depends_on_id) not in self.dependencies():
            return
        text = self.tr("Remove dependency from %1").replace("%1", self.task_name(task_id))
        self._push(
            DependencyCommand(
                text, self.store, actor, False, False, (task_id, depends_on_id), self._on_touched
            )
        )

    def add_gate_dependency(self, actor: Actor, task_id: int, gate_id: int) -> None:
        """Make a task wait for a gate's sign-off (it shows as blocked until then)."""
        self.rules.check_can_edit(actor, self.task(task_id))
        gate = self.milestone(gate_id)
        if not gate.is_gate:
            raise ValidationError(self.tr("Only a gate can be waited for."), field="dependencies")
        if (task_id, gate_id) in self.gate_dependencies():
            raise ValidationError(self.tr("This dependency already exists."), field="dependencies")
        if self.task(task_id).milestone_id == gate_id:
            raise ValidationError(
                self.tr("A prerequisite of a gate cannot wait for that gate."), field="dependencies"
            )
        text = self.tr("Add dependency to %1").replace("%1", self.task_name(task_id))
        self._push(
            DependencyCommand(
                text, self.store, actor, True, True, (task_id, gate_id), self._on_touched
            )
        )

    def remove_gate_dependency(self, actor: Actor, task_id: int, gate_id: int) -> None:
        self.rules.check_can_edit(actor, self.task(task_id))
        if (task_id, gate_id) not in self.gate_dependencies():
            return
        text = self.tr("Remove dependency from %1").replace("%1", self.task_name(task_id))
        self._push(
            DependencyCommand(
                text, self.store, actor, True, False, (task_id, gate_id), self._on_touched
            )
        )
