"""The command line: ``warroom [options] [command ...]``.

The parser declares every option; ``dispatch`` validates the arguments of the chosen
command (opening nothing) and only then runs it. Without a command the window opens.
Refusals go to stderr as one sentence with exit code 2.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from app import __version__
from app.commands import (
    demo,
    export,
    gui,
    import_workbook,
    ingest,
    report,
    screenshot,
    simulate,
)
from app.commands.common import EXIT_USAGE, CommandError
from controllers.error_messages import user_message
from models.errors import WarRoomError
from models.records import Role

if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]

__all__ = ["COMMANDS", "EXIT_USAGE", "build_parser", "dispatch", "main"]

CAMPAIGN_ZONE = "Asia/Shanghai"
MIN_SIDE_PX, MAX_SIDE_PX = 200, 8000


class Command(Protocol):
    """A command module: ``validate`` checks (and converts) the arguments, ``run`` acts."""

    def validate(self, args: argparse.Namespace) -> None:
        """Refuse bad arguments; never opens the database or a window."""

    def run(self, args: argparse.Namespace) -> int:
        """Do the work; the return value is the exit code."""


COMMANDS: dict[str, Command] = {
    "demo": demo,
    "screenshot": screenshot,
    "ingest": ingest,
    "simulate": simulate,
    "export": export,
    "import": import_workbook,
    "report": report,
}


def parse_time(text: str) -> datetime:
    """An ISO time; without an offset it is read in the campaign time zone (Asia/Shanghai)."""
    from zoneinfo import ZoneInfo

    try:
        moment = datetime.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            f"not a time: {text!r} (use e.g. 2026-11-10T20:00 or 2026-11-10T20:00+08:00)"
        ) from error
    return moment if moment.tzinfo else moment.replace(tzinfo=ZoneInfo(CAMPAIGN_ZONE))


def parse_size(text: str) -> tuple[int, int]:
    """``WIDTHxHEIGHT`` in pixels, each side between 200 and 8000."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (use WIDTHxHEIGHT)") from error
    if not (MIN_SIDE_PX <= width <= MAX_SIDE_PX and MIN_SIDE_PX <= height <= MAX_SIDE_PX):
        raise argparse.ArgumentTypeError(f"size out of range: {text!r}")
    return width, height


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """The acting user, the database, the language and the clock, shared by most commands."""
    parser.add_argument("--user", help="acting user's name (default: the login name)")
    parser.add_argument(
        "--role", choices=[r.value for r in Role], help="acting user's role (default: commander)"
    )
    parser.add_argument("--unit", metavar="CODE", help="acting user's department, e.g. MKT")
    parser.add_argument("--db", type=Path, help="database file (default: the app data folder)")
    parser.add_argument("--lang", choices=["zh", "en"], help="UI language")
    parser.add_argument("--clock", type=parse_time, help="replay the campaign clock from TIME")
    parser.add_argument("--speed", type=float, default=1.0, help="replay speed with --clock")


def build_parser() -> argparse.ArgumentParser:
    """The ``warroom`` parser with every sub-command and its options."""
    parser = argparse.ArgumentParser(
        prog="warroom", description="War Room: a command centre for campaign war rooms."
    )
    parser.add_argument("--version", action="version", version=f"War Room {__version__}")
    add_common_options(parser)
    commands = parser.add_subparsers(dest="command")
    _add_demo(commands)
    _add_screenshot(commands)
    _add_ingest(commands)
    _add_simulate(commands)
    _add_export(commands)
    _add_import(commands)
    _add_report(commands)
    return parser


def _add_demo(commands: Subparsers) -> None:
    demo_parser = commands.add_parser("demo", help="rebuild the demo campaign in a database")
    add_common_options(demo_parser)
    demo_parser.add_argument(
        "--yes", action="store_true", help="replace existing data without asking"
    )


def _add_screenshot(commands: Subparsers) -> None:
    shot = commands.add_parser("screenshot", help="render a view offscreen to a PNG file")
    add_common_options(shot)
    shot.add_argument("out", type=Path, help="PNG file to write")
    shot.add_argument("--view", default="overview", help="view key, e.g. overview, dept-MER")
    shot.add_argument("--size", type=parse_size, default=(1920, 1080), help="WIDTHxHEIGHT")
    shot.add_argument("--theme", choices=["dark", "light"], default="dark")


def _add_ingest(commands: Subparsers) -> None:
    feed = commands.add_parser("ingest", help="load a CSV / JSON-lines metrics file")
    feed.add_argument("file", type=Path, help="CSV or JSON-lines file of samples")
    feed.add_argument("--db", type=Path, help="database file (default: the app data folder)")
    feed.add_argument(
        "--map",
        default="",
        help="field mapping, e.g. time=ts,metric=name,value=v or time=ts,gmv=GMV",
    )


def _add_simulate(commands: Subparsers) -> None:
    sim = commands.add_parser("simulate", help="write simulated Double-11 metrics")
    sim.add_argument("--db", type=Path, required=True, help="database file")
    sim.add_argument("--from", dest="start", type=parse_time, required=True, help="TIME")
    sim.add_argument("--to", dest="end", type=parse_time, required=True, help="TIME")
    sim.add_argument(
        "--speed", type=float, default=0.0, help="pace at N x real time (default: at once)"
    )
    sim.add_argument("--seed", type=int, default=1111, help="simulator seed")


def _add_export(commands: Subparsers) -> None:
    out = commands.add_parser("export", help="export the campaign to an Excel workbook")
    add_common_options(out)
    out.add_argument("out", type=Path, help="workbook to write (.xlsx)")
    out.add_argument(
        "--sheets", help="comma-separated: tasks,milestones,incidents,raci,budget,kpis"
    )
    out.add_argument("--department", help="only this department's rows, e.g. MKT")


def _add_import(commands: Subparsers) -> None:
    imp = commands.add_parser("import", help="preview and apply an edited Excel workbook")
    add_common_options(imp)
    imp.add_argument("path", type=Path, help="workbook to read (.xlsx)")
    imp.add_argument("--dry-run", action="store_true", help="only print the preview")
    imp.add_argument(
        "--conflicts", choices=["refuse", "keep", "take"], default="refuse",
        help="rows changed in both places: refuse the import (default), keep War Room's "
        "values, or take the file's",
    )  # fmt: skip
    imp.add_argument("--limit", type=int, default=500, help="preview lines to print")


def _add_report(commands: Subparsers) -> None:
    pdf = commands.add_parser("report", help="write the daily war-room report as a PDF")
    add_common_options(pdf)
    pdf.add_argument("out", type=Path, help="PDF file to write")


def dispatch(args: argparse.Namespace) -> int:
    """Validate the parsed arguments of the chosen command (or the window), then run it."""
    command: Command = gui if args.command is None else COMMANDS[args.command]
    command.validate(args)
    return command.run(args)


def main(argv: list[str] | None = None) -> int:
    """Parse ``argv`` (default: the process's), run the command; return the exit code."""
    args = build_parser().parse_args(argv)
    try:
        return dispatch(args)
    except (CommandError, WarRoomError) as error:
        print(f"warroom: {user_message(error)}", file=sys.stderr)
        return EXIT_USAGE
