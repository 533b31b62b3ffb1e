<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ConcernRow</name>
    <message numerus="yes">
        <source>It has hurt %n time(s) so far.</source>
        <translation>
            <numerusform>It has hurt once so far.</numerusform>
            <numerusform>It has hurt %n times so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message numerus="yes">
        <source>Your history has %n session(s) again.</source>
        <translation>
            <numerusform>Your history has %n session again.</numerusform>
            <numerusform>Your history has %n sessions again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added from %1.</source>
        <translation>
            <numerusform>%n session added from %1.</numerusform>
            <numerusform>%n sessions added from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>Last week</numerusform>
            <numerusform>Last %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your history has %n session(s) again.</source>
        <translation>
            <numerusform>Your history has %n session again.</numerusform>
            <numerusform>Your history has %n sessions again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdlePanel</name>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n exercises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n session(s) cut short last time were saved as interrupted.</source>
        <translation>
            <numerusform>%n session cut short last time was saved as interrupted.</numerusform>
            <numerusform>%n sessions cut short last time were saved as interrupted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaylistEditor</name>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n exercises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message numerus="yes">
        <source>%1 — hurt %n time(s), last on %2</source>
        <translation>
            <numerusform>%1 — hurt once, on %2</numerusform>
            <numerusform>%1 — hurt %n times, last on %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineWorkspace</name>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n exercises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message numerus="yes">
        <source>%n exercise(s), %1</source>
        <translation>
            <numerusform>%n exercise, %1</numerusform>
            <numerusform>%n exercises, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A lighter day: the same exercises or their easier forms, fewer repetitions and shorter holds, at most %n minute(s).</source>
        <translation>
            <numerusform>A lighter day: the same exercises or their easier forms, fewer repetitions and shorter holds, at most %n minute.</numerusform>
            <numerusform>A lighter day: the same exercises or their easier forms, fewer repetitions and shorter holds, at most %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryCards</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best: %n week(s)</source>
        <translation>
            <numerusform>Best: %n week</numerusform>
            <numerusform>Best: %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of practice</source>
        <translation>
            <numerusform>%n day of practice</numerusform>
            <numerusform>%n days of practice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>before → after, over %n rated session(s)</source>
        <translation>
            <numerusform>before → after, over %n rated session</numerusform>
            <numerusform>before → after, over %n rated sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n new session</numerusform>
            <numerusform>%n new sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed session(s)</source>
        <translation>
            <numerusform>%n changed session</numerusform>
            <numerusform>%n changed sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted session(s)</source>
        <translation>
            <numerusform>%n deleted session</numerusform>
            <numerusform>%n deleted sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine change(s)</source>
        <translation>
            <numerusform>%n routine change</numerusform>
            <numerusform>%n routine changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n desk break(s)</source>
        <translation>
            <numerusform>%n desk break</numerusform>
            <numerusform>%n desk breaks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Goal: %n session(s)</source>
        <translation>
            <numerusform>Goal: %n session</numerusform>
            <numerusform>Goal: %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearHeatmap</name>
    <message numerus="yes">
        <source>%n day(s) of practice</source>
        <translation>
            <numerusform>%n day of practice</numerusform>
            <numerusform>%n days of practice</numerusform>
        </translation>
    </message>
</context>
</TS>
