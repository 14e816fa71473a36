"""PDF documents (reportlab): itineraries, the delegation overview and the daily run sheet.

Every function takes a domain ``Plan`` and returns the PDF's bytes; nothing here touches files
other than the fonts it reads.
"""

from desktop_app.formats.font_files import font_files

from .itinerary import ItineraryExtras, render_itinerary
from .overview import render_overview
from .run_sheet import render_run_sheet
from .styles import PAPER_SIZES

__all__ = ["PAPER_SIZES", "ItineraryExtras", "font_files", "render_itinerary", "render_overview", "render_run_sheet"]
