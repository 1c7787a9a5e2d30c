"""Attribution extraction: source, cue and content spans (issue #4 builds this out)."""

from __future__ import annotations

from newsprov.extract.article import Article
from newsprov.schema import Attribution

NAME = "newsprov.attributions"
VERSION = "0.0.1"


def extract(article: Article) -> list[Attribution]:
    """Every attribution in ``article``."""
    return []
