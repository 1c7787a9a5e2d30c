"""What every extractor receives: one document's text, metadata, blocks and its spaCy parse."""

from __future__ import annotations

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

    def block_at(self, offset: int) -> Block | None:
        """The block that contains character ``offset``, if any."""
        for b in self.blocks:
            if b.char_start <= offset < b.char_end:
                return b
        return None
