"""Which people a "he" or "she" can stand for: the grammatical gender a document gives a person.

A pronoun source takes the name of the nearest person mentioned before it; without this check, "she said"
after "Mary Walsh praised her father, Robert Walsh" became Robert Walsh, and "Mrs. Walsh" could be named
Robert Walsh. A person's gender is read, in this order, from an honorific before the mention ("Mr. Walsh",
"Mrs. Walsh") or a gendered role word before or beside it ("first lady", "congresswoman", "her husband"), a
common English given name, the pronouns the document uses for the person (a "he"/"his" or "she"/"her" whose
nearest person before it in its sentence is that person, "Walsh said her plan ...", twice at least), and,
for a bare surname, the one kind of honorific the document gives that surname elsewhere. When none of these
says, any pronoun may stand for the person.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

MALE, FEMALE = "m", "f"

CENSUS_PATH = Path(__file__).with_name("given_names_us.txt")

PRONOUN_GENDER = {"he": MALE, "him": MALE, "his": MALE, "she": FEMALE, "her": FEMALE, "hers": FEMALE}

_HONORIFIC = {"mr": MALE, "mr.": MALE, "sir": MALE, "mrs": FEMALE, "mrs.": FEMALE, "ms": FEMALE,
              "ms.": FEMALE, "miss": FEMALE, "dame": FEMALE, "madam": FEMALE}

HONORIFICS = frozenset(k.rstrip(".") for k in _HONORIFIC)  # "mr", "mrs", ...: what _HONORIFIC knows, dot-less

# (not "chairman" or "spokesman", which news style gives women too: "Trump spokesman Hope Hicks")
_ROLE_WORDS = {
    **dict.fromkeys("""
        congressman congressmen businessman husband father son brother uncle nephew king
        prince duke lord grandfather grandson boyfriend widower actor man boy gentleman""".split(), MALE),
    **dict.fromkeys("""
        congresswoman chairwoman spokeswoman businesswoman wife mother daughter sister aunt niece queen
        princess duchess lady grandmother granddaughter girlfriend widow actress woman girl""".split(), FEMALE),
}

# Common given names and their usual short forms in the English-speaking world (not drawn from any corpus); a
# name used for both (Jordan, Taylor, Leslie, Lee, Chris, Kelly, ...) is in neither list, nor is one that is as often
# a surname, a word, a month or a place (Warren, Will, Grant, Hope, June, Georgia, ...).
_GIVEN = {
    **dict.fromkeys("""
        aaron adam alan albert alexander andrew anthony arthur ben benjamin bernard bill billy bob
        bobby brad bradley brandon brian bruce bryan carl carlos charles charlie christopher chuck clarence
        craig dan daniel david dennis dick don donald doug douglas dwight earl ed eddie edward eric eugene frank
        fred frederick gary george gerald glenn gordon greg gregory harold harry henry howard ian jack jacob
        jake james jason jeff jeffrey jeremy jerry jim jimmy joe joel john johnny jon jonathan jose joseph
        josh joshua juan justin keith ken kenneth kevin larry lawrence leonard louis luke marco mark martin
        matt matthew michael mike mitch nathan neil nicholas nick noah oliver patrick paul peter phil
        philip ralph randy ray raymond richard rick robert roger ron ronald roy russell ryan samuel scott
        sean stephen steve steven ted thomas tim timothy todd tom tony victor vincent walter wayne william
        willie
        abraham adrian alec alfred alvin andre andy angelo antonio archie arnold brett brent cedric clint cody
        corey darrell darren darryl dave derek derrick desmond dominic donnie duane dustin dylan edwin eli elijah
        elmer elvis emmett enrique ernest ernie ethan evan fernando freddie gabriel gavin gene glen hank hector hugo
        isaac ivan jared jesse joey jorge julian julius kurt kyle leo leon leroy lester luis lyndon manuel
        marcus mario marvin maurice melvin micah miguel mohammed muhammad myron nathaniel omar oscar pablo pete
        rafael ramon raul reggie reginald ricardo ricky rudolph rudy rufus salvador sam sammy saul seth sheldon
        theodore tobias trevor walt wilfred xavier zachary
        bernie tommy teddy benny kenny lenny nate zach""".split(), MALE),
    **dict.fromkeys("""
        abigail alice alicia allison amanda amber amy andrea angela ann anna anne barbara betty beverly brenda
         carol caroline catherine cheryl christina christine cindy claire cynthia deborah debbie denise
        diana diane donna doris dorothy elizabeth ellen emily emma evelyn frances gloria grace hannah heather
        heidi helen jacqueline jane janet janice jennifer jessica jill joan joyce judith judy
        julia julie karen katherine kathleen kathryn kathy katie kimberly laura lauren linda lisa lori
        louise margaret maria marie marilyn martha mary megan melissa michelle nancy natalie nicole
        olivia pamela patricia paula peggy rachel rebecca rose ruth sally samantha sandra sarah sharon shirley
        sophia stephanie susan teresa theresa tina victoria virginia wendy
        adele adrienne agnes aileen alexandra alison alma amelia angelina anita annette annie antoinette arlene
        audrey beatrice becky belinda bernadette bernice beth bethany bonnie bridget brittany brooke camille candace
        carla carly carmen carolyn carrie cassandra cathy cecilia celeste charlene chloe clara claudia colleen
        connie constance courtney daisy danielle darlene deanna debra delores dolores dora edith edna eileen elaine
        eleanor elena elise ella ellie elsie erica erin esther ethel eva felicia fiona francine gail genevieve
        geraldine gina gladys glenda gwen gwendolyn harriet hilary hillary holly ida ingrid irene isabel isabella
        jasmine jeanette jeanne jenna jenny joanna joanne jocelyn josephine juanita kara kate katelyn kayla kendra
        kristen kristin kristina laurie leah lillian lily lois loretta lorraine lucia lucille lucy lydia mabel
        madeline marcia marian marianne marjorie marlene marsha maureen maxine meghan melanie melinda mildred
        miranda miriam molly monica muriel myra naomi nina nora norma paige pauline penelope phyllis priscilla
        rachael ramona renee rhonda rita roberta rosa rosalind rosemary roxanne sabrina sadie sara selena serena
        sheila sherry sofia sonia sophie stacy stella suzanne sylvia tamara tammy tanya tara tiffany valerie vanessa
        veronica vicki viola vivian wanda yolanda yvonne zoe
        liz betsy patty susie maggie meg libby abby trish tricia kristy dottie""".split(), FEMALE),
}

_WORD_RE = re.compile(r"[^\W\d_]+\.?")


def unaccented(text: str) -> str:
    """A text without its diacritics: one name whether an article writes "Calderón" or "Calderon"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _plain(word: str) -> str:
    """``word`` in lower case without its accents, as the name lists write names ("Céline" -> "celine")."""
    return unaccented(word.lower())


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a common given name ("Carly", "Zoë"), whichever its case."""
    return _plain(word) in _GIVEN


def is_census_given_name(word: str) -> bool:
    """Whether ``word`` is a given name of one sex in the United States' baby-name counts (``given_names_us.txt``:
    "Ivanka", "Melania"; but also "Hope" and "Ford": read it as a name only where more says so)."""
    return word[:1].isupper() and _plain(word) in _census()


def may_be_given_name(word: str) -> bool:
    """Whether ``word`` is a common given name or, capitalised, one of the baby-name counts: a name where the words
    around it say it is one ("Whit" of "Concord resident Whit Symms")."""
    return is_given_name(word) or is_census_given_name(word)


def given_name_gender(name: str) -> str | None:
    """The gender of a name's honorific or first given name, if it is a common one ("Mary Walsh" -> f)."""
    for w in _WORD_RE.findall(name):
        low = w.lower()
        if low in _HONORIFIC:
            return _HONORIFIC[low]
        if w[:1].isupper():
            return _GIVEN.get(_plain(low.rstrip(".")))
    return None


def name_gender(name: str) -> str | None:
    """The gender of a person's name: its honorific's or common given name's (``given_name_gender``), else, for a
    name of two words or more, the sex the United States gives its first name (``given_names_us.txt``:
    "Antonin Scalia" -> m, "Hope Hicks" -> f). Not for telling whether words are a person's name at all: the
    census lists "Ford" and "Hope" too."""
    gender = given_name_gender(name)
    if gender is not None:
        return gender
    words = [w for w in _WORD_RE.findall(name) if w.lower().rstrip(".") not in HONORIFICS]
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    return _census().get(_plain(words[0]))


@functools.cache
def _census() -> dict[str, str]:
    names: dict[str, str] = {}
    gender = None
    for line in CENSUS_PATH.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line in ("[m]", "[f]"):
            gender = line[1]
            continue
        names.update(dict.fromkeys(line.split(), gender))
    return names


def surname_honorifics(text: str) -> dict[str, str | None]:
    """Surname (lower case) -> the one gender its honorifics give in the document, None when both occur
    ("Mr. Walsh" and "Mrs. Walsh")."""
    seen: dict[str, set[str]] = {}
    for m in re.finditer(r"\b(Mr|Mrs|Ms|Miss)\.?\s+(?:[A-Z]\.\s+)?([A-Z][\w'’-]+)", text):
        seen.setdefault(m.group(2).lower(), set()).add(_HONORIFIC[m.group(1).lower()])
    return {k: next(iter(v)) if len(v) == 1 else None for k, v in seen.items()}


def word_gender(word: str) -> str | None:
    """The gender a role word gives the person it names ("actress", "businessman"), if any."""
    return _ROLE_WORDS.get(word.lower())


def stated_gender(mention) -> str | None:
    """The gender an honorific or role word in or right before a mention (a spaCy span) gives it: "Mrs.
    Walsh", "first lady Jane Doe", "Congresswoman Jane Doe", "her husband, Milton Berg"."""
    doc = mention.doc
    for i in [mention.start] + list(range(mention.start - 1, max(mention.start - 4, -1), -1)):
        low = doc[i].lower_
        if low in _HONORIFIC:
            return _HONORIFIC[low]
        if low in _ROLE_WORDS:
            return _ROLE_WORDS[low]
        if i == mention.start - 1 and low == "," and i > 1 and doc[i - 1].lower_ in _ROLE_WORDS \
                and doc[i - 2].tag_ in ("PRP$", "POS"):
            # set beside a role word that says whose ("her husband, Milton Berg"; not "Through a spokeswoman,
            # Trump declined")
            return _ROLE_WORDS[doc[i - 1].lower_]
        if i < mention.start and (doc[i].is_punct or not (doc[i].is_title or doc[i].is_lower)):
            break
    return None


def _main_subject(ent) -> bool:
    """Whether a mention is the subject of its sentence's main verb."""
    tok = ent.root
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT"


def _majority(votes: Counter[str]) -> str | None:
    """The gender of two votes at least, two to one against the rest, if any."""
    (gender, n), = votes.most_common(1)
    return gender if n >= 2 and n >= 2 * (sum(votes.values()) - n) + 1 else None


def _surname(ent) -> str:
    return ent[-2].lower_ if ent[-1].tag_ == "POS" and len(ent) > 1 else ent[-1].lower_


class Genders:
    """The genders one document gives its people. ``honorifics`` is ``surname_honorifics`` of its text, ``people``
    its PERSON mentions (spaCy spans) in order, ``fullest`` names a mention by the fullest name the document gives
    the same person, ``shared`` holds the surnames (lower case) of two people or more it names in full."""

    def __init__(self, doc, honorifics: dict[str, str | None], people: list, fullest: Callable[[object], str],
                 shared: frozenset[str] = frozenset()):
        votes: dict[str, Counter[str]] = {}
        bare_votes: dict[str, Counter[str]] = {}  # the same votes, by the surname of a bare-surname mention
        k = 0
        for tok in doc:  # each he/she/his/her votes for the nearest person before it in its sentence
            while k < len(people) and people[k].end <= tok.i:
                k += 1
            gender = PRONOUN_GENDER.get(tok.lower_)
            if gender is None or k == 0 or people[k - 1].sent.start != tok.sent.start:
                continue
            votes.setdefault(fullest(people[k - 1]), Counter())[gender] += 1
            if len(people[k - 1]) - (people[k - 1][-1].tag_ == "POS") == 1 and _main_subject(people[k - 1]):
                # (only where the bare surname is the sentence's subject: "Sanders said Clinton was wrong and he
                # ..." gives Clinton no "he")
                bare_votes.setdefault(_surname(people[k - 1]), Counter())[gender] += 1
        self.by_pronouns = {name: g for name, c in votes.items() if (g := _majority(c))}
        # a bare surname is of the gender its honorifics give it, else, where the document names two people by it
        # (``shared``), of the one its own pronouns do ("Trump said he ..." is not the Ivanka Trump an article
        # about her names most)
        self.by_surname = {**{s: g for s, c in bare_votes.items() if s in shared and (g := _majority(c))},
                           **honorifics}

    def of_name(self, name: str) -> str | None:
        """The gender of a full name: its given name, else the pronouns used for it."""
        return name_gender(name) or self.by_pronouns.get(name)

    def compatible(self, name: str, gender: str | None) -> bool:
        """Whether the person ``name`` can be of ``gender`` (nothing in the document says otherwise)."""
        found = self.of_name(name)
        return gender is None or found is None or found == gender

    def of_mention(self, ent, fullest: str) -> str | None:
        """The gender of a PERSON mention whose fullest name in the document is ``fullest``."""
        doc = ent.doc
        gender = stated_gender(ent) or name_gender(ent.text)
        if gender is None and ent.end + 1 < len(doc) and doc[ent.end].text == ",":
            appos = doc[ent.end + 1:min(ent.end + 5, len(doc))]  # "Jane Doe, his wife, said"
            gender = next((_ROLE_WORDS[t.lower_] for t in appos if t.lower_ in _ROLE_WORDS), None)
        if gender is None:
            gender = self.of_name(fullest)
        if gender is None and len(ent) - (ent[-1].tag_ == "POS") == 1:
            gender = self.by_surname.get(_surname(ent))  # a bare surname: "Walsh" where only "Mrs. Walsh" occurs
        return gender
