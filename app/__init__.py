"""The top layer: command line, assembly of controllers and window, crash handling, logs."""
