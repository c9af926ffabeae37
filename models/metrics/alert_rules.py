"""Alert rules evaluated on ingest: a value above/below a threshold for long enough.

A rule fires once when its condition has held for ``duration_seconds``; it stays quiet
while the condition keeps holding, and re-arms when a sample no longer meets it (the
open alert is then marked cleared). Evaluation follows sample time, not wall time, so a
replayed or backfilled day raises the same alerts as the live one.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from models.records import Alert, AlertRule, Comparator


@dataclass(frozen=True, slots=True)
class AlertEvent:
    """A rule fired (``cleared`` False) or its condition ended (``cleared`` True)."""

    rule: AlertRule
    at: int
    value: float
    cleared: bool = False


@dataclass
class _RuleState:
    breach_since: int | None = None
    firing: bool = False


class AlertEngine:
    """Keeps each rule's state between batches of samples."""

    def __init__(self, rules: list[AlertRule]) -> None:
        self._rules = [r for r in rules if r.enabled]
        self._state = {r.id: _RuleState() for r in self._rules}

    @property
    def rules(self) -> list[AlertRule]:
        return list(self._rules)

    def update_rules(self, rules: list[AlertRule]) -> None:
        """Take edited rules, keeping what each unchanged condition has seen so far.

        A firing rule whose metric and direction stay the same keeps firing (no second
        alert while its condition holds; the next sample clears it if the new threshold
        is no longer crossed). A rule whose condition changed starts counting afresh.
        """
        old = {r.id: r for r in self._rules}
        state: dict[int | None, _RuleState] = {}
        for rule in (r for r in rules if r.enabled):
            before, kept = old.get(rule.id), self._state.get(rule.id)
            if before is not None and kept is not None and _same_signal(before, rule):
                same_bounds = (before.threshold, before.duration_seconds) == (
                    rule.threshold,
                    rule.duration_seconds,
                )
                if kept.firing or same_bounds:
                    state[rule.id] = kept
                    continue
            # New, redirected, or re-bounded while quiet: the breach is measured afresh.
            state[rule.id] = _RuleState()
        self._rules = [r for r in rules if r.enabled]
        self._state = state

    def resume(self, open_alerts: list[Alert]) -> None:
        """Mark rules whose alert is still open (after a restart) as firing: no re-fire."""
        for alert in open_alerts:
            state = self._state.get(alert.rule_id)
            if state is not None:
                state.firing = True
                state.breach_since = int(alert.fired_at.timestamp())

    def is_firing(self, rule_id: int) -> bool:
        state = self._state.get(rule_id)
        return bool(state and state.firing)

    def evaluate(self, metric_code: str, times: np.ndarray, values: np.ndarray) -> list[AlertEvent]:
        """Feed one metric's new samples (time order); returns what fired or cleared."""
        events: list[AlertEvent] = []
        for rule in self._rules:
            if rule.metric_code != metric_code or len(times) == 0:
                continue
            if rule.comparator is Comparator.ABOVE:
                breach = values > rule.threshold
            else:
                breach = values < rule.threshold
            self._walk(rule, self._state[rule.id], times, values, breach, events)
        return events

    @staticmethod
    def _walk(
        rule: AlertRule,
        state: _RuleState,
        times: np.ndarray,
        values: np.ndarray,
        breach: np.ndarray,
        events: list[AlertEvent],
    ) -> None:
        # Only the samples where the condition flips (or may fire) need Python-level work.
        flips = np.flatnonzero(np.diff(np.r_[int(state.breach_since is not None), breach]))
        checkpoints = sorted(set(flips.tolist()) | {0, len(times) - 1})
        for index in checkpoints:
            at = int(times[index])
            if breach[index]:
                if state.breach_since is None:
                    state.breach_since = at
                if not state.firing:
                    # The condition may have become old enough anywhere in this run.
                    run_end = _run_end(breach, index)
                    due = state.breach_since + rule.duration_seconds
                    if int(times[run_end]) >= due:
                        hit = index + int(np.searchsorted(times[index : run_end + 1], due))
                        events.append(AlertEvent(rule, int(times[hit]), float(values[hit])))
                        state.firing = True
            else:
                if state.firing:
                    events.append(AlertEvent(rule, at, float(values[index]), cleared=True))
                state.breach_since = None
                state.firing = False


def _same_signal(a: AlertRule, b: AlertRule) -> bool:
    return a.metric_code == b.metric_code and a.comparator is b.comparator


def _run_end(breach: np.ndarray, index: int) -> int:
    after = np.flatnonzero(~breach[index:])
    return index + int(after[0]) - 1 if len(after) else len(breach) - 1
