"""The manager's run sheet for one day: every activity by time, with rooms, people and phones."""

from __future__ import annotations

from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from desktop_app.domain.local_time import activities_on
from desktop_app.domain.plan import Plan

from .activity_block import status_span
from .days import (
    DayPiece,
    DayZones,
    clock_change_note,
    day_heading,
    day_note,
    pieces_by_day,
    time_range,
    zone_note,
    zones_caption,
    zones_of_day,
)
from .document import Footer, build_pdf
from .rich import Paragraph, joined, para, span, unbroken
from .styles import ACCENT, BAND, MUTED, RULE, kind_colour, page_size, styles, table_style

COLUMNS = (("Time", 24 * mm), ("Activity", None), ("Where", 32 * mm), ("Delegates", 40 * mm),
           ("Meeting", 34 * mm))
NOTES_GLANCE = 220


def render_run_sheet(plan: Plan, day: date, *, paper: str = "a4", now: datetime) -> bytes:
    """Every activity on ``day`` (by the domain's local-day rule) in order of time; a day in
    several zones says so and each row gives its own zone."""
    pieces = pieces_by_day(plan, activities_on(plan, day)).get(day, [])
    zones = zones_of_day(plan, day, pieces)
    st = styles()
    market = plan.market_on(day)
    story: list[Flowable] = [
        Paragraph(span("RUN SHEET", bold=True, colour=ACCENT), st.muted),
        Paragraph(span(day_heading(day), bold=True), st.title),
        Paragraph(span(joined(market.name if market else "", plan.settings.name, _zones_text(zones))), st.subtitle),
        Spacer(1, 4 * mm),
    ]
    if pieces:
        story.append(_table(plan, pieces, with_zone=zones.mixed))
    else:
        story.append(Paragraph(span("Nothing is planned on this day.", colour=MUTED), st.body))
    footer = Footer(plan.settings.name, now, plan.market_timezone)
    return build_pdf(story, pagesize=page_size(paper), title=f"Run sheet — {day_heading(day)}",
                     subject=plan.settings.name, footer=footer)


def _zones_text(zones: DayZones) -> str:
    """'times in CEST (Europe/Paris)'; 'times in KST / CEST (Asia/Seoul, Europe/Paris), each row
    in its own zone' on a day in several zones."""
    names = ", ".join(name.replace("_", " ") for name in zones.names)
    return f"{zones_caption(zones)} ({names})" + (", each row in its own zone" if zones.mixed else "")


def _table(plan: Plan, pieces: list[DayPiece], *, with_zone: bool) -> Table:
    st = styles()
    head = [Paragraph(span(label, bold=True), st.cell_head) for label, _width in COLUMNS]
    rows: list[list[Flowable]] = [head]
    for piece in pieces:
        rows.append(_row(plan, piece, with_zone=with_zone))
    table = Table(rows, colWidths=[width for _label, width in COLUMNS], repeatRows=1)
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
    ]
    for index, piece in enumerate(pieces, start=1):
        commands.append(("LINEBEFORE", (1, index), (1, index), 2.5, kind_colour(piece.activity.kind)))
        if index % 2 == 0:
            commands.append(("BACKGROUND", (0, index), (-1, index), BAND))
    table.setStyle(table_style(commands))
    return table


def _row(plan: Plan, piece: DayPiece, *, with_zone: bool) -> list[Flowable]:
    st = styles()
    activity = piece.activity
    cancelled = activity.is_cancelled
    what = [span(activity.title, bold=True, strike=cancelled),
            span(joined(activity.kind.label), colour=MUTED) + "  " + status_span(activity.status)]
    if activity.project_id is not None:
        what.append(span(plan.project_by_id[activity.project_id].title, colour=MUTED))
    notes = " ".join(activity.notes.split())
    if notes:  # the itinerary has them in full; here a glance is enough
        what.append(span(notes if len(notes) <= NOTES_GLANCE else notes[:NOTES_GLANCE].rstrip() + " …", size=7))
    where = []
    if activity.venue_id is not None:
        venue = plan.venue_by_id[activity.venue_id]
        where.append(span(venue.name, bold=True))
        if activity.room_id is not None:
            where.append(span(plan.room_by_id[activity.room_id].name))
        if venue.native_name and venue.native_name != venue.name:
            where.append(span(venue.native_name, colour=MUTED))
    delegates = []
    for attendance in activity.attendees:
        delegate = plan.delegate_by_id[attendance.delegate_id]
        name = delegate.display_name + ("" if attendance.required else " (opt.)")
        delegates.append(span(name) + (span(f"  {unbroken(delegate.phone)}", colour=MUTED) if delegate.phone else ""))
    contacts = []
    for contact_id in activity.contact_ids:
        contact = plan.contact_by_id[contact_id]
        contacts.append(span(contact.display_name, bold=True))
        details = joined(contact.organisation, unbroken(contact.phone))
        if details:
            contacts.append(span(details, colour=MUTED))
    zone = span(zone_note(piece), bold=True, size=7) if with_zone else span(clock_change_note(piece), colour=MUTED,
                                                                           size=7)
    return [
        para(st.cell, span(time_range(piece), bold=True), zone, span(day_note(piece), colour=MUTED, size=7),
             separator="<br/>"),
        para(st.cell, *what, separator="<br/>"),
        para(st.cell, *where, separator="<br/>"),
        para(st.cell, *delegates, separator="<br/>"),
        para(st.cell, *contacts, separator="<br/>"),
    ]
