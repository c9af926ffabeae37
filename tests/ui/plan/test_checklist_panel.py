"""The checklist as a lead uses it: filters, search, inline edits, bulk edits, refusals."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from models.records import Actor, Role, TaskStatus
from models.tables.task_table_model import CHECKLIST_COLUMNS, RAW_ROLE, TaskTableModel
from ui.plan.checklist_panel import ChecklistPanel


@pytest.fixture
def panel(qtbot, plan, actor):
    widget = ChecklistPanel(plan, actor)
    qtbot.addWidget(widget)
    widget.filters.status_combo.setCurrentIndex(0)  # any status: every task
    return widget


def visible_titles(panel):
    return [t.title_en for t in panel.model.records()]


def test_model_passes_the_model_tester(qtmodeltester, plan):
    model = TaskTableModel(lambda _pid: "x", plan.today, columns=CHECKLIST_COLUMNS)
    model.context = plan.table_context()
    model.set_records(plan.tasks())
    qtmodeltester.check(model, force_py=True)
    model.sort(model.column_of("flag"), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model, force_py=True)


def test_lead_session_opens_on_own_unit_open_tasks(qtbot, plan, demo_store):
    lead = Actor("wang", Role.LEAD, "CS")
    widget = ChecklistPanel(plan, lead)
    qtbot.addWidget(widget)
    cs = plan.campaign.department("CS").id
    records = widget.model.records()
    assert records and all(t.department_id == cs and not t.status.is_finished for t in records)


def test_search_waits_for_a_pause_then_filters(qtbot, panel):
    total = panel.model.rowCount()
    qtbot.keyClicks(panel.filters.search_edit, "stress")
    assert panel.model.rowCount() == total  # still typing: nothing recomputed yet
    qtbot.waitUntil(lambda: panel.model.rowCount() < total, timeout=2000)
    milestones = panel.model.context.milestones
    for task in panel.model.records():
        assert "stress" in f"{task.title_en} {milestones.get(task.milestone_id, '')}".lower()
    assert "of" in panel.filters.count_label.text()


def test_flag_filters_show_only_flagged_tasks(panel, plan):
    panel.filters.flag_buttons["blocked"].setChecked(True)
    assert {t.id for t in panel.model.records()} == set(plan.blockers())
    panel.filters.flag_buttons["blocked"].setChecked(False)
    panel.filters.flag_buttons["overdue"].setChecked(True)
    assert {t.id for t in panel.model.records()} == plan.overdue_ids()


def test_sorting_by_any_column(panel):
    column = panel.model.column_of("progress")
    panel.view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    values = [t.progress for t in panel.model.records()]
    assert values == sorted(values, reverse=True)


def _row_of(panel, task_id):
    return panel.model.row_of(task_id)


def test_inline_progress_edit_goes_through_the_controller_and_undoes(panel, plan):
    task = next(t for t in panel.model.records() if t.status is TaskStatus.IN_PROGRESS)
    index = panel.model.index(_row_of(panel, task.id), panel.model.column_of("progress"))
    panel.model.setData(index, 99)
    row = _row_of(panel, task.id)
    assert panel.model.index(row, panel.model.column_of("progress")).data() == "99%"
    plan.campaign.undo_stack.undo()
    row = _row_of(panel, task.id)
    assert panel.model.index(row, panel.model.column_of("progress")).data(RAW_ROLE) == task.progress


def test_refused_edit_shows_the_reason_and_changes_nothing(panel, plan):
    task = next(t for t in panel.model.records() if t.status is TaskStatus.IN_PROGRESS)
    index = panel.model.index(_row_of(panel, task.id), panel.model.column_of("due_date"))
    panel.model.setData(index, date(2027, 1, 1))
    assert "outside the campaign" in panel.bulk.error_label.text()
    assert plan.task(task.id) == task
    assert plan.campaign.undo_stack.count() == 0


def test_status_editor_offers_only_allowed_statuses(panel, qtbot):
    task = next(t for t in panel.model.records() if t.status is TaskStatus.ACCEPTED)
    index = panel.model.index(_row_of(panel, task.id), panel.model.column_of("status"))
    panel.view.setCurrentIndex(index)
    panel.view.edit(index)
    editor = panel.view.indexWidget(index) or panel.view.focusWidget()
    options = [editor.itemData(i) for i in range(editor.count())]
    assert options == ["accepted", "done"]


def test_bulk_status_is_one_undo_step(panel, plan):
    panel.filters.status_combo.setCurrentIndex(panel.filters.status_combo.findData("in_progress"))
    selection = panel.view.selectionModel()
    ids = []
    for task in panel.model.records():
        if task.id not in plan.blockers():
            ids.append(task.id)
            selection.select(
                panel.model.index(_row_of(panel, task.id), 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
    assert ids and sorted(panel.selected_ids()) == sorted(ids)
    panel._on_bulk_status(TaskStatus.DONE)
    assert all(plan.task(i).status is TaskStatus.DONE for i in ids)
    assert plan.campaign.undo_stack.count() == 1
    plan.campaign.undo_stack.undo()
    assert all(plan.task(i).status is TaskStatus.IN_PROGRESS for i in ids)


def test_detail_pane_refuses_a_cycle_with_the_loop_named(panel, plan):
    lock = next(t for t in plan.tasks() if t.title_en == "Lock the price system")
    define = next(t for t in plan.tasks() if t.title_en == "Define prices and discounts")
    panel.select_task(define.id)
    detail = panel.detail
    detail.add_combo.setCurrentIndex(detail.add_combo.findData(f"task:{lock.id}"))
    detail._on_add_clicked()
    assert "Lock the price system" in detail.error_label.text()
    assert (define.id, lock.id) not in plan.dependencies.between_tasks()


def test_a_hidden_checklist_takes_a_language_switch_when_shown_without_reading_the_store(
    qtbot, plan, actor, demo_store
):
    from controllers.language_controller import LanguageController
    from models.resource_paths import TRANSLATIONS_DIR

    languages = LanguageController(TRANSLATIONS_DIR)
    languages.set_language("en")
    hidden = ChecklistPanel(plan, actor)
    qtbot.addWidget(hidden)
    reads = []
    real_departments = plan.campaign.departments
    plan.campaign.departments = lambda: reads.append(1) or real_departments()  # type: ignore[method-assign]
    try:
        languages.set_language("zh")
        qtbot.wait(50)  # the LanguageChange events are posted, delivered here
        assert reads == []  # nothing read while hidden (a closed page's store may be gone)
        assert hidden.filters.department_combo.itemText(0) == "All units"
        hidden.show()
        qtbot.waitUntil(lambda: hidden.filters.department_combo.itemText(0) == "全部单元")
        assert reads
    finally:
        languages.set_language("en")
        del plan.campaign.departments
