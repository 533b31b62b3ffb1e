"""Preferences: Practice, Cues, Appearance and Language, Health.

Every control is bound to one declared setting and takes its range from the declaration, so a
value the dialog accepts is a value the settings accept. Changes are saved and applied at once
(``Settings.changed``); there is no OK button to forget, only Close.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pilates_desktop import i18n
from pilates_desktop.core.text import fill
from pilates_desktop.services import settings as S
from pilates_desktop.services.settings import Setting, Settings
from pilates_desktop.ui.dialogs.safety import FlareUpSwitch, format_day
from pilates_desktop.ui.preferences.breath_preview import BreathPreview
from pilates_desktop.ui.preferences.controls import SettingControls
from pilates_desktop.ui.widgets.reflow import VerticalScroll, fit_to_screen

if TYPE_CHECKING:
    from pilates_desktop.core.clock import Clock
    from pilates_desktop.core.library import Library
    from pilates_desktop.services.app_state import AppState


# Which settings each page owns, for "Restore Defaults" on that page.
PAGE_SETTINGS: dict[str, tuple[Setting[Any], ...]] = {
    "practice": (S.GET_READY_S, S.DEFAULT_REST_S, S.REP_PACE_S, S.INHALE_S, S.EXHALE_S,
                 S.SWITCH_SIDE_S, S.GOAL_KIND, S.GOAL_SESSIONS, S.GOAL_MINUTES, S.WEEK_START),
    "cues": (S.SOUND_ON, S.SOUND_VOLUME, S.VOICE_ON, S.VOICE_VOLUME, S.VOICE_NAME),
    "appearance": (S.THEME, S.FONT_SCALE, S.LANGUAGE),
    "health": (S.KNEE_PROBLEMS, S.NECK_PROBLEMS, S.FLARE_UP, S.FLARE_UP_MINUTES),
}


def system_voices() -> list[str]:
    """The voices the cues can speak the app's language with ([] when there are none)."""
    from pilates_desktop.services.cues.voice import language_voices

    try:
        return language_voices(i18n.current_language())
    except ImportError:  # QtTextToSpeech cannot load (no libpulse, say)
        return []


# --- the dialog -----------------------------------------------------------------------------------


class PreferencesDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        app_state: AppState | None = None,
        parent: QWidget | None = None,
        library: Library | None = None,
        voices: Callable[[], list[str]] = system_voices,
        *,
        clock: Clock,
        on_show_welcome: Callable[[], object] | None = None,
        on_safety_questions: Callable[[], object] | None = None,
        week_page: QWidget | None = None,
        sync_page: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PreferencesDialog")
        self._settings = settings
        self._app_state = app_state
        self._library = library
        self._voices = voices
        self._voices_loaded = False
        self._on_show_welcome = on_show_welcome
        self._on_safety_questions = on_safety_questions
        self._form = SettingControls(settings, owner=self)
        self.controls = self._form.controls  # by setting key, for tests and screen readers

        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self.practice_page = self._practice_page(clock)
        self.cues_page = self._cues_page()
        self.appearance_page = self._appearance_page()
        self.health_page = self._health_page()
        for page in (self.practice_page, self.cues_page, self.appearance_page, self.health_page):
            self.tabs.addTab(VerticalScroll(page), "")  # short screens scroll, never clip
        self.week_page = week_page  # reminders, desk breaks, start at login (ui/tray)
        self._page_settings = dict(PAGE_SETTINGS)
        if week_page is not None:
            self.tabs.addTab(VerticalScroll(week_page), "")
            self._page_settings["week"] = tuple(getattr(week_page, "settings", ()))
        self.sync_page = sync_page  # the sync folder, this computer's name (ui/sync_page)
        if sync_page is not None:
            self.tabs.addTab(VerticalScroll(sync_page), "")
        self.tabs.currentChanged.connect(self._tab_changed)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.defaults_button = QPushButton()
        self.buttons.addButton(self.defaults_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.defaults_button.clicked.connect(self.restore_page_defaults)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        settings.watch(S.SOUND_ON, self._update_enabled, owner=self)
        settings.watch(S.VOICE_ON, self._update_enabled, owner=self)
        settings.watch(S.GOAL_KIND, self._update_enabled, owner=self)
        if app_state is not None:
            app_state.changed.connect(self._fill_pain_marks)
        self.retranslate_ui()
        self._fit_tabs(560)

    def _fit_tabs(self, width: int) -> None:  # wide enough for every tab's name, unscrolled
        fit_to_screen(self, max(width, self.tabs.tabBar().sizeHint().width() + 24), 520)

    # -- pages ------------------------------------------------------------------------------

    def _practice_page(self, clock: Clock) -> QWidget:
        page = QWidget()
        page.setObjectName("practice")
        outer = QVBoxLayout(page)
        timing = QGroupBox()
        self.timing_group = timing
        form = QFormLayout(timing)
        sec = self._seconds_suffix
        rows: list[tuple[Setting[Any], Callable[[], str], float]] = [
            (S.GET_READY_S, lambda: self.tr("Get ready before each exercise:"), 1),
            (S.DEFAULT_REST_S, lambda: self.tr("Rest after each exercise:"), 5),
            (S.SWITCH_SIDE_S, lambda: self.tr("Time to switch sides:"), 1),
            (S.REP_PACE_S, lambda: self.tr("Time per repetition:"), 0.5),
        ]
        for setting, text, step in rows:
            spin = self._form.spin(setting, sec, step)
            form.addRow(self._form.label(text, spin), spin)
        outer.addWidget(timing)

        breath = QGroupBox()
        self.breath_group = breath
        breath_row = QHBoxLayout(breath)
        breath_form = QFormLayout()
        inhale = self._form.spin(S.INHALE_S, sec, 0.5)
        exhale = self._form.spin(S.EXHALE_S, sec, 0.5)
        breath_form.addRow(self._form.label(lambda: self.tr("Breathe &in for:"), inhale), inhale)
        breath_form.addRow(self._form.label(lambda: self.tr("Breathe &out for:"), exhale), exhale)
        self.breath_hint = QLabel()
        self.breath_hint.setWordWrap(True)
        breath_form.addRow(self.breath_hint)
        breath_row.addLayout(breath_form, 1)
        self.preview = BreathPreview(self._settings, clock, breath)
        self.preview.setMinimumSize(150, 150)
        breath_row.addWidget(self.preview)
        outer.addWidget(breath)

        goal = QGroupBox()
        self.goal_group = goal
        goal_form = QFormLayout(goal)
        self.goal_kind = self._form.combo(S.GOAL_KIND)
        goal_form.addRow(self._form.label(lambda: self.tr("Cou&nt:"), self.goal_kind), self.goal_kind)
        self.goal_sessions = self._form.spin(S.GOAL_SESSIONS, lambda: "")
        self.goal_minutes = self._form.spin(S.GOAL_MINUTES, lambda: self.tr(" min"), 5)
        self.goal_sessions_label = self._form.label(lambda: self.tr("Sessions a wee&k:"),
                                               self.goal_sessions)
        self.goal_minutes_label = self._form.label(lambda: self.tr("&Minutes a week:"),
                                              self.goal_minutes)
        goal_form.addRow(self.goal_sessions_label, self.goal_sessions)
        goal_form.addRow(self.goal_minutes_label, self.goal_minutes)
        self.week_start = self._form.combo(S.WEEK_START)
        goal_form.addRow(self._form.label(lambda: self.tr("Weeks &start on:"), self.week_start),
                         self.week_start)
        outer.addWidget(goal)
        outer.addStretch(1)
        return page

    def _seconds_suffix(self) -> str:
        return self.tr(" s")

    def _cues_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("cues")
        outer = QVBoxLayout(page)
        sound = QGroupBox()
        self.sound_group = sound
        form = QFormLayout(sound)
        self.sound_on = self._form.check(S.SOUND_ON)
        form.addRow(self.sound_on)
        self.sound_volume = self._form.slider(S.SOUND_VOLUME)
        form.addRow(self._form.label(lambda: self.tr("Sound &volume:"), self.sound_volume),
                    self._form.with_value(self.sound_volume))
        outer.addWidget(sound)

        voice = QGroupBox()
        self.voice_group = voice
        vform = QFormLayout(voice)
        self.voice_on = self._form.check(S.VOICE_ON)
        vform.addRow(self.voice_on)
        self.voice_volume = self._form.slider(S.VOICE_VOLUME)
        vform.addRow(self._form.label(lambda: self.tr("Voice vo&lume:"), self.voice_volume),
                     self._form.with_value(self.voice_volume))
        self.voice_name = self._form.combo(S.VOICE_NAME)
        vform.addRow(self._form.label(lambda: self.tr("V&oice:"), self.voice_name), self.voice_name)
        self.voice_note = QLabel()
        self.voice_note.setWordWrap(True)
        vform.addRow(self.voice_note)
        outer.addWidget(voice)
        outer.addStretch(1)
        return page

    def _appearance_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("appearance")
        outer = QVBoxLayout(page)
        group = QGroupBox()
        self.appearance_group = group
        form = QFormLayout(group)
        self.theme = self._form.combo(S.THEME)
        form.addRow(self._form.label(lambda: self.tr("&Theme:"), self.theme), self.theme)
        self.font_scale = self._form.spin(S.FONT_SCALE, lambda: " %", 10)
        form.addRow(self._form.label(lambda: self.tr("Player te&xt size:"), self.font_scale),
                    self.font_scale)
        self.language = self._form.combo(S.LANGUAGE)
        form.addRow(self._form.label(lambda: self.tr("&Language:"), self.language), self.language)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        form.addRow(self.language_note)
        outer.addWidget(group)
        outer.addStretch(1)
        return page

    def _health_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("health")
        outer = QVBoxLayout(page)
        group = QGroupBox()
        self.health_group = group
        form = QFormLayout(group)
        self.health_intro = QLabel()
        self.health_intro.setWordWrap(True)
        form.addRow(self.health_intro)
        self.knee = self._form.check(S.KNEE_PROBLEMS)
        self.neck = self._form.check(S.NECK_PROBLEMS)
        form.addRow(self.knee)
        form.addRow(self.neck)
        outer.addWidget(group)

        flare = QGroupBox()
        self.flare_group = flare
        fform = QFormLayout(flare)
        self.flare_up = FlareUpSwitch(self._settings, flare)
        self.controls[S.FLARE_UP.key] = self.flare_up
        fform.addRow(self.flare_up)
        self.flare_minutes = self._form.spin(S.FLARE_UP_MINUTES, lambda: self.tr(" min"))
        fform.addRow(self._form.label(lambda: self.tr("Flare-up session at &most:"),
                                 self.flare_minutes), self.flare_minutes)
        outer.addWidget(flare)

        pain = QGroupBox()
        self.pain_group = pain
        playout = QVBoxLayout(pain)
        self.pain_list = QListWidget()
        self.pain_list.setWordWrap(True)  # long lines wrap: no sideways scrolling
        self.pain_list.setMaximumHeight(110)
        playout.addWidget(self.pain_list)
        self.clear_pain = QPushButton()
        self.clear_pain.clicked.connect(self._clear_selected_mark)
        self.pain_list.currentRowChanged.connect(
            lambda row: self.clear_pain.setEnabled(row >= 0))
        playout.addWidget(self.clear_pain, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(pain)
        pain.setVisible(self._app_state is not None)  # (after it has a parent)

        self.welcome_button = QPushButton()
        if self._on_show_welcome is not None:
            self.welcome_button.clicked.connect(self._on_show_welcome)
        outer.addWidget(self.welcome_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.welcome_button.setVisible(self._on_show_welcome is not None)
        self.safety_button = QPushButton()  # the red-flag screen (issue 16: "in Settings")
        if self._on_safety_questions is not None:
            self.safety_button.clicked.connect(self._on_safety_questions)
        outer.addWidget(self.safety_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.safety_button.setVisible(self._on_safety_questions is not None)
        outer.addStretch(1)
        return page

    # -- behaviour --------------------------------------------------------------------------

    def _update_enabled(self, _value: object = None) -> None:
        self.sound_volume.setEnabled(bool(self._settings.value(S.SOUND_ON)))
        voice = bool(self._settings.value(S.VOICE_ON))
        self.voice_volume.setEnabled(voice)
        self.voice_name.setEnabled(voice)
        sessions = self._settings.value(S.GOAL_KIND) == "sessions"
        for w in (self.goal_sessions, self.goal_sessions_label):
            w.setVisible(sessions)
        for w in (self.goal_minutes, self.goal_minutes_label):
            w.setVisible(not sessions)

    def _tab_changed(self, index: int) -> None:
        if self._page_name(index) == "cues":
            self._load_voices()
        # The Sync page has no settings with defaults (its folder and name are the sync's).
        self.defaults_button.setEnabled(self._page_name(index) != "sync")

    def _load_voices(self) -> None:
        """Ask the speech engine for voices only when the Cues page is first shown."""
        if self._voices_loaded:
            return
        self._voices_loaded = True
        self._voice_names = self._voices()
        self._fill_voices()

    def _fill_voices(self) -> None:
        names = list(getattr(self, "_voice_names", []))
        current = self._settings.value(S.VOICE_NAME)
        if current and current not in names:
            names.append(current)
        self._form.fill_combo(self.voice_name, [("", self.tr("System default")),
                                           *((n, n) for n in names)])
        self._form.updaters[S.VOICE_NAME.key]()
        if self._voices_loaded and not getattr(self, "_voice_names", []):
            from pilates_desktop.services.cues.voice import how_to_get_a_voice

            self.voice_note.setText(how_to_get_a_voice(i18n.current_language()))
        else:
            self.voice_note.setText("")
        self.voice_note.setVisible(bool(self.voice_note.text()))

    def _fill_pain_marks(self) -> None:
        if self._app_state is None:
            return
        self.pain_list.clear()
        marks = sorted(self._app_state.pain_marks().values(), key=lambda m: m.last, reverse=True)
        for mark in marks:
            ex = self._library.get(mark.exercise) if self._library is not None else None
            name = i18n.ex_name(ex) if ex is not None else mark.exercise
            text = fill(self.tr("%1 \u2014 hurt %n time(s), last on %2", "", mark.count),
                        name, format_day(mark.last))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, mark.exercise)
            self.pain_list.addItem(item)
        if not marks:
            item = QListWidgetItem(self.tr("No pain marks. Exercises you stop with "
                                           "\u201cStop \u2014 it hurts\u201d appear here."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.pain_list.addItem(item)
        self.clear_pain.setEnabled(False)

    def _clear_selected_mark(self) -> None:
        item = self.pain_list.currentItem()
        if item is None or self._app_state is None:
            return
        exercise = item.data(Qt.ItemDataRole.UserRole)
        if exercise:
            self._app_state.clear_pain_mark(exercise)

    def restore_page_defaults(self) -> None:
        page = self.tabs.currentWidget()
        for setting in self._page_settings.get(page.objectName(), ()):
            self._settings.set_value(setting, setting.default)

    def _page_name(self, index: int) -> str:  # (each tab is a VerticalScroll named as its page)
        return page.objectName() if (page := self.tabs.widget(index)) is not None else ""

    def show_page(self, name: str) -> None:
        for i in range(self.tabs.count()):
            if self._page_name(i) == name:
                self.tabs.setCurrentIndex(i)

    # -- texts ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        titles = [self.tr("&Practice"), self.tr("&Cues"), self.tr("&Appearance and Language"),
                  self.tr("&Health"),
                  *([self.tr("&Week")] if self.week_page is not None else []),
                  *([self.tr("S&ync")] if self.sync_page is not None else [])]
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)
        if self.isVisible():  # a longer language: the tabs' names still show whole
            self._fit_tabs(self.width())
        self.timing_group.setTitle(self.tr("Timing"))
        self.breath_group.setTitle(self.tr("Breath pace"))
        self.breath_hint.setText(
            self.tr("The ring shows the pace: it grows as you breathe in and shrinks as you "
                    "breathe out. Slow and even is the aim."))
        self.goal_group.setTitle(self.tr("Weekly goal"))
        self._form.fill_combo(self.goal_kind, [("sessions", self.tr("Sessions")),
                                          ("minutes", self.tr("Minutes"))])
        day = QLocale().standaloneDayName
        long = QLocale.FormatType.LongFormat
        self._form.fill_combo(self.week_start, [
            ("system", fill(self.tr("As the system: %1"), day(S.system_first_weekday() + 1, long))),
            *((key, day(S.WEEKDAYS[key] + 1, long)) for key in ("monday", "sunday", "saturday"))])
        self.sound_group.setTitle(self.tr("Sounds"))
        self.sound_on.setText(self.tr("Play &sounds for each new part and the last seconds"))
        self.voice_group.setTitle(self.tr("Voice"))
        self.voice_on.setText(self.tr("Speak the &exercise names and breath cues"))
        self._fill_voices()
        self.appearance_group.setTitle(self.tr("Appearance and language"))
        self._form.fill_combo(self.theme, [("system", self.tr("Same as the system")),
                                      ("light", self.tr("Light")), ("dark", self.tr("Dark"))])
        self._form.fill_combo(self.language, [("system", self.tr("Same as the system")),
                                         *i18n.LANGUAGES.items()])
        self.language_note.setText(
            self.tr("The language changes at once, including the exercise instructions."))
        self.health_group.setTitle(self.tr("Your health"))
        self.health_intro.setText(
            self.tr("Exercises that are not advised with these problems are marked, and a "
                    "gentler choice is offered before a session starts."))
        self.knee.setText(self.tr("I have &knee problems"))
        self.neck.setText(self.tr("I have &neck (cervical spine) problems"))
        self.flare_group.setTitle(self.tr("Flare-up"))
        self.pain_group.setTitle(self.tr("Exercises that hurt"))
        self.clear_pain.setText(self.tr("C&lear Mark"))
        self.welcome_button.setText(self.tr("Show the Welcome A&gain"))
        self.safety_button.setText(self.tr("Answer the Safety &Questions Again…"))
        self.safety_button.setToolTip(self.tr("The questions about signs that need a doctor "
                                              "before you practise; asked every 3 months"))
        self.defaults_button.setText(self.tr("&Restore Defaults"))
        self.close_button.setText(self.tr("Close"))
        self._form.retranslate()
        self._update_enabled()
        self._fill_pain_marks()
        self._accessibility()

    def _accessibility(self) -> None:
        """Names and descriptions for screen readers, and tooltips that name the range."""
        for label, _text in self._form.labels:
            buddy = label.buddy()
            if buddy is not None:
                name = label.text().replace("&", "").rstrip(":").strip()
                buddy.setAccessibleName(name)
        described: dict[QWidget, str] = {
            self.sound_volume: self.tr("Loudness of the cue sounds, 0 to 100 percent"),
            self.voice_volume: self.tr("Loudness of the voice, 0 to 100 percent"),
            self.voice_name: self.tr("Which installed voice speaks the cues"),
            self.theme: self.tr("Light, dark, or the same as your desktop"),
            self.font_scale: self.tr("Size of the text in the player and on the step cards"),
            self.language: self.tr("Language of the menus and the exercise instructions"),
            self.goal_kind: self.tr("Count your weekly goal in sessions or in minutes"),
            self.week_start: self.tr("The day your weeks start on, for the weekly goal and "
                                     "the streak in History"),
            self.pain_list: self.tr("Exercises you stopped because they hurt"),
        }
        for widget, text in described.items():
            widget.setAccessibleDescription(text)
        self.pain_list.setAccessibleName(self.tr("Pain marks"))
        for box, name in ((self.sound_on, self.tr("Sounds")), (self.voice_on, self.tr("Voice")),
                          (self.knee, self.tr("Knee problems")),
                          (self.neck, self.tr("Neck problems"))):
            box.setAccessibleName(name)
        # Each kind on its own: textFromValue takes an int on one and a float on the other.
        for spin in self.findChildren(QSpinBox):
            spin.setToolTip(self._range_tip(spin.textFromValue(spin.minimum()),
                                            spin.textFromValue(spin.maximum())))
        for dspin in self.findChildren(QDoubleSpinBox):
            dspin.setToolTip(self._range_tip(dspin.textFromValue(dspin.minimum()),
                                             dspin.textFromValue(dspin.maximum())))
        self.clear_pain.setAccessibleName(self.tr("Clear pain mark"))
        self.clear_pain.setToolTip(self.tr("Forget that the selected exercise hurt"))
        self.welcome_button.setAccessibleName(self.tr("Show the welcome again"))
        self.defaults_button.setAccessibleName(self.tr("Restore defaults"))
        self.defaults_button.setToolTip(self.tr("Put every setting on this page back to its "
                                                "default"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Changes are already saved (Esc)"))
        self.tabs.setAccessibleName(self.tr("Preference pages"))
        self.preview.setAccessibleName(self.tr("Preview of the breath pace"))

    def _range_tip(self, low: str, high: str) -> str:
        return fill(self.tr("From %1 to %2"), low, high)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


OPEN = "preferencesOpen"  # a property: True while the dialog is open for its window


def show_preferences(
    settings: Settings,
    clock: Clock,
    parent: QWidget | None = None,
    app_state: AppState | None = None,
    library: Library | None = None,
    on_show_welcome: Callable[[], object] | None = None,
    page: str | None = None,
    week_page: Callable[[], QWidget] | None = None,
    sync_page: Callable[[], QWidget] | None = None,
    on_safety_questions: Callable[[], object] | None = None,
) -> None:
    """Open Preferences without blocking the window (changes apply at once), or raise the one
    already open for this parent: the parent owns it, as a child (deleted when closed)."""
    # (PySide6's findChild with a name "" finds nothing: look at the children, by type.)
    children = (parent.findChildren(PreferencesDialog,
                                    options=Qt.FindChildOption.FindDirectChildrenOnly)
                if parent is not None else [])
    dialog = next((d for d in children if d.property(OPEN)), None)
    if dialog is None:
        dialog = PreferencesDialog(settings, app_state, parent, library=library, clock=clock,
                                   on_show_welcome=on_show_welcome,
                                   on_safety_questions=on_safety_questions,
                                   week_page=week_page() if week_page is not None else None,
                                   sync_page=sync_page() if sync_page is not None else None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setProperty(OPEN, True)
        # Closed means going: a reopening before the deletion makes a new one.
        dialog.finished.connect(lambda _result: dialog.setProperty(OPEN, False))
    if page:
        dialog.show_page(page)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
