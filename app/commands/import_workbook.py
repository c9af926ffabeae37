"""``warroom import IN.xlsx [--dry-run] [--conflicts refuse|keep|take]``.

(The module cannot be called ``import``: that is a Python keyword.)
"""

from __future__ import annotations

import argparse
import sys

from app.commands.common import CommandError, acting_user, open_default_or_given_store


def validate(args: argparse.Namespace) -> None:
    """Refuse a missing workbook, in the language asked for, before the database opens."""
    from models.workbook import WorkbookRefused

    if not args.path.is_file():
        refusal = WorkbookRefused("no_file", path=str(args.path))
        raise CommandError(refusal.message(args.lang or "en"))


def run(args: argparse.Namespace) -> int:
    """Print the preview; apply it unless dry-run. Exit 1 when anything is rejected."""
    from models.workbook import Resolution, WorkbookRefused, plan_import

    language = args.lang or "en"
    store = open_default_or_given_store(args)
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
