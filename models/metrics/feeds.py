"""Sources of samples besides the simulator: files followed as they grow, and pushes.

``FileFollower`` tails a CSV or JSON-lines file like ``tail -F``: it reads what was
appended since the last poll, keeps a line that is still being written for later,
starts over when the file is truncated, and finishes the old file before opening the
new one when it is rotated (renamed away and recreated). Given a saved ``resume``
position (``position()`` of an earlier run) it carries on where that run stopped, as
long as the file is still the same one (same device and inode) and not shorter;
otherwise it reads the file from its start. Bad records are counted by
reason (see ``models.metrics.samples.RejectReason``) and the feed keeps going; a file that is
not text or cannot be read gives a clear error instead.
"""

from __future__ import annotations

import csv
import json
import threading
from collections import deque
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from models.errors import WarRoomError
from models.metrics.feed_mapping import (
    CAMPAIGN_ZONE,
    BadRecord,
    FieldMapping,
    parse_timestamp,
    parse_value,
)
from models.metrics.samples import RejectReason, SampleBatch, SampleValidator

CHUNK_BYTES = 4 * 1024 * 1024
SNIFF_BYTES = 8192
JSON_SUFFIXES = {".jsonl", ".ndjson", ".json", ".jl"}


class FeedError(WarRoomError):
    """The feed's file cannot be used at all (missing, unreadable, not text)."""


class FileFollower:
    """Follows one file; ``poll`` returns the samples appended since the last call."""

    def __init__(
        self,
        path: Path | str,
        mapping: FieldMapping,
        known_metrics: set[str] | frozenset[str],
        chunk_bytes: int = CHUNK_BYTES,
        resume: tuple[int, str] | None = None,
    ) -> None:
        self.path = Path(path)
        self.mapping = mapping
        mapping.check_metrics(frozenset(known_metrics))
        self.validator = SampleValidator(frozenset(known_metrics))
        self.is_json = self.path.suffix.lower() in JSON_SUFFIXES
        self._chunk = chunk_bytes
        self._handle: BinaryIO | None = None
        self._identity: tuple[int, int] | None = None
        self._partial = b""
        self._header: list[str] | None = None
        self._resolved: FieldMapping | None = None
        self._resume = resume
        self.resumed_at = 0
        self.rotations = 0
        self.truncations = 0
        self.at_eof = False

    def position(self) -> tuple[int, str]:
        """``(offset after the last complete line, file identity)`` to resume from later."""
        if self._handle is None or self._identity is None:
            return 0, ""
        dev, ino = self._identity
        return self._handle.tell() - len(self._partial), f"{dev}:{ino}"

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    # -- polling ------------------------------------------------------------------------

    def poll(self, now: int = 0, *, final: bool = False) -> SampleBatch:
        """Read what was appended; ``final`` treats an unterminated last line as complete."""
        batch = SampleBatch()
        raw: list[tuple[str, int, float]] = []
        try:
            self._follow(raw, batch, final=final)
        except WarRoomError as error:  # FeedError, or a mapping that does not fit the file
            batch.error = str(error)
        self.validator.vet(raw, batch)
        return batch

    def _follow(
        self, raw: list[tuple[str, int, float]], batch: SampleBatch, *, final: bool
    ) -> None:
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            if self._handle is not None:  # rotated away, not yet recreated: finish the old one
                self._read_lines(raw, batch, final=True)
                self.close()
            raise FeedError(f"The feed file does not exist (yet): {self.path}") from None
        except OSError as error:
            raise FeedError(f"The feed file cannot be read: {self.path}: {error}") from error
        if self.path.is_dir():
            raise FeedError(f"The feed path is a folder, not a file: {self.path}")
        identity = (stat.st_dev, stat.st_ino)
        if self._handle is not None and identity != self._identity:
            self._read_lines(raw, batch, final=True)  # the rest of the rotated-away file
            self.close()
            self.rotations += 1
        if self._handle is None:
            self._open(identity)
        assert self._handle is not None
        if stat.st_size < self._handle.tell():
            self.truncations += 1
            self._restart()
        self._read_lines(raw, batch, final)

    def _open(self, identity: tuple[int, int]) -> None:
        try:
            handle = self.path.open("rb")
        except PermissionError as error:
            raise FeedError(f"No permission to read the feed file: {self.path}") from error
        except OSError as error:
            raise FeedError(f"The feed file cannot be read: {self.path}: {error}") from error
        head = handle.read(SNIFF_BYTES)
        if b"\x00" in head:
            handle.close()
            raise FeedError(f"The feed file is not text (binary data found): {self.path}")
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as error:
            # A multi-byte character cut at the sniff boundary is fine; anything else is not.
            if error.start < len(head) - 3:
                handle.close()
                raise FeedError(f"The feed file is not UTF-8 text: {self.path}") from error
        handle.seek(0)
        self._handle = handle
        self._identity = identity
        self._restart()
        resume, self._resume = self._resume, None
        if resume is not None:
            self._skip_to(resume, identity)

    def _skip_to(self, resume: tuple[int, str], identity: tuple[int, int]) -> None:
        offset, saved = resume
        assert self._handle is not None
        size = self._handle.seek(0, 2)
        self._handle.seek(0)
        if offset <= 0 or saved != f"{identity[0]}:{identity[1]}" or offset > size:
            return  # another file by now (rotated or truncated): read it all
        if not self.is_json:  # a CSV's header sits above the saved offset: read it again
            while self._header is None and self._handle.tell() < offset:
                line = self._handle.readline()
                self._parse_line(line.rstrip(b"\r\n"), [], SampleBatch())
        self._handle.seek(max(offset, self._handle.tell()))
        self.resumed_at = self._handle.tell()

    def _restart(self) -> None:
        assert self._handle is not None
        self._handle.seek(0)
        self._partial = b""
        self._header = None
        self._resolved = None

    def _read_lines(
        self, raw: list[tuple[str, int, float]], batch: SampleBatch, final: bool
    ) -> None:
        assert self._handle is not None
        fresh = self._handle.read(self._chunk)
        self.at_eof = len(fresh) < self._chunk
        lines = (self._partial + fresh).split(b"\n")
        self._partial = lines.pop()
        if final and self.at_eof and self._partial.strip():
            lines.append(self._partial)
            self._partial = b""
        for line in lines:
            self._parse_line(line, raw, batch)

    # -- records ------------------------------------------------------------------------------

    def _parse_line(
        self, line: bytes, raw: list[tuple[str, int, float]], batch: SampleBatch
    ) -> None:
        try:
            text = line.decode("utf-8").strip().lstrip("\ufeff")
        except UnicodeDecodeError:
            batch.rejected[RejectReason.MALFORMED.value] += 1
            return
        if not text or text.startswith("#"):
            return
        try:
            if self.is_json:
                self._json_record(text, raw)
            else:
                self._csv_record(text, raw)
        except BadRecord:
            batch.rejected[RejectReason.MALFORMED.value] += 1

    def _csv_record(self, text: str, raw: list[tuple[str, int, float]]) -> None:
        cells = next(csv.reader([text]))
        if self._header is None:
            header = [c.strip() for c in cells]
            self._resolved = self.mapping.resolve(header, self.validator.known)
            self._header = header
            return
        if len(cells) != len(self._header):
            raise BadRecord(f"{len(cells)} fields, header has {len(self._header)}")
        self._emit(dict(zip(self._header, cells, strict=True)), raw)

    def _json_record(self, text: str, raw: list[tuple[str, int, float]]) -> None:
        try:
            record = json.loads(text)
        except ValueError as error:
            raise BadRecord(str(error)) from error
        if not isinstance(record, dict):
            raise BadRecord("a JSON line must be an object")
        if self._resolved is None:
            self._resolved = self.mapping.resolve(list(record), self.validator.known)
        self._emit(record, raw)

    def _emit(self, record: dict[str, object], raw: list[tuple[str, int, float]]) -> None:
        mapping = self._resolved
        assert mapping is not None and mapping.time is not None
        at = parse_timestamp(record.get(mapping.time), CAMPAIGN_ZONE)
        if mapping.is_long:
            assert mapping.metric is not None and mapping.value is not None
            code = str(record.get(mapping.metric, "")).strip()
            raw.append((code, at, parse_value(record.get(mapping.value))))
            return
        found = []
        for code, name in mapping.columns.items():
            cell = record.get(name)
            if cell is None or (isinstance(cell, str) and not cell.strip()):
                continue  # this record has no value for that metric
            found.append((code, at, parse_value(cell)))
        raw += found


def read_whole_file(
    path: Path | str, mapping: FieldMapping, known_metrics: set[str] | frozenset[str]
) -> SampleBatch:
    """Read a file once from start to end (``warroom ingest``); raises ``FeedError``."""
    follower = FileFollower(path, mapping, known_metrics)
    total = SampleBatch()
    try:
        while True:
            batch = follower.poll(final=True)
            if batch.error:
                raise FeedError(batch.error)
            _merge(total, batch)
            if follower.at_eof:
                return total
    finally:
        follower.close()


def _merge(total: SampleBatch, batch: SampleBatch) -> None:
    import numpy as np

    for code, (times, values) in batch.series.items():
        if code in total.series:
            old_t, old_v = total.series[code]
            total.series[code] = (np.concatenate([old_t, times]), np.concatenate([old_v, values]))
        else:
            total.series[code] = (times, values)
    total.rejected.update(batch.rejected)
    total.reordered += batch.reordered
    total.gaps += batch.gaps
    total.error = total.error or batch.error


class PushFeed:
    """Samples handed in from Python (a script, a test); thread-safe, vetted like a file."""

    def __init__(self, known_metrics: set[str] | frozenset[str]) -> None:
        self.validator = SampleValidator(frozenset(known_metrics))
        self._pending: deque[tuple[str, object, float]] = deque()
        self._lock = threading.Lock()

    def push(self, metric: str, value: float, at: datetime | int | float | None = None) -> None:
        """Queue one sample; ``at`` is an aware datetime, epoch seconds, or None for now."""
        with self._lock:
            self._pending.append((metric, at, value))

    def push_many(self, samples: list[tuple[str, datetime | int | float | None, float]]) -> None:
        with self._lock:
            self._pending.extend(samples)

    def poll(self, now: int = 0) -> SampleBatch:
        with self._lock:
            pending = list(self._pending)
            self._pending.clear()
        batch = SampleBatch()
        raw = []
        for metric, at, value in pending:
            try:
                when = now if at is None else _push_time(at)
                raw.append((metric, when, float(value)))
            except (BadRecord, TypeError, ValueError):
                batch.rejected[RejectReason.MALFORMED.value] += 1
        self.validator.vet(raw, batch)
        return batch


def _push_time(at: object) -> int:
    if isinstance(at, datetime):
        if at.tzinfo is None:
            at = at.replace(tzinfo=CAMPAIGN_ZONE)
        return int(at.timestamp())
    return parse_timestamp(at)
