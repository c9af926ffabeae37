"""Plan views: checklist, gates, timeline, daily board and their dialogs.

``install`` puts them into the window (and a checklist into each department room).
"""

from ui.plan.wiring import PAGE_KEYS, PlanPages, install

__all__ = ["PAGE_KEYS", "PlanPages", "install"]
