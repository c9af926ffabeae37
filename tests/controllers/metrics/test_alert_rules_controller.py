"""Editing alert rules: validation per field, undo, audit, and effect on the next ingest."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from controllers.campaign_controller import CampaignController
from controllers.metrics.alert_rules_controller import AlertRulesController, RuleDraft, RuleInvalid
from controllers.metrics.metrics_controller import AlertNotice, MetricsController
from controllers.notifier import Notifier
from controllers.settings import Settings
from models.clock import FixedClock
from models.metrics.feeds import PushFeed
from models.records import Comparator

SHANGHAI = ZoneInfo("Asia/Shanghai")
START = datetime(2026, 11, 11, 0, 30, tzinfo=SHANGHAI)
DRAFT = RuleDraft("cs_queue", "above", "800", 0, "urgent", "客服排队严重", "CS queue severe")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def campaign(demo_store, clock) -> CampaignController:
    return CampaignController(demo_store, clock)


@pytest.fixture
def metrics(qapp, campaign, qsettings) -> MetricsController:
    return MetricsController(campaign, Settings(qsettings), Notifier())


@pytest.fixture
def editor(metrics) -> AlertRulesController:
    return AlertRulesController(metrics)


def _payment_rule(editor: AlertRulesController):
    return next(r for r in editor.rules() if r.metric_code == "payment_success")


def test_each_bad_field_gets_its_own_message_and_nothing_is_saved(editor, actor):
    before = editor.rules()
    bad = RuleDraft("nope", "sideways", "lots", -5, "panic", "", "")
    errors = editor.check(bad)
    assert set(errors) == {"metric", "comparator", "threshold", "duration", "level", "name_en"}
    with pytest.raises(RuleInvalid) as caught:
        editor.add_rule(actor, bad)
    assert caught.value.errors == errors
    assert editor.rules() == before
    percent = RuleDraft("payment_success", "below", "120", 60, "urgent", "", "x")
    assert set(editor.check(percent)) == {"threshold"}
    same = RuleDraft("payment_success", "below", "97", 10, "key", "", "again")
    assert "Payment success below 97%" in editor.check(same)["threshold"]


def test_add_edit_switch_delete_each_undo_in_one_step_with_audit(
    editor, campaign, actor, demo_store
):
    count = len(editor.rules())
    rule_id = editor.add_rule(actor, DRAFT)
    added = editor.rule(rule_id)
    assert (added.comparator, added.threshold, added.name_en) == (
        Comparator.ABOVE,
        800.0,
        "CS queue severe",
    )
    editor.update_rule(actor, rule_id, RuleDraft("cs_queue", "above", "900.5", 30, "key", "z", "e"))
    assert (editor.rule(rule_id).threshold, editor.rule(rule_id).level_code) == (900.5, "key")
    editor.set_enabled(actor, rule_id, on=False)
    assert not editor.rule(rule_id).enabled
    editor.delete_rule(actor, rule_id)
    assert len(editor.rules()) == count
    stack = campaign.undo_stack
    stack.undo()
    assert not editor.rule(rule_id).enabled
    stack.undo()
    assert editor.rule(rule_id).enabled
    stack.undo()
    assert editor.rule(rule_id).threshold == 800.0
    stack.undo()
    assert len(editor.rules()) == count
    stack.redo()
    assert editor.rule(rule_id).name_en == "CS queue severe"
    actions = [e.action for e in demo_store.audit_entries("alert_rule")]
    assert {"insert", "update", "delete"} <= set(actions)
    assert all(e.actor == actor.name for e in demo_store.audit_entries("alert_rule")[:5])


@pytest.fixture
def feed(metrics) -> PushFeed:
    return metrics.sources.add_push_feed("t")


def _breach(metrics: MetricsController, feed: PushFeed, clock, seconds: range, value: float):
    start = int(START.timestamp())
    for second in seconds:
        feed.push("payment_success", value, start + second)
    clock.advance(START + timedelta(seconds=seconds.stop) - clock.now())
    metrics.sources.poll("push:t")


def test_an_edit_takes_effect_on_the_next_ingest_without_refiring(
    editor, metrics, feed, clock, actor
):
    notices: list[AlertNotice] = []
    metrics.alert_raised.connect(notices.append)
    _breach(metrics, feed, clock, range(0, 90), 95.0)
    assert len(notices) == 1
    rule = _payment_rule(editor)
    # Tighter threshold, still breached: the open alert stays, no second one.
    editor.update_rule(actor, rule.id, RuleDraft(rule.metric_code, "below", "96", 30,
                                                 "urgent", rule.name_zh, rule.name_en))  # fmt: skip
    _breach(metrics, feed, clock, range(90, 200), 95.0)
    assert len(notices) == 1 and metrics.open_alert_count() == 1
    # Looser threshold that 95 no longer crosses: the alert clears on the next sample.
    editor.update_rule(actor, rule.id, RuleDraft(rule.metric_code, "below", "94", 30,
                                                 "urgent", rule.name_zh, rule.name_en))  # fmt: skip
    _breach(metrics, feed, clock, range(200, 201), 95.0)
    assert metrics.open_alert_count() == 0 and len(notices) == 1


def test_a_new_rule_fires_on_the_next_ingest_and_switching_off_clears(
    editor, campaign, metrics, feed, clock, actor
):
    notices: list[AlertNotice] = []
    metrics.alert_raised.connect(notices.append)
    rule_id = editor.add_rule(
        actor, RuleDraft("payment_success", "below", "99", 0, "general", "", "Below 99")
    )
    _breach(metrics, feed, clock, range(0, 5), 98.5)
    assert [n.rule.id for n in notices] == [rule_id]
    editor.set_enabled(actor, rule_id, on=False)
    assert metrics.open_alert_count() == 0
    _breach(metrics, feed, clock, range(5, 10), 98.5)
    assert len(notices) == 1  # off: no alert
    campaign.undo_stack.undo()  # on again, its alert reopened
    assert metrics.open_alert_count() == 1
    _breach(metrics, feed, clock, range(10, 20), 98.5)
    assert len(notices) == 1  # condition still holds: no second alert
