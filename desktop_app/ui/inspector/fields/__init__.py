"""Field widgets the editors share: a searchable time-zone picker, dates and times with their zone, people pickers."""
