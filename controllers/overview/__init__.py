"""The overview's figures, shared by the overview and the department rooms."""
