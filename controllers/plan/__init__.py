"""The campaign plan: checklist edits, dependencies, gates, milestones, rescheduling, the
daily board."""
