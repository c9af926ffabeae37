"""Workbook export and import in the background, applied on the GUI thread as one undo step.

The GUI thread takes a plain-data snapshot of the campaign; the worker writes the workbook
or reads it into an ``ImportPlan`` (never touching the SQLite connection); the plan comes
back through a signal; applying writes it in one transaction and pushes one undo command.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoCommand

from controllers.background import BackgroundRunner, Cancelled, TaskState
from controllers.campaign_controller import CampaignController
from controllers.error_messages import user_message
from controllers.notifier import Notifier
from models.errors import StoreInternalError, WarRoomError
from models.records import Actor, Role
from models.store.workbook import Journal
from models.workbook import ExportOptions, ImportPlan, Resolution, WorkbookRefused

log = logging.getLogger(__name__)


class ImportCommand(QUndoCommand):
    """One applied import; undo and redo replay its journal (same ids every time)."""

    def __init__(self, text: str, controller: ExcelController, actor: Actor, journal: Journal):
        super().__init__(text)
        self._controller = controller
        self._actor = actor
        self._journal = journal
        self._first = True

    def redo(self) -> None:
        if self._first:  # already written by apply_import, which could report failures
            self._first = False
            return
        self._controller.replay(self._actor, self._journal, undo=False)

    def undo(self) -> None:
        self._controller.replay(self._actor, self._journal, undo=True)


class ExcelController(QObject):
    """Export and import of campaign workbooks.

    Signals:
        progress(int percent, str text): progress of the running job.
        export_finished(str path, object rows_by_entity): the workbook was written.
        import_planned(object plan): an ``ImportPlan`` ready to preview.
        import_applied(object counts): the plan was written (dict of counts).
        failed(str message): a translated message; nothing was changed.
        cancelled(): the running job stopped at the user's request.
    """

    progress = Signal(int, str)
    export_finished = Signal(str, object)
    import_planned = Signal(object)
    import_applied = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        campaign: CampaignController,
        runner: BackgroundRunner,
        notifier: Notifier,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._campaign = campaign
        self._runner = runner
        self._notifier = notifier
        self._repository = campaign.store.workbook
        self._job: TaskState | None = None
        self.language = "zh"

    # -- jobs -------------------------------------------------------------------------------

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _start(self, fn: Any, on_result: Any) -> TaskState:
        self.cancel()  # one job at a time: a new one replaces the old
        self._on_result = on_result
        self._job = self._runner.start(
            fn, self._on_job_result, self._on_job_error, self._on_job_progress
        )
        return self._job

    @Slot(object)
    def _on_job_result(self, result: Any) -> None:
        self._job = None
        self._on_result(result)

    @Slot(object, str)
    def _on_job_error(self, error: Exception, details: str) -> None:
        self._job = None
        if isinstance(error, Cancelled):
            self.cancelled.emit()
            return
        if isinstance(error, WorkbookRefused):
            message = error.message(self.language)
        elif isinstance(error, WarRoomError | OSError | ValueError):
            message = self.tr("The workbook could not be processed: %1").replace(
                "%1", user_message(error)
            )
        else:
            log.error("workbook job failed\n%s", details)
            message = self.tr("Unexpected error while processing the workbook; see the log.")
        self.failed.emit(message)

    @Slot(int, str)
    def _on_job_progress(self, percent: int, text: str) -> None:
        self.progress.emit(percent, text)

    # -- export -----------------------------------------------------------------------------

    def export(self, actor: Actor, path: Path, options: ExportOptions) -> TaskState:
        """Write the workbook in the background; ``export_finished`` or ``failed`` follows."""
        snapshot = self._repository.snapshot(self._campaign.campaign_id, options.entities)
        now = self._campaign.now()
        target = Path(path)
        log.info("%s exports %s to %s", actor.name, ",".join(options.entities), target)
        from models.workbook import export_workbook

        def job(state: TaskState) -> Any:
            return export_workbook(target, snapshot, options, now, state.report)

        return self._start(job, self._on_exported)

    def _on_exported(self, summary: Any) -> None:
        self.export_finished.emit(str(summary.path), summary.rows)
        self._notifier.info(self.tr("Workbook exported to %1").replace("%1", str(summary.path)))

    # -- import -----------------------------------------------------------------------------

    def preview_import(self, path: Path) -> TaskState:
        """Read and compare in the background; ``import_planned`` or ``failed`` follows."""
        snapshot = self._repository.snapshot(self._campaign.campaign_id)
        language = self.language
        from models.workbook import plan_import

        def job(state: TaskState) -> ImportPlan:
            return plan_import(Path(path), snapshot, language, state.report)

        return self._start(job, self.import_planned.emit)

    def can_import(self, actor: Actor) -> bool:
        return actor.role is not Role.VIEWER

    def apply_import(self, actor: Actor, plan: ImportPlan, resolution: Resolution) -> bool:
        """Write the whole plan in one transaction as one undo step, or nothing."""
        if not self.can_import(actor):
            self.failed.emit(self.tr("Viewers cannot import workbooks."))
            return False
        if not plan.can_apply(resolution):
            self.failed.emit(self.tr("The import has errors or unresolved conflicts."))
            return False
        try:
            journal = self._repository.apply_plan(actor, plan, resolution)
        except (WarRoomError, StoreInternalError) as error:
            self.failed.emit(self.tr("Nothing was imported: %1").replace("%1", user_message(error)))
            return False
        text = self.tr("Import %1").replace("%1", plan.source)
        self._campaign.undo_stack.push(ImportCommand(text, self, actor, journal))
        self._campaign.campaign_changed.emit()
        counts = plan.counts()
        self.import_applied.emit(counts)
        self._notifier.info(
            self.tr("Imported %1: %2 added, %3 changed, %4 deleted.")
            .replace("%1", plan.source)
            .replace("%2", str(counts["added"]))
            .replace("%3", str(counts["changed"]))
            .replace("%4", str(counts["deleted"]))
        )
        return True

    def replay(self, actor: Actor, journal: Journal, *, undo: bool) -> None:
        self._repository.replay(actor, journal, undo=undo)
        self._campaign.campaign_changed.emit()
