"""Widgets and helpers shared by every feature: dialogs, formatting, cards, charts' base."""
