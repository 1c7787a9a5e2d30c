"""Who a cue verb's speaker is in the parse: its subject, a passive's agent, the subject it shares with the verb it
hangs on, and the parser's usual slips around them (a subject hung on an opening phrase, the clitic "'s" read as a
passive, a second reporting verb joined to the first one's clause). Pure functions of a spaCy parse.
"""

from __future__ import annotations

from newsprov.extract import attribution_lexicon as lex
from newsprov.extract.attribution_cues import copular_chain
from newsprov.extract.attribution_spans import is_dateline


def report_taken_for_subject(doc, verb):
    """The head of what a speech verb reports where the parser took it for a second subject, one before the cue
    ("The rejection of the treaty signals ..., said Geert Wilders": what was said has no verb of its own); the
    speaker is then the subject after the cue."""
    if verb.lemma_.lower() not in lex.SPEECH_VERBS or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if len(subjects) > 1 and subjects[0].i < verb.i < subjects[-1].i:
        return subjects[0]
    return None


def name_taken_into_compound(doc, verb):
    """The speaker's name where the parser read it and the verb after it as one noun, the verb a plural ("But Trump
    claims that he should be the exception", "Trump predicts that ..."): the name is then a compound of the verb."""
    if verb.tag_ != "NNS" or verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ != "that" \
            or any(c.dep_ in ("poss", "det") for c in verb.children):  # "the Trump claims that ...": a noun
        return None
    return next((c for c in verb.children if c.dep_ == "compound" and c.i == verb.i - 1 and c.text[:1].isupper()),
                None)


def _in_parentheses(doc, tok, verb) -> bool:
    """Whether a subject before ``verb`` stands between parentheses that close before it, an adverb the parser hung
    elsewhere aside ("(then deputy national security adviser)")."""
    if tok.i > verb.i:
        return False
    start = tok.left_edge.i
    while start > 0 and doc[start - 1].pos_ == "ADV":
        start -= 1
    return start > 0 and doc[start - 1].text == "(" and any(t.text == ")" for t in doc[tok.i + 1:verb.i])


def subject(doc, verb):
    """The token heading the verb's speaker: its subject, a passive agent, or the subject it shares."""
    passive = False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if report_taken_for_subject(doc, verb) is not None:
        return subjects[-1]
    if subjects:
        # two subjects are a misparse across a break ("5:45 p.m.\n\nX's doctor is calling ..."): the nearer one,
        # unless it is an aside in parentheses ("Denis McDonough (then deputy national security adviser) heaps")
        subj = max(subjects, key=lambda c: (c.i < verb.i, not _in_parentheses(doc, c, verb),
                                            c.i if c.i < verb.i else -c.i))
        if subj.lower_ in ("’s", "'s") and (own := next((c for c in subj.children if c.dep_ == "nsubj"), None)):
            return own  # "he’s said ...": the parser made the clitic "has" the subject, with "he" its own
        return subj
    named = name_taken_into_compound(doc, verb)
    if named is not None:
        return named
    share = next((c for c in verb.children if c.dep_ == "nummod" and c.i < verb.i), None)
    if share is not None:
        return share  # a poll's share taken for a number: "About 4 in 10 say ..."
    for c in verb.children:
        if c.dep_ == "nsubjpass":
            passive = True
            if c.lower_ != "it" and _has_misread_as_passive(verb):
                return c
    if passive:
        for c in verb.children:
            if c.dep_ == "agent":
                pobj = [g for g in c.children if g.dep_ == "pobj"]
                return pobj[0] if pobj else None
        return None
    stray = _stray_subject(doc, verb) or _subject_taken_for_clause(doc, verb) or _subject_hung_elsewhere(doc, verb)
    if stray is not None:
        return stray
    if _main_verb_taken_for_participle(verb):
        return verb.sent.root
    if passive_without_subject(verb):
        # "Asked by Stephanopoulos to respond ..., Carson said" is asked by Stephanopoulos; "Asked if ..., 46
        # percent of voters said yes" has no one asking in the text, and the subject it shares is the one asked
        # (as in "She is moving to Los Angeles but is expected to continue ...")
        return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    # shared subject: "X dismissed ..., saying", "X said ... and added", "X declined to say",
    # "after saying ..., X", "X won by talking about ...": climb a few links to a verb with a subject
    tok = verb
    for _ in range(3):
        if tok.dep_ in ("conj", "advcl") and tok.head.dep_ == "ccomp" and tok.head.i > tok.head.head.i \
                and tok.head.head.lemma_.lower() in lex.REPORTING_VERBS and tok.lemma_.lower() in lex.REPORTING_VERBS:
            # "He said that he was focused on X and noted that ...", "Trump argued that a database would keep
            # people out, saying ...": the second verb goes with the first, not with what the first reports
            tok = tok.head.head
        elif tok.dep_ == "ccomp" and tok.i > tok.head.i and tok.i > 0 and doc[tok.i - 1].lower_ in ("and", "but") \
                and tok.head.lemma_.lower() in lex.REPORTING_VERBS and tok.lemma_.lower() in lex.REPORTING_VERBS:
            # "Roberts said she thinks the video should be released but said ...": the parser made the second
            # verb part of what the first reports; it is the same speaker's next statement
            tok = tok.head
        elif tok.dep_ == "xcomp" and (controller := _object_before(tok)) is not None:
            return controller  # "The victory led Reince Priebus to declare ...": the object does the declaring
        elif tok.dep_ == "xcomp" and _extraposed(tok.head):
            return None  # "It's hard to imagine ...": "it" stands for the infinitive, nobody imagines in the text
        elif tok.dep_ == "xcomp" and _says_what_it_is(tok.head):
            return None  # "A common mistake is to think ...": no one in the text thinks it
        elif tok.dep_ == "xcomp" and (copula := copular_chain(tok)) is not None:
            tok = copula  # "Trump was quick to add ...": the subject of "was"
        elif tok.dep_ in ("advcl", "conj", "xcomp") and tok.head.i != tok.i:
            tok = tok.head
        elif tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
            tok = tok.head.head
        else:
            return None
        shared = [c for c in tok.children if c.dep_ == "nsubj"]
        if shared:
            # not a dateline taken for a second subject ("Washington (AFP) – Democrat Hillary Clinton has taken
            # a swipe at ..., saying")
            return next((c for c in shared if not _dateline(doc, c)), shared[0])
        passive = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if passive is not None:
            # "After saying ..., she was whisked off": the passive subject is the one who spoke
            return passive if verb.tag_ == "VBG" else None
    return None


def _says_what_it_is(verb) -> bool:
    """Whether ``verb`` is a "be" whose infinitive says what its subject, a purpose or an approach nobody owns,
    is ("A common mistake is to think ...", "The goal is to show ..."), not one whose owner acts ("His plan is to
    argue ...") or someone who will ("The committee is to decide ...")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.lemma_ == "be" else None
    return subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in _PURPOSES \
        and not any(c.dep_ == "poss" for c in subj.children)


_PURPOSES = frozenset("""
mistake error goal aim plan idea point job task strategy hope intention intent objective purpose mission tendency
temptation instinct response reaction answer solution approach priority challenge trick key step move option choice
""".split())


def _dateline(doc, tok) -> bool:
    """Whether the phrase ``tok`` heads is a dateline, read from the words from it to a little past it (``doc.text``
    joins the whole document at each access: on this hot path that cost about 6% of the extractor's time)."""
    first, last = tok.left_edge, tok.right_edge
    window = doc[first.i:min(len(doc), last.i + 16)]
    return is_dateline(window.text_with_ws, (0, last.idx + len(last) - first.idx))


def _object_before(xcomp):
    """The object of the verb an infinitive completes, when it comes before it ("led Republicans to say", "leaving
    some to question"): the one who does what the infinitive says. Not with a verb whose object is a means
    ("used a crude expression to describe", "took the stage to denounce"), nor an object pronoun for a thing."""
    if xcomp.head.lemma_.lower() in _MEANS_VERBS:
        return None
    return next((c for c in xcomp.head.children if c.dep_ == "dobj" and c.i < xcomp.i
                 and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADJ", "DET")
                 and c.lower_ not in ("it", "this", "that", "them")), None)


_MEANS_VERBS = frozenset("use take spend need have get give make employ invoke cite seize pick choose".split())


_OPENING_DEPS = frozenset("npadvmod prep advmod punct mark advcl cc".split())


def _opens_sentence(verb, prep) -> bool:
    """Whether ``prep`` (a phrase on ``verb``) is where the sentence starts, or only modifiers of the verb come
    before it: "Tuesday in New York City, while on the campaign trail for his wife ..., former president Bill
    Clinton said"."""
    before = [c for c in verb.children if c.i < prep.i]
    return prep.i == verb.sent.start or (
        all(c.dep_ in _OPENING_DEPS and (c.dep_ != "advcl" or c.pos_ in ("VERB", "AUX"))  # not "Trump, speaking ..."
            for c in before) and min(c.left_edge.i for c in before + [prep]) == verb.sent.start)


def passive_without_subject(verb) -> bool:
    """A passive whose subject, if any, it shares with another verb (that subject is the one acted on): with an
    auxiliary ("but is expected to continue"), or a bare participle as an adverbial ("Asked about ...,", "when
    asked whether ...", which the tagger sometimes takes for a past tense)."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return not any(c.dep_ == "nsubjpass" for c in verb.children)
    return verb.dep_ == "advcl" and (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and (verb.i == verb.sent.start or any(
        c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "if", "after", "once", "as") for c in verb.children)))) \
        and not any(c.dep_ in ("aux", "nsubj") for c in verb.children)


def experiencer(verb):
    """Who something seems so to: "To Montclair State University political science professor Brigid Harrison,
    Christie's stare seemed ...", "seemed to the public". The subject of "seem" or "appear" is what seems, not
    who judges ("Republicans seem poised to ..." is the writer's hedge): PolNeAR gives 107 of 115 "seem" cues and
    85 of 91 "appear" cues no source. None when no one is named."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "to":
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("PROPN", "NOUN", "PRON"):
                return pobj
    return None


def _stray_subject(doc, verb):
    """The subject the parser hung as an appositive on the object of an opening phrase: "In a statement to the
    Observer, her senior policy adviser, Jake Sullivan, said", "Among likely GOP primary voters, about
    two-thirds, 67 percent, say". The noun phrase set off by commas right before the verb is the speaker."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "..., Pence was asked about": the one asked is no speaker
    i = verb.i - 1
    while i >= 0 and doc[i].head.i == verb.i and doc[i].dep_ in ("aux", "neg"):
        i -= 1  # "..., Ileana Ros-Lehtinen and Carlos Curbelo, have said"
    while i >= 0 and doc[i].is_punct and doc[i].text in ",\u2014-":
        i -= 1
    if i < 0 or doc[i].pos_ not in ("NOUN", "PROPN", "NUM") or doc[i].sent.start != verb.sent.start:
        return None
    tok, found = doc[i], None
    while tok.dep_ not in ("appos", "conj") and tok.head.i < tok.i and tok.head.right_edge.i == i:
        tok = tok.head  # from the end of the appositive's own clause: "..., a young woman who had been an
        # exchange student in Montana asked"
    while tok.dep_ in ("appos", "compound", "flat", "nummod", "conj") and tok.head.i < tok.i:
        if tok.dep_ in ("appos", "conj") and tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].text == ",":
            found = tok
        if tok.head.dep_ == "pobj" and found is not None:
            prep = tok.head.head  # the opening phrase: prepositions and their objects up to one on the verb
            while prep.dep_ in ("prep", "pobj") and prep.head.i != verb.i and prep.head.i < prep.i:
                prep = prep.head
            if prep.dep_ == "prep" and prep.head.dep_ == "advcl" and prep.head.tag_ in ("VBN", "VBG") \
                    and prep.head.i == verb.sent.start:
                prep = prep.head  # or a participle's: "Alarmed by the unrest in Nevada, Senator Harry Reid, ..."
            return found if prep.dep_ in ("prep", "advcl") and prep.head.i == verb.i \
                and _opens_sentence(verb, prep) else None
        tok = tok.head
    return None


def _subject_hung_elsewhere(doc, verb):
    """A speech verb the parser left without a subject, heading its sentence or hung on nothing ("dep"), after a
    name set off by commas that it hung on the clause before: "Although there is no such overlap with Sanders's
    team, a White House official who spoke anonymously to discuss internal strategy said Wednesday, ...",
    "..., the campaign chief, Paul Manafort, bluntly suggested ...". The noun or name whose phrase ends right
    before the verb, its adverbs and commas aside, is the speaker."""
    if verb.dep_ not in ("ROOT", "dep") or verb.lemma_.lower() not in lex.SPEECH_VERBS or verb.tag_ not in (
            "VBD", "VBZ", "VBP") or any(c.dep_ in ("auxpass", "expl") for c in verb.children):
        return None
    i = verb.i - 1
    while i > verb.sent.start and (doc[i].dep_ in ("advmod", "neg", "aux") and doc[i].head.i == verb.i
                                   or doc[i].text == ","):
        i -= 1
    tok = doc[i]
    if tok.i <= verb.sent.start or tok.head.i == verb.i or tok.head.i > verb.i:
        return None

    def set_off(t) -> bool:  # a phrase opening the sentence or set off by a comma or a dash before it
        return t.left_edge.i == verb.sent.start or doc[t.left_edge.i - 1].text in (",", "-", "—", "–")

    # from the end of its relative clause or aside up to the first noun set off before it
    while not (tok.pos_ in ("PROPN", "NOUN") and set_off(tok)):
        if tok.head.i >= tok.i or tok.head.right_edge.i != i:
            return None
        tok = tok.head
    while tok.dep_ == "appos" and tok.head.i < tok.i and (
            tok.head.ent_type_ == "PERSON" or tok.head.lemma_.lower() in _PERSON_OR_TITLE):
        # the person the aside follows ("Minyon Moore, a senior adviser to the Clinton campaign,"), or whom the
        # name says ("the campaign chief, Paul Manafort,"); not the body it is of ("Sanders's team, a White House
        # official")
        tok = tok.head
    return tok


_PERSON_OR_TITLE = lex.PERSON_NOUNS | lex.TITLE_WORDS


def _subject_taken_for_clause(doc, verb):
    """"Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said he ...": the parser read a
    word of the speaker's description as a verb ("rabbi") and made the whole noun phrase a clause reported by the
    speech verb, which is left without a subject though it reports another clause after it. That front "clause",
    opening the sentence and closed by the comma before the verb, is the speaker."""
    if verb.lemma_.lower() not in lex.SPEECH_VERBS or verb.tag_ not in ("VBD", "VBZ", "VBP") \
            or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    front = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if front is None or front.right_edge.i != verb.i - 2 or doc[verb.i - 1].text != ",":
        return None
    first = doc[front.left_edge.i]
    subj = next((c for c in front.children if c.dep_ == "nsubj" and c.left_edge.i == first.i), None)
    if any(not (t.is_punct or t.is_space) for t in doc[verb.sent.start:first.i]) or subj is None:
        return None
    if subj.pos_ == "NOUN" and subj.i < front.i and any(
            c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ == "nsubj" for w in c.children)
            for c in subj.children):
        # "One attendee, who like others spoke on the condition of anonymity ..., said": the parser made the
        # relative clause's verb the clause reported, with the speaker its subject
        return subj
    if first.ent_type_ not in ("PERSON", "ORG", "NORP") and first.pos_ != "PROPN":
        return None
    return front


def _main_verb_taken_for_participle(verb) -> bool:
    """"Stuart Stevens, who served as Romney's strategist, called the statements childish", "A Quinnipiac poll
    found last week that ...": the parser read the past-tense main verb as a participle on the noun before it, and
    the sentence has no verb at its root. The noun phrase at the root is the speaker (a participle with a "by"
    agent is a real one: "the plan, called a failure by critics"; so is one set off by commas, "HLN, once known as
    CNN Headline News, parted ways", and one after a clause of its own, "Many fear X will feed insecurity in
    nations worried about China")."""
    doc, root = verb.doc, verb.sent.root
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or root.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") \
            or root.i > verb.i or any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in verb.children):
        return False
    after = verb.right_edge.i + 1
    if doc[verb.left_edge.i - 1].text == "," and after < verb.sent.end - 1 and doc[after].text == ",":
        return False
    return not any(t.pos_ in ("VERB", "AUX") and not any(a.dep_ == "relcl" for a in [t, *t.ancestors])
                   for t in doc[root.left_edge.i:verb.i])


def _extraposed(head) -> bool:
    """"It is hard / fair / important to ...", "It seems unfair to ...": a linking verb with an adjective whose
    subject "it" is a placeholder."""
    return head.lemma_.lower() in _LINKING and any(c.dep_ in ("acomp", "oprd") for c in head.children) \
        and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children)


_LINKING = frozenset("be seem appear look sound become remain".split())


def _has_misread_as_passive(verb) -> bool:
    """"he's said he'll fight": the parser reads the clitic "'s" (has) as a passive "is"; a passive "said"
    takes an infinitive ("he's said to be ..."), never a clause with a subject of its own."""
    return any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in verb.children) \
        and verb.tag_ in ("VBN", "VBD") \
        and any(c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                for c in verb.children if c.i > verb.i)
