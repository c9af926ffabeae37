"""One department's room: its KPIs, checklist, incidents, budget and responsibilities."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from controllers.campaign_controller import CampaignController
from controllers.overview.overview_controller import OverviewController
from models.records import Department, RaciLetter, Task
from models.tables.labels import incident_status_label, localized
from ui.common.card import Card
from ui.common.formatting import format_date, format_money_cents
from ui.common.refresh_when_shown import RefreshWhenShown
from ui.overview.kpi_tile import KpiTile
from ui.shell.theme import Theme


class DepartmentPanel(QWidget):
    """A unit's own view; shows the same figures as its strip on the overview."""

    def __init__(
        self,
        department: Department,
        overview: OverviewController,
        campaign: CampaignController,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"department_{department.code}")
        self.department = department
        self._overview = overview
        self._campaign = campaign
        self._people = {p.id: p for p in campaign.people()}
        self.checklist: QWidget | None = None
        self._build()
        self.retranslate()
        self._refresher = RefreshWhenShown(self, self._refresh_all)
        # Hidden rooms catch up when shown instead of redrawing every few seconds.
        overview.overview_changed.connect(self._refresher.refresh_when_visible)
        overview.kpis_changed.connect(self._on_kpis_changed)
        self.refresh()

    def set_checklist(self, checklist: QWidget) -> None:
        """Embed the unit's editable checklist (the plan views provide it, locked to this unit)."""
        self.checklist = checklist
        self.tasks_card.body.addWidget(checklist)

    def add_chart(self, widget: QWidget) -> None:
        """Place live charts between the KPI tiles and the checklist (metrics views do this)."""
        root = self.layout()
        root.insertWidget(root.indexOf(self.tiles_layout) + 1, widget)

    @Slot()
    def _on_kpis_changed(self) -> None:
        """Live values arrived: refresh this unit's KPI tiles only."""
        if not self.isVisible():
            return
        own = [f for f in self._overview.kpi_figures() if f.kpi.department_id == self.department.id]
        for tile, figure in zip(self.tiles, own, strict=False):
            tile.show_figure(figure)

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 12, 12, 12)
        root.setSpacing(10)
        header = QHBoxLayout()
        swatch = QLabel(self)
        swatch.setFixedSize(10, 40)
        swatch.setStyleSheet(f"background: {self.department.color}; border-radius: 4px;")
        self.title_label = QLabel(self)
        self.title_label.setObjectName("bigFigure")
        self.lead_label = QLabel(self)
        self.lead_label.setObjectName("muted")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setMaximumWidth(320)
        self.summary_label = QLabel(self)
        header.addWidget(swatch)
        header.addWidget(self.title_label)
        header.addWidget(self.lead_label)
        header.addStretch(1)
        header.addWidget(self.summary_label)
        header.addWidget(self.progress_bar)
        root.addLayout(header)

        self.tiles_layout = QHBoxLayout()
        self.tiles_layout.addStretch(1)
        self.tiles: list[KpiTile] = []
        root.addLayout(self.tiles_layout)

        body = QHBoxLayout()
        self.tasks_card = Card(self)
        self.tasks_card.setMinimumHeight(420)
        body.addWidget(self.tasks_card, 3)

        side = QVBoxLayout()
        self.incidents_card = Card(self)
        self.incidents_list = QListWidget(self)
        self.incidents_card.body.addWidget(self.incidents_list)
        self.budget_card = Card(self)
        self.budget_label = QLabel(self)
        self.budget_bar = QProgressBar(self)
        self.budget_card.body.addWidget(self.budget_label)
        self.budget_card.body.addWidget(self.budget_bar)
        self.raci_card = Card(self)
        self.raci_list = QListWidget(self)
        self.raci_card.body.addWidget(self.raci_list)
        side.addWidget(self.incidents_card, 2)
        side.addWidget(self.budget_card)
        side.addWidget(self.raci_card, 3)
        body.addLayout(side, 2)
        root.addLayout(body, 1)

    def _refresh_all(self) -> None:
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.tasks_card.set_title(self.tr("Checklist"))
        self.incidents_card.set_title(self.tr("Open incidents"))
        self.budget_card.set_title(self.tr("Budget"))
        self.raci_card.set_title(self.tr("Responsibilities (RACI)"))
        self.title_label.setText(localized(self.department.name_zh, self.department.name_en))

    @Slot()
    def refresh(self) -> None:
        snapshot = self._overview.snapshot()
        figure = snapshot.department(self.department.code)
        leads = [p for p in self._people.values() if p.department_id == self.department.id]
        if leads:
            lead = leads[0]
            self.lead_label.setText(
                f"{localized(lead.name, lead.name_en)} · {localized(lead.title_zh, lead.title_en)}"
            )
        progress = figure.progress
        self.progress_bar.setValue(progress.percent)
        self.summary_label.setText(
            self.tr("Done %1/%2 · lagging %3 · overdue %4")
            .replace("%1", str(progress.finished))
            .replace("%2", str(progress.total))
            .replace("%3", str(progress.lagging))
            .replace("%4", str(progress.overdue))
        )

        own_kpis = [k for k in snapshot.kpis if k.kpi.department_id == self.department.id]
        while len(self.tiles) < len(own_kpis):
            tile = KpiTile(self)
            tile.setMaximumWidth(360)
            self.tiles_layout.insertWidget(len(self.tiles), tile)
            self.tiles.append(tile)
        for tile, kpi_figure in zip(self.tiles, own_kpis, strict=False):
            tile.show_figure(kpi_figure)

        self.incidents_list.clear()
        own_incidents = [
            i for i in snapshot.open_incidents if i.department_id == self.department.id
        ]
        if not own_incidents:
            self.incidents_list.addItem(self.tr("No open incidents"))
        for incident in own_incidents:
            self.incidents_list.addItem(
                f"{incident.title} · {incident_status_label(incident.status)}"
            )

        planned, executed = figure.planned_cents, figure.executed_cents
        self.budget_label.setText(
            self.tr("Executed %1 of %2")
            .replace("%1", format_money_cents(executed))
            .replace("%2", format_money_cents(planned))
        )
        self.budget_bar.setValue(round(100 * executed / planned) if planned else 0)
        self._show_responsibilities()
        self._show_lagging(figure.lagging_tasks)

    def _show_responsibilities(self) -> None:
        self.raci_list.clear()
        for cell in self._overview.responsibilities(self.department.id or 0):
            item = QListWidgetItem(
                f"{cell.letter.value} · {localized(cell.activity.name_zh, cell.activity.name_en)}"
                f" — {localized(cell.person.name, cell.person.name_en)}"
            )
            if cell.letter is RaciLetter.ACCOUNTABLE:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.raci_list.addItem(item)

    def _show_lagging(self, lagging: list[Task]) -> None:
        tooltip = "\n".join(
            f"{localized(t.title_zh, t.title_en)} ({format_date(t.due_date)})" for t in lagging
        )
        self.summary_label.setToolTip(tooltip)
        self.summary_label.setStyleSheet(f"color: {Theme.colors.warning};" if lagging else "")
