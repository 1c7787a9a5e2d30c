"""Adjective cues: "Graham has been critical of Trump", "Many Democrats are afraid that ...", "he is eager to
move on"; and the nouns of a stance after "be" ("Kaine is a staunch opponent of the death penalty").

An adjective naming an attitude, after "be" or "remain" with a subject (the source), or after the one who holds
it ("Republicans, concerned about ...", "donors reluctant to ...", "..., confident that ..."), and with a
complement (the content): a preposition's object ("critical of", "worried about"; the preposition then belongs to
the cue, as PolNeAR draws it), a "that" clause or an infinitive. Without a complement ("he was angry") nothing is
reported. The adjectives are a lexicon of attitudes (``attribution_lexicon.ATTITUDE_ADJECTIVES``); on PolNeAR's
train and dev about seven in ten of them in these frames head a gold cue, where a copular adjective in general does
in about one in ten.
"""

from __future__ import annotations

from newsprov.extract import attribution_lexicon as lex
from newsprov.extract.attribution_cues import cue_start
from newsprov.extract.attribution_sources import Candidate
from newsprov.extract.attribution_spans import settled_source, source_span, tok_span, trimmed

_COPULAS = frozenset(("be", "remain"))
_LIKELY = frozenset(("sure", "certain"))  # with an infinitive, what is likely: "is almost certain to win"
_PREPOSITIONS = frozenset("of about in with at over toward towards on".split())  # "to" only after "opposed"
# ("critical to placing ad buys" is of importance, not of an attitude)


def adjective_attributions(doc) -> list[Candidate]:
    """Candidates for the attitude adjectives with a subject and a complement: after "be" or "remain", or after the
    one who holds the attitude (``_holder_before``)."""
    text = doc.text
    out = []
    for adj in doc:
        if adj.pos_ != "ADJ" or adj.lemma_.lower() not in lex.ATTITUDE_ADJECTIVES:
            continue
        if adj.dep_ == "acomp":
            opens = adj.head  # the copula opens the cue ("has been critical of")
            subj = next((c for c in opens.children if c.dep_ == "nsubj" and c.i < opens.i), None)
            if opens.lemma_.lower() not in _COPULAS or subj is None:
                continue
        elif (subj := _holder_before(adj)) is not None:
            opens = adj  # the adjective and its adverbs ("still confident in")
        else:
            continue
        found = _complement(adj)
        if found is None:
            continue
        content_head, last = found
        cand = _candidate(doc, text, subj, adj.left_edge.i - 1 if subj.is_ancestor(adj) else None, adj.idx,
                          trimmed(doc, content_head.left_edge.i, content_head.right_edge.i),
                          tok_span(doc[cue_start(doc, opens)], last), adj, 0.7)
        if cand is not None:
            out.append(cand)
    return out


def stance_noun_attributions(doc) -> list[Candidate]:
    """Candidates for a stance a noun after "be" names, with what it is of: "Clinton is an outspoken supporter of
    Roe v. Wade", "Kaine is a staunch opponent of the death penalty", "Weber is no fan of Trump" (the cue from the
    copula through "of", as PolNeAR draws it), or "against" names ("Sanders is against it"); a person, people or
    a body holding it."""
    text = doc.text
    out = []
    for noun in doc:
        if noun.dep_ == "attr" and noun.pos_ == "NOUN" and noun.lemma_.lower() in lex.STANCE_NOUNS:
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i), None)
        elif noun.dep_ == "prep" and noun.lower_ == "against" and doc[noun.i - 1].lower_ != "up" and not any(
                c.dep_ in ("attr", "acomp") or (c.dep_ == "mark" and c.lower_ == "as") for c in noun.head.children):
            of = noun  # (not "up against", nor a comparison: "as he was against his opponents")
        else:
            continue
        copula = noun.head
        subj = next((c for c in copula.children if c.dep_ == "nsubj" and c.i < copula.i), None)
        obj = next((g for g in of.children if g.dep_ in ("pobj", "pcomp")), None) if of is not None else None
        if copula.lemma_.lower() not in _COPULAS or subj is None or obj is None or not (
                subj.pos_ in ("PRON", "PROPN") or lex.names_people_or_body(subj.lemma_.lower())):
            continue
        # (without a relative clause set off after it: "Mr. Trump's pugilistic instincts, which the candidate has
        # made clear ..." is what the candidate reports)
        end = min([c.left_edge.i - 2 for c in obj.children if c.dep_ == "relcl" and c.i > obj.i
                   and doc[c.left_edge.i - 1].text == ","] + [obj.right_edge.i])
        cand = _candidate(doc, text, subj, copula.i - 1, copula.idx, trimmed(doc, obj.left_edge.i, end),
                          tok_span(doc[cue_start(doc, copula)], of), noun, 0.6)
        if cand is not None:
            out.append(cand)
    return out


def _candidate(doc, text: str, subj, last: int | None, anchor: int, content, cue, head,
               confidence: float) -> Candidate | None:
    """A candidate with ``subj``'s phrase (up to token ``last``) as its source, or None where the source or the
    content is missing or they are not on either side of the cue."""
    source = source_span(doc, subj, last)
    source = settled_source(text, source, subj, anchor) if source is not None else None
    if source is None or content is None or content[0] < cue[1] or source[1] > cue[0]:
        return None
    return Candidate(cue, source, content, False, subj, head, confidence)


def _holder_before(adj):
    """The one before it who holds an attitude an adjective names after them, outside a copula: "Republicans,
    concerned about the party's decline, ...", "a grumpy Trump -- angry at how Fox News has treated him",
    "conservative donors reluctant to support Trump", "Clinton aides spent Saturday delivering pep talks ...,
    confident that Democrats would be drawn to ..." (the subject of the verb the adjective hangs on); a person,
    people or a body, not a thing ("a lively new book critical of ...") nor an object the parser hung it on
    ("scrapped some events, wary of overextending their candidate")."""
    if adj.dep_ == "amod" and adj.head.dep_ not in ("dobj", "pobj"):
        holder = adj.head
    elif adj.dep_ == "advcl" and adj.head.pos_ in ("VERB", "AUX"):
        holder = next((c for c in adj.head.children if c.dep_ == "nsubj" and c.i < adj.head.i), None)
    else:
        return None
    if holder is None or not (holder.pos_ == "PROPN" or (holder.pos_ == "NOUN"
                                                        and lex.names_people_or_body(holder.lemma_.lower()))):
        return None
    return holder


def _complement(adj):
    """(content head, last word of the cue) for the adjective's complement right after it, or None."""
    for c in adj.children:
        if c.i < adj.i:
            continue
        if c.dep_ == "prep" and c.i == adj.i + 1 and (
                c.lower_ in _PREPOSITIONS or (c.lower_ == "to" and adj.lemma_.lower() == "opposed")):
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            return (obj, c) if obj is not None else None
        if c.dep_ in ("ccomp", "xcomp") and (c.pos_ in ("VERB", "AUX") or _has_subject(c)) \
                and not (c.dep_ == "xcomp" and adj.lemma_.lower() in _LIKELY) and not (
                c.dep_ == "xcomp" and any(g.dep_ == "auxpass" or g.lemma_ == "have" for g in c.children
                                          if g.dep_ in ("aux", "auxpass"))):
            return c, adj  # (not "was determined to have been involved": a finding, not an attitude)
    return None


def _has_subject(clause) -> bool:
    """Whether a clause has a subject, whatever the tagger made of its head ("that Mrs. Clinton's large edge may be
    undercut by apathy", "undercut" tagged an adjective)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
