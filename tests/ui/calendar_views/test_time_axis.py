"""The time axis: elapsed time on clock-change days, labels from zoneinfo, a labels-only second zone."""

from __future__ import annotations

from datetime import UTC, date, datetime

from desktop_app.ui.calendar.model.time_axis import TimeAxis

PARIS = "Europe/Paris"


def test_an_ordinary_day_is_24_hours_labelled_on_the_hour():
    axis = TimeAxis(date(2025, 3, 18), "Asia/Hong_Kong")
    assert axis.minutes == 24 * 60
    assert [t.label for t in axis.ticks[:3]] == ["00:00", "01:00", "02:00"]
    assert axis.ticks[9].minute == 9 * 60
    assert axis.start == datetime(2025, 3, 17, 16, tzinfo=UTC)


def test_the_spring_forward_day_has_23_hours_and_no_0200():
    axis = TimeAxis(date(2025, 3, 30), PARIS)
    assert axis.minutes == 23 * 60
    labels = [t.label for t in axis.ticks]
    assert labels[:4] == ["00:00", "01:00", "03:00 CEST", "04:00"]
    assert len(labels) == 23
    assert axis.ticks[-1].label == "23:00" and axis.ticks[-1].minute == 22 * 60


def test_the_fall_back_day_has_25_hours_and_shows_0200_twice_with_its_zone():
    axis = TimeAxis(date(2025, 10, 26), PARIS)
    assert axis.minutes == 25 * 60
    labels = [t.label for t in axis.ticks]
    assert labels[:5] == ["00:00", "01:00", "02:00 CEST", "02:00 CET", "03:00"]
    assert len(labels) == 25
    # one mapping: the second 02:30 is 210 elapsed minutes in, and maps back to its own instant
    second_0230 = datetime(2025, 10, 26, 1, 30, tzinfo=UTC)
    assert axis.minute_of(second_0230) == 210
    assert axis.instant_at(210) == second_0230
    assert axis.time_text(210) == "02:30" and axis.time_text(150) == "02:30"
    assert axis.local_time(150).utcoffset() != axis.local_time(210).utcoffset()


def test_a_second_axis_in_kolkata_falls_on_the_market_half_hours():
    axis = TimeAxis(date(2025, 3, 18), "Asia/Hong_Kong")
    kolkata = axis.ticks_in("Asia/Kolkata")
    # 00:00 Hong Kong is 21:30 in Kolkata: the first whole Kolkata hour is 30 minutes in
    assert (kolkata[0].minute, kolkata[0].label) == (30, "22:00")
    assert all(t.minute % 60 == 30 for t in kolkata)
    assert axis.local_time(kolkata[10].minute).minute == 30


def test_a_second_axis_on_its_own_clock_change_day_skips_the_missing_hour():
    axis = TimeAxis(date(2025, 3, 30), "Asia/Hong_Kong")  # Paris springs forward at 09:00 HKT
    labels = [t.label for t in axis.ticks_in(PARIS)]
    assert "02:00" not in labels and "03:00 CEST" in labels
    assert len(labels) == 24


def test_snapping_keeps_to_the_step_and_the_axis():
    axis = TimeAxis(date(2025, 3, 18), "Asia/Hong_Kong")
    assert axis.snap(607, 15) == 600 and axis.snap(608, 15) == 615
    assert axis.snap(608, 5) == 610 and axis.snap(608.4, 1) == 608
    assert axis.snap(-20, 15) == 0 and axis.snap(2000, 30) == 1440
