"""Refuse hostile or broken files before any parser sees them, in bounded time and memory.

An .xlsx is a zip of XML parts. We look at the signature (encrypted workbooks and .xls are
OLE compound files, told apart by their directory; CSV is text), the zip directory (declared
sizes and ratios, the parts a workbook must have), then stream every XML part once through
``zipfile``, which stops at the declared size and checks each CRC: a part that unpacks to
more than it claims, a cut-off file, a DOCTYPE/ENTITY declaration or a sheet with too many
rows is refused here.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, NoReturn

from models.workbook.compound_file import CompoundFileDamaged, directory_names
from models.workbook.plan import WorkbookRefused

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_UNPACKED_BYTES = 600 * 1024 * 1024
MAX_PART_BYTES = 400 * 1024 * 1024
MAX_PARTS = 5000
# Real sheets compress 5-30:1; highly repetitive ones up to ~150:1; bombs go far beyond.
MAX_RATIO = 250
RATIO_FLOOR_BYTES = 1024 * 1024
MAX_ROWS = 200_000
CHUNK = 1024 * 1024

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")
# The streams an encrypted (or rights-protected) Office Open XML file keeps its package in.
ENCRYPTED_STREAMS = frozenset({"EncryptionInfo", "EncryptedPackage"})
ENTITY_MARKERS = (b"<!DOCTYPE", b"<!ENTITY", "<!DOCTYPE".encode("utf-16-le"))
ROW_MARKER = b"<row "


@dataclass(frozen=True, slots=True)
class CheckedWorkbook:
    """What the check learnt: rows per sheet name (from the parts themselves)."""

    rows: dict[str, int]


def check_workbook_file(path: Path) -> CheckedWorkbook:
    """Raise ``WorkbookRefused`` unless ``path`` looks like a sane .xlsx workbook."""
    path = Path(path)
    if not path.is_file():
        raise WorkbookRefused("no_file", path=str(path))
    size = path.stat().st_size
    if size == 0:
        raise WorkbookRefused("empty_file", path=str(path))
    if size > MAX_FILE_BYTES:
        raise WorkbookRefused(
            "file_too_big", size=round(size / 2**20), limit=MAX_FILE_BYTES // 2**20
        )
    with path.open("rb") as handle:
        head = handle.read(4096)
        if head.startswith(OLE_SIGNATURE):
            _refuse_compound_file(handle, size, path)
        if not head.startswith(ZIP_SIGNATURES):
            raise WorkbookRefused("text_file" if _looks_like_text(head) else "not_xlsx")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_directory(infos)
            return _stream_parts(archive, infos)
    except zipfile.BadZipFile as error:
        raise WorkbookRefused("truncated", detail=str(error)) from error
    except (EOFError, OSError, ValueError, NotImplementedError) as error:
        # zlib errors, unsupported compression and short reads of a cut-off file land here.
        raise WorkbookRefused("truncated", detail=str(error) or type(error).__name__) from error


def _refuse_compound_file(handle: BinaryIO, size: int, path: Path) -> NoReturn:
    # Both an encrypted .xlsx and a legacy .xls are OLE compound files; never an .xlsx.
    try:
        names = directory_names(handle, size)
    except CompoundFileDamaged as error:
        raise WorkbookRefused("truncated", detail=str(error)) from error
    if names & ENCRYPTED_STREAMS:
        raise WorkbookRefused("encrypted", name=path.name)
    raise WorkbookRefused("legacy_xls")


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            head.decode(encoding)
        except UnicodeDecodeError:
            continue
        return True
    return False


def _check_directory(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_PARTS:
        raise WorkbookRefused("too_many_parts", count=len(infos), limit=MAX_PARTS)
    names = {info.filename for info in infos}
    for required in ("[Content_Types].xml", "xl/workbook.xml"):
        if required not in names:
            raise WorkbookRefused("not_workbook", part=required)
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_PART_BYTES or (
            info.file_size > RATIO_FLOOR_BYTES and ratio > MAX_RATIO
        ):
            raise WorkbookRefused(
                "zip_bomb",
                part=info.filename,
                packed=max(1, round(info.compress_size / 1024)),
                size=round(info.file_size / 2**20),
                ratio=round(ratio),
            )
    if total > MAX_UNPACKED_BYTES:
        raise WorkbookRefused(
            "unpacked_too_big", size=round(total / 2**20), limit=MAX_UNPACKED_BYTES // 2**20
        )


def _stream_parts(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> CheckedWorkbook:
    sheet_names = _sheet_parts(archive)
    rows: dict[str, int] = {}
    for info in infos:
        if not info.filename.endswith((".xml", ".rels", ".vml")):
            continue
        counting = info.filename in sheet_names
        count = 0
        tail = b""
        with archive.open(info) as part:
            while chunk := part.read(CHUNK):
                window = tail + chunk
                if any(marker in window for marker in ENTITY_MARKERS):
                    raise WorkbookRefused("xml_entities", part=info.filename)
                if counting:
                    count += window.count(ROW_MARKER) - tail.count(ROW_MARKER)
                    if count > MAX_ROWS + 1:
                        name = sheet_names[info.filename]
                        raise WorkbookRefused(
                            "too_many_rows",
                            sheet=name,
                            rows=f"> {MAX_ROWS:,}",
                            limit=f"{MAX_ROWS:,}",
                        )
                tail = window[-16:]
        if counting:
            rows[sheet_names[info.filename]] = count
    return CheckedWorkbook(rows)


_SHEET = re.compile(rb"<(?:\w+:)?sheet\b[^>]*?/?>")
_ATTR = re.compile(rb'([\w:]+)="([^"]*)"')
_REL = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*?/?>")


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet part name -> sheet name, read from workbook.xml and its relationships.

    Small parts, scanned with regular expressions: no XML parser runs before the
    entity check has passed.
    """
    try:
        workbook = _read_small(archive, "xl/workbook.xml")
        rels = _read_small(archive, "xl/_rels/workbook.xml.rels")
    except KeyError:
        return {}
    if any(marker in workbook + rels for marker in ENTITY_MARKERS):
        raise WorkbookRefused("xml_entities", part="xl/workbook.xml")
    targets = {}
    for match in _REL.finditer(rels):
        attrs = dict(_ATTR.findall(match.group(0)))
        target = attrs.get(b"Target", b"").decode("utf-8", "replace").lstrip("/")
        if not target.startswith("xl/"):
            target = "xl/" + target
        targets[attrs.get(b"Id", b"")] = target
    parts = {}
    for match in _SHEET.finditer(workbook):
        attrs = {key.split(b":")[-1]: value for key, value in _ATTR.findall(match.group(0))}
        target = targets.get(attrs.get(b"id", b""))
        if target:
            parts[target] = _unescape(attrs.get(b"name", b"").decode("utf-8", "replace"))
    return parts


def _read_small(archive: zipfile.ZipFile, name: str, limit: int = 8 * 2**20) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > limit:
        raise WorkbookRefused("unpacked_too_big", size=round(info.file_size / 2**20), limit=8)
    return archive.read(info)


def _unescape(text: str) -> str:
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'")):
        text = text.replace(entity, char)
    return text.replace("&amp;", "&")
