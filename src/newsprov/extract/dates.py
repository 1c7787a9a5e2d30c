"""TIMEX3 temporal tagging and normalisation against the publication date (issue #3 builds this out)."""

from __future__ import annotations

from newsprov.extract.article import Article
from newsprov.schema import TemporalMention

NAME = "newsprov.dates"
VERSION = "0.0.1"


def extract(article: Article) -> list[TemporalMention]:
    """Every temporal expression in ``article.text`` with its TIMEX3 type, value and mod."""
    return []
