"""The History window: charts, the session list and their view."""
