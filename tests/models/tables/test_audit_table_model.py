"""The audit table on the trail the demo build leaves, under pytest-qt's model tester."""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest

from models.records import Actor, AuditEntry, Role
from models.store import Store
from models.tables.audit_table_model import AuditTableModel
from tests.models.tables.model_checks import TESTERS, exercise

ZONE = ZoneInfo("Asia/Shanghai")
ACTOR = Actor("auditor", Role.COMMANDER)


@pytest.fixture
def entries(demo_store: Store) -> list[AuditEntry]:
    """The demo's audit rows plus an update (a before and an after) made here."""
    campaign = demo_store.campaign.current()
    assert campaign is not None and campaign.id is not None
    task = demo_store.plan.tasks(campaign.id)[0]
    demo_store.plan.update_task(ACTOR, task.id or 0, progress=(task.progress + 1) % 100)
    return demo_store.audit_entries(limit=500)


@TESTERS
def test_passes_the_model_tester_through_sorting_filtering_and_change_sets(
    qtmodeltester, entries, force_py
):
    model = AuditTableModel(ZONE)
    model.set_records(entries)
    qtmodeltester.check(model, force_py=force_py)
    newest = entries[0]
    assert newest.before and newest.after  # the update above
    later = replace(newest, id=(newest.id or 0) + 1, action="delete", after=None)
    exercise(model, lambda e: e.table_name == "task", [later])


def test_an_update_reads_field_old_to_new_in_campaign_time(qapp, entries):
    model = AuditTableModel(ZONE)
    model.set_records(entries)
    newest = entries[0]
    keys = [c.key for c in model.COLUMNS]
    row = model.row_of(newest.id or 0)
    assert row is not None
    (field,) = newest.after or {}
    change = f"{field}: {(newest.before or {})[field]} → {(newest.after or {})[field]}"
    assert model.index(row, keys.index("change")).data() == change
    shown_at = f"{newest.at.astimezone(ZONE):%Y-%m-%d %H:%M:%S}"
    assert model.index(row, keys.index("at")).data() == shown_at
    assert model.index(row, keys.index("actor")).data() == ACTOR.name
