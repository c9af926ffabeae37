"""Start-up: a fresh process, from its start to the first paint of the overview.

The database holds the demo campaign and a full simulated event day (1.2M samples); the
clock replays the end of that day, so every chart has six hours of data to show. Each run
is a new ``python main.py`` process on the offscreen platform with its own empty settings
and log folders. Baseline, measured in the same run (interleaved): every page built
before the window shows, as start-up did before pages were built on first visit.

python -m bench startup
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.harness import Result

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5
SIMULATED_DAY = ("2026-11-10T20:00", "2026-11-11T23:59")
CLOCK = "2026-11-11T23:00"
CHILD_TIMEOUT_S = 120
PAINTED = "first-paint-at "


def _warroom(*args: str) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=ROOT, check=True, capture_output=True, text=True,
    )  # fmt: skip


def make_event_day_database(folder: Path) -> Path:
    """The demo campaign plus the simulated Double-11 day, built with the app's commands."""
    db = folder / "event-day.sqlite"
    _warroom("demo", "--db", str(db), "--yes")
    _warroom("simulate", "--db", str(db), "--from", SIMULATED_DAY[0], "--to", SIMULATED_DAY[1])
    return db


def first_paint_seconds(db: Path, *, eager: bool) -> float:
    """Seconds from spawning a fresh app process to the first paint of its overview."""
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        # Fresh settings and logs per run, never the user's own.
        env["XDG_CONFIG_HOME"] = str(Path(home) / "config")
        env["XDG_STATE_HOME"] = str(Path(home) / "state")
        env["XDG_DATA_HOME"] = str(Path(home) / "data")
        command = [sys.executable, "-m", "bench.bench_startup", "--db", str(db), "--clock", CLOCK]
        if eager:
            command.append("--eager")
        start = time.monotonic()  # CLOCK_MONOTONIC: the same clock in the child
        done = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=CHILD_TIMEOUT_S
        )
    painted = [line for line in done.stdout.splitlines() if line.startswith(PAINTED)]
    if done.returncode != 0 or not painted:
        raise RuntimeError(f"start-up run failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return float(painted[0].removeprefix(PAINTED)) - start


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as folder:
        db = make_event_day_database(Path(folder))
        first_paint_seconds(db, eager=False)  # warms the file cache for both ways
        lazy, eager = [], []
        for _ in range(RUNS):  # interleaved, so a busy moment of the machine hits both
            eager.append(first_paint_seconds(db, eager=True))
            lazy.append(first_paint_seconds(db, eager=False))
    return [
        Result(
            "start to first paint of the overview (event-day DB)",
            statistics.median(lazy) * 1000,
            "ms",
            statistics.median(eager) * 1000,
        )
    ]


# -- the child process: the app as `warroom` starts it, stopped at the first paint -----------


def _child(argv: list[str]) -> int:
    """``main.main(argv)`` with two hooks on the window: print the time of the overview's
    first paint and quit there; with ``--eager`` build every page before the window shows."""
    eager = "--eager" in argv
    app_args = [arg for arg in argv if arg != "--eager"]

    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    import main
    from ui.shell.main_window import MainWindow

    class FirstPaint(QObject):
        """Prints the monotonic time of the first paint of the watched widget, then quits."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                print(f"{PAINTED}{time.monotonic()!r}", flush=True)
                QApplication.quit()
            return False

    show = MainWindow.show

    def show_and_watch(window: MainWindow) -> None:
        if eager:
            window.build_all_pages()
        overview = window.view_widget("overview")
        overview.installEventFilter(FirstPaint(overview))
        show(window)

    MainWindow.show = show_and_watch  # type: ignore[method-assign]
    return main.main(app_args)


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1:]))
