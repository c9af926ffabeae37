"""Daily progress board: figures agree with the overview; the daily snapshot job and trends."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from controllers.campaign_controller import CampaignController
from controllers.jobs import JobScheduler
from controllers.overview.overview_controller import OverviewController
from controllers.plan.board_controller import SNAPSHOT_JOB_ID, BoardController, parse_time_of_day
from controllers.plan.plan_controller import PlanController
from controllers.settings import Settings
from models.records import TaskStatus

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def parts(qapp, demo_store, clock, qsettings):
    campaign = CampaignController(demo_store, clock)
    settings = Settings(qsettings)
    plan = PlanController(campaign, settings)
    return campaign, settings, plan, BoardController(plan, settings)


def test_board_numbers_match_the_overview(parts):
    campaign, settings, _plan, board = parts
    overview = OverviewController(campaign, settings).snapshot()
    rows = board.rows()
    assert [row.department.code for row in rows] == [d.code for d in campaign.departments()]
    for row in rows:
        figure = overview.department(row.department.code)
        assert row.progress == figure.progress


def test_board_counts_blocked_tasks_and_the_next_gate(parts):
    _campaign, _settings, plan, board = parts
    rows = {row.department.code: row for row in board.rows()}
    blocked = plan.blockers()
    assert blocked  # the demo has blocked tasks, so a board counting none would be caught
    assert sum(row.blocked for row in rows.values()) == len(blocked)
    cs = rows["CS"]
    assert cs.next_gate is not None and cs.next_gate.gate.name_en == "CS system stress test passed"
    assert (cs.gate_ready, cs.gate_total) == (cs.next_gate.ready, cs.next_gate.total)


def test_snapshot_job_stores_today_once_and_survives_a_restart(parts, demo_store, qtbot):
    campaign, settings, plan, board = parts
    today = plan.today()
    with qtbot.waitSignal(board.board_changed):
        board.snapshot_job()  # what APScheduler calls; the slot writes on this thread
    board.snapshot_job()
    todays = [s for s in demo_store.plan.board_snapshots(campaign.campaign_id) if s.day == today]
    assert len(todays) == len(campaign.departments())
    fresh = BoardController(PlanController(campaign, settings), settings)
    assert fresh.last_snapshot_day() == today
    assert all(row.trend[-1].day == today for row in fresh.rows())


def test_change_since_yesterday_follows_edits(parts, actor, clock):
    _campaign, _settings, plan, board = parts
    clock.advance(timedelta(days=1))  # the demo history ends yesterday; now it is "today"
    board.take_snapshot()
    clock.advance(timedelta(days=1))
    row = next(r for r in board.rows() if r.department.code == "HQ")
    assert row.change("finished") == 0
    task = next(
        t for t in plan.tasks(row.department.id)
        if t.status is TaskStatus.IN_PROGRESS and t.id not in plan.blockers()
    )  # fmt: skip
    plan.set_status(actor, [task.id], TaskStatus.DONE)
    row = next(r for r in board.rows() if r.department.code == "HQ")
    assert row.change("finished") == 1


def test_catch_up_only_after_the_configured_time(parts, qsettings):
    board = parts[3]
    assert not board.catch_up()  # 20:00 is before the default 23:50
    qsettings.setValue("plan/snapshot_time", "08:30")
    assert board.catch_up()
    assert not board.catch_up()  # already taken today
    qsettings.setValue("plan/snapshot_time", "25:99")
    assert board.snapshot_time() == (23, 50)  # a broken setting falls back to the default


def _next_snapshot(jobs: JobScheduler, after: datetime) -> datetime:
    """When APScheduler would next fire the snapshot job (it is never started in tests)."""
    trigger = jobs._scheduler.get_job(SNAPSHOT_JOB_ID).trigger
    return trigger.get_next_fire_time(None, after)


def test_schedule_registers_the_daily_job_at_the_configured_time(parts, qapp, clock, qsettings):
    _campaign, _settings, _plan, board = parts
    jobs = JobScheduler()
    board.schedule(jobs)
    eve = clock.now()  # 20:00 on the eve
    assert _next_snapshot(jobs, eve) == datetime(2026, 11, 10, 23, 50, tzinfo=SHANGHAI)
    late = datetime(2026, 11, 10, 23, 51, tzinfo=SHANGHAI)
    assert _next_snapshot(jobs, late) == datetime(2026, 11, 11, 23, 50, tzinfo=SHANGHAI)
    qsettings.setValue("plan/snapshot_time", "08:30")
    next_start = JobScheduler()
    board.schedule(next_start)
    assert _next_snapshot(next_start, eve) == datetime(2026, 11, 11, 8, 30, tzinfo=SHANGHAI)


def test_scheduling_again_replaces_the_job_rather_than_running_it_twice(parts, qapp, clock):
    _campaign, _settings, _plan, board = parts
    jobs = JobScheduler()
    board.schedule(jobs)
    board.schedule(jobs)  # e.g. after the snapshot time was changed in the settings
    assert jobs.job_ids() == ["plan.board_snapshot"]


def test_time_of_day_parsing():
    assert parse_time_of_day("07:05") == (7, 5)
    assert parse_time_of_day("7") is None
    assert parse_time_of_day("24:00") is None
