"""Spans of an attribution drawn from the parse and the text: token ranges trimmed of punctuation, a
reported clause without the writer's asides, a source with its appositive, kept inside one paragraph and
after a dateline, a mixed quotation's closing mark kept.
"""

from __future__ import annotations

import re

from newsprov.extract import attribution_lexicon as lex
from newsprov.extract.attribution_sources import Span
from newsprov.extract.blocks import DATELINE_RE


def tok_span(left, right) -> Span:
    return left.idx, right.idx + len(right.text)


def after_times(doc, verb) -> int:
    """Index of the first token after ``verb`` past the dates and times hung on it ("called Wednesday for")."""
    i = verb.i + 1
    while i < len(doc) and doc[i].ent_type_ in ("DATE", "TIME") and doc[i].head.i == verb.i:
        i += 1
    return i


def trimmed(doc, start_i: int, end_i: int) -> Span | None:
    """Char span of tokens [start_i, end_i] without punctuation, quote marks or conjunctions at the ends."""
    while start_i <= end_i and (doc[start_i].is_punct or doc[start_i].is_space or doc[start_i].dep_ == "cc"):
        start_i += 1
    while end_i >= start_i and (doc[end_i].is_punct or doc[end_i].is_space or doc[end_i].dep_ == "cc") \
            and not _unit_sign(doc[end_i]) and not _closes_inside(doc, start_i, end_i):
        end_i -= 1
    if start_i > end_i:
        return None
    return tok_span(doc[start_i], doc[end_i])


def _closes_inside(doc, start_i: int, end_i: int) -> bool:
    """Whether token ``end_i`` is a bracket that closes one opened in the span ("Rep. John Culberson (R-TX)")."""
    close = doc[end_i].text
    if close not in (")", "]"):
        return False
    opening = "(" if close == ")" else "["
    words = doc[start_i:end_i + 1].text
    return words.count(opening) >= words.count(close)


def _unit_sign(tok) -> bool:
    """A sign that belongs to the number before it ("5%", "40°"): the end of what was said, not punctuation."""
    return tok.text in ("%", "°", "‰") and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_ \
        and tok.doc[tok.i - 1].text[-1:].isdigit()  # (and "89%-6%")


def source_span(doc, head, last: int | None = None) -> Span | None:
    """The speaker's noun phrase: ``head``'s subtree without a participle, adjective or comparison aside set off
    by a comma ("Trump, speaking to a veterans group in Virginia, said", "Chris Christie, eager all evening to jab
    senators, attacked", a name's "Hillary Clinton, like Obama, has said": the source is the name, as PolNeAR
    mostly draws it; but a group's examples are its own, "Critics of the program, like Senator Grassley"); up to
    token ``last`` where given."""
    end_i = head.right_edge.i if last is None else min(head.right_edge.i, last)
    for c in head.children:
        if ((c.dep_ in ("acl", "advcl") and c.tag_ in ("VBG", "VBN")) or (c.dep_ == "amod" and c.pos_ == "ADJ")
                or (c.dep_ == "prep" and c.lower_ in ("like", "unlike") and head.tag_ == "NNP")) \
                and c.i > head.i and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ",":
            end_i = min(end_i, c.left_edge.i - 2)
    end_i = _before_occasion(doc, head, end_i)
    end_i = _before_inner_relative(doc, head, end_i)
    start_i = head.left_edge.i
    if doc[start_i].pos_ == "INTJ" and start_i < head.i and doc[start_i + 1].is_punct:
        start_i += 1  # an interjection the parser hung on the speaker: "Yes - a few people have asked"
    while start_i < head.i and doc[start_i].dep_ == "prep" and doc[start_i].right_edge.i + 1 < head.i \
            and doc[doc[start_i].right_edge.i + 1].text == ",":
        # opening phrases the parser ran into the speaker ("In Britain, for example, the Islamic Emirates Project
        # named ...")
        start_i = doc[start_i].right_edge.i + 2
    appos = next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > head.i
                  and doc[c.left_edge.i - 1].text == ","), None)
    if appos is not None and head.pos_ == "NOUN" and start_i > 0 and doc[start_i - 1].pos_ == "ADP" \
            and not any(t.i >= start_i for t in doc[start_i - 1].children):
        # a preposition's object the parser made the subject, the speaker its appositive ("With 50 days until the
        # election, Minyon Moore, a senior adviser to the Clinton campaign, called ...")
        start_i = appos.left_edge.i
    while start_i < head.i and doc[start_i].tag_ == "WRB" and doc[start_i].dep_ == "advmod" and head.pos_ != "VERB":
        start_i += 1  # the clause's wh-word the parser hung on its subject ("aware of how liberal primary voters ...")
    if head.tag_ in ("NNS", "NNPS"):
        # a clause's "that", which the parser made a plural's determiner, and the words it hung before it ("not
        # surprising at all that party officials are not rushing to endorse him")
        start_i = next((t.i + 1 for t in doc[start_i:head.i] if t.lower_ == "that" and t.dep_ == "det"), start_i)
    return trimmed(doc, start_i, end_i)


def _before_inner_relative(doc, head, end_i: int) -> int:
    """Cut a closing relative clause set off by a comma that describes a thing inside the source's description,
    not the source ("Michael Mulgrew, president of the United Federation of Teachers, which represents New York
    City educators,"): who the source is ends before it."""
    for r in doc[head.i + 1:end_i + 1]:
        if r.dep_ != "relcl" or r.right_edge.i < end_i - 1 or r.left_edge.i < 2 or doc[r.left_edge.i - 1].text != ",":
            continue
        noun = r.head
        if noun.i == head.i or (noun.dep_ == "appos" and noun.head.i == head.i) or noun.pos_ == "PRON":
            continue
        if doc[r.left_edge.i].lower_ in ("which", "where", "that"):
            return r.left_edge.i - 2
    return end_i


def _before_occasion(doc, head, end_i: int) -> int:
    """Cut a closing phrase of when or where the source spoke, which the parser hung on the source's noun
    ("Trump in his speech", "The Sanders campaign on Monday", "James Lewis, an expert ..., via email"): it goes
    with the cue, not with who the source is."""
    for p in doc[head.i + 1:end_i + 1]:
        if p.dep_ != "prep" or p.right_edge.i != end_i or p.lower_ not in _OCCASION_PREPOSITIONS:
            continue
        pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
        on_head = p.head.i == head.i
        on_aside = on_head or (p.head.dep_ == "appos" and p.head.head.i == head.i)
        if (p.lower_ == "via" and on_aside) or (pobj is not None and (
                (on_head and pobj.ent_type_ in ("DATE", "TIME"))
                or (on_aside and pobj.lemma_.lower() in lex.OCCASION_NOUNS))):
            return p.i - 1
    return end_i


_OCCASION_PREPOSITIONS = frozenset("on in during at via through".split())


# A comma inside a source that opens an aside (not an "including ..." list, which the seed's convention leaves open).
_APPOSITIVE_COMMA_RE = re.compile(r", (?!including |like |such as |among them )")
_CLOSING_DASH_RE = re.compile(r" ?(--|—|–|-)(?= )")


def settled_source(text: str, span: Span, head, anchor: int) -> Span | None:
    """A speaker's span as rows carry it: within the cue's paragraph (``anchor``), past a dateline, with its
    closing comma or parenthesis (``close_source``); None if nothing but a dateline is left."""
    span = after_dateline(text, within_paragraph(text, span, anchor))
    if span[1] <= span[0] or is_dateline(text, span):
        return None
    return close_source(text, span, head)


def close_source(text: str, span: Span, head) -> Span:
    """Keep a closing parenthesis, and the comma that closes an appositive ("Mook, her manager, said") or the dash
    that closes an aside set off by dashes ("Sims — a teacher from Mount Pleasant — says": of the 34 sources this
    changes on PolNeAR train, 21 become the gold source and 1 stops being it); drop a leading dash or bullet, and
    the end of an HTML tag a page left in its text."""
    start, end = span
    tag_end = text.rfind(">", start, end)
    if tag_end >= 0 and ("<" in text[start:tag_end] or text[tag_end - 1:tag_end] in ('"', "”")):
        start = tag_end + 1  # the end of an HTML tag the page left in its text ('">Sanders said', '<tweet
        # tweet-date="February 10, 2016">.@BernieSanders promises')
    while start < end - 1 and text[start] in "-–—•*.>":
        start += 1
    piece = text[start:end]
    if piece.count("(") > piece.count(")") and text.startswith(")", end):
        end += 1
    elif piece.count("(") > piece.count(")") and text.startswith(".)", end):
        end += 2
    if text.startswith(",", end) and (_APPOSITIVE_COMMA_RE.search(text, start, end) or any(
            c.dep_ in ("appos", "relcl") and text[c.left_edge.idx - 2:c.left_edge.idx].strip() == ","
            for c in head.children)):
        end += 1  # a source holding an aside closes with its comma ("Wilson, of Springfield, Va., said")
    elif (dash := _CLOSING_DASH_RE.match(text, end)) is not None and f" {dash.group(1)} " in text[start:end]:
        end = dash.end()  # ... and one holding an aside set off by dashes with its dash ("Sims — a teacher —")
    while True:
        word = text[start:end].split(" ", 1)
        if len(word) == 2 and word[0].lower() in ("even", "but", "and", "so", "also"):
            start += len(word[0]) + 1
        else:
            break
    return start, end


def parts_around(doc, text: str, head, verb) -> list[Span]:
    """The clause ``head`` heads, minus the cue's own subtree (one part before it, one after)."""
    parts = []
    if head.left_edge.i < verb.left_edge.i:
        parts.append(trimmed(doc, head.left_edge.i, verb.left_edge.i - 1))
    if verb.right_edge.i < head.right_edge.i:
        parts.append(trimmed(doc, verb.right_edge.i + 1, past_clitic(doc, head.right_edge.i)))
    out = []
    for p in parts:
        if p is not None:
            p = close_mixed_quote(text, after_dateline(text, within_paragraph(text, p, verb.idx)))
            if p[1] > p[0] and text[p[0]:p[1]].rstrip(",").lower() not in lex.CONNECTIVES:
                out.append(p)  # (not "However" in "However, as Clyburn noted, the plan failed": the writer's word)
    return out


def content_span(doc, text: str, verb, content_tok) -> Span | None:
    start_i, end_i = content_tok.left_edge.i, content_tok.right_edge.i
    if doc[start_i].dep_ == "mark" and doc[start_i].lower_ == "for" and content_tok.head.i == verb.i \
            and start_i == after_times(doc, verb):
        start_i += 1  # "called (Friday) for [the United States to step up ...]": "for" is the cue's
    if content_tok.i < verb.i <= end_i:
        # the clause heads the sentence and the cue sits inside its subtree: keep what precedes the cue
        left_of_cue = verb.left_edge.i
        end_i = left_of_cue - 1
    elif content_tok.i > verb.i:
        # "said X, but Y": the parser hangs Y on the cue; it is still what was said, unless the writer
        # steps in with "it is not clear whether ..."
        for c in verb.children:
            if c.dep_ == "conj" and c.i > end_i and c.pos_ in ("VERB", "AUX") and own_clause(c) \
                    and c.lemma_.lower() not in lex.CUE_VERBS and not writer_hedge(c):
                end_i = c.right_edge.i
        end_i = before_aside(doc, start_i, end_i)
        end_i = before_joined_report(doc, start_i, end_i)
        if content_tok.dep_ == "dobj":
            # "painted Romney as an out-of-touch rich guy", "called the deal a disaster": the object with what
            # it is said to be
            for c in verb.children:
                if c.i > end_i and (c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as")):
                    end_i = c.right_edge.i
    end_i = before_participle(doc, start_i, end_i)
    end_i = before_closing_according(doc, start_i, end_i)
    end_i = past_negation(doc, end_i)
    if verb.i < start_i:
        end_i = past_clitic(doc, end_i)
    span = trimmed(doc, start_i, end_i)
    if span is None:
        return None
    return close_mixed_quote(text, after_dateline(text, within_paragraph(text, span, verb.idx)))


_CLITICS = frozenset(f"{mark}{ending}" for mark in "'’" for ending in ("s", "re", "ve", "ll", "d", "m"))


def past_clitic(doc, end_i: int) -> int:
    """A reported clause never ends on the clitic of its subject ("told me he’s | had a relatively tragedy-free
    life", the parser taking "’s" for the clause's verb): it runs on to the end of the sentence."""
    tok = doc[end_i]
    if tok.lower_ in _CLITICS and end_i > 0 and not doc[end_i - 1].whitespace_ and doc[end_i - 1].pos_ == "PRON":
        return max(end_i, tok.sent.end - 1)
    return end_i


_NEGATIONS = frozenset(("n't", "n’t"))


def past_negation(doc, end_i: int) -> int:
    """A clause never ends between a verb and its "n't": where the parser misreads a contraction with a curly
    apostrophe ("they do | n’t yet know enough", "do" taken for the clause's verb), the content would say the
    opposite; it runs on to the end of what the "n't" goes with."""
    if end_i + 1 < len(doc) and doc[end_i + 1].lower_ in _NEGATIONS and not doc[end_i].whitespace_:
        neg = doc[end_i + 1]
        return max(neg.i, min(neg.head.right_edge.i, neg.sent.end - 1))
    return end_i


def before_closing_according(doc, start_i: int, end_i: int) -> int:
    """End a reported clause before a closing ", according to X": that phrase attributes the whole sentence,
    the saying too ("Kasich said he would have fired X, according to press reports")."""
    for t in doc[start_i + 1:end_i]:
        if t.lower_ == "according" and doc[t.i + 1].lower_ == "to" and doc[t.i - 1].text == "," \
                and all(x.is_punct or x.is_space
                        for x in doc[max(t.right_edge.i, doc[t.i + 1].right_edge.i) + 1:end_i + 1]):
            return t.i - 2
    return end_i


_HEDGE_ADJECTIVES = frozenset("clear unclear known unknown certain uncertain likely unlikely possible obvious".split())


def own_clause(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def writer_hedge(verb) -> bool:
    """"it is not clear who ...", "it was unclear whether ...": the writer's comment, not the source's."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "expl")), None)
    return subj is not None and subj.lower_ == "it" and any(
        c.dep_ == "acomp" and c.lower_ in _HEDGE_ADJECTIVES for c in verb.children)


def before_participle(doc, start_i: int, end_i: int) -> int:
    """Cut ", saying ..." / ", adding ...": a new attribution by the same source, not part of this content."""
    for i in range(start_i + 1, end_i + 1):
        t = doc[i]
        if t.tag_ == "VBG" and t.lemma_.lower() in lex.SPEECH_VERBS and t.dep_ in ("advcl", "conj", "xcomp"):
            if doc[i - 1].text == ",":
                return i - 2
            if doc[i - 1].is_quote and i - 2 > start_i and doc[i - 2].text == ",":
                return i - 1  # 'that is a "distortion," describing ...': the quote closes the content
        if t.dep_ == "conj" and t.pos_ == "VERB" and t.lemma_.lower() in lex.SPEECH_VERBS and not own_clause(t):
            # "... and says he introduced legislation": the same source's next statement; also "but did not say"
            # (not "what to say or not say", which has no auxiliary)
            first = i
            if any(c.dep_ == "aux" and c.i < i for c in t.children):
                first = min(c.i for c in t.children if c.dep_ in ("aux", "neg") and c.i < i)
            if first > start_i + 1 and doc[first - 1].dep_ == "cc":
                return first - 2
    return end_i


def before_joined_report(doc, start_i: int, end_i: int) -> int:
    """Cut a report of its own the parser joined to the reported clause: ", and when pressed ..., the 34-year-old
    mother of three replied, ..." is the article's, not what the first speaker said."""
    for t in doc[start_i + 1:end_i + 1]:
        if t.dep_ == "conj" and t.pos_ == "VERB" and t.lemma_.lower() in lex.SPEECH_VERBS and t.head.i >= start_i \
                and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in t.children):
            # (a speaker named by a noun: not "..., and some speculated about his health", which goes on with
            # what was said; nor "or whether they could be charged")
            cc = next((c for c in t.head.children if c.dep_ == "cc" and t.head.i < c.i < t.i), None)
            if cc is not None and cc.lower_ in ("and", "but") and doc[cc.i - 1].text == "," \
                    and sum(x.is_quote for x in doc[cc.sent.start:cc.i]) % 2 == 0:  # (not inside a quotation:
                return cc.i - 2  # "“I got out of the car, and the valet person said, ‘When are you due?’”")
    return end_i


def before_aside(doc, start_i: int, end_i: int) -> int:
    """Cut a closing non-restrictive "..., which ..." clause: the writer's background, not the report."""
    for i in range(start_i + 1, end_i + 1):
        t = doc[i]
        if t.lower_ == "which" and doc[i - 1].text == "," and (
                t.head.dep_ == "relcl" or (t.head.dep_ == "ccomp" and t.head.head.dep_ == "relcl")):
            return i - 2
    return end_i


_MIXED_CLOSE_RE = re.compile(r"[.,!?;:]*(?:''|[”\"’])")


def within_paragraph(text: str, span: Span, anchor: int) -> Span:
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


def in_paragraph(text: str, span: Span | None, anchor: int) -> Span | None:
    """``within_paragraph``, or None when nothing of ``span`` is in the paragraph of ``anchor`` (a parse that
    ran on over a paragraph break: "according to the F.A.A.\n\nMost people ...")."""
    if span is None:
        return None
    start, end = within_paragraph(text, span, anchor)
    gap = text[end:anchor] if anchor >= end else text[anchor:start]
    return (start, end) if end > start and "\n" not in gap else None


def after_dateline(text: str, span: Span) -> Span:
    """Drop a dateline ("WASHINGTON —", "CLEVELAND, July 19 (UPI) —") that opens a span."""
    m = DATELINE_RE.match(text, span[0], span[1])
    if m and m.end() < span[1]:
        return m.end(), span[1]
    return span


def is_dateline(text: str, span: Span) -> bool:
    """Whether ``span`` is all dateline ("LOS ANGELES, Sept. 28 (UPI)" before its dash): a place, not a speaker."""
    m = DATELINE_RE.match(text, span[0])
    return m is not None and m.end() >= span[1] and "\n" not in text[span[0]:span[1]]


def close_mixed_quote(text: str, span: Span) -> Span:
    """Keep the closing mark (and the punctuation before it) of a quotation left open inside the span."""
    start, end = span
    piece = text[start:end]
    opens = piece.count("“") + (piece.count('"') % 2)
    closes = piece.count("”")
    if opens > closes or (piece.count('"') % 2 == 1) or piece.count("''") % 2 == 1:  # '' is a wire's double mark
        m = _MIXED_CLOSE_RE.match(text, end)
        if m:
            return start, m.end()
    return span


def trimmed_marks(text: str, span: Span) -> Span | None:
    """The inside of a span that is one quotation from its opening to its closing mark, else None."""
    start, end = span
    piece = text[start:end].rstrip(".")
    if len(piece) > 2 and piece[0] in "“\"‘" and piece[-1] in "”\"’" and piece.count(piece[0]) == 1:
        inner_end = start + len(piece) - 1
        while inner_end > start + 1 and text[inner_end - 1] in ",":
            inner_end -= 1
        return start + 1, inner_end
    return None


def whole_words(text: str, span: Span) -> Span:
    """``span`` widened to whole words where it cuts one at a hyphen: the tokenizer splits "ex-wife", "co-host",
    "re-tweeting", and the parser can hang the part before the hyphen elsewhere ("The ex-wife of Alan Grayson
    said" gave the source "wife of Alan Grayson")."""
    start, end = span
    while start >= 2 and text[start - 1] == "-" and text[start - 2].isalnum() and text[start].isalnum():
        start -= 1
        while start > 0 and text[start - 1].isalnum():
            start -= 1
    while end + 1 < len(text) and text[end] == "-" and text[end - 1].isalnum() and text[end + 1].isalnum():
        end += 1
        while end < len(text) and text[end].isalnum():
            end += 1
    return start, end


def trim_sentence_end(text: str, start: int, end: int) -> Span:
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] in ".;" and text[end - 2] not in "”’\"":
        end -= 1
    return start, end
