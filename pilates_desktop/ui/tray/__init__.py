"""The tray icon of the background instance (``pilates-desktop --background``)."""
