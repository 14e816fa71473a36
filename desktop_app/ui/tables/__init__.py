"""Thin table models over plan entities, and the searchable table section most navigator entries are."""
