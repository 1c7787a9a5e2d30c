"""Named people, organisations and places, from spaCy's NER."""

from __future__ import annotations

from newsprov.extract.article import Article
from newsprov.schema import Entity

NAME = "newsprov.entities"
VERSION = "0.1.0"

LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


def extract(article: Article) -> list[Entity]:
    out = []
    for ent in article.nlp.ents:
        if ent.label_ not in LABELS:
            continue
        start, end = ent.start_char, ent.end_char
        # spaCy keeps a trailing possessive in some entities ("Baghdad’s"); a name ends before it.
        text = article.text[start:end]
        for suffix in ("'s", "’s"):
            if text.endswith(suffix):
                end -= len(suffix)
                text = text[: -len(suffix)]
        if text.strip():
            out.append(Entity(start, end, text, ent.label_))
    return out
