"""The people a document names: its full names by last word with their roles, and the fullest mention of one.

Source naming (``attribution_sources``) and pronoun resolution look people up here, so that "Pompeo" counts as
Mike Pompeo, with role "Secretary of State", wherever the article names him in full.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Span as TokenSpan

from newsprov.extract import attribution_lexicon as lex
from newsprov.extract import outlets
from newsprov.extract.attribution_gender import (
    HONORIFICS, Genders, given_name_gender, is_census_given_name, is_given_name, may_be_given_name, name_gender,
    stated_gender, unaccented)
from newsprov.extract.credit_lexicon import NAME_PARTICLES

Span = tuple[int, int]


def person_index(doc, text: str, ents: list, quoted: list[Span] = (),
                 honorifics: dict[str, str | None] | None = None) -> dict[str, list[tuple[str, str | None]]]:
    """Last word of each PERSON mention -> its full mentions, each with the first role given to it or to a shorter
    mention of it in the document ("Bush" -> Jeb Bush, George W. Bush, Laura Bush): the longest forms first, and of
    those the person the article names first in its own words with a given name (its lede's subject), then the one
    it names most often in any of their full forms.
    A full name the article uses in its own words comes before a longer one it only quotes or puts in a
    title-case headline ('"Crooked Hillary Clinton"'). A lone given name ("Donald") is indexed under the one full
    name that begins with it, and a role given to a bare surname two people share goes to neither, nor to a full
    name of the other gender than the surname's honorifics (``surname_honorifics``) give it: "President Obama"
    beside "Mr. Obama" gives Michelle Obama no role."""
    counts: dict[str, dict[str, int]] = {}
    roles: dict[str, list[tuple[str, str]]] = {}  # key -> (mention, role) in document order
    set_off: dict[str, list[tuple[str, str]]] = {}  # roles set off before a name (``role_before_comma``)
    own_words: set[str] = set()  # mentions made outside quotations
    key_of: dict[str, str] = {}
    surnames: set[str] = set()
    starts = [q[0] for q in quoted]
    for ent in ents:
        key = _key(ent)
        known = counts.setdefault(key, {})
        known[ent.text] = known.get(ent.text, 0) + 1
        key_of[ent.text] = key
        before = doc[ent.start - 1].lower_.rstrip(".") if ent.start else ""
        if ent[0].lower_.rstrip(".") in _HONORIFICS or before in _HONORIFICS or before in _SURNAME_TITLES:
            surnames.add(key)  # "Mr. Obama", "President Obama": no given name
        if not inside(quoted, starts, ent.start_char) and not title_case_line(text, ent.start_char):
            own_words.add(ent.text)
        role = role_of(doc, ent)
        if role:
            roles.setdefault(key, []).append((ent.text, role))
        elif role := role_before_comma(doc, ent):
            set_off.setdefault(key, []).append((ent.text, role))
    for key, found in set_off.items():
        roles[key] = roles.get(key, []) + found  # (only where no mention has a role of its own)
    index = {}
    for key, known in counts.items():
        # the longest forms of names first, and of those the person the article names first in its own words with
        # a given name, as a lede names its subject ("Bush said" in an article that opens on Jeb Bush is not George
        # W. Bush, named more often further down; a headline's "Top Clinton" or "Will Sanders" names no one first),
        # then the person named most often; of two spellings of one name, the one with its accents ("François
        # Hollande", not "Francois Hollande")
        words = {m: name_words(m) for m in known}
        order = {m: i if m in own_words and name_gender(m) else len(known) + i for i, m in enumerate(known)}
        ranked = sorted(known, key=lambda m: (len(words[m]) < 2, _part_of_another(m, words),
                                              _first_named(m, order, words),
                                              -_times_named(m, known, words), -len(words[m]),
                                              -sum(n for k, n in known.items() if words[k] == words[m]),
                                              m.isascii(), -known[m]))
        # a word before the full name that the article only quotes or puts in a title-case headline: an epithet
        # or a headline's verb the tagger took in ('"Crooked Hillary Clinton"', "Black Lawmakers Rip Donald Trump")
        top = ranked[0]
        own = next((m for m in ranked if m in own_words and len(name_words(m)) > 1 and top.endswith(" " + m)), None)
        if own is not None and top not in own_words:
            ranked.remove(own)
            ranked.insert(0, own)
        # a role given to a bare surname belongs to no one when the article names two people by it ("Secretary
        # Clinton" beside Bill and Hillary Clinton)
        people = _people_named_in_full(ranked)
        surname_gender = (honorifics or {}).get(key)
        index[key] = [(m, next((r for t, r in roles.get(key, ()) if name_words(t) <= name_words(m)
                                and (len(people) < 2 or len(name_words(t)) > 1)
                                and not (len(name_words(t)) == 1 and surname_gender
                                         and given_name_gender(m) not in (None, surname_gender))), None))
                      for m in ranked]
    by_first: dict[str, set[str]] = {}  # the full names the article uses in its own words, by their first word
    for m in own_words:
        if len(m.split()) > 1:
            by_first.setdefault(m.split()[0].lower(), set()).add(m)
    for key, known in list(index.items()):
        if all(len(name_words(m)) == 1 for m, _ in known) and (full := _given_name_of(by_first.get(key, set()))) \
                and (key not in surnames or all(len(name_words(m)) > 1 for m, _ in index.get(key_of[full], ()))):
            # a lone given name ("Donald", "Freddy, a fun-loving airline pilot") stands for the one full name the
            # article gives it in its own words, with the role given to it or to the lone name; so does a family name
            # written first ("Mr. Lou" after "The finance minister, Lou Jiwei,"), when the full name's last word is
            # never named alone
            role = next((r for t, r in roles.get(key, ()) if name_words(t) <= name_words(full)), None)
            index[key] = [(full, role or next((r for m, r in index[key_of[full]] if m == full), None))]
            index[key] += known
    return index


# the title words a bare surname follows ("President Obama"), not the little words of a title ("the Donald")
_SURNAME_TITLES = lex.TITLE_WORDS - {"the", "of"}


def shared_surnames(persons: dict[str, list[tuple[str, str | None]]]) -> frozenset[str]:
    """The keys of ``person_index`` under which it files two people or more named in full (Bill and Hillary
    Clinton)."""
    return frozenset(key for key, forms in persons.items() if len(_people_named_in_full(m for m, _ in forms)) > 1)


def _people_named_in_full(names) -> set[frozenset[str]]:
    """The people a surname's full names stand for, each by its fullest set of name words: "Hillary Clinton" and
    "Hillary Rodham Clinton" are one (the one's names hold the other's), Bill Clinton another."""
    full = {frozenset(name_words(m)) for m in names if len(name_words(m)) > 1}
    return {p for p in full if not any(p < q for q in full)}


def _times_named(form: str, known: dict[str, int], words: dict[str, set[str]]) -> int:
    """How often the document names the person of a full name ``form``, in any of its full forms ("Donald Trump"
    and "Donald J. Trump" are one person; "Donald Trump Jr." is another)."""
    mine = words[form]
    return sum(n for k, n in known.items() if len(words[k]) > 1 and (words[k] <= mine or mine <= words[k])
               and words[k] & _SUFFIXES == mine & _SUFFIXES)


def _first_named(form: str, order: dict[str, int], words: dict[str, set[str]]) -> int:
    """Where the person of a full name ``form`` is first named, in any of its full forms (``order``: each form's
    place among the surname's forms; see ``person_index``)."""
    mine = words[form]
    return min(order[k] for k in order if len(words[k]) > 1 and (words[k] <= mine or mine <= words[k])
               and words[k] & _SUFFIXES == mine & _SUFFIXES) if len(mine) > 1 else 0


def _part_of_another(form: str, words: dict[str, set[str]]) -> bool:
    """Whether a full name is part of a longer one ("Abu Laban" of "Salah Abu-Laban" and "Osman Abu Laban")."""
    mine = words[form]
    return any(mine < w and w & _SUFFIXES == mine & _SUFFIXES for w in words.values())


def bare(span):
    """A name without the possessive or quotation mark the tagger took in at its end ("Trump’s", 'Marcia "'), as
    the entity it is. A possessive inside it ends it ("Fred Fiedler’s Contingency Model", tagged a person, is a
    model of Fred Fiedler's), unless a given name follows it: then the name after it is the person ("Breitbart’s
    Joel Pollak")."""
    end = next((t.i for t in span[1:] if t.tag_ == "POS" or t.lower_ in ("'s", "’s")), span.end)
    if end + 1 < span.end and is_given_name(span.doc[end + 1].text):
        return bare(TokenSpan(span.doc, end + 1, span.end, label=span.label))
    while end - span.start > 1 and (span.doc[end - 1].is_quote or span.doc[end - 1].tag_ == "POS"
                                    or span.doc[end - 1].lower_ in ("'s", "’s")):
        end -= 1
    return span if end == span.end else TokenSpan(span.doc, span.start, end, label=span.label)


def _key(name) -> str:
    """What a name is indexed under: its last word, without a possessive the tokenizer left on it ("Trump’s") or a
    generational suffix ("Joseph R. Biden Jr." under "biden"), its apostrophe written straight ("O’Neill" and
    "O'Neill" are one name)."""
    i = len(name) - 1
    while i > 0 and (name[i].lower_.rstrip(".") in _SUFFIXES or name[i].text in (",", ".")):
        i -= 1
    text = person_key(name[i].text)
    return text[:-2] if text.endswith("'s") and len(text) > 2 else text


def person_key(word: str) -> str:
    """A word as the people index keys it: lower case, without accents, its apostrophe written straight."""
    return unaccented(word.lower()).replace("’", "'")


_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))


def _given_name_of(found: set[str]) -> str | None:
    """Of the full names that begin with one word (``found``), the one that holds the others, if just one:
    "Donald J. Trump" holds "Donald Trump", so the two are one person; "Donald Trump" and "Donald Trump Jr." are
    two."""
    words = {m: name_words(m) for m in found}
    widest = [m for m in found if not any(words[m] < words[n] for n in found)]
    return widest[0] if len(widest) == 1 else None


def inside(spans: list[Span], starts: list[int], offset: int) -> bool:
    """Whether ``offset`` falls in one of the sorted, disjoint ``spans`` (``starts``: their starts)."""
    k = bisect.bisect_right(starts, offset) - 1
    return k >= 0 and offset < spans[k][1]


def _in_title_case_line(mention) -> bool:
    """``title_case_line`` for a mention, with its document's text joined once per document (spaCy joins it anew
    at each access of ``doc.text``)."""
    if _TEXT_OF[0] is not mention.doc:
        _TEXT_OF[:] = [mention.doc, mention.doc.text]
    return title_case_line(_TEXT_OF[1], mention.start_char)


_TEXT_OF: list = [None, ""]  # the document last read, and its text


def title_case_line(text: str, offset: int) -> bool:
    """Whether the line around ``offset`` is a title-case headline ("Black Lawmakers Rip Donald Trump", "Obama Says
    Museum Will Tell of 'Suffering and Delight.'": its short words in lower case)."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = end if end >= 0 else len(text)
    key = (hash(text), start, end)  # (a str keeps its hash: one pass over a long text, not one per call)
    found = _TITLE_CASE_LINES.get(key)
    if found is None:
        words = [w for w in text[start:end].split() if w[:1].isalpha() and w not in _TITLE_CASE_LOWER]
        found = len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)
        if len(_TITLE_CASE_LINES) > 4096:
            _TITLE_CASE_LINES.clear()
        _TITLE_CASE_LINES[key] = found
    return found


_TITLE_CASE_LINES: dict[tuple[int, int, int], bool] = {}  # lines already read, by their text and place


# the short words a title-case headline writes in lower case
_TITLE_CASE_LOWER = frozenset("a an the and but or nor for of to in on at by as with from".split())


def person_ents(doc, honorifics) -> list:
    """The document's PERSON entities without a quotation mark at either end ('Marcia "Cia" Price' tagged
    'Marcia "'), less the tagger's slips: one with no noun in it ("Harsh? He doesn't think so."), a platform ("said on
    Twitter"), a building ("Trump Tower"), a body ("the Obama White House", "the Clinton Foundation"), an outlet no
    one is named by in full ("Xinhua"; not "Bloomberg" after Michael Bloomberg) or a known outlet's name of more words
    ("Zero Hedge", "Verywell Fit"), a party's members ("Log Cabin Republicans"), a place ("N. Korea") and an
    organisation's one word ("A spokesperson for OpenAI")."""
    ents = []
    # surnames the document gives a person elsewhere: an honorific's (``honorifics``, from surname_honorifics:
    # "Mrs. Fiorina") or a PERSON entity's last word
    surnames = honorifics.keys() | {e[-1].lower_ for e in doc.ents if e.label_ == "PERSON"}
    places = {e.text.lower() for e in doc.ents if e.label_ in ("GPE", "LOC", "NORP")}
    place_words = {e[-1].lower_ for e in doc.ents if e.label_ in ("GPE", "LOC")}
    surnamed = set()  # lone surnames the tagger took for an organisation, whatever their tag ("Ebeling": a verb)
    # surnames of the full names the tagger found ("Trump" of "Donald Trump"), and the names it found alone ("Dion
    # said", beside "Céline Dion" left untagged)
    found_surnames = {name[-1].lower_ for e in doc.ents if e.label_ == "PERSON" and len(name := bare(e))}
    for e in doc.ents:
        if e.label_ == "PERSON" or (e.label_ == "ORG" and _looks_personal(e, surnames, places)):
            if e.label_ == "ORG" and len(e) == 1:
                surnamed.add(e.start)
            e = bare(e)
            while len(e) > 1 and e[0].is_quote:
                e = e[1:]
            ents.append(_whole_name(_without_title(_without_verb(before_spaced_dash(e)))))
    ents += _untagged_names(doc, {i for e in ents for i in range(e.start, e.end)}, found_surnames)
    ents.sort(key=lambda e: e.start)
    full_surnames = {e[-1].lower_ for e in ents if len(e) > 1}
    # one word the tagger took for a person only where it is a preposition's object ("A spokesperson for OpenAI",
    # "Data published by OpenAI") and for an organisation elsewhere ("OpenAI declined"; not "Senator Rubio" beside
    # "a Rubio spokesman")
    organisations = {e.text for e in doc.ents if e.label_ == "ORG" and len(e) == 1} - {
        e.text for e in ents if len(e) == 1 and e[0].dep_ != "pobj"}
    return [e for e in ents if (e.start in surnamed or any(t.pos_ in ("PROPN", "NOUN") for t in e))
            and not (len(e) == 1 and e.text in organisations)
            and not (len(e) == 1 and outlets.is_outlet_name(e.text) and e[0].lower_ not in full_surnames)
            and not (len(e) > 1 and outlets.is_outlet_name(e.text, nameplates=False))  # "Zero Hedge"
            and e.text.lower() not in lex.PLATFORMS
            and not (len(e) > 1 and e[-1].lower_ in lex.BUILDING_WORDS)
            and not (len(e) > 1 and _acronym(e[-1]) and not e[0].is_upper)  # "Junge SVP": a body's initials
            and not body_name(e)
            and not (e[-1].tag_ == "NNPS" and e[-1].lower_.removesuffix("s") in lex.PARTISANS)
            and not _place_abbreviated(e, place_words)]


def _acronym(tok) -> bool:
    """Whether ``tok`` is a body's initials ("SVP", "NAACP", "GOP"), the last word of no one's name (not a
    generation: "Brent Bozell III", "Sammy Davis JR")."""
    return tok.is_upper and tok.is_alpha and 2 <= len(tok) <= 6 and not _GENERATION_RE.fullmatch(tok.text)


_GENERATION_RE = re.compile(r"[IVX]+|JR|SR")


# the last word of a body's name, never of a person's: "the Obama White House", "the Clinton Foundation" (tagged
# PERSON now and then)
_BODY_WORDS = frozenset("""administration campaign committee department ministry agency council commission foundation
institute university pac""".split()) | lex.ESTABLISHMENTS


def body_name(ent) -> bool:
    """Whether an entity the tagger took for a person names a body: "the Obama White House", "the Clinton
    Foundation", a business ("Shelbourne Bar"), a company with its legal form ("Coinbase Global, Inc."), or a body's
    word alone in capitals ("the USA TODAY NETWORK" tags "NETWORK")."""
    if len(ent) == 1:
        return ent[0].is_upper and (ent[0].lower_ in lex.ORGANISATION_HEADS or ent[0].lower_ in lex.OUTLET_HEADS)
    return (ent[-1].is_title and (ent[-1].lower_ in _BODY_WORDS or ent[-2:].text == "White House")) \
        or legal_form_end(ent[-1])


def legal_form_end(tok) -> bool:
    """Whether a word is a company's legal form written as one, with its period or in capitals ("Inc.", "Corp.",
    "LLC"), which no person's name ends with."""
    return tok.lower_.replace(".", "") in lex.LEGAL_FORMS and (tok.text.endswith(".") or tok.is_upper)


def _place_abbreviated(ent, place_words: set[str]) -> bool:
    """Whether a PERSON entity is a place a headline abbreviated ("World leaders denounce N. Korea test"): initials
    before a word the document names a place by."""
    return len(ent) > 1 and ent[-1].lower_ in place_words \
        and all(len(t.text) == 2 and t.text[0].isupper() and t.text[1] == "." for t in ent[:-1])


def _without_verb(ent):
    """A name without the verb a headline or a run-on line let the tagger take in before it ("Trump Booed After
    Telling Jeb Bush To Pipe Down" tags "Telling Jeb Bush"), or the verb of saying a sentence opens with ("Said
    Comey, ...")."""
    i = 0
    while len(ent) - i > 2 and ent[i].pos_ == "VERB" and not is_given_name(ent[i].text):
        i += 1
    if not i and len(ent) == 2 and _opening_cue(ent[0]):
        i = 1  # a sentence that opens with its cue: "Said Comey, ..."
    return ent[i:] if i else ent


def opening_cue_end(tok) -> int | None:
    """Where the speaker's name ends after the verb of saying a sentence opens with, before a colon or comma and a
    quotation ('Said Comey, "..."', 'Said Ellis: “...”'), whatever the tagger made of the verb; None if ``tok`` is
    no such verb (or is a given name: "Said" may be one)."""
    doc = tok.doc
    if not tok.is_sent_start or tok.lower_ not in lex.OPENING_CUES or not tok.text[:1].isupper() \
            or is_given_name(tok.text):
        return None
    end = tok.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    if end == tok.i + 1 or end + 1 >= len(doc) or doc[end].text not in (":", ",") or not doc[end + 1].is_quote:
        return None
    return end


def _opening_cue(tok) -> bool:
    return opening_cue_end(tok) is not None


def _without_title(ent, least: int = 2):
    """A name without the title, occupation, epithet or party the tagger took in ("Representative Charles B. Rangel",
    "Rabbi Rick Jacobs", "Actress Amandla Stenberg", "Billionaire Donald Trump", "Republican Mike Pompeo"), so that
    a title is the role, as it is for a title the tagger left out.
    Only before ``least`` capitalised words (a given name and a surname): "Dean Baker" and "King Abdullah" may be
    names whole."""
    i = 0
    while i < len(ent) - 1 and lex.title_word(ent[i].text) in _LEADING_WORDS and ent[i].text[:1].isupper() \
            and ent[i + 1].text[:1].isupper():
        i += 1
    if i and all(t.text.endswith(".") for t in ent[:i]):
        least = 1  # an abbreviated title is no given name: "Pres. Obama" is Obama
    return ent[i:] if i and sum(t.text[:1].isupper() and not t.is_punct for t in ent[i:]) >= least else ent


def without_occupation(ent):
    """A name without the lower-case words the tagger took in before it (not a particle), and with the surname
    it then left out: "dietitian Trista" of "registered dietitian Trista Best" is "Trista Best"."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while end - start > 1 and doc[start].is_lower and doc[start].is_alpha and doc[start].lower_ not in NAME_PARTICLES:
        start += 1
    if start > ent.start and end < len(doc) and doc[end - 1].head.i == end \
            and doc[end - 1].dep_ in ("compound", "flat") and doc[end].pos_ == "PROPN" and doc[end].is_title \
            and doc[end].ent_type_ in ("", ent.label_):
        end += 1
    return ent if (start, end) == (ent.start, ent.end) else TokenSpan(doc, start, end, label=ent.label)


def _whole_name(ent):
    """A name with the parts the tagger left out of it: a common given name before it ("Representative Debbie
    Wasserman Schultz" tagged "Wasserman Schultz") and a generational suffix after it ("Brent Bozell, Jr." tagged
    "Brent Bozell"), so that a father and a son are two names; without an occupation it took in
    (``without_occupation``)."""
    ent = without_occupation(ent)
    doc = ent.doc
    start, end = ent.start, ent.end
    if start > 0 and is_given_name(doc[start - 1].text) and doc[start - 1].pos_ == "PROPN" \
            and doc[start - 1].text[:1].isupper() and doc[start - 1].ent_type_ in ("", ent.label_) \
            and not is_given_name(doc[start].text):
        start -= 1
    elif len(ent) == 1 and start > 0 and _unknown_given_name(doc[start - 1], ent):
        start -= 1  # "Amelize Joseph loves ...", tagged "Joseph"
    k = end + (end < len(doc) and doc[end].text == "," and not doc[end - 1].whitespace_)
    if k < len(doc) and doc[k].text.rstrip(".").lower() in _SUFFIXES and doc[k].text[:1].isupper():
        end = k + 1
    return ent if (start, end) == (ent.start, ent.end) else TokenSpan(doc, start, end, label=ent.label)


def _unknown_given_name(tok, ent) -> bool:
    """Whether ``tok`` is a given name the lexicon does not know, before a one-word PERSON entity it qualifies:
    a capitalised proper noun of no entity, no title, party, occupation or verb of speech, that does not follow
    another proper noun."""
    low = tok.lower_
    return tok.pos_ == "PROPN" and tok.dep_ == "compound" and tok.head.i == ent.start and tok.ent_type_ == "" \
        and tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper \
        and (tok.i == 0 or tok.doc[tok.i - 1].pos_ != "PROPN") \
        and lex.title_word(tok.text) not in lex.TITLE_WORDS and low not in lex.PARTISANS \
        and low not in lex.OCCUPATIONS and low not in lex.EPITHETS and low not in lex.LONE_TITLES \
        and low.removesuffix("s") not in lex.CUE_VERBS  # a headline's "Calls Trump’s ..."


def before_spaced_dash(ent):
    """A name without what the tagger ran on to past a dash set off by spaces ("Deborah Jordan Reynolds -
    Santilli's"); a hyphen inside a name ("Ocasio-Cortez") has no space before it."""
    for t in ent[1:]:
        if spaced_dash(t):
            return TokenSpan(ent.doc, ent.start, t.i, label=ent.label)
    return ent


def spaced_dash(tok) -> bool:
    """Whether ``tok`` is a dash with whitespace before it, which no name runs across ("Reynolds - Santilli's")."""
    return tok.text in ("-", "–", "—") and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


def _name_word(tok) -> bool:
    """A capitalised proper noun of letters only: a word of a person's name ("Carly", "Fiorina", "McCain",
    "Céline"); or a surname with an apostrophe after its first capital ("O’Donnell", "D'Souza"), whatever the
    tagger made of it (a common noun, mostly)."""
    if _ELIDED_NAME_RE.fullmatch(tok.text):
        return True
    return tok.pos_ == "PROPN" and _NAME_WORD_RE.fullmatch(unaccented(tok.text)) is not None


_NAME_WORD_RE = re.compile(r"(?:Mc|Mac|L[ae]|D[eiu])?[A-Z][a-z]+")
_ELIDED_NAME_RE = re.compile(r"[A-Z]['’][A-Z][a-z]+")


def _untagged_names(doc, covered: set[int], found_surnames: set[str] = frozenset()) -> list:
    """A given name and the one or two capitalised words after it that the tagger did not take for a person
    ("Carly Fiorina" left untagged, "Neera Tanden" tagged a facility, "Phoenix Mayor Greg Stanton" a work of art),
    when the document also names someone by the last word alone ("Fiorina said"): so that the bare surname counts
    as the person it names, not as an organisation. A less common given name counts too before the surname of a
    person the tagger found (``found_surnames``: "Ivanka Trump", tagged a product, beside "Donald Trump"; "Céline
    Dion", its surname tagged a common noun, beside "Dion said"). Not a name after "the" ("the Charlotte Observer"),
    a place ("Virginia Democrats": the given name tagged a place, the last word a plural or a people), a day ("Joe
    Monday") or one that ends in an organisation's or an outlet's word ("Carly Fiorina Campaign")."""
    alone = {t.lower_ for t in doc if _name_word(t) and not (t.i and _name_word(doc[t.i - 1]))
             and not (t.i + 1 < len(doc) and _name_word(doc[t.i + 1]))}
    found = []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and _name_word(doc[j]):
            j += 1
        if i < j < len(doc) and doc[j].lower_ in found_surnames and doc[j].is_title and doc[j].is_alpha:
            j += 1  # a surname the tagger found alone elsewhere, taken for a common noun here ("Céline Dion is")
        k = next((k for k in range(i, j) if is_given_name(doc[k].text)
                  or (doc[j - 1].lower_ in found_surnames and k < j - 1 and is_census_given_name(doc[k].text))), None)
        if k is not None and 2 <= j - k <= 3 and not covered.intersection(range(k, j)) \
                and not (k == i and k and doc[k - 1].lower_ == "the") and doc[j - 1].lower_ in alone \
                and doc[k].ent_type_ not in ("GPE", "LOC") \
                and (doc[j - 1].tag_ == "NNP" or not _name_word(doc[j - 1])) \
                and doc[j - 1].ent_type_ not in ("NORP", "DATE", "TIME") \
                and doc[j - 1].lower_ not in lex.ORGANISATION_HEADS | lex.OUTLET_HEADS | _COMPANY_WORDS:
            found.append(doc[k:j])
        i = max(j, i + 1)
    return found


def appositive(head, nouns: frozenset[str]) -> bool:
    """Whether a name is set off by an appositive headed by one of ``nouns`` ("Vann R. Newkirk II, a writer")."""
    return any(c.dep_ == "appos" and c.i > head.i and c.pos_ == "NOUN" and c.lemma_.lower() in nouns
               and c.tag_ == "NN" for c in head.children)


def _looks_personal(ent, surnames, places) -> bool:
    """An ORG entity that is a common given name and a surname ("Sean Hannity" tagged ORG), a name whose last
    word the document gives a person elsewhere (``surnames``: "Carly Fiorina" beside "Mrs. Fiorina") and whose
    first words are no place the document names (``places``: "a fellow New Hampshire Sanders veteran"), or a name
    set off as a person ("Maryam Violet, an Iranian journalist"), not an organisation named for a person ("Ben
    Carson campaign", "Charles Schwab Corporation"). A lone surname the document gives a person elsewhere
    ("Ebeling" beside "Betsy Ebeling") is that person, unless it names a thing ("the Clinton campaign") or an
    outlet ("Bloomberg")."""
    words = [t for t in ent if not t.is_punct]
    if len(words) == 1:
        word = words[0]
        # (whatever its tag: the tagger made "Ebeling" a verb)
        return word.lower_ in surnames and _NAME_WORD_RE.fullmatch(unaccented(word.text)) is not None \
            and word.dep_ != "compound" and not outlets.is_outlet_name(word.text)
    return 2 <= len(words) <= 3 and all(_name_word(t) for t in words) \
        and not any(t.text in ",;:" for t in ent) \
        and (given_name_gender(words[0].text) is not None
             or (words[-1].lower_ in surnames and " ".join(t.lower_ for t in words[:-1]) not in places)
             or appositive(ent.root, lex.PERSON_NOUNS)) \
        and words[-1].lower_ not in lex.ORGANISATION_HEADS | _COMPANY_WORDS


_COMPANY_WORDS = frozenset("corporation corp inc co llc ltd center centre trust".split())


def person_mentions(doc, persons, ents: list) -> list:
    """Mentions of people in document order: PERSON entities, and a capitalised word the document names a
    person by elsewhere that the tagger took for something else ("Trump" tagged ORG after "Donald Trump")."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    surnames = {k for k, known in persons.items() if any(len(name_words(m)) > 1 for m, _ in known)}
    extra = [doc[t.i:t.i + 1] for t in doc if t.i not in covered and t.pos_ == "PROPN" and t.text[:1].isupper()
             and person_key(t.text) in surnames and t.ent_type_ not in ("GPE", "LOC", "FAC")
             and t.lemma_.lower() not in lex.ORGANISATION_HEADS]
    return sorted(ents + extra, key=lambda e: e.start)


def clean_name(name: str) -> str:
    """A name as analytics group it: one space between words (no-break spaces and line breaks too), without the
    dash or marker a page left before it ("-Craig Fehrman", ">Sanders") or a reflexive after it ("Nvidia itself"),
    its accents read back where a page wrote UTF-8 as Latin-1 ("FranÃ§ois Delattre" -> François Delattre)."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in _REFLEXIVES:
        words.pop()
    return _unmangled(" ".join(words).lstrip("-–—―>•*·|~ ").rstrip(" ,;:") or name)


_REFLEXIVES = frozenset("itself himself herself themselves".split())


_MANGLED = re.compile("[ÃÂ][\u0080-\u00bf\u2018-\u203a\u0152-\u0178\u20ac\u2122]")  # "Ã§" for "ç"


def _unmangled(name: str) -> str:
    """A name with UTF-8 read as Latin-1 or Windows-1252 ("Ã§") read back, where that decodes cleanly."""
    if not _MANGLED.search(name):
        return name
    for codec in ("cp1252", "latin-1"):
        try:
            return name.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return name


def name_words(text: str) -> set[str]:
    """The words of a name, without honorifics and accents ("Mr. Holtz-Eakin" -> {"holtz", "eakin"}, "François
    Hollande" -> {"francois", "hollande"})."""
    return {w for w in re.findall(r"[^\W\d_]+", unaccented(text.lower())) if w not in _HONORIFICS}


_HONORIFICS = HONORIFICS | {"mx", "dr", "prof"}  # and the ungendered ones


_FINITE = frozenset(("VBZ", "VBD", "VBP", "MD"))


def role_of(doc, ent, occupations: bool = False) -> str | None:
    """A title right before a name ("Secretary of State Mike Pompeo") or an appositive after it; with
    ``occupations``, also what the words before the name say the person does ("Republican presidential candidate
    Donald Trump", "pollster Frank Luntz"), which the people index leaves out: "the candidate" or "the pollster"
    is looked for among those given a title (``attribution_pronouns``), and an epithet is no title."""
    i = _before_style(doc, ent.start - 1)
    styled = i != ent.start - 1  # (a style says the title is the name's, however the parser split the sentence)
    words = []
    while i >= 0:
        t = doc[i]
        if t.text == ")" and i >= 2 and doc[i - 1].is_upper and doc[i - 1].is_alpha and doc[i - 2].text == "(" \
                and words:
            # an acronym inside a title ("Pan American Health Organization (PAHO) Director Carissa F. Etienne"); not
            # one between the title and the name ("Director of the ... Bureau of Investigation (FBI) Louis Freeh")
            words.extend((t, doc[i - 1], doc[i - 2]))
            i -= 3
            continue
        if t.text == "-" and i > 0 and not t.whitespace_ and not doc[i - 1].whitespace_ and _title_part(doc[i - 1]):
            words.append(t)  # a hyphenated title: "U.N. Secretary-General Ban Ki-moon" (not "then-Sen.")
            i -= 1
            continue
        if t.is_punct or t.ent_type_ in ("DATE", "TIME") or t.is_space or (
                t.ent_type_ == "PERSON" and not (t.ent_iob_ == "B" and lex.title_word(t.text) in _PERSON_TITLES)):
            # (nor a day: "The unexpected death Saturday of Justice Antonin Scalia"; but a title the tagger took
            # into the name opens it: "Supervisor Alfredo Pedroza")
            break
        if _title_part(t) or (occupations and (_occupation(t) or _modifies_occupation(t, words))):
            words.append(t)
            i -= 1
            continue
        break
    if next((w.lower_ for w in words if w.lower_ != "the"), None) == "of":
        # a name after "of" is what the words before it are of ("the state of Sanders’ younger years", "the
        # national director of the Sanders-supporting party")
        words = []
    while words and words[-1].lower_ in ("of", "the", "former"):
        words.pop()
    words = _whole_words_of_title(doc, i, words)
    while words and (words[0].lower_ in ("of", "the") or words[0].lower_.rstrip(".") in _HONORIFICS):
        words.pop(0)  # and the honorific right before the name: "editor Dr. Sebastian Gorka"
    if words and all(w.lower_.rstrip(".") in _HONORIFICS for w in words):
        words = []  # "Mr." is not a role
    if words and ent.root.dep_ in ("nsubj", "nsubjpass") and not styled and not _holds(ent, words):
        words = []  # a clause's subject after a title it does not hold: "The federal judge Trump was referring to"
    if not any((w.lower_ in lex.TITLE_WORDS or w.lemma_.lower() in lex.TITLE_WORDS or (occupations and _occupation(w)))
               and w.lower_ not in ("of", "the") for w in words):
        words = []  # capitalised words of a headline ("Debating Hillary Clinton", "Black Lawmakers Rip Donald Trump")
    if words:
        words.reverse()
        return doc[words[0].i:words[-1].i + 1].text
    if _degree_after(doc, ent.end):
        return _role_after_degrees(doc, ent.end)  # (a degree is no role: "John Doe, MD, said")
    root = ent.root
    for c in root.children:
        # set off by a comma right after the name ("Douglas Brinkley, a historian"), not a noun the parser hung
        # on the name from further away
        # (not a plural, which is no one person's role: "Rush Limbaugh, the move reeks of fear" is a clause the
        # parser hung on the name, "Mr. Trump, his family members and advisers" a list; but "Facebook's global
        # politics and government outreach director" is a role the parser split at its "and")
        if c.dep_ == "appos" and (c.pos_ == "NOUN" or (c.pos_ == "PROPN" and c.lower_ in lex.TITLE_WORDS)) \
                and c.i > root.i and ent.end < len(doc) \
                and doc[ent.end].text == "," and c.left_edge.i == ent.end + 1 \
                and (c.tag_ != "NNS" or any(g.dep_ == "conj" and g.tag_ == "NN" for g in c.children)) \
                and doc[c.left_edge.i].tag_ not in ("WP$", "WP", "WDT"):  # "Mr. Slinker, whose latest start-up"
            left = c.left_edge.i
            while left <= c.i and doc[left].dep_ in ("det", "punct"):
                left += 1
            while c.i + 2 < len(doc) and doc[c.i + 1].text == "-" and not c.whitespace_ \
                    and doc[c.i + 2].head.i == root.i:
                c = doc[c.i + 2]  # a hyphenated role the parser split into appositives: "co-founder of ..."
            # without a relative clause ("statesman who embarked on ..."): the role, not what was said of it
            right = min([g.left_edge.i - 1 for g in c.subtree if g.dep_ == "relcl" and g.i > c.i]
                        + [g.left_edge.i - 1 for g in c.children if g.dep_ == "acl" and g.i > c.i] + [c.right_edge.i])
            # within its paragraph
            right = next((t.i - t.is_space for t in doc[left:right + 1] if "\n" in t.text_with_ws), right)
            right = _before_other_clause(doc, left, right)
            if doc[left].pos_ == "ADP":
                return None  # an aside, not a role: "Hillary Clinton, in serving as first lady from 1993 to 2001,"
            after = right + 1  # the token after the role: a comma, a stop, a relative word, not a verb
            if any(t.tag_ in _FINITE for t in doc[left:after]) or (
                    after < len(doc) and doc[after].tag_ in _FINITE and not _participle(doc[after])):
                return None  # a clause the parser hung on the name: "For Mr. Rubio, assimilation meant ..."
            role = doc[left:right + 1].text
            if role.count("(") > role.count(")"):
                role = role[:role.rindex("(")]  # an aside the paragraph or the parse cut: "chairman of X (a PAC"
            return role.rstrip(", ")
    return None


def role_before_comma(doc, ent) -> str | None:
    """A title or an occupation set off by a comma before a name that is its appositive ("The Minister for Health,
    Stephen Donnelly", "VFI Chief Executive, Padraig Cribben", "His lawyer, John Smith", "the state's governor, John
    Kasich"), without its article, a pronoun owner or a count; a role to fall back on where ``role_of`` finds none
    for any mention of the person."""
    root = ent.root
    head = root.head
    if not (root.dep_ == "appos" and head.i < ent.start - 1 and doc[ent.start - 1].text == ","
            and head.pos_ in ("NOUN", "PROPN") and (lex.title_word(head.text) in _PERSON_TITLES or _occupation(head))):
        return None
    left = head.left_edge.i
    while left < head.i and (doc[left].dep_ in ("det", "nummod") or doc[left].tag_ == "PRP$"):
        left += 1  # "His lawyer", "One candidate"
    role = doc[left:ent.start - 1].text
    return role if "\n" not in role else None


# academic and professional degrees written after a name ("Jaya K. Rao, MD, MHS,"): no role, nor part of one
_DEGREES = frozenset("""md phd mhs mph rn jd mba dds dmd dvm msc bsc esq cpa lcsw facp facs faap frcp dnp pharmd edd
dphil psyd rd ld cde cdn aprn fnp msce mscr mhsc""".split())


def _degree_after(doc, i: int) -> bool:
    """Whether a degree set off by a comma follows a name that ends before ``i`` ("John Doe, MD,")."""
    return i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_.replace(".", "") in _DEGREES


def _role_after_degrees(doc, i: int) -> str | None:
    """The role set off after the degrees that follow a name at ``i`` ("Jaya K. Rao, MD, MHS, Deputy Editor," ->
    "Deputy Editor"; "Jane Smith, PhD, a professor of nutrition," -> "professor of nutrition"), up to the next comma,
    clause or line; None where no noun follows them."""
    k = i
    while k + 2 < len(doc) and _degree_after(doc, k):
        k += 2
    if k >= len(doc) or doc[k].text != ",":
        return None
    start = k + 1
    while start < len(doc) and doc[start].dep_ == "det":
        start += 1
    end = next((t.i for t in doc[start:] if t.is_punct or t.tag_ in _FINITE or "\n" in t.text_with_ws), len(doc))
    role = doc[start:end]
    if not any(t.pos_ == "NOUN" or t.lower_ in _SURNAME_TITLES for t in role):
        return None  # (an aside is no role: "Mary Major, RN, of Boston,")
    return role.text


def occupations(doc, text: str, ents) -> list[tuple[str, str | None, str]]:
    """(mention, its title or None, what the words before it say the person does) for each person mention where those
    words say more than its title: "Republican presidential candidate Donald Trump" (no title), "association
    executive director Tim Lee" (title "director") (``role_of`` with occupations)."""
    found = []
    for ent in ents:
        if title_case_line(text, ent.start_char):
            continue  # (a headline's "Meet Cultural Cultivation Artist")
        occupation = role_of(doc, ent, occupations=True)  # (the title is read only where there is one)
        title = role_of(doc, ent) if occupation else None
        if occupation and occupation != title and (title is None or occupation.endswith(" " + title)):
            found.append((ent.text, title, occupation))
    return found


def occupation_of(name: str, role: str | None, found: list[tuple[str, str | None, str]]) -> str | None:
    """The role to show for the person ``name`` names, whom the people index gave ``role``: the first occupation
    ``occupations`` found before a mention of theirs with that title (or none), else ``role``. A mention is theirs
    that is a full name of theirs, or the lone name where ``name`` is one word (a bare "Clinton" may be Bill's or
    Hillary's)."""
    words = name_words(name)
    return next((occupation for mention, title, occupation in found if title == role and (mine := name_words(mention))
                 and mine <= words and (len(mine) > 1 or len(words) == 1)), role)


def _occupation(tok) -> bool:
    """Whether ``tok`` is a singular noun for what one person is or does ("economist", "lawyer", "dietitian",
    "candidate"), not for whom they are to someone ("sister", "rival", "friend")."""
    return tok.tag_ in ("NN", "NNP") and tok.lower_ in _OCCUPATION_WORDS


_OCCUPATION_WORDS = (lex.PERSON_NOUNS | lex.OCCUPATIONS | frozenset(
    "candidate nominee frontrunner businessman businesswoman incumbent".split())) - lex.KIN_NOUNS \
    - frozenset("""friend rival opponent challenger successor predecessor colleague partner neighbor neighbour client
    woman man girl boy child person member associate confidant ally source""".split())


def _whole_words_of_title(doc, stop: int, words: list) -> list:
    """A title's words (nearest the name first) without a piece of a word or a name the search for it stopped
    inside: "actress", not "-winning actress", in "Oscar-winning actress Susan Sarandon"; "host", not "Time host", in
    "Real Time host Bill Maher" (``stop``: the index the search stopped at). A capitalised word after a prefix stays
    ("then-Senate Majority Leader"), as does an occupation ("co-founder")."""
    words = list(words)
    if words and words[-1].text == "-":
        words = words[:-2]  # the hyphen and the word after it
    elif words and stop >= 0 and doc[stop].text == "-" and not doc[stop].whitespace_ and words[-1].is_lower \
            and not (_occupation(words[-1]) or lex.title_word(words[-1].text) in lex.TITLE_WORDS):
        words = words[:-1]  # the word after the hyphen: "Best-selling author"
    taken = {w.i for w in words}
    if stop >= 0 and doc[stop].is_title and doc[stop].ent_type_ not in ("NORP", "GPE", "PERSON", "ORG") \
            and doc[stop].dep_ in ("amod", "compound", "nmod") and doc[stop].head.i in taken:
        while words and words[-1].is_title and not (_occupation(words[-1]) or lex.title_word(words[-1].text)
                                                    in lex.TITLE_WORDS):
            words.pop()  # capitalised words of a name the title took in part
    return words


def _modifies_occupation(tok, words) -> bool:
    """Whether ``tok``, in lower case or a nationality or a party, before a name, is a word of the occupation the
    words after it hold: "Republican presidential" in "Republican presidential candidate Donald Trump", "product
    liability" in "Maryland-based product liability lawyer Jim Dunham"."""
    hyphenated = tok.i > 0 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_
    return (tok.is_lower or tok.ent_type_ == "NORP") and tok.dep_ in ("amod", "compound", "nmod", "npadvmod") \
        and (tok.pos_ in ("ADJ", "NOUN") or (tok.pos_ == "VERB" and hyphenated)) \
        and any(_occupation(w) for w in words) and tok.head.i in {w.i for w in words} \
        and (tok.head.is_lower or tok.ent_type_ == "NORP")  # (a capitalised title takes capitalised words)


def _title_part(tok) -> bool:
    """Whether ``tok``, before a name, can be a word of its title: a title word, a capitalised noun, or an acronym
    ("FBI Director", "AFL-CIO President")."""
    return tok.lower_ in lex.TITLE_WORDS or (tok.is_title and tok.pos_ in ("PROPN", "NOUN")) \
        or (tok.is_upper and tok.is_alpha and len(tok) > 1 and tok.pos_ == "PROPN")


def _before_other_clause(doc, left: int, right: int) -> int:
    """Where a role the parser ran on past a comma ends: before a verb or a preposition the comma opens ("State
    Department regional security director, informed regional director ...", "chairman of the Ohio Republican
    Party, of Florida's ..."), or before another person it names in full ("commissioner for the military, or
    Karl-Heinz Kamp, the president of ..."); not before what describes the role's body ("president of Wealth-X, a
    private company")."""
    for t in doc[left:right - 1]:
        if t.text == ",":
            after = doc[t.i + 1]
            hyphened = not after.whitespace_ and doc[t.i + 2].text == "-"  # "take-a-back-seat-to-no-one governor"
            if (after.pos_ in ("ADP", "VERB", "AUX") and not hyphened) \
                    or any(w.ent_type_ == "PERSON" and w.ent_iob_ == "I" for w in doc[t.i + 1:right + 1]):
                return t.i - 1  # (a full name, not a place the tagger took for one: "University of California, Davis")
    return right


def _before_style(doc, i: int) -> int:
    """The index before a Commonwealth style between a title and a name, and the comma before it ("Prime Minister,
    Dr the Rt. Hon. Keith Mitchell", "Grenada's Prime Minister and Chairman of the OECS Authority, Dr the Rt. Hon.
    Keith Mitchell"); ``i`` where there is none."""
    j = i
    while j >= 0 and (doc[j].text == "." or doc[j].lower_.rstrip(".") in _STYLE_WORDS):
        j -= 1
    if j == i or not any(doc[k].lower_.rstrip(".") in _HONOURABLE for k in range(j + 1, i + 1)):
        return i
    return j - 1 if j >= 0 and doc[j].text == "," else j


_HONOURABLE = frozenset("rt right hon honourable honorable".split())
_STYLE_WORDS = _HONOURABLE | frozenset("dr the sir dame".split())


def _participle(tok) -> bool:
    """A verb the tagger called finite that qualifies the noun before it ("a host considered one of the most
    influential"), not one that goes on with a clause of its own ("assimilation meant embracing ...")."""
    return tok.dep_ == "acl" and not any(c.dep_ in ("nsubj", "xcomp", "ccomp") for c in tok.children)


def _holds(ent, words) -> bool:
    """Whether the title next to a name hangs on it: from the word beside the name up through the title's words
    ("State" -> "of" -> "Secretary"), the first head outside the title is in the name."""
    inside = {w.i for w in words}
    t = words[0]
    for _ in words:
        if t.head.i not in inside:
            break
        t = t.head
    return ent.start <= t.head.i < ent.end


_NOT_TITLES = frozenset("former acting deputy vice chief state national of the mr mrs ms dr rev".split())
# title words that name a person's office, not an organisation's ("National Nurses United", "Press TV")
_PERSON_TITLES = lex.TITLE_WORDS - _NOT_TITLES - frozenset(
    "defense foreign interior treasury homeland security press managing".split())
# words a name may open with that are no part of it: titles, and occupations written as titles
_LEADING_WORDS = _PERSON_TITLES | lex.OCCUPATIONS | lex.EPITHETS | lex.PARTISANS


def _title_of(mention) -> str | None:
    """The title word a name mention carries or comes right after ("Secretary Clinton", "Sen. Warren")."""
    doc = mention.doc
    for tok in [*mention[:-1], *(doc[i] for i in range(mention.start - 1, max(mention.start - 3, -1), -1))]:
        word = lex.title_word(tok.text)
        if tok.text[:1].isupper() and word in lex.TITLE_WORDS and word not in _NOT_TITLES:
            return word
    return None


def name_phrase(head):
    """The name a proper-noun head ends ("Elijah Cummings" in "Rep. Elijah Cummings, the top Democrat"): the
    head with the capitalised compound words right before it, titles and asides left out."""
    doc = head.doc
    start = head.i
    while start > 0:
        if _name_word_before(doc[start - 1], head):
            start -= 1
        elif start > 1 and doc[start - 1].lower_ in NAME_PARTICLES and doc[start - 1].is_lower \
                and _name_word_before(doc[start - 2], head):
            start -= 2  # a lower-case particle inside the name: "Laurence des Cars", "Bill de Blasio"
        else:
            break
    if start > 1 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and doc[start - 2].text.istitle():
        start -= 2  # a hyphenated given name: "Jean-Marc Ayrault"
    return doc[start:head.i + 1]


def _name_word_before(tok, head) -> bool:
    """Whether ``tok``, before the proper-noun head of a name, is a capitalised word of it, not a title."""
    return tok.head.i == head.i and tok.dep_ in ("compound", "flat") and tok.text[:1].isupper() \
        and lex.title_word(tok.text) not in lex.TITLE_WORDS and not _opening_cue(tok)


def fullest(mention, persons, gender: str | None = None, genders: Genders | None = None) -> tuple[str, str | None]:
    """The fullest mention of the same person: the first in ``person_index``'s order (the longest, of the person
    named most) that holds every name of this one ("Pompeo" -> Mike Pompeo; "Laura Bush" stays Laura Bush beside
    George W. Bush) and is of the gender the mention or its pronoun gives ("Mrs. Clinton" is not Bill Clinton),
    with its role."""
    mention = _without_title(bare(mention), least=1)
    names = name_words(" ".join(t.text for t in mention if t.text[:1].isupper()))
    gender = stated_gender(mention) or gender
    known = [(text, role) for text, role in persons.get(_key(mention), ()) if names <= name_words(text)]
    filed = [t for t in mention if t.text[:1].isupper() and any(
        name_words(text) != names for text, _ in persons.get(person_key(t.text), ()))] \
        if len(mention) > 1 and _in_title_case_line(mention) else []
    if len(filed) == 1 and not any(may_be_given_name(t.text) for t in mention if t.i < filed[0].i):
        # a title-case headline's name that runs into a word of the line ("Clinton Wades In", "Absent Trump"): the
        # one word of it the document names someone else by, after no given name ("Salma Hayek" stays whole)
        return fullest(mention[filed[0].i - mention.start:filed[0].i - mention.start + 1], persons, gender, genders)
    if names & _SUFFIXES and not any(names < name_words(text) for text, _ in known):
        # "Donald Jr." is filed under its given name: look for the full name that holds it ("Donald Trump Jr.")
        known = [k for forms in persons.values() for k in forms if names < name_words(k[0])] + known
    title = _title_of(mention) if len(known) > 1 else None
    titled = title is not None and any(r and title in lex.title_words(r) for _, r in known)
    if genders is not None and gender is None and len(names) == 1 and not titled:
        # a bare surname (or "President Obama") is of the gender the document's honorifics give the surname
        # ("Mr. Obama"), so it is not the Michelle Obama named once further down; but "Secretary Clinton" is
        # the Clinton the article made Secretary of State, whatever "Mr. Clinton" says
        gender = genders.by_surname.get(next(iter(names)))
    if genders is not None and gender is not None:
        # a person known to be of the gender before one the document says nothing of ("Trump" after "Mr.
        # Trump" is Donald Trump, whose given name says so, not Ivanka Trump, whose given name says nothing);
        # a full name before the bare surname, whatever the surname's pronouns say
        known = sorted(known, key=lambda k: (len(name_words(k[0])) < 2, genders.of_name(k[0]) != gender))
    if titled:
        # the person the article gave the title the mention uses ("Secretary Clinton" is the Clinton whose role is
        # Secretary of State, not the former president)
        known = sorted(known, key=lambda k: not (k[1] and title in lex.title_words(k[1])))
    if not names & _SUFFIXES and any(len(name_words(t)) > 1 and not name_words(t) & _SUFFIXES for t, _ in known):
        # "Trump" is Donald Trump, not Donald Trump Jr., filed under the same surname; "Biden" alone is Joseph R.
        # Biden Jr.
        known = sorted(known, key=lambda k: bool(name_words(k[0]) & _SUFFIXES))
    for text, role in known:
        if genders is None or genders.compatible(text, gender):
            return text, role
    return mention.text.strip(" \"'“”‘’"), None

