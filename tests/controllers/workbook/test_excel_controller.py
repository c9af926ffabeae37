"""Excel controller: background export/preview (synchronous in tests), one-step apply, undo."""

from __future__ import annotations

import openpyxl
import pytest

from controllers.background import BackgroundRunner
from controllers.campaign_controller import CampaignController
from controllers.notifier import Notifier
from controllers.workbook.excel_controller import ExcelController
from models.workbook import ExportOptions, Resolution
from tests.conftest import TEST_ACTOR
from tests.models.workbook.workbook_helpers import edit, encrypt


@pytest.fixture
def excel(qapp, demo_store, clock):
    campaign = CampaignController(demo_store, clock)
    controller = ExcelController(campaign, BackgroundRunner(synchronous=True), Notifier())
    controller.language = "en"
    return controller, campaign


def test_export_preview_apply_undo_redo(excel, qtbot, tmp_path):
    controller, campaign = excel
    path = tmp_path / "c.xlsx"
    with qtbot.waitSignal(controller.export_finished) as exported:
        controller.export(TEST_ACTOR, path, ExportOptions(language="en"))
    assert exported.args[0] == str(path)
    assert exported.args[1]["budget"] == len(campaign.store.budget.lines(1))  # every line
    sheet = openpyxl.load_workbook(path)["Budget"]
    ids_in_file = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True) if row[0]]
    assert sorted(ids_in_file) == sorted(line.id for line in campaign.store.budget.lines(1))
    line = campaign.store.budget.lines(1)[0]
    edit(path, tmp_path / "e.xlsx", "Budget", [(line.id, "Executed", 1)])
    with qtbot.waitSignal(controller.import_planned) as planned:
        controller.preview_import(tmp_path / "e.xlsx")
    plan = planned.args[0]
    assert [c.record_id for c in plan.changed] == [line.id]
    with qtbot.waitSignal(campaign.campaign_changed):
        assert controller.apply_import(TEST_ACTOR, plan, Resolution.REFUSE)
    assert campaign.store.budget.line(line.id).executed_cents == 100
    assert campaign.undo_stack.count() == 1
    campaign.undo_stack.undo()
    assert campaign.store.budget.line(line.id).executed_cents == line.executed_cents
    campaign.undo_stack.redo()
    assert campaign.store.budget.line(line.id).executed_cents == 100


def test_refused_file_reports_a_clear_message(excel, qtbot, tmp_path):
    controller, _campaign = excel
    path = tmp_path / "budget.xlsx"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with qtbot.waitSignal(controller.failed) as failed:
        controller.preview_import(path)
    assert "CSV" in failed.args[0]


def test_password_protected_workbook_is_refused_in_the_ui_language(excel, qtbot, tmp_path):
    controller, campaign = excel
    path = tmp_path / "c.xlsx"
    controller.export(TEST_ACTOR, path, ExportOptions(language="zh"))
    locked = encrypt(path, tmp_path / "预算-加密.xlsx", password="secret")
    controller.language = "zh"
    with (
        qtbot.assertNotEmitted(controller.import_planned),
        qtbot.waitSignal(controller.failed) as failed,
    ):
        controller.preview_import(locked)
    assert "已加密" in failed.args[0] and "预算-加密.xlsx" in failed.args[0]
    assert campaign.undo_stack.count() == 0


def test_cancelled_export_leaves_no_file(excel, tmp_path):
    from controllers.background import Cancelled, TaskState
    from models.workbook import export_workbook

    controller, campaign = excel
    state = TaskState()
    state.cancel()
    snapshot = controller._repository.snapshot(1)
    with pytest.raises(Cancelled):
        export_workbook(tmp_path / "never.xlsx", snapshot, ExportOptions(), campaign.now(),
                        state.report)  # fmt: skip
    assert not list(tmp_path.iterdir())  # neither the workbook nor its temporary file


def test_apply_with_errors_is_refused(excel, qtbot, tmp_path):
    controller, campaign = excel
    path = tmp_path / "c.xlsx"
    controller.export(TEST_ACTOR, path, ExportOptions(language="en"))
    book = openpyxl.load_workbook(path)
    book["Budget"]["H2"] = -5
    book.save(path)
    with qtbot.waitSignal(controller.import_planned) as planned:
        controller.preview_import(path)
    with qtbot.waitSignal(controller.failed):
        assert not controller.apply_import(TEST_ACTOR, planned.args[0], Resolution.TAKE)
    assert campaign.undo_stack.count() == 0
