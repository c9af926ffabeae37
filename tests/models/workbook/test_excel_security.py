"""Hostile and broken files are refused before anything is parsed or written."""

from __future__ import annotations

import os
import shutil
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest

from models.workbook import WorkbookRefused
from models.workbook.security import MAX_ROWS, OLE_SIGNATURE, check_workbook_file
from tests.models.workbook.workbook_helpers import (
    encrypt,
    export,
    libreoffice_convert,
    plan,
    row_counts,
)

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"></Types>'
)
WORKBOOK = (
    '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
    '2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Tasks" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
    '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)


def refused(store, path: Path) -> WorkbookRefused:
    before = row_counts(store)
    with pytest.raises(WorkbookRefused) as caught:
        plan(store, path)
    assert row_counts(store) == before  # nothing was written (every write appends to audit)
    return caught.value


def minimal_workbook(path: Path, sheet_xml_parts: list[bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w") as part:
            for chunk in sheet_xml_parts:
                part.write(chunk)
    return path


def test_zip_bomb_is_refused_from_its_declared_sizes(demo_store, tmp_path):
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/sharedStrings.xml", b"\0" * (64 * 1024 * 1024))
    assert bomb.stat().st_size < 1024 * 1024
    error = refused(demo_store, bomb)
    assert error.code == "zip_bomb" and "xl/sharedStrings.xml" in error.message("en")


def test_xml_entity_declarations_are_refused(demo_store, tmp_path):
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row>'
        b"</sheetData></worksheet>"
    )
    path = minimal_workbook(tmp_path / "entities.xlsx", [laughs])
    assert refused(demo_store, path).code == "xml_entities"


def test_defusedxml_guards_openpyxl(tmp_path):
    from openpyxl.xml import DEFUSEDXML

    assert DEFUSEDXML is True
    source = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(source)
    hostile = tmp_path / "hostile.xlsx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(hostile, "w") as out:
        for info in original.infolist():
            data = original.read(info)
            if info.filename == "xl/workbook.xml":
                data = data.replace(b"<workbook", b'<!DOCTYPE x [<!ENTITY e "boom">]><workbook', 1)
            out.writestr(info, data)
    import defusedxml

    # openpyxl wraps the parser's refusal; the cause must be defusedxml's, not an expansion.
    with pytest.raises(ValueError) as caught:
        openpyxl.load_workbook(hostile)
    assert isinstance(caught.value.__cause__, defusedxml.DefusedXmlException)


def test_a_password_protected_export_is_refused_by_name(demo_store, tmp_path):
    exported = export(demo_store, tmp_path / "budget.xlsx")
    locked = encrypt(exported, tmp_path / "budget-locked.xlsx", password="双11-finance")
    error = refused(demo_store, locked)
    assert error.code == "encrypted"
    assert "password-protected (encrypted)" in error.message("en")
    assert "budget-locked.xlsx" in error.message("en")
    assert "已加密" in error.message("zh") and "budget-locked.xlsx" in error.message("zh")
    # Only the password stands between the file and a clean import of the same export.
    from msoffcrypto.format.ooxml import OOXMLFile

    unlocked = tmp_path / "budget-unlocked.xlsx"
    with locked.open("rb") as source, unlocked.open("wb") as out:
        document = OOXMLFile(source)
        document.load_key(password="双11-finance")
        document.decrypt(out)
    assert unlocked.read_bytes() == exported.read_bytes()
    assert not plan(demo_store, unlocked).errors


def test_a_large_encrypted_workbook_is_recognised_from_its_directory_alone(tmp_path):
    """Its allocation table spills into extra (DIFAT) sectors; the check reads a few sectors."""
    padded = tmp_path / "with-photos.xlsx"
    openpyxl.Workbook().save(padded)
    with zipfile.ZipFile(padded, "a", zipfile.ZIP_STORED) as archive:
        archive.writestr("xl/media/image1.png", os.urandom(12 * 2**20))
    locked = encrypt(padded, tmp_path / "locked.xlsx", password="secret")
    assert locked.stat().st_size > 12 * 2**20
    tracemalloc.start()
    try:
        with pytest.raises(WorkbookRefused) as caught:
            check_workbook_file(locked)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert caught.value.code == "encrypted"
    assert peak < 2**20  # the file is never read whole


def test_a_damaged_compound_file_is_refused_as_damaged(demo_store, tmp_path):
    path = tmp_path / "old.xlsx"
    path.write_bytes(OLE_SIGNATURE + b"\0" * 2048)
    error = refused(demo_store, path)
    assert error.code == "truncated" and "compound file header" in error.message("en")


def test_csv_renamed_to_xlsx(demo_store, tmp_path):
    path = tmp_path / "budget.xlsx"
    path.write_text("部门,项目,计划\n营销组,站内广告,9800000\n", encoding="utf-8")
    error = refused(demo_store, path)
    assert error.code == "text_file" and "CSV" in error.message("en")


def test_truncated_file(demo_store, tmp_path):
    full = export(demo_store, tmp_path / "full.xlsx")
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(full.read_bytes()[: full.stat().st_size // 2])
    assert refused(demo_store, cut).code == "truncated"


def test_empty_and_missing_files(demo_store, tmp_path):
    (tmp_path / "empty.xlsx").write_bytes(b"")
    assert refused(demo_store, tmp_path / "empty.xlsx").code == "empty_file"
    assert refused(demo_store, tmp_path / "nowhere.xlsx").code == "no_file"


def test_a_sheet_of_a_million_rows_is_refused(demo_store, tmp_path):
    def rows():
        yield b'<?xml version="1.0"?><worksheet><sheetData>'
        block = []
        for number in range(1, 1_000_001):
            block.append(b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (number, number))
            if len(block) == 50_000:
                yield b"".join(block)
                block = []
        yield b"".join(block) + b"</sheetData></worksheet>"

    path = minimal_workbook(tmp_path / "million.xlsx", list(rows()))
    error = refused(demo_store, path)
    assert error.code == "too_many_rows"
    assert f"{MAX_ROWS:,}" in error.message("en") and "Tasks" in error.message("en")


def test_a_zip_that_is_not_a_workbook(demo_store, tmp_path):
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8\xff")
    assert refused(demo_store, path).code == "not_workbook"


def test_messages_exist_in_chinese(demo_store, tmp_path):
    path = tmp_path / "budget.xlsx"
    path.write_text("a,b\n", encoding="utf-8")
    refusal = refused(demo_store, path)
    chinese = refusal.message("zh")
    assert "文本（CSV）文件" in chinese and "另存为 .xlsx 工作簿" in chinese
    assert chinese != refusal.message("en")


def test_a_real_xls_saved_by_libreoffice_is_refused(demo_store, tmp_path):
    """Not a hand-made signature: LibreOffice writes a genuine Excel 97-2003 file."""
    source = export(demo_store, tmp_path / "budget.xlsx", entities=("budget",))
    legacy = libreoffice_convert(source, tmp_path / "xls", "xls")
    if legacy is None:
        pytest.skip("LibreOffice is not installed")
    assert legacy.read_bytes().startswith(OLE_SIGNATURE)
    assert refused(demo_store, legacy).code == "legacy_xls"
    renamed = tmp_path / "budget-from-finance.xlsx"
    shutil.copy(legacy, renamed)
    assert refused(demo_store, renamed).code == "legacy_xls"
