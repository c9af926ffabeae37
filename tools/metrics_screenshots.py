"""Render the live-metrics screenshots into docs/ (offscreen), both languages.

.venv/bin/python tools/metrics_screenshots.py

The campaign clock stands at 00:30 on 11 Nov, half an hour after the midnight spike; the
simulator backfills the day up to then, as a running app would have recorded it. The
sources view also follows a small CSV feed with a few bad lines, so the refusal counts
by reason are visible.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

AT = datetime(2026, 11, 11, 0, 30, tzinfo=ZoneInfo("Asia/Shanghai"))
SHOTS = {
    "overview": "overview_live",
    "metrics": "metrics",
    "alerts": "metric_alerts",
    "sources": "sources",
    "dept-TECH": "department_tech_live",
}
# Its seconds follow the simulator's last one (00:30:00): a second already stored by the
# simulator would be refused as a duplicate, not written over.
FEED = """timestamp,metric,value
2026-11-11T00:30:01,qps,512000
2026-11-11T00:30:02,qps,515500
2026-11-11T00:30:02,qps,515500
2026-11-11T00:30:03,qps,NaN
2026-11-11T00:30:04,stock_A,12
2026-11-11T00:30:04,qps,five hundred
2026-11-10T22:00:00,qps,180000
2026-11-11T00:30:05+08:00,qps,519000
"""


def render(language: str, folder: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.assembly import build_app
    from app.commands.common import acting_user, open_campaign_store
    from app.qt_application import create_qt_application
    from models.clock import FixedClock
    from ui.common import dialogs

    actor = acting_user(argparse.Namespace())
    store = open_campaign_store(None, actor)
    app = create_qt_application([sys.argv[0]])
    dialogs.set_headless(True)
    qsettings = QSettings(str(folder / f"settings_{language}.ini"), QSettings.Format.IniFormat)
    parts = build_app(app, store, qsettings, FixedClock(AT), actor, language)
    metrics = parts.metrics
    assert metrics is not None
    metrics.sources.poll_until_current("simulator")
    feed = folder / "ops_feed.csv"
    feed.write_text(FEED, encoding="utf-8")
    metrics.sources.poll(metrics.sources.add_file_feed(feed))
    parts.overview.overview_changed.emit()
    window = parts.window
    window.resize(1920, 1080)
    window.show()
    for view, name in SHOTS.items():
        window.show_view(view)
        for _ in range(8):
            QApplication.processEvents()
        out = ROOT / "docs" / f"{name}_{language}.png"
        window.grab().save(str(out), "PNG")
        print(f"wrote {out}")
    window.close()
    store.close()


def main() -> int:
    if len(sys.argv) > 1:  # one language per process: no widgets survive a closed store
        with tempfile.TemporaryDirectory() as folder:
            render(sys.argv[1], Path(folder))
        return 0
    for language in ("zh", "en"):
        subprocess.run([sys.executable, __file__, language], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
