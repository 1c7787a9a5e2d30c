"""Segment a document's text into paragraph-level blocks and find its dateline and byline.

Pure Python, no parse needed. First version: one block per non-empty line; short navigation lines are
boilerplate; the dateline is the leading ``CITY —`` / ``CITY (AP) --`` of the first body block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsprov.schema import Block

NAME = "newsprov.blocks"
VERSION = "0.1.0"

_BOILERPLATE = re.compile(
    r"^(share:?|share this( article| story)?|in other news|load more|related( stories| articles)?|"
    r"advertisement|sign up for .*newsletter.*|subscribe( now)?|read more|more stories|comments?)$",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\- ]{1,40}(?:,\s+[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?)"
    r"(?:\s+\((?P<wire>[A-Za-z ]{2,20})\))?\s*(?:—|--|–|-)\s+"
)


@dataclass(slots=True)
class Layout:
    blocks: list[Block]
    dateline: tuple[int, int] | None = None  # span of the place name
    byline: tuple[int, int] | None = None


def segment(text: str, hints: list[Block] | None = None) -> Layout:
    """Blocks of ``text``; ``hints`` (from an HTML reader) give known kinds for some spans."""
    blocks: list[Block] = []
    for m in re.finditer(r"[^\n]+", text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        line = text[start:end]
        kind = "boilerplate" if _BOILERPLATE.match(line) else "body"
        blocks.append(Block(len(blocks), kind, start, end, line))
    if hints:
        by_span = {(h.char_start, h.char_end): h.kind for h in hints}
        for b in blocks:
            b.kind = by_span.get((b.char_start, b.char_end), b.kind)
    dateline = None
    for b in blocks:
        if b.kind == "body":
            m = _DATELINE.match(b.text)
            if m:
                dateline = (b.char_start + m.start("place"), b.char_start + m.end("place"))
            break
    return Layout(blocks, dateline)
