"""Live metrics: chart refresh, sample ingest, window reads and memory, each vs. the naive way.

python -m bench metrics
"""

from __future__ import annotations

import gc
import os
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np

from bench.harness import Result, median_seconds

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DAY = 86_400
CHARTS = 8
FRAMES = 30
T0 = 1_794_326_400 - DAY  # 24 h ending at 00:00 on 11 Nov 2026 (Shanghai)
SHANGHAI = ZoneInfo("Asia/Shanghai")
RAW_COLUMNS = 3000  # a day in columns under half a minute wide: reduced from raw rows


def _day_series(seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    times = np.arange(T0, T0 + DAY, dtype=np.int64)
    values = 1e5 + 1e4 * np.sin(times / 3000.0) + 2e3 * rng.standard_normal(DAY)
    return times, values


def _grid(widgets: list) -> object:
    from PySide6.QtWidgets import QGridLayout, QWidget

    host = QWidget()
    layout = QGridLayout(host)
    for index, widget in enumerate(widgets):
        layout.addWidget(widget, index // 4, index % 4)
    host.resize(1700, 620)  # the overview's chart area at 1920x1080
    host.show()
    return host


def _frames(step, app) -> float:
    """Mean seconds per frame of FRAMES one-second ticks (update + paint)."""
    app.processEvents()
    start = time.perf_counter()
    for frame in range(FRAMES):
        step(frame)
        app.processEvents()
    return (time.perf_counter() - start) / FRAMES


def bench_chart_refresh() -> Result:
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    from ui.metrics.live_chart import ChartSpec, LiveChart

    app = QApplication.instance() or QApplication([])
    series = [_day_series(i) for i in range(CHARTS)]

    # Naive: every tick appends to full arrays and hands all 86,400 points to setData.
    plots = [pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem()}) for _ in range(CHARTS)]
    # A 1-px pen: the cheapest way pyqtgraph can draw the full arrays (ours draws 2 px).
    curves = [plot.plot(pen=pg.mkPen("#4CC3FF", width=1)) for plot in plots]
    naive_data = [[t.astype(np.float64), v.copy()] for t, v in series]
    host = _grid(plots)
    for curve, (x, y) in zip(curves, naive_data, strict=True):
        curve.setData(x, y)

    def naive_step(frame: int) -> None:
        for curve, data in zip(curves, naive_data, strict=True):
            data[0] = np.append(data[0], T0 + DAY + frame)
            data[1] = np.append(data[1], data[1][-1])
            curve.setData(data[0], data[1])

    naive = _frames(naive_step, app)
    host.close()

    charts = [LiveChart(ChartSpec(f"m{i}", ""), SHANGHAI) for i in range(CHARTS)]
    for chart, (t, v) in zip(charts, series, strict=True):
        chart.set_span(DAY)
        chart.add_samples(t, v)
    host = _grid(charts)
    for chart in charts:
        chart.refresh(T0 + DAY)

    def live_step(frame: int) -> None:
        now = T0 + DAY + frame
        for chart, (_t, v) in zip(charts, series, strict=True):
            chart.add_samples(np.array([now]), np.array([v[frame]]))
            chart.refresh(now)

    ours = _frames(live_step, app)
    host.close()
    return Result(
        "chart refresh: 8 charts x 86,400 pts, +1 sample/s", ours * 1000, "ms", naive * 1000
    )


def _fresh_store(folder: Path, name: str):
    from models.records import Actor, Metric
    from models.store import open_store

    store = open_store(folder / name)
    for code in ("m0", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9", "m10", "m11"):
        store.metrics.add_metric(Actor("bench"), Metric(code, code, code, ""))
    return store


def bench_ingest(folder: Path) -> Result:
    rows = [
        (f"m{i}", T0 + s, float(s % 997)) for i in range(12) for s in range(DAY)
    ]  # a day of the 12 demo metrics at 1 s: 1,036,800 samples
    store = _fresh_store(folder, "ingest.sqlite")
    start = time.perf_counter()
    store.metrics.add_rows(rows)
    ours = len(rows) / (time.perf_counter() - start)
    store.close()
    naive_store = _fresh_store(folder, "naive.sqlite")
    sample = rows[:5000]
    start = time.perf_counter()
    for row in sample:  # one store call (one transaction) per sample
        naive_store.metrics.add_rows([row])
    naive = len(sample) / (time.perf_counter() - start)
    naive_store.close()
    return Result("ingest: samples per second", ours, "rows/s", naive, round(ours / naive, 2))


def bench_window(folder: Path) -> list[Result]:
    """24 h of one metric for 1,500 px: the live rollup vs. raw rows, two baselines.

    Baselines: pulling all 86,400 raw samples into Python (naive), and the per-pixel-column
    reduction done in SQL over the raw rows (what the window read did before the rollup
    was kept current). The store reduces raw rows for columns narrower than half a
    minute, so that baseline asks for 3,000 columns (29 s each) of the same day.
    """
    store = _fresh_store(folder, "window.sqlite")
    times, values = _day_series(3)
    store.metrics.add_rows(list(zip(["m0"] * DAY, times.tolist(), values.tolist(), strict=True)))
    begin, end = T0, T0 + DAY
    ours = median_seconds(lambda: store.metrics.window("m0", begin, end, 1500))
    naive = median_seconds(
        lambda: store.metrics.samples(
            "m0", datetime.fromtimestamp(begin, UTC), datetime.fromtimestamp(end, UTC)
        )
    )
    raw_columns = median_seconds(lambda: store.metrics.window("m0", begin, end, RAW_COLUMNS))
    store.close()
    return [
        Result("read 24 h of one metric for 1,500 px", ours * 1000, "ms", naive * 1000),
        Result(
            "read 24 h for 1,500 px: live rollup vs raw per-column SQL",
            ours * 1000,
            "ms",
            raw_columns * 1000,
        ),
    ]


def bench_memory() -> Result:
    from models.metrics.live_figures import LiveFigures
    from models.metrics.series_buffer import SeriesBuffer
    from models.metrics.simulator import METRIC_CODES, DoubleElevenSimulator, SimulatorSource
    from models.records import MetricSample

    simulator = DoubleElevenSimulator(datetime(2026, 11, 11, tzinfo=SHANGHAI), 1111)
    start = int(simulator.start)

    gc.collect()
    tracemalloc.start()
    buffers = {code: SeriesBuffer() for code in METRIC_CODES}
    figures = LiveFigures()
    source = SimulatorSource(simulator, start, max_span=3600)
    while source.next_time <= start + DAY:
        batch = source.poll(start + DAY)
        for code, (t, v) in batch.series.items():
            buffers[code].extend(t, v)
            figures.update(code, t, v)
    del batch
    gc.collect()
    ours = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del buffers, figures

    # Naive: keep every sample as a record in a list per metric.
    gc.collect()
    tracemalloc.start()
    kept: dict[str, list[MetricSample]] = {code: [] for code in METRIC_CODES}
    source = SimulatorSource(simulator, start, max_span=3600)
    while source.next_time <= start + DAY:
        batch = source.poll(start + DAY)
        for code, (t, v) in batch.series.items():
            kept[code] += [
                MetricSample(code, datetime.fromtimestamp(at, UTC), value)
                for at, value in zip(t.tolist(), v.tolist(), strict=True)
            ]
    del batch
    gc.collect()
    naive = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return Result("memory after 24 h at 1 s (12 metrics)", ours / 2**20, "MB", naive / 2**20)


def run() -> list[Result]:
    results = [bench_chart_refresh()]
    with tempfile.TemporaryDirectory() as folder:
        results.append(bench_ingest(Path(folder)))
        results += bench_window(Path(folder))
    results.append(bench_memory())
    return results
