"""The daily war-room report: File-menu action, HTML layout and PDF writer."""
