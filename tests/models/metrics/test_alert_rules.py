"""A rule fires once when its condition has held long enough, and re-arms after clearing."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np

from models.metrics.alert_rules import AlertEngine
from models.records import Alert, AlertRule, Comparator

BELOW_97 = AlertRule(1, 1, "payment_success", Comparator.BELOW, 97.0, 60, "urgent")
ABOVE_900K = AlertRule(2, 1, "qps", Comparator.ABOVE, 900_000, 0, "key")


def _feed(engine: AlertEngine, code: str, start: int, values: list[float]):
    times = np.arange(start, start + len(values), dtype=np.int64)
    return engine.evaluate(code, times, np.array(values, dtype=np.float64))


def test_fires_only_after_the_condition_held_for_the_duration():
    engine = AlertEngine([BELOW_97])
    assert _feed(engine, "payment_success", 0, [99.0] * 10 + [96.0] * 59) == []
    events = _feed(engine, "payment_success", 69, [96.0, 95.5])
    assert [(e.at, e.value, e.cleared) for e in events] == [(70, 95.5, False)]


def test_does_not_fire_again_while_the_condition_holds():
    engine = AlertEngine([BELOW_97])
    fired = _feed(engine, "payment_success", 0, [96.0] * 200)
    assert len(fired) == 1
    for start in range(200, 2000, 100):
        assert _feed(engine, "payment_success", start, [95.0] * 100) == []


def test_clears_when_the_condition_ends_and_re_arms():
    engine = AlertEngine([BELOW_97])
    values = [96.0] * 70 + [99.0] * 5 + [96.0] * 70
    events = _feed(engine, "payment_success", 0, values)
    assert [(e.at, e.cleared) for e in events] == [(60, False), (70, True), (135, False)]


def test_a_short_breach_never_fires_even_across_batches():
    engine = AlertEngine([BELOW_97])
    for start in range(0, 600, 50):
        assert _feed(engine, "payment_success", start, [96.0] * 30 + [99.0] * 20) == []


def test_a_breach_spanning_batches_fires_at_the_right_sample():
    engine = AlertEngine([BELOW_97])
    assert _feed(engine, "payment_success", 0, [96.0] * 40) == []
    events = _feed(engine, "payment_success", 40, [96.0] * 40)
    assert [e.at for e in events] == [60]


def test_above_rules_with_zero_duration_fire_on_the_first_sample():
    engine = AlertEngine([ABOVE_900K, BELOW_97])
    events = _feed(engine, "qps", 0, [800_000, 950_000, 960_000])
    assert [(e.rule.id, e.at) for e in events] == [(2, 1)]
    assert _feed(engine, "other", 0, [1e9]) == []


def test_disabled_rules_stay_silent_and_resumed_rules_do_not_refire():
    off = AlertRule(3, 1, "qps", Comparator.ABOVE, 1, 0, "key", enabled=False)
    assert _feed(AlertEngine([off]), "qps", 0, [5.0]) == []
    engine = AlertEngine([BELOW_97])
    engine.resume([Alert(9, 1, datetime.fromtimestamp(0, UTC), 96.0)])
    assert engine.is_firing(1)
    assert _feed(engine, "payment_success", 100, [96.0] * 100) == []
    cleared = _feed(engine, "payment_success", 200, [99.0])
    assert [e.cleared for e in cleared] == [True]


def test_an_edited_rule_keeps_firing_without_a_second_alert_and_clears_under_its_new_bound():
    from dataclasses import replace

    engine = AlertEngine([BELOW_97])
    assert len(_feed(engine, "payment_success", 0, [96.0] * 70)) == 1
    engine.update_rules([replace(BELOW_97, threshold=96.5, name_en="renamed")])
    assert _feed(engine, "payment_success", 70, [96.0] * 100) == []  # still holds
    engine.update_rules([replace(BELOW_97, threshold=95.0)])
    events = _feed(engine, "payment_success", 170, [96.0])
    assert [(e.at, e.cleared) for e in events] == [(170, True)]


def test_a_quiet_rule_with_a_new_bound_measures_its_breach_afresh():
    from dataclasses import replace

    engine = AlertEngine([BELOW_97])
    assert _feed(engine, "payment_success", 0, [96.0] * 50) == []
    engine.update_rules([replace(BELOW_97, duration_seconds=30)])
    # The 50 s already seen under the old bound do not count: 30 s from now on.
    assert [e.at for e in _feed(engine, "payment_success", 50, [96.0] * 40)] == [80]
    engine.update_rules([replace(BELOW_97, duration_seconds=30, enabled=False)])
    assert engine.rules == [] and _feed(engine, "payment_success", 90, [90.0] * 100) == []
