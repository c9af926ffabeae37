"""Live metrics: samples, feeds and their mapping, the simulator, alert rules, chart data."""
