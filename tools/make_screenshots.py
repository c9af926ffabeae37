"""Render the README screenshots into docs/ with the screenshot command (offscreen).

.venv/bin/python tools/make_screenshots.py            # every view, both languages
.venv/bin/python tools/make_screenshots.py overview   # only views whose key matches
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The demo's eve of D-day: traffic ramps from 20:00, the countdown shows four hours.
CLOCK = "2026-11-10T20:00"
VIEWS = {
    "overview": "overview",
    "dept-MER": "department_mer",
    "checklist": "checklist",
    "gates": "gates",
    "timeline": "timeline",
    "board": "board",
    "budget": "budget",
}
# Pictures that need more than the screenshot command: the live day at 00:30 with a file
# feed, the import preview dialog over an edited workbook, the new-task form and a
# milestone move preview.
SPECIAL = ["metrics_screenshots.py", "import_preview_screenshots.py", "plan_dialog_screenshots.py"]


def main() -> int:
    wanted = sys.argv[1:]
    for view, name in VIEWS.items():
        if wanted and not any(w in view for w in wanted):
            continue
        for lang in ("zh", "en"):
            out = ROOT / "docs" / f"{name}_{lang}.png"
            command = [
                sys.executable, str(ROOT / "main.py"), "screenshot", str(out), "--view", view,
                "--lang", lang, "--clock", CLOCK, "--size", "1920x1080",
            ]  # fmt: skip
            subprocess.run(command, check=True)
    if not wanted:
        for script in SPECIAL:
            subprocess.run([sys.executable, str(ROOT / "tools" / script)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
