"""Workbook export and import of 100,000 task rows: seconds and peak memory, each against
the naive way measured in the same run.

Naive export: openpyxl's default (in-memory) workbook. Ours: XlsxWriter constant_memory.
Naive import: pandas.read_excel with openpyxl, then one store call per row. Ours: the
security check, python-calamine, the import plan and one batched transaction.
Each measurement runs in its own process so that peak memory (VmHWM) is its own.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.harness import Result

ROWS = 100_000
ROOT = Path(__file__).resolve().parent.parent


def _build_database(path: Path) -> None:
    """The demo campaign plus ROWS tasks, written in one transaction."""
    from models.demo.builder import build_demo
    from models.records import Actor, Task, TaskStatus
    from models.store import open_store

    store = open_store(path)
    actor = Actor("bench")
    build_demo(store, actor)
    task = store.plan.tasks(1)[0]
    store.plan.add_tasks(actor, [
        Task(None, 1, task.department_id, task.phase_id, f"压测任务 {i}", f"Load task {i}",
             task.planned_start, task.due_date, status=TaskStatus.IN_PROGRESS, progress=i % 100,
             note=f"note {i}")
        for i in range(ROWS)
    ])  # fmt: skip
    store.close()


def _handmade_workbook(path: Path) -> None:
    """ROWS new tasks without IDs (what a lead would send back as additions)."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Tasks")
    headers = ["Department", "Phase", "Task (Chinese)", "Task (English)", "Status", "Progress",
               "Start", "Due", "Note"]  # fmt: skip
    sheet.write_row(0, 0, headers)
    for i in range(1, ROWS + 1):
        sheet.write_row(i, 0, ["MKT", "peak", f"新任务 {i}", f"New task {i}", "Not started",
                               0, "2026-10-21", "2026-10-24", ""])  # fmt: skip
    book.close()


# -- the measured jobs (each runs in a child process) ---------------------------------------


def job_export_ours(db: str, out: str) -> None:
    from models.demo.builder import DEMO_AS_OF
    from models.store import open_store
    from models.workbook import ExportOptions, export_workbook

    store = open_store(db)
    snapshot = store.workbook.snapshot(1, ["tasks"])
    export_workbook(Path(out), snapshot, ExportOptions(("tasks",), None, "en"), DEMO_AS_OF)


def job_export_naive(db: str, out: str) -> None:
    import openpyxl

    from models.store import open_store

    store = open_store(db)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["ID", "Department", "Phase", "Task (Chinese)", "Task (English)", "Status",
                  "Progress", "Start", "Due", "Note"])  # fmt: skip
    for t in store.plan.tasks(1):
        sheet.append([t.id, t.department_id, t.phase_id, t.title_zh, t.title_en, t.status.value,
                      t.progress, t.planned_start, t.due_date, t.note])  # fmt: skip
    book.save(out)


def job_import_ours(db: str, path: str) -> None:
    from models.records import Actor
    from models.store import open_store
    from models.workbook import Resolution, plan_import

    store = open_store(db)
    repository = store.workbook
    plan = plan_import(Path(path), repository.snapshot(1), "en")
    assert not plan.errors and len(plan.added) == ROWS, plan.report(5)
    repository.apply_plan(Actor("bench"), plan, Resolution.REFUSE)


def job_import_naive(db: str, path: str) -> None:
    import pandas as pd

    from models.records import Actor, Task, TaskStatus
    from models.store import open_store

    store = open_store(db)
    departments = {d.code: d.id for d in store.campaign.departments(1)}
    phases = {p.code: p.id for p in store.campaign.phases(1)}
    frame = pd.read_excel(path, engine="openpyxl")
    actor = Actor("bench")
    for row in frame.itertuples(index=False):
        store.plan.add_task(actor, Task(
            None, 1, departments[row[0]], phases[row[1]], row[2], row[3],
            pd.Timestamp(row[6]).date(), pd.Timestamp(row[7]).date(),
            status=TaskStatus.NOT_STARTED, progress=int(row[5]),
        ))  # fmt: skip


def _child(name: str, *args: str) -> None:
    import time

    start = time.perf_counter()
    globals()[name](*args)
    seconds = time.perf_counter() - start
    # The whole process's peak, libraries included. VmHWM belongs to this process image;
    # ru_maxrss would carry the parent's size over fork and exec.
    status = Path("/proc/self/status").read_text()
    peak_kb = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM")))
    print(json.dumps({"seconds": seconds, "peak_mb": peak_kb / 1024}))


def _measure(name: str, *args: str) -> dict[str, float]:
    code = (
        f"import sys; sys.path.insert(0, {str(ROOT)!r}); "
        "from bench.bench_excel import _child; _child(*sys.argv[1:])"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, name, *args], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        big = base / "big.sqlite"
        _build_database(big)
        ours = _measure("job_export_ours", str(big), str(base / "ours.xlsx"))
        naive = _measure("job_export_naive", str(big), str(base / "naive.xlsx"))
        additions = base / "additions.xlsx"
        _handmade_workbook(additions)
        results = [
            Result("excel export 100k tasks (xlsxwriter constant_memory)",
                   round(ours["seconds"], 2), "s", round(naive["seconds"], 2)),
            Result("excel export 100k tasks peak process memory", round(ours["peak_mb"], 1), "MB",
                   round(naive["peak_mb"], 1)),
        ]  # fmt: skip
        empty = base / "empty.sqlite"
        _build_database_small(empty)
        import shutil

        shutil.copy(empty, base / "naive.sqlite")
        ours = _measure("job_import_ours", str(empty), str(additions))
        naive = _measure("job_import_naive", str(base / "naive.sqlite"), str(additions))
        results += [
            Result("excel import 100k tasks (calamine, plan, one transaction)",
                   round(ours["seconds"], 2), "s", round(naive["seconds"], 2)),
            Result("excel import 100k tasks peak process memory", round(ours["peak_mb"], 1),
                   "MB", round(naive["peak_mb"], 1)),
        ]  # fmt: skip
    return results


def _build_database_small(path: Path) -> None:
    from models.demo.builder import build_demo
    from models.records import Actor
    from models.store import open_store

    store = open_store(path)
    build_demo(store, Actor("bench"))
    store.close()
