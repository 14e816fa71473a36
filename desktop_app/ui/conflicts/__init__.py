"""The plan's conflicts: the list model and the side panel."""
