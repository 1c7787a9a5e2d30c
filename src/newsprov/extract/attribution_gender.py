"""Which people a "he" or "she" can stand for: the grammatical gender a document gives a person.

A pronoun source takes the name of the nearest person mentioned before it; without this check "she said"
after "... Ivanka Trump ... her father, Donald Trump" became Donald Trump, and "he said" after a quote about
Hillary Clinton became Hillary Clinton. A person's gender is read from the document only, in this order:
an honorific before the mention ("Mr. Biden", "Mrs. Clinton"), a gendered role word before or beside it
("first lady", "congresswoman", "her husband"), the same surname with only one kind of honorific elsewhere
in the document, then common English given names. When none says, any pronoun may stand for the person.
"""

from __future__ import annotations

import re

MALE, FEMALE = "m", "f"

PRONOUN_GENDER = {"he": MALE, "him": MALE, "his": MALE, "she": FEMALE, "her": FEMALE, "hers": FEMALE}

_HONORIFIC = {"mr": MALE, "mr.": MALE, "sir": MALE, "mrs": FEMALE, "mrs.": FEMALE, "ms": FEMALE,
              "ms.": FEMALE, "miss": FEMALE, "dame": FEMALE, "madam": FEMALE}

_ROLE_WORDS = {
    **dict.fromkeys("""
        congressman congressmen chairman spokesman businessman husband father son brother uncle nephew king
        prince duke lord grandfather grandson boyfriend widower actor""".split(), MALE),
    **dict.fromkeys("""
        congresswoman chairwoman spokeswoman businesswoman wife mother daughter sister aunt niece queen
        princess duchess lady grandmother granddaughter girlfriend widow actress""".split(), FEMALE),
}

# Common given names in the English-speaking world (not drawn from any corpus); a name used for both
# (Jordan, Taylor, Leslie, ...) is in neither list.
_GIVEN = {
    **dict.fromkeys("""
        aaron adam alan albert alexander andrew anthony arthur barack ben benjamin bernard bernie bill billy bob
        bobby brad bradley brandon brian bruce bryan carl carlos charles charlie chris christopher chuck clarence
        craig dan daniel david dennis dick don donald doug douglas dwight earl ed eddie edward eric eugene frank
        fred frederick gary george gerald glenn gordon greg gregory harold harry henry howard ian jack jacob
        jake james jason jeb jeff jeffrey jeremy jerry jim jimmy joe joel john johnny jon jonathan jose joseph
        josh joshua juan justin keith ken kenneth kevin larry lawrence lee leonard louis luke marco mark martin
        matt matthew michael mike mitch mitt nathan neil nicholas nick noah oliver patrick paul peter phil
        philip ralph randy ray raymond richard rick robert roger ron ronald roy russell ryan sam samuel scott
        sean stephen steve steven ted terry thomas tim timothy todd tom tony victor vincent walter wayne william
        willie""".split(), MALE),
    **dict.fromkeys("""
        abigail alice alicia allison amanda amber amy andrea angela ann anna anne barbara betty beverly brenda
        carly carol caroline catherine cheryl christina christine cindy claire cynthia deborah debbie denise
        diana diane donna doris dorothy elizabeth ellen emily emma evelyn frances gloria grace hannah heather
        heidi helen hillary ivanka jacqueline jane janet janice jean jennifer jessica jill joan joyce judith judy
        julia julie karen katherine kathleen kathryn kathy katie kelly kimberly laura lauren linda lisa lori
        louise lynn margaret maria marie marilyn martha mary megan melania melissa michelle nancy natalie nicole
        olivia pamela patricia paula peggy rachel rebecca rose ruth sally samantha sandra sarah sharon shirley
        sophia stephanie susan teresa theresa tina victoria virginia wendy""".split(), FEMALE),
}

_WORD_RE = re.compile(r"[^\W\d_]+\.?")


def given_name_gender(name: str) -> str | None:
    """The gender of a name's first given name, if it is a common one ("Hillary Clinton" -> f)."""
    for w in _WORD_RE.findall(name):
        low = w.lower()
        if low in _HONORIFIC:
            return _HONORIFIC[low]
        if w[:1].isupper():
            return _GIVEN.get(low.rstrip("."))
    return None


def surname_honorifics(text: str) -> dict[str, str | None]:
    """Surname (lower case) -> the one gender its honorifics give in the document, None when both occur
    ("Mr. Clinton" and "Mrs. Clinton")."""
    seen: dict[str, set[str]] = {}
    for m in re.finditer(r"\b(Mr|Mrs|Ms|Miss)\.?\s+(?:[A-Z]\.\s+)?([A-Z][\w'’-]+)", text):
        seen.setdefault(m.group(2).lower(), set()).add(_HONORIFIC[m.group(1).lower()])
    return {k: next(iter(v)) if len(v) == 1 else None for k, v in seen.items()}


def mention_gender(ent, fullest: str, by_surname: dict[str, str | None]) -> str | None:
    """The gender of a PERSON mention (a spaCy span) whose fullest name in the document is ``fullest``."""
    doc = ent.doc
    for i in range(ent.start - 1, max(ent.start - 4, -1), -1):  # "Mrs. Clinton", "first lady Laura Bush"
        low = doc[i].lower_
        if low in _HONORIFIC:
            return _HONORIFIC[low]
        if low in _ROLE_WORDS:
            return _ROLE_WORDS[low]
        if doc[i].is_punct or not (doc[i].is_title or doc[i].is_lower):
            break
    gender = given_name_gender(ent.text)
    if gender is None and ent.root.i + 2 < len(doc) and doc[ent.root.i + 1].text == ",":
        appos = doc[ent.root.i + 2:min(ent.root.i + 6, len(doc))]  # "Jane Doe, his wife, said"
        gender = next((_ROLE_WORDS[t.lower_] for t in appos if t.lower_ in _ROLE_WORDS), None)
    if gender is None:
        surname = ent[-1].lower_ if ent[-1].tag_ != "POS" or len(ent) == 1 else ent[-2].lower_
        gender = by_surname.get(surname)
    return gender if gender is not None else given_name_gender(fullest)
