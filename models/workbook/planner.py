"""Import, second half: compare parsed rows with War Room and with the export fingerprints.

Per field, a three-way comparison: the file changed a field when its hash differs from the
one exported; War Room changed it when the database's differs. Edits on one side only are
changes; different edits on both sides are conflicts. Without fingerprints (a hand-made
workbook) rows are compared with War Room directly and nothing is deleted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from models.budget import MAX_AMOUNT_CENTS
from models.workbook.plan import (
    Conflict,
    ConflictKind,
    FieldChange,
    ImportPlan,
    NewRecord,
    Problem,
    RowAdd,
    RowChange,
    RowDelete,
    Severity,
)
from models.workbook.reader import (
    BLANK_VALUES,
    ExportedEntity,
    ParsedRow,
    ParsedSheet,
    WorkbookReader,
)
from models.workbook.schema import ColumnSpec, EntitySpec, normalize_name
from models.workbook.snapshot import AMBIGUOUS, CampaignSnapshot
from models.workbook.values import canonical, column_letter, display, field_hash, fingerprint

Progress = Callable[[int, str], None]

LABEL_KEYS = {
    "tasks": ("title_zh", "title_en"),
    "milestones": ("name_zh", "name_en"),
    "incidents": ("title", "title"),
    "raci": ("name_zh", "name_en"),
    "budget": ("item_zh", "item_en"),
    "kpis": ("name_zh", "name_en"),
}


# Sheets are planned in this order so that a sheet may name records another one adds.
PLAN_ORDER = ("milestones", "tasks", "incidents", "raci", "budget", "kpis")
PROGRESS_EVERY = 2000


def plan_import(
    path: Path,
    snapshot: CampaignSnapshot,
    language: str = "zh",
    progress: Progress | None = None,
) -> ImportPlan:
    """Read ``path`` and say what importing it would do. Raises ``WorkbookRefused``."""
    plan = ImportPlan(Path(path).name, language, snapshot.campaign_id)

    def report(problem: Problem) -> None:
        (plan.errors if problem.severity is Severity.ERROR else plan.warnings).append(problem)

    with WorkbookReader(Path(path), snapshot, report) as reader:
        parsed = reader.read(progress)
        for problem in parsed.problems:
            report(problem)
        new_milestones: dict[str, Any] = {}
        done_entities: set[str] = set()
        sheets = sorted(parsed.sheets, key=lambda sheet: PLAN_ORDER.index(sheet.spec.key))
        total_rows = max(1, sum(sheet.height for sheet in sheets if sheet.usable))
        done_rows = 0
        for sheet in parsed.sheets:
            plan.sheets[sheet.name] = sheet.spec.key
        for sheet in sheets:
            if not sheet.usable:
                continue
            if sheet.spec.key in done_entities:
                plan.errors.append(
                    Problem("duplicate_column", {"column": sheet.spec.key}, sheet.name)
                )
                continue
            done_entities.add(sheet.spec.key)
            exported = parsed.meta.entities.get(sheet.spec.key) if parsed.meta else None

            def sheet_progress(row: int, name: str = sheet.name, before: int = done_rows) -> None:
                if progress:
                    progress(15 + 80 * (before + row) // total_rows, name)

            planner = _EntityPlanner(plan, snapshot, sheet, exported, new_milestones)
            planner.run(sheet_progress)
            done_rows += sheet.height
    return plan


class _EntityPlanner:
    def __init__(
        self,
        plan: ImportPlan,
        snapshot: CampaignSnapshot,
        sheet: ParsedSheet,
        exported: ExportedEntity | None,
        new_milestones: dict[str, Any],
    ) -> None:
        self.plan = plan
        self.snapshot = snapshot
        self.sheet = sheet
        self.spec: EntitySpec = sheet.spec
        self.exported = exported
        self.zone = snapshot.timezone
        # Milestones this import adds or renames, by normalized name: tasks may name them.
        self.new_milestones = new_milestones
        self.lookups = snapshot.lookups().with_milestone_names(new_milestones)
        self.db_rows = snapshot.rows(self.spec.key)
        self.all_keys = snapshot.field_keys(self.spec)
        self.add_keys: tuple[str, ...] = ()
        self.exported_index = (
            {key: i for i, key in enumerate(exported.keys)} if exported is not None else {}
        )

    def run(self, progress: Callable[[int], None]) -> None:
        seen: dict[int, int] = {}
        year = self.snapshot.campaign.dday.year
        for parsed in self.sheet.rows(self.lookups, self.zone, year):
            if parsed.row % PROGRESS_EVERY == 0:
                progress(parsed.row)
            if not parsed.ok:
                if parsed.record_id is not None:
                    seen.setdefault(parsed.record_id, parsed.row)  # in the file: not deleted
                continue
            if parsed.record_id is None:
                self.add(parsed)
                continue
            first = seen.get(parsed.record_id)
            if first is not None:
                self.error(
                    "duplicate_id", parsed.row, self.where("id"), id=parsed.record_id, first=first
                )
                continue
            seen[parsed.record_id] = parsed.row
            self.compare(parsed)
        if self.exported is not None:
            self.deletions(set(seen))
        self.check_unique_codes()

    # -- helpers --------------------------------------------------------------------------

    def error(self, code: str, row: int | None, column: str = "", **params: Any) -> None:
        self.plan.errors.append(Problem(code, params, self.sheet.name, row, column))

    def warn(self, code: str, row: int | None, **params: Any) -> None:
        self.plan.warnings.append(
            Problem(code, params, self.sheet.name, row, severity=Severity.WARNING)
        )

    def column(self, key: str) -> ColumnSpec:
        return self.sheet.columns.get(key) or next(c for c in self.spec.columns if c.key == key)

    def show(self, key: str, value: Any) -> str:
        return display(self.column(key).kind, value, self.plan.language, self.lookups, self.zone)

    def header(self, key: str) -> str:
        if key in self.sheet.headers:
            return self.sheet.headers[key]
        return self.column(key).header(self.plan.language)

    def where(self, key: str) -> str:
        """The column as a person finds it: header and letter."""
        if key in self.sheet.positions:
            return f"{self.sheet.headers[key]} ({column_letter(self.sheet.positions[key])})"
        return self.header(key)

    def label(self, values: dict[str, Any]) -> str:
        zh_key, en_key = LABEL_KEYS[self.spec.key]
        zh, en = values.get(zh_key) or "", values.get(en_key) or ""
        return (zh or en) if self.plan.language == "zh" else (en or zh)

    def complete(self, parsed: ParsedRow, base: dict[str, Any] | None) -> dict[str, Any] | None:
        """A whole row for insertion: file values over ``base`` (or blanks); None on error."""
        values: dict[str, Any] = {}
        for column in self.spec.field_columns:
            values[column.key] = BLANK_VALUES.get(column.kind)
        if self.spec.has_people_columns:
            values.update({key: None for key in self.all_keys if key.startswith("person:")})
        if base:
            values.update(base)
        values.update(parsed.values)
        for key in list(values):
            sibling = key.removesuffix("_zh") + "_en"
            if key.endswith("_zh") and not values[key] and values.get(sibling):
                values[key] = values[sibling]  # an English-only workbook still names things
        ok = True
        for column in self.spec.field_columns:
            if column.required and values.get(column.key) in (None, ""):
                self.error("required", parsed.row, self.where(column.key))
                ok = False
        return values if ok and self.check_row(parsed.row, values) else None

    def check_row(self, row: int, values: dict[str, Any]) -> bool:
        """Rules across fields of one row (the database would refuse the row otherwise)."""
        start, due = values.get("planned_start"), values.get("due_date")
        if self.spec.key == "tasks" and start and due and start > due:
            self.error("start_after_due", row, start=start.isoformat(), due=due.isoformat())
            return False
        if self.spec.key == "budget":
            planned = values.get("planned_cents") or 0
            for key, code in (
                ("executed_cents", "overspent"),
                ("committed_cents", "overcommitted"),
            ):
                amount = values.get(key) or 0
                if amount > planned:
                    self.warn(code, row, planned=self.show("planned_cents", planned),
                              **{key.split("_")[0]: self.show(key, amount)})  # fmt: skip
                if amount > MAX_AMOUNT_CENTS:
                    return False
        return True

    # -- the three cases ----------------------------------------------------------------------

    def add(self, parsed: ParsedRow) -> None:
        values = self.complete(parsed, None)
        if self.spec.key == "milestones":
            # Named even when the row is refused: its error is the one worth reading.
            named = values or parsed.values
            reference = NewRecord(self.spec.key, self.sheet.name, parsed.row, self.label(named))
            self.name_milestone(named, reference)
        if values is not None:
            keys = tuple(values)
            if keys != self.add_keys:
                self.add_keys = keys  # one key tuple for all the sheet's rows
            self.plan.added.append(RowAdd.of(
                self.spec.key, self.sheet.name, parsed.row, self.label(values), values,
                self.add_keys,
            ))  # fmt: skip

    def name_milestone(self, values: dict[str, Any], target: Any) -> None:
        for key in ("name_zh", "name_en"):
            name = normalize_name(values.get(key))
            if name:
                known = self.new_milestones.get(name)
                self.new_milestones[name] = target if known in (None, target) else AMBIGUOUS

    def exported_hash(self, record_id: int, key: str) -> str | None:
        if self.exported is None:
            return None
        hashes = self.exported.hashes.get(record_id)
        index = self.exported_index.get(key)
        return None if hashes is None or index is None else hashes[index]

    def compare(self, parsed: ParsedRow) -> None:
        record_id = parsed.record_id or 0
        db = self.db_rows.get(record_id)
        known = self.exported is not None and record_id in self.exported.hashes
        if db is None:
            if not known:
                self.error("unknown_id", parsed.row, self.where("id"), id=record_id)
                return
            self.deleted_in_db(parsed, record_id)
            return
        clean: dict[str, Any] = {}
        contested: dict[str, Any] = {}
        for key, value in parsed.values.items():
            if canonical(value, self.zone) == canonical(db.get(key), self.zone):
                continue
            exported = self.exported_hash(record_id, key) if known else None
            if exported is None:
                clean[key] = value  # no fingerprint: the file says what it wants
            elif field_hash(value, self.zone) == exported:
                continue  # the file kept the exported value; War Room moved on
            elif field_hash(db.get(key), self.zone) == exported:
                clean[key] = value
            else:
                contested[key] = value
        if not clean and not contested:
            self.plan.unchanged += 1
            return
        merged = {**db, **clean, **contested}
        if self.spec.key == "milestones" and {"name_zh", "name_en"} & {*clean, *contested}:
            self.name_milestone(merged, record_id)  # tasks may use the new name
        if not self.check_row(parsed.row, merged):
            return
        base = fingerprint(db, self.all_keys, self.zone)
        label = self.label(merged)
        if contested:
            fields = tuple(
                FieldChange(k, self.header(k), self.show(k, db.get(k)), self.show(k, v))
                for k, v in contested.items()
            )
            self.plan.conflicts.append(
                Conflict(self.spec.key, self.sheet.name, parsed.row, record_id, label,
                         ConflictKind.CHANGED_BOTH, clean, contested, fields, base)
            )  # fmt: skip
            return
        fields = tuple(
            FieldChange(k, self.header(k), self.show(k, db.get(k)), self.show(k, v))
            for k, v in clean.items()
        )
        self.plan.changed.append(
            RowChange(self.spec.key, self.sheet.name, parsed.row, record_id, label, clean,
                      fields, base)
        )  # fmt: skip

    def deleted_in_db(self, parsed: ParsedRow, record_id: int) -> None:
        changed = [
            key
            for key, value in parsed.values.items()
            if field_hash(value, self.zone) != self.exported_hash(record_id, key)
        ]
        if not changed:
            self.plan.unchanged += 1
            return
        values = self.complete(parsed, None)
        if values is None:
            return
        fields = tuple(
            FieldChange(k, self.header(k), "∅", self.show(k, parsed.values[k])) for k in changed
        )
        self.plan.conflicts.append(
            Conflict(self.spec.key, self.sheet.name, parsed.row, record_id, self.label(values),
                     ConflictKind.DELETED_IN_DB, {}, {}, fields, "", values)
        )  # fmt: skip

    def deletions(self, seen: set[int]) -> None:
        assert self.exported is not None
        in_use = {a.from_line_id for a in self.snapshot.adjustments} | {
            a.to_line_id for a in self.snapshot.adjustments
        }
        for record_id in self.exported.hashes:
            db = self.db_rows.get(record_id)
            if record_id in seen or db is None:
                continue
            label = self.label(db)
            base = fingerprint(db, self.all_keys, self.zone)
            moved = [
                key
                for key in self.exported.keys
                if key in db
                and field_hash(db[key], self.zone) != self.exported_hash(record_id, key)
            ]
            if moved:
                fields = tuple(
                    FieldChange(k, self.header(k), self.show(k, db[k]), "∅") for k in moved
                )
                self.plan.conflicts.append(
                    Conflict(self.spec.key, self.sheet.name, None, record_id, label,
                             ConflictKind.DELETED_IN_FILE, {}, {}, fields, base)
                )  # fmt: skip
            elif self.spec.key == "budget" and record_id in in_use:
                self.error("line_in_use", None, id=record_id)
            else:
                self.plan.deleted.append(RowDelete(self.spec.key, record_id, label, base))

    def check_unique_codes(self) -> None:
        """KPI codes are unique per campaign: in the file and against War Room."""
        if self.spec.key != "kpis":
            return
        owner = {row["code"]: record_id for record_id, row in self.db_rows.items()}
        deleted = {d.record_id for d in self.plan.deleted if d.entity == "kpis"}
        for change in self.plan.changed:
            if change.entity == "kpis" and "code" in change.changes:
                owner.pop(self.db_rows[change.record_id]["code"], None)
        claims: dict[str, Any] = {}
        rows: list[tuple[int, int | None, dict[str, Any]]] = [
            (a.row, None, a.values) for a in self.plan.added if a.entity == "kpis"
        ]
        rows += [(c.row, c.record_id, c.changes) for c in self.plan.changed if c.entity == "kpis"]
        for row, record_id, values in rows:
            code = values.get("code")
            if code is None:
                continue
            holder = owner.get(code)
            if (holder is not None and holder != record_id and holder not in deleted) or (
                code in claims
            ):
                self.error("duplicate_code", row, self.where("code"), value=repr(code))
            claims[code] = record_id
