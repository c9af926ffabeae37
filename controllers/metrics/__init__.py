"""Live metrics: sources (simulator, followed files, pushed values), alert rules."""
