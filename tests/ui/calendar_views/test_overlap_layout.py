"""Overlap layout: clusters, the first free lane, expanding right, half-open minutes."""

from __future__ import annotations

from desktop_app.ui.calendar.model.block_index import ColumnIndex
from desktop_app.ui.calendar.model.overlap import display_ends, lay_out


def lanes(intervals):
    return [(p.lane, p.lanes, p.span) for p in lay_out(intervals)]


def test_touching_blocks_share_a_lane_and_make_no_cluster():
    assert lanes([(600, 630), (630, 660)]) == [(0, 1, 1), (0, 1, 1)]
    placements = lay_out([(600, 630), (630, 660)])
    assert placements[0].cluster != placements[1].cluster


def test_overlapping_blocks_go_side_by_side_in_their_cluster_only():
    result = lanes([(600, 660), (630, 690), (720, 780)])
    assert result == [(0, 2, 1), (1, 2, 1), (0, 1, 1)]


def test_a_block_takes_the_first_free_lane_and_expands_right_over_free_lanes():
    #  A 10:00-12:00 | B 10:00-10:30 | C 10:00-11:00
    #  D 10:30-11:00 goes under B (lane 1); E 11:00-12:00 goes in lane 1 and spans lane 2 too
    intervals = [(600, 720), (600, 630), (600, 660), (630, 660), (660, 720)]
    result = dict(zip("ABCDE", lanes(intervals), strict=True))
    assert result["A"] == (0, 3, 1)
    assert result["C"] == (1, 3, 1)  # longer first on a tie
    assert result["B"] == (2, 3, 1)
    assert result["D"] == (2, 3, 1)
    assert result["E"] == (1, 3, 2)


def test_input_order_does_not_matter():
    intervals = [(600, 720), (600, 630), (600, 660), (630, 660), (660, 720)]
    forward = lanes(intervals)
    backward = lanes(intervals[::-1])[::-1]
    assert forward == backward


def test_a_short_block_is_stretched_only_into_free_time():
    intervals = [(600, 605), (610, 640), (700, 702)]
    assert display_ends(intervals, 20) == [610, 640, 720]


def test_the_column_index_finds_blocks_meeting_a_range():
    index = ColumnIndex([(0, 600, 0), (540, 560, 1), (600, 630, 2), (900, 960, 3)])
    assert index.meeting(550, 610) == [0, 1, 2]
    assert index.meeting(600, 601) == [2]  # the first block ended exactly at 600
    assert index.meeting(700, 800) == []
    assert index.count_above(600) == 2 and index.count_below(630) == 1
    assert index.last_above(600) == 0 and index.first_below(630) == 3
