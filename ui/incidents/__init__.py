"""Incident views (home for the incidents issue)."""
