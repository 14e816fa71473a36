"""Delegation Planner: plan a delegation's week at film markets."""

__version__ = "0.1.0"
