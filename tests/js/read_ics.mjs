// Prints, as JSON, every VEVENT of the .ics files given as arguments, read by ical.js
// (the parser inside Thunderbird): uid, recurrence-id, summary, status, sequence and the
// start/end instants in UTC. Zones are resolved only from each file's own VTIMEZONEs: no
// zone is registered globally, so a TZID without its VTIMEZONE shows up as "floating".
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

function instant(time) {
  if (!time) return null;
  const zone = time.zone ? time.zone.tzid : "floating";
  return { utc: time.toJSDate().toISOString(), zone: time.isDate ? "date" : zone };
}

const result = {};
for (const file of process.argv.slice(2)) {
  const root = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
  result[file] = root.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    const start = instant(event.startDate);
    const end = instant(event.endDate);
    const recurrenceId = event.recurrenceId ? event.recurrenceId.toJSDate().toISOString() : null;
    return {
      uid: event.uid,
      recurrence_id: recurrenceId,
      summary: event.summary,
      location: event.location,
      description: event.description,
      status: vevent.getFirstPropertyValue("status"),
      sequence: event.sequence,
      start: start && start.utc,
      start_zone: start && start.zone,
      end: end && end.utc,
      end_zone: end && end.zone,
      alarms: vevent.getAllSubcomponents("valarm").length,
    };
  });
}
process.stdout.write(JSON.stringify(result));
