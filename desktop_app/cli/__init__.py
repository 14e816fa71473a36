"""The headless face of the app: the same services the GUI calls."""
