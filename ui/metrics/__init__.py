"""Live metrics views: charts, the metrics, alerts and sources pages, alert rules."""
