"""Responsibility-matrix records and rules (home for the matrix issue).

Pure rules, no Qt, no store: ``letters`` (parse and format a cell's R/A/C/I combination),
``matrix`` (the activities × departments value and its violations: no A, several A's, no
R), ``building`` (a matrix from a typed/imported grid or from stored records) and
``lookup`` (find activities by name; who is R, A, C and I for an activity or a ticket
category).
"""
