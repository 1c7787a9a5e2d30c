"""Read an HTML page: main text and metadata by trafilatura, image captions and credits by an lxml pass.

trafilatura finds the article's main text but drops every ``<figure>``/``<figcaption>`` with its credit. This
reader puts them back: each caption the page shows next to one of the article's images becomes a ``caption``
line at its place in the text (after the main-text paragraph that precedes the image in document order), and
the span of a credit *element* inside it (``span.credit``, ``<cite>``, ``<small>``,
``itemprop=copyrightHolder``, a sibling credit next to the image) is recorded in ``metadata["credit_spans"]``
so the credit extractor need not guess where the caption ends and the credit begins.

What readers do not see is left out: visually hidden labels (``sr-only``, ``off-screen``, ...), scripts,
buttons, and alt text (never used). ``aria-hidden`` is *not* treated as invisible: it hides from screen
readers only, and real pages (e.g. a caption duplicated in the image's alt text) put it on visible captions.

Every metadata field keeps all its candidates (``metadata_candidates``) with the origin of each: meta tag,
JSON-LD, ``<time>``, URL, htmldate (``htmldate_guess`` when only its extensive search found a date), or
trafilatura; the chosen one is flagged.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any

from newsprov.errors import InputError
from newsprov.schema import Block, MetadataCandidate

_HIDDEN_CLASSES = frozenset({
    "sr-only", "sr-only-focusable", "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only",
    "screenreader-only", "off-screen", "offscreen", "a11y-hidden", "u-hidden", "is-hidden", "hidden",
    "element-invisible", "assistive-text", "hide-text", "vh", "hide",
})
_SKIP_TAGS = frozenset({"script", "style", "noscript", "svg", "button", "template", "iframe", "select", "option",
                        "input", "textarea", "form", "img", "picture", "source", "video", "audio"})
# Class/id tokens of regions that hold other stories' images or page furniture, not the article's own.
_EXCLUDED_REGION = re.compile(
    r"(?:^|[-_])(?:related|sidebar|teaser|teasers|promo|promos|recirc|recirculation|trending|newsletter|outbrain|"
    r"taboola|recommended|recommendations|widget|footer|comments?|share|sharing|social|nav|navigation|menu|"
    r"breadcrumbs?|carousel|ad|ads|advert|advertisement|popular|more-stories|read-more|readmore|latest|list-item)"
    r"(?:[-_]|$)",
    re.IGNORECASE,
)
# Inside the main text's container only the unambiguous ones count ("widget" wraps inline images too).
_EXCLUDED_INSIDE = re.compile(
    r"(?:^|[-_])(?:related|teaser|teasers|promo|promos|recirc|recirculation|newsletter|outbrain|taboola|"
    r"recommended|recommendations|comments?|share|sharing|social|ad|ads|advert|advertisement|read-more|readmore)"
    r"(?:[-_]|$)",
    re.IGNORECASE,
)
_EXCLUDED_TAGS = frozenset({"nav", "footer"})
_CAPTION_CLASS = re.compile(r"caption", re.IGNORECASE)
_CREDIT_CLASS = re.compile(r"credit|copyright|attribution|byline-photo|photographer", re.IGNORECASE)
_NOT_CREDIT_TEXT = re.compile(r"all rights reserved|^\s*copyright\s+(?:©\s*)?\d{4}|^\W*(?:©\s*)?provided by\b|"
                              r"^\W*(?:last\s+)?(?:updated|published|posted|modified|reviewed)\b", re.IGNORECASE)
# Interface words that live inside figures ("Pin", "Share on Pinterest", "Close", "Expand") are not captions.
_UI_PREFIX = re.compile(r"^(?:pin|share on pinterest|share|close|expand|enlarge|zoom|next|previous|prev|"
                        r"media playback is unsupported on your device|image \d+ of \d+)\b\s*",
                        re.IGNORECASE)
_UI_ONLY = re.compile(r"^(?:pin|print|share|close|next|previous|facebook|twitter|link|more|mail|reddit|whatsapp|"
                      r"email|copy link|expand|enlarge|play|video|photo|image|advertisement|ad|sponsored|\d+ photos?|fig\.? ?\d+)$",
                      re.IGNORECASE)
_WS = re.compile(r"\s+")
_INLINE_TAGS = frozenset({"a", "b", "i", "em", "strong", "u", "sup", "sub", "abbr", "mark", "q", "s", "font", "bdi"})
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|$|[^0-9])")
_ARTICLE_TYPES = re.compile(r"Article|BlogPosting|Report|WebPage|NewsArticle", re.IGNORECASE)


@dataclass(slots=True)
class HtmlExtraction:
    """What an HTML page yields: the text offsets refer to, block hints, metadata and its candidates."""

    text: str
    block_hints: list[Block]
    metadata: dict[str, Any]
    metadata_candidates: list[MetadataCandidate] = field(default_factory=list)


@dataclass(slots=True)
class _Caption:
    element: Any  # the unit's container element
    text: str
    credit: str | None  # text of a credit element, which appears in ``text``
    anchor: int  # index of the main-text paragraph the caption follows (-1: before the first)


# --------------------------------------------------------------------------------------------------
# Visible text
# --------------------------------------------------------------------------------------------------


def _is_hidden(el: Any) -> bool:
    cls = el.get("class")
    if cls and not _HIDDEN_CLASSES.isdisjoint(cls.lower().split()):
        return True
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    return bool(style) and re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", style) is not None


def visible_text(el: Any, skip: Any = None) -> str:
    """The text a reader sees in ``el``: no hidden labels, scripts, buttons or alt text; ``skip``: a subtree to leave out."""
    out: list[str] = []

    def walk(e: Any) -> None:
        tag = e.tag if isinstance(e.tag, str) else ""
        if tag and tag.lower() not in _SKIP_TAGS and not _is_hidden(e) and e is not skip:
            sep = "" if tag.lower() in _INLINE_TAGS else " "
            out.append(sep)
            if e.text:
                out.append(e.text)
            for child in e:
                walk(child)
                if child.tail:
                    out.append(child.tail)
            out.append(sep)

    walk(el)
    return _WS.sub(" ", "".join(out)).strip()


def _norm(s: str) -> str:
    return _WS.sub(" ", s).strip().lower()


# --------------------------------------------------------------------------------------------------
# Captions
# --------------------------------------------------------------------------------------------------


def _class(el: Any) -> str:
    c = el.get("class")
    return c if isinstance(c, str) else ""


def _in_excluded_region(el: Any, root: Any) -> bool:
    """Whether ``el`` sits in page furniture: only the containers between it and the first ancestor it shares
    with the main text are looked at (a container that holds the main text too cannot be a sidebar of it)."""
    stop_at = set(root.iterancestors()) | {root} if root is not None else set()
    inside = root is not None and any(a is root for a in el.iterancestors())
    pattern = _EXCLUDED_INSIDE if inside else _EXCLUDED_REGION
    for a in [el, *el.iterancestors()]:
        if a in stop_at:
            return False
        tag = a.tag.lower() if isinstance(a.tag, str) else ""
        if tag in _EXCLUDED_TAGS:
            return True
        tokens = (_class(a) + " " + (a.get("id") or "")).split()
        if any(pattern.search(t) for t in tokens):
            return True
    return False


def _unit_of(el: Any, blocked: set[Any]) -> Any:
    """The image unit an element belongs to: its <figure>, else the nearest ancestor holding an image.

    ``blocked`` are the elements that hold main-text paragraphs: a unit never grows into one of them.
    """
    node = el
    for a in el.iterancestors():
        if a in blocked:
            break
        if isinstance(a.tag, str) and a.tag.lower() == "figure":
            return a
    for _ in range(3):
        parent = node.getparent()
        if parent is None or parent in blocked:
            break
        if parent.find(".//img") is not None or parent.find(".//picture") is not None:
            return parent
        node = parent
    return el


_CAPTION_MODIFIER = re.compile(r"caption-?style|has-?caption|no-?caption|caption-?toggle|caption-?button|"
                               r"caption-?icon|with-?caption|captions?-?(?:off|on|hidden)|adcaption|ad-caption",
                               re.IGNORECASE)


def _is_caption_element(el: Any) -> bool:
    """A <figcaption>, or an element whose class names it a caption (not a style modifier mentioning one)."""
    if el.tag == "figcaption":
        return True
    tokens = [t for t in _class(el).split() if re.search(r"caption|cutline|legend|desc|bildunterschrift",
                                                         t, re.IGNORECASE)]
    if not tokens or all(_CAPTION_MODIFIER.search(t) for t in tokens):
        return False
    return el.find(".//h1") is None and el.find(".//h2") is None


def _caption_units(tree: Any, blocked: set[Any]) -> dict[Any, tuple[list[Any], list[Any]]]:
    """Image units of the page -> (caption elements, credit elements), outermost elements only."""
    units: dict[Any, tuple[list[Any], list[Any]]] = {}
    captions = tree.xpath("//figcaption | //*[contains(translate(@class,'CAPTION','caption'),'caption')]"
                          " | //*[contains(translate(@class,'CUTLINE','cutline'),'cutline')]"
                          " | //figure//*[contains(@class,'legend') or contains(@class,'image-desc')"
                          " or contains(@class,'img-desc') or contains(@class,'photo-desc')]"
                          " | //*[contains(@class,'bildunterschrift') or contains(@class,'legende')]")
    credits = tree.xpath("//*[@itemprop='copyrightHolder'] | //*[contains(translate(@class,'CREDIT','credit'),'credit')]"
                         " | //*[contains(translate(@class,'COPYRIGHT','copyright'),'copyright')]"
                         " | //*[contains(@class,'attribution')]"
                         " | //*[contains(@class,'photographer') or contains(@class,'photo-source')"
                         " or contains(@class,'image-source') or contains(@class,'img-source')"
                         " or contains(@class,'bildquelle') or contains(@class,'fotograf')]"
                         " | //figcaption//cite | //figcaption//small"
                         " | //*[contains(translate(@class,'CAPTION','caption'),'caption')]//cite"
                         " | //*[contains(translate(@class,'CAPTION','caption'),'caption')]//small")
    cap_set = {c for c in captions if c not in blocked and _is_caption_element(c)}
    for el in captions:
        if el not in cap_set or any(a in cap_set for a in el.iterancestors()):
            continue
        units.setdefault(_unit_of(el, blocked), ([], []))[0].append(el)
    cred_set = {c for c in credits if c not in blocked and "accredit" not in _class(c).lower()}
    for el in credits:
        if el not in cred_set or any(a in cred_set for a in el.iterancestors()):
            continue
        owner = next((a for a in el.iterancestors() if a in cap_set), None)
        if owner is not None:
            # a credit element inside a caption: kept so its span can be recorded
            unit = _unit_of(owner, blocked)
        else:
            unit = _unit_of(el, blocked)
            if unit is el and el.find(".//img") is None:
                # a lone credit element with no image near it: a photo credit line set apart from its image
                # ("p.story-meta__credit"), unless it is a copyright notice (those are dropped later by text)
                if not re.search(r"(?<!ac)credit", _class(el), re.IGNORECASE):
                    continue
                units.setdefault(el, ([el], [el]))
                continue
        units.setdefault(unit, ([], []))[1].append(el)
    # <figure> with text but no caption element: its own visible text is the caption
    for fig in tree.xpath("//figure[not(ancestor::figure)]"):
        if fig not in units and fig not in blocked and fig.find(".//img") is not None:
            units[fig] = ([fig], [])
    return units


def _unit_text(caps: list[Any], creds: list[Any], unit: Any = None) -> tuple[str, str | None]:
    """Caption text of one image unit and the text of its credit element (if any)."""
    from newsprov.extract.credit_lexicon import split_credit, trailing_credit

    if unit is not None and caps and not creds and unit.tag == "figure" and caps[0] is not unit:
        # text in the figure outside its caption element: an unmarked credit line ("<div>Photo: ...</div>")
        cap_ids = set(caps)
        rest = [visible_text(c) for c in unit if c not in cap_ids and isinstance(c.tag, str)
                and not any(d in cap_ids for d in c.iterdescendants())]
        rest = [r for r in rest if r and len(r) <= 120 and not _UI_ONLY.match(r)]
        if len(rest) == 1 and (trailing_credit(rest[0], strict=True) or split_credit(rest[0]).labelled):
            creds = []
            text = " ".join(t for t in (visible_text(c) for c in caps) if t)
            return f"{text} {rest[0]}".strip(), rest[0]
    if len(caps) == 1 and caps[0] in creds:
        # a lone credit element: the credit is in its text; the extractor finds where it starts
        text = visible_text(caps[0])
        if _NOT_CREDIT_TEXT.search(text) or len(text) > 400:
            return "", None
        r = trailing_credit(text, strict=False)
        return text, (None if r and r[0] > 0 else text)
    credit_text = None
    for cr in creds:
        t = visible_text(cr)
        if t and len(t) <= 400 and not _NOT_CREDIT_TEXT.search(t):
            r = trailing_credit(t, strict=False)
            if r and r[0] > 0 and len(t[: r[0]].split()) >= 3:
                t = t[r[0]:r[1]]  # a "credit" element that holds the whole caption: keep its credit part
            if len(t) <= 160:
                credit_text = t
                break
    cap_parts: list[str] = []
    for c in caps:
        t = visible_text(c)
        if t and t not in cap_parts:
            cap_parts.append(t)
    text = " ".join(cap_parts)
    text = _UI_PREFIX.sub("", text).strip() if _UI_PREFIX.match(text) else text
    if _UI_ONLY.match(text):
        text = ""
    if credit_text:
        i = text.rfind(credit_text)
        if i < 0:
            text = f"{text} {credit_text}".strip()
    return text, credit_text


# --------------------------------------------------------------------------------------------------
# Main text and placement
# --------------------------------------------------------------------------------------------------


_NON_WORD = re.compile(r"\W+")


def _key(text: str) -> str:
    """How a trafilatura line and a DOM element's text are compared: letters and digits only, first 60."""
    return _NON_WORD.sub("", text.lower())[:60]


def _paragraph_elements(tree: Any, lines: list[str]) -> dict[Any, int]:
    """DOM elements whose visible text is (the start of) one of trafilatura's lines -> line index."""
    keys: dict[str, int] = {}
    for i, line in enumerate(lines):
        k = _key(line)
        if len(k) >= 12:
            keys.setdefault(k, i)
    found: dict[Any, int] = {}
    used: set[int] = set()
    for el in tree.iter("p", "h2", "h3", "h4", "li", "blockquote", "div", "td", "span", "pre"):
        if el.tag in ("div", "span") and len(el) > 3:
            continue
        txt = el.text_content()
        if not txt or len(txt) < 12:
            continue
        k = _key(txt)
        i = keys.get(k)
        if i is not None and i not in used:
            found[el] = i
            used.add(i)
    return found


def _lowest_common_ancestor(elements: list[Any]) -> Any:
    if not elements:
        return None
    paths = [list(reversed([e, *e.iterancestors()])) for e in elements]
    lca = None
    for nodes in zip(*paths):
        if all(n is nodes[0] for n in nodes):
            lca = nodes[0]
        else:
            break
    return lca


def _near_root(el: Any, root: Any) -> bool:
    """Whether ``el`` shares an ancestor with the main text below <body> (a lead image above the headline)."""
    if root is None:
        return False
    root_anc = {id(a) for a in root.iterancestors()}
    for a in el.iterancestors():
        if id(a) in root_anc:
            return isinstance(a.tag, str) and a.tag.lower() not in ("body", "html")
    return False


def _captions_in_content(tree: Any, lines: list[str]) -> tuple[list[_Caption], set[int]]:
    """The article's captions, and the indexes of main-text lines that sit in page furniture (teasers)."""
    paras = _paragraph_elements(tree, lines)
    if not paras:
        return [], set()
    ordered = [e for e in tree.iter() if e in paras]
    trim = len(ordered) // 10
    core = ordered[trim:len(ordered) - trim] or ordered
    root = _lowest_common_ancestor(core)
    last = ordered[-1]
    blocked: set[Any] = set()
    for p in paras:
        blocked.update(p.iterancestors())
    units = _caption_units(tree, blocked)
    h1 = tree.find(".//h1")
    results: list[_Caption] = []
    anchor = -1
    state = "before"  # before the headline/first paragraph, inside the text, after its last paragraph
    seen_h1 = h1 is None
    unit_set = set(units)
    kept: set[Any] = set()
    for el in tree.iter():
        if el is h1:
            seen_h1 = True
        if el in paras:
            anchor = paras[el]
            state = "after" if el is last else "inside"
        if el not in unit_set or any(a in kept for a in el.iterancestors()):
            continue
        caps, creds = units[el]
        inside_root = root is not None and any(a is root for a in el.iterancestors())
        if state == "after" and not inside_root:
            continue
        if state == "before" and not (inside_root or seen_h1 or _near_root(el, root)):
            continue
        if _in_excluded_region(el, root):
            continue
        text, credit = _unit_text(caps, creds, el)
        if not text or len(text) > 1200:
            continue
        kept.add(el)
        results.append(_Caption(el, text, credit, anchor))
    furniture = {i for el, i in paras.items() if _in_excluded_region(el, root)}
    return results, furniture


_BYLINE_TEXT = re.compile(r"^By\s+[A-Z]", re.IGNORECASE)


def _byline_line(tree: Any) -> str | None:
    """The page's visible "By ..." line (trafilatura keeps the author as metadata only)."""
    for el in tree.xpath("//*[contains(translate(@class,'BYLINE','byline'),'byline') or @rel='author' "
                         "or contains(@class,'author')]"):
        if _in_excluded_region(el, None):
            continue
        t = visible_text(el)
        if 5 <= len(t) <= 160 and _BYLINE_TEXT.match(t):
            return t[0].upper() + t[1:]
    return None


def _date_iso(value: str | None) -> str | None:
    if not value:
        return None
    m = re.search(r"((?:19|20)\d\d)-(\d\d)-(\d\d)", value)
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


# --------------------------------------------------------------------------------------------------
# Metadata candidates
# --------------------------------------------------------------------------------------------------


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


def _candidates(tree: Any, url: str | None, trafi: dict[str, Any]) -> list[MetadataCandidate]:
    cands: list[MetadataCandidate] = []

    def add(fld: str, value: Any, origin: str, note: str | None = None) -> None:
        if value is None:
            return
        v = _WS.sub(" ", str(value)).strip()
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
            add("published_at", _date_iso(metas[key]) or metas[key], "meta_tag", f"meta {key}")
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
        add("published_at", _date_iso(d.get("datePublished")) or d.get("datePublished"), "json_ld", "datePublished")
        add("headline", d.get("headline"), "json_ld", "headline")
        add("byline", _ld_name(d.get("author")), "json_ld", "author")
        add("publisher", _ld_name(d.get("publisher")), "json_ld", "publisher")
        add("url", d.get("url") if isinstance(d.get("url"), str) else None, "json_ld", "url")
        add("language", d.get("inLanguage") if isinstance(d.get("inLanguage"), str) else None, "json_ld", "inLanguage")
    for t in tree.xpath("//time[@datetime]")[:1]:
        add("published_at", _date_iso(t.get("datetime")), "time_element", "first <time datetime>")
    if url:
        add("url", url, "url", "given with the input")
        m = _URL_DATE.search(url)
        if m:
            add("published_at", f"{m[1]}-{m[2]}-{m[3]}", "url", "date in the URL path")
    add("published_at", _date_iso(trafi.get("date")), "trafilatura")
    for fld, key in (("headline", "title"), ("byline", "author"), ("publisher", "sitename"), ("url", "url"),
                     ("language", "language")):
        add(fld, trafi.get(key), "trafilatura")
    byline_line = _byline_line(tree)
    if byline_line:
        add("byline", re.sub(r"^By\s+", "", byline_line, flags=re.IGNORECASE), "body_text", "visible 'By ...' line")
    for el in tree.xpath("//*[contains(@class,'date') or contains(@class,'time') or contains(@class,'publish')]"
                         "[not(self::script)][not(self::time)]")[:40]:
        t = visible_text(el)
        if 6 <= len(t) <= 80 and not _in_excluded_region(el, None):
            from newsprov.extract.credits import caption_date

            d = caption_date(t)
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


def _choose(cands: list[MetadataCandidate]) -> dict[str, MetadataCandidate]:
    chosen: dict[str, MetadataCandidate] = {}
    for fld, order in _PRIORITY.items():
        for origin in order:
            c = next((c for c in cands if c.field == fld and c.origin == origin
                      and (fld != "published_at" or _date_iso(c.value))), None)
            if c:
                c.chosen = True
                chosen[fld] = c
                break
    return chosen


# --------------------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------------------


def parse_html(html: str | bytes, url: str | None = None) -> HtmlExtraction:
    """Main text with the article's captions in place, block hints, and metadata with its candidates.

    Raises:
        InputError: ``no_main_text`` when neither trafilatura nor the caption pass finds any text.
    """
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        raise InputError("no_main_text", "the HTML could not be parsed; check that the file is an HTML page")
    work = copy.deepcopy(tree)  # trafilatura prunes the tree it is given
    doc = trafilatura.bare_extraction(work, url=url, with_metadata=True, include_comments=False,
                                      include_tables=True, favor_precision=False)
    trafi = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    main = trafi.get("text") or ""
    lines = [_WS.sub(" ", ln).strip() for ln in main.split("\n")]
    lines = [ln for ln in lines if ln]
    if sum(len(ln.split()) for ln in lines) < 5:  # a menu word or two is what is left of a page with no text
        raise InputError("no_main_text", "no main text found in the HTML page (an index, a login page or a "
                                         "page built by JavaScript?); newsprov needs the article in the markup")

    captions, furniture = _captions_in_content(tree, lines)
    cands = _candidates(tree, url, trafi)
    chosen = _choose(cands)

    # lines: (text, kind, credit) in order; the headline first, captions after the paragraph they follow
    after: dict[int, list[_Caption]] = {}
    line_kind = ["boilerplate" if i in furniture else "body" for i in range(len(lines))]
    line_credit: list[str | None] = [None] * len(lines)
    norm_lines = {_norm(ln): i for i, ln in enumerate(lines)}
    for cap in captions:
        same = norm_lines.get(_norm(cap.text))
        if same is None and cap.credit:
            # trafilatura may have kept the caption without its credit element
            same = norm_lines.get(_norm(cap.text[: cap.text.rfind(cap.credit)]))
            if same is not None:
                lines[same] = cap.text
        if same is not None:
            line_kind[same] = "caption"
            line_credit[same] = cap.credit
            continue
        after.setdefault(cap.anchor, []).append(cap)

    out: list[tuple[str, str, str | None]] = []
    headline = chosen["headline"].value if "headline" in chosen else None
    first = 0
    if headline and _norm(headline) == _norm(lines[0]):
        line_kind[0] = "headline"
        out.append((lines[0], "headline", None))
        first = 1
    elif headline:
        out.append((headline, "headline", None))
    byline_line = _byline_line(tree)
    if byline_line and _norm(byline_line) not in norm_lines:
        out.append((byline_line, "byline", None))
    for cap in after.get(-1, []):
        out.append((cap.text, "caption", cap.credit))
    for i, ln in enumerate(lines):
        if i >= first:
            out.append((ln, line_kind[i], line_credit[i]))
        for cap in after.get(i, []):
            out.append((cap.text, "caption", cap.credit))

    parts: list[str] = []
    hints: list[Block] = []
    credit_spans: list[list[int]] = []
    pos = 0
    for text, kind, credit in out:
        if parts:
            parts.append("\n\n")
            pos += 2
        parts.append(text)
        if kind != "body":
            hints.append(Block(len(hints), kind, pos, pos + len(text), text))
        if credit:
            j = text.rfind(credit)
            if j >= 0:
                credit_spans.append([pos + j, pos + j + len(credit)])
        pos += len(text)
    text = "".join(parts)

    pub = chosen.get("published_at")
    metadata: dict[str, Any] = {
        "published_at": _date_iso(pub.value) if pub else None,
        "published_at_origin": pub.origin if pub else None,
        "published_at_guess": bool(pub and pub.origin in ("htmldate_guess", "trafilatura")),
        "title": headline,
        "byline": chosen["byline"].value if "byline" in chosen else None,
        "publisher": chosen["publisher"].value if "publisher" in chosen else None,
        "url": chosen["url"].value if "url" in chosen else url,
        "language": chosen["language"].value if "language" in chosen else None,
        "credit_spans": credit_spans,
    }
    return HtmlExtraction(text, hints, metadata, cands)


def main_text_only(html: str | bytes, url: str | None = None) -> str:
    """trafilatura's own main text, for comparisons."""
    import trafilatura

    return trafilatura.extract(html, url=url, include_comments=False) or ""


__all__ = ["HtmlExtraction", "parse_html", "visible_text", "main_text_only"]
