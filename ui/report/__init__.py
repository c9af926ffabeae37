"""The daily war-room report: File-menu action, HTML layout and PDF writer.

``install`` puts the export action into the window's File menu.
"""

from ui.report.report_actions import install_report_action as install

__all__ = ["install"]
