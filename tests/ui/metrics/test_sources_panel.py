"""The sources panel after a restart: a file read again shows its repeats as duplicates."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from controllers.campaign_controller import CampaignController
from controllers.metrics.metrics_controller import MetricsController
from controllers.notifier import Notifier
from controllers.settings import Settings
from models.clock import FixedClock
from ui.metrics.sources_panel import SourcesPanel

MIDNIGHT = datetime(2026, 11, 11, tzinfo=ZoneInfo("Asia/Shanghai"))
T0 = int(MIDNIGHT.timestamp())
HEADER = "timestamp,metric,value\n"


def _controller(store, qsettings) -> MetricsController:
    clock = FixedClock(MIDNIGHT + timedelta(minutes=30))
    return MetricsController(CampaignController(store, clock), Settings(qsettings), Notifier())


def test_a_file_read_again_after_a_restart_keeps_what_is_stored_and_counts_duplicates(
    qtbot, demo_store, qsettings, actor, tmp_path: Path
):
    path = tmp_path / "ops.csv"
    path.write_text(HEADER + "2026-11-11T00:10:00,qps,1000\n2026-11-11T00:10:01,qps,2000\n")
    first = _controller(demo_store, qsettings)
    first.sources.poll(first.sources.add_file_feed(path, "", actor))
    # While the app is closed the exporter rewrites the whole file (a new file, so it is
    # read from its start): the two stored seconds again, with other values, and one new.
    rewritten = tmp_path / "ops.csv.tmp"
    rewritten.write_text(
        HEADER + "2026-11-11T00:10:00,qps,1\n2026-11-11T00:10:01,qps,2\n"
        "2026-11-11T00:10:02,qps,3000\n"
    )
    os.replace(rewritten, path)
    again = _controller(demo_store, qsettings)
    name = f"file:{path}"
    batch = again.sources.poll(name)
    assert batch.series["qps"][1].tolist() == [3000.0]  # only the new second goes on
    stored = demo_store.metrics.raw_rows("qps", T0 + 600, T0 + 602)
    assert stored == [(T0 + 600, 1000.0), (T0 + 601, 2000.0), (T0 + 602, 3000.0)]
    assert again.latest("qps") == (T0 + 602, 3000.0)
    panel = SourcesPanel(again, actor)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.table.rowCount() == 1  # the remembered file is the only source
    cells = [panel.table.item(0, column).text() for column in range(panel.COLUMNS)]
    assert cells[:2] == [f"File {path}", "● Running"]
    assert cells[3:5] == ["1", "2"]  # accepted, refused
    assert cells[6] == "duplicate 2"
