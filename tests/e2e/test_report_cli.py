"""``warroom report OUT.pdf``: a valid PDF from the command line, clean failures."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli
from app.commands.common import CommandError
from ui.report.report_pdf import ReportError

ROOT = Path(__file__).resolve().parents[2]


def parse(*argv: str) -> argparse.Namespace:
    """The sub-command as the command line declares it."""
    return cli.build_parser().parse_args(["report", *argv])


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    db = tmp_path / "demo.sqlite"
    assert cli.main(["demo", "--db", str(db)]) == 0
    return db


def test_report_command_writes_a_pdf(qapp, demo_db: Path, tmp_path: Path, capsys):
    out = tmp_path / "report.pdf"
    args = parse(str(out), "--db", str(demo_db), "--lang", "en", "--clock", "2026-11-11T09:00")
    try:
        assert cli.dispatch(args) == 0
    finally:
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(data) > 20_000
    assert "Wrote" in capsys.readouterr().out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.sqlite", "report.pdf"]


def test_report_command_refuses_bad_targets_and_writes_nothing(qapp, demo_db: Path, tmp_path):
    with pytest.raises(CommandError, match=r"must end in \.pdf"):
        cli.dispatch(parse(str(tmp_path / "report.png"), "--db", str(demo_db)))
    with pytest.raises(CommandError, match="folder does not exist"):
        cli.dispatch(parse(str(tmp_path / "no" / "r.pdf"), "--db", str(demo_db)))
    taken = tmp_path / "taken.pdf"
    taken.mkdir()
    with pytest.raises(ReportError, match="is a folder"):
        cli.dispatch(parse(str(taken), "--db", str(demo_db), "--lang", "en"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.sqlite", "taken.pdf"]


@pytest.mark.skipif("report" not in cli.COMMANDS, reason="the command line lacks it")
def test_warroom_report_exit_codes(demo_db: Path, tmp_path: Path):
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "report", *args],
            capture_output=True, text=True, timeout=120,
            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        )  # fmt: skip

    out = tmp_path / "daily.pdf"
    done = run(str(out), "--db", str(demo_db), "--lang", "zh", "--clock", "2026-11-11T09:00")
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    failed = run(str(blocker / "daily.pdf"), "--db", str(demo_db))
    assert failed.returncode == 2
    assert "folder does not exist" in failed.stderr
    assert not (tmp_path / "file" / "daily.pdf").exists()
