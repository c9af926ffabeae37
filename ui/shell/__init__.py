"""The window around the features: main window, palette, settings, theme, single instance."""
