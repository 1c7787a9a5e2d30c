"""What every extractor receives: one document's text, metadata, blocks and its spaCy parse."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newsprov.schema import Block

if TYPE_CHECKING:  # spaCy is only needed where a parse is made
    from spacy.tokens import Doc


@dataclass(slots=True)
class Article:
    """One document as the extractors see it.

    ``text`` is exactly ``documents.text``: every span an extractor returns indexes into it.
    ``nlp`` is the spaCy parse of the whole ``text`` (token.idx are offsets into ``text``).
    """

    text: str
    published_at: dt.date | None
    blocks: list[Block]
    nlp: Doc
    metadata: Mapping[str, Any] = field(default_factory=dict)

    _block_starts: list[int] | None = field(default=None, repr=False, compare=False)

    def block_at(self, offset: int) -> Block | None:
        """The block that contains character ``offset``, if any (by bisection where the blocks are in order and
        do not overlap, as ``blocks.segment`` makes them: a document of thousands of blocks is read in linear time)."""
        if self._block_starts is None or len(self._block_starts) != len(self.blocks):
            in_order = all(a.char_end <= b.char_start for a, b in zip(self.blocks, self.blocks[1:]))
            self._block_starts = [b.char_start for b in self.blocks] if in_order else []
        if not self._block_starts and self.blocks:
            return next((b for b in self.blocks if b.char_start <= offset < b.char_end), None)
        k = bisect.bisect_right(self._block_starts, offset) - 1
        return self.blocks[k] if k >= 0 and offset < self.blocks[k].char_end else None
