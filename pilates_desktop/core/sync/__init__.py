"""Sync through a folder the user already syncs (Syncthing, Nextcloud, a USB stick).

No server, and never a database in the folder: each computer appends to its own journal of
history events and keeps its own copy of each routine, and every computer merges all of them
the same way. No Qt here; ``services/sync`` drives it from the window and the tray.

Modules: ``files`` (layout, atomic writes, strict JSON), ``records`` (one journal line),
``journal`` (incremental reads, appends), ``merge`` (history), ``routines`` and
``routine_sync`` (routine versions), ``devices`` (names), ``state`` (what a computer
remembers), ``engine`` (one sync).
"""
