"""Planning rules: status workflow, dependencies, reverse scheduling, progress, gate history."""
