"""Speaker labels of transcripts ("PENCE: Well, look, ...") inside a quotation that runs over paragraphs.

A transcript quoted in an article opens each speaker's paragraph with a quote mark and often closes only the
last one, so the whole exchange reads as one quotation. A cue inside a quotation is normally the quoted
speaker's own report and is dropped; a speaker label at the head of a paragraph is the article's own
attribution of the turn that follows, and is kept.
"""

from __future__ import annotations

Span = tuple[int, int]

_OPEN_MARKS = "\"“"


def is_speaker_label(text: str, source: Span | None, cue: Span) -> bool:
    """Whether ``cue`` is a colon right after ``source`` and ``source`` opens its paragraph (after a quote mark)."""
    if source is None or text[cue[0]:cue[1]] != ":" or source[1] > cue[0] or cue[0] - source[1] > 1:
        return False
    i = source[0]
    if i > 0 and text[i - 1] in _OPEN_MARKS:
        i -= 1
    return i == 0 or text[i - 1] == "\n"
