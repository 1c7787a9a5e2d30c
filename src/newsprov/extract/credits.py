"""Source credits: photo/video credits, bylines, wire services and credits to other outlets.

* **photo / video**: in every ``caption`` block, the credit element the HTML reader marked
  (``metadata["credit_spans"]``), else a credit at the caption's end: "(AP Photo/Jane Doe)", "(Spc. Jane
  Doe/Army)", "Photograph: AFP via Getty Images", "[File: Reuters]", "Credit: ESA", "Jaafar Ashtiyeh / AFP",
  "Courtesy of ..."; and the presenter a ``media_blurb`` names ("... examined by Military Times Managing Editor
  Jane Doe"). Split into name (IPTC Creator), role (rank or title) and organisation (IPTC Credit Line); the
  caption's title (the ``caption_title`` block above it) and the date the caption states are attached.
* **byline**: one row per author of a ``byline`` block ("By Jane Doe and John Roe, Associated Press"), else of
  ``metadata["byline"]`` (no span, origin ``metadata:byline``).
* **wire**: a wire in the dateline ("CAIRO (AP) --"), in the byline, in the metadata byline, or in a
  "... contributed to this report" line.
* **outlet**: attributions whose source is an outlet; the credit's text runs from source to cue ("The New
  York Times first reported").

What only looks like a credit is not one: body text is never searched for photo credits (a "courtesy of" in
a sentence, a person named in a caption), an "(AP)" dateline is a wire credit only, and a bracket that names
no one ("(FILE)", "(screen grab)") is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprov.extract.article import Article
from newsprov.extract.blocks import DATELINE_RE
from newsprov.extract.dates import first_day
from newsprov.extract.credit_lexicon import (
    ROLE_PREFIX,
    CreditParts,
    TITLES,
    WIRE_CODES,
    org_prefix,
    split_credit,
    trailing_credit,
)
from newsprov.extract.outlets import WIRE_CANONICAL
from newsprov.schema import Attribution, Credit, TemporalMention

NAME = "newsprov.credits"
VERSION = "0.1.0"

_MONTH = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|" \
         r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_VIDEO_LABEL = re.compile(r"^\W*(?:video|footage)\b", re.IGNORECASE)
_BLURB_BY = re.compile(r"\b(?:by|with)\s+(?P<c>[A-Z][^\n]*?)\.?\s*$")
_WIRE_ALT = "|".join(re.escape(w) for w in WIRE_CODES)
# "The Associated Press contributed to this report", "Associated Press writer Jane Doe contributed reporting"
_CONTRIBUTED = re.compile(r"\b(?P<w>" + _WIRE_ALT + r")\s+(?:(?:writers?|reporters?|correspondents?|"
                          r"journalists?)\s[^.\n]{1,80}?\s)?(?:contributed|also contributed|reported|supplied)\b"
                          r"[^.\n]{0,40}\b(?:report|story|reporting|article)")
_NAME_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*\|\s*|\s*;\s*)\s*")
_TITLE_SET = {t.lower() for t in TITLES}


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# a date or a time stamp where a credit element was expected ("Updated March 28, 2022")
_MONTH_ANY = _MONTH.replace("?P<mon>", "?:")
_NOT_A_CREDIT = re.compile(r"^\W*(?:(?:last\s+)?(?:updated|published|posted|modified|reviewed)\b|" + _MONTH_ANY
                           + r"\s+\d{1,2}\b|\d{1,2}\s+" + _MONTH_ANY + r"\s+\d{4})", re.IGNORECASE)
# credits that name no one but are still credit lines a reader sees ("Credit: Courtesy", "(Courtesy photo)")
_NAMELESS_OK = re.compile(r"^\W*(?:credits?\b|courtesy\b|image credit\b|photo credit\b)", re.IGNORECASE)
_ORG_LABELS = frozenset({"ORG", "FAC", "PRODUCT", "GPE", "NORP", "WORK_OF_ART"})


def _with_entities(parts: CreditParts, article: Article, start: int, end: int) -> CreditParts:
    """A lone "name" the parse tags as an organisation ("Image credit: Best Buy") moves to the org field."""
    if parts.name is None or parts.org is not None or article.nlp is None or parts.role:
        return parts
    ents = getattr(article.nlp, "ents", ())
    i = article.text.find(parts.name, start, end)
    if i < 0:
        return parts
    j = i + len(parts.name)
    labels = {e.label_ for e in ents if e.start_char < j and e.end_char > i}
    if labels and labels <= _ORG_LABELS:
        return CreditParts(None, None, parts.name, parts.labelled)
    return parts


def _caption_credits(article: Article, dates: Sequence[TemporalMention]) -> list[Credit]:
    text = article.text
    spans = [tuple(s) for s in (article.metadata.get("credit_spans") or []) if len(s) == 2]
    out: list[Credit] = []
    blocks = article.blocks
    for i, b in enumerate(blocks):
        if b.kind != "caption":
            continue
        found = [_trim(text, s, e) for s, e in spans if b.char_start <= s < b.char_end and e <= b.char_end]
        marked = bool(found)  # the page marked these as credits
        if not found:
            r = trailing_credit(b.text, strict=False)
            if r:
                found = [(b.char_start + r[0], b.char_start + r[1])]
        title = None
        if i > 0 and blocks[i - 1].kind == "caption_title":
            title = blocks[i - 1].text
        for s, e in found:
            ctext = text[s:e]
            parts = _with_entities(split_credit(ctext), article, s, e)
            if not (parts.name or parts.org or parts.labelled) or _NOT_A_CREDIT.match(ctext):
                continue
            if not (parts.name or parts.org) and not _NAMELESS_OK.match(ctext):
                continue  # "(File photo)", "(screen grab)": says what the picture is, credits no one
            if not marked and not parts.labelled and ctext == b.text and not parts.org:
                # a whole caption that is just a name is most often the person pictured
                continue
            kind = "video" if _VIDEO_LABEL.match(ctext) else "photo"
            out.append(Credit(s, e, ctext, kind, parts.name, parts.role, parts.org, block_seq=b.seq,
                              caption_title=title, caption_date=first_day(dates, b.char_start, s) or
                              first_day(dates, b.char_start, b.char_end)))
    return out


def _blurb_credits(article: Article) -> list[Credit]:
    out: list[Credit] = []
    for b in article.blocks:
        if b.kind != "media_blurb":
            continue
        m = _BLURB_BY.search(b.text)
        if not m:
            continue
        s, e = b.char_start + m.start("c"), b.char_start + m.end("c")
        chunk = article.text[s:e]
        org, rest = org_prefix(chunk)
        r = ROLE_PREFIX.match(rest)
        role = r.group(0).strip() if r else None
        name = rest[r.end():].strip() if r else rest.strip()
        if not name:
            continue
        out.append(Credit(s, e, chunk, "video", name, role, org, block_seq=b.seq))
    return out


def _split_byline(names: str) -> tuple[list[tuple[int, int]], tuple[int, int] | None, str | None]:
    """Author spans, an organisation span and a title in a byline's name part (offsets into ``names``)."""
    pieces: list[tuple[int, int]] = []
    pos = 0
    for m in _NAME_SPLIT.finditer(names):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, len(names)))
    pieces = [(s, e) for s, e in pieces if names[s:e].strip()]
    org = None
    role = None
    authors: list[tuple[int, int]] = []
    for s, e in pieces:
        piece = names[s:e].strip(" .")
        low = piece.lower()
        if low in _TITLE_SET:
            role = piece
        elif low in WIRE_CANONICAL or low.removeprefix("the ") in WIRE_CANONICAL or (
                authors and split_credit(piece).org and not split_credit(piece).name):
            org = (s, s + len(names[s:e].rstrip(" .")))
        else:
            authors.append((s, s + len(names[s:e].rstrip(" ."))))
    return authors, org, role


def _wire_name(org: str) -> str | None:
    low = org.lower().strip()
    return WIRE_CANONICAL.get(low) or WIRE_CANONICAL.get(low.removeprefix("the "))


def _byline_credits(article: Article) -> list[Credit]:
    text = article.text
    out: list[Credit] = []
    for b in article.blocks:
        if b.kind != "byline":
            continue
        m = re.match(r"^By\s+", b.text)
        base = b.char_start + (m.end() if m else 0)
        names = text[base:b.char_end]
        authors, org, role = _split_byline(names)
        org_text = names[org[0]:org[1]] if org else None
        for s, e in authors:
            out.append(Credit(base + s, base + e, names[s:e], "byline", names[s:e], role, org_text, block_seq=b.seq))
        if org and _wire_name(org_text or ""):
            out.append(Credit(base + org[0], base + org[1], org_text or "", "wire", None, None,
                              _wire_name(org_text or ""), block_seq=b.seq))
    if out:
        return out
    value = article.metadata.get("byline")
    if isinstance(value, str) and value.strip():
        names = re.sub(r"^By\s+", "", value.strip())
        authors, org, role = _split_byline(names)
        org_text = names[org[0]:org[1]] if org else None
        for s, e in authors:
            name = names[s:e]
            wire = _wire_name(name)
            if wire:
                out.append(Credit(None, None, value, "wire", None, None, wire, origin="metadata:byline"))
            else:
                out.append(Credit(None, None, value, "byline", name, role, org_text, origin="metadata:byline"))
        if org_text and _wire_name(org_text):
            out.append(Credit(None, None, value, "wire", None, None, _wire_name(org_text), origin="metadata:byline"))
    return out


def byline_authors(article: Article) -> list[tuple[str, str | None]]:
    """The authors the byline names (its block's, else the metadata's), each with the title it gives them."""
    return [(c.credited_name, c.credited_role) for c in _byline_credits(article)
            if c.kind == "byline" and c.credited_name]


def _wire_credits(article: Article) -> list[Credit]:
    text = article.text
    out: list[Credit] = []
    body = [b for b in article.blocks if b.kind == "body"][:4]
    for b in body:
        m = DATELINE_RE.match(b.text)
        if m:
            if m["wire"]:
                w = m["wire"].strip()
                name = _wire_name(w)
                if name:
                    s = b.char_start + m.start("wire")
                    out.append(Credit(s, s + len(w), w, "wire", None, None, name, block_seq=b.seq))
            break
    for b in article.blocks:
        if b.kind not in ("body", "boilerplate"):
            continue
        for m in _CONTRIBUTED.finditer(b.text):
            name = _wire_name(m["w"])
            if name:
                s = b.char_start + m.start("w")
                out.append(Credit(s, s + len(m["w"]), text[s:s + len(m["w"])], "wire", None, None, name,
                                  block_seq=b.seq))
    return out


def _outlet_credits(article: Article, attributions: Sequence[Attribution]) -> list[Credit]:
    out: list[Credit] = []
    for a in attributions:
        if a.source_kind != "outlet" or a.source_start is None or a.source_end is None:
            continue
        s, e = min(a.source_start, a.cue_start), max(a.source_end, a.cue_end)
        if e - s > 200:
            continue
        org = a.source_name or a.source_text
        words = org.split()
        if (words[0].islower() or words[0] in ("The", "A", "An")) and not any(w[:1].isupper() for w in words[1:]):
            continue  # "The network", "news outlets": no outlet named to credit (but "Time magazine" is one)
        blk = article.block_at(s)
        out.append(Credit(s, e, article.text[s:e], "outlet", None, None, org, block_seq=blk.seq if blk else None))
    return out


def extract(article: Article, attributions: Sequence[Attribution] = (),
            dates: Sequence[TemporalMention] = ()) -> list[Credit]:
    """Every credit in ``article``; outlet credits come from ``attributions`` whose source is an outlet, a
    photo's ``caption_date`` from the temporal ``dates`` tagged in its caption."""
    credits = [*_blurb_credits(article), *_caption_credits(article, dates), *_byline_credits(article),
               *_wire_credits(article), *_outlet_credits(article, attributions)]
    seen: set[tuple[object, ...]] = set()
    out: list[Credit] = []
    for c in credits:
        key = (c.char_start, c.char_end, c.kind,
               (c.credited_name, c.credited_org) if c.char_start is None else None)
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    out.sort(key=lambda c: (c.char_start is None, c.char_start or 0))
    return out
