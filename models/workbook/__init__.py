"""One workbook engine for every entity: export, import planning and the safety checks.

Heavy libraries (XlsxWriter, python-calamine) are imported inside the functions so that
start-up stays quick.

Importing the package does not import the planner or the writer (and their readers and
checks): the store needs only the plan records, snapshot and schema, and opens at every
start; ``plan_import`` and the export names are loaded on first use.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from models.workbook.plan import (
    Conflict,
    ConflictKind,
    FieldChange,
    ImportPlan,
    NewRecord,
    Problem,
    Resolution,
    RowAdd,
    RowChange,
    RowDelete,
    Severity,
    WorkbookRefused,
)
from models.workbook.schema import ENTITIES
from models.workbook.snapshot import CampaignSnapshot

if TYPE_CHECKING:
    from models.workbook.planner import plan_import
    from models.workbook.writer import ExportOptions, ExportSummary, export_workbook

# Name -> the submodule that defines it, imported on first use (PEP 562).
_LAZY = {
    "plan_import": "models.workbook.planner",
    "ExportOptions": "models.workbook.writer",
    "ExportSummary": "models.workbook.writer",
    "export_workbook": "models.workbook.writer",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


__all__ = [
    "ENTITIES",
    "CampaignSnapshot",
    "Conflict",
    "ConflictKind",
    "ExportOptions",
    "ExportSummary",
    "FieldChange",
    "ImportPlan",
    "NewRecord",
    "Problem",
    "Resolution",
    "RowAdd",
    "RowChange",
    "RowDelete",
    "Severity",
    "WorkbookRefused",
    "export_workbook",
    "plan_import",
]
