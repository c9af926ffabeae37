"""The command line: headless commands, clear errors on stderr with exit code 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__, cli
from models.records import Actor
from models.store import open_store

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(ROOT)},
    )


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"War Room {__version__}"


def test_demo_builds_a_database_and_refuses_to_replace_without_consent(tmp_path: Path):
    db = tmp_path / "demo.sqlite"
    assert cli.main(["demo", "--db", str(db)]) == 0
    store = open_store(db)
    assert len(store.plan.tasks(1)) >= 120
    store.plan.update_task(Actor("someone"), 1, note="mine")
    store.close()
    result = run("demo", "--db", str(db))  # no terminal on stdin: must not replace silently
    assert result.returncode == 2
    assert "pass --yes" in result.stderr
    assert _note_of_first_task(db) == "mine"
    assert cli.main(["demo", "--db", str(db), "--yes"]) == 0
    assert _note_of_first_task(db) == ""


def _note_of_first_task(db: Path) -> str:
    store = open_store(db)
    try:
        return store.plan.task(1).note
    finally:
        store.close()


def test_non_sqlite_database_is_refused_on_the_command_line(tmp_path: Path, capsys):
    db = tmp_path / "budget.xlsx"
    db.write_bytes(b"PK\x03\x04 not a database at all" * 10)
    before = db.read_bytes()
    assert cli.main(["demo", "--db", str(db), "--yes"]) == 2
    assert "This file is not a War Room database" in capsys.readouterr().err
    assert db.read_bytes() == before


def test_gui_without_display_explains_what_to_do():
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", "/nonexistent/x.sqlite"],
        capture_output=True, text=True, timeout=60, env={"PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert result.returncode == 2
    assert "no display" in result.stderr and "xvfb-run" in result.stderr
    assert "Traceback" not in result.stderr


def test_screenshot_writes_a_png_of_the_requested_view(tmp_path: Path):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage

    headings = []
    for view in ("dept-MER", "dept-TECH"):
        out = tmp_path / f"{view}.png"
        result = run(
            "screenshot", str(out), "--view", view, "--size", "1280x720", "--lang", "en",
            "--clock", "2026-11-10T20:00",
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        image = QImage(str(out))
        assert (image.width(), image.height()) == (1280, 720)  # a laptop screen fits
        # The view's heading (the department name) sits at the top left, right of the
        # navigation; live charts below it change from run to run, the heading does not.
        headings.append(image.copy(QRect(270, 25, 330, 55)))
    assert headings[0] != headings[1], "both screenshots show the same view"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["screenshot", "x.png", "--view", "nope"], "unknown view 'nope'"),
        (["screenshot", "x.jpg"], "must end in .png"),
        (["screenshot", "x.png", "--size", "big"], "not a size"),
        (["--clock", "yesterday"], "not a time"),
    ],
)
def test_bad_arguments_give_a_clear_message_and_exit_2(tmp_path: Path, args, message):
    args = [str(tmp_path / a) if a.endswith((".png", ".jpg")) else a for a in args]
    result = run(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_acting_user_options_reach_the_audit_log(tmp_path: Path):
    db = tmp_path / "who.sqlite"
    assert cli.main(["demo", "--db", str(db), "--user", "qian.fang", "--role", "finance"]) == 0
    store = open_store(db)
    actors = {entry.actor for entry in store.audit_entries(limit=1_000_000)}
    store.close()
    assert actors == {"qian.fang"}


def test_unknown_role_is_refused():
    result = run("demo", "--role", "emperor")
    assert result.returncode == 2
    assert "invalid choice: 'emperor'" in result.stderr
