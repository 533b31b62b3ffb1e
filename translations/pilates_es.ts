<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Caution: not advised with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take care with: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped this exercise because it hurt (%1 times).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert or Enter adds it to the routine; Shift+Enter or a double-click shows its steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternating sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pumps %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold %1 breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: %3, about %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Up/Ctrl+Down move, Ctrl+D duplicates, Delete removes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathCounter</name>
    <message>
        <source>Breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath counter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcernRow</name>
    <message>
        <source>Pain mark cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not advised with knee problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not advised with neck problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped %1 because it hurt on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It has hurt %n time(s) so far.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget that this exercise hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear pain mark for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave %1 out of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the gentler variant instead of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do %1 as planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Sound is unavailable (%1): the breath counter flashes instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice is unavailable (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to your left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to your right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. That is the end of the routine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlareUpSwitch</name>
    <message>
        <source>I have a &amp;flare-up today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flare-up today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only gentle exercises, and a shorter session, for today only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on when your back is worse than usual: only holds and stretches, and a shorter session. It turns itself off tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FocusWindow</name>
    <message>
        <source>Get ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused — press Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilates Desktop — focus mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space pause · → next · ← back · R restart · F leave focus mode · Esc stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Upper back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hips and glutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lying on your back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lying face down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lying on your side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On all fours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blanket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resistance band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilates ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternating sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progression</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainRating</name>
    <message>
        <source>How does your back feel right now? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = no pain · 10 = the worst pain you can imagine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain rating from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate your pain %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerActions</name>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the previous part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this part again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen with large type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop — it hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at once and mark this exercise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move into the starting position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe easily and let your body soften.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last exercise: you are nearly done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn to your left side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn to your right side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pump %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress through the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds left in this part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left in the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaylistEditor</name>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the whole routine (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play from Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the routine at the selected exercise (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play from the selected exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop exercises here from the library. Ctrl+Up and Ctrl+Down move the selected exercises, Ctrl+D duplicates, Delete removes, Enter edits the dosage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to reorder. Ctrl+Up/Ctrl+Down move, Ctrl+D duplicates, Delete removes, Enter edits the dosage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This routine is empty.
Drag exercises here from the library, or select one there and press Insert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated routine time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routine selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in routines cannot be changed. Editing one offers to make your own copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · total time ≈ %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineWorkspace</name>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s), about %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is left to play with these choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A gentle day: only holds and stretches, and at most %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this routine is gentle enough today, so a gentle session takes its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 is left out: its gentle variant is already in the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 becomes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Fewer repetitions, shorter holds and shorter rests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before You Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some exercises need a decision first. The safer choice is already selected; change it only if your doctor or therapist agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose for each exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with these choices (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not start (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Paused: the computer went to sleep. Press Space when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Session summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done: routine complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session stopped: something hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;You stopped because %1 hurt.&lt;/b&gt;&lt;br&gt;Stop for today and let the area calm down. Do not push through pain. If it does not settle, or it comes back, check with a physiotherapist or doctor before you try this exercise again. It is now marked in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time practised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does your back feel now? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for yourself (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it go? Anything to remember next time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rating and the note with this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close; the session itself is already saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
