"""File → Import…: the import wizard (kind and file, column mapping, checked preview, one-step import)."""
