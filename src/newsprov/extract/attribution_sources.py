"""Who the source of an attribution is: kind, fullest name, role, and the stated reason for anonymity.

Works on the candidates the attribution extractor found (spans from the parse) and fills their
``kind`` (one of ``schema.SOURCE_KINDS``), ``name``, ``role`` and ``reason``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from newsprov.extract import attribution_lexicon as lex
from newsprov.extract.attribution_gender import HONORIFICS, PRONOUN_GENDER, Genders, stated_gender
from newsprov.extract.outlets import OUTLETS, WIRE_SERVICES

Span = tuple[int, int]

_OUTLET_NAMES = frozenset(
    {o.lower() for o in OUTLETS} | {w.lower() for w in WIRE_SERVICES}
    | {a.lower() for alts in WIRE_SERVICES.values() for a in alts}
)


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




def classify(doc, text: str, cands: list[Candidate], asides: list[Span] = (), quoted: list[Span] = ()) -> None:
    """Fill kind, name, role and anonymity reason of each candidate (in place; may drop some).

    ``asides`` are spans outside the article's running text (captions, bylines, boilerplate): a person named
    there ("Spc. Jane Doe/Army") is no antecedent for "he" or "the minister" in the body; nor is a person named
    inside a quotation (``quoted``, sorted) for a pronoun outside one ('"Did Hillary help her?" He offered no
    proof')."""
    persons = _person_index(doc, text, quoted)
    mentions = _person_mentions(doc, persons)
    genders = Genders(doc, text, mentions, lambda e: _fullest(e, persons)[0])
    for c in cands:
        span = doc.char_span(c.source[0], c.source[1], alignment_mode="expand")
        c.kind, c.name, c.role = _kind(doc, span, persons, genders)
        if c.kind == "candidate_plural":
            c.extra["modifier"] = _modifier(span)
    _resolve_pronouns(doc, text, cands, persons, mentions, genders, asides, quoted)
    _link_anonymous_names(text, cands)
    _anonymity(doc, text, cands)


def _person_index(doc, text: str, quoted: list[Span] = ()) -> dict[str, list[tuple[str, str | None]]]:
    """Last word of each PERSON mention -> its full mentions, longest and then most frequent first, each with the
    first role given to it or to a shorter mention of it in the document ("Bush" -> George W. Bush, Laura Bush).
    A full name the article uses in its own words comes before a longer one it only quotes or puts in a
    title-case headline ('"Crooked Hillary Clinton"')."""
    counts: dict[str, dict[str, int]] = {}
    roles: dict[str, list[tuple[str, str]]] = {}  # key -> (mention, role) in document order
    own_words: set[str] = set()  # mentions made outside quotations
    starts = [q[0] for q in quoted]
    for ent in _person_ents(doc):
        key = ent[-1].text.rstrip("’'s").lower() if ent[-1].text.endswith(("’s", "'s")) else ent[-1].lower_
        if ent[-1].tag_ == "POS" and len(ent) > 1:
            ent = ent[:-1]
            key = ent[-1].lower_
        known = counts.setdefault(key, {})
        known[ent.text] = known.get(ent.text, 0) + 1
        if not _inside(quoted, starts, ent.start_char) and not _title_case_line(text, ent.start_char):
            own_words.add(ent.text)
        role = _role(doc, ent)
        if role:
            roles.setdefault(key, []).append((ent.text, role))
    index = {}
    for key, known in counts.items():
        ranked = sorted(known, key=lambda m: (-len(_name_words(m)), -known[m]))
        # a word before the full name that the article only quotes or puts in a title-case headline: an epithet
        # or a headline's verb the tagger took in ('"Crooked Hillary Clinton"', "Black Lawmakers Rip Donald Trump")
        top = ranked[0]
        own = next((m for m in ranked if m in own_words and len(_name_words(m)) > 1 and top.endswith(" " + m)), None)
        if own is not None and top not in own_words:
            ranked.remove(own)
            ranked.insert(0, own)
        index[key] = [(m, next((r for t, r in roles.get(key, ()) if _name_words(t) <= _name_words(m)), None))
                      for m in ranked]
    return index


def _inside(spans: list[Span], starts: list[int], offset: int) -> bool:
    """Whether ``offset`` falls in one of the sorted, disjoint ``spans`` (``starts``: their starts)."""
    k = bisect.bisect_right(starts, offset) - 1
    return k >= 0 and offset < spans[k][1]


def _title_case_line(text: str, offset: int) -> bool:
    """Whether the line around ``offset`` is a title-case headline ("Black Lawmakers Rip Donald Trump")."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    words = [w for w in text[start:end if end >= 0 else len(text)].split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _person_ents(doc) -> list:
    """The document's PERSON entities, less the tagger's slips: one with no noun in it ("Harsh? He doesn't think
    so.") and a platform ("said on Twitter")."""
    return [e for e in doc.ents if e.label_ == "PERSON" and any(t.pos_ in ("PROPN", "NOUN") for t in e)
            and e.text.lower() not in lex.PLATFORMS]


def _person_mentions(doc, persons) -> list:
    """Mentions of people in document order: PERSON entities, and a capitalised word the document names a
    person by elsewhere that the tagger took for something else ("Trump" tagged ORG after "Donald Trump")."""
    ents = _person_ents(doc)
    inside = {i for e in ents for i in range(e.start, e.end)}
    surnames = {k for k, known in persons.items() if any(len(_name_words(m)) > 1 for m, _ in known)}
    extra = [doc[t.i:t.i + 1] for t in doc if t.i not in inside and t.pos_ == "PROPN" and t.text[:1].isupper()
             and t.lower_ in surnames and t.ent_type_ not in ("GPE", "LOC", "FAC")
             and t.lemma_.lower() not in lex.ORGANISATION_HEADS]
    return sorted(ents + extra, key=lambda e: e.start)


def _name_words(text: str) -> set[str]:
    """The words of a name, without honorifics ("Mr. Holtz-Eakin" -> {"holtz", "eakin"})."""
    return {w for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in _HONORIFICS}


_HONORIFICS = HONORIFICS | {"mx", "dr", "prof"}  # and the ungendered ones


def _role(doc, ent) -> str | None:
    """A title right before a name ("Secretary of State Mike Pompeo") or an appositive after it."""
    i = ent.start - 1
    words = []
    while i >= 0:
        t = doc[i]
        if t.is_punct or t.ent_type_ == "PERSON" or t.is_space:
            break
        if t.lower_ in lex.TITLE_WORDS or (t.is_title and t.pos_ in ("PROPN", "NOUN")):
            words.append(t)
            i -= 1
            continue
        break
    while words and words[-1].lower_ in ("of", "the", "former"):
        words.pop()
    while words and words[0].lower_ in ("of", "the"):
        words.pop(0)
    if words and all(w.lower_.rstrip(".") in _HONORIFICS for w in words):
        words = []  # "Mr." is not a role
    if not any((w.lower_ in lex.TITLE_WORDS or w.lemma_.lower() in lex.TITLE_WORDS) and w.lower_ not in ("of", "the")
               for w in words):
        words = []  # capitalised words of a headline ("Debating Hillary Clinton", "Black Lawmakers Rip Donald Trump")
    if words:
        words.reverse()
        return doc[words[0].i:words[-1].i + 1].text
    root = ent.root
    for c in root.children:
        # set off by a comma right after the name ("Douglas Brinkley, a historian"), not a noun the parser hung
        # on the name from further away
        if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > root.i and ent.end < len(doc) \
                and doc[ent.end].text == "," and c.left_edge.i == ent.end + 1:
            left = c.left_edge.i
            while left <= c.i and doc[left].dep_ in ("det", "punct"):
                left += 1
            # without a relative clause ("statesman who embarked on ..."): the role, not what was said of it
            right = min([g.left_edge.i - 1 for g in c.subtree if g.dep_ == "relcl" and g.i > c.i]
                        + [g.left_edge.i - 1 for g in c.children if g.dep_ == "acl" and g.i > c.i] + [c.right_edge.i])
            return doc[left:right + 1].text.rstrip(", ")
    return None


def _kind(doc, span, persons, genders: Genders) -> tuple[str, str | None, str | None]:
    head = span.root
    low = head.lower_
    stext = span.text.lower()
    if head.pos_ == "PRON" or low in lex.PRONOUN_NUMBER:
        return "pronoun", None, None
    if stext in _OUTLET_NAMES or stext.removeprefix("the ") in _OUTLET_NAMES or head.lemma_.lower() in lex.OUTLET_HEADS:
        return "outlet", span.text, None
    for ent in span.ents:
        # an outlet that speaks ("CNN", "a CNN tally"), not one named in an aside ("sources who spoke to Fox
        # News") nor the employer of a named person ("MSNBC host Chris Matthews")
        if ent.label_ == "ORG" and ent.text.lower() in _OUTLET_NAMES and (
                ent.start <= head.i < ent.end
                or (head.ent_type_ != "PERSON" and not _links(ent.root, head) & _ASIDE_DEPS)):
            return "outlet", ent.text, None
    plural = head.tag_ in ("NNS", "NNPS")
    role_head = head.lemma_.lower() in lex.ANONYMOUS_HEADS
    person = None
    # the person the head is first ("Clinton campaign spokesman Brian Fallon" is Brian Fallon)
    for ent in sorted(span.ents, key=lambda e: not e.start <= head.i < e.end):
        # a role ("a longtime adviser to both Clintons", "Obama's former campaign strategist") is not the person
        # it serves, only the one it names ("her manager, Robby Mook", "campaign manager Robby Mook")
        if ent.label_ == "PERSON" and (not role_head or _names(ent, head)):
            person = ent
            break
    if person is not None and head.lemma_.lower() in lex.ORGANISATION_HEADS and not person.start <= head.i < person.end:
        return "organisation", span.text, None  # "The Clinton campaign", "Trump's campaign": not the person
    if person is not None:
        if plural and head.ent_type_ != "PERSON":
            # a group named by the member it names ("officials, including Mike Pompeo", "Two objectors, Lawrence
            # Joyce and ..."), else by its own words (below): "Clinton campaign officials", "Cruz's lawyers" are
            # not the person they belong to, whom analytics would count as the speaker
            if not _names(person, head) or _links(person.root, head) <= {"compound"}:
                return "group", None, None
            name, role = _fullest(person, persons, genders=genders)
            return "group", name, role
        name, role = _fullest(person, persons, genders=genders)
        return "named_person", name, role
    if head.text[:1].isupper() and head.lower_ in persons and head.lemma_.lower() not in lex.ORGANISATION_HEADS:
        # a capitalised word the document names a person by elsewhere ("Trump" after "Donald Trump"), whatever
        # the tagger made of this mention (an ORG, a plural "Sanders", a verb in a title-case headline)
        name, role = _fullest(_name_phrase(head), persons, genders=genders)
        return "named_person", name, role
    if plural:
        if low in lex.ALWAYS_ANONYMOUS_PLURALS or _sounds_anonymous(stext):
            return "anonymous", None, None
        if head.lemma_.lower() in lex.ANONYMOUS_HEADS:
            return "candidate_plural", None, None
        if head.lemma_.lower() in lex.DOCUMENT_HEADS or head.lower_ in lex.DOCUMENT_HEADS:
            return "organisation", None, None  # "New data showed", "records show", "the polls found"
        return "group", None, None
    if head.lemma_.lower() in lex.ANONYMOUS_HEADS and head.pos_ == "NOUN":
        return "anonymous", None, None
    if head.ent_type_ in ("ORG", "GPE", "NORP") or head.lemma_.lower() in lex.ORGANISATION_HEADS:
        return "organisation", span.text, None
    if head.pos_ == "PROPN":
        name, role = _fullest(_name_phrase(head), persons, genders=genders)
        return "named_person", name, role
    if _sounds_anonymous(stext):
        return "anonymous", None, None
    if head.pos_ == "NOUN" and head.lemma_.lower() in lex.TITLE_WORDS and span[0].lower_ in ("the", "this"):
        return "definite_title", None, None  # "the senator": a person named earlier (resolved like "he")
    if head.pos_ == "NOUN" and head.lemma_.lower() not in lex.DOCUMENT_HEADS:
        # an unnamed member of a population the article describes ("a voter", "an Iraqi soldier"): not
        # hiding, so not anonymous; counted with groups
        return "group", None, None
    if low in lex.QUANTIFIERS or head.pos_ == "NUM":
        return "group", None, None  # "with many calling for ...", "4 in 10 say": part of a population
    return "organisation", None, None


_ASIDE_DEPS = frozenset(("relcl", "acl", "advcl"))
_NAMING_DEPS = frozenset(("appos", "compound", "conj"))


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
    if links <= _NAMING_DEPS and not (links <= {"compound"} and head.pos_ == "NOUN"):
        return True  # but a name that only modifies a common noun is whom it serves: "a former Clinton pollster"
    prep = ent.root.head
    return ent.root.dep_ == "pobj" and prep.lower_ in ("including", "like") and prep.head.i == head.i \
        and links - {"pobj", "prep"} <= _NAMING_DEPS


def _sounds_anonymous(stext: str) -> bool:
    return any(k in stext for k in ("familiar with", "anonymity", "not authorized", "not authorised",
                                    "not to be named", "not to be identified", "unnamed", "anonymous"))


def _name_phrase(head):
    """The name a proper-noun head ends ("Elijah Cummings" in "Rep. Elijah Cummings, the top Democrat"): the
    head with the capitalised compound words right before it, titles and asides left out."""
    doc = head.doc
    start = head.i
    while start > 0 and doc[start - 1].head.i == head.i and doc[start - 1].dep_ in ("compound", "flat") \
            and doc[start - 1].text[:1].isupper() and doc[start - 1].lower_.rstrip(".") not in lex.TITLE_WORDS:
        start -= 1
    return doc[start:head.i + 1]


def _fullest(mention, persons, gender: str | None = None, genders: Genders | None = None) -> tuple[str, str | None]:
    """The fullest mention of the same person: the longest (then most frequent) one holding every name of this one
    ("Pompeo" -> Mike Pompeo; "Laura Bush" stays Laura Bush beside George W. Bush) and of the gender the mention
    or its pronoun gives ("Mrs. Clinton" is not Bill Clinton), with its role."""
    last = mention[-1]
    if last.tag_ == "POS" and len(mention) > 1:
        last = mention[-2]
    names = _name_words(" ".join(t.text for t in mention if t.text[:1].isupper()))
    gender = stated_gender(mention) or gender
    known = [(text, role) for text, role in persons.get(last.lower_, ()) if names <= _name_words(text)]
    if genders is not None and gender is not None:
        # a person known to be of the gender before one the document says nothing of ("Trump" after "Mr.
        # Trump" is Donald Trump, whose given name says so, not Ivanka Trump, whose given name says nothing)
        known = sorted(known, key=lambda k: genders.of_name(k[0]) != gender)
    for text, role in known:
        if genders is None or genders.compatible(text, gender):
            return text, role
    return mention.text, None


def _modifier(span) -> str:
    head = span.root
    return " ".join(t.lower_ for t in span if t.i != head.i and t.dep_ not in ("det", "punct")
                    and t.lower_ not in ("one", "two", "three", "several", "some", "many", "other", "senior"))


def _resolve_pronouns(doc, text: str, cands: list[Candidate], persons, mentions: list, genders: Genders,
                      asides: list[Span] = (), quoted: list[Span] = ()) -> None:
    """A third-person pronoun source takes the name of the nearest earlier source (or person) of the same number;
    "I", "we" and "you" outside a quotation are the writer and the reader, and take no one's name."""
    previous: list[Candidate] = []
    people = [e for e in mentions if not any(a[0] <= e.start_char and e.end_char <= a[1] for a in asides)]
    starts = [q[0] for q in quoted]
    ends = [e.end_char for e in people]
    people_genders = [genders.of_mention(e, _fullest(e, persons, genders=genders)[0]) for e in people]
    people_quoted = [_inside(quoted, starts, e.start_char) for e in people]
    # antecedents for "they": plural subjects, and two people joined as one ("Richard Alba and Nancy Foner
    # studied"), outside quotations
    plurals = [(t.left_edge.idx, t.idx + len(t.text)) if t.tag_ in ("NNS", "NNPS") else
               (t.left_edge.idx, t.conjuncts[-1].idx + len(t.conjuncts[-1].text)) for t in doc
               if t.dep_ in ("nsubj", "nsubjpass") and (t.tag_ in ("NNS", "NNPS") or (
                   t.tag_ == "NNP" and any(c.dep_ == "conj" and c.tag_ == "NNP" for c in t.children)))
               and not _inside(quoted, starts, t.idx)]
    plural_ends = [p[1] for p in plurals]
    for c in sorted(cands, key=lambda x: x.cue[0]):
        if c.kind == "definite_title":
            person = _nearest_person_before(people, ends, c.source[0])
            if person is not None:
                c.kind = "named_person"
                c.name, c.role = _fullest(person, persons, genders=genders)
            else:
                c.kind = "group"
        if c.kind == "pronoun":
            head = c.source_head
            number = lex.PRONOUN_NUMBER.get(head.lower_) if head is not None else None
            if head is not None and head.lower_ in ("who", "that") and head.head is not None:
                # relative pronoun: the noun the relative clause hangs on
                ant = head.head.head
                if ant.pos_ == "PROPN":
                    c.name, c.role = _fullest(_name_phrase(ant), persons, genders=genders)
                elif ant.pos_ == "NOUN":
                    c.name = doc[ant.left_edge.i:ant.i + 1].text
            if number == "sg" and head.lower_ in ("he", "she", "him", "her", "his"):
                outside = () if _inside(quoted, starts, c.source[0]) else people_quoted
                person = _nearest_person_before(people, ends, c.source[0], people_genders, PRONOUN_GENDER[head.lower_],
                                                c.content, outside)
                if person is not None:
                    name, role = _fullest(person, persons, PRONOUN_GENDER[head.lower_], genders)
                    c.name, c.role = name, role
                    previous.append(c)
                    continue
            if number == "pl" and head.lower_ in ("they", "them", "their"):
                ant = _nearest_plural_before(plurals, plural_ends, c.source[0])
                if ant is not None and not any(p.source[0] > ant[0] for p in previous if p.kind != "pronoun"):
                    c.name = text[ant[0]:ant[1]]
                    previous.append(c)
                    continue
            if head is not None and (head.lower_ in lex.FIRST_SECOND_PERSON or _expletive(head)):
                number = None
            it = head is not None and head.lower_ in ("it", "its")
            for p in reversed(previous if number else ()):  # "everyone", "this", "I": no antecedent to look for
                # an unnamed organisation or document ("the congressional report") is what "it" can stand for
                unnamed_ok = p.kind in ("anonymous", "candidate_plural") or (
                    it and p.kind == "organisation" and p.source_head is not None and p.source_head.pos_ == "NOUN")
                if p.kind == "pronoun" or (p.name is None and not unnamed_ok):
                    continue
                p_plural = p.kind in ("group", "candidate_plural") or (
                    p.source_head is not None and p.source_head.tag_ in ("NNS", "NNPS"))
                # "it" stands for an organisation or outlet; any other singular for a person
                singular_kinds = ("organisation", "outlet") if it else ("named_person", "anonymous")
                if number == "sg" and (p_plural or p.kind not in singular_kinds):
                    continue
                if number == "pl" and not (p_plural or p.kind == "organisation"):
                    continue
                c.name = p.name or _up_to_head(text, p)
                c.role = p.role
                break
        previous.append(c)


def _expletive(head) -> bool:
    """ "It" that stands for nothing: "it's hard to imagine", "it is worth remembering"."""
    if head.lower_ != "it":
        return False
    if head.dep_ == "expl":
        return True
    be = head.head
    adjectives = [c for c in be.children if c.dep_ == "acomp"] if be.lemma_ == "be" else []
    # the clause the "it" stands in for hangs on the adjective or on "is"
    return any(g.dep_ in ("xcomp", "ccomp") and g.i > a.i for a in adjectives for g in (*a.children, *be.children))


def _up_to_head(text: str, c: Candidate) -> str:
    """The source's noun phrase up to its head: "A Pentagon official", not the relative clause after it."""
    head = c.source_head
    if head is None or head.idx < c.source[0]:
        return text[c.source[0]:c.source[1]]
    return text[c.source[0]:max(c.source[0], head.idx + len(head.text))]


def _nearest_plural_before(plurals: list[Span], ends: list[int], offset: int) -> Span | None:
    k = bisect.bisect_right(ends, offset) - 1
    return plurals[k] if k >= 0 else None


def _nearest_person_before(people: list, ends: list[int], offset: int, genders: list[str | None] = (),
                           gender: str | None = None, content: Span | None = None, quoted: list[bool] = ()):
    """The last PERSON mention that ends before ``offset`` (a he/she antecedent), outside what the pronoun's
    source says (``content``: in '"... Hillary Clinton will win," he said' he is not Clinton), outside
    quotations where ``quoted`` marks them, and of the pronoun's gender where the document gives one, if any."""
    k = bisect.bisect_right(ends, offset) - 1
    while k >= 0 and ((content is not None and content[0] <= people[k].start_char < content[1])
                      or (quoted and quoted[k])
                      or (gender is not None and genders[k] is not None and genders[k] != gender)):
        k -= 1
    return people[k] if k >= 0 else None


_DEFINITE = frozenset(("the", "this", "that"))


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
        own = _up_to_head(text, c)
        words = own.lower().split()
        earlier = seen.setdefault(key, [])
        c.name = own
        if head.tag_ not in ("NNS", "NNPS") and words and words[0] in _DEFINITE:
            wanted = set(words[1:-1])
            c.name = next((name for have, name in reversed(earlier) if wanted <= have),
                          earlier[-1][1] if earlier else own)  # "the RNC member": the words may differ
        earlier.append((set(words), c.name))


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
    cands[:] = [c for c in cands if not any(r[3] <= c.cue[0] < r[2] for r in drop)]
    standalone = []
    for reason in reasons:
        inside = [c for c in cands if c.source and c.source[0] <= reason[3] < c.source[1]]
        if inside:
            for c in inside:
                c.reason = reason[:3]
                if c.kind in ("candidate_plural", "group"):
                    c.kind = "anonymous"
            continue
        sent = doc.char_span(reason[3], reason[3] + 1, alignment_mode="expand")
        if sent is None:
            continue
        sent = sent[0].sent
        same_sentence = [c for c in cands if sent.start_char <= c.cue[0] < sent.end_char]
        if same_sentence:
            for c in same_sentence:
                c.reason = reason[:3]
                if c.kind in ("candidate_plural",):
                    c.kind = "anonymous"
            continue
        subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass")), None)
        standalone.append((reason, sent, subj))
    for reason, sent, subj in standalone:
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
    for c in cands:
        if c.kind == "candidate_plural":
            c.kind = "group"
            c.name = None
        if c.kind == "group" and c.name is None and c.source_head is not None and c.source_head.idx >= c.source[0]:
            c.name = text[c.source[0]:c.source_head.idx + len(c.source_head.text)]  # "Republican senators"
