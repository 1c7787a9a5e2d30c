"""Segment a document's text into paragraph-level blocks and find its dateline, byline and wire.

Pure Python, no parse needed. One block per non-empty line (so blocks tile the text's non-empty lines, and a
block's text is ``text[char_start:char_end]``). Kinds come from, in order:

* hints from a reader that knows them (the HTML reader places captions, headlines and boilerplate);
* boilerplate lines: navigation and page furniture ("Share:", "In Other News", "Load More", newsletter
  prompts, "Related:"/"Read more:" teasers);
* captions recognised from text alone: a line ending in a credit such as "(Spc. Jane Doe/Army)" or
  "Photo: Jane Doe"; a short title-like line directly above a caption is its ``caption_title``;
* a lead line before the dateline that says who presents a video ("... is examined by Military Times
  Managing Editor Jane Doe.") is a ``media_blurb``;
* a "By Jane Doe and John Roe, Associated Press" line near the top is the ``byline``.

The dateline is the leading place name of the first body block ("WASHINGTON —", "CAIRO (AP) --"); a wire
in parentheses there is reported as ``Layout.wire``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsprov.extract.credit_lexicon import WIRE_CODES, trailing_credit
from newsprov.extract.timex_lexicon import MONTHS
from newsprov.schema import Block

NAME = "newsprov.blocks"
VERSION = "0.2.0"

_BOILERPLATE = re.compile(
    r"^(?:share:?|share (?:this|on) ?\w*:?|in other news|load more|loading\.*|related(?: stories| articles| posts"
    r"| content| coverage| links)?:?|advertisement|sponsored(?: content)?|subscribe(?: now| today)?!?|read more\.*|"
    r"more stories|more from [\w .'-]{1,40}|comments?|show comments|leave a comment|you (?:may|might) also like:?|"
    r"recommended(?: for you| stories)?:?|trending(?: now)?:?|most (?:read|popular|viewed):?|top stories:?|"
    r"tags?:|topics?:|filed under:?|print|email|facebook|twitter|linkedin|whatsapp|pinterest|reddit|"
    r"contenido relacionado|articles? connexes?|ähnliche artikel|verwandte artikel|weitere artikel|"
    r"skip to (?:main )?content|back to top|next article|previous article|click here.*|continue reading\.*|"
    r"(?:©|(?:copyright|\(c\))\s*(?:©\s*)?(?:\d{4}|by\b)).{0,120}|all rights reserved\.?|"
    r"this material may not be published.*|"
    r"follow us on .{0,60}|like us on facebook.*|download (?:the|our) app.*)$",
    re.IGNORECASE,
)
_TEASER = re.compile(
    r"^(?:related|read|read more|read also|also read|see also|more|watch|listen|recommended|don't miss|must read|"
    r"read next|up next|more on this(?: story)?|à lire aussi|lire aussi|lesen sie auch|mehr zum thema|"
    r"leer más|lee también|ver también|leia também|leggi anche)\s*[:|»>-]\s*\S",
    re.IGNORECASE,
)
# Subscription, newsletter, app and reprint prompts. Strong ones mark a line of up to 300 characters wherever
# they sit; weak ones ("sign up for", "subscribe to") only a short line or one that opens with them.
_PROMPT_STRONG = re.compile(
    r"\b(?:enter your email|delivered (?:straight )?to your inbox|by signing up,? you agree|already a subscriber|"
    r"first-time subscribers|free sign ?up|submit a letter to the editor|we want to hear what you think|"
    r"copyrighted property of|written permission must be obtained|advertisers do not influence|"
    r"newsletter sign[- ]?up)\b",
    re.IGNORECASE,
)
_NEWSLETTER = re.compile(
    r"\b(?:sign up for|subscribe to|get (?:our|the) [\w -]{0,40}newsletter|subscribe (?:now|today)|"
    r"please subscribe|download (?:the|our) [\w -]{0,30}apps?|sign(?:ing)? up (?:to|for) our [\w -]{0,30}newsletter|support (?:our|independent) journalism|"
    r"become a (?:member|subscriber|patron))\b",
    re.IGNORECASE,
)
_WIRE_ALT = "|".join(re.escape(w) for w in WIRE_CODES)
_MONTH = "(?:(?:" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")\.?)"
# A dateline opening a story: the place in capitals, its state or country, the date, the wire ("WASHINGTON --",
# "NEWPORT NEWS, Va. -", "DES MOINES, Iowa, Aug. 10 (UPI) —", "PARIS, Aug 31 (Reuters) -"), or a place in title
# case or a date alone when a wire follows ("Mexico City (AFP) –", "Dec 29 (Reuters) -"); not a label
# ("EXCLUSIVE –"). The one pattern for blocks, credits and attribution spans.
DATELINE_RE = re.compile(
    r"(?!(?:EXCLUSIVE|BREAKING|UPDATED?|WATCH|LIVE|ANALYSIS|OPINION|EDITORIAL|COMMENTARY|VIDEO|PHOTOS?)\b)"
    r"(?:(?P<place>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]*){0,3}"
    r"(?:,\s+(?!" + _MONTH + r"\b)[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?)"
    r"(?:,\s+(?P<date>" + _MONTH + r"\s+\d{1,2}))?"
    r"|(?P<titled>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:,\s+[A-Z][A-Za-z.]+)?)(?=\s+\()"
    r"|(?P<day>" + _MONTH + r"\s+\d{1,2})(?=\s+\())"
    r"(?:\s+\((?P<wire>[A-Za-z][A-Za-z .-]{0,30})\))?\s*(?:—|―|--|–|-)\s+"
)
_BYLINE = re.compile(r"^By\s+(?P<names>[A-Z][^\n]{1,150})$")
_BLURB = re.compile(
    r"\b(?:is|are|was|were|gets?|get)\s+(?:examined|discussed|explained|explored|analy[sz]ed|broken down|"
    r"unpacked|detailed|presented|narrated|reviewed|assessed)\s+(?:by|with)\s+(?:[A-Z][\w.'-]*\s*){2,}\.?$"
    r"|^(?:watch|video|listen|audio)\s*:\s+\S",
)
_TERMINAL = re.compile(r"[.!?:;,\"”]$")


@dataclass(slots=True)
class Layout:
    blocks: list[Block]
    dateline: tuple[int, int] | None = None  # span of the place name
    byline: tuple[int, int] | None = None  # span of the names after "By"
    wire: tuple[int, int] | None = None  # span of a wire code in the dateline: "AP" in "CAIRO (AP) --"


def _is_boilerplate(line: str) -> bool:
    if len(line) <= 160 and (_BOILERPLATE.match(line) or _TEASER.match(line)):
        return True
    if len(line) > 300:
        return False
    if _PROMPT_STRONG.search(line):
        return True
    m = _NEWSLETTER.search(line)
    # a short line with a prompt is one; a longer one only when it opens with the prompt (a paragraph that
    # mentions signing up, or a quoted tweet carrying a scraped "sign up" button, is not)
    return m is not None and (len(line) <= 120 or m.start() <= 40)


def _title_like(line: str) -> bool:
    if len(line) > 100 or _TERMINAL.search(line):
        return False
    words = line.split()
    if not 2 <= len(words) <= 14:
        return False
    caps = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return caps >= 0.6 * len(words)


def segment(text: str, hints: list[Block] | None = None) -> Layout:
    """Blocks of ``text``; ``hints`` (from an HTML reader) give known kinds for some spans."""
    blocks: list[Block] = []
    for m in re.finditer(r"[^\n]+", text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        line = text[start:end]
        kind = "boilerplate" if _is_boilerplate(line) else "body"
        blocks.append(Block(len(blocks), kind, start, end, line))
    hinted: set[int] = set()
    if hints:
        by_span = {(h.char_start, h.char_end): h.kind for h in hints}
        for b in blocks:
            k = by_span.get((b.char_start, b.char_end))
            if k:
                b.kind = k
                hinted.add(b.seq)

    # captions from text alone: a line ending in a credit
    for b in blocks:
        if b.kind == "body" and b.seq not in hinted and trailing_credit(b.text, strict=True):
            b.kind = "caption"
    # a short title-like line directly above a caption (no blank line between) is its title
    for prev, b in zip(blocks, blocks[1:]):
        if (b.kind == "caption" and prev.kind == "body" and prev.seq not in hinted
                and "\n\n" not in text[prev.char_end:b.char_start] and _title_like(prev.text)):
            prev.kind = "caption_title"

    byline = None
    for b in blocks[:8]:
        if b.kind in ("body", "byline"):
            m = _BYLINE.match(b.text)
            if m and len(b.text) <= 160:
                b.kind = "byline"
                byline = (b.char_start + m.start("names"), b.char_end)
                break

    dateline = wire = None
    for b in [b for b in blocks if b.kind == "body"][:4]:
        m = DATELINE_RE.match(b.text)
        if m:
            group = "place" if m["place"] else "titled" if m["titled"] else None  # (no place: "Dec 29 (Reuters) -")
            if group is not None:
                dateline = (b.char_start + m.start(group), b.char_start + m.end(group))
            if m["wire"] and re.fullmatch(_WIRE_ALT, m["wire"].strip()):
                wire = (b.char_start + m.start("wire"), b.char_start + m.end("wire"))
            # video blurbs before the dateline
            for lead in blocks[: b.seq]:
                if lead.kind == "body" and lead.seq not in hinted and _BLURB.search(lead.text):
                    lead.kind = "media_blurb"
            break
    return Layout(blocks, dateline, byline, wire)
