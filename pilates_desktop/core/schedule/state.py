"""What the schedule remembers between runs, and what it asks the app to show.

The state is small and saved after every change, so a reminder that was shown is never shown
again after a restart, a pause "until tomorrow" survives a log-out, and a reminder missed
while the app was closed is found (everything due after ``seen_until`` and before now).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Kind(StrEnum):
    REMINDER = "reminder"
    DESK_BREAK = "desk-break"


@dataclass(frozen=True)
class Prompt:
    """Something to show the user now: a practice reminder or a desk break.

    ``due`` is when it fell due (wall seconds); ``late`` says it was due a while ago (the
    computer slept or the app was closed), which the notification says; ``snoozed`` marks
    the second showing after "Snooze 10 minutes".
    """

    kind: Kind
    due: float
    routine: str | None = None
    reminder_id: int | None = None
    late: bool = False
    snoozed: bool = False


@dataclass(frozen=True)
class Snooze:
    prompt: Prompt
    until: float


@dataclass
class ScheduleState:
    """``seen_until``: every reminder due up to this instant has been dealt with.

    ``paused_until``: nothing is shown before it. ``skipped``: the day on which a kind was
    skipped ("Skip today"). ``snoozes``: one pending snooze per kind.
    """

    seen_until: float | None = None
    paused_until: float | None = None
    skipped: dict[Kind, date] = field(default_factory=dict)
    snoozes: dict[Kind, Snooze] = field(default_factory=dict)

    def copy(self) -> ScheduleState:
        return ScheduleState(self.seen_until, self.paused_until, dict(self.skipped),
                             dict(self.snoozes))
