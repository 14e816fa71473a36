"""Finding what a person names: one rule for the command line, every import and every export.

A delegate or contact is named by email or by name: the Latin name, the native-script name or
both together ('Wong Ka-man 黃嘉敏'). Names compare up to Unicode normalisation, letter case
and repeated spaces, so 'wong  ka-man' finds 'Wong Ka-man' and a decomposed 'Müller' finds the
composed one; emails compare case-insensitively. A name two people share is ambiguous: the user
must give the email. Removed people are never found.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from typing import Generic, TypeVar

from desktop_app.domain.people import Contact, Delegate, Delegation, Project
from desktop_app.domain.places import Venue
from desktop_app.domain.plan import Plan
from desktop_app.domain.requests import ParticipantKind, ParticipantRef

from .errors import UserError

__all__ = [
    "LookupFailed",
    "PeopleIndex",
    "delegates_by_id",
    "find_delegate",
    "find_delegation",
    "find_participant",
    "find_project",
    "find_venue",
    "name_key",
]

_SPACES = re.compile(r"\s+")


def name_key(text: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).strip()).casefold()


class LookupFailed(UserError):
    """A reference names nothing (or more than one thing); ``reason`` says which."""

    def __init__(self, reason: str, *, ambiguous: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.ambiguous = ambiguous


P = TypeVar("P", Delegate, Contact)


def person_names(person: Delegate | Contact) -> set[str]:
    """Every way of writing the person's name that finds them."""
    names = {name_key(person.name), name_key(person.display_name)}
    if person.native_name:
        names.add(name_key(person.native_name))
    return names


class PeopleIndex(Generic[P]):
    """Delegates or contacts by email and by every form of their name."""

    def __init__(self, people: Iterable[P], noun: str, removed: Iterable[P] = ()) -> None:
        self.noun = noun
        self._removed: PeopleIndex[P] | None = PeopleIndex(removed, noun) if removed else None
        self.by_email: defaultdict[str, list[P]] = defaultdict(list)
        self.by_name: defaultdict[str, list[P]] = defaultdict(list)
        self.by_latin_name: defaultdict[str, list[P]] = defaultdict(list)
        for person in people:
            if person.email:
                self.by_email[person.email.casefold()].append(person)
            for key in person_names(person):
                self.by_name[key].append(person)
            self.by_latin_name[name_key(person.name)].append(person)

    def find(self, reference: str) -> P:
        """The one person ``reference`` names by email or name."""
        key = name_key(reference)
        by_email = self.by_email.get(key, [])
        if len(by_email) == 1:
            return by_email[0]
        if by_email:  # e.g. a couple sharing one address
            names = ", ".join(p.display_name for p in by_email)
            raise LookupFailed(f"{len(by_email)} {self.noun}s share the email '{reference.strip()}'; "
                               f"name one by name ({names})", ambiguous=True)
        matches = self.by_name.get(key, []) if "@" not in reference else []
        if not matches:
            self._explain_removed(reference)
        if "@" in reference:
            raise LookupFailed(f"no {self.noun} has the email '{reference.strip()}'")
        if not matches:
            raise LookupFailed(f"no {self.noun} is called '{reference.strip()}' (give the exact name or the email)")
        if len(matches) > 1:
            emails = ", ".join(p.email or f"id {p.id}" for p in matches)
            raise LookupFailed(f"{len(matches)} {self.noun}s are called '{reference.strip()}'; "
                               f"use the email instead ({emails})", ambiguous=True)
        return matches[0]

    def _explain_removed(self, reference: str) -> None:
        if self._removed is None:
            return
        try:
            person = self._removed.find(reference)
        except LookupFailed:
            return
        raise LookupFailed(f"{person.display_name} was removed from the plan; put them back, or leave them out")

    def match_removed(self, email: str, name: str) -> P | None:
        """The removed person a row describes (to bring them back), if any."""
        return self._removed.match_row(email, name) if self._removed is not None else None

    def match_row(self, email: str, name: str) -> P | None:
        """The existing person a delegates/contacts row describes: by email, else by exact name.

        A row with an email also takes over a same-named person who has no email yet.
        """
        if email:
            found = self.by_email.get(email.casefold(), [])
            if found:
                return found[0]
            candidates = [p for p in self.by_latin_name.get(name_key(name), []) if not p.email]
        else:
            candidates = self.by_latin_name.get(name_key(name), [])
        if len(candidates) > 1:
            raise LookupFailed(
                f"{len(candidates)} {self.noun}s are called '{name}'; add an email to tell them apart",
                ambiguous=True,
            )
        return candidates[0] if candidates else None


def find_delegate(plan: Plan, wanted: str) -> Delegate:
    """A live delegate by email or name; raises ``LookupFailed`` (a ``UserError``)."""
    return PeopleIndex(plan.delegates, "delegate", plan.removed_delegates).find(wanted)


def find_participant(plan: Plan, wanted: str) -> ParticipantRef:
    """A delegate or contact (email or name) or a project (title): who can take part in a meeting."""
    found: list[ParticipantRef] = []
    indexes: tuple[tuple[ParticipantKind, PeopleIndex[Delegate] | PeopleIndex[Contact]], ...] = (
        (ParticipantKind.DELEGATE, PeopleIndex(plan.delegates, "delegate")),
        (ParticipantKind.CONTACT, PeopleIndex(plan.contacts, "contact")),
    )
    for kind, index in indexes:
        try:
            person = index.find(wanted)
        except LookupFailed as failure:
            if failure.ambiguous:
                raise
            continue
        found.append(ParticipantRef(kind, person.id or 0))
    key = name_key(wanted)
    found.extend(ParticipantRef(ParticipantKind.PROJECT, p.id or 0) for p in plan.projects
                 if key in {name_key(p.title), name_key(p.original_title)})
    if not found:
        if "@" in wanted:
            raise LookupFailed(f"nobody in the plan has the email '{wanted.strip()}'")
        raise LookupFailed(f"nobody in the plan (no delegate, contact or project) is called '{wanted.strip()}'")
    if len(found) > 1:
        kinds = " and a ".join(ref.kind.value for ref in found)
        raise LookupFailed(f"'{wanted.strip()}' names both a {kinds}; use an email", ambiguous=True)
    return found[0]


def delegates_by_id(plan: Plan, ids: list[int]) -> list[Delegate]:
    """The live delegates with these ids, in the order given; an unknown id is a user error."""
    live = {d.id: d for d in plan.delegates}
    chosen = []
    for delegate_id in ids:
        delegate = live.get(delegate_id)
        if delegate is None:
            raise UserError(f"the plan has no delegate with id {delegate_id}")
        chosen.append(delegate)
    return chosen


def find_delegation(plan: Plan, wanted: str) -> Delegation:
    found = [d for d in plan.delegations if name_key(d.name) == name_key(wanted)]
    if not found:
        known = ", ".join(d.name for d in plan.delegations) or "none"
        raise LookupFailed(f"no delegation called '{wanted}' (the plan has: {known})")
    return found[0]


def find_project(plan: Plan, wanted: str) -> Project:
    """A project by title, original title or external id."""
    key = name_key(wanted)
    found = [p for p in plan.projects
             if key in {name_key(p.title), name_key(p.original_title)}
             or (p.external_id and key == name_key(p.external_id))]
    if not found:
        raise LookupFailed(f"no project titled '{wanted}' in the plan")
    return found[0]


def find_venue(plan: Plan, wanted: str) -> Venue:
    """A venue by name or native name."""
    key = name_key(wanted)
    found = [v for v in plan.venues if key in {name_key(v.name), name_key(v.native_name)}]
    if not found:
        known = ", ".join(sorted(v.name for v in plan.venues)[:8]) or "none yet"
        raise LookupFailed(f"no venue is called '{wanted}' (venues: {known})")
    return found[0]
