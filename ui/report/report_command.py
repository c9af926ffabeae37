"""``warroom report OUT.pdf``: the daily war-room report written headless (offscreen Qt).

main.py declares the sub-command with ``add_parser`` and dispatches to ``command_report``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from controllers.commands import (
    CommandError,
    acting_user,
    default_database_path,
    make_clock,
    open_campaign_store,
)

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"


def add_parser(
    commands: argparse._SubParsersAction,
    add_common_options: Callable[[argparse.ArgumentParser], None],
) -> argparse.ArgumentParser:
    report = commands.add_parser("report", help="write the daily war-room report as a PDF")
    add_common_options(report)
    report.add_argument("out", type=Path, help="PDF file to write")
    return report


def command_report(args: argparse.Namespace) -> int:
    """Gather the figures as the window shows them at ``--clock`` and write the PDF."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    from controllers.language_controller import LanguageController
    from controllers.report.report_controller import headless_report_controller
    from controllers.settings import APPLICATION, ORGANIZATION
    from ui.report.report_pdf import write_pdf

    if args.out.suffix.lower() != ".pdf":
        raise CommandError(f"the report file must end in .pdf: {args.out}")
    if not args.out.parent.is_dir():
        raise CommandError(f"the folder does not exist: {args.out.parent}")
    actor = acting_user(args)
    clock = make_clock(args)
    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication([sys.argv[0]])
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
