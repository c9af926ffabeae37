"""A followed file goes on from its saved position after a restart, unless it was replaced."""

from __future__ import annotations

import os
from pathlib import Path

from models.metrics.feed_mapping import FieldMapping
from models.metrics.feeds import FileFollower

KNOWN = {"gmv", "qps"}
HEADER = "timestamp,metric,value\n"


def _line(second: int, value: float) -> str:
    return f"2026-11-11T00:00:{second:02d},qps,{value}\n"


def _values(batch) -> list[float]:
    return batch.series["qps"][1].tolist() if "qps" in batch.series else []


def test_resume_reads_only_what_was_written_while_the_app_was_closed(tmp_path: Path):
    path = tmp_path / "ops.csv"
    path.write_text(HEADER + _line(1, 1) + _line(2, 2) + "2026-11-11T00:00:03,qps,3")
    first = FileFollower(path, FieldMapping(), KNOWN)
    assert _values(first.poll()) == [1.0, 2.0]
    saved = first.position()
    first.close()
    with path.open("a") as handle:  # the half line is finished, more lines arrive
        handle.write("\n" + _line(4, 4))
    again = FileFollower(path, FieldMapping(), KNOWN, resume=saved)
    batch = again.poll()
    assert _values(batch) == [3.0, 4.0]  # the CSV header was re-read, nothing twice
    assert not batch.rejected and again.resumed_at == saved[0]


def test_a_replaced_or_shorter_file_is_read_from_its_start(tmp_path: Path):
    path = tmp_path / "ops.jsonl"
    path.write_text('{"ts": "2026-11-11T00:00:01", "qps": 1}\n' * 1)
    first = FileFollower(path, FieldMapping(), KNOWN)
    first.poll()
    saved = first.position()
    first.close()
    os.replace(path, tmp_path / "old.jsonl")  # rotated while closed
    path.write_text('{"ts": "2026-11-11T00:00:05", "qps": 5}\n')
    assert _values(FileFollower(path, FieldMapping(), KNOWN, resume=saved).poll()) == [5.0]
    offset, identity = saved
    stale = (offset + 1000, identity)  # same file but shorter than the saved position
    follower = FileFollower(path, FieldMapping(), KNOWN, resume=stale)
    assert _values(follower.poll()) == [5.0]
