"""Editing a plan: the record of what an action wrote, undo and redo of any action, and the
create/update/delete use cases of every kind of entity (activities have their own module)."""
