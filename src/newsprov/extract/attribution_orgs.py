"""The fullest name of an organisation or outlet source, so analytics count organisations, not mentions.

A short definite mention takes the nearest earlier name of the document that holds all its words and ends in its
head word: "The Post" -> "The New York Post", "the campaign" -> "the Clinton campaign", "the budget office" ->
"The Congressional Budget Office" (a source's own name is its proper name, ``attribution_sources._name_start``);
or that begins with its one word ("the department" -> "the Department of Labor"). "the newspaper" or "the
network" alone is the nearest such outlet named before, and "the agency" or "the group" the nearest body of that
kind ("the FBI", "the Congressional Progressive Caucus"), "the company" the nearest organisation before it that is
no such body, outlet or government ("Twitter"); "police" is the police of the place the text puts before
the word ("Tulsa police"). A capitalised short mention ("The Times", "the House")
links only to an outlet of the lexicon, since "the House" is not "the White House". A wire service takes the
longest of its names the document uses ("The AP" -> "The Associated Press"). Names are written with a capital
"The" wherever the sentence put them ("the Clinton campaign said" and "The Clinton campaign said" are one
source), and a campaign, team or administration as "The <owner> campaign" however the sentence says whose it is
("Hillary Clinton’s campaign").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsprov.extract import attribution_lexicon as lex
from newsprov.extract.attribution_people import clean_name, title_case_line
from newsprov.extract.outlets import (
    OUTLET_KINDS, OUTLET_RE, canonical_outlet, is_outlet_name, outlets_inside, wire_forms, without_article)

if TYPE_CHECKING:
    from newsprov.extract.attribution_sources import Candidate

_KINDS = ("organisation", "outlet")
# a capitalised little word inside a name is a headline's casing, not a name ("Disputes Characterization Of Network's")
_HEADLINE_CASE = re.compile(r"\s(?:Of|On|To|In|For|With|At|By|About|From|Over|After)\s")
_POSSESSIVES = frozenset("his her their its our my your".split())  # "their children's school" names no one


def link_organisation_names(doc, text: str, cands: list[Candidate]) -> None:
    """Fill each organisation or outlet candidate's name with its fullest mention (in place)."""
    sources = [(c.source[0], c.name, c.source[1]) for c in cands if c.kind in _KINDS and c.name and c.source]
    # the names the document gives organisations, but a source's own name over the entity inside it (one name
    # for "The nonpartisan Congressional Budget Office" (named The Congressional Budget Office) and the budget office
    # after it), and no headline's words
    named = sorted((start, name) for start, name in
                   [(s, n) for s, n, _ in sources]
                   + [(e.start_char, clean_name(e.text)) for e in doc.ents if e.label_ == "ORG"
                      and not any(s <= e.start_char < end for s, _, end in sources)]
                   + _owned_bodies(doc, sources)
                   if not name.isupper() and not title_case_line(text, start) and not _HEADLINE_CASE.search(name))
    # agencies named by their acronyms ("the FBI"), which ``named`` leaves out: what "the agency" may stand for
    agencies = [(e.start_char, without_article(e.text)) for e in doc.ents
                if e.label_ == "ORG" and without_article(e.text).replace(".", "") in lex.AGENCY_ACRONYMS]
    # what a longer name may not add before a short one: a place ("the Florida Democratic Party"), or a person's
    # given names ("the Chelsea Clinton Foundation" is not "The Clinton Foundation")
    places = frozenset(without_article(e.text).lower() for e in doc.ents if e.label_ in ("GPE", "NORP", "LOC"))
    persons = frozenset(e.text.lower() for e in doc.ents if e.label_ == "PERSON")
    outlets: list[tuple[int, str]] | None = None  # looked for only when "the newspaper" asks
    polices: list[tuple[int, str]] | None = None  # and these only when "police" does
    legal: dict[tuple[str, ...], str] | None = None  # names with a legal form, read at the first organisation
    renamed: list[tuple[int, str, str]] = []  # (where, the name as the sentence gave it, the fullest)
    for c in sorted(cands, key=lambda x: x.source[0] if x.source else x.cue[0]):
        if c.kind not in _KINDS or not c.name or not c.source:
            continue
        # a name that holds the mention's words first ("the Koch network"), then an outlet of its kind (CNN)
        name = _wire_name(text, c.name) or _fuller(c.name, c.source[0], named, places, persons) \
            or _spelled_out(c.name, text, named) \
            or _of_its_kind(c.name, c.source[0], text, named, agencies)
        if name is None:
            name = _company_before(c.name, c.source[0], text, named, persons)
        if name is None and without_article(c.name).lower() == "police":
            if polices is None:
                polices = _polices_named(doc, text)
            name = _whose_police(c.source[0], polices)
        if name is None and c.kind == "outlet" and _outlet_noun(c.name):
            if outlets is None:
                outlets = sorted(named + [o for o in _outlets_named(text) if not title_case_line(text, o[0])])
            name = _outlet_before(c.name, c.source[0], outlets)
        name = name or c.name
        if legal is None:
            legal = _legal_forms(named)
        name = _with_legal_form(name, legal) or name  # "General Motors", or "GM" spelled out so, is the Corp.
        if name != c.name and is_outlet_name(name):
            c.kind = "outlet"  # "The Post has learned", once it is The New York Post
        if c.kind == "outlet":
            if not is_outlet_name(name) and (inside := outlets_inside(name)):
                name = inside[0]  # "the nationalist Global Times tabloid" is the Global Times
            if not name.lower().startswith("the ") and re.search(rf"\b[Tt]he {re.escape(name)}\b", text):
                name = "The " + name  # as the text writes it elsewhere ("the Global Times wrote")
            name = canonical_outlet(name)
        name = name[:1].upper() + name[1:] if name.startswith("the ") else name
        name = _owned_form(name, text)
        renamed.append((c.source[0], c.name, name))
        c.name = name
    for c in cands:
        if c.kind == "pronoun" and c.name and c.source:
            # "it" is named as the organisation it stands for, the nearest earlier one of the name it was given
            c.name = next((new for where, old, new in reversed(renamed) if old == c.name and where < c.source[0]),
                          c.name)


# A campaign, team or administration named by whose it is: "Hillary Clinton’s campaign", "Sanders' campaign", "the
# Obama administration".
_OWNED = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+)*(?!(?:The|His|Her|Their|Its|Our|My|Your)\b)"
                    r"(?P<owner>[A-Z][\w-]+)(?:['’]s?)?\s+"
                    rf"(?P<body>{'|'.join(lex.OWNED_BODIES)})")


def _owned_form(name: str, text: str) -> str:
    """One name for a body however a sentence says whose it is: "Hillary Clinton’s campaign", "Clinton's campaign"
    and "the Clinton campaign" are all "The Clinton campaign", so analytics count one source. "Clinton's team" is
    that campaign too where the document names the campaign ("the Clinton campaign"), else "The Clinton team"."""
    m = _OWNED.fullmatch(name)
    if m is None:
        return name
    body = m["body"]
    if body == "team" and re.search(rf"\b{re.escape(m['owner'])}(?:['’]s?)?\s+campaign\b", text):
        body = "campaign"
    return f"The {m['owner']} {body}"


def _owned_bodies(doc, sources) -> list[tuple[int, str]]:
    """Bodies the text names by whose they are, outside sources: "the Obama administration", "Trump’s campaign"
    ("the administration" after them stands for them)."""
    out = []
    for t in doc:
        if t.pos_ == "NOUN" and t.lemma_.lower() in lex.ORGANISATION_HEADS and t.tag_ == "NN" and t.dep_ != "compound" \
                and not any(s <= t.idx < end for s, _, end in sources):
            owner = [c for c in t.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" and c.i < t.i]
            if owner:
                start = min(o.left_edge.i for o in owner)
                if start and doc[start - 1].lower_ == "the" and doc[start - 1].head.i == t.i:
                    start -= 1  # "the Clinton campaign" with its "the", as a source's own name keeps it
                out.append((doc[start].idx, clean_name(doc[start:t.i + 1].text)))
    return out


def _words(name: str) -> list[str]:
    return [re.sub(r"[’']s$", "", w) for w in without_article(name).lower().split()]


def _fuller(name: str, start: int, named: list[tuple[int, str]], places: frozenset[str] = frozenset(),
            persons: frozenset[str] = frozenset()) -> str | None:
    """The nearest earlier name that a definite short mention ("the campaign", "The Times", "the department",
    "the Security Council" after "the United Nations Security Council") stands for. A proper name of two words or
    more stands for the longer name that ends with it, a name in capitalised words, unless the longer one only adds
    a place ("the Democratic Party" is not "the Florida Democratic Party") or a person's given name."""
    if name[:4].lower() != "the ":
        return None
    wanted = _words(name)
    if not wanted:
        return None
    common = without_article(name).islower()
    for offset, full in reversed(named):
        if offset >= start:
            continue
        have = _words(full)
        if len(have) > len(wanted) and have[-1] == wanted[-1] and have[0] not in _POSSESSIVES \
                and set(wanted) <= set(have) and (common or is_outlet_name(full)):
            return full
        if not common and len(wanted) >= 2 and len(have) > len(wanted) and have[-len(wanted):] == wanted \
                and (added := " ".join(have[:-len(wanted)])) not in places and added not in lex.US_STATES \
                and have[0] not in _POSSESSIVES \
                and " ".join(have[:-len(wanted) + 1]) not in persons \
                and all(w[:1].isupper() or w in _NAME_JOINERS for w in without_article(full).split()):
            return full
        if common and len(wanted) == 1 and len(have) > 2 and have[0] == wanted[0] and have[1] in ("of", "on", "for"):
            return full  # "the department" after "the Department of Labor"
    return None


_NAME_JOINERS = frozenset("of and for on the".split())


def _legal_forms(named: list[tuple[int, str]]) -> dict[tuple[str, ...], str]:
    """The names in ``named`` that end in a legal form ("General Motors Corp."), the first of each, by their words
    before it ("general", "motors")."""
    out: dict[tuple[str, ...], str] = {}
    for _, full in named:
        have = [w.rstrip(".,") for w in _words(full)]
        if len(have) > 1 and have[-1].replace(".", "") in lex.LEGAL_FORMS:
            out.setdefault(tuple(have[:-1]), full)
    return out


def _with_legal_form(name: str, legal: dict[tuple[str, ...], str]) -> str | None:
    """The company a name stands for where the document also names it with its legal form ("General Motors" and
    "General Motors Corp.", "Upjohn" and "Upjohn Co."; ``legal``: from ``_legal_forms``): one name for one
    company, the fuller."""
    wanted = [w.rstrip(".,") for w in _words(name)]
    if not wanted or not name[:1].isupper() and name[:4].lower() != "the ":
        return None
    full = legal.get(tuple(wanted))
    if full is None:
        return None
    # without a possessive ("Dresdner Bank AG's"), and written as the mention writes the name where the fuller one
    # is in capitals ("UniFirst Corp.", not a headline's "UNIFIRST Corp.")
    full = re.sub(r"[’']s$", "", without_article(full).rstrip(","))
    if any(w.isupper() and len(w) > 3 for w in full.split()[:-1]):
        return f"{without_article(name)} {full.split()[-1]}"
    return full


# what a definite common noun can stand for: the nearest earlier name of a body of its kind ("the agency" after
# "the Congressional Budget Office", "The group" after "the Congressional Progressive Caucus")
_AGENCY = re.compile(r"\b(?:Agency|Bureau|Office|Department|Administration|Service|Commission|Authority)\b")
_GROUP = re.compile(r"\b(?:Foundation|Caucus|Coalition|Group|Association|Institute|Center|Centre|Council|Committee|"
                    r"PAC|Project|Network|Alliance|Fund|Society|League|Federation|Organi[sz]ation|Trust|Forum)\b")
_BODY_KINDS = {"agency": _AGENCY, "bureau": _AGENCY, "group": _GROUP, "organization": _GROUP,
               "organisation": _GROUP, "foundation": _GROUP, "coalition": _GROUP, "caucus": _GROUP}


def _of_its_kind(name: str, start: int, text: str, named: list[tuple[int, str]],
                 agencies: list[tuple[int, str]]) -> str | None:
    """The nearest earlier name of a body of the kind a definite common noun says ("the agency" after the FBI,
    "The group", "the law enforcement agency"); none for a proper name or another noun, nor where the text used the
    noun for something else since ("the high-earning group" of voters after the Roper Center)."""
    words = name.split()
    noun = words[-1].lower()
    if words[0].lower() != "the" or not without_article(name).islower() or noun not in _BODY_KINDS:
        return None
    kind = _BODY_KINDS[noun]
    bodies = sorted(named + agencies) if kind is _AGENCY else named
    offset, full = next(((offset, full) for offset, full in reversed(bodies) if offset < start
                         and (kind.search(full) or (offset, full) in agencies) and not is_outlet_name(full)),
                        (None, None))
    if full is None or re.search(rf"\b(?i:the|a|an)\s+(?:[\w-]+\s+){{1,3}}{noun}\b|\b{noun}\s+of\b",
                                 text[offset + len(full):start]):
        return None
    return full


def _company_before(name: str, start: int, text: str, named: list[tuple[int, str]],
                    persons: frozenset[str]) -> str | None:
    """The company "the company" or "the firm" stands for: the nearest organisation named before it, within a few
    paragraphs, that is no agency, group, outlet, party, legislature, court, school or government ("the company
    said" after "Twitter acknowledged ...", "the drug company" after Valeant); none where the text used the noun
    for something else since ("a parent company")."""
    words = name.split()
    if len(words) < 2 or words[0].lower() != "the" or not without_article(name).islower() \
            or words[-1].lower() not in _COMPANY_NOUNS:
        return None
    # a person's name and surname ("Trump" after "Ivanka Trump"), from names of two words or more (the tagger
    # takes a company for a person now and then: "Twitter")
    people = {p for p in persons if " " in p} | {p.split()[-1] for p in persons if " " in p}
    for offset, full in reversed(named):
        if offset >= start:
            continue
        if start - offset > _COMPANY_REACH:
            return None
        full = re.sub(r"['’]s?$", "", full)  # "Exxon Mobil's"
        if without_article(full)[:1].isupper() and full.lower() not in people and not is_outlet_name(full) \
                and not _AGENCY.search(full) and not _GROUP.search(full) and not _NOT_COMPANY.search(full) \
                and full.replace(".", "") not in lex.AGENCY_ACRONYMS:
            between = text[offset + len(full):start]
            if re.search(rf"\b(?i:a|an)\s+(?:[\w-]+\s+){{0,3}}{words[-1]}\b", between):
                return None  # "an investment in Nabisco’s parent company": the noun went to another company
            return full
    return None


_COMPANY_NOUNS = frozenset("company firm corporation".split())
_COMPANY_REACH = 1500  # characters: a few paragraphs
_NOT_COMPANY = re.compile(r"\b(?:Party|Congress|Senate|House|Court|University|College|Government|Ministry|Campaign|"
                          r"Committee|Council|Army|Navy|Police|School|Church|Union|Nations|Assembly|Parliament|"
                          r"Republicans?|Democrats?|GOP|DNC|RNC|NATO|EU|Pentagon|Kremlin|State|States|City|County|"
                          r"Reserve|(?i:administration|campaign|team))\b")


def _polices_named(doc, text: str) -> list[tuple[int, str]]:
    """Where the text puts a place before the word "police" ("Tulsa police", "Charlotte-Mecklenburg police chief"),
    each as (where, "Tulsa police"), outside title-case headlines."""
    places = []
    for t in doc:
        if t.lower_ != "police" or title_case_line(text, t.idx):
            continue
        j = t.i
        while j > 0 and (doc[j - 1].pos_ == "PROPN" or doc[j - 1].text == "-" and j > 1 and doc[j - 2].pos_ == "PROPN"):
            j -= 1
        if j < t.i and any(x.ent_type_ in ("GPE", "ORG", "LOC", "FAC") for x in doc[j:t.i]):
            places.append((doc[j].idx, f"{doc[j:t.i].text} police"))
    return places


def _whose_police(start: int, polices: list[tuple[int, str]]) -> str | None:
    """Whose "police" a bare "police" or "the police" source at ``start`` is: the place put before the word nearest
    before it, else first after it."""
    before = [name for where, name in polices if where < start]
    after = [name for where, name in polices if where >= start]
    return before[-1] if before else after[0] if after else None


def _spelled_out(name: str, text: str, named: list[tuple[int, str]]) -> str | None:
    """The name an acronym stands for, where the document writes it out ("AROS" -> "Alliance to Reclaim Our
    Schools", "The S.E.C." -> "Securities and Exchange Commission"): the words right before "(AROS)", else the
    first name the document gives whose capitalised words begin with its letters, in order."""
    short = without_article(name).replace(".", "")
    if not 2 <= len(short) <= 6 or not short.isalpha() or not short.isupper():
        return None
    for m in re.finditer(r"\(\s*" + re.escape(without_article(name)) + r"\s*\)", text):
        before = max(0, m.start() - 120)  # the words the acronym follows, within a long name's reach
        words = list(re.finditer(r"[A-Za-z][\w’'-]*", text[before:m.start()]))
        for k in range(len(words) - 1, -1, -1):
            if _initials([w.group() for w in words[k:]]) == short and words[k].group()[0].isupper():
                return text[before + words[k].start():m.start()].strip()
    for _, full in named:
        words = re.findall(r"[A-Za-z][\w’'-]*", full)
        while words and (not words[0][0].isupper() or words[0] in ("The", "A", "An")):
            words.pop(0)  # "the event organizer Alliance to Reclaim Our Schools", "The federal Securities and ..."
        if len(words) >= len(short) and _initials(words) == short and any(ch.islower() for ch in words[0]):
            return full[full.index(words[0]):]
    for _, full in named:  # the name it opens: "The U.N." in "the United Nations Security Council"
        words = list(re.finditer(r"[A-Za-z][\w’'-]*", full))
        while words and (not words[0].group()[0].isupper() or words[0].group() in ("The", "A", "An")):
            words.pop(0)
        capitals = [w for w in words if w.group()[0].isupper()]
        if len(capitals) > len(short) and _initials([w.group() for w in capitals[:len(short)]]) == short \
                and any(ch.islower() for ch in capitals[0].group()):
            return full[capitals[0].start():capitals[len(short) - 1].end()]
    return None


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[0].isupper())


def _outlet_before(name: str, start: int, named: list[tuple[int, str]]) -> str | None:
    """The nearest earlier outlet of the lexicon, of the kind the noun says, that "the newspaper" or "the network"
    stands for ("the network" after CNN, not after The New York Times), or one a longer name holds ("the paper"
    after "the nationalist Global Times tabloid")."""
    kind = _outlet_noun(name)
    return next((outlet for offset, full in reversed(named) if offset < start
                 for outlet in (full, *outlets_inside(full))
                 if is_outlet_name(outlet) and kind.search(without_article(outlet))), None)


def _outlet_noun(name: str):
    """The pattern of outlets "the newspaper" or "the network" can stand for, if ``name`` is one such noun."""
    words = name.split()
    return OUTLET_KINDS.get(words[-1].lower()) if len(words) == 2 and words[0].lower() == "the" else None


def _outlets_named(text: str) -> list[tuple[int, str]]:
    """Where the text names an outlet of the lexicon, mentioned as a source or not ("which RT pointed to")."""
    return [(m.start(), m.group()) for m in OUTLET_RE.finditer(text)]


def _wire_name(text: str, name: str) -> str | None:
    """The longest name of a wire service that the document uses, "The" included where it has one."""
    for form in wire_forms(name):
        m = re.search(r"\b(?:[Tt]he\s+)?" + re.escape(form) + r"\b", text)
        if m:
            return m.group()
    return None
