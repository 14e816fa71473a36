"""The custom scroll area every time grid paints on, and what it is made of."""
