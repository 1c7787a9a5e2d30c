"""A name for a source that is a document (a poll, a report, a statement), so that analytics count polls and
reports, not mentions of them.

A document the text names keeps the words that name it, without its article and passing adjectives: "The latest
Washington Post-ABC News poll" -> "Washington Post-ABC News poll", "a new poll by the Harvard University Institute
of Politics" -> "poll by the Harvard University Institute of Politics", "Clinton's statement" -> "Clinton's
statement". A bare definite mention ("the poll", "The survey") takes the nearest earlier named document of the same
kind, as "the official" takes the "one official" before it. A document the text never names ("Polls show", "exit
polls found") keeps no name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsprov.extract import attribution_lexicon as lex
from newsprov.extract.attribution_people import clean_name, title_case_line

if TYPE_CHECKING:
    from newsprov.extract.attribution_sources import Candidate

_NAMING_ENTS = frozenset(("ORG", "PERSON", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"))
_MAKER_PREPOSITIONS = frozenset(("by", "from"))  # "a survey of voters" names who was asked
_DEFINITE = frozenset(("the", "this", "that", "these", "those"))


def name_documents(doc, text: str, cands: list[Candidate]) -> None:
    """Fill the name of each organisation candidate that is a document and has none (in place)."""
    for c in cands:
        if c.kind != "organisation" or c.name or not c.source or c.source_head is None:
            continue
        head = c.source_head
        if not _is_document(head) or not c.source[0] <= head.idx < c.source[1] or title_case_line(text, head.idx):
            continue  # (in a title-case headline every word looks like a name: "New Poll Shows ...")
        name = document_name(head)
        if name is None and _bare_definite(head):
            name = next((n for t in reversed(doc[:head.i]) if _is_document(t) and t.lemma_ == head.lemma_
                         and t.tag_ == head.tag_ and not title_case_line(text, t.idx)
                         and (n := document_name(t)) is not None), None)
        if name is not None:
            c.name = clean_name(name)


def document_name(head) -> str | None:
    """The words that name the document ``head`` heads, or None when none do: its proper modifiers ("Washington
    Post-ABC News poll", "Clinton's statement", not a date: "a June poll") and its maker ("report from the SITE
    Intelligence Group", "report released by the Brookings Institution"), without what the text goes on to say of
    them ("..., which tracks terrorists' communications")."""
    if head.lemma_.lower() in _COUNTS:
        return None
    doc = head.doc
    start = head.i
    while start > 0 and _naming(doc[start - 1], head):
        start -= 1
    while start < head.i and (doc[start].pos_ == "DET" or doc[start].is_punct or doc[start].tag_ == "POS"
                              or not _proper(doc[start])):
        start += 1  # "an online University of Texas/Texas Tribune poll", "The Huffington Post": from the name on
        # (not from an "'s" whose owner the parser hung elsewhere: "More on Idle Hour's decision")
    words = [doc[start:head.i + 1].text]
    maker = _maker(head)
    if maker is not None:
        link, obj = maker
        words += [t.text for t in link] + [_name_text(obj)]
    elif start == head.i:
        return None
    return " ".join(words)


_COUNTS = frozenset(("number", "figure"))  # "figures show" is a document; "some GOP figures" are people


def _naming(tok, head) -> bool:
    """Whether ``tok``, right before the document noun, is part of the words that name it."""
    if tok.is_space or tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
        return False
    if tok.is_punct:
        return _joined(tok)  # "Post-ABC", "CNN/ORC", "Clinton's"
    if tok.tag_ == "POS":
        return True
    return head in tok.ancestors and (tok.pos_ in ("PROPN", "NOUN", "ADJ", "ADP", "CCONJ", "DET", "NUM", "PART")
                                      or _proper(tok))


def _joined(tok) -> bool:
    """A mark written inside a name, with no space on either side ("Post-ABC", "CNN/ORC")."""
    doc = tok.doc
    return tok.is_punct and tok.i > 0 and not doc[tok.i - 1].whitespace_ and not tok.whitespace_


def _maker(head):
    """(linking words, proper noun) for the maker of a document: "poll by Quinnipiac", "report from Bloomberg New
    Energy Finance", "report released (in September) by the Brookings Institution" (the words between left out)."""
    for c in head.children:
        if c.i > head.i and c.dep_ == "prep" and c.lower_ in _MAKER_PREPOSITIONS:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and _proper(obj):
                return [c], obj
        if c.i > head.i and c.dep_ == "acl" and c.tag_ == "VBN":
            for p in c.children:
                if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "by"):
                    obj = next((g for g in p.children if g.dep_ == "pobj"), None)
                    if obj is not None and _proper(obj):
                        return [c, p], obj
    return None


def _name_text(tok) -> str:
    """The name ``tok`` heads, without what the text adds after it (a relative clause, an appositive, a
    participle) and the commas that set that off."""
    doc = tok.doc
    cut = [c for c in tok.children if c.i > tok.i and c.dep_ in ("relcl", "acl", "appos", "advcl")]
    end = min((c.left_edge.i for c in cut), default=tok.right_edge.i + 1) - 1
    while end > tok.i and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    return doc[tok.left_edge.i:end + 1].text


def _proper(tok) -> bool:
    return tok.pos_ == "PROPN" or tok.ent_type_ in _NAMING_ENTS


def _is_document(tok) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and lex.is_document_word(tok)


def _bare_definite(head) -> bool:
    """ "the poll", "The new survey", "this statement": a definite article, at most plain adjectives, no name."""
    left = [c for c in head.children if c.i < head.i]
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in left) \
        and all(c.dep_ in ("det", "amod") and not _proper(c) for c in left)
