"""The audit trail: every change with who made it and when, searchable."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from controllers.audit.audit_controller import AuditController
from models.records import AuditEntry
from models.tables.audit_table_model import AuditTableModel, describe_change


class AuditPanel(QWidget):
    """Newest first; the search box matches who, table, row or change text."""

    def __init__(
        self, audit: AuditController, model: AuditTableModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("audit")
        self._audit = audit
        self.model = model
        model.setParent(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.reload_button = QPushButton(self)
        self.reload_button.clicked.connect(self.reload)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("muted")
        self.view = QTableView(self)
        self.view.setModel(model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.reload_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        # Filter after a short pause so typing stays fluid on long trails.
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.retranslate()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search who, table, row or change…"))
        self.reload_button.setText(self.tr("&Reload"))
        self._show_count()

    @Slot()
    def reload(self) -> None:
        self.model.set_records(self._audit.entries())
        self._show_count()

    @Slot()
    def _apply_filter(self) -> None:
        text = self.search.text().strip().lower()

        def matches(entry: AuditEntry) -> bool:
            haystack = f"{entry.actor} {entry.table_name} {entry.row_id} {entry.action}"
            return text in haystack.lower() or text in describe_change(entry).lower()

        self.model.set_filter(matches if text else None)
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%1 entries").replace("%1", str(self.model.rowCount())))
