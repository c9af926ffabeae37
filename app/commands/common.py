"""What several commands share: the acting user, the clock, the database and its path."""

from __future__ import annotations

import argparse
import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from models.clock import Clock
from models.records import Actor, Role

if TYPE_CHECKING:
    from controllers.metrics.metrics_controller import MetricsController
    from models.store import IntegrityCheck, Store


# The exit code of a refused command (argparse uses it for bad options too).
EXIT_USAGE = 2


class CommandError(Exception):
    """A command-line failure: printed to stderr, exit code 2."""


def acting_user(args: argparse.Namespace) -> Actor:
    """The person at the keyboard: ``--user``/``--role``/``--unit``, else the OS login
    as commander. Permissions and the audit log key on this one value."""
    name = getattr(args, "user", None)
    if not name:
        try:
            name = getpass.getuser()
        except (KeyError, OSError):
            name = "operator"
    role = Role(getattr(args, "role", None) or Role.COMMANDER.value)
    return Actor(name, role, getattr(args, "unit", None))


def check_clock_options(args: argparse.Namespace) -> None:
    """Refuse a replay speed that would stop or reverse the clock."""
    if args.speed <= 0:
        raise CommandError("--speed must be positive")


def make_clock(args: argparse.Namespace) -> Clock:
    """The campaign clock: live, or replayed from ``--clock`` at ``--speed``."""
    check_clock_options(args)
    return Clock(args.clock, args.speed) if args.clock else Clock()


def check_output_file(path: Path, suffix: str, kind: str) -> None:
    """Refuse an output file with the wrong suffix or in a folder that does not exist."""
    if path.suffix.lower() != suffix:
        raise CommandError(f"the {kind} file must end in {suffix}: {path}")
    if not path.parent.is_dir():
        raise CommandError(f"the folder does not exist: {path.parent}")


def default_database_path() -> Path:
    """``warroom.sqlite`` in the platform's data folder for War Room (created when missing)."""
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("WarRoom", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "warroom.sqlite"


def open_campaign_store(
    db: Path | None, actor: Actor, integrity: IntegrityCheck | None = None
) -> Store:
    """Open (or create) the database; an empty one gets the demo campaign.

    ``integrity``: the file's integrity check, if started early (see ``gui.run``)."""
    from models.store import open_store

    store = open_store(db, integrity=integrity)
    if store.campaign.current() is None:
        from models.demo.builder import build_demo  # only for an empty database

        build_demo(store, actor)
    return store


def open_default_or_given_store(args: argparse.Namespace) -> Store:
    """The store of ``--db``, else of the default database path."""
    return open_campaign_store(args.db if args.db else default_database_path(), acting_user(args))


@contextmanager
def headless_metrics(store: Store, clock: Clock) -> Iterator[MetricsController]:
    """A metrics controller without a window (alert rules still apply on ingest).

    Its Qt objects end when the block does: left to Python's garbage collector, the
    parentless campaign and its children could be freed in the wrong order (a crash).
    """
    from PySide6.QtCore import QSettings
    from shiboken6 import Shiboken

    from controllers.campaign_controller import CampaignController
    from controllers.metrics.metrics_controller import MetricsController
    from controllers.notifier import Notifier
    from controllers.settings import APPLICATION, ORGANIZATION, Settings

    # The user's own settings (simulator seed, sound) as the window would use them.
    settings = Settings(QSettings(ORGANIZATION, APPLICATION))
    campaign = CampaignController(store, clock)
    try:
        yield MetricsController(campaign, settings, Notifier(campaign), campaign)
    finally:
        Shiboken.delete(campaign)
