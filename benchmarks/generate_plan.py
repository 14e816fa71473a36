"""A large, realistic plan for benchmarks: FilMart/HAF in Hong Kong, then Series Mania in Lille.

``generate_plan(delegates=60, activities=5000, seed=0)`` is pure and deterministic: the same
arguments give the same ``Plan`` (explicit ids, UIDs and times, no clock, no uuid4).

    python -m benchmarks.generate_plan OUT.dplan [--delegates N] [--activities N] [--seed N]

writes it to a plan file through the storage API, e.g. to try the app or the CLI on a big plan.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import random
import sys
import time as clock
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.domain.activities import Activity, ActivityKind, Attendance
from desktop_app.domain.people import Contact, Delegate, Delegation, Project
from desktop_app.domain.places import Market, Room, TravelTime, Venue
from desktop_app.domain.plan import Plan, PlanSettings
from desktop_app.domain.requests import AvailabilityWindow, MeetingRequest, ParticipantKind, ParticipantRef
from desktop_app.domain.stays import Stay
from desktop_app.domain.timezones import day_bounds, localize

from .plan_data import (
    COUNTRIES,
    DELEGATIONS,
    HK,
    HK_DAYS,
    HK_VENUES,
    LILLE_DAYS,
    LILLE_VENUES,
    MARKETS,
    ORGANISATIONS,
    ORIGINS,
    PARIS,
    PROJECT_TITLES,
    ROLES,
    TRAVEL_MINUTES,
    VENUES,
    Origin,
)
from .plan_schedule import DAY_END, DAY_START, ActivityMaker, Calendar, Day, local_minutes

CONFLICT_RATE = 0.012
"""Share of activities planted as deliberate clashes (double bookings, rushed travel, ...)."""


def generate_plan(delegates: int = 60, activities: int = 5000, seed: int = 0) -> Plan:
    rng = random.Random(seed)
    markets = tuple(Market(i, m.name, m.city, m.timezone, m.first_day, m.last_day) for i, m in enumerate(MARKETS, 1))
    venues = {spec.key: Venue(i, spec.name, spec.timezone, native_name=spec.native_name, address=spec.address,
                              latitude=spec.latitude, longitude=spec.longitude, opens=spec.opens, closes=spec.closes)
              for i, spec in enumerate(VENUES, 1)}
    delegations = _delegations(delegates)
    rooms, programme_rooms, halls, booths = _rooms(venues, delegations, activities)
    travel = tuple(TravelTime(venues[a].id or 0, venues[b].id or 0, minutes) for a, b, minutes in TRAVEL_MINUTES)
    people, stays = _delegates(rng, delegates, delegations)
    contacts = _contacts(rng, max(40, delegates * 3))
    projects = _projects(rng, people)
    skeleton = Plan(
        settings=PlanSettings(name=f"Benchmark plan ({delegates} delegates, {activities} activities, seed {seed})",
                              timezone=HK),
        markets=markets, venues=tuple(venues.values()), rooms=rooms, travel_times=travel,
        delegations=delegations, delegates=people, contacts=contacts, projects=projects, stays=stays,
    )
    days = [Day(d, HK, "FM25", {k: venues[k] for k in HK_VENUES}, programme_rooms[HK], halls[HK], booths)
            for d in HK_DAYS]
    days += [Day(d, PARIS, "SMF25", {k: venues[k] for k in LILLE_VENUES}, programme_rooms[PARIS], halls[PARIS], {})
             for d in LILLE_DAYS]
    calendar = Calendar(skeleton)
    _presence(calendar, stays, days)
    maker = ActivityMaker(rng, skeleton, days, people, contacts, projects, calendar, CONFLICT_RATE)
    made = _unmet_interpreting(maker.make(activities))
    return dataclasses.replace(skeleton, activities=made, requests=_requests(rng, people, contacts, venues))


UNMET_NEED_EVERY = 500
"""One meeting in this many needs Korean–English interpreting and has no interpreter: planted
``interpreting`` conflicts, chosen without drawing from the random stream (the rest of the plan
is the same as before needs existed)."""


def _unmet_interpreting(activities: list[Activity]) -> tuple[Activity, ...]:
    meetings = [a.id for a in activities if a.kind in (ActivityKind.MEETING, ActivityKind.BOOTH_MEETING)
                and a.attendees and not a.is_cancelled]
    chosen = set(meetings[::UNMET_NEED_EVERY])
    return tuple(dataclasses.replace(a, interpreting=("ko", "en")) if a.id in chosen else a for a in activities)


# --- places -----------------------------------------------------------------------------------

def _rooms(venues: dict[str, Venue], delegations: tuple[Delegation, ...], activities: int
           ) -> tuple[tuple[Room, ...], dict[str, tuple[Room, ...]], dict[str, Room], dict[int, Room]]:
    """Rooms, with as many programme rooms and HAF tables as a programme of this size needs."""
    ids = itertools.count(1)
    hkcec, cinema, palais = venues["hkcec"].id or 0, venues["emperor"].id or 0, venues["grand_palais"].id or 0
    hk_programme = [Room(next(ids), hkcec, name) for name in ("Theatre 1", "Theatre 2")]
    hk_programme += [Room(next(ids), hkcec, f"Room N{201 + i}") for i in range(max(6, activities // 180))]
    hk_programme += [Room(next(ids), cinema, f"House {i}") for i in range(1, 5)]
    lille_programme = [Room(next(ids), palais, name) for name in ("Auditorium", "Salle Lille", "Salle Roubaix")]
    lille_programme += [Room(next(ids), palais, f"Salle {i}") for i in range(1, max(2, activities // 500))]
    haf_hall = Room(next(ids), hkcec, "HAF Hall", tables=max(20, activities // 100))
    forum_hall = Room(next(ids), palais, "Forum Hall", tables=max(10, activities // 250))
    booths = {d.id or 0: Room(next(ids), hkcec, f"Booth 1B-{d.id:02d}", tables=4) for d in delegations}
    rooms = (*hk_programme, *lille_programme, haf_hall, forum_hall, *booths.values())
    return rooms, {HK: tuple(hk_programme), PARIS: tuple(lille_programme)}, {HK: haf_hall, PARIS: forum_hall}, booths


# --- people -----------------------------------------------------------------------------------

def _delegations(delegates: int) -> tuple[Delegation, ...]:
    count = max(min(len(DELEGATIONS), delegates), round(delegates / 10))  # about ten delegates each
    rows = []
    for i in range(count):
        name, _origin = DELEGATIONS[i % len(DELEGATIONS)]
        round_no = i // len(DELEGATIONS)
        rows.append(Delegation(i + 1, name if round_no == 0 else f"{name} {round_no + 1}",
                               manager_name=f"Manager {i + 1}",
                               manager_email=f"manager{i + 1}@delegations.example.org"))
    return tuple(rows)


def _origin_of(delegation: Delegation) -> Origin:
    key = next(origin for name, origin in DELEGATIONS if delegation.name.startswith(name))
    return next(o for o in ORIGINS if o.key == key)


def _name(origin: Origin, surname: tuple[str, str], given: tuple[str, str]) -> tuple[str, str]:
    latin = f"{surname[0]} {given[0]}" if origin.surname_first else f"{given[0]} {surname[0]}"
    if not (surname[1] and given[1]):  # no half-transliterated names: native script for both parts or none
        return latin, ""
    native_parts = (surname[1], given[1])
    if not origin.surname_first:
        native_parts = native_parts[::-1]
    return latin, origin.native_separator.join(native_parts)


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().replace(" ", ".")


def _delegates(rng: random.Random, count: int, delegations: tuple[Delegation, ...]
               ) -> tuple[tuple[Delegate, ...], tuple[Stay, ...]]:
    """The delegates, and one stay each: Hong Kong, and for some on to Lille (one stay across both)."""
    pools = {o.key: list(itertools.product(o.surnames, o.given_names)) for o in ORIGINS}
    for pool in pools.values():
        rng.shuffle(pool)
    used: dict[str, int] = {}
    drawn: dict[str, int] = dict.fromkeys(pools, 0)
    rows = []
    stays = []
    for i in range(count):
        delegation = delegations[i % len(delegations)]
        origin = _origin_of(delegation)
        pool = pools[origin.key]
        surname, given = pool[drawn[origin.key] % len(pool)]
        drawn[origin.key] += 1
        latin, native = _name(origin, surname, given)
        used[latin] = namesake = used.get(latin, 0) + 1
        email = f"{_ascii(latin)}{namesake if namesake > 1 else ''}@{origin.domain}"
        if namesake > 1:  # more delegates than name combinations: number the namesakes
            latin = f"{latin} ({namesake})"
        arrival = localize(datetime(2025, 3, 16, rng.randint(12, 22), rng.choice((0, 30))), HK)
        if rng.random() < 0.1:  # a late arrival on the first market day
            arrival = localize(datetime(2025, 3, 17, rng.randint(11, 14), 0), HK)
        to_lille = origin.key == "europe" or rng.random() < 0.25
        departure = (localize(datetime(2025, 3, 28, rng.randint(9, 15), 0), PARIS) if to_lille
                     else localize(datetime(2025, 3, 21, rng.randint(9, 15), 0), HK))
        if not to_lille and rng.random() < 0.1:  # leaves on the last afternoon
            departure = localize(datetime(2025, 3, 20, rng.randint(15, 18), 0), HK)
        rows.append(Delegate(
            i + 1, latin, delegation_id=delegation.id, native_name=native,
            email=email,
            phone=f"+852 5{rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            organisation=rng.choice(ORGANISATIONS), role=rng.choice(ROLES), home_timezone=origin.timezone,
        ))
        hotel = rng.choice(("Grand Hyatt Hong Kong", "Renaissance Harbour View", "Rosewood Hong Kong"))
        stays.append(Stay(i + 1, i + 1, arrival, departure, HK, hotel=hotel))
    return tuple(rows), tuple(stays)


def _contacts(rng: random.Random, count: int) -> tuple[Contact, ...]:
    rows = []
    for i in range(count):
        origin = ORIGINS[i % len(ORIGINS)]
        latin, native = _name(origin, rng.choice(origin.surnames), rng.choice(origin.given_names))
        rows.append(Contact(i + 1, latin, native_name=native, email=f"contact{i + 1}@{origin.domain}",
                            organisation=rng.choice(ORGANISATIONS), role=rng.choice(ROLES),
                            country=rng.choice(COUNTRIES)))
    return tuple(rows)


def _projects(rng: random.Random, delegates: tuple[Delegate, ...]) -> tuple[Project, ...]:
    rows = []
    for i in range(max(4, len(delegates) // 8)):
        title, original = PROJECT_TITLES[i % len(PROJECT_TITLES)]
        suffix = "" if i < len(PROJECT_TITLES) else f" {i // len(PROJECT_TITLES) + 1}"
        members = rng.sample(delegates, min(len(delegates), rng.choice((1, 2, 2))))
        rows.append(Project(i + 1, title + suffix, original_title=original, stage="Development",
                            member_ids=tuple(sorted(m.id or 0 for m in members))))
    return tuple(rows)


def _presence(calendar: Calendar, stays: tuple[Stay, ...], days: list[Day]) -> None:
    """Each delegate's working window on each market day of their stay, in local minutes."""
    for stay in stays:
        arrival, departure = stay.arrival, stay.departure
        assert arrival is not None and departure is not None
        for day in days:
            first, last = day_bounds(day.day, day.zone)
            if departure <= first or arrival >= last:
                continue
            opens = DAY_START if arrival <= first else local_minutes(arrival, day.zone) + 60
            closes = DAY_END if departure >= last else local_minutes(departure, day.zone) - 90
            if closes - opens >= 60:
                calendar.windows[(stay.delegate_id, day.day)] = (opens, closes)


def _requests(rng: random.Random, delegates: tuple[Delegate, ...], contacts: tuple[Contact, ...],
              venues: dict[str, Venue]) -> tuple[MeetingRequest, ...]:
    """A few pending meeting requests, so the scheduler has work on this plan too."""
    return tuple(
        MeetingRequest(i + 1, f"REQ-{i + 1:04d}", rng.choice(contacts).id or 0, rng.choice((30, 45, 60)),
                       delegate_id=rng.choice(delegates).id, priority=rng.randint(1, 5), venue_id=venues["hkcec"].id)
        for i in range(len(delegates) * 2)
    )


# --- writing a plan file ----------------------------------------------------------------------

def write_plan_file(plan: Plan, path: Path | str) -> None:
    """Store ``plan`` in a new plan file at ``path``, in one transaction; ids are the file's own."""
    from desktop_app.storage.plan_store import PlanStore  # only this function needs a database

    store = PlanStore.create(Path(path), plan.settings, clock=lambda: datetime(2025, 3, 1, tzinfo=UTC))
    try:
        with store.write() as tx:
            for market in plan.markets:
                tx.add(dataclasses.replace(market, id=None))
            venue = {v.id: tx.add(dataclasses.replace(v, id=None)).id for v in plan.venues}
            room = {r.id: tx.add(dataclasses.replace(r, id=None, venue_id=venue[r.venue_id])).id for r in plan.rooms}
            for t in plan.travel_times:
                tx.add(TravelTime(venue[t.from_venue_id], venue[t.to_venue_id], t.minutes))  # type: ignore[arg-type]
            delegation = {d.id: tx.add(dataclasses.replace(d, id=None)).id for d in plan.delegations}
            delegate = {d.id: tx.add(dataclasses.replace(d, id=None, delegation_id=delegation.get(d.delegation_id))).id
                        for d in plan.delegates}
            for stay in plan.stays:
                tx.add(dataclasses.replace(stay, id=None, delegate_id=delegate[stay.delegate_id]))
            contact = {c.id: tx.add(dataclasses.replace(c, id=None)).id for c in plan.contacts}
            project = {p.id: tx.add(dataclasses.replace(p, id=None,
                                                        member_ids=tuple(delegate[m] for m in p.member_ids))).id
                       for p in plan.projects}
            for a in plan.activities:
                tx.add(_remapped_activity(a, venue, room, delegate, contact, project))
            participants = {ParticipantKind.DELEGATE: delegate, ParticipantKind.CONTACT: contact,
                            ParticipantKind.PROJECT: project}
            for w in plan.availability:
                ref = ParticipantRef(w.participant.kind, participants[w.participant.kind][w.participant.id])  # type: ignore[arg-type]
                tx.add(AvailabilityWindow(None, ref, w.start, w.end, w.timezone))
            for q in plan.requests:
                tx.add(dataclasses.replace(
                    q, id=None, contact_id=contact[q.contact_id], delegate_id=delegate.get(q.delegate_id),
                    project_id=project.get(q.project_id), venue_id=venue.get(q.venue_id), room_id=room.get(q.room_id)))
    finally:
        store.close()


def _remapped_activity(a: Activity, venue: dict, room: dict, delegate: dict, contact: dict,  # type: ignore[type-arg]
                       project: dict) -> Activity:  # type: ignore[type-arg]
    return dataclasses.replace(
        a, id=None, venue_id=venue.get(a.venue_id), room_id=room.get(a.room_id), project_id=project.get(a.project_id),
        attendees=tuple(Attendance(delegate[x.delegate_id], x.required) for x in a.attendees),
        contact_ids=tuple(contact[c] for c in a.contact_ids),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate_plan", description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the plan file to create (e.g. big.dplan)")
    parser.add_argument("--delegates", type=int, default=60)
    parser.add_argument("--activities", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    started = clock.perf_counter()
    plan = generate_plan(args.delegates, args.activities, args.seed)
    generated = clock.perf_counter()
    write_plan_file(plan, args.out)
    print(f"{args.out}: {len(plan.delegates)} delegates, {len(plan.activities)} activities "
          f"(generated in {generated - started:.1f} s, written in {clock.perf_counter() - generated:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
