"""Attribution extraction: who said (or believes, or reported) what, from the spaCy dependency parse.

For each attribution: the cue (the reporting verb with its auxiliaries and adverbs, "according to",
"said in a statement"), the source span and the content span, then the kind of source, the fullest mention
of the same source in the document with its role, and the article's stated reason for anonymity.

Conventions:

* ``content`` of a direct quote is the text *inside* the quote marks, a trailing comma dropped
  (``"We are happy ...," Pompeo said`` -> ``We are happy ...``); ``is_direct_quote`` is then True. A quote
  that runs over paragraphs is one content span (it then holds the paragraph break and the reopening mark).
* A quote split around its cue (``"A," he said. "B."``) gives two rows with the same source and cue, one
  per part, so that no span of a row overlaps another span of the same row.
* ``content`` of indirect speech is the reported clause, complementiser included ("that ..."), without the
  sentence's final punctuation; a closing quote mark of a mixed quote ("the plan was “a disaster.”") stays.
* A source keeps its appositive and the comma that closes it when it precedes the cue ("Mook, her manager,
  said"), as PolNeAR draws it.
* Cues inside a quotation, and cues inside another attribution's content (reported speech within reported
  speech), are not returned: the outer attribution is.

Which verbs are cues: the hand lexicon of reporting verbs (``attribution_lexicon``) plus a table learned
from PolNeAR's train split (``attribution_train``): how often a verb with a given lemma and complement
frame heads a cue. A verb seen often enough in training is a cue when that rate passes ``CUE_THRESHOLD``
(``confidence`` carries the rate); otherwise the lexicon decides. A verb they turn down gets a second
opinion from a small logistic regression over spaCy's contextual vector (``attribution_classifier``).
Possessed nouns with a complement ("his claim that ...") are cues when training says so
(``attribution_nouns``); a quotation signed with a dash ("...” ― Jane Doe") is one too.

``source_kind``: ``anonymous`` is kept for sources that hide (officials, sources, people familiar with, or
plural officials covered by the article's anonymity statement); an unnamed member of a population the
article describes ("a voter", "an Iraqi soldier") counts with ``group``.
"""

from __future__ import annotations

import bisect
import re

from newsprov.extract import attribution_lexicon as lex
from newsprov.extract.article import Article
from newsprov.extract.attribution_classifier import CueClassifier
from newsprov.extract.attribution_nouns import noun_attributions
from newsprov.extract.attribution_sources import Candidate as _Candidate
from newsprov.extract.attribution_sources import Span, classify
from newsprov.extract.attribution_train import keys, load_model
from newsprov.extract.attribution_transcripts import is_speaker_label
from newsprov.extract.quotes import Quote, find_quotes
from newsprov.schema import Attribution

NAME = "newsprov.attributions"
VERSION = "0.1.0"

_GAP_BEFORE_RE = re.compile(r"[\s,—–-]*\Z")  # between a quote's end and the source/cue that follows it
_GAP_AFTER_RE = re.compile(r"\A[\s,:—–-]*\Z")  # between a cue and the quote that follows it
_GAP_SPLIT_RE = re.compile(r"\A[\s,.;:—–-]*\Z")  # between a cue and the second part of a split quote


def extract(article: Article) -> list[Attribution]:
    """Every attribution in ``article``."""
    doc = article.nlp
    text = article.text
    quotes = find_quotes(text)
    quote_starts = [q.open for q in quotes]
    cands: list[_Candidate] = []
    quote_owner: dict[int, int] = {}  # quote index -> candidate index
    for tok in doc:
        cand = None
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            cand = _according_to(doc, text, tok)
        elif tok.pos_ == "VERB" and _cue_decision(doc, tok):
            cand = _verb_attribution(doc, text, tok, quotes, quote_starts, quote_owner, len(cands))
        if cand is not None:
            if isinstance(cand, list):
                cands.extend(cand)
            else:
                cands.append(cand)
    cands.extend(_colon_attributions(doc, text, article))
    cands.extend(_dash_signatures(doc, text, quotes))
    cands.extend(noun_attributions(doc, _LEARNED))
    # A cue inside a quotation is the quoted speaker's own report, not the article's attribution.
    closed = [(q.start, q.end) for q in quotes if q.close is not None]
    cands = [c for c in cands if _keep(c) and (not _inside_any(closed, c.cue)
                                               or is_speaker_label(text, c.source, c.cue))]
    # A cue inside another attribution's content is reported speech within reported speech ("Carson noted
    # that Moody had tweeted ..."): keep the outer one only (PolNeAR rarely annotates the inner one).
    outer = sorted({c.content for c in cands if c.content})
    cands = [c for c in cands if not _inside_any_overlapping(outer, c.cue)]
    cands = _drop_overlapping_cues(cands)
    cands = [c for c in cands if not _demonstration_in_caption(article, text, c)]
    classify(doc, text, cands, [(b.char_start, b.char_end) for b in article.blocks if b.kind in _ASIDE_BLOCKS])
    return [_row(text, c, _cue_type(doc, c)) for c in cands]


def _cue_type(doc, c: _Candidate) -> str:
    """speech when a word of the cue is one of saying (or the cue is a colon, dash or "according to"),
    belief for verbs of thinking and expecting, else stance."""
    span = doc.char_span(c.cue[0], c.cue[1], alignment_mode="expand")
    words = [t for t in span if not t.is_punct] if span is not None else []
    if not words or any(t.lemma_.lower() in lex.SPEECH_WORDS or t.lower_ in lex.SPEECH_WORDS for t in words):
        return "speech"
    if any(t.lemma_.lower() in lex.COGNITION_VERBS for t in words):
        return "belief"
    return "stance"


# --------------------------------------------------------------------------------------------------
# Spans from the parse
# --------------------------------------------------------------------------------------------------


def _tok_span(left, right) -> Span:
    return left.idx, right.idx + len(right.text)


def _trimmed(doc, start_i: int, end_i: int) -> Span | None:
    """Char span of tokens [start_i, end_i] without punctuation, quote marks or conjunctions at the ends."""
    while start_i <= end_i and (doc[start_i].is_punct or doc[start_i].is_space or doc[start_i].dep_ == "cc"):
        start_i += 1
    while end_i >= start_i and (doc[end_i].is_punct or doc[end_i].is_space or doc[end_i].dep_ == "cc"):
        end_i -= 1
    if start_i > end_i:
        return None
    return _tok_span(doc[start_i], doc[end_i])


def _subtree_span(doc, tok, exclude: Span | None = None) -> Span | None:
    start_i, end_i = tok.left_edge.i, tok.right_edge.i
    if exclude is not None:
        # keep the side of the subtree that holds ``tok``
        if exclude[0] <= doc[start_i].idx and tok.idx >= exclude[1]:
            while start_i <= end_i and doc[start_i].idx < exclude[1]:
                start_i += 1
        elif tok.idx < exclude[0]:
            while end_i >= start_i and doc[end_i].idx >= exclude[0]:
                end_i -= 1
    return _trimmed(doc, start_i, end_i)


def _cue_start(doc, verb) -> int:
    """Index of the first of the verb's auxiliaries, negation and cue adverbs just before it."""
    start = verb.i
    i = verb.i - 1
    while i >= 0:
        t = doc[i]
        if t.is_space and "\n" not in t.text and i > 0 and t.head.i == i - 1:
            i -= 1  # a non-breaking space inside the cue ("has\xa0acknowledged")
            continue
        if t.head.i == verb.i and (t.dep_ in ("aux", "auxpass", "neg") or (t.dep_ == "advmod" and (
                t.lower_ in lex.CUE_ADVERBS or (t.pos_ == "ADV" and t.lower_ not in _NOT_CUE_ADVERBS)))):
            start = i
            i -= 1
        else:
            break
    return start


def _cue_span(doc, verb) -> Span:
    """The verb with its auxiliaries, negation and cue adverbs just before it, and "in a statement" after it."""
    start = _cue_start(doc, verb)
    head = verb.head
    if verb.dep_ in ("xcomp", "advcl") and head.pos_ == "VERB" and head.i < verb.i and start > 0 \
            and doc[start].lower_ == "to" and start - head.i <= 2 and all(
                doc[k].dep_ in ("prt", "advmod") for k in range(head.i + 1, start)):
        start = _cue_start(doc, head)  # "went on to discuss", "appeared to suggest": PolNeAR takes the chain
    end_tok = verb
    if verb.i + 1 < len(doc):
        nxt = doc[verb.i + 1]
        if nxt.dep_ == "prt" and nxt.head.i == verb.i:
            end_tok = nxt
        elif nxt.lower_ == "in" and nxt.head.i == verb.i:
            pobj = [c for c in nxt.children if c.dep_ == "pobj"]
            if pobj and pobj[0].lemma_.lower() in lex.STATEMENT_NOUNS:
                end_tok = pobj[0]
        elif _cue_preposition(verb, nxt) and nxt.head.i == verb.i and verb.lemma_ != "say" \
                and not any(c.dep_ == "dobj" for c in verb.children):
            end_tok = nxt  # "called for", "warned of", "talked about"
    if end_tok.i + 1 < len(doc) and doc[end_tok.i + 1].text == ":":
        end_tok = doc[end_tok.i + 1]  # "said:" introducing a quotation
    return _tok_span(doc[start], end_tok)


def _cue_preposition(verb, prep) -> bool:
    """A preposition that belongs to the cue ("called for", "warned of", "talked about", "referred to")."""
    if prep.lower_ == "to":
        # "referring to", "responded to the charge", but "said to reporters"
        return verb.lemma_.lower() not in lex.SPEECH_VERBS or verb.lemma_.lower() in lex.RESPONSE_VERBS
    if prep.lower_ in ("with", "on"):
        # "agreed with", "sided with", "focused on", "called on", "commented on"; but "spoke with reporters"
        return verb.lemma_.lower() not in lex.SPEECH_VERBS or verb.lemma_.lower() in lex.ON_VERBS
    return prep.lower_ in ("for", "of", "about", "against")


_NOT_CUE_ADVERBS = frozenset("however meanwhile instead so thus therefore yet".split())


def _subject(doc, verb):
    """The token heading the verb's speaker: its subject, a passive agent, or the subject it shares."""
    passive = False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if subjects:
        # two subjects are a misparse across a break ("5:45 p.m.\n\nX's doctor is calling ..."): the nearer one
        return max(subjects, key=lambda c: (c.i < verb.i, c.i if c.i < verb.i else -c.i))
    for c in verb.children:
        if c.dep_ == "nsubjpass":
            passive = True
    if passive:
        for c in verb.children:
            if c.dep_ == "agent":
                pobj = [g for g in c.children if g.dep_ == "pobj"]
                return pobj[0] if pobj else None
        return None
    # shared subject: "X dismissed ..., saying", "X said ... and added", "X declined to say",
    # "after saying ..., X", "X won by talking about ...": climb a few links to a verb with a subject
    tok = verb
    for _ in range(3):
        if tok.dep_ in ("advcl", "conj", "xcomp") and tok.head.i != tok.i:
            tok = tok.head
        elif tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
            tok = tok.head.head
        else:
            return None
        for c in tok.children:
            if c.dep_ == "nsubj":
                return c
        if any(c.dep_ == "nsubjpass" for c in tok.children):
            return None
    return None


def _quote_for(doc, text: str, quotes: list[Quote], quote_starts: list[int], cue: Span,
               source: Span | None) -> list[int]:
    """Indices of the quote(s) a cue introduces or closes: right before it, right after it, or both (split)."""
    left = min(cue[0], source[0]) if source and source[0] < cue[0] else cue[0]
    right = max(cue[1], source[1]) if source and source[1] > cue[1] else cue[1]
    found: list[int] = []
    k = bisect.bisect_left(quote_starts, left) - 1
    before = None
    if k >= 0 and quotes[k].close is not None and quotes[k].close < left:
        gap = text[quotes[k].outer_end:left]
        if _GAP_BEFORE_RE.match(gap) and "\n" not in gap:
            before = k
            found.append(k)
    k2 = bisect.bisect_left(quote_starts, right)
    if k2 < len(quotes) and quotes[k2].close is not None:
        gap = text[right:quotes[k2].open]
        if "\n" not in gap:
            sentence_end = doc[doc.char_span(cue[0], cue[1], alignment_mode="expand").start].sent.end_char
            rest_ok = _GAP_AFTER_RE.match(gap) or (before is not None and _GAP_SPLIT_RE.match(gap))
            # "X said" + adverbials then the quote: allow a short gap inside the cue's sentence
            if not rest_ok and quotes[k2].open <= sentence_end + 2 and len(gap) <= 40 and gap.rstrip().endswith(":"):
                rest_ok = True
            # split quote whose cue clause runs on: "''A,'' Nega told me. ''B.''"
            if not rest_ok and before is not None and sentence_end <= quotes[k2].open <= sentence_end + 2 \
                    and len(gap) <= 80 and gap.rstrip().endswith((".", ",", ":")):
                rest_ok = True
            if rest_ok:
                found.append(k2)
    return found


_LEARNED = load_model()
CUE_THRESHOLD = 0.25  # P(cue | lemma, frame) from PolNeAR train above which a verb is taken as a cue
_MIN_SEEN = 3  # below this many sightings in training, the hand lexicon decides


def _is_cue(tok) -> bool:
    """A verb is a cue when training says verbs like it (lemma and frame) usually are; else by the lexicon."""
    lemma = tok.lemma_.lower()
    hit = _learned(tok)
    if hit is not None and hit[1] >= _MIN_SEEN:
        return (hit[0] + 0.2) / (hit[1] + 2) >= CUE_THRESHOLD  # rare verbs shrunk towards a low prior
    if lemma in lex.SPEECH_VERBS:
        return True
    return hit is None and lemma in lex.CUE_VERBS


def _learned(tok) -> list[int] | None:
    """[times a cue, times seen] in training for the most specific key of ``tok`` seen often enough."""
    found = None
    for k in keys(tok):
        hit = _LEARNED.get(k)
        if hit is not None and hit[1] >= _MIN_SEEN:
            return hit
        found = found or hit
    return found


_CLASSIFIER = CueClassifier()
CLASSIFIER_THRESHOLD = 0.4  # P(cue) from the classifier above which a verb the table turned down is a cue
CLASSIFIER_VETO = 0.1  # below this, a verb the table took is not a cue after all (speech verbs excepted)


def _cue_decision(doc, tok) -> bool:
    """The table (or the lexicon), checked by the classifier: it vetoes the table's least likely cues in
    their context, and takes verbs the table turned down (rare verbs, unusual frames) when it is confident."""
    p = _CLASSIFIER.probability(doc, tok, _LEARNED)  # None: no tensor, the table alone decides
    if _is_cue(tok):
        return p is None or p >= CLASSIFIER_VETO or tok.lemma_.lower() in lex.SPEECH_VERBS
    return p is not None and p >= CLASSIFIER_THRESHOLD


def _learned_probability(tok, default: float) -> float:
    hit = _learned(tok)
    return round(hit[0] / hit[1], 3) if hit is not None and hit[1] >= _MIN_SEEN else default


def _verb_attribution(doc, text: str, verb, quotes, quote_starts, quote_owner, base_index):
    lemma = verb.lemma_.lower()
    subj = _subject(doc, verb)
    cue = _cue_span(doc, verb)
    source = _subtree_span(doc, subj) if subj is not None else None
    if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ == "NOUN":
        noun = verb.head
        if noun.lemma_.lower() in lex.STATEMENT_NOUNS and noun.dep_ == "dobj" \
                and (owner := _subject(doc, noun.head)) is not None and noun.head.i < verb.i:
            # "X released a statement saying ...": X speaks; the cue runs from the verb to "saying"
            subj = owner
            cue = (_cue_span(doc, noun.head)[0], cue[1])
            source = _subtree_span(doc, subj)
        elif noun.lemma_.lower() not in lex.STATEMENT_NOUNS:
            # "a poll showing ...", "a memo warning ...": the noun phrase is the source
            subj = noun
            source = _trimmed(doc, noun.left_edge.i, noun.i)
    if source is not None:
        source = _after_dateline(text, _within_paragraph(text, source, verb.idx))
        if source[1] <= source[0]:
            source = None
        else:
            source = _close_source(text, source, subj, cue[0])
    if source is not None and source[0] < cue[1] and cue[0] < source[1]:
        source = None
    if lemma in lex.SPEECH_VERBS and (source is None or _in_closed_quote(quotes, quote_starts, source)):
        # the parser took a word of the quotation for the subject: ''..., Ohio,'' Mr. Trump said
        near = _source_beside_quote(doc, text, quotes, quote_starts, cue) \
            or _source_after_quote(doc, text, quotes, quote_starts, verb, cue)
        if near is not None:
            source, subj = near
    content_tok = None
    for c in verb.children:
        if c.dep_ in ("ccomp",) or (c.dep_ == "xcomp" and lemma in lex.COGNITION_VERBS):
            content_tok = c
            break
    if content_tok is None and lemma in lex.SPEECH_VERBS:
        for c in verb.children:
            if c.dep_ == "parataxis" or (c.dep_ == "dobj" and lemma not in ("tell", "ask", "inform", "urge")):
                content_tok = c
                break
    direct = False
    contents: list[Span] = []
    if verb.dep_ in ("ccomp", "parataxis") and content_tok is None and lemma in lex.SPEECH_VERBS \
            and verb.head.pos_ in ("VERB", "AUX") and not (
                verb.i > verb.head.i and verb.head.lemma_.lower() in lex.SPEECH_VERBS | lex.COGNITION_VERBS):
        # inverted ("The military is resuming operations, officials said") or parenthetical ("Biden, Rubio
        # said, had been ..."): the clause heads the sentence; the parts around the cue are the content
        for part in _parts_around(doc, text, verb.head, verb):
            contents.append(part)
    if verb.dep_ == "advcl" and content_tok is None and verb.head.pos_ in ("VERB", "AUX") \
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        contents.extend(_parts_around(doc, text, verb.head, verb))  # "as Clyburn noted, ..."
    q_idx = _quote_for(doc, text, quotes, quote_starts, cue, source) if lemma in lex.SPEECH_VERBS else []
    q_idx = [k for k in q_idx if k not in quote_owner]
    if content_tok is not None and content_tok.i > verb.i and content_tok.dep_ == "ccomp":
        q_idx = [k for k in q_idx if quotes[k].open > cue[0]]  # "arguing that ...": the clause, not a quote before
    if contents and q_idx:
        contents = []
    if content_tok is not None and q_idx:
        # a quotation inside the reported clause is a mixed quote: "said the plan was “a disaster.”"
        clause = _content_span(doc, text, verb, content_tok)
        if clause is not None and any(
                clause[0] < quotes[k].open - 1 and quotes[k].start < clause[1] for k in q_idx):
            q_idx = []
    if content_tok is not None and not q_idx:
        span = _content_span(doc, text, verb, content_tok)
        if span is not None:
            inside = _enclosing_quote(quotes, quote_starts, span, text)
            if inside is not None and inside not in quote_owner:
                q_idx = [inside]
            else:
                contents.append(span)
    if q_idx:
        direct = True
        contents = [(quotes[k].start, quotes[k].end) for k in q_idx]
        for k in q_idx:
            quote_owner[k] = base_index
    if not contents:
        span = _object_span(doc, text, verb) or _passive_span(doc, text, verb)
        if span is not None:
            if span[2] is not None:
                cue = (cue[0], span[2])
            contents.append(span[:2])
    if not contents or subj is None or source is None:
        return None
    if verb.dep_ == "relcl" and subj.lower_ in ("that", "which") and lemma not in lex.SPEECH_VERBS:
        return None  # "the group that calls itself ...": a description, not an attribution
    contents = [c for c in contents if text[c[0]:c[1]].lower() != "that"]
    if lemma in lex.COGNITION_VERBS and subj.pos_ == "PRON" and verb.dep_ == "ccomp" \
            and verb.head.lemma_.lower() in lex.SPEECH_VERBS:
        return None  # "X said they believe ...": one attribution, the saying
    conf = 0.9 if lemma in lex.SPEECH_VERBS else _learned_probability(verb, 0.7)
    out = []
    for content in contents:
        if content[0] < cue[1] and cue[0] < content[1]:
            continue
        if content[0] < source[1] and source[0] < content[1]:
            continue
        out.append(_Candidate(cue, source, content, direct, subj, verb, conf))
    return out or None


# A comma inside a source that opens an aside (not an "including ..." list, which the seed's convention leaves open).
_APPOSITIVE_COMMA_RE = re.compile(r", (?!including |like |such as |among them )")


def _close_source(text: str, span: Span, head, cue_start: int) -> Span:
    """Keep a closing parenthesis, and the comma that closes an appositive ("Mook, her manager, said")."""
    start, end = span
    while start < end - 1 and text[start] in "-–—•*":
        start += 1
    piece = text[start:end]
    if piece.count("(") > piece.count(")") and text.startswith(")", end):
        end += 1
    elif piece.count("(") > piece.count(")") and text.startswith(".)", end):
        end += 2
    if text.startswith(",", end) and end <= cue_start and (_APPOSITIVE_COMMA_RE.search(text, start, end) or any(
            c.dep_ in ("appos", "relcl") and text[c.left_edge.idx - 2:c.left_edge.idx].strip() == ","
            for c in head.children)):
        end += 1  # a source holding an aside closes with its comma ("Wilson, of Springfield, Va., said")
    while True:
        word = text[start:end].split(" ", 1)
        if len(word) == 2 and word[0].lower() in ("even", "but", "and", "so", "also"):
            start += len(word[0]) + 1
        else:
            break
    return start, end


_SHORT_SOURCE_RE = re.compile(r"[ ,]*([A-Z][^\n,;:!?\"“”]{0,60}?|he|she|they|we|I)[ ,]*\Z")


def _in_closed_quote(quotes: list[Quote], quote_starts: list[int], span: Span) -> bool:
    k = bisect.bisect_right(quote_starts, span[0]) - 1
    return k >= 0 and quotes[k].close is not None and quotes[k].open < span[0] < quotes[k].close


def _source_beside_quote(doc, text: str, quotes: list[Quote], quote_starts: list[int], cue: Span):
    """A short name or pronoun between a quotation and its cue (''...,'' Mr. Trump said), as (span, head)."""
    k = bisect.bisect_left(quote_starts, cue[0]) - 1
    if k < 0 or quotes[k].close is None or quotes[k].outer_end > cue[0]:
        return None
    m = _SHORT_SOURCE_RE.fullmatch(text, quotes[k].outer_end, cue[0])
    if m is None:
        return None
    span = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
    if span is None or len(span) == 0 or len(span) > 8:
        return None
    verb = next((t.i for t in span[1:] if t.pos_ == "VERB"), None)
    if verb is not None:
        span = doc[span.start:verb]  # ''...,'' Sanders said, suggesting ...: the speaker of "said" speaks on
    return (span.start_char, span.end_char), span.root


def _source_after_quote(doc, text: str, quotes: list[Quote], quote_starts: list[int], verb, cue: Span):
    """The speaker named after an inverted cue that closes a quotation (''...,'' said Jane Doe, a lawyer), as
    (span, head): the noun phrase after the cue, with its appositive, up to the end of the sentence."""
    k = bisect.bisect_left(quote_starts, cue[0]) - 1
    if k < 0 or quotes[k].close is None or not _GAP_BEFORE_RE.match(text[quotes[k].outer_end:cue[0]]) \
            or "\n" in text[quotes[k].outer_end:cue[0]]:
        return None
    sent_end = verb.sent.end
    i = _cue_end_token(doc, cue) + 1
    if i >= sent_end or doc[i].pos_ not in ("PROPN", "NOUN", "DET", "ADJ", "PRON"):
        return None
    head = doc[i]
    while head.head.i > head.i and head.head.i < sent_end and head.dep_ in ("compound", "det", "amod", "poss", "nmod"):
        head = head.head
    end_i = head.i
    for c in head.children:  # the appositive and a relative clause describing the speaker
        if c.i > head.i and c.dep_ in ("appos", "relcl", "acl", "prep"):
            end_i = max(end_i, c.right_edge.i)
    end_i = min(end_i, sent_end - 1)
    span = _trimmed(doc, i, end_i)
    if span is None or "\n" in text[span[0]:span[1]]:
        return None
    return span, head


def _cue_end_token(doc, cue: Span) -> int:
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    return span.end - 1


def _parts_around(doc, text: str, head, verb) -> list[Span]:
    """The clause ``head`` heads, minus the cue's own subtree (one part before it, one after)."""
    parts = []
    if head.left_edge.i < verb.left_edge.i:
        parts.append(_trimmed(doc, head.left_edge.i, verb.left_edge.i - 1))
    if verb.right_edge.i < head.right_edge.i:
        parts.append(_trimmed(doc, verb.right_edge.i + 1, head.right_edge.i))
    out = []
    for p in parts:
        if p is not None:
            p = _close_mixed_quote(text, _after_dateline(text, _within_paragraph(text, p, verb.idx)))
            if p[1] > p[0]:
                out.append(p)
    return out


def _content_span(doc, text: str, verb, content_tok) -> Span | None:
    start_i, end_i = content_tok.left_edge.i, content_tok.right_edge.i
    if content_tok.i < verb.i <= end_i:
        # the clause heads the sentence and the cue sits inside its subtree: keep what precedes the cue
        left_of_cue = verb.left_edge.i
        end_i = left_of_cue - 1
    elif content_tok.i > verb.i:
        # "said X, but Y": the parser hangs Y on the cue; it is still what was said, unless the writer
        # steps in with "it is not clear whether ..."
        for c in verb.children:
            if c.dep_ == "conj" and c.i > end_i and c.pos_ in ("VERB", "AUX") and _own_clause(c) \
                    and c.lemma_.lower() not in lex.CUE_VERBS and not _writer_hedge(c):
                end_i = c.right_edge.i
        end_i = _before_aside(doc, start_i, end_i)
    end_i = _before_participle(doc, start_i, end_i)
    span = _trimmed(doc, start_i, end_i)
    if span is None:
        return None
    return _close_mixed_quote(text, _after_dateline(text, _within_paragraph(text, span, verb.idx)))


_HEDGE_ADJECTIVES = frozenset("clear unclear known unknown certain uncertain likely unlikely possible obvious".split())


def _own_clause(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _writer_hedge(verb) -> bool:
    """"it is not clear who ...", "it was unclear whether ...": the writer's comment, not the source's."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "expl")), None)
    return subj is not None and subj.lower_ == "it" and any(
        c.dep_ == "acomp" and c.lower_ in _HEDGE_ADJECTIVES for c in verb.children)


def _before_participle(doc, start_i: int, end_i: int) -> int:
    """Cut ", saying ..." / ", adding ...": a new attribution by the same source, not part of this content."""
    for i in range(start_i + 1, end_i + 1):
        t = doc[i]
        if t.tag_ == "VBG" and doc[i - 1].text == "," and t.lemma_.lower() in lex.SPEECH_VERBS \
                and t.dep_ in ("advcl", "conj", "xcomp"):
            return i - 2
        if t.dep_ == "conj" and doc[i - 1].dep_ == "cc" and t.lemma_.lower() in lex.SPEECH_VERBS \
                and t.pos_ == "VERB" and not _own_clause(t):
            return i - 2  # "... and says he introduced legislation": the same source's next statement
    return end_i


def _before_aside(doc, start_i: int, end_i: int) -> int:
    """Cut a closing non-restrictive "..., which ..." clause: the writer's background, not the report."""
    for i in range(start_i + 1, end_i + 1):
        t = doc[i]
        if t.lower_ == "which" and doc[i - 1].text == "," and t.head.dep_ == "relcl":
            return i - 2
    return end_i


_DATELINE_RE = re.compile(r"[A-Z][A-Z .'-]+(?:,[^—\n]{0,40})?(?:\([^)\n]{1,30}\))?\s*[—–-]{1,2}\s+")
_MIXED_CLOSE_RE = re.compile(r"[.,!?;:]*[”\"’]")


def _within_paragraph(text: str, span: Span, anchor: int) -> Span:
    """The part of ``span`` in the paragraph of ``anchor`` (a cue never reaches over a paragraph break)."""
    start, end = span
    if anchor >= end:
        nl = text.rfind("\n", start, end)
        if nl >= 0:
            start = nl + 1
    elif anchor < start:
        nl = text.find("\n", start, end)
        if nl >= 0:
            end = nl
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _after_dateline(text: str, span: Span) -> Span:
    """Drop a dateline ("WASHINGTON —", "CLEVELAND, July 19 (UPI) —") that opens a span."""
    m = _DATELINE_RE.match(text, span[0], span[1])
    if m and m.end() < span[1]:
        return m.end(), span[1]
    return span


def _close_mixed_quote(text: str, span: Span) -> Span:
    """Keep the closing mark (and the punctuation before it) of a quotation left open inside the span."""
    start, end = span
    piece = text[start:end]
    opens = piece.count("“") + (piece.count('"') % 2)
    closes = piece.count("”")
    if opens > closes or (piece.count('"') % 2 == 1):
        m = _MIXED_CLOSE_RE.match(text, end)
        if m:
            return start, m.end()
    return span


def _object_span(doc, text: str, verb) -> tuple[int, int, int | None] | None:
    """Content of a stance verb: its object (with an object predicate), or "for"/"on" + object (call for)."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "ccomp", "xcomp") and c.i > verb.i]
    if objs:
        first, last = min(o.left_edge.i for o in objs), max(o.right_edge.i for o in objs)
        span = _trimmed(doc, first, _before_participle(doc, first, last))
        return (*_close_mixed_quote(text, span), None) if span else None
    for c in verb.children:
        if c.dep_ == "prep" and c.i == verb.i + 1 and _cue_preposition(verb, c):
            pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]  # "called for cutting taxes"
            if pobj:
                span = _trimmed(doc, pobj[0].left_edge.i, pobj[0].right_edge.i)
                return (*span, c.idx + len(c.text)) if span else None
    # "is doubling down on his attacks", "responded with attacks on ...": the object of the preposition right
    # after the verb (and its particle) is what the stance is about
    after = verb.i + 1
    while after < len(doc) and doc[after].dep_ in ("prt", "advmod") and doc[after].head.i == verb.i:
        after += 1
    if after < len(doc) and doc[after].dep_ == "prep" and doc[after].head.i == verb.i \
            and doc[after].lower_ in _CONTENT_PREPOSITIONS and verb.lemma_.lower() not in lex.SPEECH_VERBS:
        prep = doc[after]
        pobj = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
        if pobj:  # the preposition closes the cue, as PolNeAR draws it ("is doubling down on")
            span = _trimmed(doc, pobj[0].left_edge.i, prep.right_edge.i)
            return (*_close_mixed_quote(text, span), prep.idx + len(prep.text)) if span else None
    return None


def _passive_span(doc, text: str, verb) -> tuple[int, int, None] | None:
    """Content of a passive stance verb with an agent ("The issue was first reported by The Washington Post",
    "Trump is supported by fewer papers"): the passive subject ("by" stays out of the cue, as PolNeAR mostly
    draws it)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subj is None or subj.pos_ == "PRON" or not any(c.dep_ == "agent" and c.i > verb.i for c in verb.children):
        return None
    span = _trimmed(doc, subj.left_edge.i, subj.right_edge.i)
    return (*span, None) if span else None


_CONTENT_PREPOSITIONS = frozenset("on about with by over against for of to as".split())


def _enclosing_quote(quotes: list[Quote], quote_starts: list[int], span: Span, text: str) -> int | None:
    """The quote whose interior is ``span`` up to marks and punctuation: the content is a direct quote."""
    k = bisect.bisect_right(quote_starts, span[0]) - 1
    if k >= 0:
        q = quotes[k]
        if q.close is None:
            return None
        lead = text[min(q.start, span[0]):max(q.start, span[0])]
        tail = text[min(q.end, span[1]):max(q.end, span[1])]
        if not lead.strip(_MARKS_AND_PUNCT) and not tail.strip(_MARKS_AND_PUNCT):
            return k
    return None


_MARKS_AND_PUNCT = " \n.,;:!?\"“”‘’'"


def _according_to(doc, text: str, tok) -> _Candidate | list[_Candidate] | None:
    to = doc[tok.i + 1]
    pobj = [c for c in to.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
    if not pobj:
        return None
    src_tok = pobj[0]
    source = _trimmed(doc, src_tok.left_edge.i, src_tok.right_edge.i)
    if source is None:
        return None
    cue = _tok_span(tok, to)
    phrase = (tok.idx, source[1])
    sent = tok.sent
    before = _trimmed(doc, sent.start, tok.i - 1) if tok.i > sent.start else None
    after_i = src_tok.right_edge.i + 1
    after = _trimmed(doc, after_i, sent.end - 1) if after_i < sent.end else None
    head = tok.head
    if head.i != tok.i and head.pos_ in ("VERB", "AUX") and head.sent == sent:
        # the clause "according to" hangs on, without the phrase (one part before it, one after)
        parts = [p for p in _parts_around(doc, text, head, tok) if not (p[0] < phrase[1] and phrase[0] < p[1])]
        if parts:
            return [_Candidate(cue, source, p, False, src_tok, tok, 0.9) for p in parts]
    content = None
    if before and after:
        content = before if before[1] - before[0] >= after[1] - after[0] else after
    else:
        content = before or after
    if content is None or (content[0] < phrase[1] and phrase[0] < content[1]):
        return None
    return _Candidate(cue, source, _close_mixed_quote(text, content), False, src_tok, tok, 0.9)


def _inside_any(spans: list[Span], span: Span) -> bool:
    k = bisect.bisect_right(spans, (span[0], span[1])) - 1
    return k >= 0 and spans[k][0] <= span[0] and span[1] <= spans[k][1]


# (a transcript's turns may open with a quotation mark that is never closed: "PENCE: Well, ...)
_COLON_RE = re.compile(r"(?m)^[\"“]?(?:[^\n:]{0,80}? [-–—] )?(?P<src>[^\n:\"“]{2,60}?): (?=\S)")
_COLON_POS = frozenset(("PROPN", "NOUN", "DET", "ADP", "ADJ", "PUNCT", "CCONJ", "PART", "NUM", "SPACE"))
_NOT_SOURCES = frozenset("""
photo photos video update updated editor note related source sources caption credit image images read more
watch listen see also by posted published tags share advertisement warning correction q a
""".split())


def _colon_attributions(doc, text: str, article: Article) -> list[_Candidate]:
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
        content = _trim_sentence_end(text, m.end(), line_end)
        if content[1] > content[0] and text[content[1] - 1] in "\"”" and not any(
                ch in "\"“" for ch in text[content[0]:content[1] - 1]):
            content = _trim_sentence_end(text, content[0], content[1] - 1)  # the last turn of a transcript
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
        inner = _trimmed_marks(text, content)
        if inner is not None:
            content, direct = inner, True
        out.append(_Candidate((colon, colon + 1), source, content, direct, span.root, None, 0.6))
    return out


_NAME_WORD = r"[A-Z][\w.'’-]*"
_DASH_SIGNATURE_RE = re.compile(
    rf"[ \xa0]*[―—–][ \xa0]*(?P<src>{_NAME_WORD}(?:[ \xa0]+{_NAME_WORD}){{0,5}})(?=[ \xa0]*(?:[.,(“\"\n]|\Z))")


def _dash_signatures(doc, text: str, quotes: list[Quote]) -> list[_Candidate]:
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
        out.append(_Candidate((dash, dash + 1), (span.start_char, span.end_char), (q.start, q.end), True,
                              span.root, None, 0.6))
    return out


def _trimmed_marks(text: str, span: Span) -> Span | None:
    """The inside of a span that is one quotation from its opening to its closing mark, else None."""
    start, end = span
    piece = text[start:end].rstrip(".")
    if len(piece) > 2 and piece[0] in "“\"‘" and piece[-1] in "”\"’" and piece.count(piece[0]) == 1:
        inner_end = start + len(piece) - 1
        while inner_end > start + 1 and text[inner_end - 1] in ",":
            inner_end -= 1
        return start + 1, inner_end
    return None


def _trim_sentence_end(text: str, start: int, end: int) -> Span:
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] in ".;" and text[end - 2] not in "”’\"":
        end -= 1
    return start, end


_ASIDE_BLOCKS = frozenset(("caption", "caption_title", "media_blurb", "byline", "boilerplate"))
_HOW_TO_RE = re.compile(r"(?:[^,.;:]{0,60}\s)?(?:how|what|where|when|which)\s+to\s", re.IGNORECASE)


def _demonstration_in_caption(article: Article, text: str, c: _Candidate) -> bool:
    """A photo caption's "An instructor explains how to ..." / "A soldier shows a student how to ...": the
    action the picture shows, not a claim anyone made."""
    block = article.block_at(c.cue[0])
    if block is None or block.kind != "caption" or c.content is None:
        return False
    return _HOW_TO_RE.match(text, c.content[0], c.content[1]) is not None


def _drop_overlapping_cues(cands: list[_Candidate]) -> list[_Candidate]:
    """Of candidates whose cues overlap ("released" in "released a statement saying"), keep the longer cue."""
    kept: list[_Candidate] = []
    taken: list[Span] = []
    for c in sorted(cands, key=lambda c: (c.cue[0] - c.cue[1], c.cue[0])):
        if any(c.cue != t and c.cue[0] < t[1] and t[0] < c.cue[1] for t in taken):
            continue
        kept.append(c)
        taken.append(c.cue)
    kept.sort(key=lambda c: (c.cue[0], c.content[0] if c.content else 0))
    return kept


def _inside_any_overlapping(spans: list[Span], span: Span) -> bool:
    """Whether ``span`` lies inside one of the sorted, possibly overlapping ``spans``."""
    k = bisect.bisect_right(spans, (span[0], 1 << 62))
    return any(s <= span[0] and span[1] <= e for s, e in spans[max(0, k - 16):k])


def _keep(c: _Candidate) -> bool:
    return c.source is not None and c.content is not None and c.content[1] > c.content[0]


def _row(text: str, c: _Candidate, cue_type: str) -> Attribution:
    s, e = c.source
    cs, ce = c.content
    reason, r_start, r_end = c.reason if c.reason else (None, None, None)
    return Attribution(
        source_start=s, source_end=e, source_text=text[s:e],
        cue_start=c.cue[0], cue_end=c.cue[1], cue_text=text[c.cue[0]:c.cue[1]],
        content_start=cs, content_end=ce, content_text=text[cs:ce],
        source_kind=c.kind, source_name=c.name, source_role=c.role, is_direct_quote=c.direct, cue_type=cue_type,
        anonymity_reason=reason, reason_start=r_start, reason_end=r_end, confidence=c.confidence,
    )
