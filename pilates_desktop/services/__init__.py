"""Long-lived parts that may use Qt but no widgets, shared by the window, the tray and the CLI:
settings, the running session, the cues, the prompter interface, files and more.

``app.build_app`` makes each once (``bundle.Services``); widgets get them in constructors.
"""
