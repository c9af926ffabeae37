"""Incident records and rules (home for the incidents issue).

Pure rules, no Qt, no store: ``workflow`` (statuses, levels, transition checks),
``deadlines`` (per-level acknowledge/resolve deadlines and breaches), ``escalation``
(chains, due steps applied once, neighbour notification) and ``scores`` (risk cost, user
impact index, ranking).
"""
