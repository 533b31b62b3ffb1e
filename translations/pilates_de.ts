<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Caution: not advised with %1.</source>
        <translation>Vorsicht: nicht empfohlen bei %1.</translation>
    </message>
    <message>
        <source>Take care with: %1.</source>
        <translation>Vorsicht bei: %1.</translation>
    </message>
    <message>
        <source>You stopped this exercise because it hurt (%1 times).</source>
        <translation>Du hast diese Übung abgebrochen, weil sie wehgetan hat (%1-mal).</translation>
    </message>
    <message>
        <source>Insert or Enter adds it to the routine; Shift+Enter or a double-click shows its steps.</source>
        <translation>Einfg oder Eingabe fügt sie der Routine hinzu; Umschalt+Eingabe oder ein Doppelklick zeigt ihre Schritte.</translation>
    </message>
    <message>
        <source>Both sides together</source>
        <translation>Beide Seiten zugleich</translation>
    </message>
    <message>
        <source>Each side</source>
        <translation>Jede Seite</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Nur linke Seite</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Nur rechte Seite</translation>
    </message>
    <message>
        <source>Alternating sides</source>
        <translation>Seiten im Wechsel</translation>
    </message>
    <message>
        <source>Not advised: %1</source>
        <translation>Nicht empfohlen: %1</translation>
    </message>
    <message>
        <source>Hurt %1×</source>
        <translation>Tat weh: %1×</translation>
    </message>
    <message>
        <source>%1. %2: %3, about %4</source>
        <translation>%1. %2: %3, etwa %4</translation>
    </message>
    <message>
        <source>Ctrl+Up/Ctrl+Down move, Ctrl+D duplicates, Delete removes.</source>
        <translation>Strg+Pfeil hoch/runter verschiebt, Strg+D dupliziert, Entf entfernt.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Pilates Desktop</source>
        <translation>Über Pilates Desktop</translation>
    </message>
    <message>
        <source>A calm Pilates companion for people with back pain.</source>
        <translation>Ein ruhiger Pilates-Begleiter für Menschen mit Rückenschmerzen.</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>Läuft mit:</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show your data folder in the file manager</source>
        <translation>Deinen Datenordner in der Dateiverwaltung zeigen</translation>
    </message>
    <message>
        <source>Your data:</source>
        <translation>Deine Daten:</translation>
    </message>
    <message>
        <source>Licences of the parts it ships with:</source>
        <translation>Lizenzen der mitgelieferten Bestandteile:</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Bestandteil</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Every part that is installed with Pilates Desktop</source>
        <translation>Jeder Bestandteil, der mit Pilates Desktop installiert wird</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy these details, for a bug report</source>
        <translation>Diese Angaben kopieren, für einen Fehlerbericht</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The details were saved to %1.</source>
        <translation>Die Einzelheiten wurden in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Pilates Desktop hit an unexpected problem and carried on. What you practised so far is saved.</source>
        <translation>Pilates Desktop ist auf ein unerwartetes Problem gestoßen und hat weitergemacht. Was du bisher geübt hast, ist gespeichert.</translation>
    </message>
    <message>
        <source>Pilates Desktop</source>
        <translation>Pilates Desktop</translation>
    </message>
    <message>
        <source>Your data folder cannot be used: %1</source>
        <translation>Dein Datenordner kann nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <source>%1 could not be read (%2); pain marks start empty. The file is kept as %3.</source>
        <translation>%1 ließ sich nicht lesen (%2); die Schmerzmarkierungen beginnen leer. Die Datei bleibt als %3 erhalten.</translation>
    </message>
</context>
<context>
    <name>BreathCounter</name>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Mach dich bereit</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Breath %1 of %2</source>
        <translation>Atemzug %1 von %2</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Keep breathing</source>
        <translation>Weiteratmen</translation>
    </message>
    <message>
        <source>Breath counter</source>
        <translation>Atemzähler</translation>
    </message>
</context>
<context>
    <name>BuilderCare</name>
    <message>
        <source>Reminders for the programme</source>
        <translation>Erinnerungen für das Programm</translation>
    </message>
    <message>
        <source>Remind you to practise %1 on %2 at %3? You can change the days and the time in Preferences › Week.</source>
        <translation>Soll dich die App an %1 erinnern, jeweils %2 um %3? Tage und Uhrzeit kannst du unter Einstellungen › Woche ändern.</translation>
    </message>
    <message>
        <source>Remind Me on These Days…</source>
        <translation>An diesen Tagen erinnern…</translation>
    </message>
    <message>
        <source>Add reminders for the programme&apos;s days a week</source>
        <translation>Erinnerungen für die Tage pro Woche des Programms anlegen</translation>
    </message>
</context>
<context>
    <name>CareService</name>
    <message>
        <source>%1 could not be read (%2); the safety questions will be asked again. The file is kept as %3.</source>
        <translation>%1 konnte nicht gelesen werden (%2); die Sicherheitsfragen werden noch einmal gestellt. Die Datei bleibt als %3 erhalten.</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <source>How is your back this morning?</source>
        <translation>Wie geht es deinem Rücken heute Morgen?</translation>
    </message>
    <message>
        <source>Compared with before yesterday&apos;s session, your back is:</source>
        <translation>Verglichen mit vor der gestrigen Einheit ist dein Rücken:</translation>
    </message>
    <message>
        <source>&amp;Better</source>
        <translation>&amp;Besser</translation>
    </message>
    <message>
        <source>Better than before the session</source>
        <translation>Besser als vor der Einheit</translation>
    </message>
    <message>
        <source>The &amp;same</source>
        <translation>&amp;Gleich</translation>
    </message>
    <message>
        <source>About the same as before</source>
        <translation>Ungefähr wie vorher</translation>
    </message>
    <message>
        <source>&amp;Worse</source>
        <translation>&amp;Schlechter</translation>
    </message>
    <message>
        <source>Worse than before the session</source>
        <translation>Schlechter als vor der Einheit</translation>
    </message>
    <message>
        <source>Pain now (optional)</source>
        <translation>Schmerz jetzt (freiwillig)</translation>
    </message>
    <message>
        <source>Then your next session of %1 will be a third lighter, with one set fewer, so your back can settle. The app will tell you again when it starts.</source>
        <translation>Dann wird deine nächste Einheit von %1 um ein Drittel leichter, mit einem Satz weniger, damit sich dein Rücken beruhigen kann. Die App sagt es dir noch einmal, wenn sie beginnt.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Keep the answer in your history</source>
        <translation>Die Antwort in deinem Verlauf speichern</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Close; the app does not ask again today</source>
        <translation>Schließen; die App fragt heute nicht noch einmal</translation>
    </message>
</context>
<context>
    <name>ConcernRow</name>
    <message>
        <source>Pain mark cleared.</source>
        <translation>Schmerzmarkierung entfernt.</translation>
    </message>
    <message>
        <source>Not advised with knee problems.</source>
        <translation>Nicht empfohlen bei Knieproblemen.</translation>
    </message>
    <message>
        <source>Not advised with neck problems.</source>
        <translation>Nicht empfohlen bei Nackenproblemen.</translation>
    </message>
    <message>
        <source>Its gentler variant, %1, is already in this routine, so it is left out.</source>
        <translation>Die sanftere Variante, %1, ist schon in dieser Routine, deshalb fällt die Übung weg.</translation>
    </message>
    <message>
        <source>You stopped %1 because it hurt on %2.</source>
        <translation>Du hast „%1“ am %2 abgebrochen, weil es wehgetan hat.</translation>
    </message>
    <message numerus="yes">
        <source>It has hurt %n time(s) so far.</source>
        <translation>
            <numerusform>Es hat bisher einmal wehgetan.</numerusform>
            <numerusform>Es hat bisher %n-mal wehgetan.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear mark</source>
        <translation>Markierung &amp;entfernen</translation>
    </message>
    <message>
        <source>Forget that this exercise hurt</source>
        <translation>Vergessen, dass diese Übung wehgetan hat</translation>
    </message>
    <message>
        <source>Clear pain mark for %1</source>
        <translation>Schmerzmarkierung für %1 entfernen</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>Swap for %1</source>
        <translation>Ersetzen durch %1</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Leave %1 out of this session</source>
        <translation>%1 in dieser Einheit auslassen</translation>
    </message>
    <message>
        <source>Do the gentler variant instead of %1</source>
        <translation>Die sanftere Variante statt %1 machen</translation>
    </message>
    <message>
        <source>Do %1 as planned</source>
        <translation>%1 wie geplant machen</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>QtMultimedia cannot load (%1)</source>
        <translation>QtMultimedia lässt sich nicht laden (%1)</translation>
    </message>
    <message>
        <source>no audio output device</source>
        <translation>kein Audioausgabegerät</translation>
    </message>
    <message>
        <source>QtTextToSpeech cannot load (%1)</source>
        <translation>QtTextToSpeech lässt sich nicht laden (%1)</translation>
    </message>
    <message>
        <source>no speech engine</source>
        <translation>keine Sprachausgabe installiert</translation>
    </message>
    <message>
        <source>the speech engine reported an error</source>
        <translation>die Sprachausgabe hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>no voice for %1</source>
        <translation>keine Stimme für %1</translation>
    </message>
    <message>
        <source>Sound is unavailable (%1): the breath counter flashes instead.</source>
        <translation>Ton ist nicht verfügbar (%1): Stattdessen blinkt der Atemzähler.</translation>
    </message>
    <message>
        <source>The voice is unavailable (%1).</source>
        <translation>Die Sprachausgabe ist nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>Get ready: %1</source>
        <translation>Mach dich bereit: %1</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Switch to your left side</source>
        <translation>Wechsle auf die linke Seite</translation>
    </message>
    <message>
        <source>Switch to your right side</source>
        <translation>Wechsle auf die rechte Seite</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Los geht’s</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Well done. That is the end of the routine.</source>
        <translation>Gut gemacht. Die Routine ist zu Ende.</translation>
    </message>
</context>
<context>
    <name>Dose</name>
    <message>
        <source>{n} pump</source>
        <translation>{n} Pumpbewegung</translation>
    </message>
    <message>
        <source>{n} pumps</source>
        <translation>{n} Pumpbewegungen</translation>
    </message>
    <message>
        <source>{n} rep</source>
        <translation>{n} Wiederholung</translation>
    </message>
    <message>
        <source>{n} reps</source>
        <translation>{n} Wiederholungen</translation>
    </message>
    <message>
        <source>{n} per side</source>
        <translation>{n} pro Seite</translation>
    </message>
    <message>
        <source>{n} per leg</source>
        <translation>{n} pro Bein</translation>
    </message>
    <message>
        <source>{n} sets</source>
        <translation>{n} Sätze</translation>
    </message>
    <message>
        <source>Hold {n} s</source>
        <translation>{n} s halten</translation>
    </message>
    <message>
        <source>Hold {n} s per side</source>
        <translation>{n} s pro Seite halten</translation>
    </message>
    <message>
        <source>Hold {n} s per leg</source>
        <translation>{n} s pro Bein halten</translation>
    </message>
    <message>
        <source>Hold {n} breath</source>
        <translation>{n} Atemzug halten</translation>
    </message>
    <message>
        <source>Hold {n} breaths</source>
        <translation>{n} Atemzüge halten</translation>
    </message>
    <message>
        <source>Hold {n} breath per side</source>
        <translation>{n} Atemzug pro Seite halten</translation>
    </message>
    <message>
        <source>Hold {n} breaths per side</source>
        <translation>{n} Atemzüge pro Seite halten</translation>
    </message>
    <message>
        <source>{n} times</source>
        <translation>{n}-mal</translation>
    </message>
    <message>
        <source>Rest {n} s</source>
        <translation>{n} s Pause</translation>
    </message>
    <message>
        <source>Right, then left</source>
        <translation>Rechts, dann links</translation>
    </message>
    <message>
        <source>Alternating</source>
        <translation>Im Wechsel</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Nur linke Seite</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Nur rechte Seite</translation>
    </message>
    <message>
        <source>Both sides together</source>
        <translation>Beide Seiten zugleich</translation>
    </message>
</context>
<context>
    <name>ExerciseDialog</name>
    <message>
        <source>Exercise details: %1</source>
        <translation>Übungsdetails: %1</translation>
    </message>
    <message>
        <source>Equipment: %1</source>
        <translation>Hilfsmittel: %1</translation>
    </message>
    <message>
        <source>Not advised with your health flags: %1.</source>
        <translation>Bei deinen Gesundheitsangaben nicht empfohlen: %1.</translation>
    </message>
    <message>
        <source>You stopped this exercise because it hurt (%1×). Go gently, or choose a gentler variant.</source>
        <translation>Du hast diese Übung abgebrochen, weil sie wehgetan hat (%1×). Geh behutsam vor oder wähle eine sanftere Variante.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Choose a step to see it (Up and Down keys)</source>
        <translation>Wähle einen Schritt, um ihn zu sehen (Pfeiltasten hoch und runter)</translation>
    </message>
    <message>
        <source>&amp;Movement:</source>
        <translation>&amp;Bewegung:</translation>
    </message>
    <message>
        <source>Movement through the step</source>
        <translation>Bewegungsablauf im Schritt</translation>
    </message>
    <message>
        <source>Drag to move the figure from the start to the end of the step</source>
        <translation>Ziehen, um die Figur vom Anfang bis zum Ende des Schritts zu bewegen</translation>
    </message>
    <message>
        <source>(see %1)</source>
        <translation>(siehe %1)</translation>
    </message>
    <message>
        <source>Cautions and variants</source>
        <translation>Hinweise und Varianten</translation>
    </message>
    <message>
        <source>&amp;Add to Routine</source>
        <translation>Zur Routine &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add this exercise to the routine being edited</source>
        <translation>Diese Übung der bearbeiteten Routine hinzufügen</translation>
    </message>
    <message>
        <source>Add to routine</source>
        <translation>Zur Routine hinzufügen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
</context>
<context>
    <name>ExercisePainBar</name>
    <message>
        <source>Pain now:</source>
        <translation>Schmerz jetzt:</translation>
    </message>
    <message>
        <source>Rate your pain during this exercise: type 0-9, or 1 then 0 for 10. Above 5 the exercise stops.</source>
        <translation>Bewerte deinen Schmerz während dieser Übung: tippe 0-9, oder 1 und dann 0 für 10. Über 5 wird die Übung beendet.</translation>
    </message>
    <message>
        <source>Pain %1 of 10</source>
        <translation>Schmerz %1 von 10</translation>
    </message>
    <message>
        <source>Pain %1 of 10 (key %2)</source>
        <translation>Schmerz %1 von 10 (Taste %2)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>No rating for this exercise</source>
        <translation>Keine Bewertung für diese Übung</translation>
    </message>
</context>
<context>
    <name>FlareUpAction</name>
    <message>
        <source>&amp;Flare-up Today</source>
        <translation>Heute ein &amp;Schub</translation>
    </message>
    <message>
        <source>Easier forms, lighter doses and a shorter session, for today only.</source>
        <translation>Leichtere Formen, weniger Belastung und eine kürzere Einheit, nur für heute.</translation>
    </message>
</context>
<context>
    <name>FlareUpSwitch</name>
    <message>
        <source>I have a &amp;flare-up today</source>
        <translation>&amp;Ich habe heute einen Schub</translation>
    </message>
    <message>
        <source>Flare-up today</source>
        <translation>Heute ein Schub</translation>
    </message>
    <message>
        <source>Easier forms, lighter doses and a shorter session, for today only.</source>
        <translation>Leichtere Formen, weniger Belastung und eine kürzere Einheit, nur für heute.</translation>
    </message>
    <message>
        <source>Turn on when your back is worse than usual: the same routine with easier forms, lighter doses and a shorter session. It turns itself off tomorrow.</source>
        <translation>Einschalten, wenn dein Rücken schlechter ist als sonst: dieselbe Routine mit leichteren Formen, weniger Belastung und einer kürzeren Einheit. Morgen schaltet es sich von selbst aus.</translation>
    </message>
</context>
<context>
    <name>FocusChart</name>
    <message>
        <source>Upper back</source>
        <translation>Oberer Rücken</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Rumpf</translation>
    </message>
    <message>
        <source>Hips and glutes</source>
        <translation>Hüfte und Gesäß</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>%1: %2 minutes (%3%)</source>
        <translation>%1: %2 Minuten (%3 %)</translation>
    </message>
</context>
<context>
    <name>FocusWindow</name>
    <message>
        <source>Get ready: %1</source>
        <translation>Mach dich bereit: %1</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Switch sides: %1</source>
        <translation>Seite wechseln: %1</translation>
    </message>
    <message>
        <source>Paused — press Space</source>
        <translation>Pausiert – Leertaste drücken</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Pilates Desktop — focus mode</source>
        <translation>Pilates Desktop – Fokusmodus</translation>
    </message>
    <message>
        <source>Focus mode</source>
        <translation>Fokusmodus</translation>
    </message>
    <message>
        <source>Space pause · → next · ← back · R restart · H it hurts · F leave focus mode · Esc stop</source>
        <translation>Leertaste Pause · → weiter · ← zurück · R neu starten · H es tut weh · F Fokusmodus verlassen · Esc beenden</translation>
    </message>
</context>
<context>
    <name>FormatError</name>
    <message>
        <source>not UTF-8 text (byte {byte})</source>
        <translation>kein UTF-8-Text (Byte {byte})</translation>
    </message>
    <message>
        <source>nested {depth} levels deep; the limit is {limit}</source>
        <translation>{depth} Ebenen tief verschachtelt; erlaubt sind höchstens {limit}</translation>
    </message>
    <message>
        <source>not valid JSON: {problem} at line {line}, column {column}</source>
        <translation>kein gültiges JSON: {problem} in Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>duplicate key {key}</source>
        <translation>Schlüssel {key} kommt doppelt vor</translation>
    </message>
    <message>
        <source>{name} is not allowed in a routine file</source>
        <translation>{name} ist in einer Routinendatei nicht erlaubt</translation>
    </message>
    <message>
        <source>must be {expected}, got {value}</source>
        <translation>muss {expected} sein, ist aber {value}</translation>
    </message>
    <message>
        <source>version {version} is not supported (this app reads {supported}); this file needs a newer Pilates Desktop</source>
        <translation>Version {version} wird nicht unterstützt (diese App liest Version {supported}); für diese Datei brauchst du ein neueres Pilates Desktop</translation>
    </message>
    <message>
        <source>version {version} is not supported (this app reads {supported})</source>
        <translation>Version {version} wird nicht unterstützt (diese App liest Version {supported})</translation>
    </message>
    <message>
        <source>must be at most {limit} characters, got {length}</source>
        <translation>darf höchstens {limit} Zeichen lang sein, hat aber {length}</translation>
    </message>
    <message>
        <source>unknown exercise {exercise}</source>
        <translation>unbekannte Übung {exercise}</translation>
    </message>
    <message>
        <source>unknown exercise {exercise}; did you mean {near}?</source>
        <translation>unbekannte Übung {exercise}; meintest du {near}?</translation>
    </message>
    <message>
        <source>exercise {exercise} has no {form} form</source>
        <translation>Übung {exercise} hat keine Form „{form}“</translation>
    </message>
    <message>
        <source>must be a date as YYYY-MM-DD, got {value}</source>
        <translation>muss ein Datum im Format JJJJ-MM-TT sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>file is {size} bytes; the limit is {limit}</source>
        <translation>die Datei ist {size} Byte groß; erlaubt ist höchstens {limit}</translation>
    </message>
    <message>
        <source>{name} is not allowed in this file</source>
        <translation>{name} ist in dieser Datei nicht erlaubt</translation>
    </message>
    <message>
        <source>a number of {digits} characters; the limit is {limit}</source>
        <translation>eine Zahl mit {digits} Zeichen; erlaubt sind höchstens {limit}</translation>
    </message>
    <message>
        <source>the number {number} is too large</source>
        <translation>die Zahl {number} ist zu groß</translation>
    </message>
    <message>
        <source>contains a lone surrogate ({code}), which is not valid Unicode text</source>
        <translation>enthält ein einzelnes Surrogat ({code}), das ist kein gültiger Unicode-Text</translation>
    </message>
    <message>
        <source>is not a regular file but {what}</source>
        <translation>ist keine normale Datei, sondern {what}</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>Feldname in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>Doppelpunkt &apos;:&apos; erwartet</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>Komma &apos;,&apos; erwartet</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>überzählige Daten</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>ungültiges Steuerzeichen</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>ungültige Escape-Sequenz mit \</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>ungültige \uXXXX-Escape-Sequenz</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>nicht abgeschlossene Zeichenkette, beginnend</translation>
    </message>
    <message>
        <source>must be an object, got {got}</source>
        <translation>muss ein Objekt sein, ist aber {got}</translation>
    </message>
    <message>
        <source>unknown field {field}</source>
        <translation>unbekanntes Feld {field}</translation>
    </message>
    <message>
        <source>missing required field {field}</source>
        <translation>Pflichtfeld {field} fehlt</translation>
    </message>
    <message>
        <source>must be a non-empty string, got {got}</source>
        <translation>muss ein nicht leerer Text sein, ist aber {got}</translation>
    </message>
    <message>
        <source>must be true or false, got {got}</source>
        <translation>muss true oder false sein, ist aber {got}</translation>
    </message>
    <message>
        <source>must be a whole number, got {got}</source>
        <translation>muss eine ganze Zahl sein, ist aber {got}</translation>
    </message>
    <message>
        <source>must be between {lo} and {hi}, got {value}</source>
        <translation>muss zwischen {lo} und {hi} liegen, ist aber {value}</translation>
    </message>
    <message>
        <source>must be a number or a [low, high] pair</source>
        <translation>muss eine Zahl oder ein Paar [von, bis] sein</translation>
    </message>
    <message>
        <source>low end {low} is above high end {high}</source>
        <translation>die Untergrenze {low} liegt über der Obergrenze {high}</translation>
    </message>
    <message>
        <source>must be a list, got {got}</source>
        <translation>muss eine Liste sein, ist aber {got}</translation>
    </message>
    <message>
        <source>must have at most {limit} entries, got {count}</source>
        <translation>darf höchstens {limit} Einträge haben, hat aber {count}</translation>
    </message>
    <message>
        <source>must be one of {choices}, got {value}</source>
        <translation>muss einer dieser Werte sein: {choices} – ist aber {value}</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>the number {value}</source>
        <translation>die Zahl {value}</translation>
    </message>
    <message>
        <source>the string {value}</source>
        <translation>der Text {value}</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>has no exercises, so there is nothing to import</source>
        <translation>enthält keine Übungen, es gibt also nichts zu importieren</translation>
    </message>
    <message>
        <source>could not import {file}, nothing was written: {error}</source>
        <translation>{file} konnte nicht importiert werden, es wurde nichts geschrieben: {error}</translation>
    </message>
    <message>
        <source>cannot open the backup: {error}</source>
        <translation>die Sicherung lässt sich nicht öffnen: {error}</translation>
    </message>
    <message>
        <source>the backup is damaged: {problem}</source>
        <translation>die Sicherung ist beschädigt: {problem}</translation>
    </message>
    <message>
        <source>the backup comes from a newer version of the app</source>
        <translation>die Sicherung stammt aus einer neueren Version der App</translation>
    </message>
    <message>
        <source>cannot restore the backup: {error}</source>
        <translation>die Sicherung lässt sich nicht wiederherstellen: {error}</translation>
    </message>
    <message>
        <source>cannot read the file: {error}</source>
        <translation>die Datei kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>must be {expected}; this is not a Pilates Desktop history export</source>
        <translation>muss {expected} sein; das ist kein Verlaufsexport von Pilates Desktop</translation>
    </message>
    <message>
        <source>this file is version {version}, from a newer Pilates Desktop; this version reads version {supported}</source>
        <translation>diese Datei hat Version {version} und stammt aus einem neueren Pilates Desktop; diese Version liest Version {supported}</translation>
    </message>
    <message>
        <source>missing key {key}</source>
        <translation>Schlüssel {key} fehlt</translation>
    </message>
    <message>
        <source>unknown key {key}</source>
        <translation>unbekannter Schlüssel {key}</translation>
    </message>
    <message>
        <source>must be a string, got {got}</source>
        <translation>muss ein Text sein, ist aber {got}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be at most {limit} characters long</source>
        <translation>darf höchstens {limit} Zeichen lang sein</translation>
    </message>
    <message>
        <source>must have at most {limit} entries</source>
        <translation>darf höchstens {limit} Einträge haben</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time, got {value}</source>
        <translation>muss Datum und Uhrzeit nach ISO 8601 sein, ist aber {value}</translation>
    </message>
    <message>
        <source>must include the UTC offset, e.g. +01:00, got {value}</source>
        <translation>muss den Abstand zu UTC enthalten, z. B. +01:00, ist aber {value}</translation>
    </message>
    <message>
        <source>must be a date in the years {lo} to {hi}, got {value}</source>
        <translation>muss ein Datum in den Jahren {lo} bis {hi} sein, ist aber {value}</translation>
    </message>
    <message>
        <source>must have a UTC offset within {limit} hours, got {value}</source>
        <translation>muss einen UTC-Versatz von höchstens {limit} Stunden haben, ist aber {value}</translation>
    </message>
    <message>
        <source>must be a UUID, got {value}</source>
        <translation>muss eine UUID sein, ist aber {value}</translation>
    </message>
    <message>
        <source>session {id} appears twice in the file</source>
        <translation>Einheit {id} kommt in der Datei doppelt vor</translation>
    </message>
    <message>
        <source>must not be before started_at</source>
        <translation>darf nicht vor started_at liegen</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>ein Wahrheitswert (true/false)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>is in use by another program ({error}); try again when it is closed</source>
        <translation>wird gerade von einem anderen Programm benutzt ({error}); versuche es erneut, wenn es geschlossen ist</translation>
    </message>
    <message>
        <source>cannot be read ({error}); it was left as it is: open Pilates Desktop to keep it aside and restore a backup</source>
        <translation>kann nicht gelesen werden ({error}); die Datei blieb unverändert: öffne Pilates Desktop, um sie beiseitezulegen und eine Sicherung wiederherzustellen</translation>
    </message>
    <message>
        <source>is not a Pilates Desktop history (another program&apos;s database); it was left as it is</source>
        <translation>ist kein Pilates-Desktop-Verlauf (die Datenbank eines anderen Programms); die Datei blieb unverändert</translation>
    </message>
    <message>
        <source>was written by a newer version of Pilates Desktop (schema {version})</source>
        <translation>wurde von einer neueren Version von Pilates Desktop geschrieben (Schema {version})</translation>
    </message>
    <message>
        <source>a session is being recorded; restore the backup after it ends</source>
        <translation>gerade wird eine Einheit aufgezeichnet; stelle die Sicherung wieder her, wenn sie zu Ende ist</translation>
    </message>
    <message>
        <source>the history file cannot be written just now ({error}); nothing was changed</source>
        <translation>die Verlaufsdatei lässt sich gerade nicht schreiben ({error}); es wurde nichts geändert</translation>
    </message>
    <message>
        <source>no sync folder is set; choose one with: sync --folder DIR</source>
        <translation>kein Sync-Ordner festgelegt; wähle einen mit: sync --folder ORDNER</translation>
    </message>
    <message>
        <source>written by a newer Pilates Desktop (sync format {version}; this one reads up to {supported}); update Pilates Desktop on this computer, nothing was changed</source>
        <translation>von einem neueren Pilates Desktop geschrieben (Sync-Format {version}; diese Version liest bis {supported}); aktualisiere Pilates Desktop auf diesem Computer, nichts wurde geändert</translation>
    </message>
    <message>
        <source>line {line}: {problem}; nothing was changed</source>
        <translation>Zeile {line}: {problem}; nichts wurde geändert</translation>
    </message>
    <message>
        <source>{key} must be {expected}, got {value}</source>
        <translation>{key} muss {expected} sein, ist aber {value}</translation>
    </message>
    <message>
        <source>not a Pilates Desktop sync file ({expected})</source>
        <translation>keine Sync-Datei von Pilates Desktop ({expected})</translation>
    </message>
    <message>
        <source>unknown kind of record {kind}</source>
        <translation>unbekannte Art von Eintrag {kind}</translation>
    </message>
    <message>
        <source>cannot read: {error}</source>
        <translation>kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>cannot write: {error}; nothing was lost</source>
        <translation>kann nicht geschrieben werden: {error}; nichts ging verloren</translation>
    </message>
    <message>
        <source>the sync folder does not exist or is not a folder</source>
        <translation>der Sync-Ordner existiert nicht oder ist kein Ordner</translation>
    </message>
    <message>
        <source>the sync folder and the app&apos;s data folder overlap; the history database must never be in a synced folder, choose another folder</source>
        <translation>Sync-Ordner und Datenordner der App überschneiden sich; die Verlaufsdatenbank darf nie in einem synchronisierten Ordner liegen, wähle einen anderen Ordner</translation>
    </message>
    <message>
        <source>ends in an incomplete record (still being synced?); read up to its last whole record</source>
        <translation>endet mit einem unvollständigen Eintrag (wird noch synchronisiert?); bis zum letzten vollständigen Eintrag gelesen</translation>
    </message>
    <message>
        <source>the sync state cannot be read ({problem}); it is rebuilt from the folder</source>
        <translation>der Sync-Zustand kann nicht gelesen werden ({problem}); er wird aus dem Ordner neu aufgebaut</translation>
    </message>
    <message>
        <source>a hexadecimal id</source>
        <translation>eine hexadezimale Kennung</translation>
    </message>
    <message>
        <source>a UTC time like 2024-05-01T09:30:00.000000Z</source>
        <translation>eine UTC-Zeit wie 2024-05-01T09:30:00.000000Z</translation>
    </message>
    <message>
        <source>&quot;put&quot; or &quot;del&quot;</source>
        <translation>&quot;put&quot; oder &quot;del&quot;</translation>
    </message>
    <message>
        <source>an id of 1 to 200 characters</source>
        <translation>eine Kennung mit 1 bis 200 Zeichen</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>Export History as JSON…</source>
        <translation>Verlauf als JSON exportieren …</translation>
    </message>
    <message>
        <source>Save every session with its exercises, to keep or to move to another computer</source>
        <translation>Jede Einheit mit ihren Übungen speichern, zum Aufbewahren oder für einen anderen Computer</translation>
    </message>
    <message>
        <source>Export History as CSV…</source>
        <translation>Verlauf als CSV exportieren …</translation>
    </message>
    <message>
        <source>One row per session, for a spreadsheet</source>
        <translation>Eine Zeile pro Einheit, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Import History…</source>
        <translation>Verlauf importieren …</translation>
    </message>
    <message>
        <source>Merge a JSON export; sessions you already have are not added twice</source>
        <translation>Einen JSON-Export zusammenführen; vorhandene Einheiten werden nicht doppelt hinzugefügt</translation>
    </message>
    <message>
        <source>Export and Import</source>
        <translation>Export und Import</translation>
    </message>
    <message>
        <source>Restore Automatic Backup…</source>
        <translation>Automatische Sicherung wiederherstellen …</translation>
    </message>
    <message>
        <source>Go back to the newest daily backup; sessions recorded since are kept</source>
        <translation>Zur neuesten täglichen Sicherung zurückkehren; seither aufgezeichnete Einheiten bleiben erhalten</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Noch keine Sicherung</translation>
    </message>
    <message>
        <source>There is no automatic backup in %1 yet. One is made on the first start of each day.</source>
        <translation>In %1 gibt es noch keine automatische Sicherung. Sie wird beim ersten Start jedes Tages angelegt.</translation>
    </message>
    <message>
        <source>Restore the automatic backup of %1?

Your history goes back to that day. Sessions recorded since then are kept.</source>
        <translation>Die automatische Sicherung vom %1 wiederherstellen?

Dein Verlauf kehrt zu diesem Tag zurück. Seitdem aufgezeichnete Einheiten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restore after the routine</source>
        <translation>Nach der Routine wiederherstellen</translation>
    </message>
    <message>
        <source>A routine is being recorded now. The backup of %1 is restored as soon as it ends.</source>
        <translation>Gerade wird eine Routine aufgezeichnet. Die Sicherung vom %1 wird wiederhergestellt, sobald sie endet.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <source>Your history has %n session(s) again.</source>
        <translation>
            <numerusform>Dein Verlauf hat wieder %n Einheit.</numerusform>
            <numerusform>Dein Verlauf hat wieder %n Einheiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>Verlauf importieren</translation>
    </message>
    <message>
        <source>History exports (*.json)</source>
        <translation>Verlaufsexporte (*.json)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 was not imported, and nothing was changed.

%2</source>
        <translation>%1 wurde nicht importiert, und es wurde nichts geändert.

%2</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added from %1.</source>
        <translation>
            <numerusform>%n Einheit aus %1 hinzugefügt.</numerusform>
            <numerusform>%n Einheiten aus %1 hinzugefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryService</name>
    <message>
        <source>%1 is in use by another program. Your practice is kept and saved to it as soon as it is free.</source>
        <translation>%1 wird gerade von einem anderen Programm benutzt. Dein Training bleibt erhalten und wird gespeichert, sobald die Datei frei ist.</translation>
    </message>
    <message>
        <source>%1 belongs to another program and was left as it is. This run&apos;s practice is kept until you quit; choose another data folder to keep it.</source>
        <translation>%1 gehört zu einem anderen Programm und blieb unverändert. Das Training dieser Sitzung bleibt bis zum Beenden erhalten; wähle einen anderen Datenordner, um es zu behalten.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Rou&amp;tine:</source>
        <translation>R&amp;outine:</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>Letzte Woche</numerusform>
            <numerusform>Letzte %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>How many weeks the charts and the list cover</source>
        <translation>Wie viele Wochen die Diagramme und die Liste umfassen</translation>
    </message>
    <message>
        <source>Show only the sessions of one routine</source>
        <translation>Nur die Einheiten einer Routine anzeigen</translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>Einheit löschen</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Einheiten</translation>
    </message>
    <message>
        <source>Practice history</source>
        <translation>Übungsverlauf</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the history (Esc)</source>
        <translation>Den Verlauf schließen (Esc)</translation>
    </message>
    <message>
        <source>No sessions yet. When you finish or stop a routine, it appears here, week by week.</source>
        <translation>Noch keine Einheiten. Sobald du eine Routine beendest oder abbrichst, erscheint sie hier, Woche für Woche.</translation>
    </message>
    <message>
        <source>All routines</source>
        <translation>Alle Routinen</translation>
    </message>
    <message numerus="yes">
        <source>Your history has %n session(s) again.</source>
        <translation>
            <numerusform>Dein Verlauf hat wieder %n Einheit.</numerusform>
            <numerusform>Dein Verlauf hat wieder %n Einheiten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdlePanel</name>
    <message>
        <source>Choose a routine</source>
        <translation>Wähle eine Routine</translation>
    </message>
    <message>
        <source>Pick a routine on the left, then press Start. Put the screen where you can see it from your mat.</source>
        <translation>Wähle links eine Routine und drück dann auf Start. Stell den Bildschirm so auf, dass du ihn von deiner Matte aus siehst.</translation>
    </message>
    <message>
        <source>No exercises yet. Add some from the library: double-click one, press Insert, or drag it into the playlist.</source>
        <translation>Noch keine Übungen. Füge welche aus der Bibliothek hinzu: doppelklicke eine, drücke Einfg oder ziehe sie in die Übungsliste.</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleSource</name>
    <message>
        <source>Windows did not answer</source>
        <translation>Windows hat nicht geantwortet</translation>
    </message>
    <message>
        <source>macOS did not answer</source>
        <translation>macOS hat nicht geantwortet</translation>
    </message>
    <message>
        <source>on Wayland only GNOME tells apps this</source>
        <translation>unter Wayland sagt das nur GNOME den Apps</translation>
    </message>
    <message>
        <source>no desktop session to ask</source>
        <translation>keine Desktop-Sitzung zum Fragen</translation>
    </message>
    <message>
        <source>the X server has no screen-saver extension</source>
        <translation>der X-Server hat keine Bildschirmschoner-Erweiterung</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>&amp;Repeat (%1–%2):</source>
        <translation>&amp;Wiederholen (%1–%2):</translation>
    </message>
    <message>
        <source>&amp;Reps (%1–%2):</source>
        <translation>&amp;Wiederholungen (%1–%2):</translation>
    </message>
    <message>
        <source>S&amp;ets (%1–%2):</source>
        <translation>S&amp;ätze (%1–%2):</translation>
    </message>
    <message>
        <source>&amp;Hold (%1–%2 s):</source>
        <translation>&amp;Halten (%1–%2 s):</translation>
    </message>
    <message>
        <source>&amp;Hold (%1–%2 breaths):</source>
        <translation>&amp;Halten (%1–%2 Atemzüge):</translation>
    </message>
    <message>
        <source>&amp;Pumps (%1–%2):</source>
        <translation>&amp;Pumpen (%1–%2):</translation>
    </message>
    <message>
        <source>Rest &amp;after (%1–%2 s):</source>
        <translation>P&amp;ause danach (%1–%2 s):</translation>
    </message>
    <message>
        <source>Dosage of the selected exercise</source>
        <translation>Umfang der ausgewählten Übung</translation>
    </message>
    <message>
        <source>Item editor</source>
        <translation>Übungseditor</translation>
    </message>
    <message>
        <source>Between %1 and %2. Step below %1 to use the exercise&apos;s default.</source>
        <translation>Zwischen %1 und %2. Unter %1 gilt der Standardwert der Übung.</translation>
    </message>
    <message>
        <source>&amp;Sides:</source>
        <translation>&amp;Seiten:</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Which side or sides to work</source>
        <translation>Welche Seite oder Seiten trainiert werden</translation>
    </message>
    <message>
        <source>Reset to &amp;Defaults</source>
        <translation>Auf &amp;Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Use the exercise&apos;s own dosage again</source>
        <translation>Wieder den eigenen Umfang der Übung verwenden</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Show &amp;Steps…</source>
        <translation>&amp;Schritte anzeigen …</translation>
    </message>
    <message>
        <source>Show the exercise&apos;s steps and cautions</source>
        <translation>Die Schritte und Hinweise der Übung anzeigen</translation>
    </message>
    <message>
        <source>Show the exercise&apos;s steps</source>
        <translation>Die Schritte der Übung anzeigen</translation>
    </message>
    <message>
        <source>Estimated time ≈ %1</source>
        <translation>Geschätzte Dauer ≈ %1</translation>
    </message>
    <message>
        <source>Select one exercise in the routine to change its reps, holds, sides and rest.</source>
        <translation>Wähle eine Übung in der Routine aus, um Wiederholungen, Haltezeiten, Seiten und Pause zu ändern.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — empty fields use the exercise&apos;s defaults.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – leere Felder verwenden die Standardwerte der Übung.</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Upper back</source>
        <translation>Oberer Rücken</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Rumpf</translation>
    </message>
    <message>
        <source>Hips and glutes</source>
        <translation>Hüfte und Gesäß</translation>
    </message>
    <message>
        <source>Lying on your back</source>
        <translation>In Rückenlage</translation>
    </message>
    <message>
        <source>Lying face down</source>
        <translation>In Bauchlage</translation>
    </message>
    <message>
        <source>Lying on your side</source>
        <translation>In Seitenlage</translation>
    </message>
    <message>
        <source>On all fours</source>
        <translation>Im Vierfüßlerstand</translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation>Kniend</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sitzend</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stehend</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>Einsteiger</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Fortgeschritten</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erfahren</translation>
    </message>
    <message>
        <source>Mat</source>
        <translation>Matte</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <source>Soft ball</source>
        <translation>Weicher Ball</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Blanket</source>
        <translation>Decke</translation>
    </message>
    <message>
        <source>Resistance band</source>
        <translation>Widerstandsband</translation>
    </message>
    <message>
        <source>Pilates ring</source>
        <translation>Pilates-Ring</translation>
    </message>
    <message>
        <source>Knee problems</source>
        <translation>Knieprobleme</translation>
    </message>
    <message>
        <source>Neck problems</source>
        <translation>Nackenprobleme</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <source>Each side</source>
        <translation>Jede Seite</translation>
    </message>
    <message>
        <source>Alternating sides</source>
        <translation>Seiten im Wechsel</translation>
    </message>
    <message>
        <source>Both sides together</source>
        <translation>Beide Seiten zugleich</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation>Atemzüge</translation>
    </message>
    <message>
        <source>Pumps</source>
        <translation>Pumpen</translation>
    </message>
    <message>
        <source>Gentler</source>
        <translation>Sanfter</translation>
    </message>
    <message>
        <source>Progression</source>
        <translation>Steigerung</translation>
    </message>
</context>
<context>
    <name>LibraryDelegate</name>
    <message>
        <source>Hurt %1×</source>
        <translation>Tat weh: %1×</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Exercise library</source>
        <translation>Übungsbibliothek</translation>
    </message>
    <message>
        <source>Search name, summary or focus (Ctrl+F)</source>
        <translation>Name, Beschreibung oder Schwerpunkt suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <source>Type words from the name, summary or focus area (Ctrl+F). Down or Enter goes to the results.</source>
        <translation>Gib Wörter aus Name, Beschreibung oder Schwerpunkt ein (Strg+F). Pfeil runter oder Eingabe springt zu den Ergebnissen.</translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation>Sch&amp;werpunkt:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau:</translation>
    </message>
    <message>
        <source>E&amp;quipment:</source>
        <translation>&amp;Hilfsmittel:</translation>
    </message>
    <message>
        <source>&amp;Cautions:</source>
        <translation>&amp;Hinweise:</translation>
    </message>
    <message>
        <source>Any focus</source>
        <translation>Jeder Schwerpunkt</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>Jede Position</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Jedes Niveau</translation>
    </message>
    <message>
        <source>Any equipment</source>
        <translation>Alle Hilfsmittel</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Suits my health flags</source>
        <translation>Für mich geeignet</translation>
    </message>
    <message>
        <source>No knee caution</source>
        <translation>Ohne Kniehinweis</translation>
    </message>
    <message>
        <source>No neck caution</source>
        <translation>Ohne Nackenhinweis</translation>
    </message>
    <message>
        <source>No cautions at all</source>
        <translation>Ganz ohne Hinweise</translation>
    </message>
    <message>
        <source>Filter by focus area</source>
        <translation>Nach Schwerpunkt filtern</translation>
    </message>
    <message>
        <source>Filter by starting position</source>
        <translation>Nach Ausgangsposition filtern</translation>
    </message>
    <message>
        <source>Filter by level</source>
        <translation>Nach Niveau filtern</translation>
    </message>
    <message>
        <source>Filter by equipment</source>
        <translation>Nach Hilfsmitteln filtern</translation>
    </message>
    <message>
        <source>Filter by caution</source>
        <translation>Nach Hinweisen filtern</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Insert or Enter adds the selected exercises to the routine; Shift+Enter or a double-click shows the exercise&apos;s steps. Drag to place them in the routine.</source>
        <translation>Einfg oder Eingabe fügt die ausgewählten Übungen der Routine hinzu; Umschalt+Eingabe oder ein Doppelklick zeigt die Schritte der Übung. Zum Platzieren in die Routine ziehen.</translation>
    </message>
    <message>
        <source>&amp;Add to Routine</source>
        <translation>Zur Routine &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add the selected exercises to the routine (Insert or Enter). Shift+Enter shows the steps.</source>
        <translation>Die ausgewählten Übungen der Routine hinzufügen (Einfg oder Eingabe). Umschalt+Eingabe zeigt die Schritte.</translation>
    </message>
    <message>
        <source>Add to routine</source>
        <translation>Zur Routine hinzufügen</translation>
    </message>
    <message>
        <source>%1 of %2 exercises</source>
        <translation>%1 von %2 Übungen</translation>
    </message>
</context>
<context>
    <name>LighterSession</name>
    <message>
        <source>A lighter session today</source>
        <translation>Heute eine leichtere Einheit</translation>
    </message>
    <message>
        <source>On %1 your back was worse than before the session the day before. So that it can settle, this session of %2 is a third lighter, with one set fewer. The usual dose comes back after it.</source>
        <translation>Am %1 ging es deinem Rücken schlechter als vor der Einheit am Tag davor. Damit er sich beruhigen kann, ist diese Einheit von %2 um ein Drittel leichter, mit einem Satz weniger. Danach gilt wieder die übliche Dosis.</translation>
    </message>
    <message>
        <source>Lighter Session</source>
        <translation>Leichtere Einheit</translation>
    </message>
    <message>
        <source>Usual Dose</source>
        <translation>Übliche Dosis</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Stop the routine?</source>
        <translation>Routine beenden?</translation>
    </message>
    <message>
        <source>Stop the routine here? What you did so far is saved.</source>
        <translation>Die Routine hier beenden? Was du bisher gemacht hast, ist gespeichert.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>%1 would take about %2 hours. A routine can last at most %3 hours: remove exercises or lower their doses.</source>
        <translation>%1 würde etwa %2 Stunden dauern. Eine Routine kann höchstens %3 Stunden dauern: nimm Übungen heraus oder verringere ihre Dosis.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Leave focus mode</source>
        <translation>Fokusmodus verlassen</translation>
    </message>
    <message>
        <source>Could not save to %1 just now; your practice is kept and saved again soon.</source>
        <translation>Speichern in %1 ist gerade nicht möglich; dein Üben bleibt erhalten und wird bald erneut gespeichert.</translation>
    </message>
    <message>
        <source>Your practice history is saved again.</source>
        <translation>Dein Übungsverlauf wird wieder gespeichert.</translation>
    </message>
    <message>
        <source>%1 cannot be written: this run&apos;s sessions are kept until you quit.</source>
        <translation>%1 kann nicht geschrieben werden: Die Einheiten dieser Sitzung bleiben bis zum Beenden erhalten.</translation>
    </message>
    <message>
        <source>The history file could not be read; it was kept as %1 and a fresh one started.</source>
        <translation>Die Verlaufsdatei konnte nicht gelesen werden; sie wurde als %1 aufbewahrt und eine neue begonnen.</translation>
    </message>
    <message>
        <source>The history came from a newer version; it was kept as %1 and a fresh one started.</source>
        <translation>Der Verlauf stammt aus einer neueren Version; er wurde als %1 aufbewahrt und ein neuer begonnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) cut short last time were saved as interrupted.</source>
        <translation>
            <numerusform>%n beim letzten Mal abgebrochene Einheit wurde als unterbrochen gespeichert.</numerusform>
            <numerusform>%n beim letzten Mal abgebrochene Einheiten wurden als unterbrochen gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The daily backup to %1 could not be made (%2).</source>
        <translation>Die tägliche Sicherung nach %1 ließ sich nicht anlegen (%2).</translation>
    </message>
    <message>
        <source>About Pilates Desktop</source>
        <translation>Über Pilates Desktop</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <source>Routine Too Long</source>
        <translation>Routine zu lang</translation>
    </message>
    <message>
        <source>Pilates Desktop</source>
        <translation>Pilates Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation>&amp;Routine</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Routine starten</translation>
    </message>
    <message>
        <source>Start the selected routine</source>
        <translation>Die ausgewählte Routine starten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Pilates Desktop</source>
        <translation>Pilates Desktop beenden</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Pace, cues, look, health</source>
        <translation>Tempo, Hinweise, Aussehen, Gesundheit</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>&amp;Verlauf anzeigen</translation>
    </message>
    <message>
        <source>Your practice over time</source>
        <translation>Dein Üben im Lauf der Zeit</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>All keys of the player</source>
        <translation>Alle Tasten des Players</translation>
    </message>
    <message>
        <source>Welcome and &amp;safety</source>
        <translation>Begrüßung und &amp;Sicherheit</translation>
    </message>
    <message>
        <source>How to practise safely; your health questions</source>
        <translation>Wie du sicher übst; deine Gesundheitsfragen</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>Routines, playlist and player</source>
        <translation>Routinen, Übungsliste und Player</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Player</translation>
    </message>
    <message>
        <source>A routine is already playing; stop it first to start another.</source>
        <translation>Es läuft bereits eine Routine; beende sie zuerst, um eine andere zu starten.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Practice per week</source>
        <translation>Üben pro Woche</translation>
    </message>
    <message>
        <source>Pain before and after, weekly average</source>
        <translation>Schmerz vorher und nachher, Wochendurchschnitt</translation>
    </message>
    <message>
        <source>Minutes and sessions per week</source>
        <translation>Minuten und Einheiten pro Woche</translation>
    </message>
    <message>
        <source>Time per focus area</source>
        <translation>Zeit pro Schwerpunkt</translation>
    </message>
    <message>
        <source>Practice days in the last year</source>
        <translation>Übungstage im letzten Jahr</translation>
    </message>
    <message>
        <source>minutes, goal met</source>
        <translation>Minuten, Ziel erreicht</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>sessions, goal met</source>
        <translation>Einheiten, Ziel erreicht</translation>
    </message>
    <message>
        <source>minutes (right axis)</source>
        <translation>Minuten (rechte Achse)</translation>
    </message>
    <message>
        <source>sessions (right axis)</source>
        <translation>Einheiten (rechte Achse)</translation>
    </message>
    <message>
        <source>desk breaks</source>
        <translation>Bewegungspausen</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
</context>
<context>
    <name>PainBeforeDialog</name>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <source>How does your back feel right now?</source>
        <translation>Wie fühlt sich dein Rücken gerade an?</translation>
    </message>
    <message>
        <source>0 = no pain, 10 = the worst pain you can imagine. Type the number (1 then 0 for 10) and the routine starts; Enter starts without a rating, Esc does not start.</source>
        <translation>0 = kein Schmerz, 10 = der schlimmste vorstellbare Schmerz. Tippe die Zahl (1, dann 0 für 10) und die Routine beginnt; Enter startet ohne Bewertung, Esc startet nicht.</translation>
    </message>
    <message>
        <source>Start Without Rating</source>
        <translation>Ohne Bewertung starten</translation>
    </message>
    <message>
        <source>Start the routine and leave the pain unrated (Enter)</source>
        <translation>Die Routine starten und den Schmerz nicht bewerten (Enter)</translation>
    </message>
    <message>
        <source>Do not start the routine (Esc)</source>
        <translation>Die Routine nicht starten (Esc)</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>pain 0–10</source>
        <translation>Schmerz 0–10</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>Pain before: %1</source>
        <translation>Schmerz vorher: %1</translation>
    </message>
    <message>
        <source>Pain after: %1</source>
        <translation>Schmerz nachher: %1</translation>
    </message>
</context>
<context>
    <name>PainDelegate</name>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Pain rating from 0 to 10</source>
        <translation>Schmerzbewertung von 0 bis 10</translation>
    </message>
</context>
<context>
    <name>PainRating</name>
    <message>
        <source>How does your back feel right now? (optional)</source>
        <translation>Wie fühlt sich dein Rücken gerade an? (optional)</translation>
    </message>
    <message>
        <source>0 = no pain · 10 = the worst pain you can imagine</source>
        <translation>0 = kein Schmerz · 10 = der schlimmste vorstellbare Schmerz</translation>
    </message>
    <message>
        <source>Pain rating from 0 to 10</source>
        <translation>Schmerzbewertung von 0 bis 10</translation>
    </message>
    <message>
        <source>Pain %1 of 10</source>
        <translation>Schmerz %1 von 10</translation>
    </message>
    <message>
        <source>Rate your pain %1 of 10</source>
        <translation>Schmerz mit %1 von 10 bewerten</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Pain:</source>
        <translation>Schmerz:</translation>
    </message>
    <message>
        <source>Your back pain now: type 0-9, or 1 then 0 for 10</source>
        <translation>Dein Rückenschmerz jetzt: tippe 0–9, oder 1, dann 0 für 10</translation>
    </message>
</context>
<context>
    <name>PlayerActions</name>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause or resume the routine</source>
        <translation>Routine anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>Resume the routine</source>
        <translation>Routine fortsetzen</translation>
    </message>
    <message>
        <source>Pause the routine</source>
        <translation>Routine anhalten</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Go to the next part</source>
        <translation>Zum nächsten Abschnitt</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Go back to the previous part</source>
        <translation>Zurück zum vorigen Abschnitt</translation>
    </message>
    <message>
        <source>Restart step</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Start this part again</source>
        <translation>Diesen Abschnitt noch einmal beginnen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop the routine</source>
        <translation>Routine beenden</translation>
    </message>
    <message>
        <source>Focus mode</source>
        <translation>Fokusmodus</translation>
    </message>
    <message>
        <source>Full screen with large type</source>
        <translation>Vollbild mit großer Schrift</translation>
    </message>
    <message>
        <source>Stop — it hurts</source>
        <translation>Stopp – es tut weh</translation>
    </message>
    <message>
        <source>Stop at once and mark this exercise</source>
        <translation>Sofort aufhören und diese Übung markieren</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>seconds left</source>
        <translation>Sekunden übrig</translation>
    </message>
    <message>
        <source>left</source>
        <translation>übrig</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Mach dich bereit</translation>
    </message>
    <message>
        <source>Move into the starting position.</source>
        <translation>Geh in die Ausgangsposition.</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Breathe easily and let your body soften.</source>
        <translation>Atme locker und lass deinen Körper weich werden.</translation>
    </message>
    <message>
        <source>Up next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Last exercise: you are nearly done.</source>
        <translation>Letzte Übung: Du hast es fast geschafft.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Danach: %1</translation>
    </message>
    <message>
        <source>Turn to your left side.</source>
        <translation>Dreh dich auf die linke Seite.</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Turn to your right side.</source>
        <translation>Dreh dich auf die rechte Seite.</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Alternate sides</source>
        <translation>Seiten im Wechsel</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Satz %1 von %2</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Wiederholung %1 von %2</translation>
    </message>
    <message>
        <source>Pump %1 of %2</source>
        <translation>Pumpbewegung %1 von %2</translation>
    </message>
    <message>
        <source>Breath %1 of %2</source>
        <translation>Atemzug %1 von %2</translation>
    </message>
    <message>
        <source>Hold for %1 s</source>
        <translation>%1 s halten</translation>
    </message>
    <message>
        <source>Routine player</source>
        <translation>Routine-Player</translation>
    </message>
    <message>
        <source>Progress through the routine</source>
        <translation>Fortschritt in der Routine</translation>
    </message>
    <message>
        <source>Seconds left in this part</source>
        <translation>Verbleibende Sekunden in diesem Abschnitt</translation>
    </message>
    <message>
        <source>Time left in the routine</source>
        <translation>Verbleibende Zeit der Routine</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Nächste Übung</translation>
    </message>
</context>
<context>
    <name>PlaylistEditor</name>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play the whole routine (Ctrl+P)</source>
        <translation>Die ganze Routine abspielen (Strg+P)</translation>
    </message>
    <message>
        <source>Play routine</source>
        <translation>Routine abspielen</translation>
    </message>
    <message>
        <source>Play from Here</source>
        <translation>Ab hier abspielen</translation>
    </message>
    <message>
        <source>Start the routine at the selected exercise (Ctrl+Shift+P)</source>
        <translation>Die Routine bei der ausgewählten Übung beginnen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Play from the selected exercise</source>
        <translation>Ab der ausgewählten Übung abspielen</translation>
    </message>
    <message>
        <source>Routine exercises</source>
        <translation>Übungen der Routine</translation>
    </message>
    <message>
        <source>Drop exercises here from the library. Ctrl+Up and Ctrl+Down move the selected exercises, Ctrl+D duplicates, Delete removes, Enter edits the dosage.</source>
        <translation>Zieh Übungen aus der Bibliothek hierher. Strg+Pfeil hoch und Strg+Pfeil runter verschieben die ausgewählten Übungen, Strg+D dupliziert, Entf entfernt, Eingabe bearbeitet den Umfang.</translation>
    </message>
    <message>
        <source>Drag to reorder. Ctrl+Up/Ctrl+Down move, Ctrl+D duplicates, Delete removes, Enter edits the dosage.</source>
        <translation>Zum Umsortieren ziehen. Strg+Pfeil hoch/runter verschiebt, Strg+D dupliziert, Entf entfernt, Eingabe bearbeitet den Umfang.</translation>
    </message>
    <message>
        <source>This routine is empty.
Drag exercises here from the library, or select one there and press Insert.</source>
        <translation>Diese Routine ist leer.
Zieh Übungen aus der Bibliothek hierher oder wähl dort eine aus und drück Einfg.</translation>
    </message>
    <message>
        <source>Estimated routine time</source>
        <translation>Geschätzte Dauer der Routine</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Name der Routine</translation>
    </message>
    <message>
        <source>No routine selected</source>
        <translation>Keine Routine ausgewählt</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Gesamt %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <source>built-in, read-only</source>
        <translation>mitgeliefert, schreibgeschützt</translation>
    </message>
    <message>
        <source>Built-in routines cannot be changed. Editing one offers to make your own copy.</source>
        <translation>Mitgelieferte Routinen lassen sich nicht ändern. Wenn du eine bearbeitest, wird dir eine eigene Kopie angeboten.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Get ready before each exercise:</source>
        <translation>Vorbereitung vor jeder Übung:</translation>
    </message>
    <message>
        <source>Rest after each exercise:</source>
        <translation>Pause nach jeder Übung:</translation>
    </message>
    <message>
        <source>Time to switch sides:</source>
        <translation>Zeit zum Seitenwechsel:</translation>
    </message>
    <message>
        <source>Time per repetition:</source>
        <translation>Zeit pro Wiederholung:</translation>
    </message>
    <message>
        <source>Breathe &amp;in for:</source>
        <translation>&amp;Einatmen für:</translation>
    </message>
    <message>
        <source>Breathe &amp;out for:</source>
        <translation>A&amp;usatmen für:</translation>
    </message>
    <message>
        <source>Cou&amp;nt:</source>
        <translation>&amp;Zählen in:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Sessions a wee&amp;k:</source>
        <translation>Einheiten pro Wo&amp;che:</translation>
    </message>
    <message>
        <source>&amp;Minutes a week:</source>
        <translation>&amp;Minuten pro Woche:</translation>
    </message>
    <message>
        <source>Weeks &amp;start on:</source>
        <translation>W&amp;oche beginnt am:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Sound &amp;volume:</source>
        <translation>Ton&amp;lautstärke:</translation>
    </message>
    <message>
        <source>Voice vo&amp;lume:</source>
        <translation>Stimmla&amp;utstärke:</translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation>St&amp;imme:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Player te&amp;xt size:</source>
        <translation>&amp;Textgröße im Player:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Flare-up session at &amp;most:</source>
        <translation>Einheit bei Schub höchs&amp;tens:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message numerus="yes">
        <source>%1 — hurt %n time(s), last on %2</source>
        <translation>
            <numerusform>%1 – tat einmal weh, am %2</numerusform>
            <numerusform>%1 – tat %n-mal weh, zuletzt am %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No pain marks. Exercises you stop with “Stop — it hurts” appear here.</source>
        <translation>Keine Schmerzmarkierungen. Übungen, die du mit „Stopp – es tut weh“ abbrichst, erscheinen hier.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>Ü&amp;ben</translation>
    </message>
    <message>
        <source>&amp;Cues</source>
        <translation>&amp;Hinweise</translation>
    </message>
    <message>
        <source>&amp;Appearance and Language</source>
        <translation>&amp;Aussehen und Sprache</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>&amp;Gesundheit</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisierung</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Breath pace</source>
        <translation>Atemtempo</translation>
    </message>
    <message>
        <source>The ring shows the pace: it grows as you breathe in and shrinks as you breathe out. Slow and even is the aim.</source>
        <translation>Der Ring zeigt das Tempo: Er wächst beim Einatmen und schrumpft beim Ausatmen. Ziel ist ein langsamer, gleichmäßiger Atem.</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Wochenziel</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>As the system: %1</source>
        <translation>Wie im System: %1</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Töne</translation>
    </message>
    <message>
        <source>Play &amp;sounds for each new part and the last seconds</source>
        <translation>&amp;Töne bei jedem neuen Abschnitt und in den letzten Sekunden</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Speak the &amp;exercise names and breath cues</source>
        <translation>&amp;Übungsnamen und Atemhinweise ansagen</translation>
    </message>
    <message>
        <source>Appearance and language</source>
        <translation>Aussehen und Sprache</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>The language changes at once, including the exercise instructions.</source>
        <translation>Die Sprache wechselt sofort, auch in den Übungsanleitungen.</translation>
    </message>
    <message>
        <source>Your health</source>
        <translation>Deine Gesundheit</translation>
    </message>
    <message>
        <source>Exercises that are not advised with these problems are marked, and a gentler choice is offered before a session starts.</source>
        <translation>Übungen, die bei diesen Beschwerden nicht empfohlen sind, werden markiert, und vor jeder Einheit wird eine sanftere Wahl angeboten.</translation>
    </message>
    <message>
        <source>I have &amp;knee problems</source>
        <translation>Ich habe &amp;Knieprobleme</translation>
    </message>
    <message>
        <source>I have &amp;neck (cervical spine) problems</source>
        <translation>Ich habe &amp;Nackenprobleme (Halswirbelsäule)</translation>
    </message>
    <message>
        <source>Flare-up</source>
        <translation>Schub</translation>
    </message>
    <message>
        <source>Exercises that hurt</source>
        <translation>Übungen, die wehgetan haben</translation>
    </message>
    <message>
        <source>C&amp;lear Mark</source>
        <translation>Markierung &amp;entfernen</translation>
    </message>
    <message>
        <source>Show the Welcome A&amp;gain</source>
        <translation>Begrüßung erneut &amp;zeigen</translation>
    </message>
    <message>
        <source>Answer the Safety &amp;Questions Again…</source>
        <translation>Sicherheits&amp;fragen erneut beantworten…</translation>
    </message>
    <message>
        <source>The questions about signs that need a doctor before you practise; asked every 3 months</source>
        <translation>Die Fragen nach Zeichen, die vor dem Üben ärztlich abgeklärt werden müssen; alle 3 Monate gestellt</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>&amp;Standardwerte</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Loudness of the cue sounds, 0 to 100 percent</source>
        <translation>Lautstärke der Hinweistöne, 0 bis 100 Prozent</translation>
    </message>
    <message>
        <source>Loudness of the voice, 0 to 100 percent</source>
        <translation>Lautstärke der Stimme, 0 bis 100 Prozent</translation>
    </message>
    <message>
        <source>Which installed voice speaks the cues</source>
        <translation>Welche installierte Stimme die Hinweise spricht</translation>
    </message>
    <message>
        <source>Light, dark, or the same as your desktop</source>
        <translation>Hell, dunkel oder wie dein Desktop</translation>
    </message>
    <message>
        <source>Size of the text in the player and on the step cards</source>
        <translation>Schriftgröße im Player und auf den Schrittkarten</translation>
    </message>
    <message>
        <source>Language of the menus and the exercise instructions</source>
        <translation>Sprache der Menüs und der Übungsanleitungen</translation>
    </message>
    <message>
        <source>Count your weekly goal in sessions or in minutes</source>
        <translation>Wochenziel in Einheiten oder in Minuten zählen</translation>
    </message>
    <message>
        <source>The day your weeks start on, for the weekly goal and the streak in History</source>
        <translation>Der Tag, mit dem deine Wochen beginnen, für das Wochenziel und die Serie im Verlauf</translation>
    </message>
    <message>
        <source>Exercises you stopped because they hurt</source>
        <translation>Übungen, die du abgebrochen hast, weil sie wehgetan haben</translation>
    </message>
    <message>
        <source>Pain marks</source>
        <translation>Schmerzmarkierungen</translation>
    </message>
    <message>
        <source>Knee problems</source>
        <translation>Knieprobleme</translation>
    </message>
    <message>
        <source>Neck problems</source>
        <translation>Nackenprobleme</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 bis %2</translation>
    </message>
    <message>
        <source>Clear pain mark</source>
        <translation>Schmerzmarkierung entfernen</translation>
    </message>
    <message>
        <source>Forget that the selected exercise hurt</source>
        <translation>Vergessen, dass die ausgewählte Übung wehgetan hat</translation>
    </message>
    <message>
        <source>Show the welcome again</source>
        <translation>Begrüßung erneut zeigen</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Put every setting on this page back to its default</source>
        <translation>Alle Einstellungen dieser Seite auf ihren Standardwert zurücksetzen</translation>
    </message>
    <message>
        <source>Changes are already saved (Esc)</source>
        <translation>Änderungen sind bereits gespeichert (Esc)</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Preview of the breath pace</source>
        <translation>Vorschau des Atemtempos</translation>
    </message>
</context>
<context>
    <name>PrescriptionView</name>
    <message>
        <source>Programme from %1:</source>
        <translation>Programm von %1:</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Programm:</translation>
    </message>
    <message>
        <source>%1 days a week for %2 weeks</source>
        <translation>an %1 Tagen pro Woche, %2 Wochen lang</translation>
    </message>
    <message>
        <source>Week %1 of %2: practised on %3 of %4 days.</source>
        <translation>Woche %1 von %2: an %3 von %4 Tagen geübt.</translation>
    </message>
    <message>
        <source>It starts with your first session.</source>
        <translation>Es beginnt mit deiner ersten Einheit.</translation>
    </message>
</context>
<context>
    <name>ProgrammeTree</name>
    <message>
        <source>%1 days a week for %2 weeks</source>
        <translation>an %1 Tagen pro Woche, %2 Wochen lang</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, von %2</translation>
    </message>
    <message>
        <source>starts with your first session</source>
        <translation>beginnt mit deiner ersten Einheit</translation>
    </message>
    <message>
        <source>%1 of %2 days</source>
        <translation>%1 von %2 Tagen</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Woche %1 von %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>diese Woche</translation>
    </message>
    <message>
        <source>&amp;Programmes</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>Routine and week</source>
        <translation>Routine und Woche</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Practised</source>
        <translation>Geübt</translation>
    </message>
    <message>
        <source>Kept to</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Days you practised each routine from your physiotherapist, against the days a week the programme asks for</source>
        <translation>Die Tage, an denen du jede Routine deiner Physiotherapie geübt hast, verglichen mit den Tagen pro Woche, die das Programm vorsieht</translation>
    </message>
</context>
<context>
    <name>RedFlagDialog</name>
    <message>
        <source>Before you practise: a safety check</source>
        <translation>Bevor du übst: ein Sicherheitscheck</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Y answers yes, N answers no</source>
        <translation>J antwortet Ja, N antwortet Nein</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Ja: %1</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>Nein: %1</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Answer every question to go on</source>
        <translation>Beantworte jede Frage, um weiterzumachen</translation>
    </message>
    <message>
        <source>Ask me &amp;later</source>
        <translation>&amp;Später fragen</translation>
    </message>
    <message>
        <source>Close without answering; the app asks again at the next start</source>
        <translation>Schließen, ohne zu antworten; die App fragt beim nächsten Start wieder</translation>
    </message>
    <message>
        <source>A doctor has checked these signs and said I may practise</source>
        <translation>Eine Ärztin oder ein Arzt hat diese Zeichen abgeklärt und gesagt, dass ich üben darf</translation>
    </message>
    <message>
        <source>Then the app asks again in 3 months instead of at every start</source>
        <translation>Dann fragt die App in 3 Monaten wieder statt bei jedem Start</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>RedFlags</name>
    <message>
        <source>Have you newly lost control of your bladder or bowels, or found it newly hard to pass urine?</source>
        <translation>Kannst du seit Kurzem Blase oder Darm nicht mehr richtig kontrollieren, oder fällt dir das Wasserlassen neuerdings schwer?</translation>
    </message>
    <message>
        <source>Is there numbness or tingling between your legs or around your bottom (the area that would touch a saddle)?</source>
        <translation>Hast du ein taubes Gefühl oder Kribbeln zwischen den Beinen oder um das Gesäß (dort, wo man auf einem Sattel sitzt)?</translation>
    </message>
    <message>
        <source>Is one leg or both getting weaker, for example tripping or a foot that drags?</source>
        <translation>Wird ein Bein oder werden beide schwächer, zum Beispiel stolperst du oder schleift ein Fuß?</translation>
    </message>
    <message>
        <source>Do you have a fever, or feel hot and shivery, with your back pain?</source>
        <translation>Hast du zu den Rückenschmerzen Fieber, oder ist dir heiß und du fröstelst?</translation>
    </message>
    <message>
        <source>Have you lost weight recently without trying to?</source>
        <translation>Hast du in letzter Zeit abgenommen, ohne es zu wollen?</translation>
    </message>
    <message>
        <source>Have you ever had cancer?</source>
        <translation>Hattest du jemals Krebs?</translation>
    </message>
    <message>
        <source>Does your back hurt at night in a way that resting or changing position does not ease?</source>
        <translation>Tut dir der Rücken nachts weh, und zwar so, dass Ruhe oder ein Lagewechsel nicht helfen?</translation>
    </message>
    <message>
        <source>Did your back pain start after a recent fall, accident or injury?</source>
        <translation>Haben die Rückenschmerzen nach einem kürzlichen Sturz, Unfall oder einer Verletzung begonnen?</translation>
    </message>
    <message>
        <source>Please do not practise. Get medical help today: call your doctor&apos;s surgery or an urgent care line now, or go to an emergency department. New problems with bladder or bowel control, or numbness in the saddle area, can mean the nerves at the base of the spine are pressed (cauda equina syndrome). It needs to be checked the same day.</source>
        <translation>Bitte übe nicht. Hol dir heute ärztliche Hilfe: Ruf jetzt deine Arztpraxis oder den ärztlichen Bereitschaftsdienst an, oder geh in eine Notaufnahme. Neue Probleme, Blase oder Darm zu kontrollieren, oder ein taubes Gefühl im Sattelbereich können bedeuten, dass die Nerven am unteren Ende der Wirbelsäule eingeengt sind (Cauda-equina-Syndrom). Das muss noch am selben Tag untersucht werden.</translation>
    </message>
    <message>
        <source>Please do not practise until a doctor has seen you. Make an urgent appointment with your doctor and tell them what you answered here. These signs are rare and most often have another cause, but they need to be checked first.</source>
        <translation>Bitte übe erst, wenn dich eine Ärztin oder ein Arzt untersucht hat. Vereinbare einen dringenden Termin und erzähl dort, was du hier geantwortet hast. Diese Zeichen sind selten und haben meist eine andere Ursache, aber sie müssen zuerst abgeklärt werden.</translation>
    </message>
    <message>
        <source>Thank you. None of these signs applies to you now. If one of them appears, stop practising and get medical advice. The app asks again in 3 months.</source>
        <translation>Danke. Keines dieser Zeichen trifft im Moment auf dich zu. Wenn eines davon auftritt, hör mit dem Üben auf und hol dir ärztlichen Rat. Die App fragt in 3 Monaten wieder.</translation>
    </message>
    <message>
        <source>These questions look for rare signs that back pain needs a doctor before exercise. They are not a diagnosis. Answer for how you are now.</source>
        <translation>Diese Fragen suchen nach seltenen Zeichen dafür, dass Rückenschmerzen vor dem Üben ärztlich abgeklärt werden müssen. Sie sind keine Diagnose. Antworte so, wie es dir jetzt geht.</translation>
    </message>
</context>
<context>
    <name>ReportAction</name>
    <message>
        <source>Report for my physiotherapist</source>
        <translation>Bericht für die Physiotherapie</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Der Bericht wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Bericht gespeichert</translation>
    </message>
    <message>
        <source>%1: %2 weeks, %3 page(s). Take it or send it to your physiotherapist.</source>
        <translation>%1: %2 Wochen, %3 Seite(n). Nimm ihn mit oder schick ihn deiner Physiotherapeutin oder deinem Physiotherapeuten.</translation>
    </message>
    <message>
        <source>Report for My Physiotherapist…</source>
        <translation>Bericht für die Physiotherapie…</translation>
    </message>
    <message>
        <source>A PDF of the last weeks: sessions, pain, the exercises and how they went, to print or send</source>
        <translation>Ein PDF der letzten Wochen: Einheiten, Schmerz, die Übungen und wie sie liefen, zum Drucken oder Verschicken</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Report for my physiotherapist</source>
        <translation>Bericht für die Physiotherapie</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minuten pro Woche</translation>
    </message>
    <message>
        <source>Pilates Desktop · made from your own records; not a diagnosis</source>
        <translation>Pilates Desktop · erstellt aus deinen eigenen Aufzeichnungen; keine Diagnose</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (%3 weeks)</source>
        <translation>Zeitraum: %1 bis %2 (%3 Wochen)</translation>
    </message>
    <message>
        <source>Made on %1 with Pilates Desktop.</source>
        <translation>Erstellt am %1 mit Pilates Desktop.</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Keine in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Green bars: weeks that met the goal. Dashed line: the weekly goal (%1).</source>
        <translation>Grüne Balken: Wochen, in denen das Ziel erreicht wurde. Gestrichelte Linie: das Wochenziel (%1).</translation>
    </message>
    <message>
        <source>Pain is rated from 0 (none) to 10 (the worst imaginable): 0-2 is safe, 3-5 acceptable, above 5 too much. Only sessions of at least a minute that started in the period are counted.</source>
        <translation>Schmerz wird von 0 (keiner) bis 10 (der schlimmste vorstellbare) bewertet: 0-2 ist sicher, 3-5 vertretbar, über 5 zu viel. Gezählt werden nur Einheiten von mindestens einer Minute, die im Zeitraum begonnen haben.</translation>
    </message>
    <message>
        <source>%1 sessions a week</source>
        <translation>%1 Einheiten pro Woche</translation>
    </message>
    <message>
        <source>%1 minutes a week</source>
        <translation>%1 Minuten pro Woche</translation>
    </message>
    <message>
        <source>Sessions in the period: %1</source>
        <translation>Einheiten im Zeitraum: %1</translation>
    </message>
    <message>
        <source>Minutes practised: %1</source>
        <translation>Geübte Minuten: %1</translation>
    </message>
    <message>
        <source>Weekly goal: %1, met in %2 of %3 weeks</source>
        <translation>Wochenziel: %1, erreicht in %2 von %3 Wochen</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Woche für Woche</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Not enough ratings before sessions to show a change: it needs two weeks with ratings.</source>
        <translation>Zu wenige Bewertungen vor den Einheiten, um eine Veränderung zu zeigen: Dafür braucht es zwei Wochen mit Bewertungen.</translation>
    </message>
    <message>
        <source>Average pain before a session went from %1 (week of %2) to %3 (week of %4): a change of %5 points.</source>
        <translation>Der durchschnittliche Schmerz vor einer Einheit ging von %1 (Woche ab %2) auf %3 (Woche ab %4): eine Veränderung um %5 Punkte.</translation>
    </message>
    <message>
        <source>The clinically meaningful change of 2 points was reached: pain is lower.</source>
        <translation>Die klinisch bedeutsame Veränderung von 2 Punkten wurde erreicht: Der Schmerz ist geringer.</translation>
    </message>
    <message>
        <source>The change is 2 points or more, but pain is higher.</source>
        <translation>Die Veränderung beträgt 2 Punkte oder mehr, aber der Schmerz ist stärker.</translation>
    </message>
    <message>
        <source>The clinically meaningful change of 2 points was not reached.</source>
        <translation>Die klinisch bedeutsame Veränderung von 2 Punkten wurde nicht erreicht.</translation>
    </message>
    <message>
        <source>Within a session, pain changed by %1 points on average (after minus before).</source>
        <translation>Innerhalb einer Einheit veränderte sich der Schmerz im Durchschnitt um %1 Punkte (nachher minus vorher).</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>%1 days a week for %2 weeks</source>
        <translation>an %1 Tagen pro Woche, %2 Wochen lang</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>practised on %1 of %2 days due (%3%)</source>
        <translation>an %1 von %2 fälligen Tagen geübt (%3 %)</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>%1 reps</source>
        <translation>%1 Wdh.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Usual dose</source>
        <translation>Übliche Dosis</translation>
    </message>
    <message>
        <source>Pain (mean)</source>
        <translation>Schmerz (Mittel)</translation>
    </message>
    <message>
        <source>Pain (highest)</source>
        <translation>Schmerz (höchster)</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Nicht beendet</translation>
    </message>
    <message>
        <source>It hurts</source>
        <translation>Tut weh</translation>
    </message>
    <message>
        <source>Usual dose: the median per session, both sides together.</source>
        <translation>Übliche Dosis: der Median pro Einheit, beide Seiten zusammen.</translation>
    </message>
    <message>
        <source>Exercises and pain per exercise</source>
        <translation>Übungen und Schmerz pro Übung</translation>
    </message>
    <message>
        <source>Stopped because it hurt</source>
        <translation>Abgebrochen, weil es wehtat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>Next-morning check-ins</source>
        <translation>Nachfragen am nächsten Morgen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Back compared with before the session</source>
        <translation>Rücken im Vergleich zu vor der Einheit</translation>
    </message>
    <message>
        <source>easier form</source>
        <translation>leichtere Form</translation>
    </message>
    <message>
        <source>harder form</source>
        <translation>schwerere Form</translation>
    </message>
    <message>
        <source>usual form</source>
        <translation>übliche Form</translation>
    </message>
    <message>
        <source>Progressions and regressions</source>
        <translation>Steigerungen und Erleichterungen</translation>
    </message>
    <message>
        <source>progression</source>
        <translation>Steigerung</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>Erleichterung</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Weeks goal met</source>
        <translation>Wochen mit erreichtem Ziel</translation>
    </message>
    <message>
        <source>%1 weeks to a row.</source>
        <translation>%1 Wochen pro Zeile.</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Schlechter</translation>
    </message>
    <message>
        <source>Worse mornings (pain): %1</source>
        <translation>Schlechtere Morgen (Schmerz): %1</translation>
    </message>
    <message>
        <source>No worse mornings.</source>
        <translation>Kein schlechterer Morgen.</translation>
    </message>
</context>
<context>
    <name>RoutineStore</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: the disk may be full: %2</source>
        <translation>%1: der Datenträger ist vielleicht voll: %2</translation>
    </message>
    <message>
        <source>%1: could not be saved: %2</source>
        <translation>%1: konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>RoutineWorkspace</name>
    <message>
        <source>&amp;New Routine…</source>
        <translation>&amp;Neue Routine …</translation>
    </message>
    <message>
        <source>Start a new, empty routine</source>
        <translation>Eine neue, leere Routine beginnen</translation>
    </message>
    <message>
        <source>&amp;Import Routine…</source>
        <translation>Routine &amp;importieren …</translation>
    </message>
    <message>
        <source>Add a routine from a routine file</source>
        <translation>Eine Routine aus einer Routinendatei hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Export Routine…</source>
        <translation>Routine e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Save the selected routine as a file to share or keep</source>
        <translation>Die ausgewählte Routine als Datei speichern, zum Teilen oder Aufbewahren</translation>
    </message>
    <message>
        <source>&amp;Rename Routine…</source>
        <translation>Routine &amp;umbenennen …</translation>
    </message>
    <message>
        <source>Give the selected routine a new name</source>
        <translation>Der ausgewählten Routine einen neuen Namen geben</translation>
    </message>
    <message>
        <source>D&amp;uplicate Routine</source>
        <translation>Routine &amp;duplizieren</translation>
    </message>
    <message>
        <source>Make your own copy of the selected routine</source>
        <translation>Eine eigene Kopie der ausgewählten Routine anlegen</translation>
    </message>
    <message>
        <source>&amp;Delete Routine…</source>
        <translation>Routine &amp;löschen …</translation>
    </message>
    <message>
        <source>Delete the selected routine and its file</source>
        <translation>Die ausgewählte Routine und ihre Datei löschen</translation>
    </message>
    <message>
        <source>Undo the last change (%1)</source>
        <translation>Die letzte Änderung rückgängig machen (%1)</translation>
    </message>
    <message>
        <source>Redo the change you undid (%1)</source>
        <translation>Die rückgängig gemachte Änderung wiederherstellen (%1)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected exercises up one place</source>
        <translation>Die ausgewählten Übungen um eine Stelle nach oben verschieben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the selected exercises down one place</source>
        <translation>Die ausgewählten Übungen um eine Stelle nach unten verschieben</translation>
    </message>
    <message>
        <source>Re&amp;move from Routine</source>
        <translation>Aus der Routine &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected exercises from the routine</source>
        <translation>Die ausgewählten Übungen aus der Routine entfernen</translation>
    </message>
    <message>
        <source>Dupli&amp;cate Exercise</source>
        <translation>Übung dupli&amp;zieren</translation>
    </message>
    <message>
        <source>Repeat the selected exercises right after them</source>
        <translation>Die ausgewählten Übungen direkt danach wiederholen</translation>
    </message>
    <message>
        <source>&amp;Add to Routine</source>
        <translation>Zur Routine &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add the selected library exercises to the routine</source>
        <translation>Die ausgewählten Übungen der Bibliothek zur Routine hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Find Exercise</source>
        <translation>Übung &amp;suchen</translation>
    </message>
    <message>
        <source>Search the exercise library</source>
        <translation>Die Übungsbibliothek durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Play Routine</source>
        <translation>Routine &amp;abspielen</translation>
    </message>
    <message>
        <source>Play the whole routine</source>
        <translation>Die ganze Routine abspielen</translation>
    </message>
    <message>
        <source>Play from &amp;Here</source>
        <translation>Ab &amp;hier abspielen</translation>
    </message>
    <message>
        <source>Play the routine from the selected exercise</source>
        <translation>Die Routine ab der ausgewählten Übung abspielen</translation>
    </message>
    <message>
        <source>Reset to &amp;Defaults</source>
        <translation>Auf &amp;Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Use the exercise&apos;s own dosage again</source>
        <translation>Wieder den eigenen Umfang der Übung verwenden</translation>
    </message>
    <message>
        <source>Show &amp;Steps…</source>
        <translation>&amp;Schritte anzeigen …</translation>
    </message>
    <message>
        <source>Show the exercise&apos;s steps and cautions</source>
        <translation>Die Schritte und Hinweise der Übung anzeigen</translation>
    </message>
    <message>
        <source>Import Routine</source>
        <translation>Routine importieren</translation>
    </message>
    <message>
        <source>This routine file cannot be imported, and nothing was changed.

%1</source>
        <translation>Diese Routinendatei kann nicht importiert werden, und es wurde nichts geändert.

%1</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>„%1“ importiert.</translation>
    </message>
    <message>
        <source>Some routine files could not be read: %1</source>
        <translation>Einige Routinendateien konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Save Routine</source>
        <translation>Routine speichern</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Meine Routine</translation>
    </message>
    <message>
        <source>New Routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>Name of the new routine:</source>
        <translation>Name der neuen Routine:</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (meine Kopie)</translation>
    </message>
    <message>
        <source>Delete Routine</source>
        <translation>Routine löschen</translation>
    </message>
    <message>
        <source>“%1” is a built-in routine and cannot be deleted.</source>
        <translation>„%1“ ist eine mitgelieferte Routine und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Delete “%1” and its file? This cannot be undone.</source>
        <translation>„%1“ und die zugehörige Datei löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>%1: cannot be deleted: %2</source>
        <translation>%1: kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Rename Routine</source>
        <translation>Routine umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>Ein Name darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation>Routinendateien (*.json)</translation>
    </message>
    <message>
        <source>Export Routine</source>
        <translation>Routine exportieren</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Built-in Routine</source>
        <translation>Mitgelieferte Routine</translation>
    </message>
    <message>
        <source>“%1” is a built-in routine and stays as it is.

Make your own copy and change that instead?</source>
        <translation>„%1“ ist eine mitgelieferte Routine und bleibt, wie sie ist.

Stattdessen eine eigene Kopie anlegen und diese ändern?</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Not saved: %1. Your last saved version is kept; the next change tries again.</source>
        <translation>Nicht gespeichert: %1. Deine zuletzt gespeicherte Fassung bleibt erhalten; bei der nächsten Änderung wird es erneut versucht.</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Eigene</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutinesModel</name>
    <message>
        <source>Built-in routines are read-only; Duplicate makes your own copy.</source>
        <translation>Mitgelieferte Routinen sind schreibgeschützt; Duplizieren legt eine eigene Kopie an.</translation>
    </message>
    <message>
        <source>F2 renames it.</source>
        <translation>F2 benennt sie um.</translation>
    </message>
</context>
<context>
    <name>RoutinesPanel</name>
    <message>
        <source>New…</source>
        <translation>Neu …</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>Duplicate routine</source>
        <translation>Routine duplizieren</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>Routine umbenennen</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Routine löschen</translation>
    </message>
    <message>
        <source>Built-in routines first, then your own. Enter goes to the routine&apos;s exercises, F2 renames one of your routines, Delete deletes it. Drop a routine file here to import it.</source>
        <translation>Zuerst die mitgelieferten Routinen, dann deine eigenen. Eingabe springt zu den Übungen der Routine, F2 benennt eine deiner Routinen um, Entf löscht sie. Zieh eine Routinendatei hierher, um sie zu importieren.</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Nothing is left to play with these choices.</source>
        <translation>Mit dieser Auswahl bleibt nichts zum Abspielen übrig.</translation>
    </message>
    <message>
        <source>• %1 becomes %2.</source>
        <translation>• Aus %1 wird %2.</translation>
    </message>
    <message numerus="yes">
        <source>A lighter day: the same exercises or their easier forms, fewer repetitions and shorter holds, at most %n minute(s).</source>
        <translation>
            <numerusform>Ein leichterer Tag: dieselben Übungen oder ihre leichteren Formen, weniger Wiederholungen und kürzeres Halten, höchstens %n Minute.</numerusform>
            <numerusform>Ein leichterer Tag: dieselben Übungen oder ihre leichteren Formen, weniger Wiederholungen und kürzeres Halten, höchstens %n Minuten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s), %1</source>
        <translation>
            <numerusform>%n Übung, %1</numerusform>
            <numerusform>%n Übungen, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 is left out to keep the session short.</source>
        <translation>• %1 fällt weg, damit die Einheit kurz bleibt.</translation>
    </message>
    <message>
        <source>Before You Start</source>
        <translation>Bevor du beginnst</translation>
    </message>
    <message>
        <source>Some exercises need a decision first. The safer choice is already selected; change it only if your doctor or therapist agrees.</source>
        <translation>Bei einigen Übungen musst du erst entscheiden. Die sicherere Wahl ist schon ausgewählt; ändere sie nur, wenn deine Ärztin, dein Arzt oder deine Therapeutin einverstanden ist.</translation>
    </message>
    <message>
        <source>Please choose for each exercise</source>
        <translation>Bitte wähle für jede Übung</translation>
    </message>
    <message>
        <source>&amp;Start Session</source>
        <translation>Einheit &amp;starten</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Einheit starten</translation>
    </message>
    <message>
        <source>Start with these choices (Enter)</source>
        <translation>Mit dieser Auswahl starten (Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Do not start (Esc)</source>
        <translation>Nicht starten (Esc)</translation>
    </message>
</context>
<context>
    <name>SafetyQuestionsAction</name>
    <message>
        <source>Safety &amp;Questions…</source>
        <translation>Sicherheits&amp;fragen…</translation>
    </message>
    <message>
        <source>The questions about signs that need a doctor before you practise; asked every 3 months</source>
        <translation>Die Fragen nach Zeichen, die vor dem Üben ärztlich abgeklärt werden müssen; alle 3 Monate gestellt</translation>
    </message>
</context>
<context>
    <name>ScheduleService</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>In 10 Minuten erinnern</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Heute auslassen</translation>
    </message>
    <message>
        <source>Time for a desk break</source>
        <translation>Zeit für eine Bewegungspause</translation>
    </message>
    <message>
        <source>%1 minutes at the computer. %2 takes about five minutes: stand up and move your back.</source>
        <translation>%1 Minuten am Computer. %2 dauert etwa fünf Minuten: Steh auf und beweg deinen Rücken.</translation>
    </message>
    <message>
        <source>A short routine</source>
        <translation>Eine kurze Übungsfolge</translation>
    </message>
    <message>
        <source>Time for Pilates: %1</source>
        <translation>Zeit für Pilates: %1</translation>
    </message>
    <message>
        <source>Time for Pilates</source>
        <translation>Zeit für Pilates</translation>
    </message>
    <message>
        <source>Your practice is due now.</source>
        <translation>Deine Übungszeit ist jetzt.</translation>
    </message>
    <message>
        <source>This was due at %1, while the computer was asleep or Pilates Desktop was closed.</source>
        <translation>Das war um %1 fällig, als der Computer im Ruhezustand oder Pilates Desktop geschlossen war.</translation>
    </message>
    <message>
        <source>This was due on %1 at %2, while the computer was asleep or Pilates Desktop was closed.</source>
        <translation>Das war am %1 um %2 fällig, als der Computer im Ruhezustand oder Pilates Desktop geschlossen war.</translation>
    </message>
    <message>
        <source>Snoozed 10 minutes ago.</source>
        <translation>Vor 10 Minuten verschoben.</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Paused: the computer went to sleep. Press Space when you are ready.</source>
        <translation>Pausiert: Der Computer war im Ruhezustand. Drück die Leertaste, wenn du bereit bist.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Stopped: pain</source>
        <translation>Beendet: Schmerz</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Not rated; double-click to rate 0–10</source>
        <translation>Nicht bewertet; Doppelklick zum Bewerten (0–10)</translation>
    </message>
    <message>
        <source>Double-click to add a note</source>
        <translation>Doppelklick, um eine Notiz hinzuzufügen</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Delete Session</source>
        <translation>Einheit löschen</translation>
    </message>
    <message>
        <source>&amp;Delete Session</source>
        <translation>Einheit &amp;löschen</translation>
    </message>
    <message>
        <source>Remove the selected session from your history (Undo brings it back)</source>
        <translation>Die ausgewählte Einheit aus deinem Verlauf entfernen (Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Double-click a note or a pain rating to change it. Delete removes a session; Undo brings it back.</source>
        <translation>Doppelklicke auf eine Notiz oder Schmerzbewertung, um sie zu ändern. Entf entfernt eine Einheit; Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Change Pain Before</source>
        <translation>Schmerz vorher ändern</translation>
    </message>
    <message>
        <source>Change Pain After</source>
        <translation>Schmerz nachher ändern</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>%1 could not be read; your settings start from the defaults. The file is kept as %2.</source>
        <translation>%1 ließ sich nicht lesen; deine Einstellungen beginnen mit den Standardwerten. Die Datei bleibt als %2 erhalten.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Everything in the app works from the keyboard. Tab moves between controls; these keys do the rest.</source>
        <translation>Alles in der App lässt sich mit der Tastatur bedienen. Tab springt zwischen den Bedienelementen; diese Tasten erledigen den Rest.</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Tastenkürzel suchen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>No illustration: %1</source>
        <translation>Keine Abbildung: %1</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Both sides alternating</source>
        <translation>Beide Seiten im Wechsel</translation>
    </message>
    <message>
        <source>Each side in turn</source>
        <translation>Erst eine Seite, dann die andere</translation>
    </message>
    <message>
        <source>Step instructions</source>
        <translation>Anleitung zum Schritt</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Breath: %1</source>
        <translation>Atmung: %1</translation>
    </message>
    <message>
        <source>Illustration of step %1</source>
        <translation>Abbildung zu Schritt %1</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Health caution</source>
        <translation>Gesundheitshinweis</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Achte darauf</translation>
    </message>
    <message>
        <source>Not advised for you: you noted %1.</source>
        <translation>Für dich nicht empfohlen: Du hast %1 angegeben.</translation>
    </message>
    <message>
        <source>Skip it, or check with a professional first.</source>
        <translation>Lass die Übung aus oder sprich zuerst mit einer Fachperson.</translation>
    </message>
    <message>
        <source>Gentler option: %1</source>
        <translation>Sanftere Möglichkeit: %1</translation>
    </message>
</context>
<context>
    <name>SuggestionBar</name>
    <message>
        <source>Back to the usual form of %1.</source>
        <translation>Zurück zur üblichen Form von %1.</translation>
    </message>
    <message>
        <source>%1 becomes %2: %3</source>
        <translation>%1 wird zu %2: %3</translation>
    </message>
    <message>
        <source>%1 went well in your last 3 sessions: pain 2 or less and every repetition done. Ready for a step up?</source>
        <translation>%1 lief in deinen letzten 3 Einheiten gut: Schmerz 2 oder weniger und jede Wiederholung geschafft. Bereit für den nächsten Schritt?</translation>
    </message>
    <message>
        <source>%1 hurt more than 5 out of 10 last time. An easier form may suit your back better for now.</source>
        <translation>%1 tat beim letzten Mal mehr als 5 von 10 weh. Eine leichtere Form tut deinem Rücken im Moment vielleicht besser.</translation>
    </message>
    <message>
        <source>You stopped %1 last time because it hurt. An easier form may suit your back better for now.</source>
        <translation>Du hast %1 beim letzten Mal abgebrochen, weil es wehtat. Eine leichtere Form tut deinem Rücken im Moment vielleicht besser.</translation>
    </message>
    <message>
        <source>Your back was worse the morning after %1. An easier form may suit it better for now.</source>
        <translation>Deinem Rücken ging es am Morgen nach %1 schlechter. Eine leichtere Form tut ihm im Moment vielleicht besser.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Change the routine; Undo (Ctrl+Z) takes it back</source>
        <translation>Die Routine ändern; Rückgängig (Strg+Z) nimmt es zurück</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Keep the routine; the app asks again only after new sessions</source>
        <translation>Die Routine behalten; die App fragt erst nach neuen Einheiten wieder</translation>
    </message>
    <message>
        <source>(%1 more)</source>
        <translation>(%1 weitere)</translation>
    </message>
</context>
<context>
    <name>SummaryCards</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>sessions this week</source>
        <translation>Einheiten diese Woche</translation>
    </message>
    <message>
        <source>sessions · goal met</source>
        <translation>Einheiten · Ziel erreicht</translation>
    </message>
    <message>
        <source>minutes this week</source>
        <translation>Minuten diese Woche</translation>
    </message>
    <message>
        <source>minutes · goal met</source>
        <translation>Minuten · Ziel erreicht</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Change the weekly goal in Preferences</source>
        <translation>Das Wochenziel änderst du in den Einstellungen</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best: %n week(s)</source>
        <translation>
            <numerusform>Bestwert: %n Woche</numerusform>
            <numerusform>Bestwert: %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Weeks in a row that met your goal. This week counts once it is met. The day weeks start on is in Preferences › Practice.</source>
        <translation>Wochen in Folge, in denen du dein Ziel erreicht hast. Diese Woche zählt, sobald das Ziel erreicht ist. Mit welchem Tag die Wochen beginnen, stellst du unter Einstellungen › Üben ein.</translation>
    </message>
    <message>
        <source>In this range</source>
        <translation>In diesem Zeitraum</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of practice</source>
        <translation>
            <numerusform>%n Übungstag</numerusform>
            <numerusform>%n Übungstage</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Rate your pain before and after a session to see a trend</source>
        <translation>Bewerte deinen Schmerz vor und nach einer Einheit, um einen Verlauf zu sehen</translation>
    </message>
    <message>
        <source>Pain, average</source>
        <translation>Schmerz, Durchschnitt</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>before → after, over %n rated session(s)</source>
        <translation>
            <numerusform>vorher → nachher, über %n bewertete Einheit</numerusform>
            <numerusform>vorher → nachher, über %n bewertete Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>0 is no pain, 10 the worst. If pain grows during practice, stop and rest.</source>
        <translation>0 ist kein Schmerz, 10 der schlimmste. Wenn der Schmerz beim Üben zunimmt, hör auf und ruh dich aus.</translation>
    </message>
    <message>
        <source>weeks start on %1</source>
        <translation>Wochen beginnen am %1</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Session summary</source>
        <translation>Zusammenfassung der Einheit</translation>
    </message>
    <message>
        <source>Well done: routine complete</source>
        <translation>Gut gemacht: Routine abgeschlossen</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Einheit beendet</translation>
    </message>
    <message>
        <source>Session stopped: something hurt</source>
        <translation>Einheit beendet: Etwas hat wehgetan</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Einheit zu Ende</translation>
    </message>
    <message>
        <source>an exercise</source>
        <translation>eine Übung</translation>
    </message>
    <message>
        <source>&lt;b&gt;You stopped because %1 hurt.&lt;/b&gt;&lt;br&gt;Stop for today and let the area calm down. Do not push through pain. If it does not settle, or it comes back, check with a physiotherapist or doctor before you try this exercise again. It is now marked in the library.</source>
        <translation>&lt;b&gt;Du hast aufgehört, weil %1 wehgetan hat.&lt;/b&gt;&lt;br&gt;Hör für heute auf und lass die Stelle zur Ruhe kommen. Übe nicht gegen den Schmerz an. Wenn er nicht abklingt oder wiederkommt, sprich mit einer Physiotherapeutin, einem Physiotherapeuten oder deiner Ärztin, bevor du die Übung wieder versuchst. Sie ist jetzt in der Bibliothek markiert.</translation>
    </message>
    <message>
        <source>Time practised:</source>
        <translation>Geübte Zeit:</translation>
    </message>
    <message>
        <source>%1 of %2 planned</source>
        <translation>%1 von %2 geplant</translation>
    </message>
    <message>
        <source>Exercises done:</source>
        <translation>Erledigte Übungen:</translation>
    </message>
    <message>
        <source>Begun, not finished:</source>
        <translation>Begonnen, nicht beendet:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <source>How does your back feel now? (optional)</source>
        <translation>Wie fühlt sich dein Rücken jetzt an? (optional)</translation>
    </message>
    <message>
        <source>0 = no pain, 10 = the worst pain you can imagine. Type the number (1 then 0 for 10); Enter saves, Esc closes without a rating.</source>
        <translation>0 = kein Schmerz, 10 = der schlimmste vorstellbare Schmerz. Tippe die Zahl (1, dann 0 für 10); Enter speichert, Esc schließt ohne Bewertung.</translation>
    </message>
    <message>
        <source>A note for yourself (optional):</source>
        <translation>Eine Notiz für dich (optional):</translation>
    </message>
    <message>
        <source>How did it go? Anything to remember next time?</source>
        <translation>Wie lief es? Gibt es etwas, das du dir fürs nächste Mal merken willst?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Save the rating and the note with this session</source>
        <translation>Bewertung und Notiz mit dieser Einheit speichern</translation>
    </message>
    <message>
        <source>Close; the session itself is already saved</source>
        <translation>Schließen; die Einheit selbst ist schon gespeichert</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>%1 (conflict from %2)</source>
        <translation>%1 (Konflikt von %2)</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Choose the Sync Folder</source>
        <translation>Sync-Ordner wählen</translation>
    </message>
    <message>
        <source>No folder chosen: this computer does not sync</source>
        <translation>Kein Ordner gewählt: Dieser Computer synchronisiert nicht</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert …</translation>
    </message>
    <message>
        <source>The last sync did not work: %1</source>
        <translation>Die letzte Synchronisierung hat nicht geklappt: %1</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Noch nicht synchronisiert.</translation>
    </message>
    <message>
        <source>Last sync: %1. It brought %2.</source>
        <translation>Letzte Synchronisierung: %1. Sie brachte %2.</translation>
    </message>
    <message>
        <source>Last sync: %1. Nothing new from the other computers.</source>
        <translation>Letzte Synchronisierung: %1. Nichts Neues von den anderen Computern.</translation>
    </message>
    <message>
        <source>A routine was changed on two computers at once; both versions are kept. The other one is called: %1</source>
        <translation>Eine Routine wurde auf zwei Computern gleichzeitig geändert; beide Fassungen sind erhalten. Die andere heißt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n neue Einheit</numerusform>
            <numerusform>%n neue Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed session(s)</source>
        <translation>
            <numerusform>%n geänderte Einheit</numerusform>
            <numerusform>%n geänderte Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted session(s)</source>
        <translation>
            <numerusform>%n gelöschte Einheit</numerusform>
            <numerusform>%n gelöschte Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine change(s)</source>
        <translation>
            <numerusform>%n Änderung an Routinen</numerusform>
            <numerusform>%n Änderungen an Routinen</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep your history and routines the same on several computers through a folder you already sync, with Syncthing, Nextcloud or Dropbox. Each computer writes only its own files there; nothing is sent anywhere else.</source>
        <translation>Halte deinen Verlauf und deine Routinen auf mehreren Computern gleich – über einen Ordner, den du schon synchronisierst, etwa mit Syncthing, Nextcloud oder Dropbox. Jeder Computer schreibt dort nur seine eigenen Dateien; nichts wird anderswohin gesendet.</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Sync-Ordner</translation>
    </message>
    <message>
        <source>Choose &amp;Folder…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <source>Choose a folder your sync program keeps the same on each computer</source>
        <translation>Wähle einen Ordner, den dein Sync-Programm auf jedem Computer gleich hält</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Sync now (it also happens at start, after each session and when files arrive)</source>
        <translation>Jetzt synchronisieren (geschieht auch beim Start, nach jeder Einheit und wenn Dateien ankommen)</translation>
    </message>
    <message>
        <source>This computer&apos;s na&amp;me:</source>
        <translation>&amp;Name dieses Computers:</translation>
    </message>
    <message>
        <source>Shown next to the sessions done on this computer and in the names of conflict copies</source>
        <translation>Erscheint neben den Einheiten, die auf diesem Computer gemacht wurden, und im Namen von Konfliktkopien</translation>
    </message>
    <message>
        <source>Sync did not work: %1</source>
        <translation>Synchronisierung hat nicht geklappt: %1</translation>
    </message>
    <message>
        <source>A routine was changed on two computers at once; both versions are kept (%1).</source>
        <translation>Eine Routine wurde auf zwei Computern gleichzeitig geändert; beide Fassungen sind erhalten (%1).</translation>
    </message>
    <message>
        <source>The folder this computer syncs with</source>
        <translation>Der Ordner, mit dem dieser Computer synchronisiert</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Never point two computers at the same data folder: give each its own, and let them meet in the sync folder.</source>
        <translation>Lass nie zwei Computer denselben Datenordner benutzen: Jeder bekommt seinen eigenen, und sie treffen sich im Sync-Ordner.</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Name dieses Computers</translation>
    </message>
</context>
<context>
    <name>TooMuchDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Too much pain</source>
        <translation>Zu viel Schmerz</translation>
    </message>
    <message>
        <source>Pain %1 of 10 is too much: %2 stops here.</source>
        <translation>Schmerz %1 von 10 ist zu viel: %2 endet hier.</translation>
    </message>
    <message>
        <source>Above %1 out of 10 your back is saying this is too much for today. Do not push through it. Choose what comes instead:</source>
        <translation>Über %1 von 10 sagt dir dein Rücken, dass es heute zu viel ist. Übe nicht darüber hinweg. Wähle, was stattdessen kommt:</translation>
    </message>
    <message>
        <source>Do the &amp;easier form instead</source>
        <translation>Stattdessen die &amp;leichtere Form</translation>
    </message>
    <message>
        <source>Carry on with the easier form of this exercise</source>
        <translation>Mit der leichteren Form dieser Übung weitermachen</translation>
    </message>
    <message>
        <source>&amp;Skip this exercise</source>
        <translation>Übung ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Go on with the next exercise of the routine</source>
        <translation>Mit der nächsten Übung der Routine weitermachen</translation>
    </message>
    <message>
        <source>S&amp;top the session</source>
        <translation>Einheit be&amp;enden</translation>
    </message>
    <message>
        <source>End the session here; what you did is saved</source>
        <translation>Die Einheit hier beenden; was du gemacht hast, ist gespeichert</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Open Pilates Desktop</source>
        <translation>Pilates Desktop ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Pause reminders for 1 &amp;hour</source>
        <translation>Erinnerungen 1 &amp;Stunde pausieren</translation>
    </message>
    <message>
        <source>Pause reminders until &amp;tomorrow</source>
        <translation>Erinnerungen bis &amp;morgen pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>Erinnerungen &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Start next routine: %1</source>
        <translation>Nächste Übungsfolge s&amp;tarten: %1</translation>
    </message>
    <message>
        <source>&amp;Start next routine</source>
        <translation>Nächste Übungsfolge s&amp;tarten</translation>
    </message>
    <message>
        <source>Pilates Desktop: reminders paused until %1</source>
        <translation>Pilates Desktop: Erinnerungen pausiert bis %1</translation>
    </message>
    <message>
        <source>Pilates Desktop: next reminder %1</source>
        <translation>Pilates Desktop: nächste Erinnerung %1</translation>
    </message>
    <message>
        <source>Pilates Desktop</source>
        <translation>Pilates Desktop</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>No voice for %1: add one in Windows Settings › Time &amp; language › Speech.</source>
        <translation>Keine Stimme für %1: Füge in den Windows-Einstellungen unter „Zeit und Sprache“ eine hinzu.</translation>
    </message>
    <message>
        <source>No voice for %1: add one in System Settings › Accessibility › Spoken Content.</source>
        <translation>Keine Stimme für %1: Füge in den Systemeinstellungen unter Bedienungshilfen › Gesprochene Inhalte eine hinzu.</translation>
    </message>
    <message>
        <source>No voice for %1: install speech-dispatcher and espeak-ng (Debian, Ubuntu: sudo apt install speech-dispatcher espeak-ng).</source>
        <translation>Keine Stimme für %1: Installiere speech-dispatcher und espeak-ng (Debian, Ubuntu: sudo apt install speech-dispatcher espeak-ng).</translation>
    </message>
</context>
<context>
    <name>Week</name>
    <message>
        <source>Pilates Desktop is still running</source>
        <translation>Pilates Desktop läuft weiter</translation>
    </message>
    <message>
        <source>Your reminders and desk breaks go on from the tray. To stop them, choose Quit in the tray icon&apos;s menu.</source>
        <translation>Erinnerungen und Bewegungspausen kommen weiter aus dem Infobereich. Zum Beenden im Menü des Symbols im Infobereich „Beenden“ wählen.</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>Choose at least one day.</source>
        <translation>Wähle mindestens einen Tag.</translation>
    </message>
    <message>
        <source>Reminder added.</source>
        <translation>Erinnerung hinzugefügt.</translation>
    </message>
    <message>
        <source>Reminder removed.</source>
        <translation>Erinnerung entfernt.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Practice reminders</source>
        <translation>Übungserinnerungen</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Tage:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>R&amp;outine:</source>
        <translation>Übungs&amp;folge:</translation>
    </message>
    <message>
        <source>Add remi&amp;nder</source>
        <translation>Erinnerung hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Add a reminder for these days, time and routine</source>
        <translation>Eine Erinnerung für diese Tage, Uhrzeit und Übungsfolge hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>E&amp;ntfernen</translation>
    </message>
    <message>
        <source>Remove the reminder selected in the list</source>
        <translation>Die in der Liste gewählte Erinnerung entfernen</translation>
    </message>
    <message>
        <source>&amp;Suggest days</source>
        <translation>Tage &amp;vorschlagen</translation>
    </message>
    <message>
        <source>Days for your weekly goal, spread across the week with rest days between</source>
        <translation>Tage für dein Wochenziel, über die Woche verteilt, mit Ruhetagen dazwischen</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Also: pilates-desktop remind add --days mon,wed,fri --at 07:30</source>
        <translation>Auch möglich: pilates-desktop remind add --days mon,wed,fri --at 07:30</translation>
    </message>
    <message>
        <source>Choose when it is time</source>
        <translation>Wählen, wenn es so weit ist</translation>
    </message>
    <message>
        <source>Desk breaks</source>
        <translation>Bewegungspausen</translation>
    </message>
    <message>
        <source>Offer a short desk routine after</source>
        <translation>Eine kurze Bewegungspause anbieten nach</translation>
    </message>
    <message>
        <source>min at the computer</source>
        <translation>Min. am Computer</translation>
    </message>
    <message>
        <source>Time away from the keyboard resets the count; nothing is shown while a window is full screen or do-not-disturb is on</source>
        <translation>Zeit weg von der Tastatur setzt die Zählung zurück; während ein Fenster im Vollbild ist oder „Nicht stören“ an ist, erscheint nichts</translation>
    </message>
    <message>
        <source>Only during working hours, from</source>
        <translation>Nur während der Arbeitszeit, von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>Start Pilates Desktop in the tray when I log in</source>
        <translation>Pilates Desktop beim Anmelden im Infobereich starten</translation>
    </message>
    <message>
        <source>Time away from the keyboard is read from the desktop (%1).</source>
        <translation>Die Zeit weg von der Tastatur liest die App vom Desktop (%1).</translation>
    </message>
    <message>
        <source>This desktop does not say how long you have been away (%1), so desk breaks count the time since the last one.</source>
        <translation>Dieser Desktop sagt nicht, wie lange du weg warst (%1), daher zählen Bewegungspausen die Zeit seit der letzten.</translation>
    </message>
    <message>
        <source>Reminders appear as desktop notifications.</source>
        <translation>Erinnerungen erscheinen als Desktop-Benachrichtigungen.</translation>
    </message>
    <message>
        <source>Reminders appear as desktop notifications (through the portal).</source>
        <translation>Erinnerungen erscheinen als Desktop-Benachrichtigungen (über das Portal).</translation>
    </message>
    <message>
        <source>No notification service answers here: reminders appear as messages from the tray icon.</source>
        <translation>Hier antwortet kein Benachrichtigungsdienst: Erinnerungen erscheinen als Meldungen des Symbols im Infobereich.</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Week of %1 – %2</source>
        <translation>Woche vom %1 bis %2</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n desk break(s)</source>
        <translation>
            <numerusform>%n Bewegungspause</numerusform>
            <numerusform>%n Bewegungspausen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Goal: %n session(s)</source>
        <translation>
            <numerusform>Ziel: %n Einheit</numerusform>
            <numerusform>Ziel: %n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal: %1 minutes</source>
        <translation>Ziel: %1 Minuten</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erreicht</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to %1</source>
        <translation>Willkommen bei %1</translation>
    </message>
    <message>
        <source>Pilates can ease a sore back, but only you know how your back feels today. Three things matter more than any routine in this app:</source>
        <translation>Pilates kann einen schmerzenden Rücken entlasten, aber nur du weißt, wie sich dein Rücken heute anfühlt. Drei Dinge sind wichtiger als jede Routine in dieser App:</translation>
    </message>
    <message>
        <source>Check with your doctor first.</source>
        <translation>Sprich zuerst mit deiner Ärztin oder deinem Arzt.</translation>
    </message>
    <message>
        <source>Ask your doctor or physiotherapist before you start, above all if the pain is new or strong, or if it follows an injury or an operation.</source>
        <translation>Frag deine Ärztin, deinen Arzt oder deine Physiotherapie, bevor du beginnst – vor allem, wenn der Schmerz neu oder stark ist oder nach einer Verletzung oder Operation auftritt.</translation>
    </message>
    <message>
        <source>Move slowly.</source>
        <translation>Beweg dich langsam.</translation>
    </message>
    <message>
        <source>Small, controlled movements with steady breathing do the work. Speed and a big range do not.</source>
        <translation>Kleine, kontrollierte Bewegungen mit ruhigem Atem bewirken das meiste – nicht Tempo und nicht ein großer Bewegungsumfang.</translation>
    </message>
    <message>
        <source>Stop if anything hurts.</source>
        <translation>Hör auf, wenn etwas wehtut.</translation>
    </message>
    <message>
        <source>Press “Stop — it hurts” in the player. The app remembers the exercise and reminds you the next time.</source>
        <translation>Drück im Player auf „Stopp – es tut weh“. Die App merkt sich die Übung und erinnert dich beim nächsten Mal daran.</translation>
    </message>
    <message>
        <source>Two questions about your health</source>
        <translation>Zwei Fragen zu deiner Gesundheit</translation>
    </message>
    <message>
        <source>Some exercises are not advised with these problems. If you tick one, the app marks those exercises and offers a gentler choice before you start.</source>
        <translation>Einige Übungen sind bei diesen Beschwerden nicht empfohlen. Wenn du etwas ankreuzt, markiert die App diese Übungen und bietet dir vor dem Start eine sanftere Wahl an.</translation>
    </message>
    <message>
        <source>I have &amp;knee problems</source>
        <translation>Ich habe &amp;Knieprobleme</translation>
    </message>
    <message>
        <source>Knee problems</source>
        <translation>Knieprobleme</translation>
    </message>
    <message>
        <source>Exercises that load the knees will be marked, with a gentler choice.</source>
        <translation>Übungen, die die Knie belasten, werden markiert, mit einer sanfteren Wahl.</translation>
    </message>
    <message>
        <source>I have &amp;neck (cervical spine) problems</source>
        <translation>Ich habe &amp;Nackenprobleme (Halswirbelsäule)</translation>
    </message>
    <message>
        <source>Neck problems</source>
        <translation>Nackenprobleme</translation>
    </message>
    <message>
        <source>Exercises that lift the head will be marked, with a gentler choice.</source>
        <translation>Übungen, bei denen du den Kopf anhebst, werden markiert, mit einer sanfteren Wahl.</translation>
    </message>
    <message>
        <source>You can change these answers at any time under Preferences &gt; Health.</source>
        <translation>Du kannst diese Antworten jederzeit unter Einstellungen &gt; Gesundheit ändern.</translation>
    </message>
    <message>
        <source>I &amp;understand: I will move slowly and stop if anything hurts.</source>
        <translation>Ich habe &amp;verstanden: Ich bewege mich langsam und höre auf, wenn etwas wehtut.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Ich habe verstanden</translation>
    </message>
    <message>
        <source>Tick this to confirm you have read the advice above.</source>
        <translation>Kreuz das an, um zu bestätigen, dass du die Hinweise oben gelesen hast.</translation>
    </message>
    <message>
        <source>&amp;Start Practising</source>
        <translation>Mit dem Üben be&amp;ginnen</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Available once you have ticked “I understand”</source>
        <translation>Verfügbar, sobald du „Ich habe verstanden“ angekreuzt hast</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close the app; the welcome comes back next time (Esc)</source>
        <translation>App schließen; die Begrüßung erscheint beim nächsten Mal wieder (Esc)</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Dieses Fenster schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>YearHeatmap</name>
    <message>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of practice</source>
        <translation>
            <numerusform>%n Übungstag</numerusform>
            <numerusform>%n Übungstage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no practice</source>
        <translation>%1: keine Übung</translation>
    </message>
    <message>
        <source>%1: %2 minutes</source>
        <translation>%1: %2 Minuten</translation>
    </message>
</context>
</TS>
