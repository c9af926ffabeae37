"""The shared table model: change sets by id, sorting, filtering, edit forwarding."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QPersistentModelIndex, Qt

from models.tables.record_table_model import RECORD_ID_ROLE, Column, RecordTableModel


@dataclass(frozen=True)
class Item:
    id: int
    name: str
    amount: int | None


class ItemModel(RecordTableModel[Item]):
    COLUMNS = [
        Column("name", "Name", lambda i: i.name, editable=True),
        Column("amount", "Amount", lambda i: i.amount, display=lambda i: f"{i.amount or 0:,}"),
    ]


ITEMS = [Item(1, "banana", 30), Item(2, "apple", None), Item(3, "cherry", 10)]


def test_passes_the_model_tester(qtmodeltester):
    model = ItemModel()
    model.set_records(ITEMS)
    qtmodeltester.check(model)


def test_display_and_edit_roles():
    model = ItemModel()
    model.set_records([Item(7, "x", 12345)])
    index = model.index(0, 1)
    assert index.data(Qt.ItemDataRole.DisplayRole) == "12,345"
    assert index.data(Qt.ItemDataRole.EditRole) == 12345
    assert index.data(RECORD_ID_ROLE) == 7


def test_sorting_puts_missing_values_last_and_keeps_selection_on_the_same_record():
    model = ItemModel()
    model.set_records(ITEMS)
    selected = QPersistentModelIndex(model.index(model.row_of(3), 0))
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [r.id for r in model.records()] == [3, 1, 2]
    assert selected.row() == model.row_of(3)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [r.name for r in model.records()] == ["cherry", "banana", "apple"]


def test_change_set_updates_in_place_adds_and_removes():
    model = ItemModel()
    model.set_records(ITEMS)
    changed = []
    model.dataChanged.connect(lambda top, bottom, roles: changed.append(top.row()))
    model.update_records([replace(ITEMS[0], name="blueberry")])
    assert changed == [model.row_of(1)]
    assert model.index(model.row_of(1), 0).data() == "blueberry"
    model.update_records([Item(4, "date", 5)], removed_ids=[2])
    assert sorted(r.id for r in model.records()) == [1, 3, 4]
    assert model.row_of(2) is None


def test_filter_hides_rows_and_updates_respect_it():
    model = ItemModel()
    model.set_records(ITEMS)
    model.set_filter(lambda i: (i.amount or 0) >= 10)
    assert [r.id for r in model.records()] == [1, 3]
    model.update_records([replace(ITEMS[2], amount=1)])
    assert [r.id for r in model.records()] == [1]
    model.set_filter(None)
    assert model.rowCount() == 3


def test_set_data_forwards_the_edit_and_does_not_change_the_model():
    requests = []
    model = ItemModel(edit_requested=lambda rid, key, value: requests.append((rid, key, value)))
    model.set_records(ITEMS)
    index = model.index(model.row_of(2), 0)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    model.setData(index, "apricot")
    assert requests == [(2, "name", "apricot")]
    assert index.data() == "apple"
