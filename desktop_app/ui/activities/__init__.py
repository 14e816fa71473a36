"""The day's activities: rows, the table model and the view."""
