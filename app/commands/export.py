"""``warroom export OUT.xlsx [--sheets tasks,budget] [--department MKT]``."""

from __future__ import annotations

import argparse

from app.commands.common import (
    CommandError,
    check_clock_options,
    check_output_file,
    make_clock,
    open_default_or_given_store,
)


def validate(args: argparse.Namespace) -> None:
    """Check the target and the clock; read ``--sheets`` into ``args.entities``."""
    from models.workbook import ENTITIES
    from models.workbook.schema import entity_for_sheet

    check_output_file(args.out, ".xlsx", "workbook")
    check_clock_options(args)
    args.entities = tuple(ENTITIES)
    if args.sheets:
        wanted = [entity_for_sheet(name) for name in args.sheets.split(",") if name.strip()]
        if None in wanted or not wanted:
            raise CommandError(
                f"unknown sheet in {args.sheets!r}; choose from {', '.join(ENTITIES)}"
            )
        args.entities = tuple(spec.key for spec in wanted if spec is not None)


def run(args: argparse.Namespace) -> int:
    """Write the chosen sheets of the campaign (or of one department) to the workbook."""
    from models.workbook import ExportOptions, export_workbook

    store = open_default_or_given_store(args)
    try:
        campaign = store.campaign.current()
        assert campaign is not None
        snapshot = store.workbook.snapshot(int(campaign.id or 0), args.entities)
        options = ExportOptions(args.entities, args.department, args.lang or "zh")
        try:
            summary = export_workbook(args.out, snapshot, options, make_clock(args).now())
        except ValueError as error:
            raise CommandError(str(error)) from error
    finally:
        store.close()
    rows = ", ".join(f"{key} {count}" for key, count in summary.rows.items())
    print(f"Wrote {args.out} ({rows})")
    return 0
