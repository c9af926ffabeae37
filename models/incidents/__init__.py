"""Incident records and rules (home for the incidents issue).

Pure rules, no Qt, no store: ``workflow`` (statuses, levels, transition checks),
``deadlines`` (per-level acknowledge/resolve deadlines and breaches), ``escalation``
(chains, due steps applied once, neighbour notification), ``scores`` (risk cost, user
impact index, ranking), ``alert_tickets`` (one open ticket per alert rule, plan step
checklists) and ``supervision`` (督办 figures per department against 100% closure).
"""
