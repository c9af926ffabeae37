"""Helpers for workbook tests: export the demo, edit a copy the way a person would, plan."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

from models.demo.builder import DEMO_AS_OF
from models.store import Store
from models.workbook import ExportOptions, ImportPlan, export_workbook, plan_import
from models.workbook.snapshot import CampaignSnapshot


def snapshot(store: Store) -> CampaignSnapshot:
    campaign = store.campaign.current()
    assert campaign is not None
    return store.workbook.snapshot(int(campaign.id or 0))


def export(store: Store, path: Path, language: str = "en", **options: Any) -> Path:
    export_workbook(path, snapshot(store), ExportOptions(language=language, **options), DEMO_AS_OF)
    return path


def plan(store: Store, path: Path, language: str = "en") -> ImportPlan:
    return plan_import(path, snapshot(store), language)


def header_index(sheet: Any, header: str) -> int:
    """1-based column of ``header`` in row 1 of an openpyxl sheet."""
    for cell in sheet[1]:
        if cell.value == header:
            return int(cell.column)
    raise KeyError(header)


def row_of_id(sheet: Any, record_id: int) -> int:
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, 1).value == record_id:
            return row
    raise KeyError(record_id)


def edit(path: Path, out: Path, sheet_name: str, changes: list[tuple[int, str, Any]]) -> Path:
    """Set (record id, header, value) cells with openpyxl and save to ``out``."""
    import openpyxl

    book = openpyxl.load_workbook(path)
    sheet = book[sheet_name]
    for record_id, header, value in changes:
        sheet.cell(row_of_id(sheet, record_id), header_index(sheet, header), value)
    book.save(out)
    return out


def libreoffice_convert(path: Path, folder: Path, target: str) -> Path | None:
    """Convert ``path`` with LibreOffice into ``folder`` (None when it is not installed).

    A fresh profile sometimes makes the first conversion exit 0 without writing anything;
    one retry with the now-initialised profile covers that.
    """
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    folder.mkdir(exist_ok=True)
    profile = folder / "lo-profile"
    extension = target.split(":")[0]
    out = folder / f"{path.stem}.{extension}"
    for _attempt in range(2):
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
             "--convert-to", target, "--outdir", str(folder), str(path)],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        if out.exists():
            break
    return out


def libreoffice_resave(path: Path, folder: Path) -> Path | None:
    """Re-save through LibreOffice when it is installed; None otherwise."""
    return libreoffice_convert(path, folder, "xlsx:Calc MS Excel 2007 XML")


def encrypt(path: Path, out: Path, password: str) -> Path:
    """Save ``path`` as Excel does with "Encrypt with password": an OLE compound file."""
    from msoffcrypto.format.ooxml import OOXMLFile

    with path.open("rb") as plain, out.open("wb") as encrypted:
        OOXMLFile(plain).encrypt(password, encrypted)
    return out


def row_counts(store: Store) -> dict[str, int]:
    """Rows per table, the audit log included: equal before and after means nothing changed."""
    return store.table_counts()
