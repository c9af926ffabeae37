"""The daily report gathers the very figures the overview, board and budget board show."""

from __future__ import annotations

import pytest

from controllers.budget.budget_controller import BudgetController
from controllers.notifier import Notifier
from controllers.overview.overview_controller import OverviewController
from controllers.plan.board_controller import BoardController
from controllers.report.report_controller import ReportController, headless_report_controller
from controllers.settings import Settings
from models.records import Actor, Role


@pytest.fixture
def reports(campaign, plan, qsettings) -> ReportController:
    settings = Settings(qsettings)
    overview = OverviewController(campaign, settings, campaign)
    board = BoardController(plan, settings, campaign)
    budget = BudgetController(campaign, Notifier(campaign), campaign)
    return ReportController(campaign, overview, board, budget, None, campaign)


def test_report_carries_the_overview_board_and_budget_figures(reports, campaign, plan, qsettings):
    settings = Settings(qsettings)
    lead = Actor("王梅", Role.LEAD, "MKT")
    report = reports.daily_report(lead)

    overview = OverviewController(campaign, settings, campaign).snapshot()
    assert [(f.kpi.code, f.value, f.state) for f in report.overview.kpis] == [
        (f.kpi.code, f.value, f.state) for f in overview.kpis
    ]
    assert [g.milestone.name_zh for g in report.overview.gates] == [
        g.milestone.name_zh for g in overview.gates
    ]
    assert [i.title for i in report.overview.open_incidents] == [
        i.title for i in overview.open_incidents
    ]
    assert report.overview.open_incidents, "the demo has open incidents to report"
    board = BoardController(plan, settings, campaign).rows()
    assert [(r.department.code, r.progress, r.blocked) for r in report.board] == [
        (r.department.code, r.progress, r.blocked) for r in board
    ]
    budget = BudgetController(campaign, Notifier(campaign), campaign).summary()
    assert report.budget.total == budget.total
    assert report.budget.split == budget.split
    assert report.actor == lead
    assert report.generated_at == campaign.now()
    assert report.generated_at.tzinfo == campaign.timezone
    assert report.seconds_to_dday == campaign.seconds_to_dday()


def test_report_follows_an_edit_at_once(reports, plan, actor):
    """A task finished just before printing counts in the report printed next."""
    before = reports.daily_report(actor)
    task = next(t for t in plan.tasks() if not t.status.is_finished)
    plan.set_progress(actor, task.id, 100)
    plan.edit_task(actor, task.id, "status", "done")
    after = reports.daily_report(actor)
    assert after.overview.campaign_progress.finished == (
        before.overview.campaign_progress.finished + 1
    )


def test_headless_controllers_give_live_kpis_and_the_gmv_chart(qapp, demo_store, clock, qsettings):
    reports = headless_report_controller(demo_store, clock, qsettings, qapp)
    try:
        report = reports.daily_report(Actor("cli", Role.OPERATOR))
        gmv = next(f for f in report.overview.kpis if f.kpi.metric_code == "gmv")
        assert gmv.value is not None and gmv.value > 0  # from the simulator, up to the clock
        assert report.chart is not None
        assert report.chart.metric_code == "gmv"
        assert len(report.chart.actual[0]) >= 2
    finally:
        reports.parent().deleteLater()
