"""Arguments are refused before any database is opened (or created)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import main
from app import cli

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def store_never_opened(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if anything opens a database."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the database was opened before the arguments were checked")

    monkeypatch.setattr("models.store.open_store", refuse)


def test_main_module_is_the_command_line():
    assert main.main is cli.main


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["screenshot", "{tmp}/x.png", "--view", "nope"], "unknown view 'nope'"),
        (["screenshot", "{tmp}/x.png", "--view", "dept-"], "unknown view 'dept-'"),
        (["screenshot", "{tmp}/x.jpg"], "must end in .png"),
        (["screenshot", "{tmp}/no/x.png"], "folder does not exist"),
        (["screenshot", "{tmp}/x.png", "--speed", "0"], "--speed must be positive"),
        (["ingest", "{tmp}/feed.csv", "--map", "a"], "key=field"),
        (["ingest", "{tmp}/feed.csv", "--map", "time=ts,time=t"], "twice"),
        (["export", "{tmp}/out.csv"], "must end in .xlsx"),
        (["export", "{tmp}/out.xlsx", "--sheets", "nonsense"], "unknown sheet"),
        (["import", "{tmp}/missing.xlsx", "--lang", "en"], "The file does not exist"),
        (["report", "{tmp}/daily.png"], "must end in .pdf"),
        (["report", "{tmp}/daily.pdf", "--speed", "-1"], "--speed must be positive"),
        (["simulate", "--from", "2026-11-11T01:00", "--to", "2026-11-11T00:00"], "--to must"),
    ],
)
def test_bad_arguments_are_refused_before_the_database_is_opened(
    tmp_path: Path, capsys, store_never_opened, args: list[str], message: str
):
    db = tmp_path / "never.sqlite"
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args] + ["--db", str(db)]
    assert cli.main(argv) == cli.EXIT_USAGE
    assert message in capsys.readouterr().err
    assert not db.exists()


def test_an_unknown_view_lists_the_views_before_opening(tmp_path: Path, capsys, store_never_opened):
    cli.main(["screenshot", str(tmp_path / "x.png"), "--view", "nope"])
    offered = capsys.readouterr().err.split("choose from: ")[1].strip().split(", ")
    assert offered[:2] == ["overview", "dept-CODE"]
    assert {"checklist", "timeline", "metrics", "budget", "audit"} <= set(offered)


def test_a_good_map_is_parsed_once_for_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from app.commands import ingest

    ran = []
    monkeypatch.setattr(ingest, "run", lambda args: ran.append(args.mapping) or 0)
    assert cli.main(["ingest", str(tmp_path / "f.csv"), "--map", "time=ts,gmv=GMV"]) == 0
    assert ran and ran[0].time == "ts" and ran[0].columns == {"gmv": "GMV"}


def test_an_unknown_department_is_refused_after_opening_with_the_real_rooms(tmp_path: Path):
    db = tmp_path / "demo.sqlite"
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "screenshot", str(tmp_path / "x.png"),
         "--view", "dept-NOPE", "--db", str(db)],
        capture_output=True, text=True, timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )  # fmt: skip
    assert result.returncode == 2
    assert "unknown view 'dept-NOPE'" in result.stderr and "dept-MER" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.png").exists()
