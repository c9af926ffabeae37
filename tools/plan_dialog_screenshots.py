"""Render the plan's dialogs offscreen to docs/: the new-task form and a milestone move.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/plan_dialog_screenshots.py

Builds the demo in memory at its eve of D-day. The new-task form is shown after a refused
submit (so the message is in the picture); the milestone move previews a gate two days
earlier with one of its tasks counted back from it (M-1).
"""

from __future__ import annotations

import os
import sys
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from PySide6.QtCore import QDate, QSettings
    from PySide6.QtWidgets import QApplication

    from controllers.campaign_controller import CampaignController
    from controllers.language_controller import LanguageController
    from controllers.plan.plan_controller import PlanController
    from controllers.settings import Settings
    from models.clock import FixedClock
    from models.demo.builder import DEMO_AS_OF, build_demo
    from models.records import Actor, Role
    from models.resource_paths import TRANSLATIONS_DIR
    from models.store import open_store
    from ui.plan.schedule_dialog import ScheduleDialog
    from ui.plan.task_create_dialog import TaskCreateDialog
    from ui.shell.theme import Theme

    app = QApplication.instance() or QApplication(sys.argv)
    Theme.apply(app, "dark")
    languages = LanguageController(TRANSLATIONS_DIR)
    actor = Actor("高远", Role.COMMANDER)
    for language in ("zh", "en"):
        languages.set_language(language)
        store = open_store(None)
        build_demo(store, actor)
        settings = Settings(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "x"))
        plan = PlanController(CampaignController(store, FixedClock(DEMO_AS_OF)), settings)
        form = TaskCreateDialog(plan, actor, plan.campaign.department("CS").id)
        form.title_zh_edit.setText("加开夜班客服")
        form.title_en_edit.setText("Add a night CS shift")
        form.start_edit.setDate(QDate(2026, 11, 10))
        form.due_edit.setDate(QDate(2026, 11, 8))
        form.show()
        form.submit()  # refused: starts after its due date
        _save(app, form, f"new_task_{language}.png")
        gate = next(g for g in plan.gates.all() if g.signed_off_at is None)
        task = next(t for t in plan.tasks() if t.milestone_id == gate.id)
        plan.edit_task(actor, task.id, "anchor", "M-1")
        move = ScheduleDialog(plan, actor, None, gate.id)
        move.resize(900, 420)
        day = gate.due_date - timedelta(days=2)
        move.start_edit.setDate(QDate(day.year, day.month, day.day))
        move.show()
        _save(app, move, f"milestone_move_{language}.png")
        form.close()
        move.close()
    return 0


def _save(app, widget, name: str) -> None:
    for _ in range(5):
        app.processEvents()
    out = ROOT / "docs" / name
    widget.grab().save(str(out), "PNG")
    print(f"Wrote {out}")


if __name__ == "__main__":
    sys.exit(main())
