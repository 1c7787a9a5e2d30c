"""The HTML reader: captions put back in place, hidden labels and alt text left out, metadata candidates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprov.errors import InputError
from newsprov.ingest.html import parse_html, visible_text
from newsprov.ingest.page_meta import without_site_name
from newsprov.schema import MetadataCandidate

HTML = Path(__file__).parent / "cases" / "html"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "web-pages"


def _read(name: str):
    return parse_html((HTML / name).read_bytes(), url="https://example.com/2021/03/04/bus-budget")


def test_caption_is_placed_after_the_paragraph_before_its_figure() -> None:
    ext = _read("credit_span_class.html")
    lines = ext.text.split("\n\n")
    cap = next(i for i, ln in enumerate(lines) if ln.startswith("Buses wait at the northern depot"))
    assert lines[cap - 1].startswith("The city council voted on Tuesday")
    assert lines[cap + 1].startswith("Supporters said the plan")
    hint = next(h for h in ext.block_hints if h.kind == "caption")
    assert ext.text[hint.char_start:hint.char_end] == hint.text == lines[cap]
    (s, e), = ext.metadata["credit_spans"]
    assert ext.text[s:e] == "Jane Roe/The Daily Example"


def test_alt_text_related_teasers_and_footer_are_not_read() -> None:
    ext = _read("credit_span_class.html")
    assert "Alt Text Agency" not in ext.text  # alt text
    assert "Teaser Agency" not in ext.text  # a related story's figure in an <aside>
    assert "All rights reserved" not in ext.text
    assert [h.kind for h in ext.block_hints].count("caption") == 1


def test_visually_hidden_labels_are_left_out() -> None:
    ext = _read("credit_sibling.html")
    assert "Image copyright" not in ext.text and "Image caption" not in ext.text
    ext = _read("credit_generated_classes.html")
    assert "Image source" not in ext.text and "Image caption" not in ext.text
    ext = _read("credit_itemprop.html")
    cap = next(h for h in ext.block_hints if h.kind == "caption")
    # aria-hidden hides from screen readers only: that caption text is visible and kept
    assert cap.text.startswith("The transit agency's control room")
    assert "Image Credit" not in cap.text


def test_visible_text_skips_hidden_and_scripts() -> None:
    from lxml import html

    el = html.fromstring('<div>Shown <span class="sr-only">hidden</span><script>x()</script>'
                         '<span style="display: none">gone</span> <b>bold</b></div>')
    assert visible_text(el) == "Shown bold"


def test_headline_byline_and_metadata_candidates() -> None:
    ext = _read("negatives.html")
    kinds = {h.kind: h.text for h in ext.block_hints}
    assert kinds["headline"] == "Council approves bus budget"
    assert kinds["byline"] == "By Maria Garcia and Tom Brown, Associated Press"
    assert ext.metadata["published_at"] == "2021-03-04"
    assert ext.metadata["published_at_origin"] == "url"  # a date in the URL path is taken first
    origins = {(c.field, c.origin) for c in ext.metadata_candidates}
    # the losing candidates are kept, with where they came from
    assert {("published_at", "meta_tag"), ("published_at", "htmldate"), ("headline", "meta_tag"),
            ("byline", "body_text"), ("byline", "trafilatura")} <= origins
    for fld in ("published_at", "headline", "byline", "publisher"):
        assert sum(c.chosen for c in ext.metadata_candidates if c.field == fld) == 1, fld


_ARTICLE = ("<article><h1>A headline</h1><p>" + "The council met on Monday to talk about the budget and buses. " * 4
            + "</p><p>" + "Officials said more routes would be added in the spring of next year. " * 4 + "</p>{extra}"
            "</article>")


def test_json_ld_and_meta_disagreeing_are_both_kept() -> None:
    page = ("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"datePublished\": "
            "\"2020-01-15T08:00:00Z\", \"headline\": \"A headline\", \"author\": {\"name\": \"Jane Doe\"}}"
            "</script><meta property='article:published_time' content='2020-01-16'></head><body>"
            + _ARTICLE.format(extra="") + "</body></html>")
    ext = parse_html(page)
    values = {(c.origin, c.value) for c in ext.metadata_candidates if c.field == "published_at"}
    assert {("json_ld", "2020-01-15"), ("meta_tag", "2020-01-16")} <= values
    assert ext.metadata["published_at"] in ("2020-01-15", "2020-01-16")
    assert ("byline", "json_ld") in {(c.field, c.origin) for c in ext.metadata_candidates}


def test_date_found_only_by_extensive_search_is_a_guess() -> None:
    page = "<html><body>" + _ARTICLE.format(extra="<p>Filed 12 March 2019 by the city desk.</p>") + "</body></html>"
    ext = parse_html(page)
    if ext.metadata["published_at"] is None:
        pytest.skip("htmldate found no date in this page")
    assert ext.metadata["published_at_origin"] == "htmldate_guess"
    assert ext.metadata["published_at_guess"] is True
    dated = parse_html("<html><head><meta property='article:published_time' content='2019-03-12'></head><body>"
                       + _ARTICLE.format(extra="") + "</body></html>")
    assert dated.metadata["published_at_guess"] is False


def test_page_without_text_is_an_input_error() -> None:
    with pytest.raises(InputError) as err:
        parse_html(b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert err.value.reason == "no_main_text"


def test_page_without_figures_has_no_captions() -> None:
    ext = _read("no_figures.html")
    assert not [h for h in ext.block_hints if h.kind == "caption"]
    assert ext.metadata["credit_spans"] == []


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpora/web-pages is not here")
def test_web_pages_read_and_offsets_hold() -> None:
    meta = json.loads((CORPUS / "metadata.json").read_text(encoding="utf-8"))
    for name in sorted(meta)[:25]:
        try:
            ext = parse_html((CORPUS / "html" / name).read_bytes(), url=meta[name].get("url"))
        except InputError:
            continue
        for h in ext.block_hints:
            assert ext.text[h.char_start:h.char_end] == h.text
        for s, e in ext.metadata["credit_spans"]:
            assert 0 <= s < e <= len(ext.text)


def test_hidden_galleries_and_screen_size_copies() -> None:
    body = ("<p>" + "The council met on Monday to talk about the budget and the buses. " * 3 + "</p>"
            "<div class='lead'><figure><img src='a.jpg'><figcaption class='hidden xl:block'>Buses at the depot. "
            "Photo: Jane Doe/Reuters</figcaption><figcaption class='xl:hidden'>Buses at the depot. "
            "Photo: Jane Doe/Reuters</figcaption></figure></div>"
            "<p>" + "Officials said more routes would be added in the spring of next year. " * 3 + "</p>"
            "<div hidden><figure><img src='b.jpg'><figcaption><p>A gallery picture</p><p>PA</p></figcaption>"
            "</figure></div>"
            "<p>" + "Critics said the fares would rise for riders who depend on the buses. " * 3 + "</p>")
    ext = parse_html(f"<html><body><article><h1>Budget passes</h1>{body}</article></body></html>")
    captions = [h.text for h in ext.block_hints if h.kind == "caption"]
    # shown on some screens (utility classes), once; the gallery in a hidden lightbox is not read
    assert captions == ["Buses at the depot. Photo: Jane Doe/Reuters"]


def test_share_buttons_inside_a_line_of_text_are_a_boilerplate_line_of_their_own() -> None:
    """A page with no article markup can leave its share buttons' labels inside a line of text; the words after
    them start their own paragraph (so no source runs into "Share Facebook Twitter WhatsApp"); two platforms
    named in a sentence are no such run."""
    page = ("<html><head><title>Prison official</title></head><body><article><h1>Prison official</h1>"
            "<p>By Jane Doe - May 4, 2022 <a href='/s'>Share</a> <a href='/f'>Facebook</a> <a href='/t'>Twitter</a>"
            " <a href='/w'>WhatsApp</a> A senior prison official has said in a sworn affidavit that anyone with enough"
            " determination could escape from the prison.</p><p>The official posted the affidavit on Facebook Twitter"
            " and Instagram, and said the prison was built for low-risk inmates.</p></article></body></html>")
    ext = parse_html(page)
    lines = ext.text.split("\n\n")
    assert lines[1:4] == ["By Jane Doe - May 4, 2022", "Share Facebook Twitter WhatsApp",
                          "A senior prison official has said in a sworn affidavit that anyone with enough "
                          "determination could escape from the prison."]
    assert lines[4].startswith("The official posted the affidavit on Facebook Twitter and Instagram")
    share = next(h for h in ext.block_hints if h.kind == "boilerplate")
    assert ext.text[share.char_start:share.char_end] == "Share Facebook Twitter WhatsApp"


def test_a_page_trafilatura_cannot_read_is_refused_without_its_log_noise(caplog) -> None:
    """trafilatura logs an ERROR of its own for a page it cannot parse; the user gets the quarantine's reason,
    which says what to do, and no such line."""
    page = "<div>" * 5000 + "The mayor said the budget was fine." + "</div>" * 5000
    with caplog.at_level("DEBUG"), pytest.raises(InputError) as exc:
        parse_html(page)
    assert exc.value.reason == "no_main_text"
    assert not [r for r in caplog.records if r.name.split(".")[0] in ("trafilatura", "htmldate", "courlan")
                and r.levelno >= 30]


def test_the_site_name_a_page_title_carries_is_no_part_of_the_headline() -> None:
    """A title ending or starting with the site's name, as the page gives its publisher, is the headline without
    it: the name would otherwise be words of the headline's last clause ("Governor Calls For Calm - St. Lucia
    Times News"). A body that opens with the headline without the name keeps one headline. A title whose words
    after a dash are no site name keeps them."""
    body = "<p>" + "British Virgin Islands Governor John Rankin on Thursday called for calm on the islands. " * 3
    page = ("<html><head><title>Governor Calls For Calm - St. Lucia Times News</title>"
            "<meta property='og:site_name' content='St. Lucia Times News'></head><body><article>"
            f"<h1>Governor Calls For Calm</h1>{body}</p></article></body></html>")
    ext = parse_html(page)
    assert ext.metadata["title"] == "Governor Calls For Calm"
    assert ext.text.split("\n\n")[:2] == ["Governor Calls For Calm", body[3:].strip()]
    at_start = page.replace("Governor Calls For Calm - St. Lucia Times News", "St. Lucia Times News | Governor Calls"
                            " For Calm")
    assert parse_html(at_start).metadata["title"] == "Governor Calls For Calm"
    publisher = [MetadataCandidate("publisher", "Parallels", "meta_tag", False, None)]
    assert without_site_name("Run Windows on Mac - Parallels Desktop 15", publisher) == \
        "Run Windows on Mac - Parallels Desktop 15"
    assert without_site_name("Parallels", publisher) == "Parallels"
    assert without_site_name("Desktop 15 \u2013 Parallels", publisher) == "Desktop 15"
