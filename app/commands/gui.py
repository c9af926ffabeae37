"""``warroom [--db PATH] [--lang zh|en] [--clock TIME]``: open the War Room window."""

from __future__ import annotations

import argparse
import os
import sys

from app.commands.common import (
    EXIT_USAGE,
    CommandError,
    acting_user,
    check_clock_options,
    default_database_path,
    make_clock,
    open_campaign_store,
)


def validate(args: argparse.Namespace) -> None:
    """A clock that moves forward; the rest needs the database or the display."""
    check_clock_options(args)


def has_display() -> bool:
    """Whether Qt can show a window here (a non-desktop platform such as offscreen counts)."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(args: argparse.Namespace) -> int:
    """Start logging and crash handling, open the database once, show the window, run."""
    if not has_display():
        raise CommandError(
            "no display found (DISPLAY is not set). Run it on a virtual screen with "
            "'xvfb-run -a warroom', or render views to PNG with 'warroom screenshot out.png'."
        )
    database = args.db if args.db else default_database_path()
    # The file's integrity check (a read of the whole file, in SQLite's C code) runs on its
    # own thread while the window's modules import; the store waits for it before opening.
    from models.store import IntegrityCheck

    integrity = IntegrityCheck(database)

    from PySide6.QtCore import QSettings

    from app.assembly import build_app
    from app.crash import install_crash_handlers
    from app.housekeeping import start_housekeeping
    from app.logs import setup_logging
    from app.qt_application import create_qt_application
    from controllers.error_messages import user_message
    from models.errors import WarRoomError
    from ui.common import dialogs
    from ui.shell.single_instance import SingleInstance

    log_path = setup_logging()
    app = create_qt_application(sys.argv)
    install_crash_handlers(log_path)
    actor = acting_user(args)
    instance = SingleInstance(database.expanduser().resolve(), app)
    if database.parent.is_dir() and not instance.acquire():
        print(f"War Room is already open on {database}; raised its window.")
        return 0
    try:
        store = open_campaign_store(database, actor, integrity)
    except WarRoomError as error:
        dialogs.show_error(None, "War Room", user_message(error))
        print(f"warroom: {user_message(error)}", file=sys.stderr)
        return EXIT_USAGE
    parts = build_app(app, store, QSettings(), make_clock(args), actor, args.lang)
    parts.window.set_log_path(log_path)
    instance.set_window(parts.window)
    app.aboutToQuit.connect(instance.release)
    parts.window.show()
    # The first backup and the live sources wait for the first paint: the window shows sooner.
    parts.window.first_painted.connect(lambda: start_housekeeping(app, parts))
    app.aboutToQuit.connect(store.close)
    return app.exec()
