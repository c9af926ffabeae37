"""pyqtgraph charts. Curves are created once and fed with ``setData``."""
