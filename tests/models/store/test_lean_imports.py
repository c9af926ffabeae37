"""Opening the store leaves pandas and numpy out of the process (sqlite-utils would pull
them in only to guess column types, which War Room never asks of it), and they still
import normally afterwards."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

CHECK = """
import sys
from models.demo.builder import build_demo
from models.records import Actor
from models.store import open_store
store = open_store(sys.argv[1])
build_demo(store, Actor("t"))
assert len(store.plan.tasks(1)) > 0
print("pandas" in sys.modules, "numpy" in sys.modules)
import pandas
print(pandas.DataFrame({"a": [1]}).shape)
"""


def test_store_works_without_pandas_and_pandas_still_imports(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", CHECK, str(tmp_path / "w.sqlite")],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert done.stdout.split("\n")[:2] == ["False False", "(1, 1)"]
