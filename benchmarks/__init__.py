"""Generators of large plans and timings of the algorithms that must scale (run with ``python -m``)."""
