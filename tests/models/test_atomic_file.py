"""Exported files appear whole, with the permissions of any new file, or not at all."""

from __future__ import annotations

import os
import stat

import pytest

from models.atomic_file import written_atomically


def test_a_finished_file_gets_the_usual_permissions_of_a_new_file(tmp_path):
    target = tmp_path / "report.pdf"
    old_umask = os.umask(0o022)
    try:
        with written_atomically(target) as temp:
            temp.write_bytes(b"%PDF-1.4 ...")
    finally:
        os.umask(old_umask)
    assert target.read_bytes() == b"%PDF-1.4 ..."
    # Readable by colleagues and mail clients, as a file saved by any other program.
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_failed_write_keeps_the_previous_file_and_leaves_no_part_file(tmp_path):
    target = tmp_path / "budget.xlsx"
    target.write_bytes(b"yesterday's workbook")
    with pytest.raises(RuntimeError), written_atomically(target) as temp:
        temp.write_bytes(b"half a work")
        raise RuntimeError("cancelled")
    assert target.read_bytes() == b"yesterday's workbook"
    assert [p.name for p in tmp_path.iterdir()] == ["budget.xlsx"]
