"""What the calendar shows, computed from a plan snapshot in plain Python (no Qt)."""
