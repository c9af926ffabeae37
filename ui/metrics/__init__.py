"""Live metrics views: charts, the metrics, alerts and sources pages, alert rules.

``install`` puts them into the window and live charts onto the overview and the rooms.
"""

from ui.metrics.wiring import PAGE_KEYS, MetricsPages, install

__all__ = ["PAGE_KEYS", "MetricsPages", "install"]
