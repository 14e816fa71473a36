"""The calendar views: a day by people or rooms, a week, an agenda and a load matrix.

``model/`` is plain Python (time axes, overlap layout, the blocks of a day, agenda rows, load):
testable without Qt. ``canvas/`` is the one custom ``QAbstractScrollArea`` every time grid
paints on (no widget per activity, no QGraphicsView: see docs/gui-architecture.md for the
measurements). ``views/`` composes toolbars, navigators and canvases; ``sections.py`` puts them
in the navigator.
"""
