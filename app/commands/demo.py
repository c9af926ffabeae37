"""``warroom demo --db PATH [--yes]``: rebuild the demo campaign in a database."""

from __future__ import annotations

import argparse
import sys

from app.commands.common import CommandError, acting_user


def validate(args: argparse.Namespace) -> None:
    """The demo is never written into the default database by accident: ``--db`` is needed."""
    if args.db is None:
        raise CommandError("warroom demo needs --db PATH")


def run(args: argparse.Namespace) -> int:
    """Replace the database's campaign with the demo, asking first unless ``--yes``."""
    from models.demo.builder import build_demo
    from models.store import open_store

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
