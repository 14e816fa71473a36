"""A delegate's itinerary: who and where, then day by day, then the venues and who to call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from desktop_app.domain.activities import Activity
from desktop_app.domain.dates_text import day_month, day_month_year, month_year, weekday_day_month
from desktop_app.domain.people import Delegate
from desktop_app.domain.places import Venue
from desktop_app.domain.plan import Plan
from desktop_app.domain.stays import Stay
from desktop_app.domain.timezones import to_local, zone_abbreviation

from .activity_block import activity_block
from .days import DayPiece, day_heading, pieces_by_day, zones_caption, zones_of_day
from .document import Footer, build_pdf
from .qr import QrCode, map_url
from .rich import Paragraph, joined, para, span, text_para, unbroken
from .styles import ACCENT, BAND, MUTED, RULE, page_size, styles, table_style

QR_SIZE = 26 * mm


@dataclass(frozen=True, slots=True)
class ItineraryExtras:
    """What the delivery record adds to an itinerary: the changes since the delegate's last pack
    (a short section at the top) and the address of their calendar subscription (with a QR code)."""

    changes_heading: str = ""
    """'Changed since your pack of 17 Mar, 09:00 HKT'; empty: no section."""
    changes: tuple[str, ...] = ()
    subscription_url: str = ""


def render_itinerary(plan: Plan, delegate: Delegate, *, paper: str = "a4", now: datetime,
                     home_time: bool = True, extras: ItineraryExtras | None = None) -> bytes:
    """The itinerary PDF of ``delegate``: each activity in the local time of where it happens
    (``domain.local_time``), each day headed by its zones, and with ``home_time`` the delegate's
    home time beside them wherever the clocks differ."""
    activities = plan.activities_of(delegate.id)  # type: ignore[arg-type]
    home_zone = delegate.home_timezone if home_time and delegate.home_timezone else None
    days = pieces_by_day(plan, activities)
    away = any(piece.zone_name != home_zone for pieces in days.values() for piece in pieces)
    story: list[Flowable] = [*_header(plan, delegate, home_zone if away else None)]
    if extras is not None:
        story.extend(_changes(extras))
        story.extend(_subscription(extras))
    for day in _days_to_show(plan, delegate, days):
        story.extend(_day(plan, delegate, day, days.get(day, []), home_zone))
    story.extend(_venue_directory(plan, activities))
    story.extend(_manager(plan, delegate))
    footer = Footer(plan.settings.name, now, plan.market_timezone)
    return build_pdf(story, pagesize=page_size(paper), title=f"Itinerary — {delegate.display_name}",
                     subject=plan.settings.name, footer=footer)


def _changes(extras: ItineraryExtras) -> list[Flowable]:
    if not extras.changes_heading:
        return []
    st = styles()
    lines = [span(extras.changes_heading, bold=True, colour=ACCENT)]
    lines.extend(span(f"• {line}") for line in extras.changes)
    box = Table([[para(st.small, *lines, separator="<br/>")]], colWidths=["100%"])
    box.setStyle(table_style([
        ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return [box, Spacer(1, 3 * mm)]


def _subscription(extras: ItineraryExtras) -> list[Flowable]:
    if not extras.subscription_url:
        return []
    st = styles()
    lines = [span("Your calendar, kept up to date", bold=True),
             span("Scan the code with your phone's camera, or add this address as a calendar subscription "
                  "(Apple: Settings → Calendar → Accounts → Add Subscribed Calendar; Google Calendar: Other "
                  "calendars → From URL). Google refreshes subscriptions only every 12–24 hours.", colour=MUTED),
             span(extras.subscription_url)]
    table = Table([[para(st.small, *lines, separator="<br/>"), QrCode(extras.subscription_url, QR_SIZE)]],
                  colWidths=[None, QR_SIZE + 4 * mm])
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return [table, Spacer(1, 2 * mm)]


def _local(instant: datetime | None, zone_name: str) -> str:
    """An arrival or departure in the zone of the stay (the city the delegate is in)."""
    if instant is None:
        return ""
    local = to_local(instant, zone_name)
    return f"{weekday_day_month(local)} {local.year}, {local:%H:%M} {zone_abbreviation(instant, zone_name)}"


def _stay_rows(plan: Plan, delegate: Delegate) -> list[tuple[str, str]]:
    """One row per stay: where (market, hotel), arrival and departure in the stay's own zone."""
    rows = []
    for stay in plan.stays_of(delegate.id or 0):
        market = plan.market_by_id.get(stay.market_id) if stay.market_id is not None else None
        parts = [part for part in (
            market.name if market else "",
            f"arrives {_local(stay.arrival, stay.timezone)}" if stay.arrival else "",
            f"departs {_local(stay.departure, stay.timezone)}" if stay.departure else "",
        ) if part]
        if stay.hotel:
            parts.append(f"hotel: {stay.hotel}")
        rows.append(("Stay", "; ".join(parts)))
    return rows


def _markets_text(plan: Plan) -> str:
    parts = []
    for market in sorted(plan.markets, key=lambda m: (m.first_day, m.name)):
        parts.append(f"{market.name}, {market.city}: {_date_range(market.first_day, market.last_day)}")
    return "\n".join(parts)


def _date_range(first: date, last: date) -> str:
    if first == last:
        return f"{first.day} {month_year(first)}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {month_year(last)}"
    return f"{day_month(first)} – {day_month_year(last)}"


def _header(plan: Plan, delegate: Delegate, home_zone: str | None) -> list[Flowable]:
    st = styles()
    delegation = plan.delegation_by_id.get(delegate.delegation_id) if delegate.delegation_id else None
    story: list[Flowable] = [
        text_para("ITINERARY", st.muted, bold=True, colour=ACCENT),
        text_para(delegate.name, st.title, bold=True),
    ]
    if delegate.native_name and delegate.native_name != delegate.name:
        story.append(text_para(delegate.native_name, st.title, bold=True))
    role = joined(delegate.role, delegate.organisation)
    if role:
        story.append(text_para(role, st.subtitle))
    rows = [
        ("Delegation", delegation.name if delegation else ""),
        ("Market", _markets_text(plan)),
        *_stay_rows(plan, delegate),
        ("Phone / email", joined(unbroken(delegate.phone), delegate.email)),
        ("Times", "Local time where each activity takes place, as the day's heading says"
                  + (f"; your home time ({home_zone.replace('_', ' ')}) below it in grey where it differs"
                     if home_zone else "")),
    ]
    table = Table(
        [[text_para(label, st.small, bold=True, colour=MUTED), text_para(value, st.small)]
         for label, value in rows if value],
        colWidths=[32 * mm, None],
    )
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, -1), BAND),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, 0), 6),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
    ]))
    story.extend([Spacer(1, 4 * mm), table, Spacer(1, 3 * mm)])
    return story


def _days_to_show(plan: Plan, delegate: Delegate, days: dict[date, list[DayPiece]]) -> list[date]:
    """Days with activities, plus market days of the stay with nothing planned (said so)."""
    shown = set(days)
    stays = plan.stays_of(delegate.id or 0)
    for market in plan.markets:
        day = market.first_day
        while day <= market.last_day:
            if not stays or any(_stay_covers_day(stay, day) for stay in stays):
                shown.add(day)
            day += timedelta(days=1)
    return sorted(shown)


def _stay_covers_day(stay: Stay, day: date) -> bool:
    first = to_local(stay.arrival, stay.timezone).date() if stay.arrival else None
    last = to_local(stay.departure, stay.timezone).date() if stay.departure else None
    return (first is None or day >= first) and (last is None or day <= last)


def day_band(text: str) -> Table:
    st = styles()
    band = Table([[text_para(text, st.day, bold=True)]], colWidths=["100%"])
    band.setStyle(table_style([
        ("BACKGROUND", (0, 0), (-1, -1), ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return band


def _day(plan: Plan, delegate: Delegate, day: date, pieces: list[DayPiece],
         home_zone: str | None) -> list[Flowable]:
    st = styles()
    band = day_band(day_heading(day))
    market = plan.market_on(day)
    zones = zones_of_day(plan, day, pieces)
    caption = para(st.muted, span(joined(market.name if market else "", zones_caption(zones))))
    if not pieces:
        return [CondPageBreak(30 * mm), Spacer(1, 4 * mm), band, Spacer(1, 2 * mm), caption,
                text_para("Nothing planned.", st.body, colour=MUTED)]
    blocks = [activity_block(plan, piece, delegate, home_zone=home_zone, with_zone=zones.mixed)
              for piece in pieces]
    # The day's heading never ends a page alone: it travels with its first activity.
    return [CondPageBreak(35 * mm), Spacer(1, 4 * mm),
            KeepTogether([band, Spacer(1, 1 * mm), caption, blocks[0]]), *blocks[1:]]


def _venue_directory(plan: Plan, activities: list[Activity]) -> list[Flowable]:
    venue_ids = {a.venue_id for a in activities if a.venue_id is not None}
    venues = sorted((plan.venue_by_id[i] for i in venue_ids), key=lambda v: v.name.casefold())
    if not venues:
        return []
    st = styles()
    story: list[Flowable] = [CondPageBreak(60 * mm), Paragraph(span("Venues", bold=True), st.heading)]
    for venue in venues:
        story.append(KeepTogether([_venue_entry(plan, venue, venues)]))
    return story


def _venue_entry(plan: Plan, venue: Venue, venues: list[Venue]) -> Table:
    st = styles()
    lines = [span(venue.name, bold=True)]
    if venue.native_name and venue.native_name != venue.name:
        lines.append(span(venue.native_name, bold=True))
    for address in (venue.address, venue.native_address):
        if address:
            lines.append(span(address))
    if venue.opens and venue.closes:
        lines.append(span(f"Open {venue.opens:%H:%M}–{venue.closes:%H:%M}", colour=MUTED))
    travel = [f"{other.name} {plan.travel_minutes(other.id, venue.id)} min"  # not from another market's city
              for other in venues if other.id != venue.id and other.timezone == venue.timezone]
    if travel:
        lines.append(span("Getting there: ", bold=True, colour=MUTED) + span(", ".join(travel), colour=MUTED))
    url = map_url(venue)
    if url:
        lines.append(span("Scan the code for the map.", colour=MUTED))
    cells: list[object] = [para(st.small, *lines, separator="<br/>")]
    cells.append(QrCode(url, QR_SIZE) if url else "")
    table = Table([cells], colWidths=[None, QR_SIZE + 4 * mm])
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def _manager(plan: Plan, delegate: Delegate) -> list[Flowable]:
    delegation = plan.delegation_by_id.get(delegate.delegation_id) if delegate.delegation_id else None
    if delegation is None or not (delegation.manager_name or delegation.manager_phone
                                  or delegation.manager_email):
        return []
    st = styles()
    lines = [span(delegation.manager_name, bold=True),
             span(joined(unbroken(delegation.manager_phone), delegation.manager_email))]
    box = Table([[para(st.body, *lines, separator="<br/>")]], colWidths=["100%"])
    box.setStyle(table_style([
        ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
        ("BACKGROUND", (0, 0), (-1, -1), colors.white),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    heading = Paragraph(span(f"Your delegation manager — {delegation.name}", bold=True), st.heading)
    return [KeepTogether([heading, box])]
