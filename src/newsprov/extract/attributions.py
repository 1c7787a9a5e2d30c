"""Attribution extraction: who said (or believes, or reported) what, from the spaCy dependency parse.

For each attribution: the cue (the reporting verb with its auxiliaries and adverbs, "according to",
"said in a statement"), the source span and the content span, then the kind of source, the fullest mention
of the same source in the document with its role, and the article's stated reason for anonymity.

Conventions:

* ``content`` of a direct quote is the text *inside* the quote marks, a trailing comma dropped
  (``"We are happy ...," Pompeo said`` -> ``We are happy ...``); ``is_direct_quote`` is then True. A quote
  that runs over paragraphs is one content span (it then holds the paragraph break and the reopening mark).
* A quote split around its cue (``"A," he said. "B."``) gives two rows with the same source and cue, one
  per part, so that no span of a row overlaps another span of the same row. So does each quotation that goes
  on with an attribution in the following sentences or paragraphs without a cue of its own, and the quotation
  a reported content introduces with a colon; and so does a relative clause around its source and cue ("fees,
  which officials said will take effect": "which" and "will take effect", the parts PolNeAR's one span covers).
* ``content`` of indirect speech is the reported clause, complementiser included ("that ..."), without the
  sentence's final punctuation; a closing quote mark of a mixed quote ("the plan was “a disaster.”") stays.
* A source keeps its appositive and the comma that closes it ("Mook, her manager, said", "said Stephanie Formas,
  her communications director, adding"), as PolNeAR draws it (92% of such sources before the cue, 71% after).
* Cues inside a quotation, and cues inside another attribution's content (reported speech within reported
  speech), are not returned: the outer attribution is (except a speech verb in a relative clause inside what a
  verb of another kind reports).
* A row names a source only where the text says who it is: "Asked if ...", "seemed to ...", "is expected to ..."
  without an agent or an experiencer give no row, rather than one naming the person asked or the thing that
  seems.

How the work is split: ``attribution_cues`` (which words are cues, how far a cue runs, its type),
``attribution_subjects`` (which token is a cue verb's speaker), ``attribution_spans`` (source and content spans
from the parse), ``attribution_contents`` (a verb's content when
it is an object, a passive subject, a stranded clause or a relative clause's two parts), ``attribution_continued``
(quotations that go on with a content), ``attribution_patterns`` ("according to",
"In a poll, ...", "Name: ..." lines, dash signatures), ``attribution_nouns`` ("his claim that ..."),
``attribution_sources`` (kind, anonymity reasons) with ``attribution_people`` (fullest name, role),
``attribution_orgs`` and ``attribution_documents`` (the name of an organisation, an outlet, a poll or a report),
``attribution_pronouns`` (whom a pronoun or "the governor" stands for) and ``attribution_gender`` (whom a "he" or
"she" can stand for); this module finds each verb's source, content and quotation and decides which candidates
stand.

``source_kind``: ``anonymous`` is kept for one person the article does not name ("one official", "a voter", "a
21-year-old") and for plural sources that hide (sources, people familiar with, or plural officials covered by the
article's anonymity statement); other plural sources ("protesters", "Iraqi officials") are a ``group``.
"""

from __future__ import annotations

import bisect
import re
from itertools import takewhile

from newsprov.extract import attribution_lexicon as lex
from newsprov.extract.article import Article
from newsprov.extract.attribution_adjectives import adjective_attributions, stance_noun_attributions
from newsprov.extract.attribution_contents import (
    CONTENT_PREPOSITIONS, attitude_object, fronted_clause, object_span, passive_span, pro_form, relative_content,
    stranded_clause,
)
from newsprov.extract.attribution_continued import speech_verb_after, with_continued_quotes, with_run_on_quotes
from newsprov.extract.attribution_cues import (
    LEARNED, cue_decision, cue_span, cue_start, cue_type_of, for_clause, idiom_clause, idiom_end, idiom_preposition,
    learned_probability,
)
from newsprov.extract.attribution_gender import HONORIFICS
from newsprov.extract.attribution_nouns import noun_attributions
from newsprov.extract.attribution_people import opening_cue_end
from newsprov.extract.attribution_patterns import (
    according_to, colon_attributions, dash_signatures, headline_attributions, in_poll,
)
from newsprov.extract.attribution_sources import Candidate as _Candidate
from newsprov.extract.attribution_sources import Span, classify, is_share, name_case
from newsprov.extract.attribution_spans import (
    before_aside, close_source, content_span, own_clause, parts_around, settled_source, source_span,
    trim_sentence_end, trimmed, whole_words, within_paragraph,
)
from newsprov.extract.attribution_subjects import (
    experiencer, name_taken_into_compound, passive_without_subject, report_taken_for_subject, subject)
from newsprov.extract.attribution_transcripts import is_speaker_label
from newsprov.extract.credit_lexicon import NAME_PARTICLES
from newsprov.extract.credits import byline_authors
from newsprov.extract.intervals import DisjointSpans
from newsprov.extract.outlets import is_outlet_name
from newsprov.extract.quotes import Quote, find_quotes
from newsprov.nlp import plain_spaces
from newsprov.schema import Attribution

NAME = "newsprov.attributions"
VERSION = "0.1.0"
MAX_SENTENCE_TOKENS = 500  # verbs of a longer sentence are not read for attributions (see extract)

_TAG = r"<[^<>\n]{1,300}>"  # an HTML tag left in a page's text
_TAG_RE = re.compile(_TAG)
_HYPHEN_AFTER_RE = re.compile(r"-[^\W\d_]")  # a cue joined to the word after it: "Jump Post-Democratic Convention"
_GAP_BEFORE_RE = re.compile(r"[\s,—–-]*\Z")  # between a quote's end and the source/cue that follows it
_GAP_AS_RE = re.compile(r"\s*,?\s*as\s+\Z")  # or an "as" clause after a quotation and a comma ("..., as X put it")
_GAP_AFTER_RE = re.compile(r"\A[\s,:—–-]*\Z")  # between a cue and the quote that follows it
_GAP_SPLIT_RE = re.compile(r"\A[\s,.;:—–-]*\Z")  # between a cue and the second part of a split quote


def extract(article: Article) -> list[Attribution]:
    """Every attribution in ``article``."""
    doc = article.nlp
    text = plain_spaces(article.text)  # read as the parse reads it; what is stored is cut from the text as written
    quotes = find_quotes(text)
    quote_starts = [q.open for q in quotes]
    quote_ends = {q.outer_end: q for q in quotes if q.close is not None}
    cands: list[_Candidate] = []
    quote_owner: dict[int, int] = {}  # quote index -> candidate index
    # a "sentence" of hundreds of tokens is text the parser could not split (a list, a table, a transcript without
    # full stops run together): its parse is no guide to who said what, and reading each verb's clause in it would
    # cost time that grows with the square of its length; the longest sentence of the development corpora has 223
    run_on = {i for sent in doc.sents if len(sent) > MAX_SENTENCE_TOKENS for i in range(sent.start, sent.end)}
    for tok in doc:
        if tok.i in run_on:
            continue
        cand = None
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            cand = according_to(doc, text, tok)
        elif tok.lower_ == "in" and tok.i == tok.sent.start:
            cand = in_poll(doc, text, tok)
        elif tok.dep_ == "compound" and (end := opening_cue_end(tok)) is not None:
            cand = _said_before_name(doc, text, tok, end, quotes, quote_starts)
        elif (tok.pos_ == "VERB" and (cue_decision(doc, tok) or _tags_dialogue(doc, text, tok, quote_ends)
                                      or _says_through_object(doc, text, tok))) \
                or _verb_taken_for_noun(tok):
            cand = _verb_attribution(doc, text, tok, quotes, quote_starts, quote_owner, len(cands))
        if cand is not None:
            if isinstance(cand, list):
                cands.extend(cand)
            else:
                cands.append(cand)
    cands.extend(colon_attributions(doc, text, article, quotes))
    cands.extend(dash_signatures(doc, text, quotes))
    cands.extend(noun_attributions(doc, LEARNED))
    cands.extend(adjective_attributions(doc))
    cands.extend(stance_noun_attributions(doc))
    cands.extend(headline_attributions(doc, text, article, [c.cue for c in cands]))
    # A cue inside a quotation is the quoted speaker's own report, not the article's attribution; one inside an
    # HTML tag a page left in its text ('<tweet pic="" author="...">') is markup.
    closed = sorted((q.start, q.end) for q in quotes if q.close is not None)
    tags = [m.span() for m in _TAG_RE.finditer(text)]
    cands = [c for c in cands if _keep(c) and (not _inside_any_overlapping(closed, c.cue)
                                               or is_speaker_label(text, c.source, c.cue))
             and not _inside_any_overlapping(tags, c.cue) and not _HYPHEN_AFTER_RE.match(text, c.cue[1])]
    for c in cands:
        c.content = _without_tags(text, c.content)
    _before_concessive_reports(doc, cands)
    # A cue inside another attribution's content is reported speech within reported speech ("Carson noted
    # that Moody had tweeted ..."): keep the outer one only (PolNeAR rarely annotates the inner one).
    outer = sorted({c.content for c in cands if c.content})
    cands = [c for c in cands if not _inside_any_overlapping(outer, c.cue) or _reported_in_relative(c, cands)]
    cands = _drop_overlapping_cues(cands)
    cands = [c for c in cands if not _demonstration_in_caption(article, text, c) and not _physical_attack(c)]
    cands = with_run_on_quotes(text, quotes, with_continued_quotes(text, quotes, cands))
    _without_reporting_clauses(doc, text, cands)
    _source_before_cue_word(text, cands)
    classify(doc, text, cands, [(b.char_start, b.char_end) for b in article.blocks if b.kind in _ASIDE_BLOCKS],
             _merged([(q.open, q.close) for q in quotes if q.close is not None]), _byline_writer(article))
    _in_whole_words(text, cands)
    return [_row(article.text, c, cue_type_of(doc, c)) for c in cands]


def _said_before_name(doc, text: str, verb, end: int, quotes, quote_starts) -> _Candidate | None:
    """A sentence that opens with its cue and the speaker's name, then the quotation they said: 'Said Ellis: “I
    don’t get the sense ...”', where the parser took the verb into the name (``end``: where the name ends)."""
    after = doc[end].idx + 1
    k = bisect.bisect_left(quote_starts, after)
    if k == len(quote_starts) or text[after:quote_starts[k]].strip() or quotes[k].close is None \
            or quotes[k].end <= quotes[k].start:
        return None
    source = (doc[verb.i + 1].idx, doc[end - 1].idx + len(doc[end - 1]))
    return _Candidate((verb.idx, verb.idx + len(verb)), source, (quotes[k].start, quotes[k].end), True,
                      doc[end - 1], verb, 0.9)


def _verb_taken_for_noun(tok) -> bool:
    """A cue verb in "-s" the parser tagged a plural noun but gave a subject ("But Trump claims that he should be
    the exception", "Perez talks about growing up in Buffalo", "Super PAC blasts Trump"): it is the verb of its
    clause. The lexicon decides, the learned table having seen these words as nouns."""
    lemma = tok.lemma_.lower()
    if tok.tag_ != "NNS" or (lemma not in lex.SPEECH_VERBS and lemma not in lex.CUE_VERBS):
        return False
    if tok.dep_ == "ROOT" and name_taken_into_compound(tok.doc, tok) is not None:
        return True  # "Trump charges that countries ... donated millions": the name and the verb read as one noun
    return tok.dep_ in ("ROOT", "ccomp", "conj", "advcl", "relcl", "parataxis") \
        and any(c.dep_ == "nsubj" and c.i < tok.i and not any(g.dep_ == "case" for g in c.children)
                for c in tok.children) \
        and not any(c.dep_ in ("poss", "det") for c in tok.children)  # "Clinton's plans to rally ...": a noun


def _says_nothing(doc, verb) -> bool:
    """A verb of saying in a set phrase where nobody says anything: the connectives "That said, ...", "Let's say
    you think ...", "It goes without saying that ...", "Rest assured that ...", and a pronunciation guide ("Kissito
    (pronounced kiss-E-tow)")."""
    lemma = verb.lemma_.lower()
    if lemma == "say" and verb.i >= 1 and doc[verb.i - 1].lower_ in ("that", "this") \
            and all(t.is_punct or t.is_space for t in doc[verb.sent.start:verb.i - 1]) \
            and verb.i + 1 < len(doc) and (doc[verb.i + 1].text == "," or _clause_of_its_own(verb)):
        # "That said, Fox News's audience tends to be older", "(That said, she also noted ...)", and without the
        # comma where a clause follows ("That said the government have argued that ...")
        return True
    if lemma == "say" and verb.head.lemma_.lower() == "let" and verb.dep_ in ("ccomp", "xcomp") \
            and any(c.dep_ == "nsubj" and c.lower_ in ("'s", "’s", "us") for c in verb.children):
        return True
    if lemma == "say" and verb.tag_ == "VBG" and verb.head.lower_ == "without" \
            and verb.head.head.lemma_.lower() == "go":
        return True
    if lemma == "assure" and verb.i >= 1 and doc[verb.i - 1].lower_ == "rest" and verb.tag_ in ("VBN", "VBD"):
        return True  # "And rest assured that your data will not be shared": the reader is told to be sure
    return lemma == "pronounce" and verb.tag_ == "VBN" and verb.i >= 1 and doc[verb.i - 1].text == "("


def _clause_of_as(verb):
    """The clause an "as" clause of ``verb`` is set in: the verb it hangs on, or the verb of the subject the parser
    hung it on ("But the last part, as Paul Krugman of the New York Times points out, is that ..."), or the
    sentence's root, whatever the parser made of it ("However, as POLITICO has reported, cases that have led to
    charges involved intent", "cases" its root). (A quotation right before it is what it reports instead:
    ``_quote_for``.)"""
    head = verb.head
    if head.pos_ in ("VERB", "AUX") or (head.dep_ == "ROOT" and head.i != verb.i):
        return head
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _as_aside(doc, verb):
    """(first token, last token, speaker) of an "as" aside whose verb is ``verb`` ("Hawaii, as one of Mr. Obama's
    climate advisers pointed out, normally ..."), where the parser hung the "as" on the verb: its commas or dashes,
    and the subject inside it or the object the parser gave the "as"."""
    mark = next((c for c in verb.children if c.lower_ == "as" and c.dep_ in ("prep", "mark") and c.i < verb.i), None)
    if mark is None or mark.i == 0 or doc[mark.i - 1].text not in _ASIDE_MARKS:
        return None
    end = max([c.i for c in verb.children if c.dep_ in ("prt", "advmod") and verb.i < c.i <= verb.i + 2] + [verb.i])
    if end + 1 >= len(doc) or doc[end + 1].text not in _ASIDE_MARKS:
        return None
    speaker = next((c for c in verb.children if c.dep_ == "nsubj" and mark.i < c.i < verb.i), None) \
        or next((g for g in mark.children if g.dep_ == "pobj"), None)
    return mark.i - 1, end + 1, speaker


_ASIDE_MARKS = frozenset((",", "—", "–", "--"))


def _clause_of_its_own(verb) -> bool:
    """Whether the word right after ``verb`` opens a clause it reports, not one with "that" (a demonstrative's
    report: "Officials released a memo. That said that the plan was dead.")."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == verb.i + 1), None)
    return clause is not None and not any(c.dep_ == "mark" for c in clause.children)


def _tags_dialogue(doc, text: str, verb, quote_ends: dict[int, Quote]) -> bool:
    """A verb the lexicon does not know, in the frame that tags a line of dialogue: right after a quotation that
    ends in a comma, "?" or "!", in the same paragraph, with its subject next to it and nothing of its own to
    report ("“Quiet,” he demanded, as Bush ...", "...,” he surmised.", "...?” Trump went on", "...,” an angry
    Hollande retaliated"). Whatever the verb, it says how the quotation was spoken: on train, PolNeAR has a cue in
    18 of the 19 such frames the table and lexicon pass over, and in none of the 6 more whose subject is a
    relative "which" or "who" ('"Unplugged," which returns as ...'), left out here."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "auxpass", "nsubjpass") and c.i > verb.i for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or lex.is_relative_word(subj) or subj.lower_ == "it":
        return False
    if subj.i < verb.i and subj.right_edge.i + 1 == verb.i:
        first, last = subj.left_edge.i, verb.i
    elif subj.i > verb.i and subj.left_edge.i == verb.i + 1 + sum(
            1 for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1):
        first, last = verb.i, subj.right_edge.i
    else:
        return False
    k = first - 1
    while k >= 0 and (doc[k].is_space or doc[k].text == ",") and "\n" not in doc[k].text:
        k -= 1
    quote = quote_ends.get(doc[k].idx + len(doc[k].text)) if k >= 0 else None
    if quote is None or "\n" in text[quote.close:verb.idx] \
            or not (text[quote.start:quote.close].rstrip()[-1:] in (",", "?", "!")
                    or text[quote.outer_end:quote.outer_end + 1] == ","):
        return False
    after = doc[last + 1] if last + 1 < len(doc) else None
    return after is None or after.is_punct or after.is_space or (
        after.head.i == verb.i and after.dep_ in ("prt", "prep", "advmod", "npadvmod", "advcl"))


def _interposed(doc, text: str, verb) -> list[_Candidate] | None:
    """A cue and its speaker set in the middle of what was said, verb first: "The contrast with Trump, said Doyle
    and others, would be clear". The parser makes the sentence's subject the cue's and the speaker the subject of
    the rest; the content is the two parts around "said Doyle and others"."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if subj is None or clause is None or subj.right_edge.i != verb.i - 2 or doc[verb.i - 1].text != ",":
        return None
    speaker = next((c for c in clause.children if c.dep_ == "nsubj" and c.left_edge.i == verb.i + 1), None)
    if speaker is None or speaker.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    comma = speaker.right_edge.i if doc[speaker.right_edge.i].text == "," else speaker.right_edge.i + 1
    if comma >= clause.right_edge.i or doc[comma].text != ",":
        return None
    source = source_span(doc, speaker)
    cue = cue_span(doc, verb)
    parts = [trimmed(doc, subj.left_edge.i, subj.right_edge.i), trimmed(doc, comma + 1, clause.right_edge.i)]
    if source is None or None in parts or "\n" in text[parts[0][0]:parts[1][1]]:
        return None
    return [_Candidate(cue, source, part, False, speaker, verb, 0.9) for part in parts]


# what a stance is aimed at, less "on" (a day: "as he said on Monday") and "by" and "as"
_AIMING_PREPS = CONTENT_PREPOSITIONS - {"on", "by", "as"}


def _block_after_colon(text: str, cue: Span) -> Span | None:
    """"Limbaugh added:" closing its paragraph, then a paragraph without quotation marks: the writer set the
    words off as a block quotation, and that paragraph is what was said (a tweet's markup left out)."""
    line_end = text.find("\n", cue[1])
    if not text.startswith(":", cue[1] - 1) or line_end < 0 or text[cue[1]:line_end].strip():
        return None
    start = line_end
    while start < len(text) and text[start].isspace():
        start += 1
    if start >= len(text) or text[start] in "\"“'‘":
        return None
    if text.startswith("<", start) and (close := text.find(">", start)) > 0:
        start = close + 1  # '<tweet tweet-author="..." ...>PREACH! ...'
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    span = trim_sentence_end(text, start, end)
    return span if span[1] > span[0] else None


def _aimed(verb) -> bool:
    """Whether a verb has an object of its own ("as they bristled at the questions", "as he praised her"), so that
    an "as" clause on it is not the reporting frame of the clause it hangs on ("as Clyburn noted, ...")."""
    addressed = verb.lemma_.lower() in lex.ADDRESSEE_VERBS  # "as Clyburn told reporters, ...": whom, not what
    return any(c.dep_ in ("ccomp", "xcomp", "attr", "acomp") or (c.dep_ == "dobj" and not addressed)
               or (c.dep_ == "prep" and c.lower_ in _AIMING_PREPS) for c in verb.children)


def _tail_frame(doc, text: str, verb, subj) -> Span | None:
    """The sentence before a reporting frame that closes it, when the parser hung the frame on a noun as a
    relative clause ("Eighty-four percent of Latino voters have an unfavorable view of Trump, the poll found"):
    the frame is set off by a comma and nothing but punctuation follows the verb."""
    sent = verb.sent
    if verb.dep_ not in ("relcl", "acl") or not subj.i < verb.i or subj.left_edge.i < sent.start + 2 \
            or doc[subj.left_edge.i - 1].text != "," \
            or any(not (t.is_punct or t.is_space) for t in doc[verb.i + 1:sent.end]) \
            or any(c.i > verb.i and not (c.is_punct or c.is_space) for c in verb.children):
        return None
    span = trimmed(doc, sent.start, subj.left_edge.i - 2)
    return within_paragraph(text, span, verb.idx) if span is not None else None


def _felt(doc, verb) -> _Candidate | None:
    """"The remark worried some analysts": the analysts are the source, the remark what the row is about (a verb
    of feeling without an object, "Environmentalists worry that ...", is an ordinary cue)."""
    obj = next(c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj") and c.i < verb.i), None)
    source = source_span(doc, obj) if obj.pos_ in ("PROPN", "NOUN", "PRON") else None
    content = trimmed(doc, subj.left_edge.i, subj.right_edge.i) if subj is not None else None
    if source is None or content is None or lex.is_relative_word(subj):
        return None
    return _Candidate(cue_span(doc, verb), source, content, False, obj, verb, learned_probability(verb, 0.7))


def _felt_by(doc, text: str, verb) -> _Candidate | None:
    """"AI experts are increasingly troubled by those energy demands": the passive's subject feels, what the "by"
    names is what the row is about, and the cue runs to the "by", as for an adjective of attitude ("are alarmed
    at")."""
    by = next(c for c in verb.children if c.dep_ == "agent" and c.i > verb.i)
    obj = next((c for c in by.children if c.dep_ in ("pobj", "pcomp")), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if obj is None or subj is None:
        return None
    source = source_span(doc, subj)
    content = trimmed(doc, obj.left_edge.i, obj.right_edge.i)
    if source is None or content is None:
        return None
    source = settled_source(text, source, subj, verb.idx)
    cue = (doc[cue_start(doc, verb)].idx, by.idx + len(by.text))
    return _Candidate(cue, source, content, False, subj, verb, learned_probability(verb, 0.7)) if source else None


def _set_off(doc, verb, subj) -> bool:
    """Whether the cue and its speaker follow a comma ("Hillary Clinton thinks ..., former President Bill Clinton
    said this week"): the cue closes the sentence's clause, it is not reported by the verb before it."""
    first = min(verb.i, subj.left_edge.i) if subj is not None else verb.i
    return first > 0 and doc[first - 1].text == "," and not any(
        c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children)


def _reported_by_head(verb, quotes: list[Quote], quote_starts: list[int]) -> bool:
    """Whether the cue's clause opens what a reporting verb after it reports ("He promised to win the district,
    Frankel said"), and that verb reports nothing after it: it is that verb's content, not a parenthetical inside
    its clause ("Biden, Rubio said, had"), nor a cue before a quotation the parser hung on the quoted speech verb."""
    head = verb.head
    return verb.dep_ == "ccomp" and verb.i < head.i and head.lemma_.lower() in lex.REPORTING_VERBS \
        and verb.left_edge.i == head.left_edge.i \
        and not any(c.i > head.i and c.dep_ in ("dobj", "ccomp", "xcomp") for c in head.children) \
        and not (_in_closed_quote(quotes, quote_starts, (head.idx, head.idx + len(head)))
                 and not _in_closed_quote(quotes, quote_starts, (verb.idx, verb.idx + len(verb))))


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
        as_clause = _GAP_AS_RE.match(gap) and ("," in gap or text[quotes[k].close - 1] == ",")
        if (_GAP_BEFORE_RE.match(gap) or as_clause) and "\n" not in gap \
                and not (left < cue[0] and _speech_verb_between(doc, left, cue[0])):
            before = k  # (not where the source's own speech verb stands between: '"A," Trump said before adding:')
            found.append(k)
    k2 = bisect.bisect_left(quote_starts, right)
    if k2 < len(quotes) and quotes[k2].close is not None:
        gap = text[right:quotes[k2].open]
        # a cue that ends its paragraph with a colon introduces the quotation set off below it
        if "\n" not in gap or (not gap.strip() and text[right - 1] == ":"):
            sentence_end = doc[doc.char_span(cue[0], cue[1], alignment_mode="expand").start].sent.end_char
            rest_ok = _GAP_AFTER_RE.match(gap) or (before is not None and _GAP_SPLIT_RE.match(gap))
            # "X said" + adverbials then the quote: allow a short gap inside the cue's sentence
            # ... unless a speech verb of its own stands there ("Cruz said as the heckler yelled: ...")
            if not rest_ok and quotes[k2].open <= sentence_end + 2 and len(gap) <= 40 and gap.rstrip().endswith(":") \
                    and not _speech_verb_between(doc, right, quotes[k2].open):
                rest_ok = True
            # the one a cue addresses between it and the quotation: 'asked Dion, “What ...?”', 'told the crowd: “...”'
            if not rest_ok and gap.rstrip().endswith((",", ":")) \
                    and _addressee_between(doc, cue, right, quotes[k2].open):
                rest_ok = True
            # split quote whose cue clause runs on: "''A,'' Nega told me. ''B.''"
            if not rest_ok and before is not None and sentence_end <= quotes[k2].open <= sentence_end + 2 \
                    and len(gap) <= 80 and gap.rstrip().endswith((".", ",", ":")):
                rest_ok = True
            # split quote whose cue runs on to a comma: "A," Smith told reporters on Wednesday, "but B."
            if not rest_ok and before is not None and text[quotes[before].close - 1] == "," and len(gap) <= 100 \
                    and gap.rstrip().endswith(",") and not any(ch in gap for ch in "\"“”«»"):
                rest_ok = True
            # a second part with a speech verb of its own after it is someone else's:
            # in "“A,” Ortiz said. “B,” Lee said." B is Lee's
            if rest_ok and before is not None and not _GAP_AFTER_RE.match(gap) \
                    and speech_verb_after(doc, text, quotes[k2]):
                rest_ok = False
            if rest_ok:
                found.append(k2)
    return found


def _addressee_between(doc, cue: Span, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are only the object of a verb of addressing in ``cue`` ("asked
    Dion,", "told reporters:")."""
    words = doc.char_span(start, end, alignment_mode="contract")
    words = [t for t in words if not (t.is_punct or t.is_space)] if words is not None else []
    return bool(words) and any(
        t.dep_ in ("dobj", "dative") and t.head.lemma_.lower() in lex.ADDRESSEE_VERBS
        and cue[0] <= t.head.idx < cue[1] and {w.i for w in words} == {w.i for w in t.subtree if not w.is_punct}
        for t in words)


def _says_through_object(doc, text: str, verb) -> bool:
    """A light verb whose object names what is said, with what it is about: "made the case that ...", "had harsh
    words for ...", "has made several controversial statements on ..." (the table turns "make" and "have" down)."""
    # (a light verb is no verb of attitude, so ``attitude_object`` takes only an object of ``lex.CUE_OBJECT_NOUNS``)
    return verb.lemma_.lower() in lex.LIGHT_VERBS and attitude_object(doc, text, verb) is not None


def _addressed_or_occasion(noun, verb):
    """The earlier verb whose subject speaks where an "-ing" cue hangs on the object of a preposition that is no
    source of its own: the people it is said to ("sent a text message to supporters saying", "made a pitch to New
    York voters saying") or a thing that says nothing ("at one point calling the mayor a liar", "with a reference to
    the film, remarking"), the cue a verb of speech; not a document, a statement, a poll, a quantity or people who
    speak ("a civil rights group demanding", "50 percent saying"), nor one whose possessor speaks ("Carson's
    updated comments expressing"). None where it is not so."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ not in ("prep", "dative") or verb.lemma_.lower() not in _SAYING \
            or any(c.dep_ == "poss" for c in noun.children):
        return None
    governor = prep.head
    if governor.pos_ == "NOUN" and governor.dep_ == "dobj":
        governor = governor.head  # "sent a text message to supporters"
    if governor.pos_ not in ("VERB", "AUX") or governor.i > verb.i:
        return None
    lemma = noun.lemma_.lower()
    if lex.names_people_or_body(lemma):
        return governor if prep.lower_ == "to" and noun.tag_ == "NNS" else None
    if ((lex.is_document_word(noun) or lemma in lex.STATEMENT_NOUNS) and prep.lower_ != "at") \
            or lemma in ("one", "other", "percent") \
            or (noun.tag_ == "NNS" and any(c.dep_ == "nummod" for c in noun.children)):
        return None  # (but not after "at": a target, "hit out at the decision saying", or an occasion, "said at a
        # news conference announcing that ...", says nothing)
    return governor


# verbs of speech ("at one point calling the mayor a liar"), not of evidence ("an item suggesting")
_SAYING = (lex.SPEECH_VERBS | {"call"}) - lex.EVIDENCE_VERBS


def _speech_verb_between(doc, start: int, end: int) -> bool:
    """Whether a speech verb that is a cue of its own stands between the characters ``start`` and ``end``."""
    span = doc.char_span(start, end, alignment_mode="contract")
    return span is not None and any(t.pos_ == "VERB" and t.lemma_.lower() in lex.SPEECH_VERBS and t.dep_ != "pcomp"
                                    for t in span)  # (not "before adding:", which is no cue of its own)


def _verb_attribution(doc, text: str, verb, quotes, quote_starts, quote_owner, base_index):
    lemma = verb.lemma_.lower()
    if _says_nothing(doc, verb):
        return None
    interposed = _interposed(doc, text, verb) if lemma in lex.SPEECH_VERBS else None
    if interposed is not None:
        return interposed
    if lemma in lex.EXPERIENCER_OBJECT_VERBS and any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children):
        return _felt(doc, verb)
    if lemma in lex.EXPERIENCER_OBJECT_VERBS and any(c.dep_ == "agent" and c.i > verb.i for c in verb.children):
        return _felt_by(doc, text, verb)
    subj = experiencer(verb) if lemma in lex.SEEMING_VERBS else subject(doc, verb)
    cue = cue_span(doc, verb)
    source = source_span(doc, subj) if subj is not None else None
    if source is not None and subj.is_ancestor(verb):  # the sentence's root noun phrase, up to its verb
        before = trimmed(doc, subj.left_edge.i, verb.left_edge.i - 1)
        source = (source[0], min(source[1], before[1])) if before else None
    if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ == "NOUN":
        noun = verb.head
        if noun.dep_ == "dobj" and noun.lemma_.lower() not in lex.PERSON_NOUNS \
                and (owner := subject(doc, noun.head)) is not None and noun.head.i < verb.i:
            # "X released a statement saying ...", "X published a report detailing ...", "X emailed supporters
            # saying ...": X speaks (PolNeAR's source in 62 of 73 such gold cues on an object that is no person);
            # with a statement or a document the cue runs from the verb to "saying"
            subj = owner
            if noun.lemma_.lower() in lex.DOCUMENT_HEADS or noun.lemma_.lower() in lex.STATEMENT_NOUNS:
                cue = (cue_span(doc, noun.head)[0], cue[1])
            source = source_span(doc, subj)
        elif (governor := _addressed_or_occasion(noun, verb)) is not None \
                and (owner := subject(doc, governor)) is not None:
            # "sent a text message to supporters saying ...", "hit out at the decision saying ...", "at one point
            # calling the mayor a liar": whoever the verb the noun hangs on has for subject speaks
            subj = owner
            source = source_span(doc, subj)
        elif noun.lemma_.lower() not in lex.STATEMENT_NOUNS:
            # "a poll showing ...", "a memo warning ...": the noun phrase is the source
            subj = noun
            source = trimmed(doc, noun.left_edge.i, noun.i)
    if source is not None:
        source = settled_source(text, source, subj, verb.idx)
    if source is not None and source[0] < cue[1] and cue[0] < source[1]:
        # a subject whose phrase the parser ran past the verb ("A union representing flight attendants endorsed
        # Hillary Clinton ..., another example of ...", the closing phrase taken for the union's appositive): up
        # to the verb's phrase
        first = next((t.i for t in doc[subj.i:verb.i + 1] if t.idx >= cue[0]), None)  # (a source has a subject)
        before = source_span(doc, subj, first - 1) if first is not None and subj.i < first and not any(
            t.is_ancestor(verb) for t in doc[subj.i + 1:first]) else None  # (not "countered Sunday by suggesting")
        source = settled_source(text, before, subj, verb.idx) if before is not None and before[0] == source[0] \
            else None
    if lemma in lex.SPEECH_VERBS and (source is None or _in_closed_quote(quotes, quote_starts, source)) \
            and not passive_without_subject(verb):
        # the parser took a word of the quotation for the subject: ''..., Ohio,'' Mr. Trump said
        near = _source_beside_quote(doc, text, quotes, quote_starts, cue) \
            or _source_after_quote(doc, text, quotes, quote_starts, verb, cue)
        if near is not None:
            source, subj = near
    if source is not None and _in_closed_quote(quotes, quote_starts, source, whole=True) \
            and not _in_closed_quote(quotes, quote_starts, cue):
        # a subject found inside a quotation for a cue outside it: the parser hung the cue on the quoted clause
        # ('..., telling the crowd, “Some people get a little carried away”')
        source = subj = None
    content_tok = None
    for c in verb.children:
        # (not a speaker the parser made a clause, nor a clause before the cue that holds the speaker, "One
        # attendee, who like others spoke on ..., said": attribution_subjects._subject_taken_for_clause)
        if (c.dep_ == "ccomp" or (c.dep_ == "xcomp" and lemma in lex.COGNITION_VERBS)) \
                and (subj is None or (c.i != subj.i and not (c.i < verb.i and c.is_ancestor(subj)))) \
                and not (c.i < verb.i and any(t.text in (";", ":") for t in doc[c.right_edge.i + 1:verb.i])):
            content_tok = c  # (nor a clause a semicolon or colon closes: "... threaten ...; others vow ...")
            break
    if content_tok is not None and content_tok.i < verb.i:
        # a clause before the cue that the parser hung on it, and the reported one after it with its "that"
        # ("Claiming the criticism is designed to ..., Trump told Fox that ...")
        content_tok = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and (any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children) or _subordinate(content_tok))), content_tok)
    if content_tok is None and name_taken_into_compound(doc, verb) is not None:
        # the clause the verb read as a noun reports, read as the noun's relative clause ("Trump brags that's good
        # news", "charges that countries ... donated millions")
        content_tok = next((c for c in verb.children if c.dep_ in ("acl", "relcl") and c.i > verb.i), None)
    if content_tok is None and lemma in lex.SPEECH_VERBS:
        for c in verb.children:
            if c.dep_ == "parataxis" or (c.dep_ == "dobj" and lemma not in lex.ADDRESSEE_VERBS):
                content_tok = c
                break
    if content_tok is None:
        content_tok = report_taken_for_subject(doc, verb)
    if content_tok is None:
        content_tok = for_clause(doc, verb)  # "is calling for the United States to step up ..."
    idiom = idiom_end(verb) is not None
    if idiom:
        content_tok = idiom_clause(verb)  # "made it clear that ...", and nothing for "put it"
    elif (prep := idiom_preposition(verb)) is not None:
        content_tok = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)  # "took aim at [X]"
    direct = False
    contents: list[Span] = []
    if verb.dep_ in ("ccomp", "parataxis") and content_tok is None and (lemma in lex.SPEECH_VERBS or (
            verb.dep_ == "parataxis" and lemma in lex.COGNITION_VERBS and lemma != "know"
            and subj is not None and subj.i < verb.i)) \
            and (verb.head.pos_ in ("VERB", "AUX") or (verb.dep_ == "parataxis" and verb.head.dep_ == "ROOT")) \
            and not (verb.i > verb.head.i and verb.head.lemma_.lower() in lex.REPORTING_VERBS
                     and not _set_off(doc, verb, subj)) \
            and not _reported_by_head(verb, quotes, quote_starts):
        # inverted ("The military is resuming operations, officials said") or parenthetical ("Biden, Rubio
        # said, had been ..."): the clause heads the sentence; the parts around the cue are the content (also
        # where the parser made a noun the sentence's root: "The hashtag #RechercheParis, Mr. Abboud said,
        # accompanied descriptions ..."); a verb of belief only set off after its subject ("Such efforts, they
        # believe, will render ..."; not "you know", nor an imperative "(think Brexit)")
        for part in parts_around(doc, text, verb.head, verb):
            contents.append(part)
    if verb.dep_ == "advcl" and content_tok is None and (clause := _clause_of_as(verb)) is not None \
            and (mark := next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)) \
            and (idiom or (lemma in lex.REPORTING_VERBS and not _aimed(verb))) \
            and (verb.i < verb.head.i or (mark.i > 0 and doc[mark.i - 1].is_punct)):
        # "as Clyburn noted, ...", "..., as police have said"; not the "as" of a moment ("she said as the heckler
        # yelled: ...", "they chanted as the crowd applauded")
        contents.extend(parts_around(doc, text, clause, verb))
    if verb.dep_ == "ROOT" and content_tok is None and not contents and (aside := _as_aside(doc, verb)) is not None \
            and (idiom or (lemma in lex.REPORTING_VERBS and not _aimed(verb))):
        # "Hawaii, as one of Mr. Obama's climate advisers pointed out, normally does not ...", the parser having
        # made the aside's verb the sentence's root: the speaker inside the aside, the sentence around it
        first, last, speaker = aside
        if speaker is not None and (subj is None or not first < subj.i < verb.i):
            subj, source = speaker, source_span(doc, speaker)
        for start_i, end_i in ((verb.sent.start, first - 1), (last + 1, verb.sent.end - 1)):
            part = trimmed(doc, start_i, end_i) if start_i <= end_i else None
            if part is not None:
                contents.append(within_paragraph(text, part, verb.idx))
    if lemma in lex.SPEECH_VERBS or idiom:
        q_idx = _quote_for(doc, text, quotes, quote_starts, cue, source)
    elif content_tok is None and not any(c.dep_ in ("dobj", "xcomp", "prep") for c in verb.children):
        # any other cue verb closing a quotation with nothing of its own to report ("...?” Vitter demanded),
        # or standing inside one split around it ("A,” she continued, “B.”)
        q_idx = _quote_for(doc, text, quotes, quote_starts, cue, source)
        if not any(quotes[k].open < cue[0] for k in q_idx):
            q_idx = []
    else:
        q_idx = []
    q_idx = [k for k in q_idx if k not in quote_owner]
    if content_tok is not None and content_tok.i > verb.i and content_tok.dep_ == "ccomp" and not any(
            quotes[k].start <= content_tok.idx < quotes[k].end for k in q_idx):
        # "arguing that ...": the clause, not a quote before; but in a split quote ("A," Obama said, "they
        # don't ...") the parser hangs the second part on the cue
        q_idx = [k for k in q_idx if quotes[k].open > cue[0]]
    if contents and q_idx:
        contents = []
    if content_tok is not None and q_idx:
        # a quotation inside the reported clause is a mixed quote: "said the plan was “a disaster.”"; not one a
        # colon sets off before the cue ('McCaskill scolded him: “The community is against you,” she said'), but
        # after it, yes ('Trump said he responded: "When you have incoming, ..."' reports the whole clause)
        clause = content_span(doc, text, verb, content_tok)
        if clause is not None and any(
                clause[0] < quotes[k].open - 1 and quotes[k].start < clause[1]
                and not (quotes[k].open < cue[0] and text[clause[0]:quotes[k].open].rstrip().endswith(":"))
                for k in q_idx):
            q_idx = []
    if content_tok is not None and not q_idx:
        span = content_span(doc, text, verb, content_tok)
        if span is not None:
            inside = _enclosing_quote(quotes, quote_starts, span, text)
            if inside is not None and inside not in quote_owner:
                q_idx = [inside]
                if quotes[inside].open < cue[0]:  # and the part after the cue of a quote split around it
                    q_idx += [k for k in _quote_for(doc, text, quotes, quote_starts, cue, source)
                              if quotes[k].open > cue[0] and k not in quote_owner]
            else:
                contents.append(span)
    if q_idx:
        direct = True
        contents = [(quotes[k].start, quotes[k].end) for k in q_idx]
    if not contents and lemma in lex.SPEECH_VERBS:
        span = stranded_clause(doc, text, verb)
        if span is not None:
            contents.append(span)
    if not contents and lemma in lex.REPORTING_VERBS:
        span = pro_form(doc, verb)  # "46 percent said yes", "Ted Cruz apparently thinks so"
        if span is not None:
            contents.append(span)
    if not contents:
        span = object_span(doc, text, verb) or passive_span(doc, text, verb)
        if span is not None:
            if span[2] is not None:
                cue = (cue[0], span[2])
            contents.append(span[:2])
    if not contents and subj is not None and lemma in lex.SPEECH_VERBS:
        contents.extend(fronted_clause(doc, text, verb, subj))
    if not contents and lemma in lex.SPEECH_VERBS and (block := _block_after_colon(text, cue)) is not None:
        contents.append(block)
    if not contents and subj is not None and (span := _tail_frame(doc, text, verb, subj)) is not None:
        contents.append(span)
    if contents and cue[1] < verb.idx and verb.dep_ == "xcomp" and not direct:
        # the cue is the verb of intending before this one ("wanted to endorse Sanders", cue_span's one cue that
        # ends before its verb): what it reports is the infinitive with all it takes
        whole = trimmed(doc, verb.left_edge.i, before_aside(doc, verb.left_edge.i, verb.right_edge.i))
        contents = [within_paragraph(text, whole, verb.idx)] if whole else contents
    if contents and lemma in lex.LIGHT_VERBS and (att := attitude_object(doc, text, verb)) is not None \
            and att[2] is not None and cue[1] < att[2] <= min(c[0] for c in contents):
        cue = (cue[0], att[2])  # "attempted to make the case that ...": the cue runs to the noun
    if not contents or subj is None or source is None:
        return None
    if subj.i < verb.i and not lex.is_relative_word(subj) and not direct:
        contents = relative_content(doc, text, verb, cue, source, content_tok) or contents
    if verb.dep_ == "relcl" and subj.lower_ in ("that", "which") and lemma not in lex.SPEECH_VERBS:
        return None  # "the group that calls itself ...": a description, not an attribution
    contents = [c for c in contents if direct or text[c[0]:c[1]].lower() != "that"]
    if lemma in lex.COGNITION_VERBS and subj.pos_ == "PRON" and verb.dep_ == "ccomp" \
            and verb.head.lemma_.lower() in lex.SPEECH_VERBS:
        return None  # "X said they believe ...": one attribution, the saying
    conf = 0.9 if lemma in lex.SPEECH_VERBS else learned_probability(verb, 0.7)
    out = []
    for content in contents:
        if content[0] < cue[1] and cue[0] < content[1]:
            continue
        if content[0] < source[1] and source[0] < content[1]:
            continue
        out.append(_Candidate(cue, source, content, direct, subj, verb, conf))
    if out:
        for k in q_idx:  # a quotation is taken only by an attribution that stands
            quote_owner[k] = base_index
    return out or None


# a name or pronoun, with a lower-case title before it and an appositive after it ("screenwriter Cole Haddon",
# "Gene Sperling, a top outside Clinton adviser,"), or an unnamed speaker ("an intelligence source, who ...,")
_SHORT_SOURCE_RE = re.compile(r"[ ,]*((?:[a-z][\w.'’-]*[ \t]+){0,3}[A-Z][^\n;:!?\"“”]{0,100}?"
                              r"|(?:an?|the|one|two|three|several|some|many|other|another)"
                              r"[ \t][^\n;:!?\"“”]{1,100}?"
                              r"|he|she|they|we|I)[ ,]*\Z")
# a sentence's end inside such a source: a word's full stop before a capital (not "Sen. Cruz")
_SENTENCE_END_RE = re.compile(r"[a-z]{2}[.!?][ \t]+[A-Z]")


def _in_closed_quote(quotes: list[Quote], quote_starts: list[int], span: Span, whole: bool = False) -> bool:
    """Whether ``span`` starts inside a closed quotation (``whole``: and ends inside it too)."""
    k = bisect.bisect_right(quote_starts, span[0]) - 1
    return k >= 0 and quotes[k].close is not None and quotes[k].open < span[0] < quotes[k].close \
        and (not whole or span[1] <= quotes[k].close)


def _source_beside_quote(doc, text: str, quotes: list[Quote], quote_starts: list[int], cue: Span):
    """A short name or pronoun between a quotation and its cue (''...,'' Mr. Trump said), as (span, head)."""
    k = bisect.bisect_left(quote_starts, cue[0]) - 1
    if k < 0 or quotes[k].close is None or quotes[k].outer_end > cue[0]:
        return None
    m = _SHORT_SOURCE_RE.fullmatch(text, quotes[k].outer_end, cue[0])
    if m is None or _SENTENCE_END_RE.search(text, m.start(1), m.end(1)):
        return None  # (not across a sentence's end: '31 "open outbreaks" in nursing homes. Seven of those were
        # reported')
    span = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
    if span is not None and len(span) > 1 and span[0].lower_ == span[0].text and span[0].pos_ == "VERB":
        if span[0].tag_ in ("VBN", "VBG"):
            return None  # ('', written by a Spanish comedy troupe, that ...': no speaker)
        if span[0].tag_ in ("VBD", "VBZ", "VBP") and span[0].lemma_.lower() in lex.SPEECH_VERBS:
            span = span[1:]  # ''...,'' said Skelly, explaining ...: the quotation is "said"'s, the speaker shared
    if span is None or len(span) == 0 or len(span) > 24:
        return None
    if lex.is_relative_word(span[-1]) or (
            span.end < len(doc) and doc[span.end].dep_ == "pcomp" and span.start <= doc[span.end].head.i < span.end):
        return None  # the cue is part of the speaker's description: "said X, an early voice in urging ...",
        # "said Jeff Davis, who was asked about ..."
    verb = next((t.i for t in span[1:] if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None:
        span = doc[span.start:verb]  # ''...,'' Sanders said, suggesting ...: the speaker of "said" speaks on
    source = trimmed(doc, span.start, span.end - 1)
    if source is None:
        return None
    head = next((t for t in span if t.ent_type_ == "PERSON"), None) or span.root
    return close_source(text, source, head), head


def _source_after_quote(doc, text: str, quotes: list[Quote], quote_starts: list[int], verb, cue: Span):
    """The speaker named after an inverted cue that closes a quotation (''...,'' said Jane Doe, a lawyer), as
    (span, head): the noun phrase after the cue, with its appositive, up to the end of the sentence."""
    k = bisect.bisect_left(quote_starts, cue[0]) - 1
    if k < 0 or quotes[k].close is None or not _GAP_BEFORE_RE.match(text[quotes[k].outer_end:cue[0]]) \
            or "\n" in text[quotes[k].outer_end:cue[0]]:
        return None
    sent_end = verb.sent.end
    i = _cue_end_token(doc, cue) + 1
    if i >= sent_end or (doc[i].pos_ not in ("PROPN", "NOUN", "DET", "ADJ", "PRON")
                         and not (doc[i].pos_ == "ADV" and doc[i].is_title)):  # a name in -ly: "said Skelly"
        return None
    head = doc[i]
    while head.head.i > head.i and head.head.i < sent_end and head.dep_ in ("compound", "det", "amod", "poss", "nmod"):
        head = head.head
    end_i = head.i
    for c in head.children:  # the appositive and a relative clause describing the speaker
        if c.i > head.i and c.dep_ in ("appos", "relcl", "acl", "prep"):
            end_i = max(end_i, c.right_edge.i)
    end_i = min(end_i, sent_end - 1)
    # the parser may run the sentence on into the next paragraph: the speaker ends with this one
    end_i = next((j - 1 for j in range(i, end_i + 1) if "\n" in doc[j].text), end_i)
    span = trimmed(doc, i, end_i)
    if span is None or "\n" in text[span[0]:span[1]]:
        return None
    return close_source(text, span, head), head


def _cue_end_token(doc, cue: Span) -> int:
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    return span.end - 1


def _merged(spans: list[Span]) -> list[Span]:
    """Sorted spans with the nested and overlapping ones merged (a quotation inside a quotation)."""
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


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


_ASIDE_BLOCKS = frozenset(("caption", "caption_title", "media_blurb", "byline", "boilerplate"))


def _byline_writer(article: Article) -> tuple[str, str | None] | None:
    """The writer an "I" outside quotations stands for where the article's closing line names none: the byline's
    author, with the title it gives ("Jane Doe, Staff Writer"), when it names one person. Not two authors (which
    one is "I"?), nor a desk or a body ("The Editorial Board", "Fox News Staff"), nor an outlet. Named as source
    names are, without an honorific or title ("Dr. Jane Doe") and out of capitals ("JANE DOE")."""
    authors = byline_authors(article)
    if len(authors) != 1:
        return None
    name, role = authors[0]
    words = name.split()
    while words and words[0].lower().rstrip(".") in _BYLINE_TITLES:
        words = words[1:]
    if not 2 <= len(words) <= 4 or is_outlet_name(name) or any(
            w.lower() in _BYLINE_BODIES for w in words) \
            or not all(w[:1].isupper() or w in NAME_PARTICLES for w in words):
        return None
    if all(w.isupper() for w in words):
        words = [name_case(w) for w in words]
    return " ".join(words), role


# a byline's word for a desk or a body, not a person ("Fox News Staff", "The Editorial Board", "CNN Wire"); not
# every organisation's head, as some are surnames too (Mary Church, Tim Court)
_BYLINE_BODIES = frozenset("""staff editors editorial board desk team newsroom reporters writers wire news press
service services bureau agency reports opinion""".split())
_BYLINE_TITLES = HONORIFICS | lex.ABBREVIATED_TITLES.keys() | {"dr", "rev"}
_HOW_TO_RE = re.compile(r"(?:[^,.;:]{0,60}\s)?(?:how|what|where|when|which)\s+to\s", re.IGNORECASE)


def _demonstration_in_caption(article: Article, text: str, c: _Candidate) -> bool:
    """A photo caption's "An instructor explains how to ..." / "A soldier shows a student how to ...": the
    action the picture shows, not a claim anyone made."""
    block = article.block_at(c.cue[0])
    if block is None or block.kind != "caption" or c.content is None:
        return False
    return _HOW_TO_RE.match(text, c.content[0], c.content[1]) is not None


def _physical_attack(c: _Candidate) -> bool:
    """"Militiamen attacked the embassy compound", "the U.S. launched a drone strike", "soldiers took a shot at
    ...": an armed attack, not a stance ("Trump attacked Clinton", "Rubio took a shot at Cruz")."""
    verb = c.verb
    if verb is None:
        return False
    obj = next((t for t in verb.children if t.dep_ == "dobj"), None)
    if verb.lemma_.lower() in lex.FIRING_VERBS:
        return obj is not None and obj.lemma_.lower() in lex.WEAPON_NOUNS
    if verb.lemma_.lower() not in lex.ATTACK_VERBS and not (
            idiom_preposition(verb) is not None and obj is not None and obj.lemma_.lower() in lex.TAKEN_AIM):
        return False  # (an attack, or an idiom of one: "took a shot at", not "took credit for")
    subj = c.source_head
    if subj is not None and subj.lemma_.lower() in lex.ARMED_ACTORS:
        return True
    return obj is not None and obj.lemma_.lower() in lex.PLACE_NOUNS


_ANONYMITY_WORD = re.compile(r"\banonymity\b", re.IGNORECASE)


def _without_reporting_clauses(doc, text: str, cands: list[_Candidate]) -> None:
    """A source's relative clause that holds a cue of its own ("Barkley, who said he typically votes Democratic,
    said ...") is another attribution, not part of who speaks, and one that says why the source is not named
    ("The official, who spoke on the condition of anonymity to discuss ..., said") is the reason, kept as such:
    the source stops before either. PolNeAR's annotators leave the first out of every source in train and dev
    (74 of 74) and the second out of 6 in 7, where they keep about two in three of the other relative clauses
    set off by a comma (and the one "who, like all respondents, responded anonymously", which gives no
    condition). The clause may hang on the source's appositive ("Alfonso Aguilar, the executive director of
    ..., who also said ..."), and one that says why the source is not named may go without a comma ("a senior
    Donald Trump adviser who requested anonymity to speak candidly"); a clause holding a cue but no comma stays
    (cutting it too cost 0.04 source exact on train)."""
    cues = sorted(c.cue for c in cands)
    starts = [q[0] for q in cues]
    for c in cands:
        head = c.source_head
        if c.source is None or head is None:
            continue
        appositives = [a for a in head.children if a.dep_ == "appos" and a.i > head.i]
        for rel in [r for n in (head, *appositives) for r in n.children]:
            first, last = rel.left_edge, rel.right_edge
            if rel.dep_ != "relcl" or rel.i < head.i or first.i < 2 or not c.source[0] < first.idx < c.source[1]:
                continue
            comma = doc[first.i - 1].text == ","
            end = min(last.idx + len(last), c.source[1])  # (a misparse can hang the cue itself on the clause)
            k = bisect.bisect_left(starts, first.idx)
            if (comma and k < len(cues) and cues[k][0] < end) or _ANONYMITY_WORD.search(text, first.idx, end):
                # (also a clause not set off by a comma: "a senior adviser who requested anonymity to ...")
                c.extra["aside_end"] = c.source[1]  # the clause still says who the source is (Candidate.described_end)
                before = doc[first.i - 2] if comma else doc[first.i - 1]
                c.source = (c.source[0], before.idx + len(before))
                break


def _source_before_cue_word(text: str, cands: list[_Candidate]) -> None:
    """A source that runs into the hyphenated word its cue starts inside stops before that word, which is the
    cue's: "The mayor co-signed a letter saying" is "The mayor" | "co-signed ...", not "The mayor co" | "signed"."""
    for c in cands:  # (every candidate here has a source and a content: see _keep)
        end = whole_words(text, c.cue)[0]
        if c.source[0] < end < c.source[1]:
            while end > c.source[0] and text[end - 1].isspace():
                end -= 1
            if end > c.source[0]:
                c.source = (c.source[0], end)


def _in_whole_words(text: str, cands: list[_Candidate]) -> None:
    """Spans that cut a hyphenated word take all of it (``whole_words``), unless that makes a row's spans overlap;
    a name made of the source's own words follows the source ("wife of Alan Grayson" -> "ex-wife of Alan
    Grayson"). (After ``classify``, which reads the parse of the spans as they were: the parser hangs "ex" in
    "The ex-wife" on the verb, and the widened source would be read as headed by it.) A pronoun that took the
    name before it was widened takes the widened one ("Dodd-Frank also illustrates ... It called for": not
    "Frank")."""
    widened: dict[str, str] = {}
    for c in cands:
        spans = [whole_words(text, s) for s in (c.source, c.cue, c.content)]
        ordered = sorted(spans)
        if any(a[1] > b[0] for a, b in zip(ordered, ordered[1:])):
            continue
        (start, end), (new_start, new_end) = c.source, spans[0]
        if c.name and text.startswith(c.name, start):
            name = text[new_start:start] + (text[start:new_end] if c.name == text[start:end] else c.name)
            if name != c.name:
                widened.setdefault(c.name, name)
            c.name = name
        c.source, c.cue, c.content = spans
    for c in cands:
        if c.kind == "pronoun" and c.name in widened:
            c.name = widened[c.name]


def _before_concessive_reports(doc, cands: list[_Candidate]) -> None:
    """A reported clause stops before a concessive clause that reports someone else ("records show he has
    donated ..., though public records indicate ...", "said Hurun included ..., while Forbes counted only
    individuals"): that clause is an attribution of its own, which the nesting rule would otherwise drop."""
    for inner in cands:
        verb = inner.verb
        if verb is None or verb.dep_ != "advcl" or not own_clause(verb):
            continue
        # a poll's "..., while 23 percent favored Mr. Cruz" is still the poll's finding; but "74 percent said ...,
        # while 22 percent said they might change their mind", after people who said something, is the second
        # share's own answer
        share = inner.source_head is not None and is_share(inner.source_head)
        answer = share and verb.lemma_.lower() in lex.SPEECH_VERBS
        start = verb.left_edge.i  # "though", "even though"
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in _CONCESSIVE), None)
        if mark is None or mark.i > start + 1 or start < 2 or doc[start - 1].text != ",":
            continue
        comma = doc[start - 1]
        for outer in cands:
            if share and not (answer and outer.verb is not None and outer.verb.lemma_.lower() in lex.SPEECH_VERBS
                              and outer.source_head is not None
                              and outer.source_head.lemma_.lower() not in lex.DOCUMENT_HEADS):
                continue
            if outer is not inner and outer.content and outer.content[0] < comma.idx < inner.cue[0] < outer.content[1]:
                outer.content = (outer.content[0], doc[comma.i - 1].idx + len(doc[comma.i - 1]))


_CONCESSIVE = frozenset("though although while whereas".split())


def _subordinate(clause) -> bool:
    """Whether a clause opens with a subordinator other than "that" ("While he acknowledged ...", "Although ..."):
    an adverbial clause the parser hung on a cue, not what it reports."""
    first = clause.left_edge
    return first.dep_ == "mark" and first.lower_ in _SUBORDINATORS


_SUBORDINATORS = _CONCESSIVE | frozenset("if unless because since when after before once".split())


def _reported_in_relative(c: _Candidate, cands: list[_Candidate]) -> bool:
    """A speech verb in a relative clause inside what a verb of another kind reports is an attribution of its
    own ("Roffman signed a letter of apology that he said was drafted by the firm")."""
    verb = c.verb
    if verb is None or verb.dep_ != "relcl" or verb.lemma_.lower() not in lex.SPEECH_VERBS:
        return False
    return not any(o.content[0] <= c.cue[0] and c.cue[1] <= o.content[1] and o.verb is not None
                   and o.verb.lemma_.lower() in lex.SPEECH_VERBS for o in cands if o is not c and o.content)


def _drop_overlapping_cues(cands: list[_Candidate]) -> list[_Candidate]:
    """Of candidates whose cues overlap ("released" in "released a statement saying"), keep the longer cue; of
    two with the same cue, one whose content lies inside the other's is the same attribution ("pledged | to
    oppose the bill" and "pledged | the bill", from "pledged" and from "oppose")."""
    kept: list[_Candidate] = []
    taken = DisjointSpans()  # the cues kept, each once (two cues kept never overlap)
    contents: dict[Span, list[Span]] = {}  # cue -> the contents kept with it
    widest_first = sorted(cands, key=lambda c: (c.cue[0] - c.cue[1], c.cue[0],
                                               c.content[0] - c.content[1] if c.content else 0))
    for c in widest_first:
        same = contents.get(c.cue)
        if (same is None and taken.overlaps(*c.cue)) or (same is not None and c.content and any(
                k[0] <= c.content[0] and c.content[1] <= k[1] for k in same)):
            continue
        kept.append(c)
        if same is None:
            taken.add(*c.cue)
            same = contents[c.cue] = []
        if c.content:
            same.append(c.content)
    kept.sort(key=lambda c: (c.cue[0], c.content[0] if c.content else 0))
    return kept


def _inside_any_overlapping(spans: list[Span], span: Span) -> bool:
    """Whether ``span`` lies inside one of the sorted, possibly overlapping ``spans``."""
    k = bisect.bisect_right(spans, (span[0], 1 << 62))
    return any(s <= span[0] and span[1] <= e for s, e in spans[max(0, k - 16):k])


_EDGE_TAGS_RE = re.compile(rf"(?:\s*{_TAG})*\s*(.*?)(?:{_TAG}\s*)*\Z", re.DOTALL)


def _without_tags(text: str, span: Span) -> Span:
    """A content span without the HTML tags a page left at either end ('... in his victory speech.</tweet>')."""
    m = _EDGE_TAGS_RE.match(text, span[0], span[1])
    return (m.start(1), m.end(1)) if m.end(1) > m.start(1) else span


def _keep(c: _Candidate) -> bool:
    """A candidate with a source and a content, whose source is no clause ("Taking a multivitamin every day can
    promote healthy aging", "Being a sad clown will cheer you up", "How it handles those questions will
    determine ...": an act, not who says or holds anything)."""
    return c.source is not None and c.content is not None and c.content[1] > c.content[0] \
        and not _clause_source(c.source_head, c.source)


def _clause_source(head, source: Span) -> bool:
    """Whether a source is a clause the parser made the subject, the whole of it, opening with its verb or a
    wh-word; not a noun it mistook for one ("Trump in recent weeks has hired"), people a participle describes ("Many
    Republicans clamoring for ... support"), a source cut out of a misparse ('<tweet ...>I didn’t suggest'), nor a
    participle's phrase the parser ran into the speaker ("Making her way around the diner, Clinton thanked")."""
    if head is not None and head.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and c.left_edge.idx == source[0] and c.right_edge.i == head.i - 1
            and head.i + 1 < len(head.doc) and head.doc[head.i + 1].lower_ == "that" for c in head.children):
        return True  # a clause with a subject of its own the parser made the subject ("some note that Trump ... has")
    if head is None or head.dep_ != "csubj" or head.pos_ not in ("VERB", "AUX"):
        return False
    first = head.left_edge
    return (first.i == head.i or first.tag_ in ("WRB", "WDT", "WP")) and source[0] == first.idx \
        and not any("," in t.text for t in takewhile(lambda t: t.idx < source[1], head.doc[first.i:]))


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


