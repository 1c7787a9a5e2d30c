"""Run every extractor over one document. Pure Python: no Prefect, no I/O."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newsprov.extract import attributions, blocks, credits, dates, entities
from newsprov.extract.article import Article
from newsprov.extract.language import is_english
from newsprov.schema import Block

if TYPE_CHECKING:
    from spacy.tokens import Doc

# table -> module with NAME and VERSION: the extractor recorded on each row of that table.
EXTRACTORS = {
    "blocks": blocks,
    "temporal_mentions": dates,
    "attributions": attributions,
    "credits": credits,
    "entities": entities,
}


@dataclass(slots=True)
class Extraction:
    layout: blocks.Layout
    rows: dict[str, list[Any]]  # table name -> row dataclasses (schema.py)


def extract_document(text: str, nlp_doc: Doc, published_at: dt.date | None = None,
                     metadata: Mapping[str, Any] | None = None,
                     block_hints: list[Block] | None = None) -> Extraction:
    """Blocks, dates, attributions, entities and credits of one document."""
    layout = blocks.segment(text, block_hints)
    article = Article(text=text, published_at=published_at, blocks=layout.blocks, nlp=nlp_doc,
                      metadata=dict(metadata or {}))
    # the attribution rules read English grammar: a text in another language gets none (the documents suite lists
    # such documents)
    attrs = attributions.extract(article) if is_english(text) else []
    mentions = dates.extract(article)
    rows = {
        "blocks": layout.blocks,
        "temporal_mentions": mentions,
        "attributions": attrs,
        "entities": entities.extract(article),
        "credits": credits.extract(article, attrs, mentions),
    }
    return Extraction(layout, rows)
