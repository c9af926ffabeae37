"""Workbook export and import actions and the import preview.

``install`` puts the actions into the window's File menu.
"""

from ui.workbook.wiring import install

__all__ = ["install"]
