<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChangeNote</name>
    <message numerus="yes">
        <source>%n markets</source>
        <translation>
            <numerusform>%n market</numerusform>
            <numerusform>%n markets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n venues</source>
        <translation>
            <numerusform>%n venue</numerusform>
            <numerusform>%n venues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rooms</source>
        <translation>
            <numerusform>%n room</numerusform>
            <numerusform>%n rooms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n travel times</source>
        <translation>
            <numerusform>%n travel time</numerusform>
            <numerusform>%n travel times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegations</source>
        <translation>
            <numerusform>%n delegation</numerusform>
            <numerusform>%n delegations</numerusform>
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
        <source>%n stays</source>
        <translation>
            <numerusform>%n stay</numerusform>
            <numerusform>%n stays</numerusform>
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
        <source>%n projects</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n availability windows</source>
        <translation>
            <numerusform>%n availability window</numerusform>
            <numerusform>%n availability windows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting requests</source>
        <translation>
            <numerusform>%n meeting request</numerusform>
            <numerusform>%n meeting requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booth duties</source>
        <translation>
            <numerusform>%n booth duty</numerusform>
            <numerusform>%n booth duties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery targets</source>
        <translation>
            <numerusform>%n delivery target</numerusform>
            <numerusform>%n delivery targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered events</source>
        <translation>
            <numerusform>%n delivered event</numerusform>
            <numerusform>%n delivered events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n others %2</source>
        <translation>
            <numerusform>%1 and %n other %2</numerusform>
            <numerusform>%1 and %n others %2</numerusform>
        </translation>
    </message>
</context>
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
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>%n change(s) recorded</source>
        <translation>
            <numerusform>%n change recorded</numerusform>
            <numerusform>%n changes recorded</numerusform>
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
