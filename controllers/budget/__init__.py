"""The budget board: lines, the 70/30 rule, reallocation requests and their deadlines."""
