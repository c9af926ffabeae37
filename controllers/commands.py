"""Headless command-line commands: demo, ingest, simulate, export, import.

``main.py`` parses the arguments and dispatches here; these functions never create
widgets. A ``CommandError`` is printed to stderr by ``main`` with exit code 2.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from models.clock import Clock
from models.records import Actor, Role

if TYPE_CHECKING:
    from controllers.metrics.metrics_controller import MetricsController
    from models.store import Store


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


def default_database_path() -> Path:
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("WarRoom", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "warroom.sqlite"


def open_campaign_store(db: Path | None, actor: Actor) -> Store:
    """Open (or create) the database; an empty one gets the demo campaign."""
    from models.demo.builder import build_demo
    from models.store import open_store

    store = open_store(db)
    if store.campaign.current() is None:
        build_demo(store, actor)
    return store


def command_demo(args: argparse.Namespace) -> int:
    from models.demo.builder import build_demo
    from models.store import open_store

    if args.db is None:
        raise CommandError("warroom demo needs --db PATH")
    actor = acting_user(args)
    store = open_store(args.db)
    try:
        if store.campaign.current() is not None and not args.yes:
            if not sys.stdin.isatty():
                raise CommandError(f"{args.db} already holds a campaign; pass --yes to replace it")
            answer = input(f"{args.db} already holds a campaign. Replace it? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                print("Nothing changed.")
                return 0
        with store.atomic():
            store.campaign.delete_all(actor)
            build_demo(store, actor)
    finally:
        store.close()
    print(f"Demo campaign written to {args.db}")
    return 0


def _headless_metrics(store: Store, clock: Clock) -> MetricsController:
    """A metrics controller without a window (alert rules still apply on ingest)."""
    from PySide6.QtCore import QSettings

    from controllers.campaign_controller import CampaignController
    from controllers.metrics.metrics_controller import MetricsController
    from controllers.notifier import Notifier
    from controllers.settings import APPLICATION, ORGANIZATION, Settings

    # The user's own settings (simulator seed, sound) as the window would use them.
    settings = Settings(QSettings(ORGANIZATION, APPLICATION))
    return MetricsController(CampaignController(store, clock), settings, Notifier())


def command_ingest(args: argparse.Namespace) -> int:
    """warroom ingest FILE [--db PATH] [--map SPEC]: all accepted samples or none."""
    from models.clock import Clock
    from models.metrics.feed_mapping import FieldMapping
    from models.metrics.feeds import read_whole_file

    store = open_campaign_store(args.db if args.db else default_database_path(), acting_user(args))
    try:
        known = {m.code for m in store.metrics.metrics()}
        batch = read_whole_file(args.file, FieldMapping.parse(args.map), known)
        metrics = _headless_metrics(store, Clock())
        alerts = []
        metrics.alert_raised.connect(alerts.append)
        metrics.ingest(batch, f"file:{args.file.name}")  # stored before: duplicates
    finally:
        store.close()
    per_metric = ", ".join(f"{code} {len(t):,}" for code, (t, _v) in sorted(batch.series.items()))
    print(f"Accepted {batch.accepted:,} samples" + (f" ({per_metric})" if per_metric else ""))
    refused = sum(batch.rejected.values())
    reasons = ", ".join(
        f"{code.replace('_', ' ')} {n:,}" for code, n in sorted(batch.rejected.items())
    )
    print(f"Rejected {refused:,}" + (f": {reasons}" if reasons else ""))
    if batch.reordered or batch.gaps:
        print(f"Put back in time order: {batch.reordered:,}; gaps over 2 minutes: {batch.gaps:,}")
    if alerts:
        print(f"Alerts raised: {len(alerts)}")
    return 0


def command_simulate(args: argparse.Namespace) -> int:
    """warroom simulate --db PATH --from TIME --to TIME [--speed N] [--seed N]."""
    import time as wall
    from datetime import timedelta

    from models.clock import FixedClock

    if args.end <= args.start:
        raise CommandError("--to must be later than --from")
    if args.speed < 0:
        raise CommandError("--speed must be positive (or 0 for as fast as possible)")
    store = open_campaign_store(args.db, acting_user(args))
    clock = FixedClock(args.start if args.speed else args.end)
    alerts: list[object] = []
    try:
        metrics = _headless_metrics(store, clock)
        metrics.alert_raised.connect(alerts.append)
        name = metrics.sources.add_simulator(args.seed, start=int(args.start.timestamp()))
        if not args.speed:
            metrics.sources.poll_until_current(name, limit=10_000)
        else:
            began = wall.monotonic()
            while clock.now() < args.end:
                wall.sleep(1.0)
                reached = args.start + timedelta(seconds=(wall.monotonic() - began) * args.speed)
                clock.advance(min(reached, args.end) - clock.now())
                metrics.sources.poll(name)
                print(f"\r{clock.now().astimezone(args.start.tzinfo):%m-%d %H:%M:%S}", end="")
            print()
        accepted = metrics.sources.health()[0].accepted
    finally:
        store.close()
    print(
        f"Simulated {args.start:%Y-%m-%d %H:%M} to {args.end:%Y-%m-%d %H:%M} (seed {args.seed}): "
        f"{accepted:,} samples, {len(alerts)} alerts raised, into {args.db}"
    )
    return 0


def make_clock(args: argparse.Namespace) -> Clock:
    if args.speed <= 0:
        raise CommandError("--speed must be positive")
    return Clock(args.clock, args.speed) if args.clock else Clock()


def _workbook_store(args: argparse.Namespace) -> Store:
    return open_campaign_store(args.db if args.db else default_database_path(), acting_user(args))


def command_export(args: argparse.Namespace) -> int:
    """warroom export OUT.xlsx [--sheets tasks,budget] [--department MKT]."""
    from models.workbook import ENTITIES, ExportOptions, export_workbook
    from models.workbook.schema import entity_for_sheet

    if args.out.suffix.lower() != ".xlsx":
        raise CommandError(f"the workbook file must end in .xlsx: {args.out}")
    if not args.out.parent.exists():
        raise CommandError(f"the folder does not exist: {args.out.parent}")
    entities = tuple(ENTITIES)
    if args.sheets:
        wanted = [entity_for_sheet(name) for name in args.sheets.split(",") if name.strip()]
        if None in wanted or not wanted:
            raise CommandError(
                f"unknown sheet in {args.sheets!r}; choose from {', '.join(ENTITIES)}"
            )
        entities = tuple(spec.key for spec in wanted if spec is not None)
    store = _workbook_store(args)
    try:
        campaign = store.campaign.current()
        assert campaign is not None
        snapshot = store.workbook.snapshot(int(campaign.id or 0), entities)
        options = ExportOptions(entities, args.department, args.lang or "zh")
        try:
            summary = export_workbook(args.out, snapshot, options, make_clock(args).now())
        except ValueError as error:
            raise CommandError(str(error)) from error
    finally:
        store.close()
    rows = ", ".join(f"{key} {count}" for key, count in summary.rows.items())
    print(f"Wrote {args.out} ({rows})")
    return 0


def command_import(args: argparse.Namespace) -> int:
    """warroom import IN.xlsx [--dry-run]: print the preview; exit 1 when anything is rejected."""
    from models.workbook import Resolution, WorkbookRefused, plan_import

    language = args.lang or "en"
    store = _workbook_store(args)
    try:
        campaign = store.campaign.current()
        assert campaign is not None
        repository = store.workbook
        try:
            plan = plan_import(args.path, repository.snapshot(int(campaign.id or 0)), language)
        except WorkbookRefused as error:
            # The refusal in the language asked for; the exception's own text is English.
            raise CommandError(error.message(language)) from error
        print(plan.report(limit=args.limit))
        resolution = Resolution(args.conflicts)
        if plan.errors:
            print(f"Rejected: {len(plan.errors)} error(s); nothing was imported.", file=sys.stderr)
            return 1
        if plan.conflicts and resolution is Resolution.REFUSE:
            print(
                f"Rejected: {len(plan.conflicts)} conflict(s); rerun with --conflicts keep or "
                "--conflicts take. Nothing was imported.",
                file=sys.stderr,
            )
            return 1
        if args.dry_run or plan.is_empty:
            print("Dry run: nothing was imported." if args.dry_run else "Nothing to import.")
            return 0
        repository.apply_plan(acting_user(args), plan, resolution)
    finally:
        store.close()
    counts = plan.counts()
    print(f"Imported: {counts['added']} added, {counts['changed']} changed, "
          f"{counts['deleted']} deleted.")  # fmt: skip
    return 0
