"""Who the source of an attribution is: kind, fullest name, role, and the stated reason for anonymity.

Works on the candidates the attribution extractor found (spans from the parse) and fills their
``kind`` (one of ``schema.SOURCE_KINDS``), ``name``, ``role`` and ``reason``; names come from the document's
people (``attribution_people``), pronouns and definite titles are resolved in ``attribution_pronouns``,
organisations and documents are named in ``attribution_orgs`` and ``attribution_documents``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from newsprov.extract import attribution_lexicon as lex
from newsprov.extract.attribution_gender import (
    PRONOUN_GENDER, Genders, is_census_given_name, is_given_name, may_be_given_name, surname_honorifics)
from newsprov.extract.attribution_documents import name_documents
from newsprov.extract.attribution_orgs import link_organisation_names
from newsprov.extract.attribution_people import (
    Span, appositive, bare, before_spaced_dash, body_name, clean_name, fullest, inside, legal_form_end, name_phrase,
    occupation_of, occupations, person_ents, person_index, person_key, person_mentions, shared_surnames, spaced_dash,
    title_case_line, without_occupation,
)
from newsprov.extract.attribution_pronouns import (
    kin_owner, possessive_pronoun, resolve_pronouns, up_to_head, verb_number,
)
from newsprov.extract.outlets import is_outlet_name
from newsprov.extract.outlets import without_article


@dataclass(slots=True)
class Candidate:
    """An attribution being built: spans from the parse first, then who the source is."""

    cue: Span
    source: Span | None
    content: Span | None
    direct: bool
    source_head: object | None = None  # spaCy Token
    verb: object | None = None  # spaCy Token
    confidence: float = 0.8
    kind: str | None = None
    name: str | None = None
    role: str | None = None
    reason: tuple[str, int, int] | None = None
    extra: dict = field(default_factory=dict)

    @property
    def described_end(self) -> int:
        """Where what the text says of the source ends: the source's end, or that of a relative clause cut from it
        ("said Harvey, who acknowledged Trump was his fourth choice"), which still tells who the source is and
        may give the reason it is not named."""
        return max(self.source[1], self.extra.get("aside_end", 0))


# plural words for one body: "Police said" (a police department); other unnamed organisations in the plural
# ("Business groups", "Many colleges") are a group, as no one organisation speaks, and so are "authorities" (officials)
_BODIES_IN_PLURAL = frozenset(("police",))


def classify(doc, text: str, cands: list[Candidate], asides: list[Span] = (), quoted: list[Span] = (),
             writer: tuple[str, str | None] | None = None) -> None:
    """Fill kind, name, role and anonymity reason of each candidate (in place; may drop some).

    ``asides`` are spans outside the article's running text (captions, bylines, boilerplate): a person named
    there ("Spc. Jane Doe/Army") is no antecedent for "he" or "the minister" in the body; nor is a person named
    inside a quotation (``quoted``, sorted) for a pronoun outside one ('"Did Hillary help her?" He offered no
    proof'). ``writer`` is the byline's one author (name, title), the "I" outside quotations where the closing
    line names no writer."""
    _LAST_DOC[0] = _DocEnts(doc)  # (read afresh for each document: a caller may have set its entities since)
    honorifics = surname_honorifics(text)
    ents = person_ents(doc, honorifics)
    persons = person_index(doc, text, ents, quoted, honorifics)
    mentions = person_mentions(doc, persons, ents)
    genders = Genders(doc, honorifics, mentions, lambda e: fullest(e, persons)[0], shared_surnames(persons))
    quote_starts = [q[0] for q in quoted]
    for c in cands:
        span = doc.char_span(c.source[0], c.source[1], alignment_mode="expand")
        c.kind, c.name, c.role = _kind(doc, text, span, persons, genders, (quoted, quote_starts))
        if c.kind == "named_person" and _no_person(span, persons):
            # "The Advocate", "the Census", "The Brujas": "the" and one proper noun, which no person of the
            # document is named by (but "the Donald" is Donald Trump)
            c.kind = "group" if span[1].tag_ == "NNPS" else "organisation"
            c.name, c.role = "The " + span[1].text, None
        elif c.kind == "named_person" and _person_noun_named(span, persons):
            # "Aides said", "Politicos call": people's noun the tagger took for a name (a headline's "Lawmaker
            # urges ..." stays, for the person the article names next)
            c.kind, c.name, c.role = "group", None, None
        elif c.kind == "named_person" and c.name and _common_word_named(text, c.name, span):
            # "Pandemic has exposed ...", "Bankruptcy ... look": a capitalised word the document also writes in
            # lower case, that names no one (an "it" goes on with a product's name: "Docker will thank")
            c.kind = "organisation" if _pronoun_votes(span.root)[True] else "group"
            c.name, c.role = (span.root.text if c.kind == "organisation" else None), None
        if c.kind == "organisation" and _scoop(c.verb) and _plain_name(span):
            # "The Tennessean first reported": a name that breaks news is an outlet's (not "Acme Corp.", "The FBI")
            c.kind = "outlet"
        if c.kind == "joined":
            c.kind, c.extra["joined"] = "group", True  # its people are its members, not what it is said to be
        if c.kind == "candidate_plural":
            c.extra["modifier"] = _modifier(span)
    resolve_pronouns(doc, text, cands, persons, mentions, genders, asides, quoted, writer)
    for c in cands:
        # a transcript's "JOEL BENENSON:", which the tagger took for a common noun (after the pronouns: a "he" in
        # the turn a label opens is someone else)
        if c.extra.get("label") and c.kind in ("group", "anonymous") \
                and _CAPS_NAME.fullmatch(label := text[c.source[0]:c.source[1]]):
            c.kind, c.name = "named_person", label
    _link_described_speakers(text, cands)
    _link_lede_speaker(text, cands)
    _link_anonymous_names(text, cands)
    _named_as_antecedent(cands, ("anonymous",))  # ("He added" after "A spokesman for the Jupiter Police Department")
    _link_surnames(cands, genders)
    _anonymity(doc, text, cands)
    for c in cands:
        if c.name:
            c.name = clean_name(c.name)
    link_organisation_names(doc, text, cands)
    name_documents(doc, text, cands)
    _named_as_antecedent(cands, ("organisation", "outlet"))  # ("It also called for" after "The Democratic platform")
    _names_in_capitals(cands)
    # a person's role says what the words before a name of theirs say they do ("pollster Frank Luntz", "association
    # executive director Tim Lee"): given only now, as the people index gives no title for "the candidate" or "the
    # pollster" to be looked for by, and matches titles word for word
    found = occupations(doc, text, ents)
    for c in cands:
        if c.kind in ("named_person", "pronoun") and c.name:
            c.role = occupation_of(c.name, c.role, found)


def _scoop(verb) -> bool:
    """Whether a cue verb credits the news to its source: "first reported", "first revealed"."""
    return verb is not None and verb.lemma_.lower() in ("report", "reveal", "disclose") \
        and any(c.lower_ == "first" and c.dep_ == "advmod" for c in verb.children)


def _plain_name(span) -> bool:
    """Whether an organisation's source names it with no organisation's word ("Committee", "campaign"), no company's
    legal form ("Corp."), no agency's acronym ("FBI") and no place (a paper may be named as a people is: "The
    Tennessean")."""
    return not any(t.lower_ in lex.ORGANISATION_HEADS or t.lower_.replace(".", "") in lex.LEGAL_FORMS
                   or t.text in lex.AGENCY_ACRONYMS or t.ent_type_ in ("GPE", "LOC") for t in span)


def _named_as_antecedent(cands: list[Candidate], kinds: tuple[str, ...]) -> None:
    """A pronoun that stands for an earlier source of one of ``kinds`` takes the name that source has since been
    given, so that both count as one source."""
    for c in cands:
        ant = c.extra.get("antecedent")
        if c.kind == "pronoun" and ant is not None and ant.kind in kinds and ant.name:
            c.name = ant.name


# a name written in capitals, one to three words: a transcript's speaker label ("JOEL BENENSON", "O'NEILL")
_CAPS_NAME = re.compile(r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}")


def _names_in_capitals(cands: list[Candidate]) -> None:
    """A person's name the article writes only in capitals (a transcript's speaker labels "JOEL BENENSON:" and
    "BENENSON:", an all-caps headline's "DONALD TRUMP") is written as a name is ("Joel Benenson"), and a surname
    alone as the full name a label gave it before ("BENENSON" -> Joel Benenson), so analytics count one person."""
    full: dict[str, str] = {}  # surname -> the longest name written in capitals before
    for c in sorted(cands, key=lambda x: x.cue[0]):
        if c.kind not in ("named_person", "pronoun") or not c.name or not _CAPS_NAME.fullmatch(c.name) \
                or any(len(w) < 4 or "." in w for w in c.name.split()) \
                or (" " not in c.name and not c.extra.get("label") and c.name.lower() not in full):
            continue  # not an acronym ("CNS", "U.S."), nor a lone word in capitals that is no label ("NETWORK")
        name = " ".join(name_case(w) for w in c.name.split())
        surname = name.split()[-1].lower()
        if len(name.split()) > 1 and len(name) > len(full.get(surname, "")):
            full[surname] = name
        c.name = full.get(surname, name) if len(name.split()) == 1 else name


def name_case(word: str) -> str:
    """A word of a name out of capitals: "BENENSON" -> Benenson, "MCCAIN" -> McCain, "O'NEILL" -> O'Neill,
    "ABU-LABAN" -> Abu-Laban."""
    word = "-".join(part.capitalize() for part in word.split("-"))
    word = re.sub(r"^Mc([a-z])", lambda m: "Mc" + m[1].upper(), word)
    return re.sub(r"^([OD]['’])([a-z])", lambda m: m[1] + m[2].upper(), word)


def _kind(doc, text: str, span, persons, genders: Genders,
          quoted: tuple[list[Span], list[int]]) -> tuple[str, str | None, str | None]:
    """(kind, name, role) of a source span; ``quoted``: the document's quotations and their starts."""
    head = span.root
    if head.i != span[-1].i and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span):
        head = span[-1]  # a bare name the parser split ("Ben Carson Defends ...": 'Ben' its root)
    low = head.lower_
    raw = span.text  # spaCy joins it at each access
    stext = raw.lower()
    pobj = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None)
    # (a quantifier the tagger took for a name as its sentence's first word: "Plenty of companies")
    quantifier = low in lex.QUANTIFIERS and (head.pos_ in ("PRON", "DET", "ADJ", "NOUN")
                                             or (pobj is not None and head.is_title))
    if (quantifier or (head.pos_ == "NUM" and pobj)) \
            and not any(c.dep_ == "appos" for c in head.children):
        if low == "one" and pobj is not None and _people(pobj) and not any(c.dep_ == "conj" for c in head.children):
            # "One of his senior aides": one person the article does not name (not "one or more of its members")
            return "anonymous", doc[span.start:pobj.i + 1].text, None
        # "some of her followers", "All of the GOP candidates", "two of the three members", "both": part of a
        # population, named by its words (but "one of the family's attorneys, Justin Bamberg" is Justin Bamberg)
        return "group", doc[span.start:(pobj or head).i + 1].text, None
    if head.pos_ == "PROPN" and head.lower_.endswith("s") and any(
            c.dep_ in ("amod", "det") and c.lower_ in lex.QUANTIFIERS and c.i < head.i for c in head.children) \
            and not any(c.dep_ == "conj" for c in head.children):
        # "many Latinos", "several senior Democrats": people counted, whatever the tagger made of them
        return "group", doc[span.start:head.i + 1].text, None
    if head.tag_ == "NN" and head.lemma_.lower() in _AMOUNTS and pobj is not None and pobj.i < span.end \
            and lex.is_document_word(pobj):
        return "organisation", None, None  # "A growing body of research", "a series of polls": documents, unnamed
    if head.tag_ == "NN" and head.lemma_.lower() in _COLLECTIVES and pobj is not None and pobj.i < span.end \
            and pobj.tag_ in ("NNS", "NNPS") \
            and (pobj.pos_ == "PROPN" or _party_to(pobj) or pobj.lemma_.lower() in _ONE_PERSON) \
            and pobj.lemma_.lower() not in lex.ORGANISATION_HEADS \
            and not any(d.dep_ == "det" and d.lower_ == "the" for d in head.children):
        # "A group of doctors", "A number of other members of Congress", "an unusual coalition of leaders": the
        # people it gathers, not an organisation (but "a coalition of civil rights groups" is one, and "the number
        # of people collecting Social Security" a figure)
        return "group", doc[span.start:pobj.i + 1].text, None
    if _AGED.match(stext):
        # "the 46-year-old said": the person named before, resolved like "the senator"; "a 21-year-old" is someone
        # the article does not name, one unnamed individual
        return ("definite_title" if span[0].lower_ in ("the", "this") else "anonymous"), None, None
    if stext.split()[:1] in (["the"], ["this"]) and _AGED.match(" ".join(stext.split()[:2])) and head.tag_ == "NN" \
            and lex.listed(head, _ONE_PERSON):
        return "definite_title", None, None  # and so is "the 34-year-old mother of three": an age opens it
    if low in ("those", "these") and any(head.i < c.i < span.end and c.dep_ in ("relcl", "acl", "prep", "amod")
                                          for c in head.children):
        return "group", raw, None  # "those who back her opponents", "those surveyed": the people it describes
    joined = _joined(span, head, quoted)
    if joined is not None:
        # two sources joined as one ("Mr. Grassley and Mr. Leahy", "Clinton and the State Department", "She and her
        # defenders"): a group, named by its words, not the first of them alone; people named each by their fullest
        # name, without what the article says of them ("Marissa Halpert, a front end engineer ..., and Rick Terrill,
        # leading ..." is "Marissa Halpert and Rick Terrill")
        members = [head, *(c for c in head.conjuncts if head.i < c.i <= joined.i)]
        if all(m.pos_ == "PROPN" and m.ent_type_ == "PERSON" for m in members):
            names = [fullest(_without_plural_title(name_phrase(m)), persons, genders=genders)[0] for m in members]
            return "joined", ", ".join(names[:-1]) + " and " + names[-1], None
        return "joined", doc[span.start:joined.right_edge.i + 1].text, None
    if low in _SOMEONE and not any(c.pos_ == "PROPN" for c in head.children):
        # "someone at the meeting said", "another said": one person, unnamed (but "Another, Pelco, announced")
        return "anonymous", raw, None
    if low in _EVERYONE:
        return "group", raw, None  # "Not everyone agrees", "nobody believes": people, none of them one
    if head.pos_ == "PRON" or low in lex.PRONOUN_NUMBER:
        return "pronoun", None, None
    if head.tag_ == "NNPS" and (len(span) == 1 or span[0].lower_ == "the" and len(span) == 2) \
            and low.endswith("s") and person_key(head.text[:-1]) in persons:
        # a family: "The Clintons", "the Trumps", a headline's "Khans:" (one name for all)
        return "group", "The " + head.text, None
    if _person_of_body(head):
        # "Meenakshi Ganguly of Human Rights Watch", which the tagger took whole for an organisation
        name, role = fullest(name_phrase(head), persons, genders=genders)
        return "named_person", name, role
    if low in lex.PLATFORMS:
        return "organisation", raw, None  # "Twitter acknowledged"
    if is_outlet_name(raw) and not (len(bare(span)) == 1 and _person_not_outlet(head, persons)):
        return "outlet", raw, None  # (not "Bloomberg said" where the article is about Michael R. Bloomberg)
    ents = _ents_in(span)
    if _country(raw, persons):
        return "organisation", raw, None  # "North Korea said", whatever the tagger made of it
    if head.lemma_.lower() in lex.OUTLET_HEADS or (low == "media" and _national_media(head)):
        return "outlet", _org_name(span, head, ents), None  # "Six Gannett newspapers in New Jersey, including .."
    if head.pos_ == "PROPN" and appositive(head, lex.OUTLET_HEADS):
        return "outlet", _org_name(span, head, ents), None  # "the Independent, a British newspaper,"
    for ent in ents:
        # an outlet that speaks ("CNN", "a CNN tally", "Fox News's reporting": the tagger took the possessive in),
        # not one named in an aside ("sources who spoke to Fox News") nor the employer of a named person ("MSNBC
        # host Chris Matthews"); also where the tagger took it for a person no one in the document is ("Xinhua, the
        # official Chinese news agency,"), nor a person's surname (below)
        ent = bare(ent)
        if (ent.label_ == "ORG" or (ent.label_ == "PERSON" and ent.start <= head.i < ent.end)) \
                and is_outlet_name(ent.text) \
                and not ((ent.label_ == "PERSON" or len(ent) == 1) and _person_not_outlet(ent[-1], persons)) and (
                ent.start <= head.i < ent.end
                or (head.ent_type_ != "PERSON" and not _named_after(head) and not _links(ent.root, head) & _ASIDE_DEPS
                    and not (head.tag_ == "NNS" and not lex.is_document_word(head))  # "Readers of TheBlaze"
                    and not any(e.label_ == "PERSON" and _links(e.root, head) <= {"appos", "compound"}
                                for e in ents)
                    and not _of_outlet(span, head, ents))):
            return "outlet", ent.text, None
    company = _company_of(doc, head, persons)
    if company is not None:
        # "Kellogg said" beside "Kellogg Co.", "Peabody" beside "Peabody Energy", whatever the tagger made of it
        return ("outlet" if is_outlet_name(company) else "organisation"), company, None
    plural = head.tag_ in ("NNS", "NNPS")
    role_head = head.lemma_.lower() in lex.ANONYMOUS_HEADS
    person = None
    # the person the head is first ("Clinton campaign spokesman Brian Fallon" is Brian Fallon)
    # (of two it names, the nearer in the parse: "His wife, longtime Hillary Clinton aide Huma Abedin" is Abedin)
    # (a name without what the tagger ran on to past a spaced dash: "Deborah Jordan Reynolds - Santilli's girlfriend")
    # (without an occupation the tagger took in: "dietitian Trista" is "Trista Best")
    named = [without_occupation(before_spaced_dash(e)) if e.label_ == "PERSON" else e for e in ents]
    for ent in sorted(named, key=lambda e: (not e.start <= head.i < e.end, not _names(e, head), _hops(e.root, head))):
        if _speaks_for(ent, head, role_head) and not (ent.label_ == "PERSON" and body_name(ent)) \
                and not _country(ent.text, persons):
            person = ent
            break
    if person is None and head.pos_ == "NOUN" and head.tag_ == "NN":
        person = _trailing_name(span, head, ents)
    if person is not None and head.lemma_.lower() in lex.ORGANISATION_HEADS and not person.start <= head.i < person.end:
        # "The Clinton campaign", "Trump's campaign": not the person
        return "organisation", _org_name(span, head, ents), None
    if person is not None and head.lemma_.lower() == "family" and not person.start <= head.i < person.end:
        return "group", doc[span.start:head.i + 1].text, None  # "The Underwood family": its people, named so
    if person is not None and head.lemma_.lower() in _SURVEYS and len(bare(person)) == 1 \
            and _links(person.root, head) <= {"compound"} \
            and not _named_in_full(person.root.text, persons):
        # "the Lundberg survey", "a Rasmussen poll": a pollster's, whom the document names no person by in full
        # (but "a Trump tweet" is Donald Trump's)
        return "organisation", doc[person.start:head.i + 1].text, None
    if person is not None:
        if plural and head.ent_type_ != "PERSON":
            # a group named by the member it names ("officials, including Mike Pompeo", "Two objectors, Lawrence
            # Joyce and ..."), else by its own words (below): "Clinton campaign officials", "Cruz's lawyers" are
            # not the person they belong to, whom analytics would count as the speaker
            if not _names(person, head) or _links(person.root, head) <= {"compound"} \
                    or person.root.dep_ == "conj" or any(c.dep_ == "conj" for c in person.root.children):
                return "group", None, None  # (nor one of several members: "Two objectors, Joyce and Graham")
            name, role = fullest(person, persons, genders=genders)
            return "group", name, role
        name, role = fullest(person, persons, genders=genders)
        return "named_person", name, role
    if head.text[:1].isupper() and person_key(head.text) in persons \
            and head.lemma_.lower() not in lex.ORGANISATION_HEADS:
        # a capitalised word the document names a person by elsewhere ("Trump" after "Donald Trump"), whatever
        # the tagger made of this mention (an ORG, a plural "Sanders", a verb in a title-case headline)
        name, role = fullest(name_phrase(head), persons, genders=genders)
        return "named_person", name, role
    if plural:
        if low in lex.ALWAYS_ANONYMOUS_PLURALS or _sounds_anonymous(stext):
            return "anonymous", None, None
        if head.lemma_.lower() in lex.ANONYMOUS_HEADS:
            return "candidate_plural", None, None
        if lex.is_document_word(head) and not _noted_figures(head):
            return "organisation", None, None  # "New data showed", "records show", "the polls found"
        if head.lower_ in _BODIES_IN_PLURAL:
            return "organisation", _org_name(span, head, ents), None  # "Police said"
        if head.pos_ == "PROPN" and head.ent_type_ == "ORG" and not title_case_line(text, head.idx):
            return "organisation", _org_name(span, head, ents), None  # "U.S. Citizenship and Immigration Services"
        if head.pos_ == "PROPN" and len(name_phrase(head)) == 1 and _it_name(head, persons):
            return "organisation", head.text, None  # "Parallels offers ...", tagged a plural (below)
        return "group", None, None
    if head.lemma_.lower() in lex.ANONYMOUS_HEADS and head.pos_ == "NOUN":
        # "a spokesman", "one official", "her spokesman": one person the article does not name; "the spokesman"
        # may be one it named with that noun ("Clinton spokesman Brian Fallon"), looked for with the pronouns
        definite = head.tag_ == "NN" and span[0].lower_ in ("the", "this")
        return ("definite_noun" if definite else "anonymous"), None, None
    if head.ent_type_ == "NORP" and any(c.lower_ in ("a", "an", "one", "another") for c in head.children):
        # "one kind-hearted Canadian", "one senior Democrat": one person the article does not name (and "one
        # Democrat familiar with the discussion" an anonymous source)
        return "anonymous", None, None
    if head.lower_ in lex.LONE_TITLES and head.text[:1].isupper() and head.ent_type_ != "PERSON" \
            and person_key(head.text) not in persons \
            and not any(c.dep_ == "appos" or (c.dep_ in ("compound", "flat") and c.lower_ not in lex.TITLE_WORDS
                                               and c.ent_type_ != "ORG") for c in head.children):
        # "the President did not know", a headline's "Senator from Texas says", "The Prime Minister said", "The
        # PAHO Director": whoever the article gave the title (not a name: "Minister Smith")
        return "lone_title", None, None
    if head.lower_ in lex.PARTISANS and head.tag_ in ("NN", "NNP"):
        # "the Florida Republican would only say": one person the article named, not an organisation; the party is
        # no title to look for (it took Mitch McConnell, a "Republican Majority Leader", for the Wisconsin
        # Republican); "one Latino conservative": one it does not name
        if span[0].lower_ in ("the", "this"):
            # (not one a clause introduces: "The lifelong Republican who wrote the speech says")
            introduced = any(c.dep_ in ("relcl", "acl") for c in head.children)
            return ("anonymous" if introduced else "definite_partisan"), None, None
        if any(c.lower_ in ("one", "another") for c in head.children):
            return "anonymous", None, None  # (not "a conservative", often anyone: "why a conservative should")
    if len(span) == 2 and span[0].text == "the" and head.tag_ == "NNP" and head.ent_type_ == "NORP" \
            and head.lower_.endswith(("an", "er")):
        # "the Texan said": one person, named by where they are from; not "The Swiss", nor a paper named so
        # ("The Tennessean first reported", with its capital "The")
        return "definite_partisan", None, None
    if head.pos_ == "PROPN" and appositive(head, lex.ORGANISATION_HEADS):
        return "organisation", _org_name(span, head, ents), None  # "Working America, a labor-affiliated group"
    if head.pos_ == "PROPN" and (appositive(head, lex.PERSON_NOUNS) or _staff_name(head) or _after_person_noun(head)):
        # "Rosette Pambakian, a spokeswoman", "The New Republic's Jeet Heer", "registered dietitian Trista Best",
        # whatever the tagger made of them
        name, role = fullest(name_phrase(head), persons, genders=genders)
        return "named_person", name, role
    if head.pos_ == "PROPN" and head.ent_type_ == "ORG" and len(name_phrase(head)) == 1 \
            and (full := _surname_named(head)) is not None:
        # a surname the tagger took for an organisation, that "he" or "she" goes on with ("Symms said he has been
        # impressed" after "Concord resident Whit Symms"): the full name
        return "named_person", full, None
    if head.ent_type_ in ("ORG", "GPE", "NORP") or head.lemma_.lower() in lex.ORGANISATION_HEADS:
        return "organisation", _org_name(span, head, ents), None
    if head.pos_ == "PROPN" and head.lower_ in lex.DOCUMENT_HEADS:
        phrase = name_phrase(head)  # "a national Gallup Poll", a title-case headline's "Poll finds ..."
        named = len(phrase) > 1 and not title_case_line(text, head.idx)  # not a headline's "New Poll Shows ..."
        return "organisation", phrase.text if named else None, None
    # a proper noun in lower case is a common noun the tagger slipped on ("the billionaire business mogul")
    noun = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.is_lower)
    appos = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.text[:1].isupper()
                  and head.i < c.i < span.end and c.ent_type_ not in ("GPE", "NORP", "LOC", "FAC")), None)
    if head.pos_ == "PROPN" and not noun and appos is not None and appos.ent_type_ == "PERSON" \
            and lex.title_word(head.text) in _ONE_PERSON:
        # "The Minister for Health, Stephen Donnelly,": the person a capitalised title before a comma names
        name, role = fullest(name_phrase(appos), persons, genders=genders)
        return "named_person", name, role
    if head.pos_ == "PROPN" and not noun:
        phrase = name_phrase(head)
        if len(phrase) == 1 and _it_name(head, persons):
            return "organisation", head.text, None
        cut_short = _org_cut_short(phrase, ents)
        if (len(phrase) == 1 or cut_short or _of_place_party_or_person(phrase)) and _describes_one(head.lower_):
            # a capitalised noun that describes someone, no one's name here ("Judge rejects ...", "Retired General
            # Reveals ...", "Former White House Doctor Says ..."): the one the article named ("the Judge"), or gives
            # it before or after ("Retired General" before "Gen. Norman Ham"), else one person it does not name
            if head.dep_ == "nsubj" and verb_number(head.head) == "pl":
                return "group", None, None  # a plural its verb agrees with: "Analyst estimate the value ..."
            return ("definite_title" if span[0].lower_ in ("the", "this") else "lone_title"), None, None
        if head.ent_type_ in ("LOC", "FAC") or cut_short:
            # a place ("The East Coast has seen"), or a body whose name the tagger ended a word short ("The
            # California Independent System Operator", its ORG ending at "System"): no person
            return "organisation", _org_name(span, head, ents), None
        name, role = fullest(phrase, persons, genders=genders)
        return "named_person", name, role
    if noun and appos is not None and head.lemma_.lower() in _ONE_PERSON:
        # "The French minister of environment and energy, Ségolène Royal,": the person the appositive names, where
        # the tagger saw no person in it (a page's garbled accents)
        name, role = fullest(name_phrase(appos), persons, genders=genders)
        return "named_person", name, role
    if _sounds_anonymous(stext):
        return "anonymous", None, None
    # "the senator", but not "The British Labour Party's chancellor of the Exchequer", whose "the" is its owner's: a
    # title of a body, held by no one the article named before (an epithet with an owner stays definite: "the
    # party's nominee" is the article's subject)
    definite = span[0].lower_ in ("the", "this") and not (
        head.lemma_.lower() in lex.TITLE_WORDS and any(c.dep_ == "poss" for c in head.children))
    common = head.tag_ == "NN" or (head.tag_ == "NNP" and head.is_lower)  # (a lower-case "chancellor" NNP)
    if noun and (head.lemma_.lower() in lex.TITLE_WORDS or (lex.listed(head, lex.EPITHETS) and common)
                 or _first_lady(head)) and definite:
        return "definite_title", None, None  # "the senator": a person named earlier (resolved like "he")
    kin = kin_owner(head) is not None  # "Trump's wife", "his mother", "the ex-wife of Alan Grayson"
    if noun and common and (lex.listed(head, _ONE_PERSON) or _head_of(head)) and not any(
            c.dep_ == "conj" or (c.dep_ == "appos" and c.pos_ != "NUM")  # (an age is no second person: ", 34,")
            or c.lower_ in _NOT_ONE for c in head.children):
        # one person the article does not name ("a voter", "a federal judge handling the lawsuit", "the TV
        # interviewer", "his childhood friend"): an unnamed individual, whether or not the article says why; not
        # "the candidate and her staff", "each candidate"; a definite one may be a person the article gave that
        # noun ("the host" after "MSNBC host Joe Scarborough"), looked for with the pronouns, and so may a family
        # tie ("Trump's wife", "his mother" after "His wife, Melania Trump,"); a pronoun's other noun is not looked
        # for ("His lawyer" after "Mills ... represent Clinton as her lawyer" is another man's)
        return ("definite_noun" if definite or kin else "anonymous"), None, None
    if noun and head.tag_ == "NN" and head.lemma_.lower() in _SAID_OR_MADE and possessive_pronoun(head) is not None:
        return "pronoun", None, None  # "his response", "his biography": its owner speaks, named as "he" is
    if noun and head.tag_ == "NN" and head.lemma_.lower() in _SAID_OR_MADE \
            and not any(c.dep_ == "compound" for c in head.children) \
            and (owner := next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)) \
            and person_key(owner.text) in persons:
        # "according to Farley's account", the tagger having made "Farley's" an organisation: its owner speaks (not
        # "Trump's official campaign account", the campaign's)
        name, role = fullest(name_phrase(owner), persons, genders=genders)
        return "named_person", name, role
    if noun and head.tag_ == "NN" and head.lemma_.lower() in _COLLECTIVES and span[0].lower_ in ("a", "an") \
            and head.dep_ == "nsubj" and verb_number(head.head) == "pl" and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        # "A growing number are touting ...": people, as the verb agrees with them (what "a number of" counts is
        # read above: "A number of studies" is no group)
        return "group", None, None
    if noun and (head.lemma_.lower() not in lex.DOCUMENT_HEADS or _average_of_people(head)):
        # a population the article describes ("the crowd", "the audience"), counted with groups, and so is one
        # person whose noun the lexicon above does not know
        return "group", None, None
    if low in lex.QUANTIFIERS or head.pos_ == "NUM":
        return "group", None, None  # "with many calling for ...", "4 in 10 say": part of a population
    return "organisation", None, None


# what a person says, writes or proposes, whose owner speaks through it ("his response", "her plan", "his
# biography"), but not a document or statement of its own (``lex.DOCUMENT_HEADS``), read as one
_SAID_OR_MADE = (lex.CUE_OBJECT_NOUNS | frozenset(
    "response answer reply plan proposal biography profile account advice assumption argument position remark "
    "claim explanation pitch promise pledge".split())) - lex.DOCUMENT_HEADS

# nouns of one person: of people, of occupations (not "model": "the model predicts"), of titles (not the words of a
# title that name no one: "the", "state", "press"), epithets, and "interviewer", "moderator", "narrator", the
# people a broadcast gives a voice
_ONE_PERSON = lex.PERSON_NOUNS | (lex.OCCUPATIONS - {"model"}) | (lex.TITLE_WORDS - frozenset(
    "the of state national security former acting press managing foreign interior treasury homeland defense vice "
    "prime".split())) | lex.EPITHETS | frozenset(
    "guy lady gentleman kid teenager interviewer moderator narrator caller protester demonstrator supporter critic "
    "fan viewer reader listener participant attendee bystander witness parent soldier citizen immigrant refugee "
    "retiree customer patient victim survivor producer user commenter follower beggar gunman stranger politician "
    "hopeful graduate passenger driver motorist shopper tourist visitor traveler traveller homeowner tenant "
    "legend".split())
_NOT_ONE = frozenset("each every either neither no any all".split())
# indefinite pronouns for people: one unnamed person, or people at large (not "he", "they": whom no one stands for)
_SOMEONE = frozenset("someone somebody another".split())
_EVERYONE = frozenset("everyone everybody anyone anybody nobody each".split())
_COLLECTIVES = frozenset("group number handful couple coalition bunch band host dozen pair trio".split())
_AGED = re.compile(r"(?:the|this|an?)\s+(?:[\w-]+-)?year-old$")  # "the 46-year-old", "a 21-year-old"
_ASIDE_DEPS = frozenset(("relcl", "acl", "advcl"))
_NAMING_DEPS = frozenset(("appos", "compound", "conj"))


def _first_lady(head) -> bool:
    """ "the first lady", "The former first lady": a title of two words, whose last is no title alone."""
    return head.lower_ == "lady" and any(c.lower_ == "first" and c.i == head.i - 1 for c in head.children)


def _it_name(head, persons) -> bool:
    """Whether a one-word name is one no person of the document has, that "it" or "its" goes on with, never "he",
    "she" or "his" ("FoodCorp claims that its customers ...", "Parallels offers ..."): a company or a product."""
    if head.ent_type_ in ("PERSON", "NORP") or head.is_upper or person_key(head.text) in persons:
        return False
    votes = _pronoun_votes(head)
    return bool(votes[True]) and not votes[False]


def _surname_named(head) -> str | None:
    """The full name a one-word name is the surname of: the first the document writes it in after a capitalised
    word, where that word is a given name and "he", "she" or "his" goes on with the surname (``_pronoun_votes``:
    "Whit Symms"), or where a noun for a person is set beside the full name ("Colorado's Kendal Unruh, a delegate
    serving on the rules committee")."""
    doc = head.doc
    personal = None  # whether a "he", "she" or "his" goes on with the surname: counted once, where it is asked
    for i in _doc_ents(doc).where(head.text):
        given = doc[i - 1] if i else None
        if given is None or not given.is_title:
            continue
        if appositive(doc[i], _ONE_PERSON):
            return f"{given.text} {head.text}"
        if may_be_given_name(given.text):
            if personal is None:
                personal = _pronoun_votes(head)[False] > 0
            if personal:
                return f"{given.text} {head.text}"
    return None


def _company_of(doc, head, persons) -> str | None:
    """The company a lone capitalised word stands for where the document names one that begins with it and ends
    with a company's word ("Kellogg" and "Kellogg Co.", "Peabody" and "Peabody Energy", "McCaw" and "McCaw Cellular
    Communications Inc."), and names no person by it with a given name; else the word itself where a "which"
    clause follows it. Not "Trump" beside "the Trump Train", nor a people ("The Chinese" beside "the Chinese Air
    Force")."""
    if head.pos_ not in ("PROPN", "NOUN") or not head.text[:1].isupper() or head.ent_type_ in ("NORP", "GPE", "LOC") \
            or head.dep_ in ("compound", "flat") or any(
                (c.dep_ in ("compound", "flat") and c.pos_ == "PROPN")
                or (c.dep_ in ("det", "nummod") and c.lower_ != "the") for c in head.children) \
            or _named_in_full(head.text, persons):
        return None
    found = [name for start, end, name in _doc_ents(doc).companies.get(head.text, ()) if not start <= head.i < end]
    # the shortest: the company itself, not a unit of it ("Orkem S.A.", not "Orkem Coatings U.K. Ltd."), in its
    # longest form ("Poughkeepsie Savings Bank", not "Poughkeepsie Savings")
    found = [n for n in found if not any(o.startswith(n + " ") for o in found)]
    if found:
        return min(found, key=lambda n: (len(n.split()), found.index(n)))
    if all(c.dep_ in ("punct", "relcl", "appos") or (c.dep_ == "det" and c.lower_ == "the") for c in head.children) \
            and head.ent_iob_ != "I" and (head.i + 1 == len(doc) or doc[head.i + 1].ent_iob_ != "I") and any(
            c.dep_ == "relcl" and c.left_edge.lower_ == "which" and doc[c.left_edge.i - 1].text == ","
            for c in head.children):
        # a name a "which" clause follows is a thing's ("Integra, which owns and operates hotels,", "The Louvre,
        # which will display ...", with the "The" the sentence gives it)
        return ("The " if any(c.dep_ == "det" for c in head.children) else "") + head.text
    return None


class _DocEnts:
    """A document's entities, read once (spaCy rebuilds ``doc.ents`` at each access, and ``span.ents`` walks all
    of them): in order with their starts, and the organisation names that end with a company's word by their first
    word, (start, end, name) each."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.ents = list(doc.ents)
        self.starts = [e.start for e in self.ents]
        self.companies: dict[str, list[tuple[int, int, str]]] = {}
        for e in self.ents:
            e = bare(e)
            words = [t for t in e if t.lower_ != "the" and t.text != "-"]  # ("Anheuser-Busch Cos.")
            if len(words) > 1 and words[1].text[:1].isupper() and (
                    (e.label_ == "ORG" and words[-1].lower_.replace(".", "") in _COMPANY_ENDS)
                    or (e.label_ == "PERSON" and legal_form_end(words[-1]))):  # the tagger's "Coinbase Global, Inc."
                self.companies.setdefault(words[0].text, []).append((e.start, e.end, doc[words[0].i:e.end].text))
        self._where: dict[str, list[int]] | None = None

    def where(self, word: str) -> list[int]:
        """The indices of the tokens written ``word`` (the index is built on first use)."""
        if self._where is None:
            self._where = {}
            for tok in self.doc:
                self._where.setdefault(tok.text, []).append(tok.i)
        return self._where.get(word, [])


_LAST_DOC: list[_DocEnts | None] = [None]  # the document classify is reading, until the next one


def _doc_ents(doc) -> _DocEnts:
    if _LAST_DOC[0] is None or _LAST_DOC[0].doc is not doc:
        _LAST_DOC[0] = _DocEnts(doc)
    return _LAST_DOC[0]


def _ents_in(span) -> list:
    """The entities inside ``span``, as ``span.ents`` gives them."""
    index = _doc_ents(span.doc)
    k = bisect.bisect_left(index.starts, span.start)
    out = []
    while k < len(index.ents) and index.ents[k].start < span.end:
        if index.ents[k].end <= span.end:
            out.append(index.ents[k])
        k += 1
    return out


# a pollster's findings, named for it ("the Lundberg survey", "a Rasmussen poll")
_SURVEYS = frozenset("poll survey index study polling".split())

# the last word of a company's name: its legal form, or a word of its trade ("Peabody Energy", "Delta Air Lines")
_COMPANY_ENDS = lex.LEGAL_FORMS | frozenset("""limited group holdings partners partnership bank bancorp savings
airlines lines energy motor motors communications broadcasting electric technologies industries resources coal report
reports news microsystems systems services securities insurance financial pharmaceuticals""".split())


def _hops(tok, head) -> int:
    """How many steps up the parse from ``tok`` to ``head`` (many if ``head`` is not above it)."""
    steps = 0
    while tok.i != head.i and tok.head.i != tok.i:
        tok, steps = tok.head, steps + 1
    return steps if tok.i == head.i else len(tok.doc)


def _links(tok, head) -> set[str]:
    """The dependency labels on the way up from ``tok`` to ``head`` (all of them if ``head`` is not above it)."""
    deps: set[str] = set()
    while tok.i != head.i:
        deps.add(tok.dep_)
        if tok.head.i == tok.i:
            return deps | {"unattached"}
        tok = tok.head
    return deps


def _names(ent, head) -> bool:
    """Whether a person named in a source is the one it names: the head itself, named beside it ("her manager,
    Robby Mook", "campaign manager Robby Mook"), or among those it includes ("officials, including Mike Pompeo")."""
    if ent.start <= head.i < ent.end:
        return True
    links = _links(ent.root, head)
    if links <= _NAMING_DEPS and not (links <= {"compound"} and (
            head.pos_ == "NOUN" or lex.listed(head, lex.PERSON_NOUNS))):
        # but a name that only modifies a common noun or a noun for a person is whom it serves: "a former Clinton
        # pollster", a title-case headline's "Former Clinton Pollster Says"
        return True
    prep = ent.root.head
    if ent.root.dep_ == "appos" and prep.dep_ == "pobj" and prep.head.lower_ == "of" and prep.head.head.i == head.i \
            and not lex.listed(prep, lex.PERSON_NOUNS) and _describes_one(head.lower_):
        # the name after a title's body, which the parser hung on the body: "Chief Executive Officer (Acting) of
        # the Jamaica Special Economic Zone Authority, Gary Scott,"
        return True
    return ent.root.dep_ == "pobj" and prep.lower_ in ("including", "like") and prep.head.i == head.i \
        and links - {"pobj", "prep"} <= _NAMING_DEPS


def _national_media(head) -> bool:
    """Whether "media" is a country's or a state's press ("state news media", "State-run media", "Turkish media
    reported"), not the press at large ("the media", "the news media", counted with groups)."""
    return any(t.ent_type_ in ("NORP", "GPE") or t.lower_ == "state" for t in head.doc[head.left_edge.i:head.i])


def _for_or_against(ent) -> bool:
    """Whether a PERSON entity is a stance on the person, its "pro-" or "anti-" taken in ("Pro-Clinton super PAC
    Priorities USA Action"): not that person."""
    return len(ent) > 2 and ent[0].lower_ in ("pro", "anti") and ent[1].text == "-"


def _speaks_for(ent, head, role_head: bool) -> bool:
    """Whether a PERSON entity in a source is the source. A role ("a longtime adviser to both Clintons", "Obama's
    former campaign strategist") is not the person it serves, only the one it names ("her manager, Robby Mook",
    "campaign manager Robby Mook"); nor is one named in an aside ("Our Principles PAC, which was founded by ...
    Katie Packer"), the possessor of a person ("Clinton's Democratic opponent", "Trump's wife"; but "Trump's
    tweet", "Obama's reaction") or the one a person beside it is of ("the nephew of King Abdullah"), or the object
    of a thing's preposition ("the lack of enthusiasm for Clinton"; but "a report by ...")."""
    if ent.label_ != "PERSON" or ent.text.lower() in lex.PLATFORMS or _for_or_against(ent) \
            or not any(t.text[:1].isupper() for t in ent):
        return False  # (nor a word in lower case the tagger took for a name: "coconut kefir offers")
    if (role_head and not _names(ent, head)) or _serves(ent, head):
        return False
    if not ent.start <= head.i < ent.end and _in_aside(ent.root, head):
        return False
    prep = ent.root.head
    if ent.root.dep_ == "pobj" and prep.lower_ in ("in", "at", "near") and prep.head.i == head.i:
        return False  # where the source is: "The Briar in Douglas say ...", the tagger taking the place for a person
    if ent.root.dep_ == "pobj" and prep.lower_ in ("of", "to", "for") and prep.head.i != head.i \
            and prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in lex.PERSON_NOUNS:
        return False  # whom a person set beside the source is of: "Prince Alwaleed, the nephew of King Abdullah"
    if head.pos_ != "NOUN":
        return True
    lemma = head.lemma_.lower()
    owner = ent.root
    while owner.dep_ in ("compound", "flat") and owner.head.i != owner.i and not any(
            spaced_dash(t) for t in owner.doc[min(owner.i, owner.head.i) + 1:max(owner.i, owner.head.i)]):
        # "Keith" of "Keith Lamont Scott's wife", where the tagger split the name (but not across a spaced dash:
        # "Deborah Jordan Reynolds - Santilli's girlfriend")
        owner = owner.head
    if owner.dep_ == "poss" and owner.head.i == head.i and lemma in lex.PERSON_NOUNS:
        return False
    return role_head or lemma in lex.DOCUMENT_HEADS or not _thing_of(ent, head)


def _in_aside(tok, head) -> bool:
    """Whether ``tok`` is in what a source's words say of it rather than in its name: a relative clause with its
    relative word ("Christie, who has campaigned for Donald Trump"), a participle ("groups encouraging Hillary
    Clinton"). Not an author: "a speech Mrs. Clinton delivered", "a court document filed by Dave Aronberg"."""
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ == "advcl" or (tok.dep_ == "acl" and tok.tag_ != "VBN") or (tok.dep_ == "relcl" and any(
                lex.is_relative_word(c) or c.tag_ == "WRB" for c in tok.children)):
            return True
        tok = tok.head
    return False


def _country(name: str, persons) -> bool:
    """Whether ``name`` is a country the article names no person by ("Jordan" beside "Jim Jordan" is the person)."""
    bare = without_article(name.strip())
    if not bare[:1].isupper() or bare.lower() not in lex.COUNTRIES:
        return False
    return not any(len(full.split()) > 1 for full, _ in persons.get(person_key(bare.split()[-1]), ()))


def _named_after(head) -> bool:
    """Whether a source's proper-noun head is the name of someone an outlet before it employs ("The Huffington
    Post’s Scott Conroy", "Fox News host Sean Hannity"), not a title or a document ("CNN President", "a CNN/ORC
    International Poll")."""
    return head.pos_ == "PROPN" and head.lower_ not in lex.TITLE_WORDS and not lex.is_document_word(head)


def _org_name(span, head, ents) -> str:
    """An organisation's name without what the source says of it after a comma or in a relative clause ("The FBI,
    which does gather official crime statistics"), but whole where it has a comma of its own ("The EP Committee
    on Civil Liberties, Justice and Home Affairs")."""
    end = span.end
    for t in span:
        if t.i > head.i and ((t.text == "," and not _name_goes_on(t)) or t.text == "(" or t.dep_ in _ASIDE_DEPS):
            end = t.left_edge.i if t.dep_ in _ASIDE_DEPS else t.i
            break
    ent = next((e for e in ents if e.start <= head.i < e.end), None)
    if ent is not None:
        end = max(end, ent.end)
    start = _name_start(span, head, ent)
    end = max(end, head.i + 1)
    if span.doc[end - 1].tag_ == "POS":
        end -= 1  # a possessor the source is drawn as, without its "'s" ("The Biden campaign's pledge")
    name = span.doc[start:end].text
    if name.count("(") > name.count(")"):
        name = name[:name.rindex("(")].rstrip()  # an entity that ends inside its parentheses: "Vox Populi (Voice of"
    # with the "the" the source began with, as a name the sentence gave whole keeps it ("The Tax Foundation")
    return f"{span[0].text} {name}" if start > span.start and span[0].lower_ == "the" else name


def _describes_one(word: str) -> bool:
    """Whether a lower-case singular word is a noun for one person ("judge", "lawmaker", "source"; not a title's
    "state" or "press")."""
    return word in _ONE_PERSON or word in lex.ANONYMOUS_HEADS


def _of_place_party_or_person(phrase) -> bool:
    """Whether the words of a name before its last are a place's, a nationality's or a party's, as the tagger
    reads them ("the Conservative MP", "the Texas Senator"), or a person's ("Former Clinton Pollster"): a
    description, no one's name."""
    return all(t.ent_type_ in ("NORP", "GPE") for t in phrase[:-1]) \
        or all(t.ent_type_ == "PERSON" for t in phrase[:-1])


def _org_cut_short(phrase, ents) -> bool:
    """Whether an ORG entity runs over the name ``phrase`` up to, not into, its last word."""
    return len(phrase) > 1 and any(e.label_ == "ORG" and e.end == phrase.end - 1 for e in ents)


def _trailing_name(span, head, ents):
    """The person a title ends with when the parser lost the link ("Clinton's chief pollster and strategist Joel
    Benenson", "strategist" taken for a verb): a PERSON entity that ends the source, after its head with no
    preposition between ("a spokesman for Joel Benenson" is not Benenson)."""
    end = span.end
    while end > span.start and span.doc[end - 1].is_punct:
        end -= 1
    ent = next((e for e in ents if e.label_ == "PERSON" and e.end == end and e.start > head.i), None)
    if ent is None or any(t.pos_ in ("ADP", "VERB", "AUX", "PUNCT") and t.tag_ != "VB"
                          for t in span.doc[head.i + 1:ent.start]):
        return None
    return ent


def _joined(span, head, quoted: tuple[list[Span], list[int]]):
    """The last of the names or noun phrases a source head (a proper noun, a personal pronoun, or an organisation's
    noun) is joined to by "and", "or" or "nor" inside the source ("Carson, Fiorina and Huckabee", "Sanders and his
    supporters", "She and her defenders", "The Clinton campaign and DNC"), if any; not where the parser joined the
    words of one title ("former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell") or a thing
    to a name ("Libertarian nominee Gary Johnson and 1 percent", "China, Pyongyang's only ally and its economic
    lifeline"), nor a title in quotation marks (``quoted``: the document's quotations and their starts)."""
    if not (head.pos_ == "PROPN" or head.lower_ in _JOINING_PRONOUNS
            or (head.tag_ == "NN" and head.lemma_.lower() in lex.ORGANISATION_HEADS)) \
            or lex.title_word(head.text) in lex.TITLE_WORDS:
        return None
    conjuncts = [c for c in head.conjuncts if head.i < c.i < span.end and (c.pos_ == "PROPN" or _party_to(c))
                 and not inside(*quoted, c.idx)]
    # the word after the "and" is one of them: not "China, Pyongyang's only ally and its economic lifeline"
    ccs = [c for t in (head, *head.conjuncts) for c in t.children
           if c.dep_ == "cc" and c.lower_ in ("and", "or", "nor")]
    if not any(min((t for t in head.conjuncts if t.i > cc.i), key=lambda t: t.i, default=None) in conjuncts
               for cc in ccs):
        return None
    return conjuncts[-1] if conjuncts else None


_JOINING_PRONOUNS = frozenset(("he", "she", "i", "we"))


def _without_plural_title(name):
    """A name without the plural title or party the parser made part of it before joined names ("Professors Foner
    and Alba", "Senators Rubio and Cruz", "Democrats Hillary Clinton, Bernie Sanders, and Martin O'Malley")."""
    start = name.start
    while start < name.end - 1:
        word, lemma = name.doc[start], name.doc[start].lemma_.lower()
        if word.tag_ != "NNPS" and lemma not in lex.TITLE_WORDS and lemma not in lex.PARTISANS:
            break
        start += 1
    return name.doc[start:name.end]


def _party_to(noun) -> bool:
    """Whether a common noun joined to a name can speak with it: people or a body ("his supporters", "other labor
    leaders", "her campaign", "his older brother", "others", "tattoo artist Zashay Tastas", the name taken for the
    occupation's object), not a thing ("its economic lifeline", "1 percent")."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in ("other", "others") or lemma in lex.PEOPLE_NOUNS
                                     or lemma in lex.PERSON_NOUNS or lemma in lex.OCCUPATIONS
                                     or lemma in lex.ORGANISATION_HEADS
                                     or lemma in lex.ANONYMOUS_HEADS
                                     or (noun.tag_ == "NNS" and lemma.endswith(lex.AGENT_ENDINGS)))


def _people(noun) -> bool:
    """Whether a plural noun names people ("aides", "the former prosecutors", "four Americans"), not things ("her
    ads") or bodies ("the groups")."""
    lemma = noun.lemma_.lower()
    if noun.tag_ == "NNPS":
        return noun.ent_type_ == "NORP"
    return noun.tag_ == "NNS" and (lemma in lex.PEOPLE_NOUNS or lemma in _ONE_PERSON or lemma in lex.ANONYMOUS_HEADS
                                   or lex.is_agent_noun(lemma))


def _name_start(span, head, ent) -> int:
    """Where an organisation's proper name starts in its source, after the words that only describe it ("the
    nonpartisan Congressional Budget Office", "the conservative-leaning Tax Foundation", "the so-called Islamic
    State"), so that it is counted under one name across articles; the source's start where its head is no
    proper name ("the government in Beijing"), a capitalised word comes before the name, or the name is an acronym
    alone."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper():
        return span.start
    start = ent.start if ent is not None and ent.start > span.start else name_phrase(head).start
    if start == head.i and head.is_upper:
        return span.start  # an acronym alone may be a common noun: "the super PAC"
    lead = span.doc[span.start:start]
    if any(t.is_alpha and t.is_lower and t.lower_ != "the" for t in lead) \
            and all(t.lower_ == "the" or t.is_punct or t.is_lower or not t.is_alpha for t in lead):
        return start
    return span.start


def _staff_name(head) -> bool:
    """A given name and a surname that an organisation or outlet possesses ("Commentary's Noah Rothman"); not a
    company's name with a possessive in it ("Young's Market Co.", "Sotheby's Holdings Inc.")."""
    phrase = name_phrase(head)
    return len(phrase) > 1 and head.tag_ == "NNP" and head.lower_ not in lex.ORGANISATION_HEADS \
        and head.lower_.replace(".", "") not in _COMPANY_ENDS and any(
            c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ != "PERSON" for c in head.children)


def _after_person_noun(head) -> bool:
    """A full name, opening with a given name, right after a person's noun that precedes it as a title does
    ("registered dietitian Trista Best", which the tagger took for an organisation)."""
    phrase = name_phrase(head)
    before = phrase.doc[phrase.start - 1] if phrase.start > 0 else None
    return len(phrase) > 1 and before is not None and before.pos_ == "NOUN" and before.head.i == head.i \
        and before.lemma_.lower() in _ONE_PERSON \
        and may_be_given_name(phrase[0].text)


def _name_goes_on(comma) -> bool:
    """A comma inside a name's list of words ("Committee on Civil Liberties, Justice and Home Affairs")."""
    after = comma.nbor(1) if comma.i + 1 < len(comma.doc) else None
    return after is not None and after.pos_ == "PROPN" and after.dep_ in ("conj", "compound") and after.head.i < comma.i


def _thing_of(ent, head) -> bool:
    """Whether a person is only what the source's noun is about ("the lack of enthusiasm for Clinton", "the
    popularity of Mr. Trump"), not whose it is ("language from Mr. Obama"), one it names ("officials, including Mike
    Pompeo") or one set beside it ("His former business partner at Lenox, Lawrence B. Cummings")."""
    links = _links(ent.root, head)
    if "appos" in links or "unattached" in links:
        return False
    tok = ent.root
    while tok.dep_ == "conj":  # "the yearlong battle between Clinton and Sanders"
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ not in ("including", "like", "as", "from", "by")


def _serves(ent, head) -> bool:
    """A name that only modifies a common noun beside a named head is whom that noun serves: "Griffin, an Obama
    backer" is Griffin."""
    return head.pos_ == "PROPN" and not ent.start <= head.i < ent.end and ent.root.dep_ == "compound" \
        and ent.root.head.pos_ == "NOUN"


# The clause before a reason that says others gave it too: "who, like all respondents, responded anonymously",
# "who like many of the two dozen Democrats interviewed requested anonymity".
_SHARED_REASON = re.compile(r"\blike\s+(?:all|many|most|several|some|other|others|the\s+others?)\b[^.;]*$",
                            re.IGNORECASE)
_SHARES = frozenset("percent % majority minority plurality half third quarter fifth share number most".split())


def is_share(head) -> bool:
    """Whether ``head`` names a share of a population ("72 percent", "8 in 10", "a majority", "two-thirds")."""
    return head.pos_ == "NUM" or head.lemma_.lower() in _SHARES or head.lower_.endswith(("thirds", "fifths"))


def _head_of(noun) -> bool:
    """Whether ``noun`` is "head" heading something ("The deputy head of China's delegation"): one person."""
    return noun.lemma_.lower() == "head" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _average_of_people(head) -> bool:
    """Whether ``head`` is an average of a share of people ("An average of 10 percent of registered voters"), not
    of polls."""
    return head.lemma_.lower() == "average" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and is_share(g) for g in c.children)
        for c in head.children)


def _noted_figures(head) -> bool:
    """Whether ``head`` is figures of note ("centrist figures in the party", "prominent figures"), people, not the
    figures a count gives ("official figures", "the latest figures")."""
    return head.lemma_.lower() == "figure" and any(c.dep_ in ("amod", "compound") and c.lower_ in _NOTED
                                                    for c in head.children)


_NOTED = frozenset("""prominent leading key public political senior centrist conservative liberal progressive moderate
establishment party top influential controversial notable famous respected powerful polarizing popular religious
opposition""".split())


def _share_of(head):
    """The population a share is of, with what is joined to it ("72 percent of Democrats" -> [Democrats], "8 in 10"
    -> [10]), if ``head`` is a share."""
    if not is_share(head):
        return None
    # (or on the fraction a number heads: "two-thirds of caucus attendees", parsed "two" <- "thirds" <- "of")
    prep = next((c for h in (head, *(q for q in head.children if q.dep_ == "quantmod" and q.i > head.i))
                 for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "in") and c.i > head.i), None)
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    return [pobj, *pobj.conjuncts] if pobj is not None else None


def _sounds_anonymous(stext: str) -> bool:
    return any(k in stext for k in ("familiar with", "anonymity", "not authorized", "not authorised",
                                    "not to be named", "not to be identified", "unnamed", "anonymous",
                                    "briefed on", "with knowledge of")) \
        or _CLOSE_TO.search(stext) is not None


# people described by whom they are near, as unnamed sources are: "people close to the vice president", "a source
# close to the campaign" (not "Close to 50 interviews", nor "Republican lawmakers, who are close to ...")
_CLOSE_TO = re.compile(r"\b(?:people|persons?|sources?|someone|one|associates?|friends?|aides?|officials?|advisers?"
                       r"|allies|confidants?|insiders?) close to\b")


def _description_words(text: str, c: Candidate) -> set[str]:
    """The words of a source up to its head, without determiners, numbers and its head ("three intelligence
    sources" -> {"intelligence"})."""
    head = c.source_head.lower_
    return {w for w in up_to_head(text, c).lower().split()[:-1] if w != head and w not in _COUNTING}


_COUNTING = lex.QUANTIFIERS | frozenset("a an the one two three four five six other another more these those this "
                                        "that".split())


def _modifier(span) -> str:
    head = span.root
    return " ".join(t.lower_ for t in span if t.i != head.i and t.dep_ not in ("det", "punct")
                    and t.lower_ not in ("one", "two", "three", "several", "some", "many", "other", "senior"))


_DEFINITE = frozenset(("the", "this", "that"))
# heads an unnamed source goes by whatever the description: never taken for the speaker named just before
_UNNAMED_HEADS = frozenset("official source person insider member employee staffer officer spokesman spokeswoman "
                           "spokesperson investigator".split())


def _link_described_speakers(text: str, cands: list[Candidate]) -> None:
    """A described speaker right after a named one is usually the same person, described again for variety:
    '... Ari Fleischer said .... "Certainly ...," said the former top aide to President George W. Bush', 'David
    Axelrod on Wednesday called on ... "My reaction ...," Obama's former campaign strategist said'. Only a
    description with words beyond its head ("the aide" alone is someone the article introduced as "an aide"), of
    a career rather than an office that speaks for others ("the spokesman", "the official" stay anonymous), on no
    earlier unnamed source of the same head, and no further than the paragraph before; not with a name inside it
    ("the Sanders aide", "Clinton's chief pollster and strategist Joel Benenson"), nor for the named speaker's
    own aide ("Cameron's adviser" after Cameron), nor against the speaker's role ("Pentagon spokesman Jeff Davis
    ... The Pentagon's recent top adviser on the military campaign went further"), nor with a party in it ("the
    Republican nominee" may be any of the candidates); someone's relative ("Bennett's younger sister") is
    someone else."""
    seen_heads: set[str] = set()
    last_named: Candidate | None = None
    for c in sorted(cands, key=lambda x: x.cue[0]):
        head = c.source_head
        if c.kind in ("anonymous", "group") and head is not None and head.pos_ == "NOUN" and head.tag_ == "NN":
            if head.lemma_.lower() not in seen_heads and last_named is not None \
                    and _describes_again(text, c, head, last_named):
                c.kind, c.name, c.role = "named_person", last_named.name, last_named.role
            seen_heads.add(head.lemma_.lower())
        if c.kind == "named_person":
            last_named = c


def _no_person(span, persons) -> bool:
    """Whether a source is "the" and one capitalised proper noun that is no given name and no surname of a person
    the document names in full, and what follows that noun ("The Briar in Douglas say"), but no person set off
    after it ("The Minister for Health, Stephen Donnelly,")."""
    if len(span) < 2 or span.root.i != span.start + 1 or span[0].lower_ != "the" or span[1].pos_ != "PROPN" \
            or not span[1].is_title or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in span.root.children):
        return False
    return not is_given_name(span[1].text) and not _named_in_full(span[1].text, persons)


def _person_noun_named(span, persons) -> bool:
    """Whether a source taken for a named person is one capitalised word of people's noun in the plural ("Aides",
    "Officials"), after a quantifier at most ("Many Aides"), that is no surname of a person the document names in
    full."""
    head = span.root
    word = head.lower_
    if any(t.i != head.i and t.lower_ not in lex.QUANTIFIERS for t in span) or not head.text[:1].isupper() \
            or not word.endswith("s") or word[:-1] not in _PEOPLE_WORDS:
        return False
    return not _named_in_full(head.text, persons)


_PEOPLE_WORDS = lex.PERSON_NOUNS | lex.PEOPLE_NOUNS


def _common_word_named(text: str, name: str, span) -> bool:
    """Whether a person's name found for a source is one word (no one the document names in full), no given name
    (nor "Hope" or "Rice": any in the United States' baby-name counts), that the document also writes in lower case,
    outside a title-case line (where every word is capitalised), and that no "he", "she" or "his" goes on with."""
    head = span.root
    return head.text == name and not is_census_given_name(name) and lex.written_lower(text, name) \
        and not title_case_line(text, head.idx) and not _pronoun_votes(head)[False]


def _named_in_full(word: str, persons) -> bool:
    """Whether the document names a person in full (two words or more) by ``word``: "Dean" after Howard Dean."""
    return any(" " in form for form, _ in persons.get(person_key(word), ()))


def _of_outlet(span, head, ents) -> bool:
    """Whether a source the outlet is named in is a person of it: a person's noun or title the span makes definite
    ("The Vox founder", "the Fox News host": one the article names, resolved like "the senator") or sets beside
    a name ("Fox News Vice President and Washington Managing Editor Bill Sammon", which the parser hung on
    "President"); not "A CNN reporter", "a Politico reporter", which the outlet's reporting stands for."""
    word = head.lemma_.lower()
    if word not in lex.PERSON_NOUNS and word not in lex.TITLE_WORDS:
        return False
    return span[0].lower_ in ("the", "this") or any(e.label_ == "PERSON" for e in ents)


def _person_not_outlet(word, persons) -> bool:
    """Whether an outlet's one-word name (a spaCy token) is the surname of a person the document names in full
    ("Bloomberg" beside "Michael R. Bloomberg"), and its pronouns do not make it the news company: the first "he",
    "she", "his", "it" or "its" after each bare mention of it in its sentence ("Bloomberg says he is distressed" is
    the man; "Bloomberg says its reporting found" the company, in an article that names him too)."""
    if not _named_in_full(word.text, persons):
        return False
    votes = _pronoun_votes(word)
    return votes[True] <= votes[False]


def _pronoun_votes(word) -> dict[bool, int]:
    """How the first third-person pronoun after each bare mention of ``word`` (a spaCy token) in its sentence takes
    it: {True: mentions an "it" or "its" goes on with, False: those a "he", "she" or "his" does}."""
    doc = word.doc
    votes = {True: 0, False: 0}
    for i in _doc_ents(doc).where(word.text):
        tok = doc[i]
        if (tok.ent_type_ == "PERSON" and tok.ent_iob_ == "I") \
                or (tok.i + 1 < len(doc) and doc[tok.i + 1].ent_type_ == "PERSON" and doc[tok.i + 1].ent_iob_ == "I"):
            continue  # (not within a full name: "Michael R. Bloomberg")
        it = next((t.lower_ in ("it", "its") for t in doc[tok.i + 1:tok.sent.end] if t.lower_ in _THIRD_PERSON), None)
        if it is not None:
            votes[it] += 1
    return votes


_THIRD_PERSON = frozenset(("he", "she", "his", "it", "its"))


def _person_of_body(head) -> bool:
    """Whether a proper-noun head the tagger put inside an organisation's name is a person of it: a name of two or
    three capitalised words with no word of a body and no article ("Meenakshi Ganguly"), then "of" and the body's
    name ("of Human Rights Watch"); not "Bank of America", "the University of Chicago", "the Gun Owners of America"."""
    if head.pos_ != "PROPN" or head.tag_ != "NNP" or head.ent_type_ != "ORG" \
            or any(c.dep_ == "det" for c in head.children):  # ("The Hollywood Chamber of Commerce")
        return False
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
    if prep is None or not any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in prep.children):
        return False
    name = name_phrase(head)
    return 2 <= len(name) <= 3 and all(t.is_title and t.is_alpha for t in name) and not any(
        t.lower_ in lex.ORGANISATION_HEADS or t.lower_ in lex.OUTLET_HEADS for t in name)


def _whose_group(head):
    """The people or body a group is of, to or for, named right after it ("supporters of Hillary Clinton", "members
    of Congress", "aides to Gov. Chris Christie"), or the people a quantity counts ("a slew of RNC leaders", "a lot
    of Republican partisans"): the object of the preposition, if it is a name or the head is a quantity."""
    prep = next((c for c in head.children if c.dep_ == "prep" and c.i == head.i + 1
                 and c.lower_ in ("of", "to", "for")), None)
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None:
        return None
    named = pobj.pos_ == "PROPN" or any(t.pos_ == "PROPN" for t in pobj.lefts)
    if not (named or (prep.lower_ == "of" and head.lemma_.lower() in _QUANTITY_HEADS and pobj.tag_ in ("NNS", "NNPS"))):
        return None
    last = max((pobj, *pobj.conjuncts), key=lambda t: t.i)  # "the cities of Blackpool and Liverpool"
    while True:  # a name's own "of" or "for": "Columbia's Graduate School of Journalism"
        inner = next((g for c in last.children if c.dep_ == "prep" and c.i == last.i + 1 and c.lower_ in ("of", "for")
                      for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        if inner is None or last.pos_ != "PROPN":
            return last
        last = inner


_QUANTITY_HEADS = _COLLECTIVES | frozenset("lot slew number fraction majority minority share percent".split())
# what holds or counts documents ("a body of research", "a wealth of data", "a series of polls")
_AMOUNTS = _QUANTITY_HEADS | frozenset("body series wealth trove raft pile mountain set batch collection".split())


def _link_lede_speaker(text: str, cands: list[Candidate]) -> None:
    """A lede that holds back the name: "A former Democratic National Committee chairman says ..." and then
    '"...," said Don Fowler, who helmed the DNC'. The first source of the headline and the first of the first
    paragraph, when it describes one person ("a" or "an" before a title or a person's noun; a headline's "Former
    DNC chairman" or "Lawmaker urges ..." without them), is the first named person who speaks after it, no further
    than the paragraph after the first, and not named by then; not a description of an unnamed source ("a senior
    official" stays anonymous), nor one that relates its person to another ("Chelsea Clinton's husband", "A woman
    who has accused Bill Clinton")."""
    ordered = sorted((c for c in cands if c.source), key=lambda x: x.source[0])
    paragraphs = [m.start() for m in _PARAGRAPH_START.finditer(text)]  # where each line with words starts
    firsts: dict[int, Candidate] = {}
    for c in ordered:
        paragraph = bisect.bisect_right(paragraphs, c.source[0]) - 1
        if paragraph > 1:
            break
        firsts.setdefault(paragraph, c)
    for paragraph in (0, 1):
        c = firsts.get(paragraph)
        head = c.source_head if c is not None else None
        if head is None or c.kind not in ("group", "anonymous") or c.reason is not None \
                or not ((head.pos_ == "NOUN" and head.tag_ == "NN")
                        or (head.tag_ == "NNP" and _describes_one(head.lower_))) \
                or head.lemma_.lower() in _UNNAMED_HEADS or _sounds_anonymous(text[c.source[0]:c.source[1]].lower()) \
                or not (head.lemma_.lower() in lex.TITLE_WORDS or head.lemma_.lower() in lex.PERSON_NOUNS) \
                or any(t.dep_ == "poss" for t in head.children) \
                or any(t.ent_type_ == "PERSON" for t in head.doc.char_span(*c.source, alignment_mode="expand")):
            continue
        first = text[c.source[0]:c.source[1]].split()[0].lower()
        if first not in ("a", "an") and not (paragraph == 0 and not any(t.dep_ == "det" for t in head.children)):
            continue
        named = next((n for n in ordered if n.source[0] >= c.source[1] and n.kind == "named_person" and n.name
                      and n.source_head is not None and n.source_head.ent_type_ == "PERSON"), None)
        if named is not None and bisect.bisect_right(paragraphs, named.source[0]) - 1 <= 2 \
                and not re.search(rf"\b{re.escape(named.name.split()[-1])}\b", text[:c.source[1]]):
            # (not a person the text had named by then: "Chelsea Clinton's husband" is not Chelsea Clinton)
            c.kind, c.name, c.role = "named_person", named.name, named.role


_PARAGRAPH_START = re.compile(r"(?m)^(?=[^\n]*\S)")


def _describes_again(text: str, c: Candidate, head, named: Candidate) -> bool:
    """Whether the source of ``c`` (headed by ``head``) describes the speaker ``named``, as in
    ``_link_described_speakers``."""
    lemma = head.lemma_.lower()
    if lemma in _UNNAMED_HEADS or (lemma not in lex.ANONYMOUS_HEADS and lemma not in lex.PERSON_NOUNS) \
            or c.reason is not None or not named.name or text.count("\n\n", named.cue[1], c.source[0]) > 1:
        return False
    owner = next((t for t in head.children if t.dep_ == "poss"), None)
    definite = text[c.source[0]:c.source[1]].split(maxsplit=1)[0].lower() == "the"
    if not definite and not (owner is not None and owner.ent_type_ == "PERSON" and lemma in lex.ANONYMOUS_HEADS):
        return False
    if owner is not None and owner.text in named.name:
        return False
    if not any(t.dep_ in ("amod", "compound", "prep", "poss") for t in head.children) \
            or any(t.pos_ == "PROPN" and t.text[:1].isupper() and t.dep_ not in ("poss", "prep")
                   for t in head.children) \
            or any(t.lower_ in lex.PARTISANS or t.lower_ in ("democratic", "gop") for t in head.subtree) \
            or _sounds_anonymous(text[c.source[0]:c.source[1]]):
        return False  # a bare head, a name on the head itself ("the Sanders aide"), a party, a stated anonymity
    roles = {w for w in re.findall(r"[a-z]+", text[named.source[0]:named.source[1]].lower())
             if w in lex.ANONYMOUS_HEADS or w in lex.PERSON_NOUNS}
    if named.role:  # "leader of the Coalition" is a leader
        roles.add(named.role.split(" of ")[0].split()[-1].lower())
    return roles <= {lemma, head.lower_}


def _link_surnames(cands: list[Candidate], genders: Genders) -> None:
    """A person named by a surname alone takes the one full name another source of the document is given with that
    surname, where the tagger left the full name out of the people index ("Haley Morris", found as "O'Malley
    spokeswoman Haley Morris", and "Morris said" are one person); not where two full names have it, nor one of
    another gender than the surname's honorifics or the pronoun give ("Mr. Obama" is not Michelle Obama)."""
    full: dict[str, set[str]] = {}
    for c in cands:
        if c.kind == "named_person" and c.name and len(c.name.split()) > 1:
            full.setdefault(c.name.split()[-1], set()).add(c.name)
    for c in cands:
        if c.kind in ("named_person", "pronoun") and c.name and " " not in c.name and len(full.get(c.name, ())) == 1:
            name = next(iter(full[c.name]))
            gender = genders.by_surname.get(c.name.lower()) or (
                PRONOUN_GENDER.get(c.source_head.lower_) if c.kind == "pronoun" and c.source_head is not None
                else None)
            if genders.compatible(name, gender):
                c.name = name


def _link_anonymous_names(text: str, cands: list[Candidate]) -> None:
    """"The official" -> the nearest earlier "One official" of the document (same head word, same number), one
    that holds every word of the definite mention where there is one ("the Pentagon official" -> "a Pentagon
    official", passing over "a State Department official"). An indefinite mention ("a former official", "another
    source") is someone new and keeps its own words."""
    seen: dict[tuple[str, str], list[tuple[set[str], str]]] = {}  # (lemma, tag) -> (words, name), in order
    for c in sorted(cands, key=lambda x: x.cue[0]):
        if c.kind not in ("anonymous", "candidate_plural") or c.source_head is None:
            continue
        head = c.source_head
        key = (head.lemma_.lower(), head.tag_)
        own = up_to_head(text, c)
        population = _share_of(head) if head.lower_ == "one" else None
        if population:
            # "one of his senior aides", up to the noun it is one of; one aide, whom "the aide" goes on with
            key = (population[0].lemma_.lower(), "NN")
            own = text[c.source[0]:population[0].idx + len(population[0].text)]
        described = None if population else \
            _what_they_know(head) if head.lemma_.lower() in _VAGUE_HEADS else _whom_they_serve(head)
        if described is not None and described.idx + len(described.text) <= c.source[1]:
            # "A person familiar with the planning", "A spokesman for the Jupiter Police Department", up to any
            # comma ("one person with knowledge of the governor's dilemma, who spoke on the condition of anonymity")
            end = described.idx + len(described.text)
            comma = text.find(",", head.idx, end)
            own = text[c.source[0]:comma if comma >= 0 else end]
        words = own.lower().split()
        earlier = seen.setdefault(key, [])
        c.name = own
        if head.tag_ not in ("NNS", "NNPS") and words and words[0] in _DEFINITE:
            wanted = set(words[1:-1])
            c.name = next((name for have, name in reversed(earlier) if wanted <= have),
                          earlier[-1][1] if earlier else own)  # "the RNC member": the words may differ
        earlier.append((set(words), c.name))


_VAGUE_HEADS = frozenset("person people source individual someone".split())


def _what_they_know(head):
    """The last word of what makes a vague anonymous source someone ("familiar with the planning", "close to the
    campaign", "with knowledge of the talks"), if the source says it."""
    for c in head.children:
        if c.i > head.i and ((c.dep_ == "amod" and c.lower_ in ("familiar", "close"))
                             or (c.dep_ == "prep" and c.lower_ == "with"
                                 and any(g.lower_ in ("knowledge", "direct") for g in c.subtree))):
            return c.doc[c.right_edge.i]
    return None


def _whom_they_serve(head):
    """The last word of the organisation or person an unnamed source speaks for or works at ("A spokesman for the
    Jupiter Police Department", "an executive at the Clinton Foundation", "a longtime adviser to Trump"), so that
    analytics can tell one outlet's anonymous sources from another's; not a place or a thing ("a person in
    attendance", "The source of the attraction")."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.i > head.i and prep.lower_ in ("for", "at", "to", "of", "with"):
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if pobj is not None and (pobj.pos_ == "PROPN" or pobj.ent_type_ in ("ORG", "PERSON", "NORP")
                                     or pobj.lemma_.lower() in lex.ORGANISATION_HEADS
                                     or pobj.lemma_.lower() in lex.OUTLET_HEADS):
                return head.doc[_phrase_end(pobj)]
    return None


def _phrase_end(tok) -> int:
    """Where the noun phrase ``tok`` heads ends, without a clause or an aside after it ("a shop that sells ...")."""
    end = tok.i
    for c in tok.rights:
        if c.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj", "advcl"):
            break
        end = max(end, _phrase_end(c))
    return end


def _anonymity(doc, text: str, cands: list[Candidate]) -> None:
    """Find stated reasons for anonymity and link them; decide plural "officials" (anonymous or group)."""
    reasons = []
    for m in lex.ANONYMITY_RE.finditer(text):
        group = "reason" if m.group("reason") else "phrase"  # no purpose given: the phrase itself
        value = m.group(group).rstrip(" ,")
        reasons.append((value, m.start(group), m.start(group) + len(value), m.start()))
    for m in lex.UNAUTHORISED_RE.finditer(text):
        if not any(r[1] <= m.start() < r[2] for r in reasons):
            g = m.group().rstrip(" ,")
            reasons.append((g, m.start(), m.start() + len(g), m.start()))
    # "Officials spoke on condition of anonymity to discuss ...": that sentence reports no attribution
    drop = [r for r in reasons]
    # (the whole cue: "who requested anonymity to speak candidly said" hangs "candidly" on "said")
    cands[:] = [c for c in cands if not any(r[3] <= c.cue[0] and c.cue[1] <= r[2] for r in drop)]
    standalone = []
    for reason in reasons:
        holders = [c for c in cands if c.source and c.source[0] <= reason[3] < c.described_end]
        if holders:
            for c in holders:
                c.reason = reason[:3]
                if c.kind in ("candidate_plural", "group"):
                    c.kind = "anonymous"
                    c.name = c.name or up_to_head(text, c)
            if _SHARED_REASON.search(text, max(0, reason[3] - 120), reason[3]):
                # "who, like all respondents, responded anonymously": the reason covers the others too
                standalone.append((reason, None, None))
            continue
        sent = doc.char_span(reason[3], reason[3] + 1, alignment_mode="expand")
        if sent is None:
            continue
        sent = sent[0].sent
        same_sentence = [c for c in cands if sent.start_char <= c.cue[0] < sent.end_char]
        if same_sentence:
            for c in same_sentence:
                c.reason = reason[:3]
                if c.kind == "candidate_plural" or (c.kind == "group" and c.source_head is not None
                                                    and c.source_head.tag_ == "NN"):
                    c.kind = "anonymous"  # (and one unnamed person: "One attendee, who like others spoke on ...")
                    c.name = c.name or up_to_head(text, c)
            continue
        subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass")), None)
        standalone.append((reason, sent, subj))
    for reason, sent, subj in standalone:
        if sent is None:  # shared by the holder with the others: every anonymous source without a reason
            for c in cands:
                if c.kind == "anonymous" and c.reason is None:
                    c.reason = reason[:3]
            continue
        subj_lemma = subj.lemma_.lower() if subj is not None else None
        covered = {c.extra.get("modifier", "") for c in cands
                   if c.kind == "candidate_plural" and c.cue[0] < sent.start_char}
        covered.add("")
        for c in cands:
            head_lemma = c.source_head.lemma_.lower() if c.source_head is not None else None
            matches_subject = subj is None or subj.pos_ == "PRON" or subj_lemma == head_lemma
            if c.kind == "candidate_plural" and matches_subject and (
                    c.cue[0] < sent.start_char or c.extra.get("modifier", "") in covered):
                c.kind = "anonymous"
            if c.kind == "anonymous" and c.reason is None:
                c.reason = reason[:3]  # the article's stated reason covers its anonymous sources
    given: dict[str, tuple[str, int, int]] = {}
    plurals: list[tuple[str, set[str], tuple[str, int, int]]] = []  # (head lemma, words, reason) of plural sources
    for c in sorted(cands, key=lambda x: x.cue[0]):
        if c.kind in ("anonymous", "pronoun") and c.name and c.reason is not None:
            given.setdefault(c.name, c.reason)  # "he said, on condition of anonymity": the source "he" stands for
        if c.kind == "anonymous" and c.reason is not None and c.source_head is not None \
                and c.source_head.tag_ in ("NNS", "NNPS"):
            plurals.append((c.source_head.lemma_.lower(), _description_words(text, c), c.reason))
    for c in cands:
        # a reason stated for an anonymous source covers its other mentions: "the RNC member said" after "said a
        # prominent Republican National Committee member ..., asking for anonymity to speak freely", and "A U.S.
        # law enforcement official said" before "The official, who spoke on the condition of anonymity ..."; one of
        # the sources a reason is stated for is one of them ("One intelligence source said" after "three
        # intelligence sources who ... were not authorized to speak on the record")
        if c.kind != "anonymous" or c.reason is not None:
            continue
        # (by the source's own words too: a pronoun took them as its name before they grew, "A former top aide
        # [to President George W. Bush]")
        key = c.name if c.name in given else up_to_head(text, c)
        if key in given:
            c.reason = given[key]
        elif c.source_head is not None and c.source_head.tag_ == "NN":
            lemma, words = c.source_head.lemma_.lower(), _description_words(text, c)
            c.reason = next((r for lem, have, r in plurals if lem == lemma and words <= have), None)
    for c in cands:
        if c.kind == "candidate_plural":
            c.kind = "group"
            c.name = None
        if c.kind == "group" and c.name is None and c.source_head is not None and c.source_head.idx >= c.source[0]:
            # "Republican senators", "the families, supporters and administrators"; a share with its population:
            # "72 percent of Democrats", "nearly 8 in 10", "majorities of both men and women"
            head_end = c.source_head.idx + len(c.source_head.text)
            ends = [t.idx + len(t.text) for t in (_share_of(c.source_head) or c.source_head.conjuncts)]
            whose = _whose_group(c.source_head)
            if whose is not None and "," not in text[head_end:whose.idx]:
                ends.append(whose.idx + len(whose.text))  # "supporters of Hillary Clinton"
            end = max([e for e in ends if head_end < e <= c.source[1]], default=head_end)
            if text.count("(", c.source[0], end) != text.count(")", c.source[0], end) \
                    or text.count("“", c.source[0], end) != text.count("”", c.source[0], end):
                end = head_end  # not half of an aside or a title: "the dueling (and justified", 'the authors of the
                # “Growth and Opportunity Project'
            c.name = text[c.source[0]:end]
