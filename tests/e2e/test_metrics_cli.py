"""warroom ingest / simulate from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from app import cli
from models.store import open_store


def test_ingest_prints_accepted_and_rejected_counts_by_reason(tmp_path: Path, capsys):
    feed = tmp_path / "ops.jsonl"
    lines = [
        {"ts": "2026-11-11T00:00:00", "metric": "qps", "value": 100},
        {"ts": "2026-11-11T00:00:01", "metric": "qps", "value": "NaN"},
        {"ts": "2026-11-11T00:00:02", "metric": "coffee", "value": 1},
        {"ts": "2026-11-11T00:00:03", "metric": "qps", "value": 300},
    ]
    feed.write_text("\n".join(json.dumps(x) for x in lines) + "\n{broken\n", encoding="utf-8")
    db = tmp_path / "w.sqlite"
    assert cli.main(["ingest", str(feed), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Accepted 2 samples (qps 2)" in out
    assert "Rejected 3: malformed 1, not finite 1, unknown metric 1" in out
    store = open_store(db)
    try:
        assert [v for _t, v in store.metrics.raw_rows("qps", 0, 2**40)] == [100.0, 300.0]
    finally:
        store.close()


def test_ingest_of_a_binary_file_fails_clearly_and_stores_nothing(tmp_path: Path, capsys):
    blob = tmp_path / "photo.csv"
    blob.write_bytes(b"\x00\x01\x02binary")
    db = tmp_path / "w.sqlite"
    assert cli.main(["ingest", str(blob), "--db", str(db)]) == cli.EXIT_USAGE
    assert "not text" in capsys.readouterr().err
    store = open_store(db)
    try:
        assert store.metrics.counts() == (0, 0)
    finally:
        store.close()


def test_ingest_with_a_bad_mapping_names_the_problem(tmp_path: Path, capsys):
    feed = tmp_path / "f.csv"
    feed.write_text("a,b\n1,2\n", encoding="utf-8")
    code = cli.main(["ingest", str(feed), "--db", str(tmp_path / "w.sqlite"), "--map", "a"])
    assert code == cli.EXIT_USAGE
    assert "key=field" in capsys.readouterr().err


def test_simulate_fills_the_window_headlessly_and_is_repeatable(tmp_path: Path, capsys):
    args = ["simulate", "--from", "2026-11-10T23:50", "--to", "2026-11-11T00:10", "--seed", "4"]
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    assert cli.main([*args, "--db", str(first)]) == 0
    assert cli.main([*args, "--db", str(second)]) == 0
    out = capsys.readouterr().out
    assert "14,412 samples" in out  # 20 minutes + 1 s, 12 metrics
    rows = []
    for path in (first, second):
        store = open_store(path)
        try:
            rows.append(store.metrics.raw_rows("qps", 0, 2**40))
        finally:
            store.close()
    assert rows[0] == rows[1] and len(rows[0]) == 1201


def test_simulate_refuses_an_empty_window(tmp_path: Path, capsys):
    code = cli.main(["simulate", "--db", str(tmp_path / "a.sqlite"), "--from",
                      "2026-11-11T01:00", "--to", "2026-11-11T00:00"])  # fmt: skip
    assert code == cli.EXIT_USAGE
    assert "--to must be later" in capsys.readouterr().err


def test_ingesting_the_same_file_twice_reports_every_row_as_a_duplicate(tmp_path: Path, capsys):
    feed = tmp_path / "ops.csv"
    feed.write_text(
        "timestamp,metric,value\n2026-11-11T00:00:00,qps,100\n2026-11-11T00:00:01,qps,200\n"
        "2026-11-11T00:00:01,gmv,5000\n",
        encoding="utf-8",
    )
    db = tmp_path / "w.sqlite"
    assert cli.main(["ingest", str(feed), "--db", str(db)]) == 0
    assert "Accepted 3 samples (gmv 1, qps 2)" in capsys.readouterr().out
    feed.write_text(feed.read_text().replace(",100\n", ",999\n"), encoding="utf-8")
    assert cli.main(["ingest", str(feed), "--db", str(db)]) == 0  # refusals are not errors
    out = capsys.readouterr().out
    assert "Accepted 0 samples\n" in out
    assert "Rejected 3: duplicate 3" in out
    store = open_store(db)
    try:
        assert [v for _t, v in store.metrics.raw_rows("qps", 0, 2**40)] == [100.0, 200.0]
    finally:
        store.close()
