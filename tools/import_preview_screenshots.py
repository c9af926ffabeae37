"""Render the import preview dialog offscreen to docs/import_preview_{zh,en}.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/import_preview_screenshots.py

Builds the demo in memory, exports it, edits the copy the way finance would (changed
amounts, a new line, a deleted line, one cell also changed in War Room) and previews it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def edited_plan(language: str, folder: Path):
    import openpyxl

    from models.demo.builder import DEMO_AS_OF, build_demo
    from models.records import Actor
    from models.store import open_store
    from models.workbook import ExportOptions, export_workbook, plan_import

    actor = Actor("高远")
    store = open_store(None)
    build_demo(store, actor)
    repository = store.workbook
    path = folder / f"campaign_{language}.xlsx"
    export_workbook(path, repository.snapshot(1), ExportOptions(language=language), DEMO_AS_OF)
    lines = store.budget.lines(1)
    book = openpyxl.load_workbook(path)
    sheet = book["预算" if language == "zh" else "Budget"]
    headers = {cell.value: cell.column for cell in sheet[1]}
    rows = {sheet.cell(r, 1).value: r for r in range(2, sheet.max_row + 1)}
    planned = headers["计划" if language == "zh" else "Planned"]
    executed = headers["已执行" if language == "zh" else "Executed"]
    sheet.cell(rows[lines[2].id], executed, 2_250_000)
    sheet.cell(rows[lines[3].id], planned, 2_000_000)
    sheet.cell(rows[lines[14].id], planned, 3_200_000)
    sheet.delete_rows(rows[lines[-2].id])
    new_row = sheet.max_row - 1
    sheet.insert_rows(new_row)
    values = ["", "营销组", "营销", "是", "小红书种草", "Xiaohongshu seeding", 800_000, 0, 0]
    for col, value in enumerate(values, start=1):
        if value != "":
            sheet.cell(new_row, col, value)
    book.save(folder / f"edited_{language}.xlsx")
    # Meanwhile someone changed the same cell in War Room: a conflict.
    store.budget.update_line(actor, lines[14].id, planned_cents=3_000_000_00)
    return plan_import(folder / f"edited_{language}.xlsx", repository.snapshot(1), language)


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from controllers.language_controller import LanguageController
    from models.resource_paths import TRANSLATIONS_DIR
    from ui.shell.theme import Theme
    from ui.workbook.import_preview_dialog import ImportPreviewDialog

    app = QApplication.instance() or QApplication(sys.argv)
    Theme.apply(app, "dark")
    languages = LanguageController(TRANSLATIONS_DIR)
    with tempfile.TemporaryDirectory() as folder:
        for language in ("zh", "en"):
            languages.set_language(language)
            dialog = ImportPreviewDialog(edited_plan(language, Path(folder)))
            dialog.resize(1100, 560)
            dialog.tabs.setCurrentIndex(1)  # the changed rows, field by field
            dialog.show()
            for _ in range(5):
                app.processEvents()
            out = ROOT / "docs" / f"import_preview_{language}.png"
            dialog.grab().save(str(out), "PNG")
            dialog.tabs.setCurrentIndex(3)
            app.processEvents()
            dialog.grab().save(str(ROOT / "docs" / f"import_preview_conflicts_{language}.png"))
            dialog.close()
            print(f"Wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
