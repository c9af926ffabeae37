"""Controllers turn user intent and time (scheduler, feeds) into model changes and signals.

QtCore/QtGui only; no widgets. Every mutating action takes the acting user (``Actor``) so
that permissions and the audit log have one place to hook in.
"""
