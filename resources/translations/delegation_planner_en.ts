<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ConflictsPanel</name>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message numerus="yes">
        <source>%n items selected: use the table&apos;s actions to change them together.</source>
        <translation>
            <numerusform>%n item selected: use the table&apos;s actions to change it.</numerusform>
            <numerusform>%n items selected: use the table&apos;s actions to change them together.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n this day)</source>
        <translation>
            <numerusform>(%n this day)</numerusform>
            <numerusform>(%n this day)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegates</source>
        <translation>
            <numerusform>%n delegate</numerusform>
            <numerusform>%n delegates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterGridModel</name>
    <message numerus="yes">
        <source>%n empty</source>
        <translation>
            <numerusform>%n empty</numerusform>
            <numerusform>%n empty</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterRunPanel</name>
    <message numerus="yes">
        <source>%n shift(s) to change</source>
        <translation>
            <numerusform>%n shift to change</numerusform>
            <numerusform>%n shifts to change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interpreter(s) to change</source>
        <translation>
            <numerusform>%n interpreter to change</numerusform>
            <numerusform>%n interpreters to change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) or need(s) left unfilled</source>
        <translation>
            <numerusform>%n place or need left unfilled</numerusform>
            <numerusform>%n places or needs left unfilled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written, shifts as tentative (Edit → Undo takes them back).</source>
        <translation>
            <numerusform>%n change written, shifts as tentative (Edit → Undo takes it back).</numerusform>
            <numerusform>%n changes written, shifts as tentative (Edit → Undo takes them back).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterSection</name>
    <message numerus="yes">
        <source>%n without an interpreter</source>
        <translation>
            <numerusform>%n without an interpreter</numerusform>
            <numerusform>%n without an interpreter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interpreter(s) in the plan</source>
        <translation>
            <numerusform>%n interpreter in the plan</numerusform>
            <numerusform>%n interpreters in the plan</numerusform>
        </translation>
    </message>
</context>
</TS>
