<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>ActivitiesSection</name>
    <message>
        <source>&amp;New activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new activity on the day shown, opened in the inspector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesView</name>
    <message>
        <source>Search title, venue, attendee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;tentative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move 15 min &amp;earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move 15 min &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No venue (a flight, a call…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a venue, the venue&apos;s zone; without one, the activity&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 matters most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now clashes with %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityPickerDialog</name>
    <message>
        <source>Add as attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the activities you select:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by title, day, time or place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional for them (a clash is then only a warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityRows</name>
    <message>
        <source>1 conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in %1: each row in its own zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AvailabilityEditor</name>
    <message>
        <source>delegate, contact or project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Free from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is free from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesTable</name>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Move %1 later by %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 earlier by %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 tentative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>Double-booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too little travel time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Show warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTimeZoneEdit</name>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone of this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of this time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegateEditor</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they live: itineraries can show home time beside market time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stays: always here, as far as conflicts go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the delegate first, then add their stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a stay of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegatesSection</name>
    <message>
        <source>Show the delegates of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as attendees to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegationEditor</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s &amp;email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s &amp;phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegationsTable</name>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deletion</name>
    <message>
        <source>Keep them, without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move them to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the activities (calendars are told)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are taken off every activity and meeting; their requests are withdrawn; the calendars of everyone involved are told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This can be undone with Edit → Undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>&amp;New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a plan: empty, or a copy of the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FilMart 2025 demo plan in your data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy of this plan elsewhere; you go on working here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the plan (every change is already in its file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be opened: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityCombo</name>
    <message>
        <source>(no longer in the plan: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; fits %2 choices; pick one from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 is called &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityEditor</name>
    <message>
        <source>What the change did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (native script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file is safe: every change is saved or undone whole. If this happens again, please report it with the details below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export %1 to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of one delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error stopped the export (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendars (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Itineraries (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itineraries &amp;and calendars, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegation &amp;pack (everyone, with the overview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everyone in the plan (%1 delegates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;These delegates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation whose members to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add its &amp;members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every delegate of the delegation chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to write into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to write into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder to write into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one delegate, or everyone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Delegation &amp;pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Itineraries (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendars (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itineraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itineraries and calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one delegate to write files for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file written before you cancelled was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 files written before you cancelled were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindTimeDialog</name>
    <message>
        <source>Find a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the meeting in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any place (no travel counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the meeting takes place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room of the venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not &amp;before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a&amp;fter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find free times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free times; choose one to create the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create at this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the meeting, tentative, with everyone chosen (Edit → Undo takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (everyone free until %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earliest start in each common free time, in %1. Choose one to create the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No common free time found. Try a shorter meeting, another place or a wider window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error stopped the search (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added &apos;%1&apos; on %2 (tentative).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-roomed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select something to see and change its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items selected: use the table&apos;s actions to change them together.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be edited here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed elsewhere meanwhile: saving your changes will be refused. Revert shows it as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted or removed elsewhere meanwhile: it can no longer be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KindFilePage</name>
    <message>
        <source>What to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the file holds, then the file: a spreadsheet (CSV or XLSX), or for a programme or availability also a calendar (.ics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme.csv, delegates.xlsx …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the delegate whose calendar it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose calendar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns (* required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar imports as programme or availability; {kind} needs a CSV or XLSX file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whose calendar this is: its events become that delegate&apos;s busy time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the work in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was changed outside this window; refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window speaks %1 from its next start. Restart now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is already saved in the plan; only the undo history is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Delegation Planner again to change its language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n this day)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegates</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which column of the file is which. Columns set to Ignore are not imported; * marks the columns every row needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the suggested columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns chosen when a file with these headers was last imported as {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} row(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: a workbook, first sheet, {rows}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {encoding} text, {separator}-separated, {rows}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from the headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is imported as {column}, which is required; perhaps &apos;{header}&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is imported as {column}, which is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} is chosen for several columns: {headers}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketEditor</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every time at this market is shown in this zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketsSection</name>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New market</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingRequestEditor</name>
    <message>
        <source>&amp;Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegate or project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delegate, or a project (its team goes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To &amp;meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 matters most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Earliest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Sections of the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the title bar and on every exported page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder and file name of the new plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the FilMart 2025 &amp;demo plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the demo&apos;s markets, venues, delegates and activities to change as you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the plan goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesEdit</name>
    <message>
        <source>is %1 characters long; notes hold at most %2. Keep long documents elsewhere and put their link in the URL field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not pasted: the notes would be %1 characters long; they hold at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Nouns</name>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>availability window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>travel time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>travel times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalCountSpin</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parsing</name>
    <message>
        <source>&apos;%1&apos; is not a number (e.g. 22.2816)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time of day (e.g. 09:00)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>Add: type a name, native name or email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a %1 to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; fits %2 people; pick one from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked: optional (a clash is a warning, not a conflict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no longer in the plan: #%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (removed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>Reading the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summing up…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window. Exported calendars and itineraries are in English whatever is chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the delegate&apos;s home time beside market time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for delegates whose home time zone differs from the market&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itineraries and overviews (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by File → Export. The command line has options of its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What importing the file would change. Nothing is written until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is written in one go, as one step that Edit → Undo takes back whole; once started it cannot be stopped. Stopping the check above leaves the plan untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave them alone (partial: the file corrects some rows only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel them (their calendars are told)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking row {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the changes against the plan: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped; nothing was written. Check again to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be imported: {count} problem(s), listed by row and column below. Nothing was written; correct the file and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file} would change: &lt;b&gt;{counts}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &apos;{header}&apos; is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} no longer lists {count} activity(ies) that an earlier version brought. What should happen to them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsTable</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development, Financing, Post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director: Kang Dae-sung; Producer: Lee Min-jung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s id in the market&apos;s programme (HAF25-012)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegates who attend the project&apos;s meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsSection</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request · who meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplanDialog</name>
    <message>
        <source>Re-plan a time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (market time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only at these venues and rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick venues or rooms to re-plan only what is there; none ticked: everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What (nothing ticked or chosen: everything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shift by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes to shift by (negative: earlier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue to move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room to move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities that would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts the change would create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the itinerary and calendar of each delegate the re-plan changed, and of nobody else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the change in one step (Edit → Undo takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this range matches: nothing would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities that would change: %1 (%2) · new conflicts: %3 · resolved: %4 · delegates affected: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift by %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-plan %1 activities: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: activities changed: %1 · new conflicts: %2 (Edit → Undo takes it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-issue calendars and itineraries to %1 delegates…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplanPreviewModel</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsSection</name>
    <message>
        <source>Show requests that are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project (its team meets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the selected requests; meetings placed for them are cancelled (calendars are told)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 (highest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 (normal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (lowest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the priority of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolutionDialog</name>
    <message>
        <source>It is used by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move them to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomCombo</name>
    <message>
        <source>room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a room needs its venue: choose the venue first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no room &apos;%2&apos; (its rooms: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomEditor</name>
    <message>
        <source>venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people it holds; not set: no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one activity at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many meetings it holds at once (HAF&apos;s numbered tables)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomsTable</name>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered tables: meetings the room holds at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One activity at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulerDialog</name>
    <message>
        <source>Schedule meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit for the solver, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the pending meeting requests (nothing is written yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the scheduler; nothing is proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time used of the time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total priority placed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper bound:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed meetings; tick those to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests the scheduler could not place, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every proposed meeting as a tentative HAF meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write only the ticked meetings; the others stay pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this proposal; nothing is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the best schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… the solver stops at the end of its current step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error stopped the scheduler (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s of %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proven optimal: no schedule places more priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 % below the best possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solving the relaxation (a bound, and a first schedule)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placing the most priority (MIP)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with the greedy schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giving every requester a meeting where possible…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making days compact: %1 of %2 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explaining what could not be placed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 meetings proposed, %2 not placed. Nothing is written until you accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule %1 meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 meetings written as tentative (Edit → Undo takes them back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept &amp;ticked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pending meeting requests.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations &amp; delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venues &amp; rooms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StayEditor</name>
    <message>
        <source>delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival and departure are in this zone: the market&apos;s city, or the hotel&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;parture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hotel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolActions</name>
    <message>
        <source>&amp;Re-plan a time range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift, move or cancel everything in a time range (a typhoon morning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the pending meeting requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common free times of some people, and a meeting in one click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For chosen &amp;delegates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars and itineraries for some delegates, or the pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TravelSection</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min, the same (not entered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min, entered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TravelTimeEditor</name>
    <message>
        <source>venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueEditor</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude, longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything at this venue is shown in its zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opens, closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time at the venue; leave both empty when it never closes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenuesSection</name>
    <message>
        <source>Rooms of every venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms of %1 venues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Delegation Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a delegation&apos;s week at a film market. Every change is kept in the plan file the moment you make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty plan, or one from the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan file (.dplan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FilMart 2025 demo plan in your data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>Type part of a city or region: &apos;paris&apos;, &apos;hong&apos;, &apos;seoul&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
