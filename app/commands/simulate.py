"""``warroom simulate --db PATH --from TIME --to TIME``: write simulated Double-11 metrics."""

from __future__ import annotations

import argparse

from app.commands.common import CommandError, acting_user, headless_metrics, open_campaign_store


def validate(args: argparse.Namespace) -> None:
    """A window that moves forward, at a pace of zero (at once) or more."""
    if args.end <= args.start:
        raise CommandError("--to must be later than --from")
    if args.speed < 0:
        raise CommandError("--speed must be positive (or 0 for as fast as possible)")


def run(args: argparse.Namespace) -> int:
    """Feed the simulator's samples from ``--from`` to ``--to``, at once or paced."""
    import time as wall
    from datetime import timedelta

    from models.clock import FixedClock

    store = open_campaign_store(args.db, acting_user(args))
    clock = FixedClock(args.start if args.speed else args.end)
    alerts: list[object] = []
    try:
        with headless_metrics(store, clock) as metrics:
            metrics.alert_raised.connect(alerts.append)
            name = metrics.sources.add_simulator(args.seed, start=int(args.start.timestamp()))
            if not args.speed:
                metrics.sources.poll_until_current(name, limit=10_000)
            else:
                began = wall.monotonic()
                while clock.now() < args.end:
                    wall.sleep(1.0)
                    reached = args.start + timedelta(
                        seconds=(wall.monotonic() - began) * args.speed
                    )
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
