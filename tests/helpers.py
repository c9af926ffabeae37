"""Small helpers for GUI tests."""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
PR_CAPBSET_DROP = 24
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 1, 2
NO_CAPABILITY_CONTROL = 77
LIBC = ctypes.CDLL(None, use_errno=True)  # loaded here: the child only calls it


def activate(window: QWidget) -> None:
    """Make ``window`` the active window so its shortcuts fire.

    The offscreen platform ignores ``activateWindow()``; the deprecated
    ``QApplication.setActiveWindow`` still does the job there.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)


def _meet_file_permissions() -> None:
    """Run in a child before it starts: root ignores file permissions (the two capabilities
    below), so drop them and the child meets an unreadable file or a read-only folder as
    any user does."""
    if os.geteuid() != 0:
        return
    for capability in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if LIBC.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            os._exit(NO_CAPABILITY_CONTROL)


def run_meeting_file_permissions(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run Python ``code`` with ``args`` in a child from the project folder that file
    permissions apply to, even when the tests run as root; skips the test when root may
    not give up its override (a container without the capability to drop it)."""
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT, capture_output=True, text=True, preexec_fn=_meet_file_permissions,
    )  # fmt: skip
    if done.returncode == NO_CAPABILITY_CONTROL:
        pytest.skip("running as root without the right to drop its permission override")
    return done
