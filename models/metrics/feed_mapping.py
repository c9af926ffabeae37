"""How the fields of a feed's records map to metrics, and how its timestamps are read.

A mapping spec is a comma-separated list of ``key=field``:

- long format, one sample per record: ``time=ts,metric=name,value=v``
- wide format, one column per metric: ``time=ts,gmv=GMV,qps=QPS``

Without a spec the fields are guessed from the header (CSV) or the keys (JSON lines):
a time field (timestamp, time, ts, at, datetime) plus either ``metric`` and ``value`` or
fields named like metric codes. Timestamps may be ISO 8601 (an explicit offset is
honoured; without one the campaign time zone is assumed) or epoch seconds/milliseconds.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

from models.errors import ValidationError

CAMPAIGN_ZONE = ZoneInfo("Asia/Shanghai")
TIME_FIELDS = ("timestamp", "time", "ts", "at", "datetime", "date_time", "时间")
RESERVED = {"time", "metric", "value"}
# Numbers above this are epoch milliseconds, below it epoch seconds (year 5138 in s).
MILLISECONDS_FROM = 1e11


class BadRecord(ValueError):
    """One record cannot be read; counted as malformed, the feed goes on."""


@dataclass(frozen=True)
class FieldMapping:
    """Which field holds the time, and where metric values come from."""

    time: str | None = None
    metric: str | None = None
    value: str | None = None
    columns: dict[str, str] = field(default_factory=dict)  # metric code -> field (wide)

    @property
    def is_auto(self) -> bool:
        return self.time is None and not self.columns and self.metric is None

    @property
    def is_long(self) -> bool:
        return self.metric is not None

    @classmethod
    def parse(cls, spec: str | None) -> FieldMapping:
        """Read a ``key=field,...`` spec; raises ``ValidationError`` naming the bad part."""
        if not spec or not spec.strip():
            return cls()
        pairs: dict[str, str] = {}
        for part in spec.split(","):
            key, sep, name = part.partition("=")
            key, name = key.strip(), name.strip()
            if not sep or not key or not name:
                raise ValidationError(
                    f"mapping part {part.strip()!r} is not key=field "
                    "(e.g. time=ts,metric=name,value=v or time=ts,gmv=GMV)",
                    "map",
                )
            if key in pairs:
                raise ValidationError(f"mapping names {key!r} twice", "map")
            pairs[key] = name
        if "time" not in pairs:
            raise ValidationError("the mapping needs time=FIELD", "map")
        columns = {k: v for k, v in pairs.items() if k not in RESERVED}
        has_long = "metric" in pairs or "value" in pairs
        if has_long and ("metric" not in pairs or "value" not in pairs):
            raise ValidationError("a long mapping needs both metric=FIELD and value=FIELD", "map")
        if has_long and columns:
            raise ValidationError(
                "use either metric=/value= or one field per metric, not both", "map"
            )
        if not has_long and not columns:
            raise ValidationError("the mapping names no metric fields", "map")
        return cls(pairs["time"], pairs.get("metric"), pairs.get("value"), columns)

    def check_metrics(self, known: frozenset[str] | set[str]) -> None:
        unknown = sorted(set(self.columns) - set(known))
        if unknown:
            raise ValidationError(
                f"the mapping names unknown metric(s): {', '.join(unknown)}", "map"
            )

    def resolve(self, fields: list[str], known: frozenset[str] | set[str]) -> FieldMapping:
        """A concrete mapping for records with these field names (guessing when auto)."""
        if not self.is_auto:
            missing = [
                name
                for name in (self.time, self.metric, self.value, *self.columns.values())
                if name is not None and name not in fields
            ]
            if missing and fields:
                raise ValidationError(
                    f"field(s) {', '.join(missing)} not found; the file has: {', '.join(fields)}",
                    "map",
                )
            return self
        lower = {name.lower().strip(): name for name in fields}
        time = next((lower[n] for n in TIME_FIELDS if n in lower), None)
        if time is None:
            raise ValidationError(
                f"no time field found among: {', '.join(fields)} "
                "(name it timestamp/time/ts or pass --map time=FIELD,...)",
                "map",
            )
        if "metric" in lower and "value" in lower:
            return FieldMapping(time, lower["metric"], lower["value"])
        columns = {code: lower[code.lower()] for code in sorted(known) if code.lower() in lower}
        if not columns:
            raise ValidationError(
                f"no metric fields found among: {', '.join(fields)} "
                "(expected metric and value, or fields named like metric codes)",
                "map",
            )
        return FieldMapping(time, columns=columns)


def parse_timestamp(raw: object, zone: tzinfo = CAMPAIGN_ZONE) -> int:
    """Epoch seconds of an ISO text or an epoch number; ``BadRecord`` when unreadable."""
    if isinstance(raw, bool) or raw is None:
        raise BadRecord(f"no usable time: {raw!r}")
    if isinstance(raw, int | float):
        return _epoch_number(float(raw))
    text = str(raw).strip()
    try:
        return _epoch_number(float(text))
    except ValueError:
        pass
    try:
        moment = datetime.fromisoformat(text.replace("/", "-"))
    except ValueError as error:
        raise BadRecord(f"not a time: {text!r}") from error
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return math.floor(moment.timestamp())


def _epoch_number(number: float) -> int:
    if not math.isfinite(number) or number < 0:
        raise BadRecord(f"not a time: {number!r}")
    if number >= MILLISECONDS_FROM:
        number /= 1000.0
    return math.floor(number)


def parse_value(raw: object) -> float:
    """A sample value; NaN and infinities pass (the validator counts them separately)."""
    if isinstance(raw, bool) or raw is None:
        raise BadRecord(f"not a number: {raw!r}")
    if isinstance(raw, int | float):
        return float(raw)
    try:
        return float(str(raw).strip().replace(",", ""))
    except ValueError as error:
        raise BadRecord(f"not a number: {raw!r}") from error
