"""warroom export / import on the command line, headless."""

from __future__ import annotations

import openpyxl

from app import cli
from models.store import open_store
from tests.models.workbook.workbook_helpers import encrypt, row_counts, row_of_id


def test_export_then_import_changes_nothing(tmp_path, capsys):
    db = tmp_path / "w.sqlite"
    out = tmp_path / "c.xlsx"
    assert cli.main(["export", str(out), "--db", str(db), "--lang", "en"]) == 0
    store = open_store(db)
    campaign_id = store.campaign.current().id
    rows = (
        len(store.plan.tasks(campaign_id)) + len(store.plan.milestones(campaign_id))
        + len(store.incidents.incidents(campaign_id)) + len(store.raci.activities(campaign_id))
        + len(store.budget.lines(campaign_id)) + len(store.metrics.kpis(campaign_id))
    )  # fmt: skip
    store.close()
    capsys.readouterr()
    assert cli.main(["import", str(out), "--db", str(db), "--dry-run"]) == 0
    printed = capsys.readouterr().out.splitlines()
    # Every exported row comes back unchanged; the only note is the budget's totals row.
    assert printed[0] == (
        "c.xlsx: Added 0, Changed 0, Deleted 0, Conflicts 0, Errors 0, Warnings 1, "
        f"Unchanged {rows}"
    )
    assert "Totals row skipped" in printed[1]


def test_export_selection_by_sheet_and_department(tmp_path):
    db, out = tmp_path / "w.sqlite", tmp_path / "mkt.xlsx"
    code = cli.main(["export", str(out), "--db", str(db), "--sheets", "budget,任务清单",
                      "--department", "MKT", "--lang", "en"])  # fmt: skip
    assert code == 0
    book = openpyxl.load_workbook(out)
    assert [s for s in book.sheetnames if not s.startswith("_")] == ["README", "Tasks", "Budget"]
    assert cli.main(["export", str(out), "--db", str(db), "--sheets", "nonsense"]) == 2


def test_import_applies_and_rejects(tmp_path, capsys):
    db, out = tmp_path / "w.sqlite", tmp_path / "c.xlsx"
    cli.main(["export", str(out), "--db", str(db), "--lang", "en"])
    store = open_store(db)
    line = store.budget.lines(1)[1]
    store.close()
    book = openpyxl.load_workbook(out)
    sheet = book["Budget"]
    sheet.cell(row_of_id(sheet, line.id), 9, 1234)  # Executed
    book.save(tmp_path / "edited.xlsx")
    assert cli.main(["import", str(tmp_path / "edited.xlsx"), "--db", str(db)]) == 0
    assert "Imported: 0 added, 1 changed" in capsys.readouterr().out
    store = open_store(db)
    assert store.budget.line(line.id).executed_cents == 123_400
    store.close()

    sheet.cell(row_of_id(sheet, line.id), 9, -1)
    book.save(tmp_path / "bad.xlsx")
    assert cli.main(["import", str(tmp_path / "bad.xlsx"), "--db", str(db)]) == 1
    captured = capsys.readouterr()
    assert "ERROR Budget · R" in captured.out and "Rejected" in captured.err

    (tmp_path / "fake.xlsx").write_text("a,b\n", encoding="utf-8")
    assert cli.main(["import", str(tmp_path / "fake.xlsx"), "--db", str(db)]) == 2
    assert "CSV" in capsys.readouterr().err


def test_dry_run_of_a_password_protected_workbook_is_refused(tmp_path, capsys):
    db, out = tmp_path / "w.sqlite", tmp_path / "c.xlsx"
    assert cli.main(["export", str(out), "--db", str(db), "--lang", "en"]) == 0
    locked = encrypt(out, tmp_path / "from-finance.xlsx", password="secret")
    store = open_store(db)
    before = row_counts(store)
    store.close()
    capsys.readouterr()
    code = cli.main(["import", str(locked), "--db", str(db), "--dry-run", "--lang", "en"])
    captured = capsys.readouterr()
    assert code != 0
    assert "password-protected (encrypted)" in captured.err and "from-finance.xlsx" in captured.err
    assert captured.out == ""  # no preview of a file that was never read
    assert cli.main(["import", str(locked), "--db", str(db), "--dry-run", "--lang", "zh"]) != 0
    assert "已加密" in capsys.readouterr().err
    store = open_store(db)
    assert row_counts(store) == before
    store.close()
