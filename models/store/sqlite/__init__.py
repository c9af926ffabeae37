"""SQLite specifics of the store: opening, checks, pragmas, backup, migrations, errors."""
