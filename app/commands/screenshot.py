"""``warroom screenshot OUT.png [--view KEY] [--size WxH]``: render a view offscreen."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from app.commands.common import (
    CommandError,
    acting_user,
    check_clock_options,
    check_output_file,
    make_clock,
    open_campaign_store,
)
from app.qt_application import create_qt_application

# Events processed between showing the window and grabbing it, so that layouts settle.
SETTLE_ROUNDS = 5


def validate(args: argparse.Namespace) -> None:
    """A ``.png`` in an existing folder, a known view (or a room's form), a usable clock."""
    from app.assembly import is_view_key, view_key_forms

    check_output_file(args.out, ".png", "screenshot")
    check_clock_options(args)
    if not is_view_key(args.view):
        raise CommandError(
            f"unknown view {args.view!r}; choose from: {', '.join(view_key_forms())}"
        )


def run(args: argparse.Namespace) -> int:
    """Build the whole app on temporary settings, show the view and save the window's image."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.assembly import build_app
    from ui.common import dialogs

    actor = acting_user(args)
    store = open_campaign_store(args.db, actor)
    app = create_qt_application([sys.argv[0]])
    dialogs.set_headless(False)
    with tempfile.TemporaryDirectory() as settings_dir:
        qsettings = QSettings(str(Path(settings_dir) / "settings.ini"), QSettings.Format.IniFormat)
        qsettings.setValue("ui/theme", args.theme)
        parts = build_app(app, store, qsettings, make_clock(args), actor, args.lang or "zh")
        window = parts.window
        window.build_all_pages()  # every page settled before the few event-loop turns below
        if args.view not in window.view_keys():  # a department code this campaign lacks
            raise CommandError(
                f"unknown view {args.view!r}; choose from: {', '.join(window.view_keys())}"
            )
        # The screenshot shows the simulated day up to the clock, as a running app would.
        parts.metrics.sources.poll_until_current("simulator")
        parts.overview.refresh_now()
        window.show_view(args.view)
        window.resize(*args.size)
        window.show()
        for _ in range(SETTLE_ROUNDS):
            QApplication.processEvents()
        image = window.grab()
        if not image.save(str(args.out), "PNG"):
            raise CommandError(f"could not write {args.out}")
        window.close()
    store.close()
    print(f"Wrote {args.out} ({args.size[0]}x{args.size[1]}, view {args.view})")
    return 0
