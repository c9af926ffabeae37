"""The daily war-room report: figures gathered for the PDF."""
