"""The services of one run, made once by ``app.build_app`` and handed to the front ends.

The main window takes this bundle and hands each of its parts only what that part needs, in
its constructor. Two services are made on first use rather than at start-up, because the
first screen does not need them: the session controller and the cues (QtMultimedia and
speech load with them). They are still made here, once, and never by a widget.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from pilates_desktop.core.clock import Clock
    from pilates_desktop.core.library import Library
    from pilates_desktop.core.routines.repository import RoutineRepository
    from pilates_desktop.paths import Paths
    from pilates_desktop.services.app_state import AppState
    from pilates_desktop.services.care.service import CareService
    from pilates_desktop.services.cues.service import Cues, SoundFactory, SpeechFactory
    from pilates_desktop.services.history import HistoryService
    from pilates_desktop.services.prompter import Prompter
    from pilates_desktop.services.routines import RoutinesService
    from pilates_desktop.services.schedule import ScheduleService
    from pilates_desktop.services.session import SessionController
    from pilates_desktop.services.settings import Settings
    from pilates_desktop.services.sync import SyncService


@dataclass
class Services:
    clock: Clock
    prompter: Prompter
    paths: Paths
    library: Library
    settings: Settings
    app_state: AppState
    # Opens the history (core.history.HistoryStore) on first use: just after the first paint,
    # since the first screen shows nothing from it. See ``history``.
    open_history: Callable[[], Any]
    repository: RoutineRepository
    routines: RoutinesService  # the repository with undo, autosave and a watch on the folder
    owner: QObject  # parent of the services that are Qt objects (the QApplication)
    sound_factory: SoundFactory | None = None  # the cues' audio; tests pass silent ones
    speech_factory: SpeechFactory | None = None
    week: ScheduleService | None = None  # reminders and desk breaks, from the first paint on
    sync: SyncService | None = None  # made by build_app once the history is open
    sync_page: Callable[[], QWidget] | None = None  # Preferences' Sync page, made on opening
    _session: SessionController | None = field(default=None, repr=False)
    _cues: Cues | None = field(default=None, repr=False)
    _care: CareService | None = field(default=None, repr=False)
    _history: Any = field(default=None, repr=False)
    _history_service: HistoryService | None = field(default=None, repr=False)

    @property
    def history(self) -> Any:
        """The history store (core.history.HistoryStore), opened on first use."""
        if self._history is None:
            self._history = self.open_history()
        return self._history

    @property
    def history_opened(self) -> bool:
        return self._history is not None

    @property
    def history_service(self) -> HistoryService:
        """The history store's owner (retries, restores, import, export), opened with it."""
        if self._history_service is None:
            self.open_history()  # sets it
        assert self._history_service is not None
        return self._history_service

    def origins(self) -> dict[str, str]:
        """The computer each session was done on, by session id (empty without sync)."""
        return self.sync.origins() if self.sync is not None else {}

    @property
    def session_built(self) -> bool:
        return self._session is not None

    @property
    def session(self) -> SessionController:
        """The session controller (made on first use), its cues connected."""
        if self._session is None:
            from pilates_desktop.services.session import SessionController

            self._session = SessionController(self.history, self.clock, self.owner)
            # An exercise that hurt is marked wherever the session was started from.
            self._session.hurt.connect(self.app_state.add_pain_mark)
            self.cues.connect_session(self._session)
            if self.sync is not None:  # a session is synced once it has ended
                self._session.running_changed.connect(self.sync.on_session_running)
        return self._session

    @property
    def cues(self) -> Cues:
        if self._cues is None:
            from pilates_desktop.services.cues.service import Cues

            self._cues = Cues(self.settings, self.library, self.sound_factory,
                              self.speech_factory, self.owner)
        return self._cues

    @property
    def care(self) -> CareService:
        """Pain monitoring, check-ins, suggestions, red flags and the report (made on first
        use: the first screen does not need it)."""
        if self._care is None:
            from pilates_desktop.i18n import system_zone
            from pilates_desktop.services.care.service import FILE_NAME, CareService

            self._care = CareService(self.clock, self.history, self.library,
                                     self.paths.data_dir / FILE_NAME, system_zone(), self.owner)
        return self._care
