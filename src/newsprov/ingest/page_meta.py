"""Metadata of an HTML page, every candidate kept with where it came from.

Candidates for each field come from meta tags, JSON-LD, the first ``<time datetime>``, the URL, visible text
(a "By ..." line, a date element), htmldate (``htmldate_guess`` when only its extensive search, which reads
the page text, found a date) and trafilatura. One candidate per field is chosen, by a fixed order of origins;
the others stay, so an expectation can compare them.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from newsprov.ingest.page_text import WS_RE, byline_line, in_excluded_region, visible_text
from newsprov.schema import MetadataCandidate

_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|$|[^0-9])")
_ARTICLE_TYPES = re.compile(r"Article|BlogPosting|Report|WebPage|NewsArticle", re.IGNORECASE)


def date_iso(value: str | None) -> str | None:
    if not value:
        return None
    m = re.search(r"((?:19|20)\d\d)-(\d\d)-(\d\d)", value)
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None



def _json_ld_objects(tree: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for s in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(s.text or "")
        except (ValueError, TypeError):
            continue
        stack = [data]
        while stack:
            d = stack.pop()
            if isinstance(d, list):
                stack.extend(d)
            elif isinstance(d, dict):
                if "@graph" in d:
                    stack.append(d["@graph"])
                t = d.get("@type")
                t = " ".join(t) if isinstance(t, list) else str(t or "")
                if _ARTICLE_TYPES.search(t):
                    out.append(d)
    # articles before generic web pages
    out.sort(key=lambda d: 0 if "Article" in str(d.get("@type")) or "Posting" in str(d.get("@type")) else 1)
    return out


def _ld_name(v: Any) -> str | None:
    if isinstance(v, list):
        names = [n for n in (_ld_name(x) for x in v) if n]
        return ", ".join(names) if names else None
    if isinstance(v, dict):
        n = v.get("name")
        return str(n).strip() if n else None
    return str(v).strip() if v else None


def candidates(tree: Any, url: str | None, trafi: dict[str, Any]) -> list[MetadataCandidate]:
    cands: list[MetadataCandidate] = []

    def add(fld: str, value: Any, origin: str, note: str | None = None) -> None:
        if value is None:
            return
        v = WS_RE.sub(" ", str(value)).strip()
        if v and not any(c.field == fld and c.value == v and c.origin == origin for c in cands):
            cands.append(MetadataCandidate(fld, v, origin, False, note))

    metas = {}
    for m in tree.xpath("//meta[@content]"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        if key and key not in metas:
            metas[key] = m.get("content")
    for key in ("article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
                "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date", "publication_date"):
        if key in metas:
            add("published_at", date_iso(metas[key]) or metas[key], "meta_tag", f"meta {key}")
    for key in ("og:title", "twitter:title", "dc.title", "headline"):
        if key in metas:
            add("headline", metas[key], "meta_tag", f"meta {key}")
    for key in ("author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author"):
        if key in metas and not str(metas[key]).startswith("http"):
            add("byline", metas[key], "meta_tag", f"meta {key}")
    for key in ("og:site_name", "application-name", "publisher"):
        if key in metas:
            add("publisher", metas[key], "meta_tag", f"meta {key}")
    if "og:url" in metas:
        add("url", metas["og:url"], "meta_tag", "meta og:url")
    canon = tree.xpath("//link[@rel='canonical']/@href")
    if canon:
        add("url", canon[0], "meta_tag", "link rel=canonical")
    lang = tree.xpath("/html/@lang")
    if lang:
        add("language", lang[0].split("-")[0].lower(), "meta_tag", "html lang")
    for d in _json_ld_objects(tree):
        add("published_at", date_iso(d.get("datePublished")) or d.get("datePublished"), "json_ld", "datePublished")
        add("headline", d.get("headline"), "json_ld", "headline")
        add("byline", _ld_name(d.get("author")), "json_ld", "author")
        add("publisher", _ld_name(d.get("publisher")), "json_ld", "publisher")
        add("url", d.get("url") if isinstance(d.get("url"), str) else None, "json_ld", "url")
        add("language", d.get("inLanguage") if isinstance(d.get("inLanguage"), str) else None, "json_ld", "inLanguage")
    for t in tree.xpath("//time[@datetime]")[:1]:
        add("published_at", date_iso(t.get("datetime")), "time_element", "first <time datetime>")
    if url:
        add("url", url, "url", "given with the input")
        m = _URL_DATE.search(url)
        if m:
            add("published_at", f"{m[1]}-{m[2]}-{m[3]}", "url", "date in the URL path")
    add("published_at", date_iso(trafi.get("date")), "trafilatura")
    for fld, key in (("headline", "title"), ("byline", "author"), ("publisher", "sitename"), ("url", "url"),
                     ("language", "language")):
        add(fld, trafi.get(key), "trafilatura")
    visible_byline = byline_line(tree)
    if visible_byline:
        add("byline", re.sub(r"^By\s+", "", visible_byline, flags=re.IGNORECASE), "body_text", "visible 'By ...' line")
    for el in tree.xpath("//*[contains(@class,'date') or contains(@class,'time') or contains(@class,'publish')]"
                         "[not(self::script)][not(self::time)]")[:40]:
        t = visible_text(el)
        if 6 <= len(t) <= 80 and not in_excluded_region(el, None):
            from newsprov.extract import dates  # the tagger reads the visible date text ("Updated March 28, 2022")

            d = dates.first_day(dates.tag(t, None))
            if d:
                add("published_at", d, "body_text", f"visible date text {t!r}")
                break
    title = tree.findtext(".//title")
    if title:
        add("headline", title, "meta_tag", "<title>")
    try:
        from htmldate import find_date

        found = find_date(tree, extensive_search=False, original_date=True, url=url)
        if found:
            add("published_at", found, "htmldate", "htmldate (markup and URL only)")
        else:
            guess = find_date(tree, extensive_search=True, original_date=True, url=url)
            if guess:
                add("published_at", guess, "htmldate_guess", "htmldate extensive search: a guess from the page text")
    except Exception:  # noqa: BLE001 - htmldate failing must not lose the page
        pass
    return cands


_PRIORITY = {
    # trafilatura's date is htmldate's with extensive search: when nothing else has a date, it is a guess too
    "published_at": ("url", "htmldate", "json_ld", "meta_tag", "time_element", "body_text", "htmldate_guess",
                     "trafilatura"),
    "headline": ("trafilatura", "json_ld", "meta_tag"),
    "byline": ("trafilatura", "json_ld", "meta_tag"),
    "publisher": ("trafilatura", "json_ld", "meta_tag"),
    "url": ("url", "meta_tag", "json_ld", "trafilatura"),
    "language": ("meta_tag", "json_ld", "trafilatura"),
}


def without_site_name(title: str, cands: list[MetadataCandidate]) -> str:
    """A page's title without the site's name that the page set at its end or its start, after a separator
    ("... - California Globe", "... | The Japan Times", "GitHub - golemfactory/yapapi: ..."), where the page gives
    that name as its publisher; a title that is the name alone, or a name that is part of the title ("Run Windows on
    Mac - Parallels Desktop 15 ..." from parallels.com), stays."""
    names = sorted({c.value for c in cands if c.field == "publisher"}, key=len, reverse=True)
    for name in names:
        name_re = r"\s*".join(re.escape(w) for w in name.split())
        for pattern in (rf"\s+{_SEPARATOR}\s+{name_re}\s*\Z", rf"\A\s*{name_re}\s+{_SEPARATOR}\s+"):
            m = re.search(pattern, title, re.IGNORECASE)
            if m and title[:m.start()].strip() + title[m.end():].strip():
                return (title[:m.start()] + title[m.end():]).strip()
    return title


_SEPARATOR = r"(?:[|\-\u2013\u2014\u00b7\u00bb\u2022]|::)"


def choose(cands: list[MetadataCandidate]) -> dict[str, MetadataCandidate]:
    chosen: dict[str, MetadataCandidate] = {}
    for fld, order in _PRIORITY.items():
        for origin in order:
            c = next((c for c in cands if c.field == fld and c.origin == origin
                      and (fld != "published_at" or date_iso(c.value))), None)
            if c:
                c.chosen = True
                chosen[fld] = c
                break
    return chosen

