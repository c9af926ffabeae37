"""``warroom report OUT.pdf``: the daily war-room report written headless (offscreen Qt)."""

from __future__ import annotations

import argparse
import os
import sys

from app.commands.common import (
    acting_user,
    check_clock_options,
    check_output_file,
    default_database_path,
    make_clock,
    open_campaign_store,
)
from app.qt_application import create_qt_application
from models.resource_paths import TRANSLATIONS_DIR


def validate(args: argparse.Namespace) -> None:
    """A ``.pdf`` in an existing folder, and a clock that moves forward."""
    check_output_file(args.out, ".pdf", "report")
    check_clock_options(args)


def run(args: argparse.Namespace) -> int:
    """Gather the figures as the window shows them at ``--clock`` and write the PDF."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QObject

    from controllers.language_controller import LanguageController
    from controllers.report.report_controller import headless_report_controller
    from ui.report.report_pdf import write_pdf

    actor = acting_user(args)
    clock = make_clock(args)
    app = create_qt_application([sys.argv[0]])
    # Everything made here hangs off one object, so it all goes (translators too) at the end.
    scope = QObject(app)
    try:
        LanguageController(TRANSLATIONS_DIR, scope).set_language(args.lang or "zh")
        store = open_campaign_store(args.db if args.db else default_database_path(), actor)
        try:
            reports = headless_report_controller(store, clock, parent=scope)
            pages = write_pdf(reports.daily_report(actor), args.out)
        finally:
            store.close()
    finally:
        scope.deleteLater()
    print(f"Wrote {args.out} ({pages} pages, {args.lang or 'zh'})")
    return 0
