"""Builds the running app: controllers, the main window, and each feature's views.

Every feature's UI package installs itself (``ui.<feature>.install``) and returns what the
others need; the objects are handed on here, explicitly. Every Qt object gets a Qt parent
(the window), so Qt ends its life with the window rather than Python's garbage collector
at some random later moment (in the middle of other work).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

import ui.audit
import ui.budget
import ui.metrics
import ui.overview
import ui.plan
import ui.report
import ui.workbook
from controllers.audit.audit_controller import AuditController
from controllers.background import BackgroundRunner
from controllers.budget.budget_controller import BudgetController
from controllers.campaign_controller import CampaignController
from controllers.language_controller import LanguageController, system_language
from controllers.metrics.metrics_controller import MetricsController
from controllers.notifier import Notifier
from controllers.overview.overview_controller import OverviewController
from controllers.plan.board_controller import BoardController
from controllers.plan.plan_controller import PlanController
from controllers.report.report_controller import ReportController
from controllers.settings import Settings
from controllers.workbook.excel_controller import ExcelController
from models.clock import Clock
from models.records import Actor
from models.resource_paths import TRANSLATIONS_DIR
from models.store import Store
from ui.common.table_export import install_table_menus
from ui.overview.rooms import DepartmentRooms
from ui.report.report_actions import ReportActions
from ui.shell.main_window import MainWindow
from ui.shell.theme import Theme
from ui.workbook.workbook_actions import WorkbookActions


@dataclass
class AppParts:
    """Everything ``build_app`` wires together (the commands and tests reach in through this)."""

    store: Store
    settings: Settings
    notifier: Notifier
    language: LanguageController
    campaign: CampaignController
    overview: OverviewController
    window: MainWindow
    plan: PlanController
    board: BoardController
    metrics: MetricsController
    budget: BudgetController
    excel: ExcelController
    reports: ReportController
    rooms: DepartmentRooms
    workbook_actions: WorkbookActions
    report_actions: ReportActions


def build_app(
    app: QApplication,
    store: Store,
    qsettings: QSettings,
    clock: Clock,
    actor: Actor,
    language: str | None = None,
) -> AppParts:
    """Create the controllers, the main window and its views; hand objects to each other."""
    settings = Settings(qsettings)
    Theme.apply(app, settings.value("ui/theme"))
    languages = LanguageController(TRANSLATIONS_DIR)
    languages.set_language(language or settings.value("ui/language") or system_language())
    notifier = Notifier()
    campaign = CampaignController(store, clock)
    overview = OverviewController(campaign, settings)
    window = MainWindow(campaign, languages, settings, notifier, actor)
    for owned in (languages, notifier, campaign, overview):
        owned.setParent(window)
    window.settings_changed.connect(
        lambda: overview.refresh_timer.setInterval(settings.value("refresh/interval_ms"))
    )
    window.settings_changed.connect(overview.refresh_now)  # e.g. a new lagging margin

    overview_views = ui.overview.install(window, overview, campaign)
    plan, board = _plan_controllers(window, campaign, overview, settings)
    ui.plan.install(window, plan, board, overview_views.rooms, actor)
    metrics = _metrics_controller(window, campaign, overview, settings, notifier)
    ui.metrics.install(window, metrics, overview_views, actor)
    budget = BudgetController(campaign, notifier, window)
    overview.watch(budget.budget_changed)
    ui.budget.install(window, budget, campaign, actor)
    excel = ExcelController(campaign, BackgroundRunner(parent=window), notifier, window)
    workbook_actions = ui.workbook.install(window, excel, campaign, actor)
    ui.audit.install(window, AuditController(campaign, window), campaign.timezone)
    reports = ReportController(campaign, overview, board, budget, metrics, window)
    report_actions = ui.report.install(window, reports, actor)
    install_table_menus(window)
    window.page_built.connect(lambda _key, page: install_table_menus(page))  # built later
    window.restore_layout()
    return AppParts(
        store, settings, notifier, languages, campaign, overview, window,
        plan, board, metrics, budget, excel, reports,
        overview_views.rooms, workbook_actions, report_actions,
    )  # fmt: skip


def _plan_controllers(
    window: MainWindow,
    campaign: CampaignController,
    overview: OverviewController,
    settings: Settings,
) -> tuple[PlanController, BoardController]:
    """Issue 3: one plan controller behind checklist, gates and timeline; the daily board."""
    plan = PlanController(campaign, settings, window)
    board = BoardController(plan, settings, window)
    overview.watch(plan.tasks_changed)
    overview.watch(plan.milestones_changed)
    return plan, board


def _metrics_controller(
    window: MainWindow,
    campaign: CampaignController,
    overview: OverviewController,
    settings: Settings,
    notifier: Notifier,
) -> MetricsController:
    """Issue 4: live sources (the simulator when enabled) feeding the overview's KPI tiles."""
    metrics = MetricsController(campaign, settings, notifier, window)
    if settings.value("metrics/simulator"):
        metrics.sources.add_simulator(settings.value("metrics/simulator_seed"))
    overview.watch_live(metrics)
    return metrics


def static_view_keys() -> tuple[str, ...]:
    """The view keys known before the database is opened, in navigation order; the
    department rooms (``dept-CODE``) come second and need the database."""
    return (
        *ui.overview.PAGE_KEYS,
        *ui.plan.PAGE_KEYS,
        *ui.metrics.PAGE_KEYS,
        *ui.budget.PAGE_KEYS,
        *ui.audit.PAGE_KEYS,
    )


def is_view_key(key: str) -> bool:
    """Whether ``key`` names a page or has the form of a department room (``dept-CODE``)."""
    prefix = ui.overview.ROOM_KEY_PREFIX
    return key in static_view_keys() or (key.startswith(prefix) and len(key) > len(prefix))


def view_key_forms() -> list[str]:
    """The view keys to offer on the command line: ``dept-CODE`` stands for every room."""
    first, *rest = static_view_keys()
    return [first, ui.overview.room_key("CODE"), *rest]
