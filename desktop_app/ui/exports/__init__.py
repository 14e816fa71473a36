"""File → Export: the delegation pack, itineraries and calendars, written off the GUI thread."""
