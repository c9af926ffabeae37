"""Qt table models over the domain records (QtCore/QtGui only, never QtWidgets)."""
