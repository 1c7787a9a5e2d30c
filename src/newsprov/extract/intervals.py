"""Spans kept apart: whether a new one overlaps any kept so far, in logarithmic time, for the extractors that keep
the longest of overlapping candidates (dates, attribution cues) on documents with thousands of them."""

from __future__ import annotations

import bisect


class DisjointSpans:
    """Character or token spans ``(start, end)``, end exclusive, that never overlap one another: kept in order of
    start, and so of end, the only one that can overlap a new span is the last that starts before it ends."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.starts, end)
        return k > 0 and self.ends[k - 1] > start

    def add(self, start: int, end: int) -> None:
        """Keep a span that overlaps none kept (``overlaps`` said so)."""
        k = bisect.bisect_left(self.starts, end)
        self.starts.insert(k, start)
        self.ends.insert(k, end)
