"""Attributions that do not hang on a reporting verb: "according to X", "Name: what they said" at the head
of a line (headlines, transcripts, "Report: ..."), and a quotation signed with a dash ("...” ― Jane Doe").
"""

from __future__ import annotations

import re

from newsprov.extract.article import Article
from newsprov.extract.attribution_sources import Candidate
from newsprov.extract.attribution_spans import (
    close_mixed_quote, parts_around, tok_span, trim_sentence_end, trimmed, trimmed_marks,
)
from newsprov.extract.quotes import Quote


def according_to(doc, text: str, tok) -> Candidate | list[Candidate] | None:
    to = doc[tok.i + 1]
    pobj = [c for c in to.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
    if not pobj:
        return None
    src_tok = pobj[0]
    source = trimmed(doc, src_tok.left_edge.i, src_tok.right_edge.i)
    if source is None:
        return None
    cue = tok_span(tok, to)
    phrase = (tok.idx, source[1])
    sent = tok.sent
    before = trimmed(doc, sent.start, tok.i - 1) if tok.i > sent.start else None
    after_i = src_tok.right_edge.i + 1
    after = trimmed(doc, after_i, sent.end - 1) if after_i < sent.end else None
    head = tok.head
    if head.i != tok.i and head.pos_ in ("VERB", "AUX") and head.sent == sent:
        # the clause "according to" hangs on, without the phrase (one part before it, one after)
        parts = [p for p in parts_around(doc, text, head, tok) if not (p[0] < phrase[1] and phrase[0] < p[1])]
        if parts:
            return [Candidate(cue, source, p, False, src_tok, tok, 0.9) for p in parts]
    content = None
    if before and after:
        content = before if before[1] - before[0] >= after[1] - after[0] else after
    else:
        content = before or after
    if content is None or (content[0] < phrase[1] and phrase[0] < content[1]):
        return None
    return Candidate(cue, source, close_mixed_quote(text, content), False, src_tok, tok, 0.9)


# (a transcript's turns may open with a quotation mark that is never closed: "PENCE: Well, ...)
_COLON_RE = re.compile(r"(?m)^[\"“]?(?:[^\n:]{0,80}? [-–—] )?(?P<src>[^\n:\"“]{2,60}?): (?=\S)")


_COLON_POS = frozenset(("PROPN", "NOUN", "DET", "ADP", "ADJ", "PUNCT", "CCONJ", "PART", "NUM", "SPACE"))


_NOT_SOURCES = frozenset("""
photo photos video update updated editor note related source sources caption credit image images read more
watch listen see also by posted published tags share advertisement warning correction q a
""".split())


def colon_attributions(doc, text: str, article: Article) -> list[Candidate]:
    """"Name: what they said" at the head of a line (headlines, transcripts, "Report: ...")."""
    out = []
    for m in _COLON_RE.finditer(text):
        src = m.span("src")
        span = doc.char_span(src[0], src[1], alignment_mode="expand")
        if span is None or len(span) > 8 or span.text.lower().split()[-1] in _NOT_SOURCES:
            continue
        if any(t.pos_ not in _COLON_POS for t in span) or not any(t.pos_ in ("PROPN", "NOUN") for t in span):
            continue
        named = any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in span)
        if not (named or (len(span) <= 2 and all(t.is_title or t.is_upper for t in span))
                or span.text.lower().endswith("report")):
            continue
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        content = trim_sentence_end(text, m.end(), line_end)
        if content[1] > content[0] and text[content[1] - 1] in "\"”" and not any(
                ch in "\"“" for ch in text[content[0]:content[1] - 1]):
            content = trim_sentence_end(text, content[0], content[1] - 1)  # the last turn of a transcript
        if content[1] <= content[0]:
            continue
        said = doc.char_span(content[0], content[1], alignment_mode="expand")
        # a statement (a verb, or a quotation), not a label ("Superdelegates: 121", "Follow X on Twitter: @x")
        if said is None or not (text[content[0]] in "“\"‘'" or any(t.pos_ in ("VERB", "AUX") for t in said)) \
                or "@" in text[src[0]:content[1]]:
            continue
        source = (span[0].idx, span[-1].idx + len(span[-1].text))
        colon = m.end() - 2
        direct = False
        inner = trimmed_marks(text, content)
        if inner is not None:
            content, direct = inner, True
        out.append(Candidate((colon, colon + 1), source, content, direct, span.root, None, 0.6))
    return out


_NAME_WORD = r"[A-Z][\w.'’-]*"


_DASH_SIGNATURE_RE = re.compile(
    rf"[ \xa0]*[―—–][ \xa0]*(?P<src>{_NAME_WORD}(?:[ \xa0]+{_NAME_WORD}){{0,5}})(?=[ \xa0]*(?:[.,(“\"\n]|\Z))")


def dash_signatures(doc, text: str, quotes: list[Quote]) -> list[Candidate]:
    """A quotation signed with a dash and a name ("... a real disgrace.” ― Jane Doe"), as in collected
    reactions and epigraphs: the dash is the cue, the name the source, the quotation the content."""
    out = []
    for q in quotes:
        if q.close is None or q.end <= q.start:
            continue
        m = _DASH_SIGNATURE_RE.match(text, q.outer_end)
        if m is None:
            continue
        src = m.span("src")
        if text[src[1] - 1] == "." and text[src[1] - 3:src[1] - 1].isalpha():
            src = (src[0], src[1] - 1)  # the sentence's full stop, not an initial's
        span = doc.char_span(src[0], src[1], alignment_mode="contract")
        if span is None or len(span) == 0 or not any(t.pos_ == "PROPN" for t in span):
            continue
        dash = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \xa0"))
        out.append(Candidate((dash, dash + 1), (span.start_char, span.end_char), (q.start, q.end), True,
                              span.root, None, 0.6))
    return out
