"""Plan views: checklist, gates, timeline, daily board and their dialogs."""
