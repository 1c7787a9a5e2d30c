"""Quotations that go on with an attribution's content after the parse has done with it.

``"A," Smith said. "B."``: the quotations after an attribution's sentence with no cue of their own continue what
it reports (``with_continued_quotes``); a content that runs into a quotation, or ends in a colon introducing one,
takes it too (``with_run_on_quotes``). Each added quotation is another row with the same source and cue, the
convention of a quote split around its cue.
"""

from __future__ import annotations

import re

from newsprov.extract import attribution_lexicon as lex
from newsprov.extract.attribution_sources import Candidate as _Candidate
from newsprov.extract.quotes import Quote

_SPACES_RE = re.compile(r"\s*")


# a full stop that ends a sentence, not one of "Mrs. Clinton", "N.C.", "Sen. Kaine"
_SENTENCE_END_RE = re.compile(r"(?<![A-Z])(?<!\bM[rs])(?<!\bMrs)(?<!\b[DSJ][rt])(?<!\b(?:Sen|Rep|Gov|Gen|Col|Sgt))"
                              r"[.!?][\"'”’]*(?=\s|\Z)")


def with_continued_quotes(text: str, quotes: list[Quote], cands: list[_Candidate]) -> list[_Candidate]:
    """``"A," Smith said. "B."`` and a next paragraph ``"C."``: the quotations that follow an attribution's
    sentence with no cue of their own go on with what it reports. Each gives a row with the same source and cue
    (the convention of a quote split around its cue). An attribution whose content follows its cue ("Smith
    said: ...") is left alone: the quotations after it are as often someone else's, PolNeAR shows.
    ``cands`` are sorted by cue, so the rows of one cue (a split quote's parts) are neighbours."""
    by_open = {q.open: q for q in quotes if q.close is not None}
    cues = [c.cue for c in cands]
    contents = [c.content for c in cands]
    out: list[_Candidate] = []
    group: list[_Candidate] = []  # the rows of the current cue
    for i, c in enumerate(cands):
        out.append(c)
        group = group + [c] if group and group[-1].cue == c.cue else [c]
        if i + 1 < len(cands) and cands[i + 1].cue == c.cue:
            continue  # continue from the last row of the cue
        if not any(g.content[0] < c.cue[0] for g in group):
            continue
        end = max([g.content[1] for g in group] + [c.cue[1], c.source[1]])
        m = _SENTENCE_END_RE.search(text, end - 1)
        if m is None or "\n" in text[end:m.start()]:
            continue
        pos = m.end()
        while True:
            q = by_open.get(_SPACES_RE.match(text, pos).end())
            if q is None or not _closes_sentence(text, q):
                break
            after = _SENTENCE_END_RE.search(text, q.outer_end + 1)
            stop = after.end() if after is not None and "\n" not in text[q.outer_end:after.start()] else q.outer_end
            if any(q.open <= s < q.outer_end for s, _ in cues) or any(
                    q.outer_end <= o.cue[0] < stop and o.content[0] < o.cue[0] for o in cands) or any(
                    s < q.end and q.start < e for s, e in contents + [c.source]):
                # the quotation has its own cue, inside it or in the sentence after it ("B." Lee said.), or is
                # already someone's content
                break
            out.append(_quoted_part(c, q))
            pos = q.outer_end + (text[q.outer_end:q.outer_end + 1] in (".", "!", "?"))
    return out


_INTRODUCES_RE = re.compile(r"(?:[^.!?:;\n\"“”]{0,30}:)?\s*")  # "...: “", "... as follows:\n\n“"


def with_run_on_quotes(text: str, quotes: list[Quote], cands: list[_Candidate]) -> list[_Candidate]:
    """Reported content that runs into a quotation goes on to its end: a mixed quote the sentence leaves open
    ("added that he had spent his life “fighting for the Constitution. I'll tell you this, ...”") takes the rest
    of the quotation; a content that ends in a colon ("recalled the pay freeze: “I saw ...”", "argued that:",
    "described the event as follows:"), or a statement followed by a comma ("issued a statement, “...”"), is
    followed by the quotation it introduces, as another row with the same source and cue."""
    closed = [q for q in quotes if q.close is not None]
    by_open = {q.open: q for q in closed}
    cues = [c.cue for c in cands]
    contents = [c.content for c in cands if c.content]
    out: list[_Candidate] = []
    for c in cands:
        out.append(c)
        if c.content is None or c.direct or c.content[0] < c.cue[1]:
            continue
        start, end = c.content
        inside = next((q for q in closed if start <= q.open and q.start < end < q.end), None)
        if inside is None and text[end:end + 1] == " ":
            # the parse stopped right before the quotation its clause runs into ("their entire life “fighting ...”")
            inside = by_open.get(end + 1)
            if inside is not None and any(s < inside.end and inside.start < e for s, e in contents):
                inside = None
        if inside is not None and "\n" not in text[end:inside.close] and not any(
                end <= s < inside.outer_end for s, _ in cues + [c.source]):
            c.content = (start, inside.outer_end)
            continue
        colon = _INTRODUCES_RE.match(text, end)
        last_word = (text[start:end].split() or [""])[-1].lower()
        if ":" in text[end - 1:colon.end()]:
            q = by_open.get(colon.end())
        elif text.startswith(",", end) and last_word in lex.STATEMENT_NOUNS:
            q = by_open.get(_SPACES_RE.match(text, end + 1).end())  # "issued a statement, “...”"
        else:
            continue
        if q is None or text[end:q.open].count("\n") > 2 or any(q.open <= s < q.outer_end + 2 for s, _ in cues) \
                or any(s < q.end and q.start < e for s, e in contents + [c.source]):
            continue
        out.append(_quoted_part(c, q))
    return out


def _quoted_part(c: _Candidate, q: Quote) -> _Candidate:
    """Another row of attribution ``c``: the same source and cue, quotation ``q`` as its content."""
    return _Candidate(cue=c.cue, source=c.source, content=(q.start, q.end), direct=True,
                      source_head=c.source_head, verb=c.verb, confidence=c.confidence)


def speech_verb_after(doc, text: str, q: Quote) -> bool:
    """Whether the sentence a quotation ends in, after the quotation, holds a speech verb ("..., Lee said.")."""
    m = _SENTENCE_END_RE.search(text, q.outer_end)
    end = m.start() if m is not None else len(text)
    line_end = text.find("\n", q.outer_end)
    tail = doc.char_span(q.outer_end, end if line_end < 0 else min(end, line_end), alignment_mode="contract")
    return tail is not None and any(t.pos_ == "VERB" and t.lemma_.lower() in lex.SPEECH_VERBS for t in tail)


def _closes_sentence(text: str, q: Quote) -> bool:
    """Whether a quotation ends its sentence (``..."`` with the full stop inside or right after the mark)."""
    return text[q.close - 1] in ".!?" or text[q.outer_end:q.outer_end + 1] in (".", "!", "?")
