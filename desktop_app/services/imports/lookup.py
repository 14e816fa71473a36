"""What an import row may refer to (people, venues, rooms, projects, markets), indexed once per
import; names follow the one rule of ``services.lookup``."""

from __future__ import annotations

from desktop_app.domain.people import Contact, Delegate, Delegation, Project
from desktop_app.domain.places import Market, Room, Venue
from desktop_app.domain.plan import Plan
from desktop_app.domain.requests import ParticipantKind, ParticipantRef
from desktop_app.services.lookup import LookupFailed, PeopleIndex, find_participant, name_key

__all__ = ["LookupFailed", "PeopleIndex", "PlanLookup", "name_key"]


class PlanLookup:
    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.delegates: PeopleIndex[Delegate] = PeopleIndex(plan.delegates, "delegate", plan.removed_delegates)
        self.contacts: PeopleIndex[Contact] = PeopleIndex(plan.contacts, "contact", plan.removed_contacts)
        self.venues: dict[str, Venue] = {}
        for venue in plan.venues:
            self.venues[name_key(venue.name)] = venue
        for venue in plan.venues:  # a native name never hides another venue's Latin one
            if venue.native_name:
                self.venues.setdefault(name_key(venue.native_name), venue)
        self.rooms: dict[tuple[int, str], Room] = {(r.venue_id, name_key(r.name)): r for r in plan.rooms}
        self.projects: dict[str, Project] = {name_key(p.title): p for p in plan.projects}
        self.delegations: dict[str, Delegation] = {name_key(d.name): d for d in plan.delegations}
        self.markets: dict[str, Market] = {name_key(m.name): m for m in plan.markets}

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
        key = name_key(title)
        project = self.projects.get(key) or next(
            (p for p in self.plan.projects if key in {name_key(p.original_title), name_key(p.external_id)}), None)
        if project is None:
            raise LookupFailed(f"no project is titled '{title}'")
        return project

    def market(self, name: str) -> Market:
        market = self.markets.get(name_key(name))
        if market is None:
            known = ", ".join(m.name for m in self.plan.markets) or "none yet"
            raise LookupFailed(f"no market is called '{name}' (markets: {known}); import markets first")
        return market

    def participant(self, reference: str) -> ParticipantRef:
        """A delegate or contact (email or name) or a project (title)."""
        return find_participant(self.plan, reference)

    def requester(self, reference: str) -> ParticipantRef:
        """Who asks for a meeting: a delegate (email or name) or a project (title)."""
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
