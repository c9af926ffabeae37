"""Messages written in the controllers' mixins come out in the UI language, counts included."""

from __future__ import annotations

import pytest
from shiboken6 import Shiboken

from controllers.language_controller import LanguageController
from models.errors import ValidationError
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
        plan.sign_off(actor, gate.id, "")
    message = str(refused.value)
    assert message.startswith(f"关卡无法验收：{len(prerequisites)} 项任务尚未完成或验收")
    if len(prerequisites) > 5:  # only five are named, the rest are counted
        assert f"以及另外 {len(prerequisites) - 5} 项" in message


def test_a_mixin_message_without_a_count_is_translated_too(plan, actor, chinese):
    gate = gate_named(plan, "CS system stress test passed")
    for task in plan.tasks():
        if task.milestone_id == gate.id:
            plan.store.plan.update_task(SETUP, task.id, status=TaskStatus.DONE)
    plan.sign_off(actor, gate.id, "ok")
    with pytest.raises(ValidationError) as refused:
        plan.sign_off(actor, gate.id, "again")
    assert str(refused.value) == "该关卡已验收。"
