"""Attributions that do not hang on a reporting verb: "according to X", "In a poll released Monday, ...",
"Name: what they said" at the head of a line (headlines, transcripts, "Report: ..."), a quotation signed with
a dash ("...” ― Jane Doe"), and a title-case headline whose verb the parser took for a proper noun ("Trump
Calls On Obama To Resign").
"""

from __future__ import annotations

import re

from newsprov.extract import attribution_lexicon as lex
from newsprov.extract.article import Article
from newsprov.extract.attribution_sources import Candidate, Span
from newsprov.extract.attribution_spans import (
    close_mixed_quote, in_paragraph, parts_around, tok_span, trim_sentence_end, trimmed, trimmed_marks,
    within_paragraph,
)
from newsprov.extract.quotes import Quote


def according_to(doc, text: str, tok) -> Candidate | list[Candidate] | None:
    to = doc[tok.i + 1]
    pobj = [c for c in to.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
    if not pobj:
        return None
    src_tok = pobj[0]
    if src_tok.pos_ == "NOUN" and (src_tok.lemma_.lower() in _MEASURES or (
            src_tok.lemma_.lower() in _PLANS and not list(src_tok.children))):
        # "adjust according to your own preferences", "it went according to plan": nobody says it ("according to
        # her plan" and "according to the schedule published Thursday" cite a document)
        return None
    source = trimmed(doc, src_tok.left_edge.i, src_tok.right_edge.i)
    if source is None:
        return None
    source = within_paragraph(text, source, tok.idx)  # "according to the F.A.A.\n\nMost people ..."
    cue = tok_span(tok, to)
    phrase = (tok.idx, source[1])
    sent = tok.sent
    cop = doc[tok.i - 1] if tok.i > sent.start else None
    if cop is not None and (cop.lemma_ == "be" or cop.lower_ in ("'s", "’s")) \
            and (tok.head.i == cop.i or cop.head.i == tok.i) \
            and (subj := next((c for c in (*cop.children, *tok.children) if c.dep_ == "nsubj" and c.i < cop.i),
                              None)) is not None:
        # "That's according to fundraising reports through Jan. 31 that the campaign is filing": the copula is
        # part of the cue (PolNeAR's "’s according to"), its subject what is reported, and the rest of the
        # sentence says whose report it is, however the parser hung it (the copula its root or an auxiliary)
        content = trimmed(doc, subj.left_edge.i, subj.right_edge.i)
        whole = trimmed(doc, src_tok.left_edge.i, sent.end - 1)
        if content is not None and whole is not None:
            return Candidate(tok_span(cop, to), within_paragraph(text, whole, tok.idx), content, False, src_tok,
                             tok, 0.9)
    before = in_paragraph(text, trimmed(doc, sent.start, tok.i - 1), tok.idx) if tok.i > sent.start else None
    after_i = src_tok.right_edge.i + 1
    if tok.i == sent.start and not any(not t.is_punct and not t.is_space for t in doc[after_i:sent.end]):
        # "According to ... Rush Limbaugh, the move reeks of fear": the parser hung the whole clause on the
        # source; opening the sentence, the phrase ends at its last comma and the clause after it is the content
        comma = next((t.i for t in reversed(doc[src_tok.i + 1:after_i]) if t.text == ","), None)
        if comma is not None and (cut := trimmed(doc, src_tok.left_edge.i, comma - 1)) is not None:
            source, after_i = within_paragraph(text, cut, tok.idx), comma + 1
            phrase = (tok.idx, source[1])
    after = in_paragraph(text, trimmed(doc, after_i, sent.end - 1), tok.idx) if after_i < sent.end else None
    head = tok.head
    if tok.i > sent.start and doc[tok.i - 1].text == "," \
            and all(t.is_punct or t.is_space for t in doc[after_i:sent.end]):
        # "Kasich said he would have fired X, according to press reports": closing the sentence, the phrase
        # reports the whole of it, the saying too, however the parser hung it in the reported clause
        head = next((a for a in head.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in lex.SPEECH_VERBS),
                    head)
    elif head.pos_ not in ("VERB", "AUX") and sent.root.pos_ in ("VERB", "AUX"):
        # "Saturday's peak demand, according to Mr. Marcus, reached 44,947 megawatts": hung on a word of no verb (the
        # comma, a noun), the phrase reports the clause around it, the sentence's
        head = sent.root
    if head.i != tok.i and head.pos_ in ("VERB", "AUX") and head.sent == sent:
        # the clause "according to" hangs on, without the phrase (one part before it, one after)
        parts = [p for p in (in_paragraph(text, p, tok.idx) for p in parts_around(doc, text, head, tok))
                 if p is not None and not (p[0] < phrase[1] and phrase[0] < p[1])]
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


# What "according to" can measure a thing by, rather than cite a source for it
_MEASURES = frozenset("preference taste way size need liking".split())
_PLANS = frozenset(("plan", "schedule"))

_POLL_NOUNS = frozenset("poll polls survey surveys".split())


def in_poll(doc, text: str, tok) -> list[Candidate] | None:
    """"In a CNN poll released Monday, 52 percent said ...": a sentence opening with a poll reports what it
    found. The cue is "In", the source the poll, the content the clause the phrase opens (elsewhere in a
    sentence, "leads in the polls" is the writer's own summary, and PolNeAR seldom takes it as one)."""
    if tok.i != tok.sent.start or tok.dep_ != "prep" or tok.head.pos_ not in ("VERB", "AUX", "NOUN", "PROPN"):
        return None
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lemma_.lower() not in _POLL_NOUNS:
        return None
    source = trimmed(doc, pobj.left_edge.i, pobj.right_edge.i)
    if source is None:
        return None
    cue = tok_span(tok, tok)
    parts = [p for p in (in_paragraph(text, p, tok.idx) for p in parts_around(doc, text, tok.head, tok))
             if p is not None and p[0] >= source[1]]
    return [Candidate(cue, source, p, False, pobj, tok, 0.8) for p in parts] or None


# (a transcript's turns may open with a quotation mark that is never closed: "PENCE: Well, ...)
_COLON_RE = re.compile(r"(?m)^[\"“]?(?:[^\n:]{0,80}? [-–—] )?(?P<src>[^\n:\"“]{2,60}?): (?=\S)")
_COLON_POS = frozenset(("PROPN", "NOUN", "DET", "ADP", "ADJ", "PUNCT", "CCONJ", "PART", "NUM", "SPACE"))
_NOT_SOURCES = frozenset("""
photo photos video update updated editor note related source sources caption credit image images read more
watch listen see also by posted published tags share advertisement warning correction clarification disclosure q a
breaking exclusive alert busted boom bombshell look name age city job
question answer background context summary abstract objective objectives methods results conclusion conclusions
disclaimer funding support author keywords notes tip tips bonus verdict pros cons ingredients directions instructions
definition definitions acknowledgment acknowledgments acknowledgement acknowledgements disclosures newsfeed
""".split())  # labels: "Breaking: ...", "EXCLUSIVE: ...", "BOMBSHELL: ...", "Name: ... Age: ..."; the headings of
# a Q&A, a paper, a review or a recipe: "Answer: ...", "Background: ...", "Grant Support: ...", "Bonus: ..."


_VERSUS = frozenset(("vs", "vs.", "v.", "versus"))


def colon_attributions(doc, text: str, article: Article, quotes: list[Quote]) -> list[Candidate]:
    """"Name: what they said" at the head of a line (headlines, transcripts, "Report: ..."), not a colon inside a
    quotation ("O'Brien, whose 2005 book ''TrumpNation: The Art of Being the Donald,'' prompted ...")."""
    out = []
    headline = _headline(text, article, any_case=True)
    opened = [(q.open, q.end) for q in quotes if q.close is not None]
    for m in _COLON_RE.finditer(text):
        src = m.span("src")
        if any(src[0] <= start and start < m.end() - 2 < end for start, end in opened):
            continue  # (a transcript's turn inside a quotation opened before its speaker's name is one)
        span = doc.char_span(src[0], src[1], alignment_mode="expand")
        if span is None or len(span) > 8 or span.text.lower().split()[-1] in _NOT_SOURCES \
                or any(t.lower_ in _VERSUS for t in span):
            continue  # (nor a comparison's heading: "Coinbase vs. Coinbase Pro: How do they compare?")
        if any(t.pos_ not in _COLON_POS for t in span) or not any(
                t.pos_ in ("PROPN", "NOUN") or t.ent_type_ == "PERSON" for t in span) or _heading(span):
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
        # a statement (a verb, or a quotation), not a label ("Superdelegates: 121", "Follow X on Twitter: @x");
        # in a headline the parser takes verbs for nouns ("Poll: Wealthy Voters Abandon ...", "Khans: Trump
        # stirs ..."), but a headline naming two parties is a topic ("Netanyahu and Obama: A tortured ...")
        in_headline = headline is not None and headline[0] <= m.start() < headline[1]
        if said is None or not (text[content[0]] in "“\"‘'" or any(t.pos_ in ("VERB", "AUX") for t in said)
                                or (in_headline and sum(t.is_alpha for t in said) >= 3
                                    and not any(t.pos_ == "CCONJ" for t in span))) \
                or "@" in text[src[0]:content[1]]:
            continue
        source = (span[0].idx, span[-1].idx + len(span[-1].text))
        colon = m.end() - 2
        direct = False
        inner = trimmed_marks(text, content)
        if inner is not None:
            content, direct = inner, True
        elif span.root.tag_ in ("NNS", "NNPS") and lex.written_lower(text, span.root.text) and (
                not in_headline or (len(span) == 1 and said[0].sent.start != said[-1].sent.start)):
            # a plural noun the text also writes in lower case, as a topic over a paragraph ("Superdelegates:
            # Clinton is backed by 520 superdelegates ... Devine said."), or over a line of the body ("Price Alerts:
            # Coinbase allows you to ... price alerts"), not a name ("Matthews: Here's the irony")
            continue
        elif len(span) == 1 and not lex.is_document_word(span[0]) and not lex.names_people(span[0].lemma_.lower()) \
                and lex.written_lower(text, span[0].text):
            # a topic the text also writes in lower case ("Coronavirus: New York ramps up mass burials ..."), not
            # a document ("Poll: ...", "Report: ...") nor people ("Insiders: Trump will rebound ...")
            continue
        cand = Candidate((colon, colon + 1), source, content, direct, span.root, None, 0.6)
        cand.extra["label"] = True  # a speaker's label: "WALLACE: ...", "Trump: ..."
        out.append(cand)
    return out


def _heading(span) -> bool:
    """A label that heads a list item or a section, not a speaker's: one that opens with a preposition ("- In Harry
    Potter and the Deathly Hallows: ...") or names a thing someone has ("Likert’s Management System: ...",
    "Republicans' reaction: ..."; not "Trump's spokesman:", "Clinton's campaign:")."""
    head = span.root
    owned = any(t.tag_ == "POS" or t.lower_ in ("'s", "’s") for t in span) and head.ent_type_ != "PERSON" \
        and head.lemma_.lower() not in _SPEAKERS_OWNED
    first = next((t for t in span if not t.is_punct), span[0])  # (after a list item's dash)
    return first.pos_ == "ADP" or owned


_SPEAKERS_OWNED = lex.PERSON_NOUNS | lex.ORGANISATION_HEADS | frozenset(lex.OWNED_BODIES)  # "Trump's spokesman:"
_NAME_WORD = r"[A-Z][\w.'’-]*"
# (the extractor reads a no-break space as a space: ``newsprov.nlp.plain_spaces``)
_DASH_SIGNATURE_RE = re.compile(rf" *[―—–] *(?P<src>{_NAME_WORD}(?: +{_NAME_WORD}){{0,5}})(?= *(?:[.,(“\"\n]|\Z))")


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
        dash = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" "))
        out.append(Candidate((dash, dash + 1), (span.start_char, span.end_char), (q.start, q.end), True,
                              span.root, None, 0.6))
    return out


# Verbs a title-case headline attributes with ("Trump Calls On Obama To Resign", "Maher Tells Guest ..."):
# the lexicon's reporting, stance, belief and evidence verbs, and headline-only ones.
_HEADLINE_VERBS = lex.CUE_VERBS | frozenset("rip slam blast urge seek vow warn pan knock eye weigh question tout".split())
_HEADLINE_ADVERBS = frozenset("just now also again finally still".split())
_AUXILIARIES = frozenset("is are was were be been has have had will would can could may might should must do does did".split())
# Words that cannot stand in a headline's source phrase (verbs, infinitive and clause-linking words).
_HEADLINE_NOT_SOURCE = _AUXILIARIES | frozenset(
    "to for on in at after as with by from over into about while when if".split())
# Entities a headline verb cannot sit inside (a PERSON span often swallows the verb: "Ben Carson Slams").
_NAME_ENTITIES = frozenset("ORG GPE FAC LOC NORP PRODUCT EVENT WORK_OF_ART LAW".split())
_HEADLINE_LABEL_RE = re.compile(r"[A-Z][A-Za-z]{1,12}: ")  # "Breaking: ", "Watch: "


def headline_attributions(doc, text: str, article: Article, cues: list[Span]) -> list[Candidate]:
    """"Source Verbs Content" in a title-case headline, whose verbs spaCy tags as proper nouns: the words
    before the first attributing verb are the source, the rest of the clause the content. Headlines the parse
    got right (a cue already found on the line) are left to it."""
    line = _headline(text, article)
    if line is None or any(line[0] <= c[0] < line[1] for c in cues):
        return []
    start, end = line
    m = _HEADLINE_LABEL_RE.match(text, start, end)
    if m:
        start = m.end()
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return []
    words = [t for t in span if not t.is_punct and not t.is_space]
    for k, t in enumerate(words[1:7], start=1):
        if not t.text[:1].isupper() or _verb_lemma(t.lower_) is None or t.ent_type_ in _NAME_ENTITIES \
                or (k + 1 < len(words) and words[k + 1].lower_ in _AUXILIARIES):
            continue  # part of a name ("Washington Post"), or a noun before the verb ("Rules Report Is ...")
        first_cue = k - 1 if words[k - 1].lower_ in _HEADLINE_ADVERBS else k
        source_words = words[:first_cue]
        comma = next((w for w in reversed(span[:words[first_cue].i - span.start]) if w.text == ","), None)
        if comma is not None and words[0].lower_.endswith("ing"):
            # after a phrase that opens the headline ("Railing Against Trump, Sanders Vows ...")
            source_words = [w for w in source_words if w.i > comma.i]
        if not source_words or not all(w.text[:1].isupper() or w.lower_ in ("of", "the", "'s", "’s")
                                        for w in source_words) \
                or all(w.pos_ in ("DET", "ADJ") for w in source_words) \
                or any(_verb_lemma(w.lower_) or w.lower_ in _HEADLINE_NOT_SOURCE for w in source_words):
            return []
        cue_end_tok = t
        nxt = t.i + 1
        if nxt < span.end and doc[nxt].lower_ in ("on", "for") and _verb_lemma(t.lower_) == "call":
            cue_end_tok = doc[nxt]  # "Calls On", "Calls For"
        content_start = cue_end_tok.idx + len(cue_end_tok.text) + 1
        content_end = _clause_end(text, content_start, end)
        content = trim_sentence_end(text, content_start, content_end)
        if content[1] - content[0] < 3:
            return []
        source = (source_words[0].idx, source_words[-1].idx + len(source_words[-1].text))
        cue = (words[first_cue].idx, cue_end_tok.idx + len(cue_end_tok.text))
        return [Candidate(cue, source, content, False, source_words[-1], None, 0.5)]
    return []


def _headline(text: str, article: Article, any_case: bool = False) -> Span | None:
    """The article's headline: a headline block, else a first line that is one short title-case line (of any
    case with ``any_case``: "Lynch: No outside influence on FBI probe.")."""
    for b in article.blocks:
        if b.kind == "headline":
            return b.char_start, b.char_end
    first = article.blocks[0] if article.blocks else None
    if first is None or first.kind != "body" or first.char_start > 0:
        return None
    line = text[first.char_start:first.char_end]
    words = line.split()
    if "\n" in line.strip() or not 3 <= len(words) <= 25:
        return None
    capitalised = sum(w[:1].isupper() for w in words if w.isalpha() and len(w) > 3)
    long_words = sum(1 for w in words if w.isalpha() and len(w) > 3)
    if not any_case and (not long_words or capitalised / long_words < 0.8):
        return None
    return first.char_start, first.char_start + len(line.rstrip())


def _verb_lemma(form: str) -> str | None:
    """The headline verb a word form inflects ("says" -> say, "slams" -> slam, "denies" -> deny), if any."""
    for lemma in (form, form[:-1] if form.endswith("s") else None, form[:-2] if form.endswith("es") else None,
                  form[:-3] + "y" if form.endswith("ies") else None):
        if lemma and lemma in _HEADLINE_VERBS:
            return lemma
    return None


def _clause_end(text: str, start: int, end: int) -> int:
    """Where a headline's clause ends: a dash, semicolon or colon between clauses, else the line's end."""
    for sep in (" – ", " — ", " - ", "; ", ": "):
        k = text.find(sep, start, end)
        if k >= 0:
            end = k
    return end
