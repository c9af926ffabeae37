"""Building the app imports no page module that only other pages need: the checklist,
timeline, board, gates, budget, audit and sources pages and the PDF writer load when they
are first built or used (and still work then)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

DEFERRED = (
    "ui.plan.checklist_panel",
    "ui.plan.gates_panel",
    "ui.plan.timeline_view",
    "ui.plan.progress_board",
    "ui.budget.budget_panel",
    "ui.audit.audit_panel",
    "ui.metrics.sources_panel",
    "ui.report.report_pdf",
    "models.workbook.planner",
    "models.demo.builder",
)

CHECK = """
import sys
import app.assembly
import app.commands.gui
print(",".join(name for name in sys.argv[1:] if name in sys.modules))
"""


def test_start_up_modules_leave_the_other_pages_out():
    done = subprocess.run(
        [sys.executable, "-c", CHECK, *DEFERRED],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert done.stdout.strip() == ""


def test_deferred_pages_build_on_first_visit(make_app):
    parts = make_app()
    for key in ("checklist", "gates", "timeline", "board", "budget", "audit", "sources"):
        assert not parts.window.is_page_built(key), key
        parts.window.show_view(key)
        assert parts.window.is_page_built(key), key
        assert parts.window.current_view_key() == key
