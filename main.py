"""War Room: assembly point and command line.

``warroom [--db PATH] [--lang zh|en]`` opens the window; sub-commands work headless
(``demo``) or offscreen (``screenshot``). Errors go to stderr with exit code 2.
"""

from __future__ import annotations

import argparse
import faulthandler
import logging
import logging.handlers
import os
import sqlite3
import sys
import threading
import traceback
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from controllers import commands
from controllers.commands import (
    CommandError,
    acting_user,
    default_database_path,
    make_clock,
    open_campaign_store,
)
from models.clock import Clock
from models.errors import WarRoomError
from models.records import Actor, Role
from ui.report import report_command

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from controllers.budget.budget_controller import BudgetController
    from controllers.campaign_controller import CampaignController
    from controllers.language_controller import LanguageController
    from controllers.metrics.metrics_controller import MetricsController
    from controllers.notifier import Notifier
    from controllers.overview.overview_controller import OverviewController
    from controllers.plan.board_controller import BoardController
    from controllers.plan.plan_controller import PlanController
    from controllers.settings import Settings
    from controllers.workbook.excel_controller import ExcelController
    from models.store import Store
    from ui.overview.department_panel import DepartmentPanel
    from ui.plan.checklist_panel import ChecklistPanel
    from ui.plan.timeline_view import TimelineView
    from ui.shell.main_window import MainWindow

__version__ = "0.1.0"
APP_DIR = Path(__file__).resolve().parent
TRANSLATIONS_DIR = APP_DIR / "resources" / "translations"
EXIT_USAGE = 2

log = logging.getLogger("warroom")


# -- paths and logging ---------------------------------------------------------------


def log_file_path() -> Path:
    from platformdirs import user_log_dir

    folder = Path(user_log_dir("WarRoom", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "warroom.log"


def setup_logging() -> Path:
    path = log_file_path()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    # APScheduler logs every run of every job at INFO: twice a second with live sources.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    return path


# -- application assembly ------------------------------------------------------------------


@dataclass
class AppParts:
    """Everything ``build_app`` wires together (tests reach in through this)."""

    store: Store
    settings: Settings
    notifier: Notifier
    language: LanguageController
    campaign: CampaignController
    overview: OverviewController
    window: MainWindow
    metrics: MetricsController | None = None
    plan: PlanController | None = None
    board: BoardController | None = None
    budget: BudgetController | None = None
    excel: ExcelController | None = None


def build_app(
    app: QApplication,
    store: Store,
    qsettings: QSettings,
    clock: Clock,
    actor: Actor,
    language: str | None = None,
) -> AppParts:
    """Create controllers, the main window and its views; hand objects to each other."""
    from controllers.campaign_controller import CampaignController
    from controllers.language_controller import LanguageController, system_language
    from controllers.notifier import Notifier
    from controllers.overview.overview_controller import OverviewController
    from controllers.report.report_controller import ReportController
    from controllers.settings import Settings
    from ui.common.table_export import install_table_menus
    from ui.report.report_actions import install_report_action
    from ui.shell.main_window import MainWindow
    from ui.shell.theme import Theme

    settings = Settings(qsettings)
    Theme.apply(app, settings.value("ui/theme"))
    language_controller = LanguageController(TRANSLATIONS_DIR)
    language_controller.set_language(language or settings.value("ui/language") or system_language())
    notifier = Notifier()
    campaign = CampaignController(store, clock)
    overview = OverviewController(campaign, settings)
    window = MainWindow(campaign, language_controller, settings, notifier, actor)
    # Every Qt object of the app has a Qt parent, so Qt ends its life with the window rather
    # than Python's garbage collector at some random later moment (in the middle of other work).
    for owned in (language_controller, notifier, campaign, overview):
        owned.setParent(window)
    window.settings_changed.connect(
        lambda: overview.refresh_timer.setInterval(settings.value("refresh/interval_ms"))
    )
    window.settings_changed.connect(overview.refresh_now)  # e.g. a new lagging margin
    _add_views(window, campaign, overview)
    plan, board = _add_plan_views(window, campaign, overview, settings, actor)
    metrics = _add_metrics_views(window, campaign, overview, settings, notifier, actor)
    budget, excel = _add_budget_views(window, campaign, overview, notifier, actor)
    _add_audit_view(window, campaign)
    reports = ReportController(campaign, overview, board, budget, metrics, window)
    install_report_action(window, reports, actor)
    install_table_menus(window)
    window.page_built.connect(lambda _key, page: install_table_menus(page))  # pages built later
    window.restore_layout()
    parts = AppParts(store, settings, notifier, language_controller, campaign, overview, window)
    parts.metrics = metrics
    parts.plan, parts.board = plan, board
    parts.budget, parts.excel = budget, excel
    return parts


def _add_budget_views(
    window: MainWindow,
    campaign: CampaignController,
    overview: OverviewController,
    notifier: Notifier,
    actor: Actor,
) -> tuple[BudgetController, ExcelController]:
    """Issue 5: the budget board and the workbook export/import actions of the File menu."""
    from PySide6.QtCore import QCoreApplication

    from controllers.background import BackgroundRunner
    from controllers.budget.budget_controller import BudgetController
    from controllers.workbook.excel_controller import ExcelController
    from ui.budget.budget_panel import BudgetPanel
    from ui.workbook.workbook_actions import WorkbookActions

    budget = BudgetController(campaign, notifier, window)
    overview.watch(budget.budget_changed)
    window.add_view(
        "budget", lambda: BudgetPanel(budget, campaign, actor),
        lambda: QCoreApplication.translate("MainWindow", "Budget board"),
    )  # fmt: skip
    excel = ExcelController(campaign, BackgroundRunner(parent=window), notifier, window)
    window.workbook_actions = WorkbookActions(window, excel, campaign, actor)  # type: ignore[attr-defined]
    window.workbook_actions.install(window.file_menu)  # type: ignore[attr-defined]
    return budget, excel


def _add_plan_views(
    window: MainWindow,
    campaign: CampaignController,
    overview: OverviewController,
    settings: Settings,
    actor: Actor,
) -> tuple[PlanController, BoardController]:
    """Issue 3: checklist, gates, timeline and daily board over one plan controller."""
    from PySide6.QtCore import QCoreApplication

    from controllers.plan.board_controller import BoardController
    from controllers.plan.plan_controller import PlanController
    from ui.plan.checklist_panel import ChecklistPanel
    from ui.plan.gates_panel import GatesPanel
    from ui.plan.progress_board import ProgressBoard
    from ui.plan.timeline_view import TimelineView

    plan = PlanController(campaign, settings, window)
    board = BoardController(plan, settings, window)
    overview.watch(plan.tasks_changed)
    overview.watch(plan.milestones_changed)
    window.add_view(
        "checklist",
        lambda: ChecklistPanel(plan, actor),
        lambda: QCoreApplication.translate("MainWindow", "Checklist"),
    )
    window.add_view(
        "gates", lambda: GatesPanel(plan, actor),
        lambda: QCoreApplication.translate("MainWindow", "Gates and sign-off"),
    )  # fmt: skip
    window.add_view(
        "timeline",
        lambda: TimelineView(plan, actor),
        lambda: QCoreApplication.translate("MainWindow", "Timeline"),
    )

    def follow(page: ChecklistPanel | TimelineView, other: str) -> None:
        # The other page follows this one's selection, built for it if need be.
        page.task_selected.connect(lambda task_id: window.view_widget(other).select_task(task_id))

    window.when_page_built("timeline", lambda timeline: follow(timeline, "checklist"))
    window.when_page_built("checklist", lambda checklist: follow(checklist, "timeline"))

    def give_checklist(room: DepartmentPanel, department_id: int) -> None:
        own = ChecklistPanel(plan, actor)
        own.lock_department(department_id)
        room.set_checklist(own)

    for department in campaign.departments():
        window.when_page_built(
            f"dept-{department.code}",
            lambda room, d=department.id or 0: give_checklist(room, d),
        )
    window.add_view(
        "board", lambda: ProgressBoard(plan, board),
        lambda: QCoreApplication.translate("MainWindow", "Daily progress board"), on_wall=True,
    )  # fmt: skip
    return plan, board


def _add_metrics_views(
    window: MainWindow,
    campaign: CampaignController,
    overview: OverviewController,
    settings: Settings,
    notifier: Notifier,
    actor: Actor,
) -> MetricsController:
    """Issue 4: live sources, charts on the overview and department pages, alerts, sources."""
    from controllers.metrics.metrics_controller import MetricsController
    from ui.metrics import metrics_views
    from ui.metrics.alerts_panel import AlertsPanel
    from ui.metrics.sources_panel import SourcesPanel

    metrics = MetricsController(campaign, settings, notifier, window)
    if settings.value("metrics/simulator"):
        metrics.add_simulator(settings.value("metrics/simulator_seed"))
    overview.watch_live(metrics)
    overview_panel = window.view_widget("overview")
    overview_panel.add_chart(metrics_views.overview_charts(metrics), 0, 1)
    # Live charts get most of the width; the burn-up keeps a quarter.
    overview_panel.charts_grid.setColumnStretch(0, 1)
    overview_panel.charts_grid.setColumnStretch(1, 3)

    def give_charts(room: DepartmentPanel) -> None:
        department = room.department
        charts = metrics_views.department_charts(metrics, department.code, department.id)
        if charts is not None:
            room.add_chart(charts)

    for department in campaign.departments():
        window.when_page_built(f"dept-{department.code}", give_charts)
    titles = metrics_views.view_titles()
    pages = {
        "metrics": lambda: metrics_views.metrics_page(metrics),
        "alerts": lambda: AlertsPanel(metrics, actor),
        "sources": lambda: SourcesPanel(metrics, actor),
    }
    for key, page in pages.items():
        window.add_view(key, page, titles[key], on_wall=key == "metrics")
    metrics_views.AlertAnnouncer(metrics, window.statusBar(), window)
    return metrics


def _add_views(
    window: MainWindow, campaign: CampaignController, overview: OverviewController
) -> None:
    from PySide6.QtCore import QCoreApplication

    from models.tables.labels import localized
    from ui.overview.department_panel import DepartmentPanel
    from ui.overview.overview_panel import OverviewPanel

    overview_panel = OverviewPanel(overview, campaign)
    window.add_view(
        "overview",
        overview_panel,
        lambda: QCoreApplication.translate("MainWindow", "War-room overview"),
        on_wall=True,
    )
    for department in campaign.departments():
        window.add_view(
            f"dept-{department.code}",
            lambda d=department: DepartmentPanel(d, overview, campaign),
            lambda d=department: localized(d.name_zh, d.name_en),
            on_wall=department.is_core_unit,
        )
    overview_panel.department_requested.connect(lambda code: window.show_view(f"dept-{code}"))


def _add_audit_view(window: MainWindow, campaign: CampaignController) -> None:
    from PySide6.QtCore import QCoreApplication

    from controllers.audit.audit_controller import AuditController
    from models.tables.audit_table_model import AuditTableModel
    from ui.audit.audit_panel import AuditPanel

    audit = AuditController(campaign, window)
    window.add_view(
        "audit",
        lambda: AuditPanel(audit, AuditTableModel(campaign.timezone)),
        lambda: QCoreApplication.translate("MainWindow", "Audit log"),
    )


def create_qt_application(argv: list[str]) -> QApplication:
    from PySide6.QtWidgets import QApplication

    from controllers.settings import APPLICATION, ORGANIZATION

    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setApplicationName(APPLICATION)
    QApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(argv)
    return app  # type: ignore[return-value]


def install_crash_handlers(log_path: Path) -> None:
    """Log every uncaught exception and show it with copyable details; keep the app up."""
    crash_file = log_path.with_name("crash.log").open("a", encoding="utf-8")
    faulthandler.enable(crash_file)

    def report(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, error, tb))
        log.error("uncaught exception\n%s", details)
        from PySide6.QtCore import QCoreApplication

        from ui.common import dialogs

        if isinstance(error, WarRoomError):
            dialogs.show_error(None, "War Room", str(error))
            return
        dialogs.show_error(
            None,
            QCoreApplication.translate("Main", "War Room: unexpected error"),
            QCoreApplication.translate(
                "Main", "Something went wrong. The details are in the log: %1"
            ).replace("%1", str(log_path)),
            details,
        )

    sys.excepthook = report
    threading.excepthook = lambda hook: log.error(
        "uncaught exception in thread %s",
        hook.thread.name if hook.thread else "?",
        exc_info=(hook.exc_type, hook.exc_value, hook.exc_traceback),  # type: ignore[arg-type]
    )


# -- commands -----------------------------------------------------------------------------


def parse_time(text: str) -> datetime:
    """An ISO time; without an offset it is read in the campaign time zone (Asia/Shanghai)."""
    from zoneinfo import ZoneInfo

    try:
        moment = datetime.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            f"not a time: {text!r} (use e.g. 2026-11-10T20:00 or 2026-11-10T20:00+08:00)"
        ) from error
    return moment if moment.tzinfo else moment.replace(tzinfo=ZoneInfo("Asia/Shanghai"))


def parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (use WIDTHxHEIGHT)") from error
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"size out of range: {text!r}")
    return width, height


def _add_common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", help="acting user's name (default: the login name)")
    parser.add_argument(
        "--role", choices=[r.value for r in Role], help="acting user's role (default: commander)"
    )
    parser.add_argument("--unit", metavar="CODE", help="acting user's department, e.g. MKT")
    parser.add_argument("--db", type=Path, help="database file (default: the app data folder)")
    parser.add_argument("--lang", choices=["zh", "en"], help="UI language")
    parser.add_argument("--clock", type=parse_time, help="replay the campaign clock from TIME")
    parser.add_argument("--speed", type=float, default=1.0, help="replay speed with --clock")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="warroom", description="War Room: a command centre for campaign war rooms."
    )
    parser.add_argument("--version", action="version", version=f"War Room {__version__}")
    _add_common_options(parser)
    commands = parser.add_subparsers(dest="command")

    demo = commands.add_parser("demo", help="rebuild the demo campaign in a database")
    _add_common_options(demo)
    demo.add_argument("--yes", action="store_true", help="replace existing data without asking")

    shot = commands.add_parser("screenshot", help="render a view offscreen to a PNG file")
    _add_common_options(shot)
    shot.add_argument("out", type=Path, help="PNG file to write")
    shot.add_argument("--view", default="overview", help="view key, e.g. overview, dept-MER")
    shot.add_argument("--size", type=parse_size, default=(1920, 1080), help="WIDTHxHEIGHT")
    shot.add_argument("--theme", choices=["dark", "light"], default="dark")

    ingest = commands.add_parser("ingest", help="load a CSV / JSON-lines metrics file")
    ingest.add_argument("file", type=Path, help="CSV or JSON-lines file of samples")
    ingest.add_argument("--db", type=Path, help="database file (default: the app data folder)")
    ingest.add_argument(
        "--map",
        default="",
        help="field mapping, e.g. time=ts,metric=name,value=v or time=ts,gmv=GMV",
    )
    simulate = commands.add_parser("simulate", help="write simulated Double-11 metrics")
    simulate.add_argument("--db", type=Path, required=True, help="database file")
    simulate.add_argument("--from", dest="start", type=parse_time, required=True, help="TIME")
    simulate.add_argument("--to", dest="end", type=parse_time, required=True, help="TIME")
    simulate.add_argument(
        "--speed", type=float, default=0.0, help="pace at N x real time (default: at once)"
    )
    simulate.add_argument("--seed", type=int, default=1111, help="simulator seed")

    export = commands.add_parser("export", help="export the campaign to an Excel workbook")
    _add_common_options(export)
    export.add_argument("out", type=Path, help="workbook to write (.xlsx)")
    export.add_argument(
        "--sheets", help="comma-separated: tasks,milestones,incidents,raci,budget,kpis"
    )
    export.add_argument("--department", help="only this department's rows, e.g. MKT")

    imp = commands.add_parser("import", help="preview and apply an edited Excel workbook")
    _add_common_options(imp)
    imp.add_argument("path", type=Path, help="workbook to read (.xlsx)")
    imp.add_argument("--dry-run", action="store_true", help="only print the preview")
    imp.add_argument(
        "--conflicts", choices=["refuse", "keep", "take"], default="refuse",
        help="rows changed in both places: refuse the import (default), keep War Room's "
        "values, or take the file's",
    )  # fmt: skip
    imp.add_argument("--limit", type=int, default=500, help="preview lines to print")
    report_command.add_parser(commands, _add_common_options)
    return parser


def command_screenshot(args: argparse.Namespace) -> int:
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.common import dialogs

    if args.out.suffix.lower() != ".png":
        raise CommandError(f"the screenshot file must end in .png: {args.out}")
    if not args.out.parent.exists():
        raise CommandError(f"the folder does not exist: {args.out.parent}")
    actor = acting_user(args)
    store = open_campaign_store(args.db, actor)
    app = create_qt_application([sys.argv[0]])
    dialogs.set_headless(False)
    with tempfile.TemporaryDirectory() as settings_dir:
        qsettings = QSettings(str(Path(settings_dir) / "settings.ini"), QSettings.Format.IniFormat)
        qsettings.setValue("ui/theme", args.theme)
        parts = build_app(app, store, qsettings, make_clock(args), actor, args.lang or "zh")
        window = parts.window
        window.build_all_pages()  # every page settled before the few event-loop turns below
        if args.view not in window.view_keys():
            raise CommandError(
                f"unknown view {args.view!r}; choose from: {', '.join(window.view_keys())}"
            )
        if parts.metrics is not None:
            # The screenshot shows the simulated day up to the clock, as a running app would.
            parts.metrics.poll_until_current("simulator")
            parts.overview.refresh_now()
        window.show_view(args.view)
        window.resize(*args.size)
        window.show()
        for _ in range(5):
            QApplication.processEvents()
        image = window.grab()
        if not image.save(str(args.out), "PNG"):
            raise CommandError(f"could not write {args.out}")
        window.close()
    store.close()
    print(f"Wrote {args.out} ({args.size[0]}x{args.size[1]}, view {args.view})")
    return 0


def _has_display() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QSettings

    from ui.common import dialogs
    from ui.shell.single_instance import SingleInstance

    if not _has_display():
        raise CommandError(
            "no display found (DISPLAY is not set). Run it on a virtual screen with "
            "'xvfb-run -a warroom', or render views to PNG with 'warroom screenshot out.png'."
        )

    log_path = setup_logging()
    app = create_qt_application(sys.argv)
    install_crash_handlers(log_path)
    actor = acting_user(args)
    database = args.db if args.db else default_database_path()
    instance = SingleInstance(database.expanduser().resolve(), app)
    if database.parent.is_dir() and not instance.acquire():
        print(f"War Room is already open on {database}; raised its window.")
        return 0
    try:
        store = open_campaign_store(database, actor)
    except WarRoomError as error:
        dialogs.show_error(None, "War Room", str(error))
        print(f"warroom: {error}", file=sys.stderr)
        return EXIT_USAGE
    parts = build_app(app, store, QSettings(), make_clock(args), actor, args.lang)
    parts.window.set_log_path(log_path)
    instance.set_window(parts.window)
    app.aboutToQuit.connect(instance.release)
    parts.window.show()
    # The first backup and the live sources wait for the first paint: the window shows sooner.
    parts.window.first_painted.connect(lambda: _start_backups(app, store, parts))
    parts.window.first_painted.connect(lambda: _start_jobs(app, parts))
    app.aboutToQuit.connect(store.close)
    return app.exec()


def _start_jobs(app: QApplication, parts: AppParts) -> None:
    """Scheduled work (live sources) starts once the window shows and stops on quit."""
    from controllers.jobs import JobScheduler

    scheduler = JobScheduler(parts.campaign.campaign.timezone, app)
    if parts.metrics is not None:
        parts.metrics.start(scheduler)
    if parts.board is not None:  # the daily progress board snapshot (issue 3)
        parts.board.schedule(scheduler)
    if parts.budget is not None:
        parts.budget.start_deadline_job(scheduler)
    scheduler.start()
    app.aboutToQuit.connect(scheduler.shutdown)


def _start_backups(app: QApplication, store: Store, parts: AppParts) -> None:
    """A dated copy now and every few minutes; the store keeps the newest few."""
    from PySide6.QtCore import QTimer

    def backup() -> None:
        try:
            path = store.backup()
            log.info("database backed up to %s", path)
        except (OSError, sqlite3.Error):
            log.warning("database backup failed", exc_info=True)

    def interval() -> int:
        return 60_000 * parts.settings.value("backup/interval_minutes")

    backup()
    timer = QTimer(app, interval=interval())
    timer.timeout.connect(backup)
    timer.start()
    parts.window.settings_changed.connect(lambda: timer.setInterval(interval()))


COMMANDS = {
    "demo": commands.command_demo,
    "screenshot": command_screenshot,
    "ingest": commands.command_ingest,
    "simulate": commands.command_simulate,
    "export": commands.command_export,
    "import": commands.command_import,
    "report": report_command.command_report,
}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            return run_gui(args)
        return COMMANDS[args.command](args)
    except (CommandError, WarRoomError) as error:
        print(f"warroom: {error}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
