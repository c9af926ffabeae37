"""Incident tickets and their escalation (home for the incidents issue)."""
