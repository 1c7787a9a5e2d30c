"""Which words are attribution cues, and how far a cue runs.

A verb is a cue when the table learned from PolNeAR's train split (``attribution_train``: how often a verb
with a given lemma and complement frame heads a cue) says verbs like it usually are, else by the hand
lexicon (``attribution_lexicon``); a small logistic regression over spaCy's contextual vector
(``attribution_classifier``) vetoes the table's least likely cues and takes verbs it turned down when it is
confident; verbs whose rows the extractor seldom drew with PolNeAR's cue in training are left out
(``attribution_calibrate``). A cue runs from the verb's auxiliaries, negation, cue adverbs and a "both" or "all"
after its subject to its particle, a preposition that belongs to it ("called for") and "in a statement";
``cue_type_of`` says whether it is one of speech, belief or stance.
"""

from __future__ import annotations

from newsprov.extract import attribution_lexicon as lex
from newsprov.extract.attribution_classifier import CueClassifier
from newsprov.extract.attribution_sources import Candidate, Span
from newsprov.extract.attribution_spans import after_times, tok_span
from newsprov.extract.attribution_train import keys, load_tables


def cue_type_of(doc, c: Candidate) -> str:
    """speech when a word of the cue is one of saying (or the cue is a colon, dash or "according to"),
    belief for verbs of thinking and expecting, else stance."""
    span = doc.char_span(c.cue[0], c.cue[1], alignment_mode="expand")
    words = [t for t in span if not t.is_punct] if span is not None else []
    if not words or any(lex.is_speech_word(t) or idiom_end(t) is not None for t in words):
        return "speech"
    if any(t.lemma_.lower() in lex.COGNITION_VERBS for t in words):
        return "belief"
    return "stance"


def cue_start(doc, verb) -> int:
    """Index of the first of the verb's auxiliaries, negation and cue adverbs just before it."""
    start = verb.i
    i = verb.i - 1
    while i >= 0:
        t = doc[i]
        if t.is_space and "\n" not in t.text and i > 0 and t.head.i == i - 1:
            i -= 1  # an extra space inside the cue ("has  acknowledged")
            continue
        if t.head.i == verb.i and not t.is_punct and (t.dep_ in ("aux", "auxpass", "neg") or (  # (not a dash the
                t.dep_ == "advmod" and (t.lower_ in lex.CUE_ADVERBS  # tagger made an auxiliary: "others ― explains")
                                        or (t.pos_ == "ADV" and t.lower_ not in _NOT_CUE_ADVERBS)))) \
                or _floating_quantifier(t, verb):
            start = i
            i -= 1
        else:
            break
    return start


def _floating_quantifier(tok, verb) -> bool:
    """ "both", "all" or "each" after the verb's subject, before the verb ("Clinton and Sanders both denounced", "have
    all characterized"; not "The woman who started it all identified"): PolNeAR's cue takes it in (34 of 43 on train
    and dev)."""
    if tok.lower_ not in ("both", "all", "each") or tok.dep_ in ("nsubj", "nsubjpass"):
        return False
    if tok.i < tok.head.i <= verb.i:
        return True  # on the verb, or on a word of the cue between them ("have all but stopped")
    return tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.head.i == verb.i  # "Sanders both sought"


def cue_span(doc, verb) -> Span:
    """The verb with its auxiliaries, negation and cue adverbs just before it, and "in a statement" after it."""
    start = cue_start(doc, verb)
    head = verb.head
    if verb.dep_ in ("xcomp", "advcl") and head.pos_ == "VERB" and head.i < verb.i and start > 0 \
            and doc[start].lower_ == "to" and start - head.i <= 2 and all(
                doc[k].dep_ in ("prt", "advmod") for k in range(head.i + 1, start)):
        start = cue_start(doc, head)  # "went on to discuss", "appeared to suggest": PolNeAR takes the chain
        if head.lemma_.lower() in lex.INTENT_VERBS:
            return tok_span(doc[start], head)  # "has sought to portray": the cue is the intent, "has sought"
    elif (copula := copular_chain(verb)) is not None:
        start = cue_start(doc, copula)  # "was quick to point out", "are slightly more likely to say"
    elif _chained(doc, verb):
        start = cue_start(doc, verb.head if verb.dep_ == "xcomp" else verb.head.head)
    elif _issued_with(verb):
        start = cue_start(doc, verb.head)
    end_tok = idiom_end(verb) or idiom_preposition(verb) or verb
    if end_tok.i == verb.i and verb.i + 1 < len(doc):
        nxt = doc[verb.i + 1]
        if nxt.dep_ == "advmod" and nxt.pos_ == "ADV" and nxt.head.i == verb.i and not nxt.is_title \
                and nxt.lower_ not in _NOT_TRAILING_ADVERBS and not any(c.dep_ == "dobj" for c in verb.children):
            end_tok = nxt  # "said sarcastically", "pushed back", "repeatedly" (not a name in -ly: "said Skelly")
        elif nxt.dep_ == "prt" and nxt.head.i == verb.i:
            end_tok = nxt
        elif nxt.lower_ == "in" and nxt.head.i == verb.i:
            pobj = [c for c in nxt.children if c.dep_ == "pobj"]
            if pobj and pobj[0].lemma_.lower() in lex.CUE_STATEMENT_NOUNS:
                end_tok = pobj[0]
        elif cue_preposition(verb, nxt) and nxt.head.i == verb.i and verb.lemma_ != "say" \
                and not any(c.dep_ == "dobj" for c in verb.children):
            end_tok = nxt  # "called for", "warned of", "talked about"
        elif (clause := for_clause(doc, verb)) is not None:
            # "called for" + a clause: "called for the United States to step up ...", "called Friday for ..."
            end_tok = next(c for c in clause.children if c.dep_ == "mark")
    if end_tok.i + 1 < len(doc) and doc[end_tok.i + 1].text == ":":
        end_tok = doc[end_tok.i + 1]  # "said:" introducing a quotation
    return tok_span(doc[start], end_tok)


def copular_chain(verb):
    """The copula of "was quick to add", "are more likely to say": a cue verb's infinitive on an adjective of
    ``lex.CHAIN_ADJECTIVES`` after "be" or "appear", whose subject the verb shares; None elsewhere."""
    adj = verb.head
    if verb.dep_ != "xcomp" or adj.dep_ != "acomp" or adj.lemma_.lower() not in lex.CHAIN_ADJECTIVES \
            or adj.head.lemma_.lower() not in ("be", "appear", "seem") or adj.i > verb.i:
        return None
    return adj.head


def _chained(doc, verb) -> bool:
    """A verb of beginning, going on or stopping right before the cue's "-ing" ("began dismissing", "kept
    asking", "stop reporting"), or a verb of answering or closing with "by" ("responded by saying",
    "concluded by implying", "followed up by asking"): PolNeAR draws the cue from that verb (28 of 33 and 13
    of 13 gold cues on such verbs on train)."""
    if verb.tag_ != "VBG":
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.ASPECTUAL_VERBS:
        head, first = verb.head, verb.i
    elif verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.i == verb.i - 1 \
            and verb.head.head.lemma_.lower() in lex.SEQUENCE_VERBS:
        head, first = verb.head.head, verb.i - 1
    else:
        return False
    return head.i < first and all(doc[k].head.i == head.i and doc[k].dep_ in ("prt", "advmod")
                                  for k in range(head.i + 1, first))


def _issued_with(verb) -> bool:
    """"released a statement Wednesday saying", "sent a letter to Comey, signed by 200 Republicans, seeking":
    the "-ing" the parser hung on the verb that issued a statement or document (not on the document, as an
    adjectival clause); PolNeAR draws the cue from that verb (18 of 23 such gold cues on train and dev)."""
    head = verb.head
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and head.i < verb.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
        and head.lemma_.lower() in lex.ISSUING_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.ISSUED_NOUNS for c in head.children)


def idiom_end(verb):
    """The last word of a saying idiom the verb heads, if it heads one: "put it" ("as Professor Foner put it"),
    "made clear" and "made it clear"."""
    doc, i = verb.doc, verb.i
    lemma = verb.lemma_.lower()
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if lemma == "put" and nxt is not None and nxt.lower_ == "it" and nxt.dep_ == "dobj" and nxt.head.i == i \
            and not any(c.dep_ == "prt" for c in verb.children):
        return nxt
    if lemma == "make" and nxt is not None:
        clear = doc[i + 2] if nxt.lower_ == "it" and i + 2 < len(doc) else nxt
        if clear.lower_ == "clear":
            return clear
    return None


def idiom_preposition(verb):
    """The preposition closing an idiom of a light verb and its object (``lex.LIGHT_VERB_IDIOMS``: "took aim at",
    "takes issue with", "took a swipe / some shots / multiple jabs at", "took credit for", "made no mention of"),
    if the verb heads one: the cue runs to it and its object is the content."""
    idioms = lex.LIGHT_VERB_IDIOMS.get(verb.lemma_.lower())
    if idioms is None:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    prep = idioms.get(obj.lemma_.lower()) if obj is not None else None
    return next((c for c in [*obj.children, *verb.children] if c.dep_ == "prep" and c.i == obj.i + 1
                 and c.lower_ == prep), None) if prep is not None else None


def idiom_clause(verb):
    """What "made (it) clear" reports: the clause the parser hangs on "clear" or on the verb."""
    end = idiom_end(verb)
    if end is None or end.lower_ != "clear":
        return None
    for c in list(end.children) + list(verb.children):
        if c.i > end.i and c.dep_ in ("advcl", "csubj", "ccomp") and c.pos_ in ("VERB", "AUX"):
            return c
    return None


def for_clause(doc, verb):
    """The clause of "called for X to do Y" or "called Wednesday for X to do Y" (the parser makes "for" its
    subordinator), else None."""
    i = after_times(doc, verb)
    if i >= len(doc):
        return None
    nxt = doc[i]
    clause = nxt.head
    if nxt.lower_ == "for" and nxt.dep_ == "mark" and clause.dep_ == "advcl" and clause.head.i == verb.i \
            and cue_preposition(verb, nxt):
        return clause
    return None


def cue_preposition(verb, prep) -> bool:
    """A preposition that belongs to the cue ("called for", "warned of", "talked about", "referred to")."""
    if prep.lower_ == "to":
        # "referring to", "responded to the charge", but "said to reporters"
        return verb.lemma_.lower() not in lex.SPEECH_VERBS or verb.lemma_.lower() in lex.RESPONSE_VERBS
    if prep.lower_ in ("with", "on"):
        # "agreed with", "sided with", "focused on", "called on", "commented on"; but "spoke with reporters"
        return verb.lemma_.lower() not in lex.SPEECH_VERBS or verb.lemma_.lower() in lex.ON_VERBS
    return prep.lower_ in ("for", "of", "about", "against")


_NOT_CUE_ADVERBS = frozenset("however meanwhile instead so thus therefore yet".split())
_NOT_TRAILING_ADVERBS = _NOT_CUE_ADVERBS | frozenset("more most increasingly only just too earlier away".split())


_TABLES = load_tables()  # attribution_cues.json, read once for both parts
LEARNED = _TABLES.get("cues", {})
CUE_THRESHOLD = 0.25  # P(cue | lemma, frame) from PolNeAR train above which a verb is taken as a cue
_MIN_SEEN = 3  # below this many sightings in training, the hand lexicon decides
DRAWN = _TABLES.get("drawn", {})  # [rows whose cue is a gold cue, rows] the extractor drew per key on train
DRAWN_THRESHOLD = 0.2  # below this share of rows with a gold cue (shrunk), a key's verbs are left out ...
DRAWN_MIN = 5  # ... when the extractor drew at least this many rows on it
# Cue exact F1 on PolNeAR train / dev (cached-parse harness; speech verbs, and verbs whose object says something,
# always kept): none left out 69.56 / 73.86; 0.2: 69.78 / 74.13 (15 keys: "delivered a speech", "launched a
# campaign", "introduced a bill", "attempted to", "chose to", ...); 0.3: 69.83 / 74.23, but source exact on train
# falls from 70.95 to 70.89 (0.2: 70.98)


def is_cue(tok) -> bool:
    """A verb is a cue when training says verbs like it (lemma and frame) usually are; else by the lexicon."""
    lemma = tok.lemma_.lower()
    hit = learned(tok)
    if hit is not None and hit[1] >= _MIN_SEEN:
        return (hit[0] + 0.2) / (hit[1] + 2) >= CUE_THRESHOLD  # rare verbs shrunk towards a low prior
    if lemma in lex.SPEECH_VERBS:
        return True
    return hit is None and lemma in lex.CUE_VERBS


def learned(tok) -> list[int] | None:
    """[times a cue, times seen] in training for the most specific key of ``tok`` seen often enough."""
    found = None
    for k in keys(tok):
        hit = LEARNED.get(k)
        if hit is not None and hit[1] >= _MIN_SEEN:
            return hit
        found = found or hit
    return found


CLASSIFIER = CueClassifier()


CLASSIFIER_THRESHOLD = 0.6  # P(cue) from the classifier above which a verb the table turned down is a cue.
# Cue exact F1 on PolNeAR train / dev with the classifier retrained on the current parse: 0.4: 68.06 / 72.56;
# 0.5: 68.27 / 72.70; 0.6: 68.35 / 72.81; 0.7: 68.33 / 72.65 (source exact moves by 0.03 or less)
CLASSIFIER_VETO = 0.1  # below this, a verb the table took is not a cue after all (speech verbs excepted)


def cue_decision(doc, tok) -> bool:
    """The table (or the lexicon), checked by the classifier: it vetoes the table's least likely cues in
    their context, and takes verbs the table turned down (rare verbs, unusual frames) when it is confident. Set
    phrases come first; then a verb whose key's rows seldom had PolNeAR's cue in training is left out."""
    if idiom_end(tok) is not None or idiom_preposition(tok) is not None:
        return True
    if copular_chain(tok) is not None and tok.head.lemma_.lower() in lex.REACTION_ADJECTIVES:
        return True  # "were quick to condemn"
    if tok.lemma_.lower() in lex.EXPERIENCER_OBJECT_VERBS and any(c.dep_ == "agent" for c in tok.children):
        return True  # "were alarmed by the remarks": a feeling, whose subject holds it
    if tok.lemma_.lower() in lex.EVIDENCE_VERBS and lex.has_document_subject(tok):
        return True  # "Another recent NBC/Wall Street Journal poll found better support for Clinton"
    if tok.lemma_.lower() not in lex.SPEECH_VERBS and seldom_drawn(tok):
        return False  # the rows drawn on verbs like it in training seldom had PolNeAR's cue
    p = CLASSIFIER.probability(doc, tok, LEARNED)  # None: no tensor, the table alone decides
    if is_cue(tok):
        return p is None or p >= CLASSIFIER_VETO or tok.lemma_.lower() in lex.SPEECH_VERBS
    return p is not None and p >= CLASSIFIER_THRESHOLD


def seldom_drawn(tok) -> bool:
    """Whether the rows the extractor drew in training on verbs with ``tok``'s most specific key seldom had a gold
    cue (``attribution_calibrate``: "launched" with an object, 3 of 32). Not with an object that makes the verb
    say something ("launched an attack on", "issued a statement, ...")."""
    hit = DRAWN.get(keys(tok)[0])
    return hit is not None and hit[1] >= DRAWN_MIN and (hit[0] + 0.2) / (hit[1] + 2) < DRAWN_THRESHOLD \
        and not any(c.dep_ == "dobj" and c.lemma_.lower() in _SAYING_OBJECTS for c in tok.children)


_SAYING_OBJECTS = lex.CUE_OBJECT_NOUNS | lex.ISSUED_NOUNS


def learned_probability(tok, default: float) -> float:
    hit = learned(tok)
    return round(hit[0] / hit[1], 3) if hit is not None and hit[1] >= _MIN_SEEN else default
