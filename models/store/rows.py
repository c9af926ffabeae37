"""Conversion between record dataclasses and database rows.

One mapping for every record type, driven by the dataclass field types: dates become ISO
strings, instants UTC ISO-8601, enums their code, booleans 0/1, dicts JSON.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import UTC, date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar

R = TypeVar("R")


@cache
def _field_types(cls: type) -> dict[str, type]:
    hints = typing.get_type_hints(cls)
    resolved: dict[str, type] = {}
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
            args = [a for a in typing.get_args(hint) if a is not type(None)]
            hint = args[0]
        origin = typing.get_origin(hint)
        resolved[f.name] = origin if origin is not None else hint
    return resolved


def to_db(value: Any) -> Any:
    """Convert one Python value into what the database column stores."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r} cannot be stored; give it a time zone")
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return value


def from_db(kind: type, value: Any) -> Any:
    """Convert one stored value back into the field's Python type."""
    if value is None:
        return None
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    if kind is bool:
        return bool(value)
    if kind is dict:
        return json.loads(value)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value)
    if kind is float:
        return float(value)
    return value


def record_to_row(record: Any) -> dict[str, Any]:
    """All fields of a record dataclass as a database row."""
    return {f.name: to_db(getattr(record, f.name)) for f in dataclasses.fields(record)}


def row_to_record(cls: type[R], row: dict[str, Any]) -> R:
    """Build a record from a row, ignoring columns the record does not declare."""
    record_type: type = cls  # the cache keys on the class
    kinds = _field_types(record_type)
    return cls(**{name: from_db(kind, row[name]) for name, kind in kinds.items() if name in row})


def fields_to_row(cls: type, changes: dict[str, Any]) -> dict[str, Any]:
    """Convert a partial update, refusing names that are not fields of ``cls``."""
    kinds = _field_types(cls)
    unknown = set(changes) - set(kinds)
    if unknown:
        raise KeyError(f"{cls.__name__} has no field(s) {sorted(unknown)}")
    return {name: to_db(value) for name, value in changes.items()}
