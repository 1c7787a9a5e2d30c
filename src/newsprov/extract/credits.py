"""Source credits: photo/video credits, bylines, wires, outlet credits (issue #5 builds this out)."""

from __future__ import annotations

from collections.abc import Sequence

from newsprov.extract.article import Article
from newsprov.schema import Attribution, Credit

NAME = "newsprov.credits"
VERSION = "0.0.1"


def extract(article: Article, attributions: Sequence[Attribution] = ()) -> list[Credit]:
    """Every credit in ``article``; outlet credits come from ``attributions`` whose source is an outlet."""
    return []
