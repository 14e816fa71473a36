"""What the pickers offer, from a plan snapshot: (key, label) pairs, labels holding every part a
person may type to find one (Latin and native names, emails)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.people import Contact, Delegate
from desktop_app.domain.plan import Plan
from desktop_app.domain.requests import ParticipantKind, ParticipantRef

Choice = tuple[object, str]
"""(key, label)."""


def person_label(person: Delegate | Contact) -> str:
    """'Kim Ji-woo · 김지우 · kim@example.kr'."""
    return " · ".join(part for part in (person.name, person.native_name, person.email) if part)


def venue_choices(plan: Plan) -> list[Choice]:
    return [(v.id, " · ".join(p for p in (v.name, v.native_name) if p)) for v in plan.venues]


def room_choices(plan: Plan, venue_id: int | None) -> list[Choice]:
    return [(r.id, r.name) for r in plan.rooms_of(venue_id)] if venue_id is not None else []


def delegation_choices(plan: Plan) -> list[Choice]:
    return [(d.id, d.name) for d in plan.delegations]


def market_choices(plan: Plan) -> list[Choice]:
    return [(m.id, f"{m.name} · {m.city}" if m.city else m.name) for m in plan.markets]


def project_choices(plan: Plan) -> list[Choice]:
    return [(p.id, " · ".join(t for t in (p.title, p.original_title) if t)) for p in plan.projects]


def delegate_choices(plan: Plan) -> list[Choice]:
    return [(d.id, person_label(d)) for d in plan.delegates]


def contact_choices(plan: Plan) -> list[Choice]:
    return [(c.id, person_label(c)) for c in plan.contacts]


def participant_choices(plan: Plan, kinds: tuple[ParticipantKind, ...] = tuple(ParticipantKind)) -> list[Choice]:
    """Delegates, contacts and projects, each named with its kind ('Project: The Salt Road · 소금길')."""
    translate = QCoreApplication.translate
    found: list[Choice] = []
    if ParticipantKind.DELEGATE in kinds:
        named = translate("Choices", "Delegate: %1")
        found += [(ParticipantRef(ParticipantKind.DELEGATE, d.id or 0), named.replace("%1", person_label(d)))
                  for d in plan.delegates]
    if ParticipantKind.CONTACT in kinds:
        named = translate("Choices", "Contact: %1")
        found += [(ParticipantRef(ParticipantKind.CONTACT, c.id or 0), named.replace("%1", person_label(c)))
                  for c in plan.contacts]
    if ParticipantKind.PROJECT in kinds:
        named = translate("Choices", "Project: %1")
        found += [(ParticipantRef(ParticipantKind.PROJECT, key), named.replace("%1", label))
                  for key, label in project_choices(plan) if isinstance(key, int)]
    return found
