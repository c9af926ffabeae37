"""Excel workbooks in and out: export, import preview and apply."""
