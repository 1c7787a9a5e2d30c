"""DisjointSpans: the overlap test the extractors' keep-the-longest passes use."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsprov.extract.intervals import DisjointSpans


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=40))
def test_overlaps_answers_as_a_scan_of_the_spans_kept(spec) -> None:
    kept, spans = [], DisjointSpans()
    for start, length in spec:
        end = start + length
        scan = any(start < e and s < end for s, e in kept)
        assert spans.overlaps(start, end) == scan
        if not scan:
            spans.add(start, end)
            kept.append((start, end))
    assert spans.starts == sorted(s for s, _ in kept) and spans.ends == sorted(e for _, e in kept)
