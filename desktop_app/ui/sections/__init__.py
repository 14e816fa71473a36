"""One navigator section per kind of entity: markets, delegates, contacts, projects, venues, travel, requests."""
