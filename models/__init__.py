"""The War Room domain and its SQLite store. Plain Python: usable headless, no widgets."""
