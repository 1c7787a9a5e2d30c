"""Credits: every credit form of issue #5 on small HTML fixtures, the negatives, and the seed's gold."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from newsprov.evaluate import credits as evaluate_credits
from newsprov import nlp
from newsprov.extract import attributions, credits, dates
from newsprov.extract.article import Article
from newsprov.extract.blocks import segment
from newsprov.extract.credit_lexicon import split_credit
from newsprov.ingest.html import parse_html
from newsprov.schema import Attribution, Credit

CASES = Path(__file__).parent / "cases"
SEED = CASES / "seed" / "000_23bbeb1b2b9d435b"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "web-pages"


def _page(name: str, attributions=(), tag_dates: bool = False) -> tuple[str, list[Credit]]:
    ext = parse_html((CASES / "html" / name).read_bytes())
    layout = segment(ext.text, ext.block_hints)
    article = Article(ext.text, None, layout.blocks, None, ext.metadata)  # credits need no parse
    found = credits.extract(article, attributions, dates.tag(ext.text, None) if tag_dates else ())
    for c in found:
        if c.char_start is not None:
            assert ext.text[c.char_start:c.char_end] == c.text
    return ext.text, found


def _photos(found: list[Credit]) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(c.text, c.credited_name, c.credited_role, c.credited_org) for c in found if c.kind in ("photo", "video")]


@pytest.mark.parametrize(("fixture", "expected"), [
    # a credit element inside the caption
    ("credit_span_class.html", ("Jane Roe/The Daily Example", "Jane Roe", None, "The Daily Example")),
    ("credit_cite.html", ("Photo: John Smith for The Daily Example", "John Smith", None, "The Daily Example")),
    ("credit_small.html", ("Getty Images", None, None, "Getty Images")),
    ("credit_itemprop.html", ("Credit... Rich Doe/Associated Press", "Rich Doe", None, "Associated Press")),
    # plain trailing text
    ("credit_ap_photo.html", ("(AP Photo/Jane Doe)", "Jane Doe", None, "AP")),
    ("credit_photograph_via.html", ("Photograph: AFP via Getty Images", None, None, "AFP via Getty Images")),
    ("credit_file_bracket.html", ("[File: Reuters]", None, None, "Reuters")),
    ("credit_label_credit.html", ("Credit: ESA", None, None, "ESA")),
    ("credit_name_slash_agency.html", ("Jaafar Ashtiyeh / AFP", "Jaafar Ashtiyeh", None, "AFP")),
    # a credit element with a generated class name, its "Image source" label visually hidden
    ("credit_generated_classes.html", ("Getty Images", None, None, "Getty Images")),
])
def test_caption_credit_forms(fixture: str, expected: tuple) -> None:
    _, found = _page(fixture)
    assert _photos(found) == [expected]


def test_caption_title_and_date_in_html() -> None:
    text, found = _page("caption_title.html", tag_dates=True)
    assert "Depot Upgrade Training Day\nA driver shows trainees" in text  # the title right above its caption
    (c,) = [c for c in found if c.kind == "photo"]
    assert (c.text, c.credited_name, c.credited_role, c.credited_org) == ("(Spc. Jane Doe/Army)", "Jane Doe", "Spc.",
                                                                          "Army")
    assert (c.caption_title, c.caption_date) == ("Depot Upgrade Training Day", "2019-12-22")


def test_sibling_credit_elements() -> None:
    text, found = _page("credit_sibling.html")
    assert _photos(found) == [("Reuters", None, None, "Reuters"), ("Shutterstock", None, None, "Shutterstock")]
    photo = next(c for c in found if c.kind == "photo")
    assert text[photo.char_start - 40:photo.char_start].endswith("New buses are delivered to the depot ")


def test_what_only_looks_like_a_credit() -> None:
    text, found = _page("negatives.html")
    # the person pictured, "courtesy of" in body text, alt text and the related teaser are not photo credits
    assert _photos(found) == []
    # the byline gives two names and a wire; the "(AP)" dateline is a wire credit
    assert [(c.kind, c.text) for c in found] == [
        ("byline", "Maria Garcia"), ("byline", "Tom Brown"), ("wire", "Associated Press"), ("wire", "AP")]
    assert all(c.credited_org == "Associated Press" for c in found)


def test_page_without_figures_has_no_photo_credits() -> None:
    _, found = _page("no_figures.html")
    assert _photos(found) == []


def test_metadata_byline_credits_have_no_span() -> None:
    article = Article("Body text only.", None, segment("Body text only.").blocks, None,
                      {"byline": "Jane Doe and John Roe, Reuters"})
    found = credits.extract(article)
    assert [(c.kind, c.credited_name, c.credited_org, c.char_start, c.origin) for c in found] == [
        ("byline", "Jane Doe", "Reuters", None, "metadata:byline"),
        ("byline", "John Roe", "Reuters", None, "metadata:byline"),
        ("wire", None, "Reuters", None, "metadata:byline")]


def test_split_credit_names_roles_and_orgs() -> None:
    cases = {
        "(Spc. Janzael Sanchez/Army)": ("Janzael Sanchez", "Spc.", "Army"),
        "(Staff Sgt. Jane Doe/Air Force)": ("Jane Doe", "Staff Sgt.", "Air Force"),
        "Toni L. Sandys / The Washington Post / Getty Images": ("Toni L. Sandys", None,
                                                                "The Washington Post/Getty Images"),
        "Patrick Semansky/AP Photo": ("Patrick Semansky", None, "AP"),
        "(Picture by Jane Doe)": ("Jane Doe", None, None),
        "Photo: Screencap/Twitter": (None, None, "Twitter"),
        "(AP Photo/Evan Vucci, File)": ("Evan Vucci", None, "AP"),
        "(U.S. Army photo by Staff Sgt. Jane Doe)": ("Jane Doe", "Staff Sgt.", "U.S. Army"),
        "JANE DOE/STAFF PHOTOGRAPHER": ("JANE DOE", "STAFF PHOTOGRAPHER", None),
        "(FILE)": (None, None, None),
    }
    for body, want in cases.items():
        p = split_credit(body)
        assert (p.name, p.role, p.org) == want, body


def test_seed_credits_match_gold() -> None:
    text = SEED.with_suffix(".txt").read_text(encoding="utf-8")
    gold = json.loads(SEED.with_suffix(".gold.json").read_text(encoding="utf-8"))
    layout = segment(text)
    # the attribution extractor is someone else's: the outlet credit is checked with a hand-made attribution
    s = text.index("The New York Times first reported")
    nyt = Attribution(s, s + 18, "The New York Times", s + 19, s + 33, "first reported", None, None, None, "outlet")
    found = credits.extract(Article(text, dt.date(2020, 1, 15), layout.blocks, None, {}), [nyt],
                            dates.tag(text, dt.date(2020, 1, 15)))
    got = [{"text": c.text, "start": c.char_start, "end": c.char_end, "kind": c.kind, "name": c.credited_name,
            "role": c.credited_role, "org": c.credited_org, "caption_date": c.caption_date,
            "caption_title": c.caption_title} for c in found]
    want = [{"role": None, "caption_date": None, "caption_title": None, **g} for g in gold["credits"]]
    assert got == want


def test_seed_evaluation_scores_every_credit() -> None:
    from newsprov.evaluate import gold

    c = gold.evaluate([SEED.with_suffix(".gold.json")])["credits"]
    assert (c.strict.tp, c.strict.fp, c.strict.fn) == (4, 0, 0)
    assert {k: (a.right, a.total) for k, a in c.accuracy.items()} == {
        "kind": (4, 4), "name": (4, 4), "org": (4, 4), "role": (3, 3)}


@pytest.mark.parametrize(("caption", "day"), [
    ("in Iraq, Dec. 22, 2019. (Spc. A B/Army)", "2019-12-22"),
    ("Monday 18 May 2020 at noon", "2020-05-18"),
    ("no date here", None),
])
def test_caption_date(caption: str, day: str | None) -> None:
    assert dates.first_day(dates.tag(caption, None), 0, len(caption)) == day


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpora/web-pages is not here")
def test_web_pages_development_figures() -> None:
    r = evaluate_credits.evaluate_web_pages(CORPUS, body=False, parse=False)
    # regression floor for the development set (figures measured: see the lead's report)
    assert r["text"].recall >= 0.85 and r["text"].precision >= 0.9


@pytest.mark.parametrize(("caption", "credit"), [
    ("People queue outside a shop. REUTERS/Jane Doe", "REUTERS/Jane Doe"),
    ("The mayor speaks. Staff photo by Jane Doe", "Staff photo by Jane Doe"),
    ("A man waves. (Photo courtesy of Jane Doe)", "(Photo courtesy of Jane Doe)"),
    ("Smoke over the city. Image source, Getty Images", "Image source, Getty Images"),
    ("Rep. Jane Doe. | Alex Roe/Getty Images", "Alex Roe/Getty Images"),
    ("Fans cheer. © Jane Doe", "© Jane Doe"),
    ("Fans cheer in the stadium. Jane Doe, USA TODAY", "Jane Doe, USA TODAY"),
    ("Traders at work. Photographer: Jane Doe/Bloomberg", "Photographer: Jane Doe/Bloomberg"),
    ("The square at noon. Bild: Keystone", "Bild: Keystone"),
    ("Crowds gather. [File: Jane Doe/Reuters]", "[File: Jane Doe/Reuters]"),
    ("Soldiers train. (U.S. Army photo by Spc. Jane Doe)", "(U.S. Army photo by Spc. Jane Doe)"),
    ("The skyline at dusk. Jane Doe | CNBC", "Jane Doe | CNBC"),
    ("The market opens / Credit: Getty Images", "Credit: Getty Images"),
])
def test_trailing_credit_forms_in_captions(caption: str, credit: str) -> None:
    from newsprov.extract.credit_lexicon import trailing_credit

    s, e = trailing_credit(caption, strict=False)
    assert caption[s:e] == credit


@pytest.mark.parametrize("caption", [
    "Chris Eubank Jr.",  # the person pictured
    "Players train before the match. (FILE)",
    "The mayor was elected on Tuesday. (screen grab)",
    "Minister Jane Doe (right) and officials on tour.",
    "The event in 2019 (1/2)",
])
def test_captions_without_credit(caption: str) -> None:
    text = f"Body paragraph about the news of the day.\n\n{caption}\n"
    layout = segment(text)
    for b in layout.blocks:
        if b.text == caption:
            b.kind = "caption"  # as the HTML reader would mark it
    assert [c for c in credits.extract(Article(text, None, layout.blocks, None, {})) if c.kind == "photo"] == []


def test_a_text_source_closing_a_paragraph_is_not_a_photo_credit() -> None:
    text = "Officials said the defects were technical, not sabotage. (Source: Reuters)\n\nProtesters march. Paris, France\n"
    layout = segment(text)
    assert [b.kind for b in layout.blocks] == ["body", "body"]
    assert credits.extract(Article(text, None, layout.blocks, None, {})) == []


def test_courtesy_in_body_text_is_not_a_credit() -> None:
    text = "A map of the routes, courtesy of the transit agency, shows three lines. (Photo: Jane Doe)\n"
    layout = segment(text)
    # a line ending in a labelled credit is a caption in plain text; the "courtesy of" inside it is not a credit
    found = credits.extract(Article(text, None, layout.blocks, None, {}))
    assert [c.text for c in found] == ["(Photo: Jane Doe)"]


def test_wire_from_contribution_lines() -> None:
    text = ("Body text of the story.\n\nAssociated Press writer Jane Doe in Cairo contributed to this report.\n\n"
            "Reuters said the talks would resume.\n")
    layout = segment(text)
    found = credits.extract(Article(text, None, layout.blocks, None, {}))
    # the wire that contributed is credited; a wire quoted as a source in the story is not a wire credit
    assert [(c.kind, c.text, c.credited_org) for c in found] == [("wire", "Associated Press", "Associated Press")]


def test_dated_and_title_case_datelines_credit_their_wire() -> None:
    for text, wire in (("LOS ANGELES, Sept. 28 (UPI) — The band said its record is almost done.\n",
                        "United Press International"),
                       ("Philadelphia (AFP) – The president will lead the effort, aides said.\n",
                        "Agence France-Presse"),
                       ("Dec 29 (Reuters) - The senator said on Tuesday that the group was a threat.\n", "Reuters")):
        found = credits.extract(Article(text, None, segment(text).blocks, None))
        assert [(c.kind, c.credited_org) for c in found] == [("wire", wire)]


def test_outlet_credits_name_an_outlet() -> None:
    """"The newspaper said" credits the newspaper named before it; an outlet noun with none before it credits no one,
    but a name with an outlet noun in it ("Time magazine") is a name."""
    text = ("The registration issue was first reported by The Washington Post. The newspaper said the foundation "
            "had not registered.\n\nThe network said it would not comment.\n\nTime magazine reported that the "
            "deal was close.\n")
    article = Article(text, None, segment(text).blocks, nlp.load()(text))
    found = credits.extract(article, attributions.extract(article))
    assert sorted((c.kind, c.credited_org) for c in found) == [
        ("outlet", "The Washington Post"), ("outlet", "The Washington Post"), ("outlet", "Time magazine")]
