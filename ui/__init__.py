"""Windows, panels, dialogs, delegates and charts: shows and edits, never runs SQL."""
