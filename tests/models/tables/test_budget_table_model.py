"""The budget table on the demo campaign's lines, under pytest-qt's model tester."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from models.records import BudgetLine
from models.store import Store
from models.tables.budget_table_model import OVERSPENT, BudgetTableModel
from models.tables.record_table_model import RECORD_ID_ROLE
from tests.models.tables.model_checks import TESTERS, exercise


@pytest.fixture
def lines(demo_store: Store) -> list[BudgetLine]:
    campaign = demo_store.campaign.current()
    assert campaign is not None and campaign.id is not None
    return demo_store.budget.lines(campaign.id)


def make_model(demo_store: Store, requests: list[tuple[int, str, object]]) -> BudgetTableModel:
    campaign = demo_store.campaign.current()
    assert campaign is not None and campaign.id is not None
    departments = {d.id: d.name_en for d in demo_store.campaign.departments(campaign.id)}
    people = {p.id: p.name_en for p in demo_store.campaign.people(campaign.id)}
    return BudgetTableModel(
        lambda d: departments.get(d, ""),
        lambda p: people.get(p, ""),
        lambda cents: f"¥{cents / 100:,.2f}",
        lambda *request: requests.append(request),
    )


@TESTERS
def test_passes_the_model_tester_through_sorting_filtering_and_change_sets(
    qtmodeltester, demo_store, lines, force_py
):
    model = make_model(demo_store, [])
    model.set_records(lines)
    qtmodeltester.check(model, force_py=force_py)
    first, second, *_ = lines
    overspent = replace(first, executed_cents=first.planned_cents + 1)
    added = replace(second, id=max(line.id or 0 for line in lines) + 1, item_en="Spare line")
    exercise(model, lambda line: line.is_core, [overspent, added])


def test_demo_lines_show_money_flag_overspending_and_forward_edits(qapp, demo_store, lines):
    requests: list[tuple[int, str, object]] = []
    model = make_model(demo_store, requests)
    line = lines[0]
    model.set_records([replace(line, executed_cents=line.planned_cents + 100)])
    planned = [c.key for c in model.COLUMNS].index("planned_cents")
    executed = [c.key for c in model.COLUMNS].index("executed_cents")
    index = model.index(0, planned)
    assert index.data() == f"¥{line.planned_cents / 100:,.2f}"
    assert index.data(Qt.ItemDataRole.EditRole) == line.planned_cents
    assert index.data(RECORD_ID_ROLE) == line.id
    assert model.index(0, executed).data(Qt.ItemDataRole.ForegroundRole) == OVERSPENT
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(index, 1234)  # forwarded, not applied here
    assert requests == [(line.id, "planned_cents", 1234)]
    assert index.data(Qt.ItemDataRole.EditRole) == line.planned_cents
