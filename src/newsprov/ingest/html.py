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
import logging
import re
from dataclasses import dataclass, field
from typing import Any

from newsprov.errors import InputError
from newsprov.ingest.page_meta import candidates as metadata_candidates
from newsprov.ingest.page_meta import choose as choose_metadata
from newsprov.ingest.page_meta import date_iso, without_site_name
from newsprov.ingest.page_text import WS_RE, byline_line, class_of, in_excluded_region, is_hidden, norm, visible_text
from newsprov.schema import Block, MetadataCandidate

for _name in ("trafilatura", "htmldate", "courlan"):
    # their complaints about a page ("parsed tree length: 1, wrong data type or not valid HTML") reach the user as
    # the quarantine's reason instead, which says what to do
    logging.getLogger(_name).setLevel(logging.CRITICAL)

_NOT_CREDIT_TEXT = re.compile(r"all rights reserved|^\s*copyright\s+(?:©\s*)?\d{4}|^\W*(?:©\s*)?provided by\b|"
                              r"^\W*(?:last\s+)?(?:updated|published|posted|modified|reviewed)\b", re.IGNORECASE)
# Interface words that live inside figures ("Pin", "Share on Pinterest", "Close", "Expand") are not captions.
# Link and button text that trails a caption ("Purchase Licensing Rights", "hide caption").
_UI_SUFFIX = re.compile(r"\s*(?:purchase licensing rights(?:,? opens new tab)?|opens new tab|toggle caption|"
                        r"hide caption|show caption|enlarge this image|expand image|view gallery|see more photos)\s*$",
                        re.IGNORECASE)
_UI_PREFIX = re.compile(r"^(?:pin|share on pinterest|share|close|expand|enlarge|zoom|next|previous|prev|"
                        r"media playback is unsupported on your device|image \d+ of \d+)\b\s*",
                        re.IGNORECASE)
_UI_ONLY = re.compile(r"^(?:pin|print|share|close|next|previous|facebook|twitter|link|more|mail|reddit|whatsapp|"
                      r"email|copy link|expand|enlarge|play|video|photo|image|advertisement|ad|sponsored|\d+ photos?|"
                      r"fig\.? ?\d+)$",
                      re.IGNORECASE)


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
    title: str | None = None  # a caption title the page shows above the caption text


# --------------------------------------------------------------------------------------------------
# Visible text
# --------------------------------------------------------------------------------------------------



# --------------------------------------------------------------------------------------------------
# Captions
# --------------------------------------------------------------------------------------------------




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


_CAPTION_MODIFIER = re.compile(r"caption-?style|has-?caption|no-?caption|caption-?toggle|toggle-?caption|"
                               r"hide-?caption|show-?caption|caption-?button|"
                               r"caption-?icon|with-?caption|captions?-?(?:off|on|hidden)|adcaption|ad-caption",
                               re.IGNORECASE)


def _is_caption_element(el: Any) -> bool:
    """A <figcaption>, or an element whose class names it a caption (not a style modifier mentioning one)."""
    if el.tag == "figcaption":
        return True
    tokens = [t for t in class_of(el).split() if re.search(r"caption|cutline|legend|desc|bildunterschrift",
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
    cred_set = {c for c in credits if c not in blocked and "accredit" not in class_of(c).lower()}
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
                if not re.search(r"(?<!ac)credit", class_of(el), re.IGNORECASE):
                    continue
                units.setdefault(el, ([el], [el]))
                continue
        units.setdefault(unit, ([], []))[1].append(el)
    # <figure> with text but no caption element: its own visible text is the caption
    for fig in tree.xpath("//figure[not(ancestor::figure)]"):
        if fig not in units and fig not in blocked and fig.find(".//img") is not None:
            units[fig] = ([fig], [])
    return units


_TITLE_CLASS = re.compile(r"(?:^|[-_])(?:title|headline|heading|hed)(?:[-_]|$)", re.IGNORECASE)


def _caption_title(caps: list[Any]) -> Any:
    """A title element opening the caption ("<figcaption><h3>Title</h3> text ..."), if there is one."""
    if not caps or caps[0].tag == "figure":
        return None
    cap = caps[0]
    lead = norm(visible_text(cap))
    for el in cap.iterdescendants():
        if not isinstance(el.tag, str):
            continue
        if el.tag in ("h2", "h3", "h4", "h5", "h6") or any(_TITLE_CLASS.search(t) for t in class_of(el).split()):
            t = visible_text(el)
            if 2 <= len(t.split()) <= 14 and len(t) <= 100 and not t.endswith((".", ":")) \
                    and lead.startswith(norm(t)) and len(lead) > len(t) + 10:
                return el
            return None
    return None


def _unit_text(caps: list[Any], creds: list[Any], unit: Any = None) -> tuple[str, str | None]:
    """Caption text of one image unit and the text of its credit element (if any)."""
    from newsprov.extract.credit_lexicon import is_known_agency, split_credit, trailing_credit

    if unit is not None and caps and not creds and unit.tag == "figure" and caps[0] is not unit:
        # text in the figure outside its caption element: an unmarked credit line ("<div>Photo: ...</div>")
        cap_ids = set(caps)
        rest = [visible_text(c) for c in unit if c not in cap_ids and isinstance(c.tag, str)
                and not any(d in cap_ids for d in c.iterdescendants())]
        rest = [r for r in rest if r and len(r) <= 120 and not _UI_ONLY.match(r)]
        if len(rest) == 1 and (trailing_credit(rest[0], strict=True) or split_credit(rest[0]).labelled
                               or is_known_agency(rest[0])):
            creds = []
            text = " ".join(t for t in (visible_text(c) for c in caps) if t)
            return f"{text} {rest[0]}".strip(), rest[0]
    if caps and not creds and caps[-1].tag != "figure":
        # an unmarked credit line closing the caption ("<p>caption</p><p>PA</p>")
        kids = [k for k in caps[-1] if isinstance(k.tag, str) and visible_text(k)]
        if len(kids) >= 2:
            last = visible_text(kids[-1])
            if len(last) <= 60 and (is_known_agency(last) or split_credit(last).labelled
                                    or trailing_credit(last, strict=True)):
                creds = [kids[-1]]
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
    title_el = _caption_title(caps)
    for c in caps:
        t = visible_text(c, skip=title_el)
        if t and t not in cap_parts:
            cap_parts.append(t)
    text = " ".join(cap_parts)
    text = _UI_PREFIX.sub("", text).strip() if _UI_PREFIX.match(text) else text
    text = _UI_SUFFIX.sub("", text)
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


def _hidden_below(el: Any, unit: Any) -> bool:
    """Whether ``el`` or one of its ancestors up to ``unit`` is hidden from readers."""
    for a in (el, *el.iterancestors()):
        if is_hidden(a):
            return True
        if a is unit:
            return False
    return False


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
        if any(is_hidden(a) for a in (el, *el.iterancestors())):
            continue
        # caption or credit elements hidden inside the unit (a copy of the caption for another screen size)
        caps = [c for c in caps if not _hidden_below(c, el)]
        creds = [c for c in creds if not _hidden_below(c, el)]
        if not caps and not creds:
            continue
        inside_root = root is not None and any(a is root for a in el.iterancestors())
        if state == "after" and not inside_root:
            continue
        if state == "before" and not (inside_root or seen_h1 or _near_root(el, root)):
            continue
        if in_excluded_region(el, root):
            continue
        text, credit = _unit_text(caps, creds, el)
        if not text or len(text) > 1200:
            continue
        if any(r.text == text and r.anchor == anchor for r in results):
            continue  # the same caption twice in one place: copies for different screen sizes
        kept.add(el)
        title_el = _caption_title(caps)
        results.append(_Caption(el, text, credit, anchor, visible_text(title_el) if title_el is not None else None))
    furniture = {i for el, i in paras.items() if in_excluded_region(el, root)}
    return results, furniture




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

    try:
        tree = load_html(html)
    except (ValueError, TypeError) as exc:
        raise InputError("no_main_text", f"the HTML could not be parsed ({exc}); check that it is an HTML page") from exc
    if tree is None:
        raise InputError("no_main_text", "the HTML could not be parsed; check that the file is an HTML page")
    work = copy.deepcopy(tree)  # trafilatura prunes the tree it is given
    try:
        doc = trafilatura.bare_extraction(work, url=url, with_metadata=True, include_comments=False,
                                          include_tables=True, favor_precision=False)
    except (ValueError, TypeError, AttributeError, IndexError) as exc:  # trafilatura on malformed markup
        raise InputError("no_main_text", f"trafilatura could not read the page ({exc}); check the HTML") from exc
    trafi = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    main = trafi.get("text") or ""
    lines = [WS_RE.sub(" ", ln).strip() for ln in main.split("\n")]
    lines = [ln for ln in lines if ln]
    if sum(len(ln.split()) for ln in lines) < 5:  # a menu word or two is what is left of a page with no text
        raise InputError("no_main_text", "no main text found in the HTML page (an index, a login page or a "
                                         "page built by JavaScript?); newsprov needs the article in the markup")

    captions, furniture = _captions_in_content(tree, lines)
    cands = metadata_candidates(tree, url, trafi)
    chosen = choose_metadata(cands)

    # lines: (text, kind, credit) in order; the headline first, captions after the paragraph they follow
    after: dict[int, list[_Caption]] = {}
    line_kind = ["boilerplate" if i in furniture else "body" for i in range(len(lines))]
    line_credit: list[str | None] = [None] * len(lines)
    norm_lines = {norm(ln): i for i, ln in enumerate(lines)}
    for cap in captions:
        same = norm_lines.get(norm(cap.text))
        if same is None and cap.credit:
            # trafilatura may have kept the caption without its credit element
            same = norm_lines.get(norm(cap.text[: cap.text.rfind(cap.credit)]))
            if same is not None:
                lines[same] = cap.text
        if same is not None:
            line_kind[same] = "caption"
            line_credit[same] = cap.credit
            continue
        after.setdefault(cap.anchor, []).append(cap)

    out: list[tuple[str, str, str | None]] = []
    as_given = chosen["headline"].value if "headline" in chosen else None
    # the article's own headline, not the page title's "... - St. Lucia Times News", which would run into it as
    # words of its last clause ("Territory's Governor Calls For Calm - St. Lucia Times News")
    headline = without_site_name(as_given, cands) if as_given else None
    first = 0
    if headline and norm(lines[0]) in (norm(headline), norm(as_given)):
        line_kind[0] = "headline"
        out.append((headline, "headline", None))
        first = 1
    elif headline:
        out.append((headline, "headline", None))
    visible_byline = byline_line(tree)
    if visible_byline and norm(visible_byline) not in norm_lines:
        out.append((visible_byline, "byline", None))
    def add_caption(cap: _Caption) -> None:
        if cap.title:
            out.append((cap.title, "caption_title", None))
        out.append((cap.text, "caption", cap.credit))

    for cap in after.get(-1, []):
        add_caption(cap)
    for i, ln in enumerate(lines):
        if i >= first:
            out.append((ln, line_kind[i], line_credit[i]))
        for cap in after.get(i, []):
            add_caption(cap)

    parts: list[str] = []
    hints: list[Block] = []
    credit_spans: list[list[int]] = []
    pos = 0
    previous_kind = None
    out = [piece for line in out for piece in _without_share_buttons(line)]
    for text, kind, credit in out:
        if parts:
            # a caption title sits on the line right above its caption, as in print
            sep = "\n" if previous_kind == "caption_title" else "\n\n"
            parts.append(sep)
            pos += len(sep)
        previous_kind = kind
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
        "published_at": date_iso(pub.value) if pub else None,
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


# a row of share buttons' labels that a page with no article markup leaves inside a line of its text ("By James
# Whittaker - May 4, 2022 Share Facebook Twitter WhatsApp Email Telegram A senior prison official has said ...")
_SHARE_RUN_RE = re.compile(r"(?:\b(?:Share|Facebook|Twitter|WhatsApp|Email|E-mail|Telegram|Pinterest|LinkedIn|"
                           r"Reddit|Print|Tweet|Messenger|Flipboard|Copy [Ll]ink)\b[ :|]*){3,}")


def _without_share_buttons(line: tuple[str, str, str | None]) -> list[tuple[str, str, str | None]]:
    """A body line split around a run of three or more share buttons' labels, the run a line of boilerplate of its
    own, so the words after it ("A senior prison official") start a paragraph and no source runs into them."""
    text, kind, credit = line
    m = _SHARE_RUN_RE.search(text) if kind == "body" else None
    if m is None:
        return [line]
    before, run, after = text[:m.start()].rstrip(), m.group().strip(), text[m.end():].lstrip()
    pieces = [(before, kind, credit), (run, "boilerplate", None), (after, kind, credit)]
    return [piece for piece in pieces if piece[0]]


def main_text_only(html: str | bytes, url: str | None = None) -> str:
    """trafilatura's own main text, for comparisons."""
    import trafilatura

    return trafilatura.extract(html, url=url, include_comments=False) or ""


__all__ = ["HtmlExtraction", "parse_html", "visible_text", "main_text_only"]
