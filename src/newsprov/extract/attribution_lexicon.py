"""General lexicons for the attribution extractor: reporting verbs, source nouns, anonymity phrasing.

Nothing here is keyed to a document or to the people in one; these are English word lists.
"""

from __future__ import annotations

import re

# Verbs of saying: an attribution whenever they have a content (clause, quote or object).
SPEECH_VERBS = frozenset("""
say tell add write tweet retweet post note announce explain claim insist argue declare state acknowledge admit
confirm deny reply respond answer warn predict promise pledge vow suggest report reveal disclose recall ask testify
joke quip complain concede contend maintain allege boast brag stress emphasize emphasise reiterate repeat mention
conclude assert remark comment counter retort observe caution urge advise inform tell assure point describe
proclaim demand shout yell scream whisper mutter exclaim wonder inquire speculate estimate forecast concur charge
""".split())

# Words that make a cue an act of speech (``cue_type`` "speech"; the evaluator's "speech cues only"): verbs and
# nouns of saying, writing and verbal judgement, by lemma.
SPEECH_WORDS = frozenset("""
say tell state announce add ask write tweet post report note explain claim insist argue reply respond answer
comment remark declare acknowledge admit concede confirm deny reveal disclose testify warn caution urge
describe call recall repeat reiterate mention suggest predict promise pledge vow assert contend maintain
complain charge accuse criticize criticise praise blame quip joke boast brag shout yell scream whisper murmur
mutter exclaim cry interview inform notify speak talk chant proclaim allege inquire wonder recount
conclude summarize summarise continue counter retort rebut dismiss concur agree disagree estimate forecast
according statement interview remark comment announcement testimony speech release tweet letter memo
""".split())


# Verbs of saying a sentence may open with, before the speaker's name ("Said Comey, ..."), by form: the tagger
# often takes them for a proper noun there, with no lemma of a verb.
OPENING_CUES = frozenset("said says added adds asked wrote writes explained recalled".split())


def is_speech_word(tok) -> bool:  # tok: spaCy Token
    """Whether a token is one of ``SPEECH_WORDS`` (by lemma or form)."""
    return tok.lemma_.lower() in SPEECH_WORDS or tok.lower_ in SPEECH_WORDS or tok.lower_ in OPENING_CUES


def is_relative_word(tok) -> bool:  # tok: spaCy Token
    """Whether a token opens a relative clause as its subject or object: "who", "which", "whose", "that"."""
    return tok.tag_ in ("WDT", "WP", "WP$") or tok.lower_ == "that"


# Verbs of thinking, wanting and judging: attributions only with a clause or infinitive content.
COGNITION_VERBS = frozenset("""
believe think feel know hope expect fear worry doubt suspect assume understand agree want wish consider
figure guess imagine realize realise recognize recognise reckon trust insist decide plan intend prefer
""".split())

# Verbs of stance towards something: attributions with a direct object ("called the strike a breach").
STANCE_VERBS = frozenset("""
call accuse criticize criticise praise blame endorse support oppose defend reject dismiss condemn slam blast
applaud denounce decry mock tout hail
""".split())

# Evidence verbs with an inanimate source ("the poll shows that ...").
EVIDENCE_VERBS = frozenset("show find indicate suggest reveal".split())

# Verbs of seeming: what they hedge is the writer's; whoever it seems so to is named by a "to" phrase, if at all.
SEEMING_VERBS = frozenset(("seem", "appear"))

# Verbs whose object feels what their subject causes ("The remark worried some analysts"): the object holds the
# stance (PolNeAR's source in 24 of 25 such gold cues in train and dev), the subject is what it is about.
EXPERIENCER_OBJECT_VERBS = frozenset("""
alarm anger annoy bother delight disappoint dismay disturb enrage excite frighten frustrate infuriate irk
irritate outrage please rankle scare shock stun surprise trouble unsettle upset worry
""".split())

# Speech verbs whose "to" introduces what they answer or point at, not a hearer ("responded to the report").
RESPONSE_VERBS = frozenset("respond reply point answer object react".split())

# Verbs whose object is the one addressed, not what is said ("told reporters", "urged voters", "warned him").
ADDRESSEE_VERBS = frozenset("tell ask inform urge remind assure warn".split())

# Verbs whose "on" introduces what they say something about ("commented on the ruling", "focused on jobs").
ON_VERBS = frozenset("call comment focus remark elaborate reflect insist".split())

REPORTING_VERBS = SPEECH_VERBS | COGNITION_VERBS  # verbs that report what someone said or thinks
CUE_VERBS = REPORTING_VERBS | STANCE_VERBS | EVIDENCE_VERBS

# Adverbs taken into a cue when they sit right before the verb ("also said", "first reported").
CUE_ADVERBS = frozenset("also first later previously earlier again repeatedly publicly privately once".split())

# Nouns of a speech event: "said in a statement", "said in an interview", "released a statement saying".
STATEMENT_NOUNS = frozenset("""
statement interview email e-mail tweet letter memo post release briefing speech conference call op-ed
""".split())

# Those whose "in a ..." PolNeAR's annotators take into the cue more often than not when it follows the verb
# (train and dev: "statement" 55 of 85, "release" 4 of 4, "post" 2 of 2; "interview" 42 of 94, "email" 7 of 19,
# "letter", "tweet" 2 of 6 each, "speech" 0 of 9).
CUE_STATEMENT_NOUNS = frozenset("statement release post".split())

# Heads of nouns that name an unnamed person when used with "a", "one", "the", "two", ...
ANONYMOUS_HEADS = frozenset("""
official source person aide adviser advisor diplomat officer staffer insider employee spokesman spokeswoman
spokesperson lawmaker member executive analyst investigator operative strategist associate confidant
pollster consultant lobbyist ally donor individual
""".split())

# Plural source heads that always hide who is speaking.
ALWAYS_ANONYMOUS_PLURALS = frozenset("sources insiders".split())

# Words the writer links a sentence to the one before with, which no one is reported to have said ("Still, he said,
# officials have to decide ...", "Yet, as Mr. Bown observed, ...").
CONNECTIVES = frozenset("""
however but and still yet so meanwhile instead indeed also moreover furthermore thus therefore nevertheless
nonetheless besides overall again finally ultimately similarly likewise
""".split()) | frozenset(("of course", "after all", "in fact", "in addition", "at the same time", "for example",
                          "for instance", "in other words", "by contrast", "in short"))

# Quantifiers that stand for people on their own ("many", "most", "several"): part of a population just named.
QUANTIFIERS = frozenset("many most some several few both all others dozens hundreds thousands millions plenty".split())

# Businesses named for their trade ("Shelbourne Bar", "Clon Casey's Bar"): an organisation, never a person's surname.
ESTABLISHMENTS = frozenset(
    "bar pub tavern inn restaurant cafe café hotel shop store bakery brewery winery distillery".split())

# Heads of organisation nouns.
ORGANISATION_HEADS = frozenset("""
government administration campaign committee department ministry party company agency office council
commission court police military army navy pentagon house state senate congress parliament
ministry embassy bureau firm group organization organisation union coalition association foundation institute
university board network team embassy regime hospital school college clinic church bank pac outfit fund
city county town village district province authority
airline automaker retailer insurer manufacturer utility carrier club league federation alliance society institution
nonprofit charity museum panel supermarket leadership delegation kingdom territory chancellery bloc caucus
cabinet legislature tribunal secretariat force watchdog giant conglomerate chipmaker drugmaker carmaker steelmaker
lender brokerage startup subsidiary
""".split()) | ESTABLISHMENTS

# Heads of nouns that name a document or a finding rather than a person ("the report said").
DOCUMENT_HEADS = frozenset("""
report study poll survey data statement document analysis memo letter video ad advertisement book article
filing complaint lawsuit ruling decision order bill law release email message post tweet website page record
transcript investigation review audit estimate figure number result research paper campaign datum
affidavit indictment assessment findings finding testimony footage photo image map chart graph projection
forecast model index polling interview evidence story column editorial timeline passage summary
platform copy version slide agreement textbook tracker petition subpoena average suit probe inquiry audio spot
count tally trial benchmark benchmarking material invitation disclaimer license licence playbook regulation statistic
excerpt guideline manual brochure newsletter rule test
""".split())


def is_document_word(tok) -> bool:  # tok: spaCy Token
    """Whether a token names a document by its lemma or, where the tagger lemmatised it oddly, by its form."""
    return tok.lemma_.lower() in DOCUMENT_HEADS or tok.lower_ in DOCUMENT_HEADS


def has_document_subject(verb) -> bool:  # verb: spaCy Token
    """Whether a verb's subject is a document ("the poll found", "records show")."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in DOCUMENT_HEADS for c in verb.children)


# A company's legal form, the last word of its full name ("Kellogg Co.", "General Motors Corp.", "Allianz AG"),
# written without its stops.
LEGAL_FORMS = frozenset("inc corp co cos plc ltd llc ag sa nv lp corporation".split())

# Heads of outlet nouns.
OUTLET_HEADS = frozenset(
    "newspaper paper magazine journal network broadcaster outlet tabloid daily website wire".split())

# Nouns of a family tie: one person for each person they are said of ("Trump's wife", "his mother"), whom the
# article may name elsewhere ("His wife, Melania Trump,").
KIN_NOUNS = frozenset("""
mother father wife husband son daughter brother sister widow widower niece nephew cousin uncle aunt grandson
granddaughter grandfather grandmother stepfather stepmother stepson stepdaughter fiancee fiance girlfriend boyfriend
""".split())

# Nouns that stand only for people: an appositive headed by one ("Rosette Pambakian, a Tinder spokeswoman")
# says the name before it is a person's, whatever the tagger made of it.
PERSON_NOUNS = ANONYMOUS_HEADS - {"source"} | KIN_NOUNS | frozenset("""
writer author columnist reporter journalist correspondent editor commentator host anchor historian economist
scientist researcher scholar lawyer attorney doctor physician surgeon nurse activist organizer voter resident
student teacher founder owner candidate nominee veteran friend neighbor neighbour manager partner businessman
businesswoman entrepreneur investor farmer worker pastor priest minister senator governor mayor professor expert
director chairman chairwoman president secretary ambassador judge lieutenant general colonel captain sergeant
opponent rival challenger successor predecessor colleague woman man girl boy child announcer speechwriter pilot
heckler hacker specialist client radioman plaintiff defendant claimant petitioner appellant litigant juror
witness prosecutor
""".split())

# Role words that may precede a name ("Secretary of State Mike Pompeo", "Sen. Marco Rubio").
ABBREVIATED_TITLES = {"gov": "governor", "sen": "senator", "rep": "representative", "gen": "general",
                      "lt": "lieutenant", "col": "colonel", "capt": "captain", "sgt": "sergeant", "adm": "admiral",
                      "maj": "major", "del": "delegate", "prof": "professor", "pres": "president",
                      "cmdr": "commander", "brig": "brigadier", "supt": "superintendent", "atty": "attorney",
                      "insp": "inspector", "det": "detective", "cpl": "corporal"}


def title_word(word: str) -> str:
    """A word as a title, written out and in lower case: "Sen." -> "senator", "Governor" -> "governor"."""
    word = word.lower().rstrip(".")
    return ABBREVIATED_TITLES.get(word, word)


def title_words(role: str) -> set[str]:
    """The words of a role, abbreviations written out: "Sen." -> {"senator"}, "Secretary of State" -> {"secretary",
    "of", "state"}."""
    return {title_word(w) for w in re.findall(r"[a-z]+", role.lower())}


TITLE_WORDS = frozenset("""
president vice secretary minister prime senator sen. rep. representative gov. governor mayor gen. general
col. colonel lt. lieutenant maj. major capt. captain sgt. sergeant adm. admiral judge justice chief director
chairman chairwoman chair ambassador spokesman spokeswoman spokesperson speaker leader commander attorney
dr. mr. mrs. ms. rev. pope king queen prince princess sheikh ayatollah deputy former acting state defense
foreign interior treasury homeland security national of the managing editor ceo founder press
pastor bishop cardinal rabbi imam congressman congresswoman councilman councilwoman assemblyman assemblywoman
commissioner sheriff chancellor superintendent professor prof. dean treasurer comptroller del. delegate
premier taoiseach tanaiste tánaiste emir councillor councilor alderman mp mep inspector detective corporal brigadier
ag supervisor selectman selectwoman alderwoman magistrate archbishop
""".split())

# What news writing calls a person it has already named, besides a title: "the candidate", "the Republican
# nominee", "the billionaire businessman", "the actress"; resolved like "the senator".
EPITHETS = frozenset("""
candidate nominee front-runner frontrunner businessman businesswoman mogul tycoon magnate billionaire actor actress
star celebrity celeb neurosurgeon socialist incumbent
""".split())


def hyphenated(tok) -> str:  # tok: spaCy Token
    """The word ``tok`` ends, in lower case: with the words the tokenizer split off it at hyphens ("front-runner",
    split "front", "-", "runner"), as the lexicons list it."""
    doc, i = tok.doc, tok.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
            and doc[i - 2].is_alpha:
        i -= 2
    return tok.lower_ if i == tok.i else doc[i:tok.i + 1].text.lower()


def listed(tok, words: frozenset[str]) -> bool:  # tok: spaCy Token
    """Whether ``words`` lists ``tok`` as it is written, as its lemma, or with the words a hyphen joins to it
    ("front-runner"; "star-turned-candidate" is listed as "candidate")."""
    return tok.lower_ in words or tok.lemma_.lower() in words or hyphenated(tok) in words


# occupations of the famous that an article about one of them calls its subject by, as it does by an epithet ("the
# singer" for Celine Dion); other occupations ("the engineer") are someone the article does not name
PERFORMERS = frozenset("singer songstress rapper comedian comedienne musician songwriter".split())

# bodies named by whose they are: "The Clinton campaign", "Trump's team", "his campaign", "the Obama administration"
OWNED_BODIES = ("campaign", "administration", "team")

# the acronyms of public agencies, which "the agency" may stand for
AGENCY_ACRONYMS = frozenset("""
FBI CIA NSA IRS EPA FEC GAO CBO DHS ICE ATF DEA TSA FDA CDC SEC FCC FTC NIH NASA DOJ DOD USCIS FEMA OSHA HUD USDA
DOE DOT OMB OPM FAA NTSB CBP NOAA NHTSA CFPB FDIC SBA SSA EEOC NLRB
""".split())

# occupations a name may be written after as a title ("Actress Amandla Stenberg", "Rapper Killer Mike")
OCCUPATIONS = frozenset("""
actress actor singer songstress rapper comedian comedienne author novelist poet filmmaker musician songwriter artist
photographer model designer chef athlete dietitian nutritionist therapist psychologist psychiatrist pharmacist
dentist epidemiologist virologist engineer architect anthropologist sociologist demographer
dermatologist cardiologist neurologist oncologist radiologist pathologist anesthesiologist neonatologist immunologist
gynecologist urologist ophthalmologist optometrist orthodontist hygienist paramedic pediatrician obstetrician
physician technician electrician statistician mathematician biologist geneticist chemist physicist geologist
meteorologist climatologist archaeologist criminologist botanist pianist librarian
""".split())

PRONOUN_NUMBER = {
    "he": "sg", "him": "sg", "his": "sg", "she": "sg", "her": "sg", "i": "sg", "me": "sg", "my": "sg",
    "it": "sg", "its": "sg",
    "they": "pl", "them": "pl", "their": "pl", "we": "pl", "us": "pl", "our": "pl", "you": "pl",
}
FIRST_SECOND_PERSON = frozenset("i me my we us our you your".split())
# social platforms the tagger now and then takes for a person ("Mr. Trump said on Twitter")
PLATFORMS = frozenset("twitter facebook instagram youtube snapchat tiktok reddit linkedin tumblr periscope".split())

# The article's stated reason for anonymity. The reason group is what is linked to the attributions.
# A reason runs to the end of its clause, and stops before the verb of the sentence it sits in ("who requested
# anonymity to discuss internal strategy said Wednesday that ...").
_REASON_REST = r"(?:(?!\s+(?:said|says|say|told|tells|added|adds|wrote|writes)\b)[^.;,\n])*"
ANONYMITY_RE = re.compile(
    r"\b(?P<phrase>(?:on|under)\s+(?:the\s+)?(?:(?:customary|usual|standard|normal|strict)\s+)?condition\s+"
    r"(?:of\s+|that\s+(?:they|he|she|it)\s+(?:not\s+be|remain)\s+)"
    r"(?:anonymity|unnamed|anonymous|identified|named)"
    r"|(?:asked|asking|requested|requesting|declined|declining)\s+(?:for\s+)?(?:not\s+)?(?:to\s+)?(?:be\s+)?"
    r"(?:named|identified|anonymity)|(?:granted|given|insisted\s+on|insisting\s+on)\s+anonymity"
    r"|(?:speaking|spoke|talking|talked|responded|responding|commented|commenting)\s+anonymously"
    r"|(?:speaking|spoke|talking|talked)\s+(?:with|under)\s+(?:(?:the\s+)?(?:customary|usual|standard)\s+)?anonymity"
    r"|by\s+(?:custom|policy|tradition|practice)\s+(?:was|is|were|are)\s+not\s+(?:identified|named)"
    r"|(?<=\bwho\s)(?:was|is|were|are)\s+not\s+(?:identified|named)"
    r"|(?:declined|declining|refused|refusing|did\s+not\s+want|didn['’]t\s+want|would\s+not|wouldn['’]t|unwilling)"
    r"\s+to\s+(?:speak|talk|be\s+quoted|comment|go)\s+on\s+the\s+record"
    r"|(?:speaking|spoke|talking|talked)\s+on\s+(?:deep\s+)?background"
    r"|(?:did\s+not|didn['’]t|does\s+not|doesn['’]t)\s+want\s+to\s+be\s+"
    r"(?:named|identified|quoted(?:\s+by\s+name)?)"
    r"|(?:asked|asking|requested|requesting)\s+that\s+(?:his|her|their)\s+names?\s+not\s+be\s+"
    r"(?:used|published|disclosed))"
    r"(?:(?:\s*,)?\s+(?P<reason>(?:to|because|since|as|so|in\s+order\s+to|for\s+fear)\b" + _REASON_REST + "))?",
    re.IGNORECASE,
)
# A reason stated on its own: "... was not authorized to speak publicly".
UNAUTHORISED_RE = re.compile(
    r"(?:\b(?:was|were|is|are)n['’]t|\bnot)\s+authori[sz]ed\s+to\s+(?:speak|discuss|comment|talk|be\s+quoted)"
    + _REASON_REST,
    re.IGNORECASE,
)

# Verbs of attack that are also stance verbs ("attacked Clinton"), and what makes them physical: an armed
# actor doing it, or a place, building or vehicle attacked ("militiamen attacked the embassy compound").
ATTACK_VERBS = frozenset("attack hit strike target storm raid bomb shell ambush overrun besiege".split())
ARMED_ACTORS = frozenset("""
militiaman militant gunman fighter insurgent rebel soldier troop force army militia jet drone missile rocket
bomber terrorist attacker assailant mob rioter police officer
""".split())
# verbs of setting off a weapon, and what they set off ("launched a drone strike", "fired three missiles")
FIRING_VERBS = frozenset("launch fire conduct".split())
WEAPON_NOUNS = frozenset("strike airstrike missile rocket drone bomb bombing raid shell artillery torpedo".split())
# Members of a party or a political camp: a word for one person ("the Florida Republican") or, plural, a group.
PARTISANS = frozenset("republican democrat independent libertarian conservative liberal progressive".split())

# Plural nouns of people a "they" who speaks can stand for, beyond PERSON_NOUNS and the organisation heads ("the
# critics", "conservatives", "millennials"); others are known by an agent's ending ("supporters", "activists").
PEOPLE_NOUNS = frozenset("""
people folk men women children kid family couple parent critic conservative liberal progressive moderate
representative executive relative official troop force police public crowd audience youth elite millennial
""".split())
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "crat", "ite", "ic", "ate")


def is_agent_noun(lemma: str) -> bool:
    """Whether a noun's lemma has an ending of people ("supporter", "activist", "historian", "attendee"), not of a
    thing ("achievement")."""
    return not lemma.endswith("ment") and lemma.endswith(AGENT_ENDINGS)


def written_lower(text: str, word: str) -> bool:
    """Whether ``text`` also writes ``word`` in lower case, as a whole word: as a common noun, where a name is
    capitalised ("Coronavirus: ..." beside "the coronavirus", "Pandemic has exposed" beside "the pandemic")."""
    low = word.lower()
    return low in text and re.search(rf"\b{re.escape(low)}\b", text) is not None


def names_people(lemma: str) -> bool:
    """Whether a noun's lemma names people or a person ("supporters", "insiders", "a spokesman", "voters")."""
    return lemma in PERSON_NOUNS or lemma in PEOPLE_NOUNS or is_agent_noun(lemma)


def names_people_or_body(lemma: str) -> bool:
    """Whether a noun's lemma names people, a person or a body of them ("voters", "the group", "the campaign")."""
    return names_people(lemma) or lemma in ORGANISATION_HEADS

# The last word of a building named for a person ("Trump Tower", "the Ronald Reagan Building"), which the tagger
# can take for a person.
BUILDING_WORDS = frozenset("tower towers building plaza hotel arena stadium avenue mall".split())

PLACE_NOUNS = frozenset("""
compound embassy base building headquarters office airport station checkpoint convoy vehicle ship camp village
town city school hospital church mosque temple market bridge road port plant facility outpost barracks
""".split())

# Countries (and the seats that speak for them): a source that is one is an organisation, not a person the
# tagger took it for ("North Korea said", "Chad's ambassador"), unless the article names a person by the word.
COUNTRIES = frozenset("""
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil britain brunei bulgaria
burkina burma burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus
czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon
gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india
indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait
kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi
malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco
mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria norway oman pakistan palau palestine
panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles
singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania
thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu vatican
venezuela vietnam yemen zambia zimbabwe america
""".split()) | frozenset((
    "north korea", "south korea", "saudi arabia", "united states", "u.s.", "us", "usa", "u.s.a.",
    "united kingdom", "u.k.", "uk", "great britain", "new zealand", "south africa", "south sudan", "sri lanka",
    "costa rica", "el salvador", "ivory coast", "united arab emirates", "uae", "czech republic",
    "dominican republic", "east timor", "papua new guinea", "sierra leone", "burkina faso", "cape verde",
    "equatorial guinea", "north macedonia", "macedonia", "kremlin",
))

# A title that can stand alone for the person holding it ("the President did not know", a headline's "Senator
# from Texas says"): resolved like "the senator".
LONE_TITLES = frozenset("""
president senator governor mayor secretary minister ambassador chairman chairwoman speaker commissioner
chancellor congressman congresswoman premier director
""".split())


# Occasions a source speaks on ("in an interview", "at a rally", "in a court filing"): a phrase ending a source
# with one of these says when or where, not who.
OCCASION_NOUNS = frozenset("""
interview statement speech remarks address appearance post tweet email e-mail letter filing memo op-ed column
essay conference call briefing hearing broadcast podcast announcement testimony
""".split())

# verbs of beginning, going on and stopping, which take the cue's "-ing" as their complement ("began dismissing")
ASPECTUAL_VERBS = frozenset("begin start keep continue stop quit resume finish avoid".split())
# verbs of answering, opening and closing, which take the cue by "by" ("responded by saying", "concluded by")
SEQUENCE_VERBS = frozenset("respond reply answer react conclude end close finish begin start open follow continue "
                           "counter".split())
# verbs that issue a statement or a document, and what they issue ("released a statement saying ...")
ISSUING_VERBS = frozenset("release issue send sign publish post".split())
ISSUED_NOUNS = frozenset("statement letter email e-mail message memo report text tweet release".split())
# adjectives naming an attitude towards what follows them ("critical of", "worried that", "eager to"); not the
# weaker ones PolNeAR's annotators rarely take for cues ("sure", "certain", "willing", "happy", "able")
ATTITUDE_ADJECTIVES = frozenset("""
critical skeptical sceptical wary supportive dismissive opposed proud glad upset angry furious worried concerned
afraid fearful anxious nervous confident optimistic pessimistic hopeful doubtful convinced adamant insistent eager
keen reluctant determined upbeat leery vague unified divided passionate shocked devoted outspoken impressed
appreciative fond enamored distrustful frustrated uncomfortable unhappy hostile hesitant alarmed sympathetic uncertain
sure certain willing unwilling
""".split())
# Nouns of a stance one holds toward something, after "be" ("is a staunch opponent of", "has been a supporter of").
STANCE_NOUNS = frozenset("""
opponent supporter critic proponent advocate champion defender fan skeptic sceptic believer backer foe admirer
""".split())
# objects that go with their verb into the cue before what they are about ("raised questions about", "made the
# case that", "launched an attack on", "had kind words for", "sounded a note of", "showed no sign of")
CUE_OBJECT_NOUNS = frozenset("""question attack concern case word opinion note praise sign support view interest message
comment statement point""".split())
# verbs that say nothing themselves but with one of those objects ("made the case that", "had harsh words for",
# "gave no answer on", "took questions about")
LIGHT_VERBS = frozenset("make have give take".split())
# the objects of "take" that make an idiom of criticism, and the preposition before its target ("took aim at",
# "takes issue with", "took a swipe / some shots / multiple jabs at")
TAKEN_AIM = {"aim": "at", "swipe": "at", "shot": "at", "potshot": "at", "jab": "at", "dig": "at", "issue": "with"}
# idioms of a light verb, its object and a preposition that say or claim something of the preposition's object
# (verb lemma -> object lemma -> preposition): criticism ("took aim at"), credit ("took credit for") and what one
# says or keeps back ("made no mention of", "has made no secret of", "makes no apologies for")
LIGHT_VERB_IDIOMS = {"take": {**TAKEN_AIM, "credit": "for"},
                     "make": {"mention": "of", "secret": "of", "apology": "for"}}
# adjectives after "be" that take a cue verb's infinitive into the cue ("was quick to point out", "are more likely
# to say"): PolNeAR draws the cue from the copula
CHAIN_ADJECTIVES = frozenset("quick swift likely unlikely inclined able unable".split())
# those of them that make a reaction of any verb after them ("were quick to condemn the outcome", "was quick to
# embrace the mogul"): PolNeAR draws a cue on 8 of the 12 such phrases on train and dev
REACTION_ADJECTIVES = frozenset("quick swift".split())
# verbs of intending and undertaking: before "to" + a cue verb they are the cue themselves ("has sought to
# portray", "pledged to oppose", "claim to find"), where a verb of going on or seeming heads a chain ("went on to
# say", "seemed to imply")
INTENT_VERBS = frozenset("seek want plan promise pledge claim vow hope intend threaten agree decide".split())
# the United States' states and capital: the places American news most often puts in front of a national body's name
# to name another body ("the Florida Democratic Party" is not the Democratic Party)
US_STATES = frozenset(w.replace("_", " ") for w in """
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana
iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska
nevada new_hampshire new_jersey new_mexico new_york north_carolina north_dakota ohio oklahoma oregon pennsylvania
rhode_island south_carolina south_dakota tennessee texas utah vermont virginia washington west_virginia wisconsin
wyoming district_of_columbia d.c.
""".split())
