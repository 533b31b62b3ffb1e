"""Errors that reach a person: each one names the file, the place in it and what to do.

A file's problem is kept as a :class:`Phrase`: an English template with named fields and the
values that fill them. ``str()`` gives the English text (the command line prints it as it is);
the interface translates the template and fills in the same values
(``pilates_desktop.i18n.error_text``), so the file name and JSON path are never translated,
only the reason. Core stays free of Qt: templates are marked with the pure-Python
:func:`QT_TRANSLATE_NOOP` below, which ``pyside6-lupdate`` finds by its name.
"""

from __future__ import annotations

from collections.abc import Mapping

# The translation context of every marked template (lupdate needs it spelled out at each call).
CONTEXT = "FormatError"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` and return it unchanged.

    Both arguments must be string literals at the call site, or lupdate cannot read them.
    """
    return text


class Phrase:
    """English text with named fields, translatable as a whole.

    ``template`` uses ``str.format`` fields (``"must be between {lo} and {hi}, got {value}"``);
    ``params`` holds the values, already formatted: plain strings (numbers, quoted values
    from the file, choice lists) are shown as they are, nested phrases are translated too.
    """

    __slots__ = ("template", "params")

    def __init__(self, template: str, /, **params: str | Phrase) -> None:
        self.template = template
        self.params: dict[str, str | Phrase] = params

    @classmethod
    def literal(cls, text: str) -> Phrase:
        """A phrase for text that is not a template (its braces are kept as they are)."""
        return cls(text.replace("{", "{{").replace("}", "}}"))

    def format(self, template: str | None = None,
               params: Mapping[str, str] | None = None) -> str:
        """Fill ``template`` (default: the English one) with ``params`` (default: English)."""
        if params is None:
            params = {key: str(value) for key, value in self.params.items()}
        return (self.template if template is None else template).format(**params)

    def __str__(self) -> str:
        return self.format()

    def __repr__(self) -> str:
        return f"Phrase({self.template!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Phrase):
            return NotImplemented
        return (self.template, self.params) == (other.template, other.params)


class PilatesError(Exception):
    """An error with a message fit to show a user as it is (no traceback)."""


class PhraseError(PilatesError):
    """An error that says where (a file, a place in it) and why (a :class:`Phrase`).

    ``str()`` is ``"{where}: {reason in English}"``; the interface translates only the reason
    (``pilates_desktop.i18n.error_text``), never ``where``.
    """

    def __init__(self, where: str, reason: str | Phrase) -> None:
        self.where = where
        self.phrase = reason if isinstance(reason, Phrase) else Phrase.literal(reason)
        super().__init__(f"{where}: {self.phrase}")


class FormatError(PhraseError):
    """A routine, history or library file that does not follow its format.

    The message reads ``morning.json: $.items[3].reps: must be between 1 and 200, got 0``:
    ``source``, ``path`` and ``reason`` (English). ``reason`` may be given as a
    :class:`Phrase`, whose ``template`` and ``params`` the interface translates; plain text
    is kept as it is (``template`` is then the text with its braces doubled, ``params`` empty).
    """

    def __init__(self, source: str, path: str, reason: str | Phrase) -> None:
        super().__init__(f"{source}: {path}", reason)
        self.source = source
        self.path = path
        self.reason = str(self.phrase)

    @property
    def template(self) -> str:
        return self.phrase.template

    @property
    def params(self) -> dict[str, str | Phrase]:
        return self.phrase.params


class NotFoundError(PilatesError):
    """A routine or exercise that the user named and that does not exist."""
