"""Preview of a workbook import: added / changed (old → new) / deleted / conflicts / errors,
each with its sheet, row and column. Apply stays disabled while there are errors."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.workbook import ImportPlan, Resolution
from ui.shell.theme import Theme


class ImportPreviewDialog(QDialog):
    """Shows an ``ImportPlan``; ``apply_requested(resolution)`` when the user applies it.

    Signals:
        apply_requested(str resolution): a ``Resolution`` value chosen for conflicts.
    """

    apply_requested = Signal(str)

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_preview")
        self.plan = plan
        self.resize(980, 620)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("sectionTitle")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget(self)
        self.trees: dict[str, QTreeWidget] = {}
        for key in ("added", "changed", "deleted", "conflicts", "errors", "warnings"):
            tree = QTreeWidget(self)
            tree.setObjectName(f"preview_{key}")
            tree.setAlternatingRowColors(True)
            tree.setRootIsDecorated(key in ("changed", "conflicts"))
            self.trees[key] = tree
            self.tabs.addTab(tree, "")
        layout.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        self.resolution_label = QLabel(self)
        self.resolution = QComboBox(self)
        self.resolution.addItem("", Resolution.KEEP.value)
        self.resolution.addItem("", Resolution.TAKE.value)
        bottom.addWidget(self.resolution_label)
        bottom.addWidget(self.resolution)
        bottom.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.clicked.connect(self._on_apply)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        has_conflicts = bool(plan.conflicts)
        self.resolution_label.setVisible(has_conflicts)
        self.resolution.setVisible(has_conflicts)
        self.apply_button.setEnabled(not plan.errors and not plan.is_empty)
        self.retranslate()
        first = next((k for k in ("errors", "conflicts", "changed", "added", "deleted")
                      if self.trees[k].topLevelItemCount()), "changed")  # fmt: skip
        self.tabs.setCurrentWidget(self.trees[first])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        plan = self.plan
        counts = plan.counts()
        self.setWindowTitle(self.tr("Import preview — %1").replace("%1", plan.source))
        titles = {
            "added": self.tr("Added (%1)"), "changed": self.tr("Changed (%1)"),
            "deleted": self.tr("Deleted (%1)"), "conflicts": self.tr("Conflicts (%1)"),
            "errors": self.tr("Errors (%1)"), "warnings": self.tr("Notes (%1)"),
        }  # fmt: skip
        for index, (key, title) in enumerate(titles.items()):
            self.tabs.setTabText(index, title.replace("%1", str(counts[key])))
        if plan.errors:
            text = self.tr(
                "%1 error(s): fix them in the workbook and import again. Nothing is applied."
            ).replace("%1", str(len(plan.errors)))
        elif plan.is_empty:
            text = self.tr(
                "Nothing to import: the workbook matches War Room (%1 rows unchanged)."
            ).replace("%1", str(plan.unchanged))
        else:
            text = (
                self.tr("%1 added, %2 changed, %3 deleted, %4 conflicts, %5 unchanged.")
                .replace("%1", str(counts["added"])).replace("%2", str(counts["changed"]))
                .replace("%3", str(counts["deleted"])).replace("%4", str(counts["conflicts"]))
                .replace("%5", str(counts["unchanged"]))
            )  # fmt: skip
        self.summary.setText(text)
        self.resolution_label.setText(self.tr("For conflicting rows:"))
        self.resolution.setItemText(0, self.tr("Keep War Room's values"))
        self.resolution.setItemText(1, self.tr("Take the file's values"))
        self.apply_button.setText(self.tr("Apply"))
        self._fill()

    def _fill(self) -> None:
        plan = self.plan
        where, item_col, detail = self.tr("Sheet · row"), self.tr("Record"), self.tr("Details")
        self._reset("added", [where, item_col])
        for add in plan.added:
            self._item("added", [f"{add.sheet} · R{add.row}", add.label])
        self._reset("changed", [where, item_col, self.tr("Before"), self.tr("After")])
        for change in plan.changed:
            parent = self._item(
                "changed",
                [f"{change.sheet} · R{change.row}", f"#{change.record_id} {change.label}"],
            )
            for field in change.fields:
                QTreeWidgetItem(parent, ["", field.column, field.old, field.new])
            parent.setExpanded(True)
        self._reset("deleted", [self.tr("Sheet"), item_col])
        for delete in plan.deleted:
            self._item("deleted", [delete.entity, f"#{delete.record_id} {delete.label}"])
        self._reset("conflicts", [where, item_col, self.tr("War Room"), self.tr("File")])
        for conflict in plan.conflicts:
            place = f"{conflict.sheet} · R{conflict.row}" if conflict.row else conflict.sheet
            parent = self._item("conflicts", [place, f"#{conflict.record_id} {conflict.label}",
                                              conflict.message(plan.language)])  # fmt: skip
            parent.setForeground(2, QColor(Theme.colors.warning))
            for field in conflict.fields:
                QTreeWidgetItem(parent, ["", field.column, field.old, field.new])
            parent.setExpanded(True)
        self._reset("errors", [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), detail])
        for problem in plan.errors:
            item = self._item("errors", [problem.sheet, str(problem.row or ""), problem.column,
                                         problem.message(plan.language)])  # fmt: skip
            item.setForeground(3, QColor(Theme.colors.critical))
        self._reset("warnings", [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), detail])
        for problem in plan.warnings:
            self._item("warnings", [problem.sheet, str(problem.row or ""), problem.column,
                                    problem.message(plan.language)])  # fmt: skip
        for tree in self.trees.values():
            for col in range(tree.columnCount() - 1):
                tree.resizeColumnToContents(col)

    def _reset(self, key: str, headers: list[str]) -> None:
        tree = self.trees[key]
        tree.clear()
        tree.setColumnCount(len(headers))
        tree.setHeaderLabels(headers)

    def _item(self, key: str, texts: list[str]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.trees[key], texts)
        item.setToolTip(len(texts) - 1, texts[-1])
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        return item

    def chosen_resolution(self) -> Resolution:
        if not self.plan.conflicts:
            return Resolution.REFUSE
        return Resolution(self.resolution.currentData())

    @Slot()
    def _on_apply(self) -> None:
        self.apply_requested.emit(self.chosen_resolution().value)
        self.accept()
