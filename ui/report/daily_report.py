"""The daily war-room report laid out as HTML for a QTextDocument, in the UI language.

The figures are the report controller's; this module only words and arranges them. Every
state is written as text (with its symbol) and coloured, never shown by colour alone.
"""

from __future__ import annotations

from html import escape as _escape

from PySide6.QtCore import QObject

from controllers.overview.overview_controller import GateFigure, KpiFigure
from controllers.plan.board_controller import BoardRow
from controllers.report.report_controller import DailyReport
from models.budget import VarianceKind
from models.kpi_state import KpiState
from models.records import Direction, Incident, Role
from models.tables.budget_table_model import category_label
from models.tables.labels import incident_status_label, localized
from ui.common.formatting import (
    format_countdown,
    format_date,
    format_datetime,
    format_money_cents,
    format_unit_value,
)
from ui.overview.kpi_tile import STATE_SYMBOL
from ui.shell.theme import LIGHT

# Paper is white: the light theme's status colours read well on it.
COLORS = {
    "ok": LIGHT.ok,
    "warning": LIGHT.warning,
    "critical": LIGHT.critical,
    "unknown": LIGHT.muted,
    "muted": LIGHT.muted,
    "text": LIGHT.text,
}
CHART_URL = "report://chart.png"

STYLE = f"""
body {{ color: {LIGHT.text}; font-size: 9.5pt; }}
h1 {{ font-size: 17pt; margin-bottom: 2px; }}
h2 {{ font-size: 12pt; margin-top: 14px; margin-bottom: 4px; color: {LIGHT.accent}; }}
p.meta {{ color: {LIGHT.muted}; margin-top: 0px; }}
table {{ border-collapse: collapse; }}
th {{ background-color: #E9EEF6; text-align: left; font-weight: 600; }}
td.num, th.num {{ text-align: right; }}
.muted {{ color: {LIGHT.muted}; }}
"""


def escape(text: str) -> str:
    """HTML-safe text; quotes stay as they are (Qt's HTML does not know &#x27;)."""
    return _escape(text, quote=False)


def _cell(text: str, css: str = "", color: str | None = None) -> str:
    style = f' style="color: {color}; font-weight: 600;"' if color else ""
    klass = f' class="{css}"' if css else ""
    return f"<td{klass}{style}>{escape(text)}</td>"


class DailyReportLayout(QObject):
    """Turns a ``DailyReport`` into HTML (a short-lived helper; ``tr`` gives its context)."""

    def __init__(self, report: DailyReport, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report = report

    # -- the whole document ----------------------------------------------------------------

    def title(self) -> str:
        campaign = self.report.campaign
        return self.tr("%1 — daily war-room report").replace(
            "%1", localized(campaign.name, campaign.name_en)
        )

    def html(self, *, with_chart: bool = False) -> str:
        parts = [
            f"<html><head><style>{STYLE}</style></head><body>",
            f"<h1>{escape(self.title())}</h1>",
            f'<p class="meta">{escape(self._meta_line())}</p>',
            self._summary(),
            self._section(self.tr("Key figures (KPIs)"), self._kpis()),
        ]
        if with_chart and self.report.chart is not None:
            chart = self.report.chart
            name = localized(chart.name_zh, chart.name_en)
            caption = self.tr("%1 today, against the plan's curve").replace("%1", name)
            parts.append(f'<p><img src="{CHART_URL}"/><br/><span class="muted">'
                         f"{escape(caption)}</span></p>")  # fmt: skip
        parts += [
            self._section(self.tr("Milestone gates"), self._gates()),
            self._section(self.tr("Departments (daily progress board)"), self._board()),
            self._section(self.tr("Open incidents"), self._incidents()),
            self._section(self.tr("Budget"), self._budget()),
            "</body></html>",
        ]
        return "".join(parts)

    def footer(self, page: int, pages: int) -> str:
        when = format_datetime(self.report.generated_at, self.report.timezone)
        return (
            self.tr("%1 · %2 · page %3 of %4")
            .replace("%1", self.title())
            .replace("%2", when)
            .replace("%3", str(page))
            .replace("%4", str(pages))
        )

    def _meta_line(self) -> str:
        report = self.report
        when = format_datetime(report.generated_at, report.timezone)
        return (
            self.tr("Report time %1 (%2) · prepared by %3 (%4)")
            .replace("%1", when)
            .replace("%2", report.timezone.key)
            .replace("%3", report.actor.name)
            .replace("%4", self._role(report.actor.role))
        )

    def _role(self, role: Role) -> str:
        return {
            Role.COMMANDER: self.tr("commander"),
            Role.LEAD: self.tr("department lead"),
            Role.OPERATOR: self.tr("operator"),
            Role.FINANCE: self.tr("finance"),
            Role.VIEWER: self.tr("viewer"),
        }.get(role, str(role))

    @staticmethod
    def _section(title: str, body: str) -> str:
        return f"<h2>{escape(title)}</h2>{body}"

    @staticmethod
    def _table(headers: list[tuple[str, str]], rows: list[str]) -> str:
        head = "".join(f'<th class="{css}">{escape(text)}</th>' for text, css in headers)
        return (
            '<table width="100%" cellspacing="0" cellpadding="3" border="0.5" '
            f'style="border-color: #B8C2D3;"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>"
        )

    # -- countdown, phase, progress ----------------------------------------------------------

    def _summary(self) -> str:
        report = self.report
        overview = report.overview
        dday = format_datetime(report.campaign.dday, report.timezone)
        rows = [
            (self.tr("Countdown to D-day"),
             f"{format_countdown(report.seconds_to_dday)}  ("
             + self.tr("D-day %1").replace("%1", dday) + ")"),
            (self.tr("Current phase"), self._phase()),
            (self.tr("Campaign tasks done"),
             self.tr("%1 of %2 (%3%) · lagging %4 · overdue %5")
             .replace("%1", str(overview.campaign_progress.finished))
             .replace("%2", str(overview.campaign_progress.total))
             .replace("%3", str(overview.campaign_progress.percent))
             .replace("%4", str(overview.campaign_progress.lagging))
             .replace("%5", str(overview.campaign_progress.overdue))),
            (self.tr("Open incidents"), str(len(overview.open_incidents))),
        ]  # fmt: skip
        body = "".join(
            f'<tr><td width="28%"><b>{escape(label)}</b></td><td>{escape(value)}</td></tr>'
            for label, value in rows
        )
        return f'<table width="100%" cellspacing="0" cellpadding="2">{body}</table>'

    def _phase(self) -> str:
        status = self.report.overview.phase
        if status.phase is None:
            return self.tr("No phases planned")
        name = localized(status.phase.name_zh, status.phase.name_en)
        if status.before_start:
            name = self.tr("Before %1").replace("%1", name)
        elif status.after_end:
            name = self.tr("After %1 (campaign over)").replace("%1", name)
        dates = f"{format_date(status.phase.start_date)} – {format_date(status.phase.end_date)}"
        return f"{name} · {status.percent}% · {dates}"

    # -- KPIs -----------------------------------------------------------------------------

    def state_text(self, state: KpiState) -> str:
        words = {
            KpiState.OK: self.tr("On target"),
            KpiState.WARNING: self.tr("Warning"),
            KpiState.CRITICAL: self.tr("Critical"),
            KpiState.UNKNOWN: self.tr("No data yet"),
        }
        return f"{STATE_SYMBOL[state]} {words[state]}"

    def _kpis(self) -> str:
        headers = [
            (self.tr("KPI"), ""), (self.tr("Value"), "num"), (self.tr("Target"), "num"),
            (self.tr("State"), ""),
        ]  # fmt: skip
        rows = [self._kpi_row(figure) for figure in self.report.overview.kpis]
        return self._table(headers, rows) if rows else self._none(self.tr("No KPIs defined"))

    def _kpi_row(self, figure: KpiFigure) -> str:
        kpi = figure.kpi
        value = "—" if figure.value is None else format_unit_value(figure.value, kpi.unit)
        if figure.projected is not None:
            value += self.tr(" (on pace for %1)").replace(
                "%1", format_unit_value(figure.projected, kpi.unit)
            )
        sign = "≥" if kpi.direction is Direction.HIGHER_IS_BETTER else "≤"
        state = self.state_text(figure.state)
        if figure.alert_level is not None:
            state += self.tr(" · alert active")
        return (
            "<tr>"
            + _cell(localized(kpi.name_zh, kpi.name_en))
            + _cell(value, "num")
            + _cell(f"{sign} {format_unit_value(kpi.target, kpi.unit)}", "num")
            + _cell(state, color=COLORS[figure.state.value])
            + "</tr>"
        )

    # -- gates ----------------------------------------------------------------------------

    def _gates(self) -> str:
        headers = [
            (self.tr("Gate"), ""), (self.tr("Due"), ""), (self.tr("Ready"), "num"),
            (self.tr("Sign-off"), ""),
        ]  # fmt: skip
        rows = [self._gate_row(gate) for gate in self.report.overview.gates]
        return self._table(headers, rows) if rows else self._none(self.tr("No gates planned"))

    def _gate_row(self, gate: GateFigure) -> str:
        milestone = gate.milestone
        if gate.signed and milestone.signed_off_at is not None:
            text = (
                self.tr("✔ Signed off by %1, %2")
                .replace("%1", milestone.signed_off_by or "?")
                .replace("%2", format_datetime(milestone.signed_off_at, self.report.timezone))
            )
            color = COLORS["ok"]
        elif gate.total and gate.ready == gate.total:
            text, color = self.tr("◆ Ready to sign"), COLORS["ok"]
        else:
            text = self.tr("▲ Not ready: %1 open").replace("%1", str(gate.total - gate.ready))
            color = COLORS["warning"]
        return (
            "<tr>"
            + _cell(localized(milestone.name_zh, milestone.name_en))
            + _cell(format_date(milestone.due_date))
            + _cell(f"{gate.ready}/{gate.total}", "num")
            + _cell(text, color=color)
            + "</tr>"
        )

    # -- departments ------------------------------------------------------------------------

    def _board(self) -> str:
        headers = [
            (self.tr("Department"), ""), (self.tr("Done"), "num"), (self.tr("Lagging"), "num"),
            (self.tr("Overdue"), "num"), (self.tr("Blocked"), "num"), (self.tr("Next gate"), ""),
            (self.tr("Since yesterday"), ""),
        ]  # fmt: skip
        return self._table(headers, [self._board_row(row) for row in self.report.board])

    def _board_row(self, row: BoardRow) -> str:
        progress = row.progress
        counts = "".join(
            _cell(str(count), "num", COLORS[color] if count else None)
            for count, color in (
                (progress.lagging, "warning"), (progress.overdue, "critical"),
                (row.blocked, "critical"),
            )
        )  # fmt: skip
        if row.next_gate is None:
            gate = self.tr("No open gate")
        else:
            milestone = row.next_gate.gate
            gate = (
                self.tr("%1 (%2) ready %3/%4")
                .replace("%1", localized(milestone.name_zh, milestone.name_en))
                .replace("%2", format_date(milestone.due_date))
                .replace("%3", str(row.gate_ready))
                .replace("%4", str(row.gate_total))
            )
        department = row.department
        return (
            "<tr>"
            + _cell(localized(department.name_zh, department.name_en))
            + _cell(f"{progress.finished}/{progress.total} ({progress.percent}%)", "num")
            + counts
            + _cell(gate)
            + _cell(self._change(row))
            + "</tr>"
        )

    def _change(self, row: BoardRow) -> str:
        if row.previous is None:
            return self.tr("no earlier snapshot")
        names = {
            "finished": self.tr("done %1"),
            "lagging": self.tr("lagging %1"),
            "overdue": self.tr("overdue %1"),
            "blocked": self.tr("blocked %1"),
        }
        parts = [
            text.replace("%1", f"{row.change(key):+d}")
            for key, text in names.items()
            if row.change(key)
        ]
        return " · ".join(parts) if parts else self.tr("no change")

    # -- incidents --------------------------------------------------------------------------

    def _incidents(self) -> str:
        incidents = self.report.overview.open_incidents
        if not incidents:
            return self._none(self.tr("No open incidents"))
        headers = [
            (self.tr("Level"), ""), (self.tr("Incident"), ""), (self.tr("Status"), ""),
            (self.tr("Owner"), ""), (self.tr("Raised at"), ""),
        ]  # fmt: skip
        return self._table(headers, [self._incident_row(i) for i in incidents])

    def _incident_row(self, incident: Incident) -> str:
        report = self.report
        level = report.risk_levels.get(incident.level_code)
        level_name = localized(level.name_zh, level.name_en) if level else incident.level_code
        owner = report.people.get(incident.owner_id or 0)
        return (
            "<tr>"
            + _cell(level_name, color=level.color if level else None)
            + _cell(incident.title)
            + _cell(incident_status_label(incident.status))
            + _cell(localized(owner.name, owner.name_en) if owner else self.tr("unassigned"))
            + _cell(format_datetime(incident.opened_at, report.timezone))
            + "</tr>"
        )

    # -- budget -----------------------------------------------------------------------------

    def _budget(self) -> str:
        summary = self.report.budget
        total = summary.total
        totals = (
            self.tr("Planned %1 · committed %2 · executed %3 (%4)")
            .replace("%1", format_money_cents(total.planned))
            .replace("%2", format_money_cents(total.committed))
            .replace("%3", format_money_cents(total.executed))
            .replace("%4", f"{total.executed_share:.0%}")
        )
        split = summary.split
        if split.ok:
            rule, color = self.tr("✓ Core %1 · non-core %2 (70/30 rule met)"), COLORS["ok"]
        else:
            rule = self.tr("✖ Core %1 · non-core %2: %3 above the 30% limit")
            color = COLORS["critical"]
        rule = (
            rule.replace("%1", f"{split.core_share:.1%}")
            .replace("%2", f"{split.non_core_share:.1%}")
            .replace("%3", format_money_cents(split.non_core_excess))
        )
        parts = [
            f"<p>{escape(totals)}<br/>",
            f'<span style="color: {color}; font-weight: 600;">{escape(rule)}</span></p>',
            self._budget_by_department(),
            "<p><b>" + escape(self.tr("Variance warnings")) + "</b></p>",
            self._variances(),
        ]
        return "".join(parts)

    def _budget_by_department(self) -> str:
        report = self.report
        headers = [
            (self.tr("Department"), ""), (self.tr("Planned"), "num"),
            (self.tr("Committed"), "num"), (self.tr("Executed"), "num"),
            (self.tr("Executed share"), "num"),
        ]  # fmt: skip
        rows = []
        for department_id, totals in report.budget.by_department.items():
            department = report.departments.get(department_id)
            name = localized(department.name_zh, department.name_en) if department else "?"
            rows.append(
                "<tr>" + _cell(name) + _cell(format_money_cents(totals.planned), "num")
                + _cell(format_money_cents(totals.committed), "num")
                + _cell(format_money_cents(totals.executed), "num")
                + _cell(f"{totals.executed_share:.0%}", "num") + "</tr>"
            )  # fmt: skip
        return self._table(headers, rows)

    def _variances(self) -> str:
        warnings = self.report.budget.warnings
        if not warnings:
            return self._none(self.tr("No line is above its plan."))
        items = []
        for warning in warnings:
            line = self.report.budget_line(warning.line_id)
            name = localized(line.item_zh, line.item_en) if line else "?"
            if line is not None:
                name += f" ({category_label(line.category)})"
            if warning.kind is VarianceKind.OVERSPENT:
                text, color = self.tr("✖ %1: executed %2 above plan"), COLORS["critical"]
            else:
                text, color = self.tr("▲ %1: committed %2 above plan"), COLORS["warning"]
            text = text.replace("%1", name).replace("%2", format_money_cents(warning.excess))
            items.append(f'<li style="color: {color};">{escape(text)}</li>')
        return f"<ul>{''.join(items)}</ul>"

    @staticmethod
    def _none(text: str) -> str:
        return f'<p class="muted">{escape(text)}</p>'
