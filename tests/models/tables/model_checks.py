"""What every table-model test does while pytest-qt's model tester watches the model."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt

from models.tables.record_table_model import RecordTableModel

# Qt's C++ QAbstractItemModelTester and pytest-qt's Python one check different things (the
# Python one also checks the types each role returns); the models must pass both.
TESTERS = pytest.mark.parametrize("force_py", [False, True], ids=["qt-tester", "py-tester"])


def exercise(model: RecordTableModel[Any], keep: Callable[[Any], bool], changed: list[Any]) -> int:
    """Sort by every column both ways, filter, then apply a change set updating or adding
    ``changed`` and removing the first other row's record (the testers read the first rows
    as the layout is about to change). Returns the removed record's id."""
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.AscendingOrder)
        model.sort(column, Qt.SortOrder.DescendingOrder)
    model.sort(-1)
    everything = model.rowCount()
    model.set_filter(keep)
    assert 0 < model.rowCount() < everything  # the filter hides some rows, not all
    model.set_filter(None)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    kept = {model.record_id(record) for record in changed}
    removed = next(i for i in (model.record_id(r) for r in model.records()) if i not in kept)
    model.update_records(changed, [removed])
    assert model.row_of(removed) is None
    assert all(model.row_of(model.record_id(record)) is not None for record in changed)
    model.sort(-1)
    model.update_records(changed)  # rows refreshed in place
    return removed
