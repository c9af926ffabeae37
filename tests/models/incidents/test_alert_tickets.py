"""Alert events become ticket decisions; plan steps become checklists."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from models.demo.demo_data import CONTINGENCY_PLANS
from models.errors import ValidationError
from models.incidents.alert_tickets import (
    AlertEvent,
    EventKind,
    KnownTicket,
    TicketAction,
    TicketRule,
    choose_plan,
    decide,
    open_ticket_for,
    plan_checklists,
    plan_steps,
)
from models.incidents.workflow import IncidentLevel, TicketStatus
from models.records import ContingencyPlan, RiskCategory

TZ = ZoneInfo("Asia/Shanghai")
AT = datetime(2026, 11, 11, 0, 1, tzinfo=TZ)
RULE = TicketRule(
    rule_id=1,
    metric_code="payment_success",
    category=RiskCategory.TECH,
    level=IncidentLevel.URGENT,
    name_zh="支付成功率低于97%",
    name_en="Payment success below 97%",
)


def plan(plan_id: int, category: RiskCategory) -> ContingencyPlan:
    return ContingencyPlan(plan_id, 1, "预案", "Plan", category, "", "", "", "")


PLANS = [plan(7, RiskCategory.OPERATIONS), plan(5, RiskCategory.TECH), plan(3, RiskCategory.TECH)]


def fired(rule_id: int = 1, kind: EventKind = EventKind.FIRED) -> AlertEvent:
    return AlertEvent(rule_id, "payment_success", IncidentLevel.URGENT, AT, 96.2, kind)


def test_first_fire_opens_ticket_from_rule() -> None:
    decision = decide(fired(), RULE, PLANS, [])
    assert decision.action == TicketAction.OPEN
    assert decision.ticket_id is None
    assert (decision.title_zh, decision.title_en) == (RULE.name_zh, RULE.name_en)
    assert decision.category == RiskCategory.TECH
    assert decision.level == IncidentLevel.URGENT
    assert decision.plan_id == 3  # lowest-id tech plan; operations plan 7 is ignored
    assert decision.note_kind == EventKind.FIRED


def test_linked_plan_beats_category_plan() -> None:
    rule = TicketRule(1, "m", RiskCategory.TECH, IncidentLevel.KEY, plan_ids=(99, 7))
    assert choose_plan(rule, PLANS) == 7  # 99 does not exist, 7 is linked despite category


def test_no_matching_plan_gives_none() -> None:
    rule = TicketRule(1, "m", RiskCategory.MARKET, IncidentLevel.KEY)
    assert choose_plan(rule, PLANS) is None
    unsaved = ContingencyPlan(None, 1, "", "", RiskCategory.MARKET, "", "", "", "")
    assert choose_plan(rule, [unsaved]) is None


def test_second_fire_adds_to_open_ticket() -> None:
    tickets = [KnownTicket(10, 1, TicketStatus.MITIGATING)]
    decision = decide(fired(), RULE, PLANS, tickets)
    assert decision.action == TicketAction.ADD_EVENT
    assert decision.ticket_id == 10
    assert decision.plan_id is None and decision.category is None


@pytest.mark.parametrize("status", [TicketStatus.RESOLVED, TicketStatus.CLOSED])
def test_finished_ticket_does_not_absorb_new_fire(status: TicketStatus) -> None:
    decision = decide(fired(), RULE, PLANS, [KnownTicket(10, 1, status)])
    assert decision.action == TicketAction.OPEN


def test_other_rules_ticket_is_not_used() -> None:
    decision = decide(fired(), RULE, PLANS, [KnownTicket(10, 2, TicketStatus.NEW)])
    assert decision.action == TicketAction.OPEN


def test_clear_adds_note_and_leaves_ticket_open() -> None:
    tickets = [KnownTicket(10, 1, TicketStatus.NEW)]
    decision = decide(fired(kind=EventKind.CLEARED), RULE, PLANS, tickets)
    assert decision.action == TicketAction.ADD_EVENT
    assert decision.ticket_id == 10
    assert decision.note_kind == EventKind.CLEARED


def test_clear_without_open_ticket_writes_nothing() -> None:
    tickets = [KnownTicket(10, 1, TicketStatus.RESOLVED)]
    decision = decide(fired(kind=EventKind.CLEARED), RULE, PLANS, tickets)
    assert decision.action == TicketAction.NONE


def test_duplicate_open_tickets_pick_oldest() -> None:
    tickets = [KnownTicket(12, 1, TicketStatus.NEW), KnownTicket(11, 1, TicketStatus.NEW)]
    assert open_ticket_for(1, tickets) == 11


def test_nameless_rule_title_falls_back() -> None:
    rule = TicketRule(1, "qps", RiskCategory.TECH, IncidentLevel.KEY, name_en="QPS near capacity")
    decision = decide(fired(), rule, [], [])
    assert decision.title_zh == decision.title_en == "QPS near capacity"
    bare = TicketRule(1, "qps", RiskCategory.TECH, IncidentLevel.KEY)
    assert decide(fired(), bare, [], []).title_en == "qps"


def test_event_of_another_rule_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        decide(fired(rule_id=2), RULE, PLANS, [])
    assert caught.value.field == "rule_id"


def test_naive_event_time_is_refused() -> None:
    event = AlertEvent(1, "m", IncidentLevel.KEY, datetime(2026, 11, 11), 1.0)
    with pytest.raises(ValidationError):
        decide(event, RULE, PLANS, [])


@pytest.mark.parametrize("row", CONTINGENCY_PLANS, ids=lambda row: row[1])
def test_every_demo_plan_splits_in_both_languages(row: tuple[str, ...]) -> None:
    steps_zh, steps_en = row[6], row[7]
    expected = len(re.findall(r"(?<!\d)\d\. ", steps_en))  # "N. " opens each step
    zh, en = plan_steps(steps_zh), plan_steps(steps_en)
    assert len(zh) == len(en) == expected >= 3
    for step in zh + en:
        assert step == step.strip() and not re.match(r"\d+\s*[.、]", step)


def test_demo_plan_keeps_numbers_inside_steps() -> None:
    failover = next(row for row in CONTINGENCY_PLANS if row[1] == "Data-centre failover")
    assert plan_steps(failover[7])[0] == (
        "Fail over to the dual-active site (RPO 5 min / RTO 30 min)"
    )
    assert plan_steps(failover[6]) == [
        "双活切换 (RPO 5分钟 / RTO 30分钟)",
        "校验订单一致性",
        "通报管理层",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.通知承运商2.切换路由3.客服", ["通知承运商", "切换路由", "客服"]),
        ("1、通知；2、切换", ["通知", "切换"]),
        ("1) Notify\n2) Reroute\n", ["Notify", "Reroute"]),
        ("通知；切换；\n客服。", ["通知", "切换", "客服"]),
        ("- Notify\n- Reroute", ["Notify", "Reroute"]),
        ("扩容到2.5倍；排队", ["扩容到2.5倍", "排队"]),
        ("1. Scale to 3x 3. Queue", ["Scale to 3x 3. Queue"]),  # 3 is not the next number
        ("", []),
        ("  \n；", []),
    ],
)
def test_plan_steps_formats(text: str, expected: list[str]) -> None:
    assert plan_steps(text) == expected


def test_plan_checklists_by_id() -> None:
    plans = [
        ContingencyPlan(4, 1, "", "", RiskCategory.TECH, "", "", "1. 甲 2. 乙", "1. A 2. B"),
        ContingencyPlan(None, 1, "", "", RiskCategory.TECH, "", "", "1. 丙", "1. C"),
    ]
    assert plan_checklists(plans) == {4: (["甲", "乙"], ["A", "B"])}
