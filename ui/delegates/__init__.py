"""Item delegates: the editors and painters used inside table views."""
