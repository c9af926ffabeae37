"""The alert table on alerts fired by the demo campaign's rules, under the model tester."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from models.demo.builder import DEMO_DDAY
from models.store import Store
from models.tables.alert_table_model import AlertRow, AlertTableModel
from models.tables.labels import localized
from tests.models.tables.model_checks import TESTERS, exercise


@pytest.fixture
def rows(demo_store: Store) -> list[AlertRow]:
    """Each demo rule fires twice on D-day, the first alert of each clears: rows as the
    alerts panel builds them (names, units and levels from the same campaign)."""
    campaign = demo_store.campaign.current()
    assert campaign is not None and campaign.id is not None
    rules = demo_store.alerts.alert_rules(campaign.id)
    events = []
    for n, rule in enumerate(rules):
        fired = DEMO_DDAY + timedelta(minutes=n)
        events += [(rule.id or 0, fired, 90.0 + n, False),
                   (rule.id or 0, fired + timedelta(seconds=40), 80.0, True),
                   (rule.id or 0, fired + timedelta(minutes=30), 1500.0 + n, False)]  # fmt: skip
    demo_store.alerts.record_alert_events(events)
    by_id = {rule.id: rule for rule in rules}
    levels = {level.code: level for level in demo_store.campaign.risk_levels(campaign.id)}
    metrics = {metric.code: metric for metric in demo_store.metrics.metrics()}
    zone = ZoneInfo(campaign.timezone)
    result = []
    for alert in demo_store.alerts.alerts(500):
        rule = by_id[alert.rule_id]
        metric = metrics[rule.metric_code]
        result.append(
            AlertRow(alert, rule, levels[rule.level_code],
                     localized(metric.name_zh, metric.name_en), metric.unit, zone)
        )  # fmt: skip
    assert len(result) == 2 * len(rules) and any(r.active for r in result)
    return result


@TESTERS
def test_passes_the_model_tester_through_sorting_filtering_and_change_sets(
    qtmodeltester, rows, force_py
):
    model = AlertTableModel()
    model.set_records(rows)
    qtmodeltester.check(model, force_py=force_py)
    active = next(row for row in rows if row.active)
    cleared = replace(active, alert=replace(active.alert, cleared_at=active.alert.fired_at))
    orphan = replace(rows[0], alert=replace(rows[0].alert, id=10_000), rule=None, level=None)
    exercise(model, lambda row: row.active, [cleared, orphan])


def test_a_fired_alert_shows_its_rule_value_and_level_colour(qapp, rows):
    model = AlertTableModel()
    model.set_records(rows)
    keys = [c.key for c in model.COLUMNS]
    active = next(row for row in rows if row.active)
    row = model.row_of(active.id)
    assert row is not None
    assert active.rule is not None and active.level is not None
    rule_name = localized(active.rule.name_zh, active.rule.name_en)
    assert model.index(row, keys.index("rule")).data() == rule_name
    assert model.index(row, keys.index("value")).data().startswith(f"{active.alert.value:,.0f}")
    colour = model.index(row, keys.index("level")).data(Qt.ItemDataRole.ForegroundRole)
    assert colour == QColor(active.level.color)
    assert not model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsEditable
