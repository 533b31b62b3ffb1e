"""The schedule: given what the service read at a wake-up, what to show now and when to wake next.

Rules that a person would expect and that tests pin down:

* a reminder fires at its time; one that fell due while the computer slept or the app was
  closed is shown once, when the app next runs, marked late (``Prompt.late``); if several
  were missed, only the latest is shown, and none of them ever again;
* "Snooze 10 minutes" shows the same prompt again ten minutes later; "Skip today" ends that
  kind for the rest of the day; a pause (an hour, or until tomorrow) drops what falls in it;
* between two things to do, nothing wakes: :meth:`Schedule.next_wake` is the next due
  reminder, snooze, pause end or desk-break check, and the service sleeps until then.
"""

from __future__ import annotations

from dataclasses import replace

from pilates_desktop.core.schedule.deskbreaks import DeskBreakConfig, DeskBreaks, Reading
from pilates_desktop.core.schedule.reminders import Reminder, ReminderBook
from pilates_desktop.core.schedule.state import Kind, Prompt, ScheduleState, Snooze
from pilates_desktop.core.schedule.zone import Zone

LATE_AFTER_S = 60.0  # a reminder shown more than a minute after its time says it is late
SNOOZE_S = 600.0  # "Snooze 10 minutes"
HOUR_S = 3600.0


class Schedule:
    """Reminders and desk breaks over one :class:`ScheduleState`.

    ``dirty`` turns True when the state changed in a way that must survive a restart; the
    service saves it then (and only then, so a quiet day writes nothing).
    """

    def __init__(self, book: ReminderBook, state: ScheduleState, desk: DeskBreakConfig,
                 zone: Zone) -> None:
        self.book = book
        self.state = state
        self.zone = zone
        self.desk = DeskBreaks(desk, zone)
        self.dirty = False

    # -- what the service feeds in ---------------------------------------------------------
    def set_book(self, book: ReminderBook) -> None:
        self.book = book

    def set_desk_config(self, config: DeskBreakConfig) -> None:
        if config != self.desk.config:
            self.desk = DeskBreaks(config, self.zone)

    def tick(self, reading: Reading) -> list[Prompt]:
        """What to show at ``reading.wall``; advances the state past it."""
        now = reading.wall
        st = self.state
        if st.seen_until is None:  # the very first run: nothing before it was ever due
            st.seen_until = now
            self.dirty = True
        if st.paused_until is not None:
            if now < st.paused_until:
                self._drop_until(now)
                return []
            self._drop_until(st.paused_until)  # what fell in the pause is not shown late
            st.paused_until = None
        prompts: list[Prompt] = []
        found = self._latest_due(st.seen_until, now)
        if now > st.seen_until:
            st.seen_until = now
        if found is not None:
            moment, reminder = found
            self.dirty = True
            if st.skipped.get(Kind.REMINDER) != self.zone.day_of(moment):
                prompts.append(Prompt(Kind.REMINDER, moment, reminder.routine, reminder.id,
                                      late=now - moment > LATE_AFTER_S))
                st.snoozes.pop(Kind.REMINDER, None)  # the new one replaces a snoozed one
        prompts.extend(self._snoozes_due(reading))
        if self._skipped_today(Kind.DESK_BREAK, now):
            self.desk.reset()
            self.desk.next_check = self.zone.next_midnight(now)
        else:
            due = self.desk.observe(reading)
            if due is not None:
                st.snoozes.pop(Kind.DESK_BREAK, None)
                prompts.append(Prompt(Kind.DESK_BREAK, due, self.desk.config.routine))
        return prompts

    def next_wake(self, now: float) -> float | None:
        """When the service must wake next; None when nothing is scheduled at all."""
        st = self.state
        after = max(now, st.seen_until if st.seen_until is not None else now)
        wakes = [self._next_reminder(after)[0] if self.book.reminders else None]
        wakes += [s.until for s in st.snoozes.values()]
        if self.desk.config.enabled:
            wakes.append(self.desk.next_check if self.desk.next_check is not None else now)
        times = [w for w in wakes if w is not None]
        if not times:
            return None
        first = min(times)
        if st.paused_until is not None and first < st.paused_until:
            return st.paused_until
        return first

    def may_offer_desk_break(self, now: float) -> bool:
        """Whether a desk break could be offered at ``now`` (only then is the screen asked
        whether it is full screen or on do-not-disturb)."""
        snooze = self.state.snoozes.get(Kind.DESK_BREAK)
        if snooze is not None and snooze.until <= now:
            return True
        desk = self.desk
        return (desk.config.enabled and desk.active_since is not None
                and now >= desk.active_since + desk.config.active_s)

    # -- what the user answers ---------------------------------------------------------
    def snooze(self, prompt: Prompt, now: float) -> None:
        self.state.snoozes[prompt.kind] = Snooze(prompt, now + SNOOZE_S)
        self.dirty = True

    def skip_today(self, kind: Kind, now: float) -> None:
        self.state.skipped[kind] = self.zone.day_of(now)
        self.state.snoozes.pop(kind, None)
        if kind is Kind.DESK_BREAK:
            self.desk.reset()
        self.dirty = True

    def started(self, prompt: Prompt) -> None:
        """The user started the routine the prompt offered."""
        self.state.snoozes.pop(prompt.kind, None)
        if prompt.kind is Kind.DESK_BREAK:
            self.desk.reset()
        self.dirty = True

    def pause(self, until: float) -> None:
        """Show nothing before ``until`` (what falls due meanwhile is dropped, not kept)."""
        self.state.paused_until = until
        self.state.snoozes.clear()
        self.desk.reset()
        self.dirty = True

    def pause_for_an_hour(self, now: float) -> float:
        self.pause(now + HOUR_S)
        return now + HOUR_S

    def pause_until_tomorrow(self, now: float) -> float:
        until = self.zone.next_midnight(now)
        self.pause(until)
        return until

    def resume(self, now: float) -> None:
        if self.state.paused_until is not None:
            self._drop_until(now)
            self.state.paused_until = None
            self.dirty = True

    def paused_until(self, now: float) -> float | None:
        until = self.state.paused_until
        return until if until is not None and until > now else None

    def next_reminder(self, now: float) -> tuple[float, Reminder] | None:
        """The next reminder to come (for "Start next routine" and the Settings page)."""
        if not self.book.reminders:
            return None
        moment, reminder = self._next_reminder(now)
        return (moment, reminder) if reminder is not None else None

    # -- inside -----------------------------------------------------------------------
    def _latest_due(self, after: float, until: float) -> tuple[float, Reminder] | None:
        best: tuple[float, Reminder] | None = None
        for reminder in self.book.reminders:
            moment = reminder.latest(after, until, self.zone)
            if moment is not None and (best is None or moment > best[0]):
                best = (moment, reminder)
        return best

    def _next_reminder(self, after: float) -> tuple[float, Reminder | None]:
        best: tuple[float, Reminder | None] = (float("inf"), None)
        skipped = self.state.skipped.get(Kind.REMINDER)
        for reminder in self.book.reminders:
            moment = reminder.next_due(after, self.zone)
            if skipped is not None and self.zone.day_of(moment) == skipped:
                moment = reminder.next_due(self.zone.next_midnight(moment) - 1, self.zone)
            if moment < best[0]:
                best = (moment, reminder)
        return best

    def _snoozes_due(self, reading: Reading) -> list[Prompt]:
        now = reading.wall
        prompts = []
        for kind, snooze in list(self.state.snoozes.items()):
            if snooze.until > now:
                continue
            if kind is Kind.DESK_BREAK and reading.quiet:
                continue  # full screen or do-not-disturb: the snoozed break waits
            del self.state.snoozes[kind]
            self.dirty = True
            if self._skipped_today(kind, now):
                continue
            prompts.append(replace(snooze.prompt, due=snooze.until, snoozed=True,
                                   late=now - snooze.until > LATE_AFTER_S))
        return prompts

    def _skipped_today(self, kind: Kind, now: float) -> bool:
        return self.state.skipped.get(kind) == self.zone.day_of(now)

    def _drop_until(self, moment: float) -> None:
        """Everything due up to ``moment`` counts as dealt with (a pause)."""
        st = self.state
        if st.seen_until is None or st.seen_until < moment:
            st.seen_until = moment
            self.dirty = True
        for kind, snooze in list(st.snoozes.items()):
            if snooze.until <= moment:
                del st.snoozes[kind]
        self.desk.reset()
