"""The scheduler's defaults, in a module that imports nothing: the command line reads them to
build its parser without importing the scheduler (OR-Tools) or the storage layer."""

DEFAULT_TIME_LIMIT = 30.0
"""Seconds of wall time the solver gets unless told otherwise."""
