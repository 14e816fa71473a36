"""Benchmark: our exports next to plain icalendar and plain reportlab doing the same work, in one run.

    python -m benchmarks exports            (or python -m benchmarks.bench_exports --help)

On the generated 60-delegate / 5,000-activity plan it prints, each the best of ``--repeat`` runs
(and the median):
- .ics: every delegate's, delegation's and project's calendar, as events per second, against
  plain icalendar building the same events with the same properties (``Calendar``/``Event``/
  ``Alarm`` and ``add``, the same VTIMEZONEs) and serialising them with ``to_ical()``;
- PDF: every itinerary plus the overview, as pages per second, against plain reportlab laying
  out the same itinerary-like tables of Paragraphs (the same texts, styles and table styles,
  in the same embedded TrueType fonts, without font fallback or caches) on the same pages;
- the delegation pack, serially (``workers=1``) and with the process pool;
- the command line as whole processes: ``--version``, a usage error, ``show`` and
  ``conflicts --json`` on the plan written to a file.

The baselines get their texts and property values computed before their clocks start, so they
are timed on building and writing alone. No assertion: timings vary by machine and load.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from .generate_plan import generate_plan, write_plan_file

NOW = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[1]


def timed(function: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    """(best, median, last result) of ``repeat`` runs."""
    seconds, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        seconds.append(time.perf_counter() - started)
    return min(seconds), statistics.median(seconds), result


# --- .ics ---------------------------------------------------------------------------------


def plain_ics_inputs(plan: Any) -> list[tuple[str, str, list[str], int, int, list[tuple[list[Any], list[Any]]]]]:
    """Per file: (path, name, zones, first year, last year, [(event properties, alarm properties)])."""
    from desktop_app.formats import ics_export as ics
    from desktop_app.services.ics_service import planned_files

    inputs = []
    for planned in planned_files(plan, everything=True):
        spec = planned.spec
        home_zone = plan.delegate_by_id[spec.delegate_id].home_timezone or None if spec.delegate_id else None
        events, zones, years = [], set(), []
        for activity, departed in ics._file_activities(spec):
            written = ics._as_written(activity, departed)
            properties = ics._shared_properties(plan, written, now=NOW)
            properties.append(("DESCRIPTION", ics._description(plan, written, spec.delegate_id, home_zone)))
            alarm = [] if written.is_cancelled else ics._alarm_properties(ics._title(written), 15)
            events.append((properties, alarm))
            zones |= {value.tzinfo.key for name, value in properties
                      if name in ("DTSTART", "DTEND") and value.tzinfo is not UTC}
            years += [written.local_start.year, written.local_end.year]
        inputs.append((planned.relative_path, ics.ics_text(spec.name), sorted(zones),
                       min(years, default=0), max(years, default=0), events))
    return inputs


def plain_icalendar_export(inputs: list[Any], outdir: Path) -> int:
    from icalendar import Alarm, Calendar, Event

    from desktop_app.formats.ics_export import PRODID
    from desktop_app.formats.ics_timezones import vtimezone

    written = 0
    for relative_path, name, zones, first_year, last_year, events in inputs:
        calendar = Calendar()
        for key, value in (("VERSION", "2.0"), ("PRODID", PRODID), ("CALSCALE", "GREGORIAN"),
                           ("METHOD", "PUBLISH"), ("X-WR-CALNAME", name), ("NAME", name)):
            calendar.add(key, value)
        for zone_name in zones:
            calendar.add_component(vtimezone(zone_name, first_year, last_year))
        for properties, alarm_properties in events:
            event = Event()
            for key, value in properties:
                event.add(key, value)
            if alarm_properties:
                alarm = Alarm()
                for key, value in alarm_properties:
                    alarm.add(key, value)
                event.add_component(alarm)
            calendar.add_component(event)
        target = outdir / relative_path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(calendar.to_ical())
        written += len(events)
    return written


# --- PDF ----------------------------------------------------------------------------------


def plain_pdf_inputs(plan: Any) -> list[tuple[str, list[tuple[str, str, list[list[str]]]]]]:
    """Per delegate: (title, [(day heading, caption, [activity rows as plain texts])])."""
    from desktop_app.formats.pdf import activity_block as blocks
    from desktop_app.formats.pdf import days as day_pieces
    from desktop_app.formats.pdf.rich import joined

    documents = []
    for delegate in plan.delegates:
        home_zone = delegate.home_timezone or None
        day_list = []
        for day, pieces in day_pieces.pieces_by_day(plan, plan.activities_of(delegate.id)).items():
            rows_of_day = []
            for piece in pieces:
                activity = piece.activity
                notes = [note for note in (day_pieces.clock_change_note(piece), day_pieces.day_note(piece),
                                           day_pieces.home_time_range(piece, home_zone) if home_zone else "") if note]
                lines = [day_pieces.time_range(piece), "\n".join(notes),
                         joined(activity.title, activity.kind.label, activity.status.value)]
                if activity.venue_id is not None:
                    venue = plan.venue_by_id[activity.venue_id]
                    lines.append("Where  " + joined(venue.name, venue.native_name) + "\n"
                                 + joined(venue.address, venue.native_address))
                others = [plan.delegate_by_id[a.delegate_id].display_name for a in activity.attendees
                          if a.delegate_id != delegate.id]
                if others:
                    lines.append("With  " + ", ".join(others))
                lines += ["Meeting  " + blocks.contact_text(plan.contact_by_id[c]) for c in activity.contact_ids]
                if activity.project_id is not None:
                    lines.append("Project  " + plan.project_by_id[activity.project_id].title)
                lines += ["Notes  " + chunk for chunk in blocks.split_notes(activity.notes)]
                rows_of_day.append(lines)
            day_list.append((day_pieces.day_heading(day), f"times in {day_pieces.zone_label(day, 'Asia/Hong_Kong')}",
                             rows_of_day))
        documents.append((delegate.display_name, day_list))
    return documents


def plain_reportlab_itineraries(documents: list[Any], outdir: Path) -> list[Path]:
    """The itineraries' tables of Paragraphs with plain reportlab: one font per paragraph (no
    fallback runs), reportlab's own Paragraph, a page-number footer drawn on each page."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.platypus.doctemplate import BaseDocTemplate

    from desktop_app.formats.pdf.fonts import font_chain

    chain = font_chain()  # registers the same TrueType files with reportlab
    regular, bold = chain.base, chain.base_bold
    ink, muted, accent, rule = (colors.HexColor(c) for c in ("#1d2330", "#5b6475", "#1f4e8c", "#c9ced8"))
    body = ParagraphStyle("plain-body", fontName=regular, fontSize=9.5, leading=12.5, textColor=ink)
    small = ParagraphStyle("plain-small", parent=body, fontSize=8.5, leading=11)
    time_style = ParagraphStyle("plain-time", parent=body, fontName=bold, fontSize=10, leading=13)
    title_style = ParagraphStyle("plain-title", parent=body, fontName=bold, fontSize=20, leading=25)
    day_style = ParagraphStyle("plain-day", parent=body, fontName=bold, fontSize=12.5, leading=16,
                               textColor=colors.white)
    margin = 16 * mm
    written = []

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(regular, 7.5)
        canvas.setFillColor(muted)
        canvas.drawString(margin, margin - 8 * mm, f"Page {doc.page}")
        canvas.restoreState()

    for title, day_list in documents:
        story: list[Any] = [Paragraph(escape(title), title_style), Spacer(1, 4 * mm)]
        for heading, caption, activities in day_list:
            band = Table([[Paragraph(escape(heading), day_style)]], colWidths=["100%"])
            band.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), regular),
                                      ("BACKGROUND", (0, 0), (-1, -1), accent)]))
            story += [Spacer(1, 4 * mm), band, Paragraph(escape(caption), small)]
            for lines in activities:
                rows = [[Paragraph(escape(lines[0]), time_style), Paragraph(f"<b>{escape(lines[2])}</b>", body)],
                        [Paragraph(escape(lines[1]).replace("\n", "<br/>"), small), ""]]
                rows[1][1] = Paragraph(escape(lines[3]).replace("\n", "<br/>"), small) if len(lines) > 3 else ""
                rows += [["", Paragraph(escape(line).replace("\n", "<br/>"), small)] for line in lines[4:]]
                table = Table(rows, colWidths=[30 * mm, None], splitByRow=1)
                table.setStyle(TableStyle([
                    ("FONTNAME", (0, 0), (-1, -1), regular), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (0, -1), 0), ("LEFTPADDING", (1, 0), (1, -1), 7),
                    ("TOPPADDING", (0, 0), (-1, -1), 0.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
                    ("TOPPADDING", (0, 0), (-1, 0), 5), ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
                    ("LINEBEFORE", (1, 0), (1, -1), 2.5, accent), ("LINEBELOW", (0, -1), (-1, -1), 0.4, rule),
                ]))
                story.append(table)
        buffer = io.BytesIO()
        width, height = A4
        frame = Frame(margin, margin, width - 2 * margin, height - 2 * margin, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc = BaseDocTemplate(buffer, pagesize=A4, initialFontName=regular,
                              pageTemplates=[PageTemplate(frames=[frame], onPage=footer)])
        doc.build(story)
        target = outdir / f"{len(written):03d}.pdf"
        target.write_bytes(buffer.getvalue())
        written.append(target)
    return written


def pages(paths: list[Path]) -> int:
    from pypdf import PdfReader

    return sum(len(PdfReader(io.BytesIO(path.read_bytes())).pages) for path in paths if path.suffix == ".pdf")


# --- the command line ---------------------------------------------------------------------


def process_seconds(args: list[str], repeat: int) -> tuple[float, float]:
    seconds = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=False)
        seconds.append(time.perf_counter() - started)
    return min(seconds), statistics.median(seconds)


# --- the run ------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delegates", type=int, default=60)
    parser.add_argument("--activities", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each export (best and median shown)")
    parser.add_argument("--cli-repeat", type=int, default=7, help="runs of each command line")
    parser.add_argument("--workers", type=int, default=None, help="worker processes for the pooled runs")
    args = parser.parse_args(argv)

    from desktop_app.services.ics_service import export_calendars, planned_files
    from desktop_app.services.pdf_service import export_pack, export_pdfs

    plan = generate_plan(delegates=args.delegates, activities=args.activities)
    files = planned_files(plan, everything=True)
    print(f"plan: {len(plan.delegates)} delegates, {len(plan.activities)} activities; {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.2f} before the run")

    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)

        def fresh(name: str) -> Path:
            folder = root / f"{name}-{time.perf_counter_ns()}"
            folder.mkdir()
            return folder

        ics_inputs = plain_ics_inputs(plan)
        events = sum(len(item[5]) for item in ics_inputs)
        plain_best, plain_median, _ = timed(lambda: plain_icalendar_export(ics_inputs, fresh("plain-ics")), args.repeat)
        ours_best, ours_median, _ = timed(lambda: export_calendars(plan, fresh("ics"), everything=True, now=NOW,
                                                                   workers=args.workers), args.repeat)
        serial_best, serial_median, _ = timed(lambda: export_calendars(plan, fresh("ics1"), everything=True, now=NOW,
                                                                       workers=1), args.repeat)
        print(f"\n.ics: {len(files)} files, {events} events")
        print(f"  plain icalendar      {plain_best:6.2f} s (median {plain_median:5.2f})  "
              f"{events / plain_best:7.0f} events/s")
        print(f"  ours, serial         {serial_best:6.2f} s (median {serial_median:5.2f})  "
              f"{events / serial_best:7.0f} events/s  {plain_best / serial_best:4.1f}x")
        print(f"  ours (auto workers)  {ours_best:6.2f} s (median {ours_median:5.2f})  "
              f"{events / ours_best:7.0f} events/s  {plain_best / ours_best:4.1f}x plain icalendar")

        documents = plain_pdf_inputs(plan)
        plain_best, plain_median, plain_files = timed(
            lambda: plain_reportlab_itineraries(documents, fresh("plain-pdf")), args.repeat)
        plain_pages = pages(plain_files)
        ours_best, ours_median, our_files = timed(
            lambda: export_pdfs(plan, fresh("pdf"), overview=True, now=NOW, workers=args.workers), args.repeat)
        our_pages = pages(our_files)
        serial_best, serial_median, _ = timed(
            lambda: export_pdfs(plan, fresh("pdf1"), overview=True, now=NOW, workers=1), args.repeat)
        plain_rate, our_rate, serial_rate = (plain_pages / plain_best, our_pages / ours_best,
                                             our_pages / serial_best)
        print(f"\nPDF: {len(our_files)} documents (itineraries + overview), {our_pages} pages; plain reportlab "
              f"{len(plain_files)} itineraries, {plain_pages} pages")
        print(f"  plain reportlab      {plain_best:6.2f} s (median {plain_median:5.2f})  {plain_rate:7.1f} pages/s")
        print(f"  ours, serial         {serial_best:6.2f} s (median {serial_median:5.2f})  {serial_rate:7.1f} pages/s  "
              f"{serial_rate / plain_rate:4.2f}x")
        print(f"  ours (auto workers)  {ours_best:6.2f} s (median {ours_median:5.2f})  {our_rate:7.1f} pages/s  "
              f"{our_rate / plain_rate:4.2f}x plain reportlab")

        serial_best, serial_median, _ = timed(lambda: export_pack(plan, fresh("pack1"), now=NOW, workers=1),
                                              args.repeat)
        pool_best, pool_median, packed = timed(lambda: export_pack(plan, fresh("pack"), now=NOW,
                                                                   workers=args.workers), args.repeat)
        print(f"\npack: {len(packed)} files")
        print(f"  serial (workers=1)   {serial_best:6.2f} s (median {serial_median:5.2f})")
        print(f"  pool (auto workers)  {pool_best:6.2f} s (median {pool_median:5.2f})")

        plan_file = root / "bench.dplan"
        write_plan_file(plan, plan_file)
        print(f"\ncommand line, whole processes (best and median of {args.cli_repeat}):")
        for label, command in (("--version", ["--version"]), ("usage error", ["export"]),
                               ("show", ["show", str(plan_file)]), ("conflicts --json", ["conflicts", "--json",
                                                                                         str(plan_file)])):
            best, median = process_seconds(command, args.cli_repeat)
            print(f"  {label:<18} {best:5.2f} s (median {median:5.2f})")
    print(f"load average {os.getloadavg()[0]:.2f} after the run (above 1: the other core was busy part of it)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
