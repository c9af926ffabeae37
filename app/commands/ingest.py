"""``warroom ingest FILE [--db PATH] [--map SPEC]``: load a CSV / JSON-lines metrics file."""

from __future__ import annotations

import argparse

from app.commands.common import headless_metrics, open_default_or_given_store


def validate(args: argparse.Namespace) -> None:
    """Parse ``--map`` into ``args.mapping``; a bad spec is refused (``ValidationError``)."""
    from models.metrics.feed_mapping import FieldMapping

    args.mapping = FieldMapping.parse(args.map)


def run(args: argparse.Namespace) -> int:
    """Store all accepted samples or none, and print the counts by refusal reason."""
    from models.clock import Clock
    from models.metrics.feeds import read_whole_file

    store = open_default_or_given_store(args)
    try:
        known = {m.code for m in store.metrics.metrics()}
        batch = read_whole_file(args.file, args.mapping, known)
        alerts: list[object] = []
        with headless_metrics(store, Clock()) as metrics:
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
