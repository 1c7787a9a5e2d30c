"""TIMEX3 temporal tagging and normalisation against the publication date (the DCT).

``tag(text, dct)`` finds every temporal expression (DATE, TIME, DURATION, SET) and gives it the TimeML
value relative to the DCT, with the tense of its sentence deciding which way a bare "Wednesday" or
"Jan. 3" points. The grammar (timex_grammar.py) proposes candidate extents; the longest
non-overlapping ones are kept; the spaCy parse supplies the tense, and its DATE/TIME entities only add
confidence. Without a DCT, absolute expressions are still resolved and relative ones keep X's
(``XXXX-WXX-3``) with the anchor "DCT unknown".
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsprov.extract import timex_resolve as rs
from newsprov.extract.article import Article
from newsprov.extract.intervals import DisjointSpans
from newsprov.extract.timex_grammar import COMPILED
from newsprov.extract.timex_handlers import Context, Parse
from newsprov.schema import TemporalMention

_WHOLE_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")

if TYPE_CHECKING:
    from spacy.tokens import Doc

NAME = "newsprov.dates"
VERSION = "0.2.0"

DCT_UNKNOWN = "DCT unknown"
PAST_PERFECT = "PAST_PERFECT"  # internal: reported as PAST
_FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "'d"}
_MODALS = {"can", "may", "might", "must", "should", "ca"}  # not "could": as often the past of "can"
_FUTURE_HEADS = {"plan", "expect", "schedule", "set", "due", "intend", "hope", "aim", "prepare", "going", "slate",
                 "want", "seek", "promise", "threaten", "vow", "agree", "decide", "propose"}


def _verb_tense(verb, depth: int = 0) -> str | None:
    """PAST, PRESENT or FUTURE of a verb from its auxiliaries and morphology."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _FUTURE_AUX or a.lower_ in ("going", "gon") for a in auxes):
        return rs.FUTURE
    if any(a.lower_ in _MODALS for a in auxes):
        # "may happen soon" looks ahead; "may have left Tuesday" looks back
        return rs.PAST if any(a.lemma_ == "have" for a in auxes) else rs.FUTURE
    if any(a.lower_ == "to" for a in auxes) or (verb.tag_ == "VB" and verb.dep_ == "xcomp"):
        # an infinitive takes its time from the verb it complements: "plans to meet Friday" looks
        # ahead, "had been scheduled to expire Friday" does not
        head = verb.head
        if head is verb or depth > 2:
            return None
        if head.lemma_ == "be" and head.i < verb.i:
            return rs.FUTURE  # "is to resume trading Tuesday"
        if head.lemma_ in _FUTURE_HEADS:
            head_auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
            if any(a.lower_ == "had" for a in head_auxes):
                return PAST_PERFECT
            return rs.FUTURE
        return _verb_tense(head, depth + 1)
    if any(a.lower_ == "had" for a in auxes):
        return PAST_PERFECT  # before a past reference point: no cue word can point it ahead
    if any(a.lemma_ == "have" for a in auxes):
        return rs.PAST  # perfect: the event is over
    if verb.lemma_ in _FUTURE_HEADS and verb.tag_ == "VBN" and not auxes:
        return rs.FUTURE  # "a meeting scheduled for Friday"
    for a in auxes:
        tense = a.morph.get("Tense")
        if "Past" in tense:
            return rs.PAST
        if "Pres" in tense:
            return rs.PRESENT
    if verb.tag_ in ("VBD", "VBN"):
        return rs.PAST
    if verb.tag_ in ("VBZ", "VBP"):
        return rs.PRESENT
    return None


class _TenseFinder:
    """Tense of the verb governing a character span, via the spaCy parse (cached per token)."""

    def __init__(self, doc: Doc | None) -> None:
        self.doc = doc if doc is not None and doc.has_annotation("DEP") else None
        self.cache: dict[int, str | None] = {}
        self.sents: list | None = None  # the sentences, read once (``token.sent`` walks its sentence each time)
        self.sent_starts: list[int] = []
        self.sent_tense: dict[int, str | None] = {}  # a sentence's own tense, by its start

    def __call__(self, start: int, end: int) -> str | None:
        if self.doc is None:
            return None
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        tok = span.root
        if tok.i in self.cache:
            return self.cache[tok.i]
        tense = None
        cur = tok
        for _ in range(10):  # up the dependency tree to the first verb that shows a tense
            if cur.pos_ in ("VERB", "AUX"):
                tense = _verb_tense(cur)
                if tense is not None:
                    break
            if cur.head is cur:
                break
            cur = cur.head
        if tense is None:  # a verbless fragment or an untensed chain: the sentence's first tensed verb
            tense = self._sentence_tense(tok)
        self.cache[tok.i] = tense
        return tense

    def _sentence_tense(self, tok) -> str | None:
        if self.sents is None:
            self.sents = list(self.doc.sents)
            self.sent_starts = [s.start for s in self.sents]
        sent = self.sents[bisect.bisect_right(self.sent_starts, tok.i) - 1]
        if sent.start not in self.sent_tense:
            self.sent_tense[sent.start] = _verb_tense(sent.root) or next(
                (t for t in (_verb_tense(v) for v in sent if v.pos_ in ("VERB", "AUX")) if t), None)
        return self.sent_tense[sent.start]


class _EntLabels:
    """spaCy's entity label at a character span (the label of the first entity overlapping it)."""

    def __init__(self, doc: Doc | None) -> None:
        self.ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents] if doc is not None else []
        self.ends = [e for _, e, _ in self.ents]  # (entities do not overlap: their ends are in order too)

    def __call__(self, start: int, end: int) -> str | None:
        k = bisect.bisect_right(self.ends, start)  # the first entity that ends after ``start``
        if k < len(self.ents) and self.ents[k][0] < end:
            return self.ents[k][2]
        return None


def _candidates(text: str, ctx: Context) -> list[tuple[int, int, int, str, Parse]]:
    """(start, end, rule index, rule name, parse) for every match a rule's handler accepts."""
    out = []
    for prio, (name, pattern, handler) in enumerate(COMPILED):
        for m in pattern.finditer(text):
            start, end = m.span()
            if end <= start:
                continue
            ctx.span = (start, end)
            parse = handler(m, ctx)
            if parse is not None:
                if parse.start is not None:
                    start = parse.start
                    while start < end and text[start].isspace():
                        start += 1
                if parse.end is not None:
                    end = parse.end
                out.append((start, end, prio, name, parse))
                for s2, e2, p2 in parse.also or ():
                    out.append((s2, e2, prio, name, p2))
    return out


def _select(cands: list[tuple[int, int, int, str, Parse]]) -> list[tuple[int, int, int, str, Parse]]:
    """The longest candidates that do not overlap a longer one (rule order breaks ties)."""
    chosen: list[tuple[int, int, int, str, Parse]] = []
    taken = DisjointSpans()
    for c in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
        if taken.overlaps(c[0], c[1]):
            continue
        chosen.append(c)
        taken.add(c[0], c[1])
    chosen.sort(key=lambda c: c[0])
    return chosen


def _fill_markers(chosen: list[tuple[int, int, int, str, Parse]], dct: dt.date | None, text: str) -> None:
    """Resolve markers in reading order: @Q / @Q-1 / @Y-1 (the quarter a report is about is the last one
    named) and @REF (an anaphoric "the following year" counts from the last calendar date named)."""
    focus: str | None = None
    last_named: tuple[str, str] | None = None  # (text, value) of the last calendar date named
    for start, end, _, name, p in chosen:
        if p.value.startswith("@REF:"):
            _, unit, n = p.value.split(":")
            if last_named and (v := rs.shift_value(last_named[1], unit, int(n))):
                p.value, p.anchor = v, f"{last_named[1]} ({last_named[0]})"
            else:
                p.value = rs.relative(dct, unit, int(n))
        elif p.type == "DATE" and rs.shift_value(p.value, "Y", 0):
            last_named = (text[start:end], p.value)
        if p.value.startswith("@"):
            if p.value == "@Q":
                p.value = focus or rs.last_completed_quarter(dct)
            elif p.value == "@Q-1":
                p.value = rs.minus_year(focus or rs.last_completed_quarter(dct))
            elif p.value.startswith("@Q:"):
                year = p.value[3:]
                p.value = f"{year}{focus[4:]}" if focus else year
            elif p.value == "@Y-1":
                if focus is not None:
                    p.value = rs.minus_year(focus)
                else:
                    p.value = rs.relative(dct, "Y", -1)
        elif name == "quarter" and "-Q" in p.value:
            focus = p.value


def _effective_tense(ctx: Context, start: int, end: int) -> str | None:
    """The tense a mention was resolved with: the governing verb's, unless a cue word ("until", "since",
    "payable") in front overrode it."""
    ctx.span = (start, end)
    return ctx.tense()


def tag(text: str, dct: dt.date | None, nlp_doc: Doc | None = None,
        block_kind_at=None) -> list[TemporalMention]:
    """Every temporal expression in ``text``, normalised against ``dct`` (parses ``text`` if no Doc is given).

    ``block_kind_at``: optional callable offset -> block kind, to fill ``block_kind``.
    """
    if nlp_doc is None:
        from newsprov import nlp as nlp_mod

        nlp_doc = nlp_mod.load()(text)
    tense_of = _TenseFinder(nlp_doc)
    ctx = Context(text, dct, tense_of, _EntLabels(nlp_doc))
    chosen = _select(_candidates(text, ctx))
    _fill_markers(chosen, dct, text)
    ents = [(s, e) for s, e, label in ctx.ent_label.ents if label in ("DATE", "TIME")]
    anchor = f"DCT {dct.isoformat()}" if dct else DCT_UNKNOWN
    mentions = []
    for start, end, _, _, p in chosen:
        conf = p.confidence
        if any(s < end and start < e for s, e in ents):
            conf = min(1.0, conf + 0.05)  # spaCy's NER agrees there is a date here
        if p.relative and dct is None:
            conf = min(conf, 0.5)
        mentions.append(TemporalMention(
            char_start=start, char_end=end, text=text[start:end], timex_type=p.type, value=p.value, mod=p.mod,
            anchor=(p.anchor or anchor) if p.relative else None, confidence=round(conf, 3),
            block_kind=block_kind_at(start) if block_kind_at else None,
            tense=_effective_tense(ctx, start, end),
        ))
    return mentions


def first_day(mentions: Sequence[TemporalMention], start: int = 0, end: int | None = None) -> str | None:
    """The day (YYYY-MM-DD) of the first mention in ``[start, end)`` that names a whole day, if any
    ("Dec. 22, 2019" -> "2019-12-22"; a time on a known day gives that day)."""
    for m in sorted(mentions, key=lambda m: m.char_start):
        if start <= m.char_start and (end is None or m.char_end <= end) and m.timex_type in ("DATE", "TIME"):
            day = _WHOLE_DAY.match(m.value)
            if day:
                return day.group()
    return None


def extract(article: Article) -> list[TemporalMention]:
    """Every temporal expression in ``article.text`` with its TIMEX3 type, value and mod."""

    def kind_at(offset: int) -> str | None:
        b = article.block_at(offset)
        return b.kind if b else None

    return tag(article.text, article.published_at, article.nlp, kind_at)
