"""Tools → Re-plan, Schedule meetings, Find a time: dialogs over the open plan, edits through undo."""
