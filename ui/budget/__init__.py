"""The budget board, its chart, clipboard and reallocation requests."""
