"""One activity in an itinerary: time on the left, what/where/who on the right."""

from __future__ import annotations

import re

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from desktop_app.domain.activities import Activity, ActivityStatus
from desktop_app.domain.interpreting import interpreting_text
from desktop_app.domain.people import Contact, Delegate
from desktop_app.domain.plan import Plan

from .days import DayPiece, clock_change_note, day_note, home_time_range, time_range, zone_note
from .rich import Paragraph, joined, para, span, unbroken
from .row_block import BlockStyle, Cell, RowBlock
from .styles import CANCELLED, MUTED, RULE, TENTATIVE, kind_colour, styles

TIME_COLUMN = 30 * mm
NOTES_CHUNK = 1200  # characters per table row, so that very long notes can break across pages


def status_span(status: ActivityStatus) -> str:
    if status is ActivityStatus.CANCELLED:
        return span("CANCELLED", bold=True, colour=CANCELLED)
    if status is ActivityStatus.TENTATIVE:
        return span("TENTATIVE", bold=True, colour=TENTATIVE)
    if status is ActivityStatus.PROPOSED:
        return span("PROPOSED", bold=True, colour=MUTED)
    return ""


def place_lines(plan: Plan, activity: Activity) -> list[str]:
    if activity.venue_id is None:
        return []
    venue = plan.venue_by_id[activity.venue_id]
    room = plan.room_by_id[activity.room_id].name if activity.room_id is not None else ""
    line = span("Where  ", bold=True, colour=MUTED) + span(
        joined(venue.name, venue.native_name if venue.native_name != venue.name else "", room))
    address = joined(venue.address, venue.native_address)
    if address:
        line += "<br/>" + span(address, colour=MUTED)
    return [line]


def contact_text(contact: Contact) -> str:
    who = contact.display_name
    work = joined(contact.role, contact.organisation, separator=", ")
    if contact.country:
        work = f"{work} ({contact.country})" if work else contact.country
    return joined(f"{who} — {work}" if work else who, unbroken(contact.phone), contact.email)


def colleague_text(delegate: Delegate, optional: bool) -> str:
    return delegate.display_name + (" (optional)" if optional else "")


def split_notes(notes: str) -> list[str]:
    """Notes as pieces short enough for a table row; split at paragraph, then word, breaks."""
    pieces: list[str] = []
    for paragraph in re.split(r"\n\s*\n", notes.strip()):
        while len(paragraph) > NOTES_CHUNK:
            cut = paragraph.rfind(" ", 0, NOTES_CHUNK)
            cut = cut if cut > NOTES_CHUNK // 2 else NOTES_CHUNK
            pieces.append(paragraph[:cut])
            paragraph = paragraph[cut:].lstrip()
        if paragraph:
            pieces.append(paragraph)
    return pieces


def activity_block(plan: Plan, piece: DayPiece, delegate: Delegate | None, *, home_zone: str | None,
                   with_zone: bool = False) -> Flowable:
    """The activity as a two-column table whose rows may break across pages; ``with_zone`` on a
    day shown in several zones, so that its time names its own."""
    st = styles()
    activity = piece.activity
    cancelled = activity.is_cancelled
    text_colour = MUTED if cancelled else None

    time_label = para(st.time, span(time_range(piece), bold=True, colour=text_colour))
    time_notes = [span(zone_note(piece), bold=True, size=7.5)] if with_zone else []
    time_notes += [span(note, colour=MUTED, size=7.5) for note in (
        "" if with_zone else clock_change_note(piece), day_note(piece),
        home_time_range(piece, home_zone) if home_zone else "") if note]
    title = span(activity.title, bold=True, colour=text_colour, strike=cancelled)
    header = [title, span(activity.kind.label, colour=MUTED), status_span(activity.status)]
    rows: list[tuple[Cell, Cell]] = [(time_label, para(st.body, *header, separator="   "))]

    details = place_lines(plan, activity)
    attendance = (activity.attendance_of(delegate.id)
                  if delegate is not None and delegate.id is not None else None)
    if attendance is not None and not attendance.required:
        details.append(span("Your attendance is optional", colour=MUTED))
    colleagues = [
        colleague_text(plan.delegate_by_id[a.delegate_id], not a.required)
        for a in activity.attendees
        if delegate is None or a.delegate_id != delegate.id
    ]
    if colleagues:
        details.append(span("With  ", bold=True, colour=MUTED) + span(", ".join(colleagues)))
    if activity.interpreting:
        reader = delegate.id if delegate is not None else None
        details.append(span("Interpreting  ", bold=True, colour=MUTED)
                       + span(interpreting_text(plan, activity, reader)))
    for contact_id in activity.contact_ids:
        details.append(span("Meeting  ", bold=True, colour=MUTED)
                       + span(contact_text(plan.contact_by_id[contact_id])))
    if activity.project_id is not None:
        project = plan.project_by_id[activity.project_id]
        original = project.original_title if project.original_title != project.title else ""
        details.append(span("Project  ", bold=True, colour=MUTED)
                       + span(joined(project.title, original, project.stage)))
    if activity.url:
        details.append(span("Link  ", bold=True, colour=MUTED) + span(activity.url))
    for line in details:
        rows.append((None, Paragraph(line, st.small)))
    for index, chunk in enumerate(split_notes(activity.notes)):
        label = span("Notes  ", bold=True, colour=MUTED) if index == 0 else ""
        rows.append((None, Paragraph(label + span(chunk), st.small)))

    if time_notes:  # beside the first detail line, so the title row stays one line high
        notes = para(st.muted, *time_notes, separator="<br/>")
        rows[1:2] = [(notes, rows[1][1] if len(rows) > 1 else None)]
    return RowBlock(rows, _block_style(MUTED if cancelled else kind_colour(activity.kind)))


_block_styles: dict[str, BlockStyle] = {}


def _block_style(bar: Color) -> BlockStyle:
    """The activity's look: time on the left, a bar in the kind's colour, a rule below."""
    key = bar.hexval()
    found = _block_styles.get(key)
    if found is None:
        found = _block_styles[key] = BlockStyle(
            left_width=TIME_COLUMN, left_padding=(0, 7), right_padding=6, row_padding=0.6, top_padding=5,
            bottom_padding=6, bar_width=2.5, bar_colour=bar, rule_width=0.4, rule_colour=RULE)
    return found
