"""One editor per kind of entity."""
