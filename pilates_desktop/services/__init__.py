"""Long-lived parts that may use Qt but no widgets, shared by the window, the tray and the CLI."""
