"""Incident records and rules (home for the incidents issue)."""
