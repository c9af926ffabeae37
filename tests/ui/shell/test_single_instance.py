"""A second launch on the same database raises the first window instead of opening another."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from ui.shell.single_instance import SingleInstance


def test_second_instance_is_refused_and_raises_the_first(qtbot, tmp_path: Path):
    database = tmp_path / "room.sqlite"
    first = SingleInstance(database)
    assert first.acquire()
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()  # the running app sits minimised in the taskbar
    first.set_window(window)
    second = SingleInstance(database)
    assert not second.acquire()
    qtbot.waitUntil(lambda: window.isVisible() and not window.isMinimized(), timeout=3000)
    first.release()
    third = SingleInstance(database)
    assert third.acquire(), "after the first quits, a new launch may open the database"
    third.release()
    QApplication.processEvents()


def test_other_databases_do_not_block_each_other(tmp_path: Path):
    one, two = SingleInstance(tmp_path / "a.sqlite"), SingleInstance(tmp_path / "b.sqlite")
    assert one.acquire() and two.acquire()
    one.release()
    two.release()
