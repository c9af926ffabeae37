"""Editing alert rules: add, edit, switch on/off and delete, each one undo step.

Every change goes through ``campaign.undo_stack`` and the store's audited writes, then
asks the metrics controller to take the new rules: they apply from the next ingest on.
A firing rule whose metric and direction are unchanged keeps its open alert (no second
alert while the condition still holds). Switching a rule off, or pointing it at another
metric or direction, clears its open alert; undo reopens it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QUndoCommand

from controllers.campaign_controller import CampaignController
from controllers.metrics.metrics_controller import MetricsController
from models.errors import WarRoomError
from models.records import Actor, AlertRule, Comparator

MAX_DURATION_SECONDS = 24 * 3600
MAX_NAME_LENGTH = 80
FIELDS = ("metric", "comparator", "threshold", "duration", "level", "name_zh", "name_en")


@dataclass(frozen=True, slots=True)
class RuleDraft:
    """What the rule form holds; ``threshold`` is the text as typed (locale decimals)."""

    metric_code: str
    comparator: str
    threshold: str
    duration_seconds: int
    level_code: str
    name_zh: str = ""
    name_en: str = ""
    enabled: bool = field(default=True, kw_only=True)


class RuleInvalid(WarRoomError):
    """A rule draft that cannot be saved; ``errors`` maps a form field to its message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("\n".join(errors.values()))
        self.errors = errors


class AlertRulesController(QObject):
    """User edits of the campaign's alert rules (signals come from ``MetricsController``)."""

    def __init__(self, metrics: MetricsController, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else metrics)
        self._campaign: CampaignController = metrics.campaign
        self._metrics = metrics

    @property
    def _repo(self):
        return self._campaign.store.alerts

    def rules(self) -> list[AlertRule]:
        """The campaign's alert rules."""
        return self._metrics.rules()

    def rule(self, rule_id: int) -> AlertRule:
        """One alert rule."""
        return self._repo.alert_rule(rule_id)

    def alert_count(self, rule_id: int) -> int:
        """How many alerts a rule has raised (deleting the rule deletes them too)."""
        return self._repo.alert_count(rule_id)

    # -- validation ---------------------------------------------------------------------

    def check(self, draft: RuleDraft, rule_id: int | None = None) -> dict[str, str]:
        """Problems of a draft by form field (empty when it can be saved)."""
        errors: dict[str, str] = {}
        metric = self._metrics.metric(draft.metric_code)
        if metric is None:
            errors["metric"] = self.tr("Choose a metric to watch.")
        if draft.comparator not in set(Comparator):
            errors["comparator"] = self.tr("Choose above or below.")
        threshold = parse_number(draft.threshold)
        if threshold is None:
            errors["threshold"] = self.tr("Enter a number, e.g. %1.").replace(
                "%1", QLocale().toString(97.5, "f", 1)
            )
        elif metric is not None and metric.unit == "%" and not 0 <= threshold <= 100:
            errors["threshold"] = self.tr("A percentage lies between 0 and 100.")
        elif metric is not None and threshold < 0 and metric.unit != "%":
            errors["threshold"] = self.tr("This metric is never negative.")
        if not 0 <= draft.duration_seconds <= MAX_DURATION_SECONDS:
            errors["duration"] = self.tr("Between 0 s (at once) and 24 h.")
        if draft.level_code not in {level.code for level in self._campaign.risk_levels()}:
            errors["level"] = self.tr("Choose a level.")
        if not draft.name_zh.strip() and not draft.name_en.strip():
            errors["name_en"] = self.tr("Give the rule a name (Chinese or English).")
        for key, name in (("name_zh", draft.name_zh), ("name_en", draft.name_en)):
            if len(name.strip()) > MAX_NAME_LENGTH:
                errors[key] = self.tr("At most %1 characters.").replace("%1", str(MAX_NAME_LENGTH))
        if not errors and threshold is not None:
            for other in self.rules():
                same = (other.metric_code, other.comparator.value, other.threshold)
                if other.id != rule_id and same == (
                    draft.metric_code,
                    draft.comparator,
                    threshold,
                ):
                    errors["threshold"] = self.tr("Rule “%1” already watches this.").replace(
                        "%1", other.name_en or other.name_zh
                    )
        return errors

    def _record(self, draft: RuleDraft, rule_id: int | None) -> AlertRule:
        errors = self.check(draft, rule_id)
        if errors:
            raise RuleInvalid(errors)
        return AlertRule(
            rule_id,
            self._campaign.campaign_id,
            draft.metric_code,
            Comparator(draft.comparator),
            float(parse_number(draft.threshold) or 0.0),
            int(draft.duration_seconds),
            draft.level_code,
            draft.name_zh.strip(),
            draft.name_en.strip(),
            draft.enabled,
        )

    # -- mutators (each one undo step) ----------------------------------------------------

    def add_rule(self, actor: Actor, draft: RuleDraft) -> int:
        """Save a new rule; raises ``RuleInvalid`` (nothing written) for a bad draft."""
        rule = self._record(draft, None)
        command = _RuleCommand(self.tr("Add alert rule"), self._changed)
        state: dict[str, object] = {"rule": rule, "alerts": []}

        def redo() -> None:
            restored = state["rule"]
            assert isinstance(restored, AlertRule)
            if restored.id is None:
                state["rule"] = replace(restored, id=self._repo.add_alert_rule(actor, restored))
            else:
                self._repo.restore_alert_rule(actor, restored, state["alerts"])

        def undo() -> None:
            current = state["rule"]
            assert isinstance(current, AlertRule) and current.id is not None
            state["rule"], state["alerts"] = self._repo.delete_alert_rule(actor, current.id)

        command.set_steps(redo, undo)
        self._campaign.undo_stack.push(command)
        new = state["rule"]
        assert isinstance(new, AlertRule) and new.id is not None
        return new.id

    def update_rule(self, actor: Actor, rule_id: int, draft: RuleDraft) -> None:
        """Save an edited rule; raises ``RuleInvalid`` (nothing written) for a bad draft."""
        before = self.rule(rule_id)
        after = self._record(replace(draft, enabled=before.enabled), rule_id)
        changes = {
            name: getattr(after, name)
            for name in ("metric_code", "comparator", "threshold", "duration_seconds",
                         "level_code", "name_zh", "name_en")
            if getattr(after, name) != getattr(before, name)
        }  # fmt: skip
        if not changes:
            return
        redirected = (before.metric_code, before.comparator) != (
            after.metric_code,
            after.comparator,
        )
        self._push_update(self.tr("Edit alert rule"), actor, rule_id, changes, clear=redirected)

    def set_enabled(self, actor: Actor, rule_id: int, *, on: bool) -> None:
        """Switch a rule on or off; off clears its open alert."""
        if self.rule(rule_id).enabled == on:
            return
        text = self.tr("Switch alert rule on") if on else self.tr("Switch alert rule off")
        self._push_update(text, actor, rule_id, {"enabled": on}, clear=not on)

    def delete_rule(self, actor: Actor, rule_id: int) -> None:
        """Delete a rule with its alerts; undo brings both back with their ids."""
        state: dict[str, object] = {}

        def redo() -> None:
            state["rule"], state["alerts"] = self._repo.delete_alert_rule(actor, rule_id)

        def undo() -> None:
            rule, alerts = state["rule"], state["alerts"]
            assert isinstance(rule, AlertRule) and isinstance(alerts, list)
            self._repo.restore_alert_rule(actor, rule, alerts)

        command = _RuleCommand(self.tr("Delete alert rule"), self._changed)
        command.set_steps(redo, undo)
        self._campaign.undo_stack.push(command)

    def _push_update(
        self, text: str, actor: Actor, rule_id: int, changes: dict, *, clear: bool
    ) -> None:
        state: dict[str, object] = {"previous": {}, "cleared": []}

        def redo() -> None:
            state["previous"] = self._repo.update_alert_rule(actor, rule_id, **changes)
            if clear:
                state["cleared"] = self._repo.clear_open_alerts(rule_id, self._campaign.now())

        def undo() -> None:
            previous = state["previous"]
            assert isinstance(previous, dict)
            self._repo.update_alert_rule(actor, rule_id, **previous)
            cleared = state["cleared"]
            assert isinstance(cleared, list)
            self._repo.reopen_alerts(cleared)

        command = _RuleCommand(text, self._changed)
        command.set_steps(redo, undo)
        self._campaign.undo_stack.push(command)

    def _changed(self) -> None:
        self._metrics.reload_rules()
        self._metrics.alerts_changed.emit([], [], [])


class _RuleCommand(QUndoCommand):
    """One rule edit; after redo and undo alike the new rules are taken into use."""

    def __init__(self, text: str, changed: Callable[[], None]) -> None:
        super().__init__(text)
        self._changed = changed
        self._redo: Callable[[], None] = lambda: None
        self._undo: Callable[[], None] = lambda: None

    def set_steps(self, redo: Callable[[], None], undo: Callable[[], None]) -> None:
        self._redo, self._undo = redo, undo

    def redo(self) -> None:
        self._redo()
        self._changed()

    def undo(self) -> None:
        self._undo()
        self._changed()


def parse_number(text: str | float) -> float | None:
    """A finite number from typed text in the UI locale (or plain ``1234.5``), else None."""
    if isinstance(text, int | float):
        return float(text) if math.isfinite(text) else None
    cleaned = text.strip()
    value, ok = QLocale().toDouble(cleaned)
    if not ok:
        value, ok = QLocale.c().toDouble(cleaned)
    return value if ok and math.isfinite(value) else None


__all__ = ["FIELDS", "AlertRulesController", "RuleDraft", "RuleInvalid", "parse_number"]
