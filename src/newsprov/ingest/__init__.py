"""Readers, one per input kind. Each turns input bytes into RawDocument or raises InputError."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

from newsprov.schema import Block, MetadataCandidate


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(slots=True)
class RawDocument:
    """An input after reading, before extraction.

    ``raw`` are the input's bytes exactly (a .txt or .html file, or one JSON line of a feed); ``sha256``
    of them is the document's identity. ``text`` is what every offset indexes into.
    """

    source_uri: str
    raw: bytes
    sha256: str
    text: str
    input_kind: str  # text, feed, html
    metadata: dict[str, Any] = field(default_factory=dict)  # published_at (str), publisher, url, title, byline, language
    metadata_candidates: list[MetadataCandidate] = field(default_factory=list)
    block_hints: list[Block] | None = None  # known block kinds (e.g. captions placed by the HTML reader)
    source_record: int | None = None  # 1-based line number in a feed
    published_at: dt.date | None = None  # the publication date, parsed once from the chosen metadata
