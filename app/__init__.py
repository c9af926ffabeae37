"""The top layer: command line, assembly of controllers and window, crash handling, logs."""

__version__ = "0.1.0"
