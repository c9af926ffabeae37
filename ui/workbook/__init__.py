"""Workbook export and import actions and the import preview."""
