"""The desktop around the app, without widgets: notifications, idle time, full screen and
do-not-disturb, and a wall-clock alarm that survives suspend. Each part reports when it is not
available instead of failing, so the schedule falls back (tray message, wall time)."""
