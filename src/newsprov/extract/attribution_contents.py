"""What a verb cue reports when it is not a plain clause or quotation after it.

An object or a preposition's object for a stance verb ("called for", "is doubling down on his attacks"), a passive
subject ("was first reported by"), a clause the parser hung elsewhere ("tweeted in the early morning hours that
..."), and the two parts around source and cue of a relative clause ("a wall, which he said Mexico should pay
for"). Each returns character spans into the document's text.
"""

from __future__ import annotations

from newsprov.extract import attribution_lexicon as lex
from newsprov.extract.attribution_cues import cue_preposition
from newsprov.extract.attribution_sources import Span
from newsprov.extract.attribution_spans import (
    before_aside, before_participle, close_mixed_quote, content_span, own_clause, trimmed, within_paragraph,
)


def relative_content(doc, text: str, verb, cue: Span, source: Span, content_tok) -> list[Span] | None:
    """What a relative clause reports when what it is about was taken out of the report: "a wall, which he
    said Mexico should pay for", "an explosion that the mayor described as an intentional act", "the
    meddling the congressman said is designed to sow discord", "what Trump says his plan would do". PolNeAR
    draws the content from the relative word (else from the noun the clause describes) to the clause's end,
    the source and cue inside it; here it is two parts around them, one row each."""
    rel = None
    if content_tok is not None and content_tok.left_edge.i < verb.i and lex.is_relative_word(content_tok.left_edge):
        rel = content_tok.left_edge  # extracted from the reported clause
    if rel is None:
        rel = next((c for c in verb.children if c.dep_ in ("dobj", "pobj") and c.i < verb.i
                    and lex.is_relative_word(c)), None)  # "which he described as ..."
    if rel is None and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") \
            and not any(lex.is_relative_word(t) or t.lower_ in ("when", "where", "why")
                        for t in doc[verb.head.i + 1:verb.i]) \
            and not _named_after(verb.head, verb):  # "in February, when the company balked at ..."
        rel = verb.head.left_edge  # no relative word: the noun phrase is the start
    if rel is None or rel.idx >= source[0] or "\n" in text[rel.idx:source[0]]:
        return None
    before = trimmed(doc, rel.i, doc.char_span(rel.idx, source[0], alignment_mode="expand").end - 1)
    end_i = verb.right_edge.i
    if end_i + 1 < len(doc) and doc[end_i + 1].dep_ == "conj" and doc[end_i + 1].pos_ in ("VERB", "AUX"):
        # the relative's own verb, which the parser joined to the sentence's: "the test, which state news media
        # claimed now allows Pyongyang to produce nuclear warheads"
        end_i = doc[end_i + 1].right_edge.i
    after_i = next((t.i for t in doc[verb.i:end_i + 1] if t.idx >= cue[1]), None)
    after = trimmed(doc, after_i, end_i) if after_i is not None else None
    if before is None or after is None:
        return None
    after = close_mixed_quote(text, within_paragraph(text, after, verb.idx))
    return [before, after] if after[1] > after[0] else None


def _named_after(noun, verb) -> bool:
    """Whether the subject of ``verb``, a clause the parser hung on ``noun``, is a name right after a noun for people
    or a body, and what the verb reports a whole clause: the noun's name, not a relative clause on it ("The
    anti-Trump group Our Principles PAC said it would ..."; but "a campaign Mr. Khan has called bigoted")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    lemma = noun.lemma_.lower()
    return subj is not None and subj.pos_ == "PROPN" and subj.left_edge.i == noun.i + 1 \
        and lex.names_people_or_body(lemma) \
        and any(c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                for c in verb.children)


CONTENT_PREPOSITIONS = frozenset("on about with by over against for of to as at".split())


# verbs that state an attitude named by their object ("expressed concern that ...", "voiced support for ...")
_ATTITUDE_VERBS = frozenset(("express", "voice"))
_ATTITUDE_PREPOSITIONS = frozenset("about over for with at in on toward towards regarding".split())


def attitude_object(doc, text: str, verb) -> tuple[int, int, int] | None:
    """An object that joins the cue, with its preposition, before what it is about; (content start, content
    end, cue end), or None.

    - After "express" or "voice", a bare noun naming the attitude: "expressed concern that the bill would
      raise costs", "voiced support for the stadium" (32 of the 43 gold cues where this applies on train and
      dev; 9 end at the verb); with "her support for" or "particular concern over" the cue is the verb alone.
    - After any cue verb, a noun of ``lex.CUE_OBJECT_NOUNS`` whatever goes before it but a possessive: "raised
      questions about", "made the case that", "launched a pre-emptive attack against", "had kind words for",
      "showed no sign of" ("pledged their support to": the cue is the verb, in 56 of 78 such gold cues on train
      and dev); not where a document's object is what it found ("the poll found better support for Clinton")."""
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if noun is None or noun.pos_ != "NOUN":
        return None
    listed = noun.lemma_.lower() in lex.CUE_OBJECT_NOUNS and not _finding(verb)
    between = doc[verb.i + 1:noun.i]
    if listed:
        if any(t.head.i != noun.i and not (t.dep_ == "advmod" and t.head.i == verb.i) for t in between) \
                or any(t.dep_ == "poss" for t in noun.children):
            return None
    elif verb.lemma_.lower() not in _ATTITUDE_VERBS \
            or any(not (t.dep_ == "advmod" and t.head.i == verb.i) for t in between):
        return None
    heads = list(noun.children) + ([] if listed else list(verb.children))
    nxt = next((c for c in heads if c.left_edge.i == noun.i + 1), None)  # (not "blamed the attack on X")
    if nxt is not None and nxt.dep_ == "prep" and nxt.lower_ in _ATTITUDE_PREPOSITIONS and not (
            listed and nxt.lower_ in ("in", "at")):  # "spotted a sign in the crowd"
        obj = next((g for g in nxt.children if g.dep_ in ("pobj", "pcomp")), None)
        cue_end = nxt.idx + len(nxt.text)
    elif nxt is not None and nxt.dep_ in ("acl", "ccomp") and nxt.pos_ in ("VERB", "AUX") and own_clause(nxt) \
            and (not listed or any(m.dep_ == "mark" and m.lower_ == "that" for m in nxt.children)):
        # "concern that ...", "confidence it was ..."; not a relative clause ("highlighted comments Trump made")
        obj, cue_end = nxt, noun.idx + len(noun.text)
    elif listed and (that := _that_after(doc, noun)) is not None \
            and all(c.i == that.head.i for c in verb.children if c.dep_ == "ccomp"):
        # "made the case to 23 progressive group leaders that ...", "'s been making the case for weeks that ...":
        # the "that" clause after a phrase, wherever the parser hung it (but not where the verb reports another)
        span = trimmed(doc, that.i, that.head.right_edge.i)
        return (*close_mixed_quote(text, span), noun.idx + len(noun.text)) if span else None
    else:
        return None
    if obj is None:
        return None
    span = trimmed(doc, obj.left_edge.i, before_aside(doc, obj.left_edge.i, obj.right_edge.i))
    return (*close_mixed_quote(text, span), cue_end) if span else None


def _finding(verb) -> bool:
    """A verb of evidence with a document for subject ("the poll found", "messages seem to show")."""
    return verb.lemma_.lower() in lex.EVIDENCE_VERBS and (lex.has_document_subject(verb)
                                                         or lex.has_document_subject(verb.head))


def object_span(doc, text: str, verb) -> tuple[int, int, int | None] | None:
    """Content of a stance verb: its object (with an object predicate), or "for"/"on" + object (call for)."""
    if (attitude := attitude_object(doc, text, verb)) is not None:
        return attitude
    objs = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "ccomp", "xcomp") and c.i > verb.i]
    if objs:
        first, last = min(o.left_edge.i for o in objs), max(o.right_edge.i for o in objs)
        if any(o.dep_ == "dobj" for o in objs):
            # with what the object is said to be or to say: "quoted another official as saying that ...",
            # "painted Romney as an out-of-touch rich guy"
            last = max([last] + [c.right_edge.i for c in verb.children
                                 if c.dep_ == "prep" and c.lower_ == "as" and c.i == last + 1])
        span = trimmed(doc, first, before_participle(doc, first, before_aside(doc, first, last)))
        return (*close_mixed_quote(text, span), None) if span else None
    for c in verb.children:
        # "called for", "spoke out Tuesday about": the preposition right after the verb, its particle and a
        # time word
        if c.dep_ == "prep" and c.i > verb.i and cue_preposition(verb, c) and all(
                doc[k].head.i == verb.i and doc[k].dep_ in ("prt", "advmod", "npadvmod")
                for k in range(verb.i + 1, c.i)):
            pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp") and not _is_time(g)]  # "called for cutting"
            if pobj:
                span = trimmed(doc, pobj[0].left_edge.i, pobj[0].right_edge.i)
                return (*span, c.idx + len(c.text)) if span else None
    # "is doubling down on his attacks", "responded with attacks on ...": the object of the preposition right
    # after the verb (and its particle) is what the stance is about
    after = verb.i + 1
    while after < len(doc) and doc[after].dep_ in ("prt", "advmod") and doc[after].head.i == verb.i:
        after += 1
    if after < len(doc) and doc[after].dep_ == "prep" \
            and (doc[after].head.i == verb.i or (after > verb.i + 1 and doc[after].head.i == after - 1)) \
            and doc[after].lower_ in CONTENT_PREPOSITIONS and verb.lemma_.lower() not in lex.SPEECH_VERBS:
        prep = doc[after]
        pobj = [g for g in prep.children if g.dep_ in ("pobj", "pcomp") and not _is_time(g)
                and not (prep.lower_ == "at" and _setting(g))]
        if pobj:  # the preposition closes the cue, as PolNeAR draws it ("is doubling down on")
            span = trimmed(doc, pobj[0].left_edge.i, prep.right_edge.i)
            return (*close_mixed_quote(text, span), prep.idx + len(prep.text)) if span else None
    return None


def _that_after(doc, noun):
    """The "that" opening a clause after the noun and a phrase of prepositions and nouns (no verb between), if the
    clause it opens starts there: "the case to 23 progressive group leaders that he did not sell them out"."""
    for t in doc[noun.i + 1:noun.sent.end]:
        if t.lower_ == "that" and t.dep_ == "mark" and t.head.i > t.i and t.head.left_edge.i == t.i:
            return t
        if t.pos_ in ("VERB", "AUX", "PUNCT", "SCONJ", "CCONJ", "PRON"):
            return None
    return None


def _setting(tok) -> bool:
    """Where or when something was done ("talking at length", "at the time", "at a town hall"), not what it was
    aimed at ("lashed out at Khan", "balked at accepting any")."""
    return tok.ent_type_ in ("DATE", "TIME", "FAC", "LOC", "EVENT") or tok.lemma_.lower() in _SETTINGS


_SETTINGS = lex.PLACE_NOUNS | frozenset(  # places, and times and events
    "length time moment point end start beginning outset stage rally event hall dinner meeting conference debate "
    "forum convention luncheon breakfast fundraiser gathering summit ceremony hearing briefing interview speech "
    "university college home house center club hotel restaurant".split())


def _is_time(tok) -> bool:
    """A date or time ("pushed back on Tuesday"): when the verb acted, not what it was about."""
    return tok.ent_type_ in ("DATE", "TIME")


_WH_WORDS = frozenset("when whether why how what where if who which".split())


def stranded_clause(doc, text: str, verb) -> Span | None:
    """What a speech verb reports when the parser hung it elsewhere: an indirect question parsed as an adverbial
    ("have not said when they would take it up"), or a "that" clause hung on a word after the verb ("tweeted in
    the early morning hours that ...", "said after the convention that ..."), or a clause the parser made an
    adverbial of a time phrase ("said after the convention he would ...")."""
    for c in verb.children:
        if c.dep_ == "advcl" and c.left_edge.i == verb.i + 1 and doc[c.left_edge.i].lower_ in _WH_WORDS:
            return content_span(doc, text, verb, c)
    for t in doc[verb.i + 1:verb.right_edge.i + 1]:
        # (or taken for the verb's adverbial, its "that" for a relative adverb: "tweeted in the early morning
        # hours that Machado was ...")
        if t.lower_ == "that" and t.head.pos_ in ("VERB", "AUX") and t.head.i != verb.i \
                and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.head.children) \
                and t.head.left_edge.i == t.i and t.i > verb.i + 1 and (
                    (t.dep_ == "mark" and t.head.head.i != verb.i)
                    or (t.dep_ == "advmod" and t.head.dep_ == "advcl" and t.head.head.i == verb.i)):
            return content_span(doc, text, verb, t.head)
    for c in verb.children:
        # "said after the convention he would not accept": a time phrase right after the verb, and the parser
        # makes the reported clause an adverbial headed by it
        first = doc[c.left_edge.i]
        subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.i > first.right_edge.i), None)
        if c.dep_ == "advcl" and first.i == verb.i + 1 and first.dep_ == "prep" and first.head.i == c.i \
                and subj is not None and subj.left_edge.i == first.right_edge.i + 1:
            span = trimmed(doc, subj.left_edge.i, before_aside(doc, subj.left_edge.i, c.right_edge.i))
            return close_mixed_quote(text, within_paragraph(text, span, verb.idx)) if span else None
    return None


# the first word of an adverbial before the subject, not of a reported clause ("In an interview, ...", "Earlier,
# ...", "Speaking to students, ...", "Most important, ...")
_NOT_A_CLAUSE_START = frozenset(("IN", "WRB", "RB", "RBR", "RBS", "CC", "VBG", "VBN", "JJS", "JJR", "TO"))


def _main_clause_after_opener(doc, start: int, end: int) -> bool:
    """Whether the words from start to end hold, after an opening adverbial and its comma, a clause of their own:
    a verb between them whose subject comes right after that comma ("As Trump prepared to speak, a girl was
    pepper-sprayed", which the parser hung whole on the speech verb that follows), not only the adverbial ("In an
    interview", "As Trump prepared to speak")."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and doc[t.left_edge.i - 1].text == "," for t in doc[start + 1:end])


def fronted_clause(doc, text: str, verb, subj) -> list[Span]:
    """What an inverted or parenthetical speech verb reports when the parser made it the sentence's root and
    the reported clause a modifier of it: "Language unclear on whether single mothers are covered, experts
    say." (a headline without a verb), "These employees, Stumpf explained earlier in the hearing, were
    well-paid": the words before the comma that precedes the subject, and those after a comma that closes the
    verb's own adverbials, up to the sentence's end. Where the parser ended a sentence at that comma ("Those who
    take on heavy debt struggle, even with a job, | he said."), the words before it start with that sentence."""
    sent = verb.sent
    comma = subj.left_edge.i - 1
    start = sent.start
    if comma in (sent.start, sent.start - 1) and comma > 0 and doc[comma].text == ",":
        start = doc[comma - 1].sent.start  # the parser ended a sentence at or after the comma: "..., he said."
    # the first word of the paragraph, where a sentence runs over a paragraph break
    first = doc[next((t.i + 1 for t in reversed(doc[start:comma]) if "\n" in t.text), start)]
    if verb.dep_ != "ROOT" or subj.i > verb.i or comma <= first.i or doc[comma].text != "," \
            or ((first.tag_ in _NOT_A_CLAUSE_START or first.ent_type_ in ("DATE", "TIME"))
                and not _main_clause_after_opener(doc, first.i, comma)) \
            or any(c.dep_ in ("ccomp", "dobj", "xcomp", "parataxis", "dative") for c in verb.children):
        return []
    end = verb.i
    for c in verb.children:  # "explained earlier in the committee hearing"
        if c.i == end + 1 and c.dep_ in ("advmod", "prep", "npadvmod", "prt"):
            end = c.right_edge.i
    parts = [trimmed(doc, first.i, comma - 1)]
    rest = doc[end + 1:sent.end]
    if len(rest) and rest[0].text == "," and any(not t.is_punct and not t.is_space for t in rest[1:]):
        parts.append(trimmed(doc, end + 2, sent.end - 1))
    elif any(not t.is_punct and not t.is_space for t in rest):
        return []
    return [close_mixed_quote(text, within_paragraph(text, p, verb.idx)) for p in parts if p is not None]


_PRO_FORMS = frozenset(("yes", "no", "so", "otherwise"))


def pro_form(doc, verb) -> Span | None:
    """The words that stand for what was said or thought ("46 percent of voters said yes", "Ted Cruz
    apparently thinks so, too", "the returns suggest otherwise", "26 percent said the same"), right after the verb
    and ending its clause; "no" or "yes" may take what it answers ("He said no to the Iraq war")."""
    if verb.i + 1 >= len(doc):
        return None
    word = doc[verb.i + 1]
    if word.lower_ == "the" and verb.i + 2 < len(doc) and doc[verb.i + 2].lower_ == "same":
        word = doc[verb.i + 2]  # (which the parser may take for the verb's subject)
    elif word.lower_ not in _PRO_FORMS:
        return None
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if word.head.i != verb.i:
        return None
    end = word
    if word.lower_ in ("no", "yes") and after is not None and after.lower_ == "to":
        end = after.right_edge
        after = doc[end.i + 1] if end.i + 1 < len(doc) else None
    if after is not None and not after.is_punct and after.pos_ != "CCONJ" and not after.is_space:
        return None
    return doc[verb.i + 1].idx, end.idx + len(end.text)


def passive_span(doc, text: str, verb) -> tuple[int, int, None] | None:
    """Content of a passive stance verb with an agent ("The issue was first reported by The Washington Post",
    "Trump is supported by fewer papers"): the passive subject ("by" stays out of the cue, as PolNeAR mostly
    draws it)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subj is None or subj.pos_ == "PRON" or not any(c.dep_ == "agent" and c.i > verb.i for c in verb.children):
        return None
    span = trimmed(doc, subj.left_edge.i, subj.right_edge.i)
    return (*span, None) if span else None
