"""The budget board (预算看板): lines with inline editing, totals footer, the 70/30 rule,
planned vs executed per category or department, variances and reallocation requests."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from controllers.budget.budget_controller import BudgetController, PastedCell
from controllers.campaign_controller import CampaignController
from models.budget import VarianceKind
from models.records import Actor
from models.tables.budget_table_model import BudgetTableModel, category_label, item_field
from models.tables.labels import localized
from ui.budget.budget_chart import BudgetBarChart
from ui.budget.budget_clipboard import BudgetClipboard
from ui.budget.budget_requests import BudgetRequestsCard
from ui.budget.money_delegate import MoneyDelegate
from ui.common import dialogs
from ui.common.card import Card
from ui.common.formatting import format_money_cents
from ui.shell.theme import Theme

MONEY_COLUMNS = ("planned_cents", "committed_cents", "executed_cents")


class BudgetPanel(QWidget):
    """Finance's board; edits and decisions go through the budget controller.

    Its reallocation requests are a card of their own, ``requests_card`` (a
    ``BudgetRequestsCard``).
    """

    def __init__(
        self,
        budget: BudgetController,
        campaign: CampaignController,
        actor: Actor,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("budget_panel")
        self._budget = budget
        self._campaign = campaign
        self._actor = actor
        departments = {d.id: d for d in campaign.departments()}
        people = {p.id: p for p in campaign.people()}
        self._departments = departments
        self.model = BudgetTableModel(
            lambda d: localized(departments[d].name_zh, departments[d].name_en)
            if d in departments else "",
            lambda p: localized(people[p].name, people[p].name_en) if p in people else "",
            format_money_cents,
            self._on_edit_requested,
            self,
        )  # fmt: skip
        self._build()
        self.retranslate()
        budget.budget_changed.connect(self._on_budget_changed)
        self.refresh()

    # -- building ---------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 12, 12, 12)
        root.setSpacing(10)
        header = QHBoxLayout()
        self.title_label = QLabel(self)
        self.title_label.setObjectName("bigFigure")
        self.totals_label = QLabel(self)
        self.split_label = QLabel(self)
        self.split_label.setObjectName("splitBadge")
        header.addWidget(self.title_label)
        header.addSpacing(16)
        header.addWidget(self.totals_label)
        header.addStretch(1)
        header.addWidget(self.split_label)
        root.addLayout(header)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.lines_card = Card(self)
        self.table = QTableView(self)
        self.table.setObjectName("budget_lines")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        # Cells, not rows: blocks are copied to and pasted from spreadsheets.
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.clipboard = BudgetClipboard(self.table, self.model, self._on_paste)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self._money_delegate = MoneyDelegate(self)
        for key in MONEY_COLUMNS:
            self.table.setItemDelegateForColumn(self._column(key), self._money_delegate)
        self.table.setWordWrap(False)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(self._column("item"), QHeaderView.ResizeMode.Stretch)
        self.footer = QTableWidget(1, len(self.model.COLUMNS), self)
        self.footer.setObjectName("budget_totals")
        self.footer.horizontalHeader().setVisible(False)
        self.footer.verticalHeader().setVisible(False)
        self.footer.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.footer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.footer.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.footer.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.footer.setFixedHeight(self.footer.verticalHeader().defaultSectionSize() + 4)
        head.sectionResized.connect(self._on_section_resized)
        self.lines_card.body.addWidget(self.table, 1)
        self.lines_card.body.addWidget(self.footer)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self._on_add_line)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self._on_delete_line)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.lines_card.body.addLayout(buttons)
        splitter.addWidget(self.lines_card)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.chart_card = Card(self)
        self.group_combo = QComboBox(self)
        self.group_combo.addItems(["", ""])
        self.group_combo.currentIndexChanged.connect(self._show_chart)
        self.chart = BudgetBarChart(self)
        self.chart_card.body.addWidget(self.group_combo)
        self.chart_card.body.addWidget(self.chart, 1)
        self.variance_card = Card(self)
        self.variance_list = QListWidget(self)
        self.variance_card.body.addWidget(self.variance_list)
        side_layout.addWidget(self.chart_card, 3)
        side_layout.addWidget(self.variance_card, 1)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        root.addWidget(splitter, 4)

        self.requests_card = BudgetRequestsCard(self._budget, self._campaign, self._actor, self)
        root.addWidget(self.requests_card, 1)

    def _column(self, key: str) -> int:
        return next(i for i, c in enumerate(self.model.COLUMNS) if c.key == key)

    # -- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        # The requests card retranslates and redraws itself on the same event.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._show_board()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Budget board"))
        self.lines_card.set_title(
            self.tr("Budget lines (double-click an amount to edit; Ctrl+V pastes from Excel)")
        )
        self.chart_card.set_title(self.tr("Planned vs executed"))
        self.variance_card.set_title(self.tr("Variance warnings"))
        self.group_combo.setItemText(0, self.tr("By category"))
        self.group_combo.setItemText(1, self.tr("By department"))
        self.add_button.setText(self.tr("Add line"))
        self.delete_button.setText(self.tr("Delete line"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.model.COLUMNS) - 1)

    # -- showing -----------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Show the lines, totals, chart, variances and requests again."""
        self._show_board()
        self.requests_card.refresh()

    def _show_board(self) -> None:
        summary = self._budget.summary()
        self.model.set_records(summary.lines)
        total = summary.total
        self.totals_label.setText(
            self.tr("Planned %1 · committed %2 · executed %3 (%4)")
            .replace("%1", format_money_cents(total.planned))
            .replace("%2", format_money_cents(total.committed))
            .replace("%3", format_money_cents(total.executed))
            .replace("%4", f"{total.executed_share:.0%}")
        )
        split = summary.split
        colors = Theme.colors
        if split.ok:
            text = self.tr("✓ Core %1 · non-core %2 (70/30 rule met)")
            color = colors.ok
        else:
            text = self.tr("✖ Core %1 · non-core %2: %3 above the 30% limit")
            color = colors.critical
        self.split_label.setText(
            text.replace("%1", f"{split.core_share:.1%}")
            .replace("%2", f"{split.non_core_share:.1%}")
            .replace("%3", format_money_cents(split.non_core_excess))
        )
        self.split_label.setStyleSheet(
            f"color: {color}; border: 1px solid {color}; border-radius: 6px; padding: 4px 10px;"
        )
        self._show_footer(summary)
        self._show_chart()
        self._show_variances(summary)

    def _show_footer(self, summary) -> None:
        values = {
            "item": self.tr("Total of %1 lines").replace("%1", str(len(summary.lines))),
            "planned_cents": format_money_cents(summary.total.planned),
            "committed_cents": format_money_cents(summary.total.committed),
            "executed_cents": format_money_cents(summary.total.executed),
            "executed_share": f"{summary.total.executed_share:.0%}",
            "remaining": format_money_cents(summary.total.remaining),
        }
        for col, column in enumerate(self.model.COLUMNS):
            item = QTableWidgetItem(values.get(column.key, ""))
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            if column.align_right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.footer.setItem(0, col, item)
        head = self.table.horizontalHeader()
        bold = self.footer.font()
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        item_col = self._column("item")
        for col in range(len(self.model.COLUMNS)):
            if col != item_col:
                self.table.resizeColumnToContents(col)
                needed = metrics.horizontalAdvance(values.get(self.model.COLUMNS[col].key, "")) + 18
                head.resizeSection(col, max(head.sectionSize(col), needed))
            self.footer.setColumnWidth(col, head.sectionSize(col))

    @Slot(int, int, int)
    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        self.footer.setColumnWidth(column, new)

    @Slot()
    def _show_chart(self) -> None:
        summary = self._budget.summary()
        if self.group_combo.currentIndex() == 1:
            groups = [
                (localized(self._departments[d].name_zh, self._departments[d].name_en)
                 if d in self._departments else str(d), t.planned, t.executed)
                for d, t in summary.by_department.items()
            ]  # fmt: skip
        else:
            groups = [
                (category_label(c), t.planned, t.executed) for c, t in summary.by_category.items()
            ]
        self.chart.restyle()
        self.chart.show_groups(groups)

    def _show_variances(self, summary) -> None:
        self.variance_list.clear()
        names = {line.id: localized(line.item_zh, line.item_en) for line in summary.lines}
        if not summary.warnings:
            self.variance_list.addItem(self.tr("No line is above its plan."))
        for warning in summary.warnings:
            if warning.kind is VarianceKind.OVERSPENT:
                text = self.tr("✖ %1: executed %2 above plan")
            else:
                text = self.tr("▲ %1: committed %2 above plan")
            self.variance_list.addItem(
                text.replace("%1", names.get(warning.line_id, "?")).replace(
                    "%2", format_money_cents(warning.excess)
                )
            )

    # -- user actions ------------------------------------------------------------------------

    def _on_edit_requested(self, line_id: int, key: str, value: object) -> None:
        field = item_field() if key == "item" else key
        self._budget.edit_line(self._actor, line_id, field, value)

    @Slot(list, list, list)
    def _on_budget_changed(self, _added: list, _updated: list, _removed: list) -> None:
        self.refresh()

    def selected_line_id(self) -> int | None:
        indexes = self.table.selectionModel().selectedIndexes()
        rows = {index.row() for index in indexes}
        if len(rows) != 1:  # deleting acts on one line only
            return None
        return int(self.model.record_at(rows.pop()).id or 0)

    def _on_paste(self, cells: list[PastedCell]) -> bool:
        return self._budget.paste_cells(self._actor, cells)

    @Slot()
    def _on_add_line(self) -> None:
        from models.records import BudgetLine

        department = next(iter(self._departments.values()))
        line = BudgetLine(
            None, self._campaign.campaign_id, int(department.id or 0), "marketing", True,
            self.tr("New budget line"), self.tr("New budget line"), 0,
        )  # fmt: skip
        self._budget.add_line(self._actor, line)

    @Slot()
    def _on_delete_line(self) -> None:
        line_id = self.selected_line_id()
        if line_id is None:
            return
        if dialogs.confirm(
            self, self.tr("Delete budget line"), self.tr("Delete the selected budget line?")
        ):
            self._budget.delete_line(self._actor, line_id)
