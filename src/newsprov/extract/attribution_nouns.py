"""Noun cues: "his claim that ...", "Trump's attacks on ...", "her decision to ...".

A noun is a cue when it has a possessive (the source) and a complement (the content): a "that" clause
(frame ``T``), an infinitive (``I``) or a preposition (``O``: of, about, against, on, for; the preposition
then belongs to the cue, as PolNeAR draws it). Which nouns, in which frame, are cues is learned from
PolNeAR's train split next to the verb table (``attribution_train``, keys ``n:<lemma>|<frame>``); a noun
not seen often enough in training is never a cue here.
"""

from __future__ import annotations

from newsprov.extract.attribution_sources import Candidate

Span = tuple[int, int]

NOUN_PREPOSITIONS = frozenset("of about against on for".split())
NOUN_THRESHOLD = 0.3  # (cue count + 0.2) / (seen + 2) in training above which a possessed noun is a cue
MIN_SEEN = 3


def noun_frame(tok):  # tok: spacy Token
    """(frame, possessive, complement head, preposition) of a possessed noun, or None.

    ``T``: "claim that ..." (the clause's head), ``I``: "decision to ..." (the infinitive's head),
    ``O``: "attacks on ..." (the preposition's object).
    """
    poss = None
    for c in tok.children:
        if c.dep_ == "poss":
            poss = c
            break
    if poss is None:
        return None
    for c in tok.children:
        if c.i < tok.i:
            continue
        if c.dep_ in ("acl", "ccomp") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            return "T", poss, c, None
        if c.dep_ == "acl" and c.tag_ == "VB" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            return "I", poss, c, None
        if c.dep_ == "prep" and c.lower_ in NOUN_PREPOSITIONS and c.i == tok.i + 1:
            pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                return "O", poss, pobj, c
    return None


def noun_key(tok) -> str | None:
    found = noun_frame(tok) if tok.pos_ == "NOUN" else None
    return f"n:{tok.lemma_.lower()}|{found[0]}" if found else None


def noun_attributions(doc, table: dict[str, list[int]]) -> list[Candidate]:
    """Candidates for the possessed nouns that training says are cues in their frame."""
    out = []
    for tok in doc:
        if tok.pos_ != "NOUN":
            continue
        found = noun_frame(tok)
        if found is None:
            continue
        frame, poss, head, prep = found
        hit = table.get(f"n:{tok.lemma_.lower()}|{frame}")
        if hit is None or hit[1] < MIN_SEEN:
            continue
        rate = (hit[0] + 0.2) / (hit[1] + 2)
        if rate < NOUN_THRESHOLD:
            continue
        source = _span(doc, poss.left_edge.i, poss.right_edge.i)
        content = _span(doc, head.left_edge.i, head.right_edge.i)
        last = prep if prep is not None else tok
        cue = (tok.idx, last.idx + len(last.text))
        if source is None or content is None or content[0] < cue[1]:
            continue
        out.append(Candidate(cue, source, content, False, poss, tok, round(rate, 3)))
    return out


def _span(doc, start_i: int, end_i: int) -> Span | None:
    while start_i <= end_i and (doc[start_i].is_punct or doc[start_i].is_space):
        start_i += 1
    while end_i >= start_i and (doc[end_i].is_punct or doc[end_i].is_space):
        end_i -= 1
    if start_i > end_i:
        return None
    return doc[start_i].idx, doc[end_i].idx + len(doc[end_i].text)
