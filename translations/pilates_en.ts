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
    <name>SafetyDialog</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s), about %1.</source>
        <translation>
            <numerusform>%n exercise, about %1.</numerusform>
            <numerusform>%n exercises, about %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A gentle day: only holds and stretches, and at most %n minute(s).</source>
        <translation>
            <numerusform>A gentle day: only holds and stretches, and at most %n minute.</numerusform>
            <numerusform>A gentle day: only holds and stretches, and at most %n minutes.</numerusform>
        </translation>
    </message>
</context>
</TS>
