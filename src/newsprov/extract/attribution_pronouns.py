"""Whom a pronoun source stands for, and a definite title ("the governor") or noun of one person ("the host"): he
and she, they, it, who, which and that, resolved against the document's people (``attribution_people``) and the
sources before them; and whose campaign, team or administration "his campaign" is.

Works on the candidates ``attribution_sources`` has given a kind; fills the name (and role) of those that are
pronouns, definite titles or definite nouns, in place (a definite noun no one was given stays anonymous).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import TYPE_CHECKING

from newsprov.extract import attribution_lexicon as lex
from newsprov.extract.attribution_gender import (
    PRONOUN_GENDER, Genders, is_given_name, name_gender, stated_gender, word_gender)
from newsprov.extract.attribution_people import (
    Span, fullest, inside, name_phrase, name_words, person_key, role_of, title_case_line)
from newsprov.extract.credit_lexicon import NAME_PARTICLES

if TYPE_CHECKING:
    from newsprov.extract.attribution_sources import Candidate


def resolve_pronouns(doc, text: str, cands: list[Candidate], persons, mentions: list, genders: Genders,
                     asides: list[Span] = (), quoted: list[Span] = (),
                     writer: tuple[str, str | None] | None = None) -> None:
    """A third-person pronoun source takes the name of the nearest earlier source (or person) of the same number;
    "I", "we" and "you" outside a quotation are the writer and the reader, and take no one's name, but for an "I"
    the writer whom the article's closing line names ("Rick Scott is the Republican governor of Florida."), else
    ``writer``, the byline's one author."""
    previous: list[Candidate] = []
    epithet_parties: dict[str, str] = {}  # name -> the party an epithet resolved to it gave ("the GOP nominee")
    # people one "he", "she" or "the senator" can stand for: not named in an aside, nor as a letter's signer (the
    # "He" opening the next letter on a page of readers' letters is not the last letter's writer), not a family
    # ("the Clintons", "the Bushes", where "Sanders" is one person)
    signed = _signers(text)
    asides = [*asides, *((start, start + len(name)) for start, name in signed)]
    people = [e for e in mentions if not any(a[0] <= e.start_char and e.end_char <= a[1] for a in asides)
              and not (e[-1].lower_.endswith("s") and {e[-1].lower_[:-1], e[-1].lower_[:-2]} & persons.keys())]
    starts = [q[0] for q in quoted]
    ends = [e.end_char for e in people]
    known = [fullest(e, persons, genders=genders) for e in people]  # (fullest name, role) of each
    names = [name for name, _ in known]
    roles = [role for _, role in known]
    people_genders = [genders.of_mention(e, name) for e, name in zip(people, names)]
    # a person named only in what a source is ("said Douglas Holtz-Eakin, a former adviser to President George W.
    # Bush") is no antecedent for a "he" or "she" outside quotations: "he added" goes on with the source
    # (or in the relative clause that was cut from it: "said Harvey, who acknowledged Trump was his fourth choice")
    describing = sorted(((c.source[0], c.described_end, c.name) for c in cands if c.kind != "pronoun"
                         and c.name is not None and not c.extra.get("joined")), key=lambda d: d[0])
    widest = max((end - start for start, end, _ in describing), default=0)
    described_starts = [d[0] for d in describing]

    def described_in(e, name) -> bool:  # (only the sources that can hold the mention are looked at)
        k = bisect.bisect_right(described_starts, e.start_char) - 1
        while k >= 0 and describing[k][0] >= e.start_char - widest:
            start, end, named = describing[k]
            if e.end_char <= end and named != name:
                return True
            k -= 1
        return False

    described = [described_in(e, name) for e, name in zip(people, names)]
    people_quoted = [inside(quoted, starts, e.start_char) for e in people]
    unlikely = [q or d for q, d in zip(people_quoted, described)]
    # antecedents for "they": plural subjects, and two people joined as one ("Richard Alba and Nancy Foner
    # studied"), outside quotations
    plurals = [(_phrase_start(t), t.idx + len(t.text)) if t.tag_ in ("NNS", "NNPS") else
               (_phrase_start(t), t.conjuncts[-1].idx + len(t.conjuncts[-1].text)) for t in doc
               if t.dep_ in ("nsubj", "nsubjpass") and ((t.tag_ in ("NNS", "NNPS") and _may_speak(t)
                                                         and not _one_named(t, persons)) or (
                   t.tag_ == "NNP" and any(c.dep_ == "conj" and c.tag_ == "NNP" for c in t.children)))
               and not inside(quoted, starts, t.idx)]
    plural_ends = [p[1] for p in plurals]
    reports: dict[Span, list[Span]] = {}  # a cue's content, in one part or two ("The rules, they said, will ...")
    for c in cands:
        if c.content:
            reports.setdefault(c.cue, []).append(c.content)
    for c in sorted(cands, key=lambda x: x.cue[0]):
        # people a source outside quotations cannot stand for: those named in quotations or in what an earlier
        # source is; inside a quotation, only the latter
        outside = described if inside(quoted, starts, c.source[0]) else unlikely
        if c.kind == "organisation" and (owner := _owner_pronoun(c)) is not None:
            # "his campaign", "Her team": the campaign of the person the "his" stands for, named as "The Clinton
            # campaign" is, so it is counted with it
            person = _person_before(owner, c, people, ends, people_genders, outside)
            if person is not None:
                name = fullest(person, persons, PRONOUN_GENDER[owner.lower_], genders)[0]
                c.name = f"The {name.split()[-1]} {c.source_head.lower_}"
        if c.kind == "definite_noun":
            # "the host", "the campaign manager": the nearest person the article gave that noun, in a role or
            # right before the name ("MSNBC host Joe Scarborough"), else someone it does not name; a family tie
            # ("Trump's wife", "his mother") also in an appositive before the name ("His wife, Melania Trump,"),
            # and not one the article gave as another's ("Kasich's wife" is not "Melania Trump, Trump's wife")
            kin, given, unlikely_here = kin_owner(c.source_head), roles, people_quoted
            if kin is not None:
                given = [_with_tie(e, role) for e, role in zip(people, roles)]
                if kin.pos_ == "PROPN":
                    # of the owner's family, or given as the owner's: "Elian's father" is Juan Miguel Gonzalez
                    # where the article names Elian Gonzalez, not a wife it gave as Trump's ("his mother" is the
                    # nearest person given that tie)
                    owner = fullest(name_phrase(kin), persons, genders=genders)[0]
                    unlikely_here = [q or not _of_family(owner, name, role)
                                     for q, name, role in zip(people_quoted, names, given)]
            former = kin is not None and _former_tie(c.source_head)  # "the ex-wife": not the wife the article names
            person = None if former else _titled_person_before(c, text, people, ends, given, unlikely_here, plain=True)
            if person is None and kin is not None and kin.pos_ == "PROPN" and not former:
                # else the nearest of the owner's family of the tie's sex: "Donald Trump's eldest daughter" after
                # "Ivanka Trump strode across the stage"
                sex = word_gender(c.source_head.lower_)
                person = next((people[k] for k in range(bisect.bisect_right(ends, c.source[0]) - 1, -1, -1)
                               if not unlikely_here[k] and sex is not None and people_genders[k] == sex), None)
            if person is None and kin is None and c.source_head is not None \
                    and c.source_head.lemma_.lower() in lex.PERFORMERS:
                # a performer no one is given the occupation of is, as an epithet is, the article's subject ("The
                # singer may have been moved to address ..." in an article about Celine Dion)
                person = _salient_person_before(c, people, ends, names, people_genders, outside, text,
                                                epithet_parties)
            c.kind = "anonymous" if person is None else "named_person"
            if person is not None:
                c.name, c.role = fullest(person, persons, genders=genders)
            elif kin is None and (speaker := _went_on_from(previous, c, text)) is not None:
                # one who goes on is the speaker before ('Professor Jane Ogden told the show, “...” The University
                # of Surrey expert continued, “...”')
                c.kind, c.name, c.role = "named_person", speaker.name, speaker.role
        if c.kind == "definite_partisan":
            # "the Florida Republican", "The Democrat": the nearest person in its own sentence ("In Sen. Jeff
            # Sessions' column ..., the Republican from Alabama"), else the person the article is about at that
            # point, the nearest subject of a sentence's main verb within a few sentences ("House Speaker Paul Ryan
            # says no matter what action President Barack Obama takes ... The Wisconsin Republican says"), else the
            # nearest person, as for "he"; not one the article gives another party, nor one it names in a quotation
            # or in what the source says; one the article names all the same where it gives no one
            party = _PARTIES.get(c.source_head.lower_)
            rivals = set(_PARTIES.values()) - {party} if party else set()
            other = [o or any(_beside_party(e, r) for r in rivals) for o, e in zip(outside, people)]
            nearest = _its_subject(people, _nearest_person_before(people, ends, c.source[0], content=c.content,
                                                                  quoted=other), other)
            person = nearest if nearest is not None and nearest.sent.start == c.source_head.sent.start \
                else _main_subject_before(people, ends, c, other) or nearest
            c.kind = "named_person" if person is not None or people else "anonymous"
            if person is not None:
                c.name, c.role = fullest(person, persons, genders=genders)
        if c.kind in ("definite_title", "lone_title"):
            # the nearest person the article gave that title ("the governor" after "Ohio Gov. John Kasich"), else
            # the first person given it after ("The judge then said" before "Judge Berman"; a headline's "Governor
            # says" before "Gov. Jay Inslee"), else the nearest person; a capitalised title alone ("the President")
            # only a person given it
            title = c.source_head.lemma_.lower() if c.source_head is not None else None
            person = _titled_person_before(c, text, people, ends, roles, people_quoted)
            paragraph = text.rfind("\n", 0, c.source[0]) + 1
            if person is not None and c.kind == "definite_title" and person.start_char < paragraph:
                # but the person its paragraph is about, given no role at all, before one given a title in lower
                # case in an earlier paragraph ("Rubio sought to stoke positive energy ... the senator said" is
                # Rubio, not the "Sen. Bernie Sanders" of paragraphs before; "The Director" is only one given it)
                k = _last_main_subject(people, ends, c, outside)
                if k is not None and people[k].start_char >= paragraph and roles[k] is None:
                    person = people[k]
            if person is None:
                person = _titled_person_before(c, text, people, ends, roles, people_quoted, after=True)
            if person is None and c.kind == "definite_title":
                # outside what the source says and outside quotations, as for "he" ('"Donald is an amazing
                # leader," said the 46-year-old' is not Donald), and not one the article gave another title ("The
                # Vermont senator" is not Ruth Bader Ginsburg, a Supreme Court Justice, named last)
                titled = title in lex.TITLE_WORDS  # (not "the 46-year-old")
                other = [o or (titled and role is not None and title not in lex.title_words(role))
                         for o, role in zip(outside, roles)]
                if lex.listed(c.source_head, lex.EPITHETS):
                    person = _salient_person_before(c, people, ends, names, people_genders, outside, text,
                                                    epithet_parties, last_subject=True)
                else:
                    person = _nearest_person_before(people, ends, c.source[0], content=c.content, quoted=other)
                    person = _its_subject(people, person, other)
            if person is not None:
                c.kind = "named_person"
                c.name, c.role = fullest(person, persons, genders=genders)
            elif c.source_head is not None and (any(t.dep_ == "conj" for t in c.source_head.children)
                                                or _one_after_another(c.source_head)):
                c.kind = "group"  # "The Republican nominee and his aides", "Speaker after speaker"
            elif c.source_head is not None and lex.listed(c.source_head, lex.EPITHETS) and people:
                # the article's subject all the same ("the Republican nominee", "The GOP candidate"), whom no rule
                # could tell among the people it names: a named person, left without a name
                c.kind = "named_person"
            else:
                c.kind = "anonymous"  # a title no one the article names was given ("Chad's Ambassador to France")
        if c.kind == "pronoun":
            head = c.source_head
            owner = possessive_pronoun(head) if head is not None and head.pos_ != "PRON" else None
            if owner is not None:
                # "his response", "his biography": the person the "his" stands for
                person = _person_before(owner, c, people, ends, people_genders, outside)
                if person is not None:
                    c.name, c.role = fullest(person, persons, PRONOUN_GENDER[owner.lower_], genders)
                previous.append(c)
                continue
            number = lex.PRONOUN_NUMBER.get(head.lower_) if head is not None else None
            if head is not None and head.lower_ in ("who", "that", "which"):
                ant = _relative_antecedent(head)
                if head.lower_ == "who" and ant.ent_type_ in _WHEN:
                    # a time the parser hung the clause on is no one: the noun before it is ("re-elect Sen. Rob
                    # Portman this year, who endorsed ...")
                    ant = next((t for t in reversed(doc[ant.sent.start:ant.left_edge.i]) if t.pos_ in ("NOUN", "PROPN")
                                and t.ent_type_ not in _WHEN), ant)
                if ant.pos_ == "PROPN":
                    c.name, c.role = fullest(name_phrase(ant), persons, genders=genders)
                elif ant.pos_ == "NOUN" and not (head.lower_ == "who" and ant.ent_type_ in _WHEN):
                    c.name = doc[ant.left_edge.i:ant.i + 1].text
            if number == "sg" and head.lower_ in ("he", "she", "him", "her", "his"):
                ahead = _named_after(head, people, people_genders, starts, quoted)
                if ahead is not None:
                    c.name, c.role = fullest(ahead, persons, PRONOUN_GENDER[head.lower_], genders)
                    previous.append(c)
                    continue
                person = _person_before(head, c, people, ends, people_genders, outside)
                if person is not None and any(person.end_char <= start < c.source[0] for start, _ in signed):
                    # named only in an earlier letter: a "He" opening a reader's letter is the person the page's
                    # letters are about, the one named most ("He did not need to meet with a Mexican" is Trump,
                    # not the president of Mexico the letter before ended on)
                    person = _most_named_before(people, ends, names, people_genders, PRONOUN_GENDER[head.lower_],
                                                c.source[0], outside) or person
                speaker = _speaker_before(previous, c, PRONOUN_GENDER[head.lower_])
                if person is not None and speaker is not None and speaker.name and _in_opening_clause(person, c) \
                        and genders.of_name(speaker.name) == PRONOUN_GENDER[head.lower_]:
                    # a person named in the clause the sentence opens with is not its "she": the last speaker is,
                    # when the document says the speaker is of that gender ("Asked about her vote in the event that
                    # Clinton faces Trump, she replied: ...")
                    c.name, c.role = speaker.name, speaker.role
                    previous.append(c)
                    continue
                if person is not None and speaker is not None and (speaker.content
                        and speaker.content[0] <= person.start_char < speaker.content[1]
                        or _mentioned_since(text, speaker, person, genders, PRONOUN_GENDER[head.lower_])
                        or c.verb is not None and c.verb.lemma_ == "add"):
                    # the person was only named in what the last source said, or before the last source (one
                    # person, see _mentioned_since), or the cue is "added": "he added"
                    # goes on with that source ("A senior official said Donald Trump was wrong. He added ..." is the
                    # official; so is a "he added" after a caption's "officer Timothy Smith holds up the gun")
                    c.name, c.role = speaker.name or up_to_head(text, speaker), speaker.role
                    c.extra["antecedent"] = speaker
                    previous.append(c)
                    continue
                if person is not None:
                    name, role = fullest(person, persons, PRONOUN_GENDER[head.lower_], genders)
                    c.name, c.role = name, role
                    previous.append(c)
                    continue
            if number == "pl" and head.lower_ in ("they", "them", "their"):
                # what an inverted or parenthetical cue reports is no antecedent ("The rules, they said, will ...")
                inverted = c.verb is not None and c.verb.dep_ in ("parataxis", "ccomp")
                reported = reports.get(c.cue, []) if inverted else []
                ant = _nearest_plural_before(plurals, plural_ends, c.source[0], reported)
                if ant is not None and not any(p.source[0] > ant[0] for p in previous if p.kind != "pronoun"):
                    c.name = text[ant[0]:ant[1]]
                    previous.append(c)
                    continue
            if head is not None and (head.lower_ in lex.FIRST_SECOND_PERSON or _expletive(head)):
                number = None
            it = head is not None and head.lower_ in ("it", "its")
            for p in reversed(previous if number else ()):  # "everyone", "this", "I": no antecedent to look for
                # an unnamed organisation or document ("the congressional report") is what "it" can stand for
                # and a group what "they" can ("Unions have been plotting ... they want"), not an organisation before it
                unnamed_ok = p.kind in ("anonymous", "candidate_plural") or (
                    number == "pl" and p.kind == "group" and p.source_head is not None
                    and p.source_head.tag_ in ("NNS", "NNPS") and _may_speak(p.source_head)) or (
                    it and p.kind == "organisation" and p.source_head is not None and p.source_head.pos_ == "NOUN")
                if p.kind == "pronoun" or (p.name is None and not unnamed_ok) or (
                        p.source_head is not None and p.source_head.lower_ in lex.QUANTIFIERS):
                    continue  # nor a part of a group ("most of them"): "they" is the whole
                p_plural = p.kind in ("group", "candidate_plural") or (
                    p.source_head is not None and p.source_head.tag_ in ("NNS", "NNPS")
                    and p.kind != "named_person")  # (one person, whom the tagger made a plural: "Sanders")
                # "it" stands for an organisation or outlet; any other singular for a person
                singular_kinds = ("organisation", "outlet") if it else ("named_person", "anonymous")
                if number == "sg" and (p_plural or p.kind not in singular_kinds):
                    continue
                if head.lower_ in PRONOUN_GENDER and p.name \
                        and name_gender(p.name) not in (None, PRONOUN_GENDER[head.lower_]):
                    continue  # "She applauded" is not the Ted Cruz of the source before
                if number == "pl" and not (p_plural or p.kind in ("organisation", "outlet")):
                    continue
                c.name = p.name or up_to_head(text, p)
                c.role = p.role
                c.extra["antecedent"] = p
                break
            else:
                if it and number == "sg" and (org := _organisation_subject_before(head)) is not None:
                    # else the organisation its sentence has for subject before it, which no source names ("Westinghouse
                    # has shed 70 businesses that it didn't expect to ..."), as a source named it if one did
                    c.name = next((p.name for p in previous if p.kind in ("organisation", "outlet") and p.name
                                   and p.name.lower().removeprefix("the ") == org.lower().removeprefix("the ")), org)
        previous.append(c)
    _first_person(doc, text, cands, persons, genders, quoted, starts, people, known, signed, writer)


def _one_named(tok, persons) -> bool:
    """Whether a plural the tagger made of a name is the name of a person of the document ("Sanders drew cheers",
    tagged a plural common noun), not a family ("the Clintons")."""
    return tok.text[:1].isupper() and person_key(tok.text) in persons


def _one_after_another(head) -> bool:
    """Whether "after" and ``head``'s own word follow it, one of many ("Speaker after speaker denounced ...")."""
    doc = head.doc
    return head.i + 2 < len(doc) and doc[head.i + 1].lower_ == "after" \
        and doc[head.i + 2].lemma_.lower() == head.lemma_.lower()


def _organisation_subject_before(pronoun) -> str | None:
    """The organisation named as a subject before ``pronoun`` in its sentence, the nearest first: a name the tagger
    took for one ("Valley Federal Savings amp Loan Association took a charge as it reported a loss")."""
    doc = pronoun.doc
    for t in reversed(doc[pronoun.sent.start:pronoun.i]):
        if t.dep_ in ("nsubj", "nsubjpass") and t.ent_type_ == "ORG" and t.pos_ == "PROPN":
            # the whole name, where the tagger cut it in two ("Valley Federal Savings amp Loan Association")
            return doc[_compound_start(t):t.i + 1].text
    return None


def _compound_start(tok) -> int:
    """Where the compound name ``tok`` ends starts: its compounds' compounds too ("Valley Federal Savings amp")."""
    return min([tok.i] + [_compound_start(c) for c in tok.lefts if c.dep_ == "compound"])


def _owner_pronoun(c: Candidate):
    """The "his" or "her" whose campaign, team or administration a source is ("his campaign said"), if so."""
    head = c.source_head
    if head is None or head.lower_ not in lex.OWNED_BODIES or head.idx < c.source[0]:
        return None
    owner = possessive_pronoun(head)
    return owner if owner is not None and owner.idx >= c.source[0] else None


def possessive_pronoun(noun):
    """The "his" or "her" that possesses ``noun`` ("his campaign", "her plan"), if any."""
    return next((t for t in noun.children if t.dep_ == "poss" and t.lower_ in ("his", "her")), None)


def _person_before(pronoun, c: Candidate, people: list, ends: list[int], genders: list[str | None],
                   unlikely: list[bool]):
    """The person a "he", "she" or "his" before ``c``'s source stands for: the nearest of its gender, outside what
    ``c`` says and the people ``unlikely`` marks; but where that person is named in an earlier sentence and not as
    its subject, the subject of the sentence a person is only named in is what the next sentence's "he" goes on
    with ("Calderon intimated that Americans gave Trump a shot at succeeding Barack Obama. '...,' he said" is
    Calderon)."""
    gender = PRONOUN_GENDER[pronoun.lower_]
    # (a possessive names no one what the source says cannot: "His campaign confirmed that Trump would ...")
    person = _nearest_person_before(people, ends, c.source[0], genders, gender, c.content, unlikely,
                                    binds=pronoun.dep_ != "poss")
    if person is not None and person.sent.start == pronoun.sent.start and not _is_subject(person):
        lead = next((t for t in pronoun.sent if t.i < person.start and t.dep_ == "nsubj" and t.head.dep_ == "ROOT"
                     and PRONOUN_GENDER.get(t.lower_) == gender), None)
        if lead is not None and not _said_of(person, pronoun):
            # the sentence's subject is a pronoun of the gender, before the person: "He avoided criticism of
            # Trump until recent days, when he expressed concern" goes on with the first "He"
            person = _nearest_person_before(people, ends, lead.idx, genders, gender, c.content, unlikely) or person
    if person is not None and person.sent.start != pronoun.sent.start and not _is_subject(person):
        person = _subject_before(people, person, c.source[0], genders, gender, unlikely) \
            or _topic_before(people, person, genders, gender, unlikely) or person
    return person


def _said_of(person, pronoun) -> bool:
    """Whether ``pronoun`` is in what the sentence says of ``person``: a clause hung on the name ("Ryan, who was
    asked if he would endorse Trump") or on the noun it possesses ("Trump's announcement that he would endorse")."""
    root = person.root
    owned = root.head if root.dep_ == "poss" else root
    return owned.left_edge.i <= pronoun.i <= owned.right_edge.i


def _first_person(doc, text: str, cands: list[Candidate], persons, genders: Genders, quoted: list[Span],
                  starts: list[int], people: list, known: list[tuple[str, str | None]],
                  signers: list[tuple[int, str]], byline: tuple[str, str | None] | None = None):
    """Name an "I" source outside quotations: in an interview's answers the person interviewed, and the "you" of its
    questions too; on a page of readers' letters the letter's signer (``signers``: ``_signers``); elsewhere the
    writer, whom an opinion piece names in its closing line, else the byline's one author (``byline``)."""
    writer = None
    turns: list[tuple[int, int, str]] | None = None  # looked for only when an "I" or a "you" asks
    guest = None
    for c in cands:
        head = c.source_head
        if c.kind != "pronoun" or c.name or head is None or head.lower_ not in ("i", "me", "my", "you", "your") \
                or inside(quoted, starts, c.source[0]):
            continue
        if turns is None:
            turns = _interview_turns(text)
            guest = _interviewed(people, known, turns[0][0]) if turns else None
        first = head.lower_ in ("i", "me", "my")
        turn = next((who for start, end, who in turns if start <= c.source[0] < end), None)
        if turn == ("A" if first else "Q"):
            if guest is not None:
                c.name, c.role = guest
            continue
        if not first:
            continue  # an answer's "you" is anyone; the interviewer's "I" is the writer
        signer = next((name for start, name in signers if start >= c.source[1]), None)
        if signer is not None:
            c.name = signer
            continue
        if writer is None:
            writer = _writer(doc, persons, genders) or byline or ("", None)
        if writer[0]:
            c.name, c.role = writer


# a letter's sign-off, a paragraph that is only its writer's name ("Martin Litwak.", "Heather T. Remoff.") or, for
# a reader's tweet, handle ("@peacockhill.")
_SIGN_OFF = re.compile(r"^[ \t]*(?P<name>[A-Z][\w'’-]*\.?(?: (?:[A-Z][\w'’-]*\.?|"
                       + "|".join(sorted(NAME_PARTICLES)) + r")){1,3}|@\w{1,30}\.?)[ \t]*$", re.M)
# what may follow the last sign-off: a line or two as short as the signer's town ("Staunton Va."), or a call to
# follow the page ("Follow @USATOpinion or #tellusatoday on Twitter for more of this discussion.")
_TAIL_LINES, _TOWN_CHARS, _CALL_CHARS = 2, 40, 100


def _tail_line(line: str) -> bool:
    """Whether a line after the last sign-off leaves it the end of the text: a town, or a call to follow."""
    return len(line) <= _TOWN_CHARS or (len(line) <= _CALL_CHARS and ("@" in line or "#" in line))


def _signers(text: str) -> list[tuple[int, str]]:
    """Where the letters of a page of readers' letters (or of one letter, or a live blog's entries) are signed, and
    by whom: each paragraph that is only a handle or a name, when the text ends with one that is surely a
    person's (a handle, or a name that starts with a common given name), but for a line or two as short as a
    town or a call to follow the page. Elsewhere on the page a name ending in a full stop signs too ("Atul M.
    Karnik."), so that a letter is not given to the next signer. A letter's "I" is the signer of the first
    sign-off after it; names that head the paragraphs they come before ("Hillary Clinton." over what she could
    do) do not end the text, and so sign nothing."""
    found = list(_SIGN_OFF.finditer(text))
    sure = [m for m in found if m["name"].startswith("@") or is_given_name(m["name"].split()[0])]
    tail = [line for line in text[sure[-1].end():].splitlines() if line.strip()] if sure else []
    if not sure or len(tail) > _TAIL_LINES or not all(_tail_line(line.strip()) for line in tail):
        return []
    return [(m.start(), _without_full_stop(m["name"])) for m in found if m in sure or m["name"].endswith(".")]


def _without_full_stop(name: str) -> str:
    """A sign-off's name without the full stop that ends its line ("Martin Litwak." -> "Martin Litwak"), but with
    an initial's or a suffix's ("John Roe Jr.")."""
    if name.endswith(".") and not re.search(r"\b(?:[A-Z]|Jr|Sr)\.$", name):
        return name[:-1]
    return name


# a question or an answer that begins a paragraph of an interview: "Q: You open your book ...", "A: I came home";
# a question in bold may have lost its colon ("QThere's no shortage of causes")
_QUESTION = re.compile(r"^Q(?::\s*|\.\s+|(?=[A-Z][a-z']))", re.M)
_ANSWER = re.compile(r"^A(?::\s*|\.\s+)", re.M)


def _interview_turns(text: str) -> list[tuple[int, int, str]]:
    """The questions ("Q") and answers ("A") of an interview printed as one, each from its mark to the next mark
    (an answer may run over several paragraphs); none unless the text has at least two of each."""
    marks = sorted([(m.start(), "Q") for m in _QUESTION.finditer(text)]
                   + [(m.start(), "A") for m in _ANSWER.finditer(text)])
    if sum(who == "Q" for _, who in marks) < 2 or sum(who == "A" for _, who in marks) < 2:
        return []
    return [(start, marks[k + 1][0] if k + 1 < len(marks) else len(text), who) for k, (start, who) in enumerate(marks)]


def _interviewed(people: list, known: list[tuple[str, str | None]], first_turn: int) -> tuple[str, str | None] | None:
    """The person an interview is with: the one its introduction names most often (the first of those named as
    often), "Former first lady Laura Bush wrote ... She sat down this week with ..."."""
    counts: dict[str, int] = {}
    for e, (name, _) in zip(people, known):
        if e.start_char < first_turn and name:
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    best = max(counts, key=counts.get)  # max keeps the first of equal counts
    return next(k for k in known if k[0] == best)


def _writer(doc, persons, genders: Genders) -> tuple[str, str | None] | None:
    """The writer an opinion piece names in its closing line, a sentence of its own: "Rick Scott is the Republican
    governor of Florida.", "Mr. Phillips is Director of the Program on Peace-building"."""
    last = next((t for t in reversed(doc) if not t.is_space), None)
    if last is None:
        return None
    sent = last.sent
    while sent.start > 0 and "\n" not in doc[sent.start - 1].text_with_ws and not doc[sent.start - 1].is_space:
        sent = doc[sent.start - 1].sent  # back to the first sentence of the closing paragraph
    subject = next((t for t in sent if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.head.lemma_ == "be"), None)
    if subject is None or subject.pos_ != "PROPN" or subject.left_edge.i != sent.start:
        return None
    name = doc[sent.start:subject.i + 1]
    if not any(t.ent_type_ == "PERSON" for t in name) and name[0].lower_.rstrip(".") not in ("mr", "mrs", "ms", "dr"):
        return None
    return fullest(name, persons, genders=genders)


def _salient_person_before(c: Candidate, people: list, ends: list[int], names: list[str],
                           genders: list[str | None], unlikely: list[bool], text: str,
                           given: dict[str, str] | None = None, last_subject: bool = False):
    """The person an epithet ("the candidate", "the billionaire businessman", "the actress") stands for: the one
    named most often before it (the article's subject, not whoever was named last), of the epithet's gender where
    it gives one, outside what its source says and outside quotations, and more than once; the latest of those
    named as often. An epithet of a party ("the Republican nominee", "The GOP candidate") is only a person the
    article gives that party's name (``_beside_party``): the article's subject may be the other party's. In a
    live blog, the subject is that of the entry that holds the epithet: the one named most in it, once is enough.
    ``given`` (name -> party) holds the parties earlier party epithets were resolved to, and gains this one's."""
    head = c.source_head
    section = _section_start(text, c.source[0])  # (in a live blog: where the epithet's entry starts)
    if any(t.dep_ == "conj" and t.idx < c.source[1] and (t.tag_ in ("NNS", "NNPS") or any(
            d.dep_ in ("det", "poss") for d in t.children)) for t in head.children):
        return None  # "The Republican nominee and his aides": more than one ("the businessman and reality star" is one)
    party = {_PARTIES.get(t.lower_) if t.text[:1].isupper() else None for t in head.subtree
             if t.i < head.i and t.lower_ in _PARTY_WORDS}
    if len(party) > 1 or None in party:
        return None  # two parties, or a leaning ("the conservative candidate", "democratic socialist")
    own = next(iter(party)) if party else None
    partisans = {names[k] for k, e in enumerate(people) if _beside_party(e, own)} if own else None
    gender = word_gender(head.lower_)
    unknown = partisans == set()
    given = {} if given is None else given
    if unknown:
        # no one is given the party: as a wire story names its subject again by a party it takes for known
        # ("Lashing out, Trump said ... '...,' the presumptive Republican presidential nominee wrote"), the person
        # named most who is also the nearest subject of a sentence before (within a few sentences), if neither the
        # article nor an earlier epithet gives that person another party; where the two differ, no one
        rivals = set(_PARTIES.values()) - party
        partisans = set(names) - {names[k] for k, e in enumerate(people) if any(_beside_party(e, r) for r in rivals)
                                  or _party_apposition(e, own) is True} \
            - {name for name, p in given.items() if p in rivals}
    skip = [(section is not None and people[k].start_char < section) or unlikely[k]
            or (c.content is not None and c.content[0] <= people[k].start_char < c.content[1])
            or (partisans is not None and names[k] not in partisans) for k in range(len(people))]
    # named once: no subject of the article yet (but an entry's)
    most = _most_named_before(people, ends, names, genders, gender, c.source[0], skip,
                              least=1 if section is not None else 2)
    if most is not None and section is None:
        # the article's subject of the moment, where it has turned to another person and names that person
        # more than its first subject in the paragraphs before the epithet ("Alley lost 75 pounds ... the actress
        # decided", in an article that was about Celine Dion until a few paragraphs back)
        start = _paragraphs_back(text, c.source[0], _RECENT_PARAGRAPHS)
        recent = _most_named_before(people, ends, names, genders, gender, c.source[0],
                                    [sk or people[k].start_char < start for k, sk in enumerate(skip)])
        if recent is not None and recent is not most:
            window = [k for k in range(len(people)) if not skip[k] and start <= people[k].start_char
                      and people[k].end_char <= c.source[0]]
            counts = Counter(names[k] for k in window)
            name = _name_of(recent, people, names)
            if counts[name] > counts[_name_of(most, people, names)] \
                    and not any(role_of(head.doc, people[k]) for k in window if names[k] == name):
                most = recent  # (given no role there: "Mr. Lewandowski, now a paid CNN commentator," is no candidate)
    m = people.index(most) if most is not None else None  # (its index, read once: the list is scanned for it)
    sent_start = head.sent.start

    def besides(name: str) -> bool:  # named in the epithet's sentence besides: "The Republican presidential
        # nominee has not stepped forward publicly to defend Manafort" is not Manafort
        return any(e.sent.start == sent_start and name == n and not c.source[0] <= e.start_char < c.source[1]
                   for e, n in zip(people, names))

    if m is not None and unknown:
        subject = next((k for k in range(bisect.bisect_right(ends, c.source[0]) - 1, -1, -1)
                        if not skip[k] and _is_subject(people[k], main=True)), None)
        if subject is None or names[subject] != names[m] \
                or head.i - people[subject].end > _TOPIC_SPAN or besides(names[subject]):
            m = None
    if m is None and last_subject:
        # else, named once or not the one named most, the subject of the main verb of the last sentence that names
        # someone ("Mike Pence showed the crowd a clip ... '...,' the Republican vice-presidential nominee riffed"),
        # of the gender a "he" or "she" opening what the epithet says gives ("Hillary Clinton said the race was not
        # over. The Republican nominee said he would win Indiana." is no one)
        k = _last_main_subject(people, ends, c, skip)
        want = gender or _opening_pronoun_gender(c)
        if k is not None and not besides(names[k]) and (want is None or genders[k] in (None, want)):
            m = k
    if m is None:
        return None
    if own:
        given[names[m]] = own
    return people[m]


# the line that separates the entries of a live blog (AP's "The Latest": "___" between timed entries)
_ENTRY_BREAK = re.compile(r"\n_{3,}\.?[ \t]*\n")


_RECENT_PARAGRAPHS = 4  # paragraphs back from an epithet's own that tell whom the article is about at that point


def _paragraphs_back(text: str, offset: int, n: int) -> int:
    """Where the paragraph ``n`` paragraphs before the one holding ``offset`` starts (paragraphs end at a blank
    line, as the ingest writes them)."""
    start = offset
    for _ in range(n + 1):
        start = text.rfind("\n\n", 0, start)
        if start < 0:
            return 0
    return start + 2


def _name_of(mention, people: list, names: list[str]) -> str:
    return names[people.index(mention)]


def _most_named_before(people: list, ends: list[int], names: list[str], genders: list[str | None],
                       gender: str | None, offset: int, skip: list[bool], least: int = 2):
    """The latest mention, before ``offset``, of the person named most often before it (``least`` times at least;
    the latest of those named as often), of ``gender`` where given, outside the mentions ``skip`` marks."""
    counts: dict[str, int] = {}
    latest: dict[str, int] = {}
    for k in range(bisect.bisect_right(ends, offset)):
        if skip[k] or (gender is not None and genders[k] not in (None, gender)):
            continue
        counts[names[k]] = counts.get(names[k], 0) + 1
        latest[names[k]] = k
    best = max(counts, key=lambda n: (counts[n], latest[n]), default=None)
    return people[latest[best]] if best is not None and counts[best] >= least else None


def _opening_pronoun_gender(c: Candidate) -> str | None:
    """The gender of a "he" or "she" that is the subject of what a source says ("said he would win"), if any."""
    if c.content is None:
        return None
    said = c.source_head.doc.char_span(c.content[0], c.content[1], alignment_mode="expand")
    first = next((t for t in said if t.lower_ != "that"), None) if said is not None else None
    return PRONOUN_GENDER.get(first.lower_) if first is not None and first.dep_ == "nsubj" else None


def _last_main_subject(people: list, ends: list[int], c: Candidate, skip: list[bool]) -> int | None:
    """The index in ``people`` of the person, if any, who is the one subject of the main verb of the nearest
    sentence that names someone (outside the mentions ``skip`` marks) before ``c``'s source: where that is the
    source's own sentence, someone it names besides ("Bernie Sanders met Hillary Clinton on Friday, and the
    Democratic nominee said ...")."""
    k = bisect.bisect_right(ends, c.source[0]) - 1
    while k >= 0 and skip[k]:
        k -= 1  # (not a person named in a quotation: '"Governor Hassan, let me help you out," the nominee said')
    if k < 0:
        return None
    sent = people[k].sent
    while k >= 0 and people[k].start >= sent.start:
        if not skip[k] and _is_subject(people[k], main=True):
            # (one subject: not "Donald Trump and Hillary Clinton met voters")
            return None if any(t.dep_ == "conj" for t in people[k].root.children) else k
        k -= 1
    return None


def _section_start(text: str, offset: int) -> int | None:
    """Where the live-blog entry holding ``offset`` starts, if the text is a live blog."""
    last = None
    for m in _ENTRY_BREAK.finditer(text, 0, offset):
        last = m.end()
    return last


_PARTY_WORDS = lex.PARTISANS | {"democratic", "gop"}
_PARTIES = {"republican": "R", "gop": "R", "democratic": "D", "democrat": "D", "libertarian": "L"}


def _beside_party(mention, party: str) -> bool:
    """Whether a person's mention is given ``party``'s name: in the words that lead to it ("Republican Donald
    Trump", "GOP presidential nominee Donald Trump"), in an apposition after it ("Trump, the Republican
    nominee") or as what the person is ("Trump is the Republican nominee")."""
    doc, sent = mention.doc, mention.sent
    k = mention.start - 1
    while k >= sent.start and mention.start - k <= 4 and doc[k].pos_ in ("PROPN", "NOUN", "ADJ"):
        if _PARTIES.get(doc[k].lower_) == party and doc[k].text[:1].isupper():
            return True
        k -= 1
    if _party_apposition(mention, party) is False:
        return True
    # or as what the person is or becomes: "Donald Trump would become the Republican presidential candidate"
    root = mention.root
    verb = root.head
    return root.dep_ == "nsubj" and verb.lemma_ in ("be", "become") and any(
        c.dep_ == "attr" and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
        and c.lemma_.lower() in _PARTY_OFFICES
        and any(_PARTIES.get(t.lower_) == party and t.text[:1].isupper() for t in c.subtree if t.i < c.i)
        for c in verb.children)


_PARTY_OFFICES = frozenset("candidate nominee front-runner frontrunner leader".split())


def _party_apposition(mention, party: str) -> bool | None:
    """For an apposition after a person's mention that names ``party`` ("Trump, the Republican nominee"), whether
    it relates the person to someone of the party instead, through a possessive ("Ivanka Trump, the Republican
    nominee's eldest daughter"); None where no apposition names the party."""
    doc, sent = mention.doc, mention.sent
    after = doc[mention.end:min(sent.end, mention.end + 5)]
    if len(after) > 2 and after[0].text == "," and after[1].lower_ in ("the", "a") \
            and any(_PARTIES.get(t.lower_) == party and t.text[:1].isupper() for t in after[2:]):
        return _possessive_apposition(doc, mention.end, sent.end)
    return None


def _possessive_apposition(doc, start: int, end: int) -> bool:
    """Whether the apposition from ``start`` (its comma) to the next punctuation holds a possessive: "Ivanka
    Trump, the Republican presidential nominee's eldest daughter" is not the nominee."""
    stop = next((t.i for t in doc[start + 1:end] if t.is_punct), end)
    return any(t.tag_ == "POS" for t in doc[start:stop])


def _named_after(pronoun, people: list, genders: list[str | None], starts: list[int], quoted: list[Span]):
    """The person a "he" or "she" stands for who is named after it, as the subject of the clause its opening
    clause hangs on, no one named before it in the sentence ("While he refused to release violent criminals,
    Mr. Obama deemed ...", "Though she never mentioned Sanders by name, Clinton cast ..."), outside quotations."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "advcl" or verb.i > verb.head.i \
            or not any(ch.dep_ == "mark" for ch in verb.children) or inside(quoted, starts, pronoun.idx):
        return None
    if any(t.ent_type_ == "PERSON" for t in pronoun.doc[pronoun.sent.start:pronoun.i]):
        return None
    subject = next((ch for ch in verb.head.children if ch.dep_ in ("nsubj", "nsubjpass") and ch.i > verb.i), None)
    if subject is None:
        return None
    k = next((k for k, e in enumerate(people) if e.start <= subject.i < e.end), None)
    if k is None or genders[k] not in (None, PRONOUN_GENDER[pronoun.lower_]):
        return None
    return people[k]


def _in_opening_clause(person, c: Candidate) -> bool:
    """Whether ``person`` is named in an adverbial clause or phrase that opens the sentence of ``c``'s cue verb,
    before its source ("Asked about Clinton, she said", "After Trump spoke, she said"); not in one that names the
    topic ("As for Trump, he said")."""
    verb = c.verb
    if verb is None or person.sent.start != verb.sent.start or c.source_head is None:
        return False
    clause = person.root.head
    if _is_subject(person) and clause.dep_ == "relcl" and any(ch.tag_ == "WRB" for ch in clause.children):
        return False  # the subject of a "where" or "when" clause: "In West Miami, where Mr. Rubio began ..., he"
    return any(ch.dep_ in ("advcl", "prep", "npadvmod") and ch.i < c.source_head.i
               and ch.left_edge.i <= person.start and person.end - 1 <= ch.right_edge.i < c.source_head.i
               and not (ch.lower_ == "as" and ch.nbor().lower_ == "for")
               for ch in verb.children)


def _its_subject(people: list, person, unlikely: list[bool]):
    """The subject of the sentence that names ``person`` as other than its subject, where a person is it ("Ruth
    Bader Ginsburg regrets her insults of Donald Trump. The Supreme Court justice said ...": Ginsburg), else
    ``person``."""
    if person is None or _is_subject(person):
        return person
    k = next(i for i, p in enumerate(people) if p is person)
    for j in range(k - 1, -1, -1):
        if people[j].start < person.sent.start:
            break
        if not unlikely[j] and _is_subject(people[j]):
            return people[j]
    return person


def _main_subject_before(people: list, ends: list[int], c: Candidate, unlikely: list[bool]):
    """The nearest person before ``c``'s source, within ``_TOPIC_SPAN`` tokens of it, who is the subject of their
    sentence's main verb or a subject its sentence names before anyone else ("House Speaker Paul Ryan says no
    matter what action President Barack Obama takes, the law stands", parsed with "stands" for the main verb),
    outside what ``c`` says and the mentions ``unlikely`` marks."""
    for k in range(bisect.bisect_right(ends, c.source[0]) - 1, -1, -1):
        p = people[k]
        if c.source_head.i - p.end > _TOPIC_SPAN:
            return None
        first = k == 0 or people[k - 1].end <= p.sent.start
        if not unlikely[k] and not (c.content is not None and c.content[0] <= p.start_char < c.content[1]) \
                and (_is_subject(p, main=True) or (first and _is_subject(p))):
            return p
    return None


def _is_subject(ent, main: bool = False) -> bool:
    """Whether a mention is a clause's subject, itself or set beside one ("Elliott's father, the Rev. Charles Elliott
    Jr., knew Ali"); with ``main``, the subject of its sentence's main verb ("Donald Trump said ... had Hillary
    Clinton congratulated him": Trump)."""
    tok = ent.root
    while tok.dep_ in ("compound", "flat", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and (not main or tok.head.dep_ == "ROOT")


def _subject_before(people: list, person, offset: int, genders: list[str | None], gender: str | None,
                    quoted: list[bool]):
    """The nearest person before ``person`` in its sentence that is a subject, of ``gender`` where known."""
    for k in range(len(people) - 1, -1, -1):
        p = people[k]
        if p.start_char >= person.start_char or p.end_char > offset:
            continue
        if p.sent.start != person.sent.start:
            if p.start < person.sent.start:
                break
            continue
        if _is_subject(p) and not (quoted and quoted[k]) and (gender is None or genders[k] in (None, gender)):
            return p
    return None


def _topic_before(people: list, person, genders: list[str | None], gender: str | None, quoted: list[bool]):
    """Where the sentence a person is only named in has, before the mention, a "he" or "she" of the pronoun's
    gender as a subject ("At 29, she still lives in her childhood bedroom, walls plastered with the same Dirty
    Dancing posters"), the person that pronoun goes on with: the nearest earlier subject of that gender, within a
    few sentences ("Christyn Gionfriddo ... is saddled with about $92,000 in student loan debt"). A pronoun after
    the mention may be the person itself ("And as for Trump, he was strangely subdued")."""
    sent = person.sent
    if gender is None or not any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("he", "she")
                                 and PRONOUN_GENDER[t.lower_] == gender for t in sent[:person.start - sent.start]):
        return None
    for k in range(len(people) - 1, -1, -1):
        p = people[k]
        if p.start >= sent.start:
            continue
        if sent.start - p.start > _TOPIC_SPAN:
            break
        if _is_subject(p) and not (quoted and quoted[k]) and genders[k] in (None, gender):
            return p
    return None


_TOPIC_SPAN = 120  # tokens back from the sentence a person is named in: about four sentences


def _mentioned_since(text: str, speaker: Candidate, person, genders: Genders, gender: str) -> bool:
    """Whether the last source is a person mentioned after the nearest name a "she" may stand for, and so the
    nearer ("Oscar-winning actress Susan Sarandon ... Clinton faces Trump ... The actress said she was tired ...
    She appeared to imply" is Sarandon); not one who asked ("when an Iowa voter asked if she might consider
    appointing Obama. '..., ' she replied" is the person asked), nor a definite description left unresolved, which
    goes back to a name ("the host" after "MSNBC host Joe Scarborough")."""
    if speaker.source[0] < person.end_char or (speaker.verb is not None and speaker.verb.lemma_ in _ASKING):
        return False
    if speaker.kind == "named_person" and genders.of_name(speaker.name) not in (None, gender):
        return False  # a name of the other gender (not Kelly Ayotte for a "he")
    return not (speaker.kind == "anonymous" and _DEFINITE.match(text, speaker.source[0]))


_ASKING = frozenset(("ask", "question", "query", "wonder"))
_DEFINITE = re.compile(r"(?i:the|this)\b")  # (a word, not the start of "Thistlewood")


def _last_before(previous: list[Candidate], c: Candidate) -> Candidate | None:
    """The last attribution whose cue comes before ``c``'s (``previous`` is in cue order)."""
    return next((p for p in reversed(previous) if p.cue[0] < c.cue[0]), None)


def _speaker_before(previous: list[Candidate], c: Candidate, gender: str | None):
    """The last attribution before ``c`` if its source is one person who can be of ``gender`` (named, anonymous,
    or a he or she already resolved), else None."""
    last = _last_before(previous, c)
    if last is None or last.source_head is None or last.source_head.tag_ in ("NNS", "NNPS"):
        return None
    if last.kind == "named_person" and last.name:
        mention = last.source_head.doc.char_span(*last.source, alignment_mode="expand")
        # what the source's own words or given name say ("Mrs. Clinton", "Hillary"), not the pronoun votes
        said = (stated_gender(mention) if mention is not None else None) or name_gender(last.name)
        return last if said in (None, gender) else None
    if last.kind == "anonymous":
        # of the gender its noun gives ("his mother", "a spokeswoman"), if any
        return last if word_gender(last.source_head.lower_) in (None, gender) else None
    if last.kind == "pronoun" and last.name and last.source_head.lower_ in PRONOUN_GENDER \
            and PRONOUN_GENDER[last.source_head.lower_] == gender:
        return last
    return None


def _went_on_from(previous: list[Candidate], c: Candidate, text: str):
    """The named speaker of the attribution before ``c``, in its paragraph or the one before, where ``c``'s cue
    says its source goes on ("continued", "added", "went on"), else None; not for a noun of the unnamed sources
    ("the official", "the spokesman"), who may be another."""
    verb = c.verb
    if verb is None or c.source_head.lemma_.lower() in lex.ANONYMOUS_HEADS or not (
            verb.lemma_.lower() in ("continue", "add") or (
            verb.lemma_.lower() == "go" and any(t.dep_ == "prt" and t.lower_ == "on" for t in verb.children))):
        return None
    speaker = _last_before(previous, c)
    if speaker is None or speaker.kind != "named_person" or not speaker.name \
            or speaker.cue[0] < _paragraphs_back(text, c.source[0], 1) \
            or ((gender := word_gender(c.source_head.lower_)) is not None  # ("the spokeswoman": a woman)
                and _speaker_before(previous, c, gender) is not speaker):
        return None
    return speaker


def _may_speak(noun) -> bool:
    """Whether a plural subject can be what a "they" who speaks or thinks stands for: people ("voters",
    "Republicans", "residents"), organisations, outlets, documents ("the polls"); not a thing ("Obama’s
    achievements", "sagging wages", "such measures"). Nouns of people not in the lexicons are known by their
    endings ("supporters", "activists", "historians", "immigrants", "attendees", "advocates")."""
    lemma = noun.lemma_.lower()
    if noun.pos_ == "PROPN" or noun.ent_type_ in ("NORP", "ORG", "PERSON", "GPE") or lemma in lex.PEOPLE_NOUNS \
            or lemma in lex.PERSON_NOUNS or lemma in lex.ORGANISATION_HEADS or lemma in lex.OUTLET_HEADS \
            or lex.is_document_word(noun):
        return True
    return lex.is_agent_noun(lemma)


def _phrase_start(head) -> int:
    """Where a noun phrase starts, after any quotation mark or space the parser let into it ('"  Amanda Terkel
    The attendees')."""
    start = head.left_edge.i
    for k in range(head.i - 1, start - 1, -1):
        if head.doc[k].is_space or head.doc[k].is_quote:
            start = k + 1
            break
    return head.doc[start].idx


_WHEN = frozenset(("DATE", "TIME"))


def _relative_antecedent(rel):
    """The noun a relative pronoun stands for: the one its clause hangs on, or the one right before it where the parser
    made the clause one of its own ("the Chicago Police Department which reported"); the noun before the preposition
    phrase it follows when the verb's number says so ("Democrats on Capitol Hill, who have argued"); the subject a list
    of predicate nouns describes ("Trump ... is a serial liar, rampant xenophobe and birther who has repeatedly
    pledged", however the parser joins the list, appositives too, or breaks it); the name an appositive describes
    ("Maria Lopez, a director at the food bank, who"); the noun of the relative clause a second one is joined to
    ("Senator Ted Cruz of Texas, who last year threatened ..., and who has been hoping ...")."""
    verb = rel.head
    if verb.dep_ == "conj" and verb.head.dep_ == "relcl" and rel.lower_ == "who":
        verb = verb.head
    ant = verb.head
    if verb.dep_ != "relcl" and rel.i > 0:
        prev = rel.nbor(-1)
        if prev.text == "," and prev.i > 0:
            prev = prev.nbor(-1)
        if prev.pos_ in ("NOUN", "PROPN"):
            ant = prev
    agrees = verb_number(verb) or _number(ant)  # the number the relative clause's verb gives its antecedent
    if ant.dep_ == "pobj" and ant.head.head.pos_ in ("NOUN", "PROPN") and _number(ant) != agrees \
            == _number(ant.head.head):
        ant = ant.head.head
    elif rel.lower_ == "who" and _number(ant) != agrees:
        # and the other way round: the object of the preposition after the noun the parser hung the clause on
        # ("a focal point for demonstrators here, who have taken to the streets")
        ant = next((t for t in reversed(rel.doc[ant.i + 1:rel.i]) if t.dep_ == "pobj" and t.head.head.i == ant.i
                    and t.pos_ in ("NOUN", "PROPN") and _may_speak(t) and t.ent_type_ not in ("GPE", "LOC")
                    and _number(t) == agrees), ant)  # (not "the only Republicans in the country who has")
    first = ant
    while first.dep_ in ("conj", "appos") and first.head.i != first.i:
        first = first.head  # (a list the parser made appositives: "a serial liar, rampant xenophobe, racist")
    if first.dep_ != "attr":
        # a list the parser broke, its words a subject of their own: back over it to the predicate noun it goes on
        # ("is a serial liar, rampant xenophobe, racist, misogynist and birther who", "xenophobe" made a name)
        k, sent_start = first.i - 1, first.sent.start
        while k > sent_start and rel.doc[k].dep_ != "attr" and (
                rel.doc[k].is_punct or rel.doc[k].is_lower and rel.doc[k].pos_ in ("ADJ", "NOUN", "PROPN", "CCONJ")):
            k -= 1
        if rel.doc[k].dep_ == "attr":
            first = rel.doc[k]
    if first.dep_ == "attr" and first.pos_ == "NOUN" and first.head.lemma_ == "be":
        cop = first.head
        subj = next((c for c in cop.children if c.dep_ == "nsubj"), None)
        if subj is None and cop.dep_ == "conj":
            subj = next((c for c in cop.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "PROPN":
            ant = subj
    if ant.dep_ == "appos" and ant.tag_ == "NN" and ant.head.pos_ == "PROPN" and ant.head.i < ant.i \
            and ant.head.ent_type_ in ("PERSON", "ORG"):
        ant = ant.head  # "Maria Lopez, a director at the food bank, who ...": the person the appositive describes
    return ant


def _number(noun) -> str:
    return "pl" if noun.tag_ in ("NNS", "NNPS") else "sg"


def verb_number(verb) -> str | None:
    """The number a present or past verb agrees in ("have argued": plural; "was", "says": singular), if it shows."""
    for t in [c for c in verb.children if c.dep_ in ("aux", "auxpass")] + [verb]:
        if t.tag_ == "VBZ" or t.lower_ == "was":
            return "sg"
        if t.tag_ == "VBP" or t.lower_ == "were":
            return "pl"
    return None


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


def up_to_head(text: str, c: Candidate) -> str:
    """The source's noun phrase up to its head: "A Pentagon official", not the relative clause after it."""
    head = c.source_head
    if head is None or head.idx < c.source[0]:
        return text[c.source[0]:c.source[1]]
    return text[c.source[0]:max(c.source[0], head.idx + len(head.text))]


def _nearest_plural_before(plurals: list[Span], ends: list[int], offset: int, reported: list[Span] = ()) -> Span | None:
    """The nearest plural subject ending before ``offset``, outside the ``reported`` spans."""
    k = bisect.bisect_right(ends, offset) - 1
    while k >= 0 and any(s <= plurals[k][0] and plurals[k][1] <= e for s, e in reported):
        k -= 1
    return plurals[k] if k >= 0 else None


def _nearest_person_before(people: list, ends: list[int], offset: int, genders: list[str | None] = (),
                           gender: str | None = None, content: Span | None = None, quoted: list[bool] = (),
                           binds: bool = True):
    """The last PERSON mention that ends before ``offset`` (a he/she antecedent), outside what the pronoun's
    source says (``content``: in '"... Hillary Clinton will win," he said' he is not Clinton), outside
    quotations where ``quoted`` marks them, and of the pronoun's gender where the document gives one, if any; where
    the pronoun ``binds`` what its source says (a subject, not a possessive), no mention of a person that content
    names after it outside quotations ("He insisted Curiel had a conflict of interest": not Curiel, named before)."""
    k = bisect.bisect_right(ends, offset) - 1
    named = _named_in(people, content, offset, quoted) if binds else (set(), set())
    while k >= 0 and ((content is not None and content[0] <= people[k].start_char < content[1])
                      or (quoted and quoted[k])
                      or (gender is not None and genders[k] is not None and genders[k] != gender)
                      or _same_name(people[k], named)):
        k -= 1
    if k >= 0 and gender is not None and genders[k] is None and people[k].root.dep_ == "poss":
        # a possessor of unknown gender ("President Barack Obama's former top adviser") gives way to a person of
        # the pronoun's gender named as a subject before it, in its sentence or the one before
        sent = people[k].sent
        first = sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for j in range(k - 1, -1, -1):
            p = people[j]
            if p.start < first:
                break
            if genders[j] == gender and _is_subject(p) and not (quoted and quoted[j]) \
                    and not (content is not None and content[0] <= p.start_char < content[1]):
                return p
    return people[k] if k >= 0 else None


def _named_in(people: list, content: Span | None, offset: int,
              quoted: list[bool]) -> tuple[set[tuple[str, str]], set[str]]:
    """The people named in what a source reports after it (at ``offset``), outside quotations and descriptions
    (``quoted`` marks them), as (given name, surname) where a mention has both, else surname: in their own words
    speakers may name themselves ('"they say Bernie Sanders should drop out," he said'), and a content before the
    pronoun may hold its antecedent."""
    if content is None or content[0] < offset or not quoted:
        return set(), set()
    inside = [p for p, q in zip(people, quoted) if not q and content[0] <= p.start_char < content[1]]
    return {(p[0].lower_, p[-1].lower_) for p in inside if len(p) > 1}, {p[-1].lower_ for p in inside if len(p) == 1}


def _same_name(person, named: tuple[set[tuple[str, str]], set[str]]) -> bool:
    """Whether a mention may be a person named in what the pronoun's source says, whom the pronoun cannot be ("He
    insisted Curiel had a conflict of interest" is not Curiel): by given name and surname where both have them."""
    full, last = named
    if person[-1].lower_ in last:
        return True
    if len(person) > 1:
        return (person[0].lower_, person[-1].lower_) in full
    return any(surname == person[-1].lower_ for _, surname in full)


_SECOND_OFFICES = frozenset("vice deputy assistant associate".split())  # words that make another office of a title


def _words_before(mention, text: str) -> set[str]:
    """The words a name mention comes right after, which its role may not hold ("Oscar-winning actress Susan
    Sarandon, star of ...": "actress"; "Democratic presidential nominee Hillary Clinton"); none in a title-case
    headline, where any words run together ("Hillary Aid And CNN Reporter Caught Conspiring", whose "Caught
    Conspiring" the tagger took for a name). ``text``: the document's (``doc.text`` joins it at each access)."""
    doc, words = mention.doc, set()
    if title_case_line(text, mention.start_char):
        return words
    for i in range(mention.start - 1, max(mention.start - 5, -1), -1):
        t = doc[i]
        if t.text == "-" and i and not t.whitespace_ and not doc[i - 1].whitespace_:
            continue  # the hyphen inside a word ("great-uncle Lazaro Gonzalez")
        if t.pos_ not in ("NOUN", "ADJ", "PROPN") or t.ent_type_ == "PERSON":
            break
        words |= {t.lower_, t.lemma_.lower()}
    return words


def kin_owner(head):
    """The owner of the family tie a noun names ("Trump" of "Trump's wife", "his" of "his mother", "Grayson" of
    "the ex-wife of Alan Grayson"), or None."""
    if head is None or head.lemma_.lower() not in lex.KIN_NOUNS:
        return None
    return next((t for t in head.children if t.dep_ == "poss"), None) or next(
        (g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
         if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)


def _former_tie(head) -> bool:
    """Whether a family tie is a former one ("ex-wife", "former husband"), which the person now given it is not."""
    doc = head.doc
    return any(c.dep_ == "amod" and c.lower_ == "former" for c in head.children) or (
        head.i > 1 and doc[head.i - 1].text == "-" and doc[head.i - 2].lower_ == "ex")


def _with_tie(mention, role: str | None) -> str | None:
    """``role``, with the family tie an appositive before the name gives ("His wife, Melania Trump": wife)."""
    root = mention.root
    tie = root.head if root.dep_ == "appos" and root.head.i < mention.start else None
    if tie is None or tie.lemma_.lower() not in lex.KIN_NOUNS:
        return role
    return f"{role} ({tie.lemma_.lower()})" if role else tie.lemma_.lower()


def _of_family(owner: str, name: str, role: str | None) -> bool:
    """Whether the person ``name`` (known by ``role``) is family of ``owner`` (a name): has its surname, or a role
    that gives the tie to it ("Rakeyia Scott, Keith Lamont Scott's wife")."""
    words = name_words(owner)
    if not words or name == owner:
        return False  # (not the owner: "Elian's father" is not Elian)
    if name_words(owner.split()[-1]) <= name_words(name):
        return True
    return bool(role) and bool(words & {m.lower() for m in re.findall(r"([A-Z][\w-]+)['’]s?(?=\s)", role)})


def _titled_person_before(c: Candidate, text: str, people: list, ends: list[int], people_roles: list[str | None],
                          unlikely: list[bool], plain: bool = False, after: bool = False):
    """The nearest earlier person the article gave the title of "the governor" or "the Vermont senator" (all its
    words first, then the title alone), if any, but the people ``unlikely`` marks (named in quotations: '"...
    running harder against President Obama and me," the former president said' is not Obama). ``people_roles``:
    the role each of ``people`` is known by. ``plain``: a noun that is no title ("the host"), which the words right
    before a name give as well as a role. ``after``: the first person after the source whose role holds all its
    words ("The judge then said ..." before the article names "Judge Berman")."""
    head = c.source_head
    if head is None:
        return None
    words = {t.lower_ for t in head.subtree if t.i < head.i and t.dep_ in ("compound", "amod") and t.is_alpha}
    title = head.lemma_.lower()
    want = {title} | words - {"former", "retired"}  # (a former or retired general's role may say neither)
    # all its words in the role, or right before the name where they say more than a bare title does: an
    # occupation ("the actress" after "Oscar-winning actress Susan Sarandon, star of ...") or words besides the
    # title ("The Democratic presidential nominee"; not "the candidate", any candidate); else the nearest with the
    # title alone in the role (and the title of one person: not "The Republican nominee and his aides")
    before = (plain or len(want) > 1 or title in lex.OCCUPATIONS) and not any(
        t.dep_ == "conj" and t.idx < c.source[1] for t in head.children)
    fallback = None
    first = bisect.bisect_right(ends, c.source[0])
    for k in range(first, len(people)) if after else range(first - 1, -1, -1):
        if unlikely[k]:
            continue
        role = people_roles[k]
        found = lex.title_words(role) if role else set()
        if found & _SECOND_OFFICES - words or (after and "former" in found - words):
            # "Vice President Joe Biden" is not "the former president", a deputy director not "the director"; after
            # the source, a "former candidate for governor" is not "the candidate"
            continue
        if want <= (found | _words_before(people[k], text) if before and not after else found):
            return people[k]
        if fallback is None and title in found and not after:
            fallback = people[k]
    return fallback
