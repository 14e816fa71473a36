"""Resolving what an import file names (people, venues, rooms, projects) against the plan.

Names match "exactly" up to Unicode normalisation, letter case and repeated spaces, so
'wong  ka-man' finds 'Wong Ka-man' and a decomposed 'Müller' finds the composed one; emails
match case-insensitively. A name two people share is ambiguous: the file must use an email.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from typing import Generic, TypeVar

from desktop_app.domain.people import Contact, Delegate, Delegation, Project
from desktop_app.domain.places import Room, Venue
from desktop_app.domain.plan import Plan
from desktop_app.domain.requests import ParticipantKind, ParticipantRef

_SPACES = re.compile(r"\s+")


def name_key(text: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).strip()).casefold()


class LookupFailed(ValueError):
    """A reference in a cell names nothing (or more than one thing); ``reason`` says which."""

    def __init__(self, reason: str, *, ambiguous: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.ambiguous = ambiguous


P = TypeVar("P", Delegate, Contact)


class PeopleIndex(Generic[P]):
    """Delegates or contacts by email and by name."""

    def __init__(self, people: Iterable[P], noun: str) -> None:
        self.noun = noun
        self.by_email: dict[str, P] = {}
        self.by_name: defaultdict[str, list[P]] = defaultdict(list)
        for person in people:
            if person.email:
                self.by_email[person.email.lower()] = person
            self.by_name[name_key(person.name)].append(person)

    def find(self, reference: str) -> P:
        """The person a cell names by email or exact name."""
        if "@" in reference:
            person = self.by_email.get(reference.strip().lower())
            if person is None:
                raise LookupFailed(f"no {self.noun} has the email '{reference}'")
            return person
        matches = self.by_name.get(name_key(reference), [])
        if not matches:
            raise LookupFailed(f"no {self.noun} is called '{reference}' (give the exact name or the email)")
        if len(matches) > 1:
            raise LookupFailed(
                f"{len(matches)} {self.noun}s are called '{reference}'; use the email instead", ambiguous=True
            )
        return matches[0]

    def match_row(self, email: str, name: str) -> P | None:
        """The existing person a delegates/contacts row describes: by email, else by exact name.

        A row with an email also takes over a same-named person who has no email yet.
        """
        if email:
            found = self.by_email.get(email.lower())
            if found is not None:
                return found
            candidates = [p for p in self.by_name.get(name_key(name), []) if not p.email]
        else:
            candidates = self.by_name.get(name_key(name), [])
        if len(candidates) > 1:
            raise LookupFailed(
                f"{len(candidates)} {self.noun}s are called '{name}'; add an email to tell them apart",
                ambiguous=True,
            )
        return candidates[0] if candidates else None


class PlanLookup:
    """Everything an import row may refer to, indexed once per import."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.delegates: PeopleIndex[Delegate] = PeopleIndex(plan.delegates, "delegate")
        self.contacts: PeopleIndex[Contact] = PeopleIndex(plan.contacts, "contact")
        self.venues: dict[str, Venue] = {name_key(v.name): v for v in plan.venues}
        self.rooms: dict[tuple[int, str], Room] = {(r.venue_id, name_key(r.name)): r for r in plan.rooms}
        self.projects: dict[str, Project] = {name_key(p.title): p for p in plan.projects}
        self.delegations: dict[str, Delegation] = {name_key(d.name): d for d in plan.delegations}

    def venue(self, name: str) -> Venue:
        venue = self.venues.get(name_key(name))
        if venue is None:
            known = ", ".join(sorted(v.name for v in self.plan.venues)[:8]) or "none yet"
            raise LookupFailed(f"no venue is called '{name}' (venues: {known}); import venues first")
        return venue

    def room(self, venue: Venue, name: str) -> Room:
        assert venue.id is not None
        room = self.rooms.get((venue.id, name_key(name)))
        if room is None:
            rooms = [r.name for r in self.plan.rooms_of(venue.id)]
            known = ", ".join(rooms[:8]) + (f" and {len(rooms) - 8} more" if len(rooms) > 8 else "")
            raise LookupFailed(f"'{venue.name}' has no room '{name}' (its rooms: {known or 'none'})")
        return room

    def project(self, title: str) -> Project:
        project = self.projects.get(name_key(title))
        if project is None:
            raise LookupFailed(f"no project is titled '{title}'")
        return project

    def participant(self, reference: str) -> ParticipantRef:
        """A delegate or contact (email or exact name) or a project (exact title)."""
        found: list[ParticipantRef] = []
        for kind, index in ((ParticipantKind.DELEGATE, self.delegates), (ParticipantKind.CONTACT, self.contacts)):
            try:
                person = index.find(reference)
            except LookupFailed as failure:
                if failure.ambiguous:
                    raise
                continue
            assert person.id is not None
            found.append(ParticipantRef(kind, person.id))
        project = self.projects.get(name_key(reference))
        if project is not None and project.id is not None:
            found.append(ParticipantRef(ParticipantKind.PROJECT, project.id))
        if not found:
            raise LookupFailed(f"no delegate, contact or project is called '{reference}'")
        if len(found) > 1:
            kinds = " and a ".join(ref.kind.value for ref in found)
            raise LookupFailed(f"'{reference}' names both a {kinds}; use an email")
        return found[0]

    def requester(self, reference: str) -> ParticipantRef:
        """Who asks for a meeting: a delegate (email or exact name) or a project (exact title)."""
        try:
            delegate = self.delegates.find(reference)
        except LookupFailed as failure:
            project = self.projects.get(name_key(reference))
            if failure.ambiguous or project is None or project.id is None:
                raise LookupFailed(f"{failure.reason}; nor is it a project title", ambiguous=failure.ambiguous) \
                    from None
            return ParticipantRef(ParticipantKind.PROJECT, project.id)
        assert delegate.id is not None
        return ParticipantRef(ParticipantKind.DELEGATE, delegate.id)
