"""The week, as rules without Qt: practice reminders, desk breaks and when to wake up for them.

Everything here works on wall-clock seconds read from the injected Clock and on a
:class:`~pilates_desktop.core.schedule.zone.Zone` that turns days and times of day into instants,
so tests move a fake clock across days, sleeps and DST changes without waiting. The Qt side
(``services/schedule.py``) only reads the clock, the idle time and the screen state, hands them
to :class:`~pilates_desktop.core.schedule.planner.Schedule`, shows what it returns and sleeps
until :meth:`~pilates_desktop.core.schedule.planner.Schedule.next_wake`.
"""
