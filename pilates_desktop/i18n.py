"""Languages: Qt translators for the interface, per-locale files for the exercise content.

Interface strings go through ``tr()`` and live in ``translations/pilates_<lang>.ts``; the
``.qm`` files are built next to them by ``lrelease`` (``python packaging/i18n_tools.py
--build``: build tooling, not part of the app); pyproject installs ``translations/`` as the package ``pilates_desktop.translations``
and the app loads them through ``importlib.resources``.

Exercise content (names, summaries, steps, breath cues, cautions, variants) and the built-in
routines' names are data, not code, so their translations are data too:
``pilates_desktop/data/i18n/<lang>/exercises.json`` and ``routines.json``. English stays in the
library files themselves, so every string has exactly one source of truth per language.

Widgets show exercise text only through ``ex_name()`` and friends; after a language switch
they read it again in ``retranslate_ui()`` (Qt sends ``LanguageChange`` when the translators
change).
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime, tzinfo
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from pilates_desktop.core.errors import CONTEXT as ERRORS_CONTEXT
from pilates_desktop.core.errors import Phrase, PhraseError

if TYPE_CHECKING:
    from pilates_desktop.core.library import Exercise
    from pilates_desktop.core.routines import Dose, Routine
    from pilates_desktop.services.settings import Settings

# Native names: a person who cannot read the current language can still find their own.
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "es": "Español"}
SOURCE_LANGUAGE = "en"



class _Translator(QTranslator):
    """One of the app's translators, a child of the application: found among its children when
    the language changes, and holding the compiled data it reads (QTranslator does not copy
    it). So the language lives where Qt keeps it, not in a module variable."""

    data = b""


# --- which language ---------------------------------------------------------------------------


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """The language code to use for a LANGUAGE setting ("system" follows the desktop)."""
    if setting in LANGUAGES:
        return setting
    locale = system or QLocale.system()
    for tag in locale.uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def current_language() -> str:
    """The language in use: the one :func:`install_translators` made Qt's default locale."""
    return resolve_language("system", QLocale())


def _package_translations() -> Any:
    # translations/ is installed as the package pilates_desktop.translations (see pyproject).
    return resources.files("pilates_desktop.translations")


def qm_available(language: str) -> bool:
    return bool(_package_translations().joinpath(f"pilates_{language}.qm").is_file())


def install_translators(app: QCoreApplication, language: str) -> str:
    """Install the app's and Qt's own translators for ``language`` (a code or "system").

    Replaces the ones installed before, so calling it again switches language at run time:
    Qt then sends ``LanguageChange`` to every widget. Also sets the default ``QLocale`` so
    numbers, dates and the first day of the week follow the language. Returns the code used.
    """
    code = resolve_language(language)
    removed = 0
    for translator in app.findChildren(_Translator):
        removed += bool(app.removeTranslator(translator))
        translator.setParent(None)  # gone with its last reference
    if language == "system":
        QLocale.setDefault(QLocale.system())
    else:
        QLocale.setDefault(QLocale(code))
    installed = 0
    # English has a translation too: the plural forms of "%n breath(s)".
    if code != SOURCE_LANGUAGE:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_translator = _Translator(app)
        if qt_translator.load(QLocale(code), "qtbase", "_", qt_dir):
            installed += app.installTranslator(qt_translator)
        else:
            qt_translator.setParent(None)
    ours = _Translator(app)
    ours.data = _read_qm(code) or b""
    if ours.data and ours.load(ours.data):
        installed += app.installTranslator(ours)
    else:
        ours.setParent(None)
    if not removed and not installed:
        # Qt only announces a change of translators; the locale and the exercise content may
        # have changed all the same, so widgets hear about it (QApplication passes it on).
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    return code


def install_language(app: QCoreApplication, settings: Settings) -> str:
    """Install the LANGUAGE setting now, and again whenever it changes (no restart needed)."""
    from pilates_desktop.services.settings import LANGUAGE

    settings.watch(LANGUAGE, lambda language: install_translators(app, language))
    return install_translators(app, settings.value(LANGUAGE))


def _read_qm(code: str) -> bytes | None:
    """The compiled translation for ``code``, if there is one (packaging/i18n_tools.py builds
    them: bootstrap.sh does on set-up, a wheel build does too)."""
    node = _package_translations().joinpath(f"pilates_{code}.qm")
    return bytes(node.read_bytes()) if node.is_file() else None


# --- exercise and routine content ---------------------------------------------------------------


@cache
def _content(language: str, kind: str) -> dict[str, Any]:
    if language == SOURCE_LANGUAGE:
        return {}
    node = resources.files("pilates_desktop").joinpath("data", "i18n", language, f"{kind}.json")
    if not node.is_file():
        return {}
    data = json.loads(node.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _entry(exercise: Exercise, language: str | None = None) -> dict[str, Any]:
    entry = _content(language or current_language(), "exercises").get(exercise.id, {})
    assert isinstance(entry, dict)
    return entry


def ex_name(exercise: Exercise, language: str | None = None) -> str:
    """The exercise's name in the current content language."""
    return str(_entry(exercise, language).get("name") or exercise.name)


def ex_summary(exercise: Exercise, language: str | None = None) -> str:
    return str(_entry(exercise, language).get("summary") or exercise.summary)


def _indexed(exercise: Exercise, key: str, index: int, language: str | None) -> Any:
    values = _entry(exercise, language).get(key, [])
    return values[index] if index < len(values) else None


def ex_instruction(exercise: Exercise, index: int, language: str | None = None) -> str:
    step = _indexed(exercise, "steps", index, language)
    return str(step["instruction"] if step else exercise.steps[index].instruction)


def ex_breath(exercise: Exercise, index: int, language: str | None = None) -> str:
    step = _indexed(exercise, "steps", index, language)
    return str(step["breath"] if step else exercise.steps[index].breath)


def ex_cautions(exercise: Exercise, language: str | None = None) -> tuple[str, ...]:
    out = []
    for i, english in enumerate(exercise.cautions):
        out.append(str(_indexed(exercise, "cautions", i, language) or english))
    return tuple(out)


def ex_variant_text(exercise: Exercise, index: int, language: str | None = None) -> str:
    return str(_indexed(exercise, "variants", index, language) or exercise.variants[index].text)


def ex_adjustment_text(exercise: Exercise, which: str, language: str | None = None) -> str:
    """The text of ``exercise.easier`` or ``exercise.harder`` (``which``), translated."""
    adjustment = exercise.easier if which == "easier" else exercise.harder
    assert adjustment is not None, (exercise.id, which)
    return str(_entry(exercise, language).get(which) or adjustment.text)


def ex_text(exercise: Exercise, field: str, index: int | None = None) -> str:
    """Any text field of an exercise by name: "name", "summary", "instruction"/"breath"
    (step index), "caution" (index) or "variant" (index)."""
    if field == "name":
        return ex_name(exercise)
    if field == "summary":
        return ex_summary(exercise)
    assert index is not None, field
    if field == "instruction":
        return ex_instruction(exercise, index)
    if field == "breath":
        return ex_breath(exercise, index)
    if field == "caution":
        return ex_cautions(exercise)[index]
    if field == "variant":
        return ex_variant_text(exercise, index)
    raise KeyError(field)


def routine_name(routine: Routine, language: str | None = None) -> str:
    """A built-in routine's name in the current language; the user's own names as they are."""
    if not getattr(routine, "builtin", False):
        return str(routine.name)
    entry = _content(language or current_language(), "routines").get(routine.id, {})
    return str(entry.get("name") or routine.name)


def routine_description(routine: Routine, language: str | None = None) -> str:
    if not getattr(routine, "builtin", False):
        return str(routine.description)
    entry = _content(language or current_language(), "routines").get(routine.id, {})
    return str(entry.get("description") or routine.description)


# --- labels for the library's fixed vocabularies -------------------------------------------------

# QT_TRANSLATE_NOOP only marks a string for lupdate and hands it back unchanged; PySide6's
# stub types the result as ``object``, so the strings become ``str`` once, below.
_LABEL_SOURCES: dict[str, object] = {
    # Focus
    "upper-back": QT_TRANSLATE_NOOP("Labels", "Upper back"),
    "lower-back": QT_TRANSLATE_NOOP("Labels", "Lower back"),
    "core": QT_TRANSLATE_NOOP("Labels", "Core"),
    "hips-glutes": QT_TRANSLATE_NOOP("Labels", "Hips and glutes"),
    # Position
    "supine": QT_TRANSLATE_NOOP("Labels", "Lying on your back"),
    "prone": QT_TRANSLATE_NOOP("Labels", "Lying face down"),
    "side-lying": QT_TRANSLATE_NOOP("Labels", "Lying on your side"),
    "all-fours": QT_TRANSLATE_NOOP("Labels", "On all fours"),
    "kneeling": QT_TRANSLATE_NOOP("Labels", "Kneeling"),
    "sitting": QT_TRANSLATE_NOOP("Labels", "Sitting"),
    "standing": QT_TRANSLATE_NOOP("Labels", "Standing"),
    # Difficulty
    "beginner": QT_TRANSLATE_NOOP("Labels", "Beginner"),
    "intermediate": QT_TRANSLATE_NOOP("Labels", "Intermediate"),
    "advanced": QT_TRANSLATE_NOOP("Labels", "Advanced"),
    # Equipment
    "mat": QT_TRANSLATE_NOOP("Labels", "Mat"),
    "wall": QT_TRANSLATE_NOOP("Labels", "Wall"),
    "soft-ball": QT_TRANSLATE_NOOP("Labels", "Soft ball"),
    "block": QT_TRANSLATE_NOOP("Labels", "Block"),
    "blanket": QT_TRANSLATE_NOOP("Labels", "Blanket"),
    "band": QT_TRANSLATE_NOOP("Labels", "Resistance band"),
    "ring": QT_TRANSLATE_NOOP("Labels", "Pilates ring"),
    # Contraindications (health flags)
    "knee-problems": QT_TRANSLATE_NOOP("Labels", "Knee problems"),
    "neck-problems": QT_TRANSLATE_NOOP("Labels", "Neck problems"),
    # Sides
    "right": QT_TRANSLATE_NOOP("Labels", "Right side"),
    "left": QT_TRANSLATE_NOOP("Labels", "Left side"),
    "both": QT_TRANSLATE_NOOP("Labels", "Both sides"),
    "each": QT_TRANSLATE_NOOP("Labels", "Each side"),
    "alternating": QT_TRANSLATE_NOOP("Labels", "Alternating sides"),
    "none": QT_TRANSLATE_NOOP("Labels", "Both sides together"),
    # Dosage kinds
    "reps": QT_TRANSLATE_NOOP("Labels", "Repetitions"),
    "hold": QT_TRANSLATE_NOOP("Labels", "Hold"),
    "breaths": QT_TRANSLATE_NOOP("Labels", "Breaths"),
    "pumps": QT_TRANSLATE_NOOP("Labels", "Pumps"),
    # Variant kinds
    "gentler": QT_TRANSLATE_NOOP("Labels", "Gentler"),
    "progression": QT_TRANSLATE_NOOP("Labels", "Progression"),
}
_LABELS: dict[str, str] = {key: str(source) for key, source in _LABEL_SOURCES.items()}


def label(value: object) -> str:
    """The translated label for one of the library's enum values (focus, position, difficulty,
    equipment, contraindication, sides, dosage or variant kind)."""
    key = str(getattr(value, "value", value))
    source = _LABELS.get(key)
    if source is None:
        return key.replace("-", " ").capitalize()
    return QCoreApplication.translate("Labels", source)


# --- dates ---------------------------------------------------------------------------------------


def medium_date_format(locale: QLocale | None = None) -> str:
    """The locale's medium date pattern: its long date without the weekday, the month named
    short ("Dec 4, 2026", "4. Dez. 2026", "4 dic 2026"). Qt has short and long only, and the
    short one of the C locale reads "4 12 2026"."""
    import re

    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"d{3,4}[^dMy']*", "", pattern, count=1)  # the weekday and its comma
    pattern = re.sub(r"M{4}", "MMM", pattern)
    pattern = re.sub(r"\s*'[^\W\d_]+'\s*", " ", pattern)  # words between them ("'de'")
    return pattern.strip(" ,.")


def medium_date(day: date, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), medium_date_format(locale))


def medium_date_time(when: datetime, locale: QLocale | None = None) -> str:
    """A moment on its local day: the medium date and the locale's short time."""
    locale = locale or QLocale()
    time = locale.toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)
    return f"{medium_date(when.date(), locale)} {time}"


# --- errors from core, in the user's language -----------------------------------------------------


def phrase_text(phrase: Phrase, context: str = ERRORS_CONTEXT) -> str:
    """A core phrase in the current language: its template translated (in ``context``, where
    core marked it), its values filled in (nested phrases translated too, plain values as
    they are)."""
    params = {key: phrase_text(value, context) if isinstance(value, Phrase) else value
              for key, value in phrase.params.items()}
    template = QCoreApplication.translate(context, phrase.template)
    try:
        return phrase.format(template, params)
    except (KeyError, IndexError, ValueError):
        # A translation whose fields do not match (the CI check forbids it): say it in English
        # rather than not at all.
        return phrase.format(params=params)


def dose_parts(dose: Dose, exercise: Exercise) -> list[str]:
    """A dose in words in the current language ("8 per leg", "Hold 45 s per side"): the one
    wording the playlist, the cards and the command line share (core/dose_text.py)."""
    from pilates_desktop.core.dose_text import CONTEXT, dose_phrases

    return [phrase_text(p, CONTEXT) for p in dose_phrases(dose, exercise)]


def error_text(exc: BaseException) -> str:
    """The message of an error for a widget. A file's error (a routine file, a history export
    or backup) keeps its file name, path and JSON path as they are and gives its reason in
    the current language; other errors read as str(exc).
    """
    if isinstance(exc, PhraseError):
        return f"{exc.where}: {phrase_text(exc.phrase)}"
    return str(exc)


TRANSLATED = ("de", "es")  # the languages with a translation (English is the source)


if __name__ == "__main__":  # the build tooling moved: say where, rather than do nothing
    sys.exit("the translation tools moved: python packaging/i18n_tools.py --update | --build")


def system_zone(fallback: tzinfo | None = None) -> tzinfo:
    """The desktop's time zone as a real zone with its DST rules, not a fixed offset: the local
    day decides History's weeks and the morning check-in alike. ``fallback`` (else UTC) when
    neither Qt's zone id nor /etc/localtime names one."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from PySide6.QtCore import QTimeZone

    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        pass
    try:
        with open("/etc/localtime", "rb") as f:
            return ZoneInfo.from_file(f)
    except (OSError, ValueError):
        return fallback if fallback is not None else UTC
