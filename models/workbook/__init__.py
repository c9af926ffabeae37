"""One workbook engine for every entity: export, import planning and the safety checks.

Heavy libraries (XlsxWriter, python-calamine) are imported inside the functions so that
start-up stays quick.
"""

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
from models.workbook.planner import plan_import
from models.workbook.schema import ENTITIES
from models.workbook.snapshot import CampaignSnapshot
from models.workbook.writer import ExportOptions, ExportSummary, export_workbook

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
