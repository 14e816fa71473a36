"""Side-by-side placement of overlapping blocks in one column, as GNOME Calendar and Thunderbird do.

Intervals are half-open integer minutes ``[start, end)``: a meeting ending at 10:00 and one
starting at 10:00 touch and share a lane. Blocks are taken in start order (longer first on a
tie) and grouped in *clusters*, runs of blocks joined by overlaps. Inside a cluster each block
goes to the first sub-column (lane) free at its start; every block of the cluster then divides
the column by the cluster's lane count and expands right over the lanes that stay free for its
whole time. A cluster with more than one lane is therefore exactly a clash in that column.

A block's *display* end may be later than its end (a minimum height, so a 5-minute block can
hold a line of text); that is for painting only and never makes a clash (``display_ends``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(slots=True)
class Placement:
    lane: int
    lanes: int
    span: int
    cluster: int


def lay_out(intervals: Sequence[tuple[int, int]]) -> list[Placement]:
    """One placement per interval, in the order given."""
    order = sorted(range(len(intervals)), key=lambda i: (intervals[i][0], -intervals[i][1], i))
    placements: list[Placement | None] = [None] * len(intervals)
    cluster: list[int] = []
    lane_ends: list[int] = []  # per lane, the end of its last block
    cluster_end = -1
    cluster_number = 0

    def close_cluster() -> None:
        lanes = len(lane_ends)
        # Blocks of one lane never overlap and come in start order, so their ends are sorted too.
        lane_starts: list[list[int]] = [[] for _ in range(lanes)]
        lane_stops: list[list[int]] = [[] for _ in range(lanes)]
        for index in cluster:
            placement = placements[index]
            assert placement is not None
            lane_starts[placement.lane].append(intervals[index][0])
            lane_stops[placement.lane].append(intervals[index][1])
        for index in cluster:
            placement = placements[index]
            assert placement is not None
            placement.lanes = lanes
            start, end = intervals[index]
            span = 1
            for lane in range(placement.lane + 1, lanes):
                first = bisect_right(lane_stops[lane], start)  # the first block there ending after our start
                if first < len(lane_starts[lane]) and lane_starts[lane][first] < end:
                    break
                span += 1
            placement.span = span

    for index in order:
        start, end = intervals[index]
        if cluster and start >= cluster_end:
            close_cluster()
            cluster, lane_ends = [], []
            cluster_number += 1
        lane = next((number for number, lane_end in enumerate(lane_ends) if lane_end <= start), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(end)
        else:
            lane_ends[lane] = end
        placements[index] = Placement(lane, 1, 1, cluster_number)
        cluster.append(index)
        cluster_end = max(cluster_end, end)
    if cluster:
        close_cluster()
    return [placement for placement in placements if placement is not None]


def display_ends(intervals: Sequence[tuple[int, int]], minimum: int) -> list[int]:
    """Each block's painted end: at least ``minimum`` minutes after its start, but stretched only
    into free time, never over a block that starts later in the column."""
    starts = sorted(start for start, _end in intervals)
    ends = []
    for start, end in intervals:
        wanted = start + minimum
        if wanted <= end:
            ends.append(end)
            continue
        following = bisect_left(starts, end)
        if following < len(starts):
            wanted = min(wanted, starts[following])
        ends.append(max(wanted, end))
    return ends
