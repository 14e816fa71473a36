"""The calendar's widgets: the day and week grids, the agenda, the load matrix, their navigator."""
