"""The demo campaign "2026 双十一": its data and the builder that writes it."""
