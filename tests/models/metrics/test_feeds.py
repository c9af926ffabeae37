"""Files followed as they grow; every kind of bad input counted, nothing half-read."""

from __future__ import annotations

import json
import os
import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from models.errors import ValidationError
from models.metrics.feed_mapping import FieldMapping
from models.metrics.feeds import FeedError, FileFollower, PushFeed, read_whole_file
from tests.helpers import run_meeting_file_permissions

KNOWN = {"gmv", "qps", "payment_success"}
SHANGHAI = ZoneInfo("Asia/Shanghai")
T0 = int(datetime(2026, 11, 11, tzinfo=SHANGHAI).timestamp())


def _append(path: Path, *lines: str) -> None:
    with path.open("a", encoding="utf-8") as handle:
        for line in lines:
            handle.write(line + "\n")


def _times(batch, code: str) -> list[int]:
    return batch.series[code][0].tolist() if code in batch.series else []


def test_csv_is_followed_as_it_grows_and_a_half_written_line_waits(tmp_path: Path):
    path = tmp_path / "feed.csv"
    _append(path, "timestamp,metric,value", "2026-11-11T00:00:00,gmv,1")
    follower = FileFollower(path, FieldMapping(), KNOWN)
    assert _times(follower.poll(), "gmv") == [T0]
    with path.open("a", encoding="utf-8") as handle:
        handle.write("2026-11-11T00:00:01,gmv,2\n2026-11-11T00:00:02,gm")
    assert _times(follower.poll(), "gmv") == [T0 + 1]
    _append(path, "v,3")
    batch = follower.poll()
    assert _times(batch, "gmv") == [T0 + 2] and batch.series["gmv"][1].tolist() == [3.0]
    assert follower.poll().accepted == 0


def test_rotation_finishes_the_old_file_then_reads_the_new_one(tmp_path: Path):
    path = tmp_path / "feed.csv"
    _append(path, "ts,metric,value", "2026-11-11T00:00:00,gmv,1")
    follower = FileFollower(path, FieldMapping(), KNOWN)
    follower.poll()
    _append(path, "2026-11-11T00:00:01,gmv,2")  # written just before the rotation
    os.rename(path, tmp_path / "feed.csv.1")
    _append(path, "ts,metric,value", "2026-11-11T00:00:02,gmv,3")
    batch = follower.poll()
    assert _times(batch, "gmv") == [T0 + 1, T0 + 2]
    assert follower.rotations == 1
    assert not batch.rejected


def test_truncation_starts_over_from_the_top(tmp_path: Path):
    path = tmp_path / "feed.jsonl"
    _append(path, *[json.dumps({"ts": T0 + i, "gmv": i}) for i in range(5)])
    follower = FileFollower(path, FieldMapping(), KNOWN)
    assert len(_times(follower.poll(), "gmv")) == 5
    path.write_text(json.dumps({"ts": T0 + 10, "gmv": 10}) + "\n", encoding="utf-8")
    batch = follower.poll()
    assert _times(batch, "gmv") == [T0 + 10]
    assert follower.truncations == 1


def test_each_bad_line_kind_is_counted_and_the_feed_goes_on(tmp_path: Path):
    path = tmp_path / "feed.csv"
    _append(
        path,
        "timestamp,metric,value",
        "2026-11-11T00:00:10,gmv,10",
        "not,a,time",  # malformed: unreadable time
        "2026-11-11T00:00:11,gmv",  # malformed: missing field
        "2026-11-11T00:00:12,gmv,lots",  # malformed: not a number
        "2026-11-11T00:00:13,tea,1",  # unknown metric
        "2026-11-11T00:00:14,gmv,nan",  # not finite
        "2026-11-11T00:00:15,gmv,inf",  # not finite
        "2026-11-11T00:00:16,gmv,16",
        "2026-11-11T00:00:16,gmv,16",  # duplicate
        "2026-11-10T23:00:00,gmv,1",  # clock jumped back an hour
        "2026-11-11T00:00:20,gmv,20",
    )
    follower = FileFollower(path, FieldMapping(), KNOWN)
    batch = follower.poll()
    assert batch.rejected == {
        "malformed": 3, "unknown_metric": 1, "not_finite": 2, "duplicate": 1,
        "clock_backwards": 1,
    }  # fmt: skip
    assert _times(batch, "gmv") == [T0 + 10, T0 + 16, T0 + 20]
    _append(path, "2026-11-11T00:00:18,gmv,18")  # late, after 00:00:20 was stored
    assert follower.poll().rejected == {"out_of_order": 1}


def test_small_disorder_inside_one_read_is_put_back_in_order(tmp_path: Path):
    path = tmp_path / "feed.csv"
    _append(path, "ts,metric,value", *(f"{T0 + s},qps,{s}" for s in (1, 3, 2, 4)))
    batch = FileFollower(path, FieldMapping(), KNOWN).poll()
    assert _times(batch, "qps") == [T0 + 1, T0 + 2, T0 + 3, T0 + 4]
    assert batch.reordered == 1 and not batch.rejected


def test_gaps_are_counted_but_accepted(tmp_path: Path):
    path = tmp_path / "feed.csv"
    _append(path, "ts,metric,value", f"{T0},qps,1", f"{T0 + 3600},qps,2")
    batch = FileFollower(path, FieldMapping(), KNOWN).poll()
    assert batch.gaps == 1 and batch.accepted == 2


def test_offsets_are_honoured_and_naive_times_read_in_shanghai(tmp_path: Path):
    path = tmp_path / "feed.jsonl"
    _append(
        path,
        json.dumps({"time": "2026-11-11T00:00:00", "metric": "qps", "value": 1}),
        json.dumps({"time": "2026-11-10T16:00:01Z", "metric": "qps", "value": 2}),
        json.dumps({"time": "2026-11-11T01:00:02+09:00", "metric": "qps", "value": 3}),
        json.dumps({"time": (T0 + 3) * 1000, "metric": "qps", "value": 4}),
    )
    batch = FileFollower(path, FieldMapping(), KNOWN).poll()
    assert _times(batch, "qps") == [T0, T0 + 1, T0 + 2, T0 + 3]


def test_wide_files_map_one_column_per_metric(tmp_path: Path):
    path = tmp_path / "wide.csv"
    _append(path, "Zeit,GMV,Payment", f"{T0},100,99.9", f"{T0 + 1},,99.8")
    mapping = FieldMapping.parse("time=Zeit,gmv=GMV,payment_success=Payment")
    batch = FileFollower(path, mapping, KNOWN).poll()
    assert _times(batch, "gmv") == [T0]
    assert _times(batch, "payment_success") == [T0, T0 + 1]


def test_wide_columns_named_like_metrics_are_found_without_a_mapping(tmp_path: Path):
    path = tmp_path / "wide.csv"
    _append(path, "timestamp,gmv,qps,note", f"{T0},1,2,x")
    batch = FileFollower(path, FieldMapping(), KNOWN).poll()
    assert set(batch.series) == {"gmv", "qps"}


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("gmv", "mapping part 'gmv' is not key=field"),
        ("time=ts,metric=m", "a long mapping needs both metric=FIELD and value=FIELD"),
        ("metric=m,value=v", "the mapping needs time=FIELD"),
        ("time=ts", "the mapping names no metric fields"),
        ("time=ts,time=x", "mapping names 'time' twice"),
        ("time=ts,metric=m,value=v,gmv=G", "use either metric=/value= or one field per metric"),
    ],
)
def test_bad_mapping_specs_are_refused_with_a_message(spec: str, message: str):
    with pytest.raises(ValidationError, match=re.escape(message)) as caught:
        FieldMapping.parse(spec)
    assert caught.value.field == "map"


def test_a_mapping_naming_an_unknown_metric_is_refused(tmp_path: Path):
    path = tmp_path / "f.csv"
    path.write_text("ts,x\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="unknown metric"):
        FileFollower(path, FieldMapping.parse("time=ts,tea=x"), KNOWN)


def test_a_header_without_the_mapped_fields_is_a_clear_error(tmp_path: Path):
    path = tmp_path / "f.csv"
    _append(path, "when,what,how_much", f"{T0},gmv,1")
    batch = FileFollower(path, FieldMapping(), KNOWN).poll()
    assert "no time field" in batch.error and batch.accepted == 0


def test_binary_and_missing_files_give_a_clear_message(tmp_path: Path):
    binary = tmp_path / "image.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    batch = FileFollower(binary, FieldMapping(), KNOWN).poll()
    assert "not text" in batch.error
    missing = FileFollower(tmp_path / "later.csv", FieldMapping(), KNOWN).poll()
    assert "does not exist" in missing.error
    with pytest.raises(FeedError, match="not text"):
        read_whole_file(binary, FieldMapping(), KNOWN)


# Follows the file given and prints the error of its first read.
POLL_FILE = """
import sys
from pathlib import Path
from models.metrics.feed_mapping import FieldMapping
from models.metrics.feeds import FileFollower
print(FileFollower(Path(sys.argv[1]), FieldMapping(), {"gmv"}).poll().error)
"""


def test_an_unreadable_file_gives_a_clear_message(tmp_path: Path):
    path = tmp_path / "secret.csv"
    path.write_text("ts,metric,value\n", encoding="utf-8")
    path.chmod(0)
    done = run_meeting_file_permissions(POLL_FILE, str(path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"No permission to read the feed file: {path}"


def test_a_file_appearing_later_is_picked_up(tmp_path: Path):
    path = tmp_path / "later.jsonl"
    follower = FileFollower(path, FieldMapping(), KNOWN)
    assert follower.poll().error
    _append(path, json.dumps({"ts": T0, "gmv": 1}))
    batch = follower.poll()
    assert batch.error is None and _times(batch, "gmv") == [T0]


def test_pushed_samples_are_vetted_like_file_lines():
    feed = PushFeed(KNOWN)
    feed.push("gmv", 1.0, datetime(2026, 11, 11, tzinfo=SHANGHAI))
    feed.push("gmv", 2.0, T0 + 1)
    feed.push("tea", 1.0, T0 + 2)
    feed.push("qps", float("inf"), T0 + 2)
    feed.push("qps", 5.0)  # stamped with the poll's time
    batch = feed.poll(now=T0 + 5)
    assert _times(batch, "gmv") == [T0, T0 + 1]
    assert _times(batch, "qps") == [T0 + 5]
    assert batch.rejected == {"unknown_metric": 1, "not_finite": 1}
