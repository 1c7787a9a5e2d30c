"""Block segmentation: the seed's gold blocks, tiling, boilerplate, byline, dateline and wire."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprov.extract.blocks import segment
from newsprov.schema import Block

CASES = Path(__file__).parent / "cases"
SEED = CASES / "seed" / "000_23bbeb1b2b9d435b"


def test_seed_blocks_match_gold() -> None:
    text = SEED.with_suffix(".txt").read_text(encoding="utf-8")
    gold = json.loads(SEED.with_suffix(".gold.json").read_text(encoding="utf-8"))
    layout = segment(text)
    assert [(b.char_start, b.char_end, b.kind) for b in layout.blocks] == [
        (g["start"], g["end"], g["kind"]) for g in gold["blocks"]]
    d = gold["document"]["dateline"]
    assert layout.dateline == (d["start"], d["end"])
    assert layout.byline is None and layout.wire is None


def test_caption_title_needs_a_caption_below_it() -> None:
    text = "Short Title Line Here\nA man walks to work in the rain. (Photo: Jane Doe/Reuters)\n\nBody text here.\n"
    kinds = [b.kind for b in segment(text).blocks]
    assert kinds == ["caption_title", "caption", "body"]
    # the same title-like line above ordinary body text stays body
    kinds = [b.kind for b in segment("Short Title Line Here\nThe council met on Monday.\n").blocks]
    assert kinds == ["body", "body"]


def test_byline_dateline_wire_and_boilerplate() -> None:
    text = ("By Maria Garcia and Tom Brown, Associated Press\n\nCAIRO (AP) -- Egypt said on Monday it would act.\n\n"
            "RELATED: Another story about Egypt\nSign up for our daily newsletter\nShare this article\n"
            "In Other News\nLoad More\n")
    layout = segment(text)
    kinds = [b.kind for b in layout.blocks]
    assert kinds == ["byline", "body", "boilerplate", "boilerplate", "boilerplate", "boilerplate", "boilerplate"]
    assert text[slice(*layout.byline)] == "Maria Garcia and Tom Brown, Associated Press"
    assert text[slice(*layout.dateline)] == "CAIRO"
    assert text[slice(*layout.wire)] == "AP"


@pytest.mark.parametrize(("opening", "place", "wire"), [
    ("LOS ANGELES, Sept. 28 (UPI) — ", "LOS ANGELES", "UPI"),
    ("DES MOINES, Iowa, Aug. 10 (UPI) — ", "DES MOINES, Iowa", "UPI"),
    ("PARIS, Aug 31 (Reuters) - ", "PARIS", "Reuters"),
    ("Mexico City (AFP) – ", "Mexico City", "AFP"),
    ("Dec 29 (Reuters) - ", None, "Reuters"),  # a date and a wire, no place
    ("WASHINGTON -- ", "WASHINGTON", None),
    ("HEMPSTEAD, N.Y. \u2015 ", "HEMPSTEAD, N.Y.", None),  # a horizontal bar, as HuffPost sets it
    ("NEWPORT NEWS, Va. - ", "NEWPORT NEWS, Va.", None),
    ("EXCLUSIVE – ", None, None),  # a label, not a place
    ("Meanwhile – ", None, None),  # a title-case word is a place only before a wire
])
def test_dateline_place_date_and_wire(opening: str, place: str | None, wire: str | None) -> None:
    text = opening + "The senator said on Monday that she would run.\n"
    layout = segment(text)
    assert (text[slice(*layout.dateline)] if layout.dateline else None) == place
    assert (text[slice(*layout.wire)] if layout.wire else None) == wire


def test_hints_set_kinds() -> None:
    text = "Headline of the story\n\nBody paragraph one.\n\nBuses at the depot. Reuters"
    hints = [Block(0, "headline", 0, 21, text[0:21]), Block(1, "caption", 44, len(text), text[44:])]
    kinds = [b.kind for b in segment(text, hints).blocks]
    assert kinds == ["headline", "body", "caption"]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab (AP)/:Photo.By\n \tWASHINGTON—-")), max_size=300))
def test_blocks_tile_nonempty_lines(text: str) -> None:
    layout = segment(text)
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    assert [b.text for b in layout.blocks] == lines
    for i, b in enumerate(layout.blocks):
        assert b.seq == i and text[b.char_start:b.char_end] == b.text
    for span in (layout.dateline, layout.byline, layout.wire):
        if span:
            assert 0 <= span[0] < span[1] <= len(text)


def test_prompts_are_boilerplate_but_paragraphs_mentioning_them_are_not() -> None:
    text = ("For more, sign up for the What's Working newsletter.\n"
            "© 2022, Example News. This article is the copyrighted property of Example News. Written permission "
            "must be obtained before reprint in online or print media.\n"
            "Her goal was not dating. She merely wanted men to sign up for mobile updates from the campaign, "
            "which she had volunteered for since the spring of that year.\n"
            "Players train before the match. [IBD/TIPP]\n")
    assert [b.kind for b in segment(text).blocks] == ["boilerplate", "boilerplate", "body", "body"]
