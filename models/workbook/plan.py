"""What an import would do, as plain data: built in a worker, shown in the preview,
applied on the main thread.

Typed values (``values``, ``changes``) are record field values keyed by field name; the
``FieldChange`` texts are ready to show in the language the plan was made in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from models.errors import WarRoomError
from models.workbook import messages


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong (error) or worth knowing (warning), located in the workbook."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)
    sheet: str = ""
    row: int | None = None  # 1-based, as Excel shows it
    column: str = ""  # the header text (and column letter) as found in the file
    severity: Severity = Severity.ERROR

    def message(self, language: str = "en") -> str:
        return messages.text(self.code, language, **self.params)

    def location(self) -> str:
        parts = [self.sheet] if self.sheet else []
        if self.row is not None:
            parts.append(f"R{self.row}")
        if self.column:
            parts.append(self.column)
        return " · ".join(parts)


class WorkbookRefused(WarRoomError):
    """The whole file is refused before anything is read into the database."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(messages.text(code, "en", **params))

    def message(self, language: str = "en") -> str:
        return messages.text(self.code, language, **self.params)


@dataclass(frozen=True, slots=True)
class NewRecord:
    """A record this same import adds, referred to by another sheet before it has an id
    (a new task naming a milestone that is new in the Milestones sheet). Applying gives
    the record its id first and puts that id in place of this reference."""

    entity: str
    sheet: str
    row: int
    label: str

    def __str__(self) -> str:
        return f"{self.label} ({self.sheet} R{self.row})"


@dataclass(frozen=True, slots=True)
class FieldChange:
    key: str
    column: str  # header in the plan's language
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class RowAdd:
    """A new row. Its values are kept as a tuple over ``keys`` (one tuple shared by every
    row of a sheet): a plan of 100,000 additions then costs a third of what dicts do."""

    entity: str
    sheet: str
    row: int
    label: str
    keys: tuple[str, ...]
    cells: tuple[Any, ...]

    @classmethod
    def of(
        cls, entity: str, sheet: str, row: int, label: str, values: dict[str, Any],
        keys: tuple[str, ...] | None = None,
    ) -> RowAdd:  # fmt: skip
        """``keys``, when given, must be ``tuple(values)``; pass the same object for a sheet."""
        keys = tuple(values) if keys is None else keys
        return cls(entity, sheet, row, label, keys, tuple(values[k] for k in keys))

    @property
    def values(self) -> dict[str, Any]:
        return dict(zip(self.keys, self.cells, strict=True))


@dataclass(frozen=True, slots=True)
class RowChange:
    entity: str
    sheet: str
    row: int
    record_id: int
    label: str
    changes: dict[str, Any]
    fields: tuple[FieldChange, ...]
    base: str  # fingerprint of the War Room row the plan was made against


@dataclass(frozen=True, slots=True)
class RowDelete:
    entity: str
    record_id: int
    label: str
    base: str


class ConflictKind(StrEnum):
    CHANGED_BOTH = "changed_both"
    DELETED_IN_DB = "deleted_in_db"
    DELETED_IN_FILE = "changed_in_db_deleted_in_file"


@dataclass(frozen=True, slots=True)
class Conflict:
    """A row changed both in War Room and in the file since the export.

    ``clean`` holds the file's edits to fields War Room left alone (always safe);
    ``contested`` the file's values for fields both sides changed. Keeping War Room's
    version applies only ``clean``; taking the file's applies both.
    """

    entity: str
    sheet: str
    row: int | None
    record_id: int
    label: str
    kind: ConflictKind
    clean: dict[str, Any]
    contested: dict[str, Any]
    fields: tuple[FieldChange, ...]  # War Room value -> file value of contested fields
    base: str
    values: dict[str, Any] = field(default_factory=dict)  # whole row (re-add)

    def message(self, language: str = "en") -> str:
        return messages.text(self.kind.value, language)


class Resolution(StrEnum):
    """What to do with conflicting rows."""

    REFUSE = "refuse"  # apply nothing while conflicts exist
    KEEP = "keep"  # keep War Room's values
    TAKE = "take"  # take the file's values


@dataclass
class ImportPlan:
    """Everything an import would add, change and delete, and why it may not."""

    source: str
    language: str
    campaign_id: int
    added: list[RowAdd] = field(default_factory=list)
    changed: list[RowChange] = field(default_factory=list)
    deleted: list[RowDelete] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    sheets: dict[str, str] = field(default_factory=dict)  # sheet name -> entity key
    unchanged: int = 0

    @property
    def has_errors(self) -> bool:
        return bool(self.errors)

    @property
    def is_empty(self) -> bool:
        """True when applying would change nothing."""
        return not (self.added or self.changed or self.deleted or self.conflicts)

    def can_apply(self, resolution: Resolution) -> bool:
        if self.errors:
            return False
        return not (self.conflicts and resolution is Resolution.REFUSE)

    def counts(self) -> dict[str, int]:
        return {
            "added": len(self.added),
            "changed": len(self.changed),
            "deleted": len(self.deleted),
            "conflicts": len(self.conflicts),
            "errors": len(self.errors),
            "warnings": len(self.warnings),
            "unchanged": self.unchanged,
        }

    def report(self, limit: int = 200) -> str:
        """A plain-text preview (the command line prints it)."""
        zh = self.language == "zh"
        lines = []
        counts = self.counts()
        titles = {
            "added": ("Added", "新增"),
            "changed": ("Changed", "修改"),
            "deleted": ("Deleted", "删除"),
            "conflicts": ("Conflicts", "冲突"),
            "errors": ("Errors", "错误"),
            "warnings": ("Warnings", "提示"),
            "unchanged": ("Unchanged", "未变"),
        }
        summary = ", ".join(f"{titles[k][1 if zh else 0]} {v}" for k, v in counts.items())
        lines.append(f"{self.source}: {summary}")
        shown = 0

        def emit(text: str) -> None:
            nonlocal shown
            if shown < limit:
                lines.append(text)
            shown += 1

        for add in self.added:
            emit(f"+ {add.sheet} R{add.row}: {add.label}")
        for change in self.changed:
            emit(f"~ {change.sheet} R{change.row} #{change.record_id}: {change.label}")
            for fc in change.fields:
                emit(f"    {fc.column}: {fc.old} → {fc.new}")
        for delete in self.deleted:
            emit(f"- {delete.entity} #{delete.record_id}: {delete.label}")
        for conflict in self.conflicts:
            where = f"{conflict.sheet} R{conflict.row}" if conflict.row else conflict.entity
            emit(f"! {where} #{conflict.record_id}: {conflict.label} — "
                 f"{conflict.message(self.language)}")  # fmt: skip
            for fc in conflict.fields:
                emit(f"    {fc.column}: War Room {fc.old} / file {fc.new}")
        for problem in self.errors:
            emit(f"ERROR {problem.location()}: {problem.message(self.language)}")
        for problem in self.warnings:
            emit(f"note {problem.location()}: {problem.message(self.language)}")
        if shown > limit:
            lines.append(f"… {shown - limit} more")
        return "\n".join(lines)
