"""Messages written in the controllers' parts come out in the UI language, counts included.

Each part (``plan.gates``, ``plan.rescheduling``, ``budget.reallocations``, ``metrics.sources``)
translates in its own class context; these check that the Chinese texts are found there.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from shiboken6 import Shiboken

from controllers.budget.budget_controller import BudgetController
from controllers.language_controller import LanguageController
from controllers.metrics.metrics_controller import MetricsController
from controllers.notifier import Notifier
from controllers.settings import Settings
from models.clock import FixedClock
from models.demo.builder import DEMO_AS_OF
from models.errors import ValidationError, WarRoomError
from models.records import Actor, Role, TaskStatus
from models.resource_paths import TRANSLATIONS_DIR
from tests.controllers.plan.plan_fixtures import gate_named

SETUP = Actor("setup", Role.COMMANDER)


@pytest.fixture
def chinese(qapp):
    languages = LanguageController(TRANSLATIONS_DIR)
    languages.set_language("zh")
    yield
    languages.set_language("en")
    Shiboken.delete(languages)  # its translators go with it


def test_a_gate_refusal_counts_the_open_tasks_in_chinese(plan, actor, chinese):
    gate = gate_named(plan, "CS system stress test passed")
    prerequisites = [t for t in plan.tasks() if t.milestone_id == gate.id]
    for task in prerequisites:
        plan.store.plan.update_task(SETUP, task.id, status=TaskStatus.IN_PROGRESS)
    with pytest.raises(ValidationError) as refused:
        plan.gates.sign_off(actor, gate.id, "")
    message = str(refused.value)
    assert message.startswith(f"关卡无法验收：{len(prerequisites)} 项任务尚未完成或验收")
    if len(prerequisites) > 5:  # only five are named, the rest are counted
        assert f"以及另外 {len(prerequisites) - 5} 项" in message


def test_a_part_message_without_a_count_is_translated_too(plan, actor, chinese):
    gate = gate_named(plan, "CS system stress test passed")
    for task in plan.tasks():
        if task.milestone_id == gate.id:
            plan.store.plan.update_task(SETUP, task.id, status=TaskStatus.DONE)
    plan.gates.sign_off(actor, gate.id, "ok")
    with pytest.raises(ValidationError) as refused:
        plan.gates.sign_off(actor, gate.id, "again")
    assert str(refused.value) == "该关卡已验收。"


def test_a_schedule_preview_counts_the_tasks_outside_the_campaign_in_chinese(plan, chinese):
    preview = plan.rescheduling.preview_dday_move(plan.dday() - timedelta(days=10))
    outside = [w for w in preview.warnings if "截止日期将超出战役范围" in w]
    assert len(outside) == 1 and outside[0].split(" ", 1)[0].isdigit()


def test_budget_reallocation_messages_are_chinese(campaign, chinese):
    notifier = Notifier(campaign)
    messages: list[str] = []
    notifier.message_posted.connect(lambda _level, text: messages.append(text))
    budget = BudgetController(campaign, notifier, campaign)
    (pending,) = budget.adjustments()
    assert not budget.reallocations.approve(Actor("张伟", Role.LEAD, "LOG"), pending.id)
    assert messages[-1].startswith("只有预算调整小组")
    campaign.clock = FixedClock(DEMO_AS_OF + timedelta(hours=1))  # the request is due soon
    budget.reallocations.check_deadlines()
    assert messages[-1] == f"预算调整申请 #{pending.id} 须在 3.0 小时内处理。"


def test_a_metric_source_refusal_is_chinese(campaign, qsettings, actor, tmp_path, chinese):
    metrics = MetricsController(campaign, Settings(qsettings), Notifier(campaign), campaign)
    path = tmp_path / "ops.csv"
    path.write_text("timestamp,metric,value\n")
    metrics.sources.add_file_feed(path)
    with pytest.raises(WarRoomError) as refused:
        metrics.sources.add_file_feed(path)
    assert str(refused.value) == f"该文件已在跟踪中：{path}"
