"""Regular-expression building blocks for the TIMEX3 grammar: months, weekdays, numbers, units, clock times.

Built once from the word lists in timex_lexicon; the grammar (timex_grammar.py) composes its rules from them.
Case matters only where it must (month and weekday names are capitalised, so "may" the verb is not May).
"""

from __future__ import annotations

import re

from newsprov.extract import timex_lexicon as lex


def _alt(words, cap: bool = False) -> str:
    """An alternation of ``words`` (longest first; spaces match any whitespace); ``cap``: Capitalised/UPPER only."""
    forms = set()
    for w in words:
        if cap:
            forms.update({w[:1].upper() + w[1:], w.upper()})
        else:
            forms.add(w)
    parts = sorted(forms, key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)
    return f"(?-i:{body})" if cap else f"(?:{body})"


_ABBR_MONTHS = [m for m in lex.MONTHS if m not in lex.FULL_MONTHS]
MON = rf"(?:{_alt(lex.FULL_MONTHS, cap=True)}|{_alt(_ABBR_MONTHS, cap=True)}\.?)(?![a-z])"
FULLMON = rf"{_alt(lex.FULL_MONTHS, cap=True)}(?![a-z])"
WDAY = rf"{_alt(lex.FULL_WEEKDAYS, cap=True)}(?![a-z])"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:,.]\d|\w)"
YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d%]|,\d|\.\d)"
_UNITS_ALL = list(lex.UNITS) + list(lex.UNIT_PLURALS)
UNIT = _alt(_UNITS_ALL)
NUMWORD = _alt(list(lex.SMALL_NUMBERS) + list(lex.TENS))
NUM = (rf"(?:\d+(?:\.\d+|\s+1/2|\s+1/4|\s+3/4)?|(?:{_alt(lex.TENS)})(?:[\s-]+{_alt(list(lex.SMALL_NUMBERS)[1:10])})?|{NUMWORD}"
       rf"|{_alt(lex.VAGUE_QUANTITIES)})(?:\s+and\s+a\s+half)?")
ORD = _alt(lex.ORDINALS)
SEASON = _alt(lex.SEASONS)
QMOD = _alt(lex.QUANTITY_MODS)
DEFMOD = _alt(lex.DEFINITE_MODS)
B = r"(?<![\w$#])"  # start of a word
E = r"(?![\w])"  # end of a word
E2 = r"(?![\w-])"  # end of a word that is not the first half of a compound ("the year-ago")


HOLIDAY_ALT = "|".join(p.replace("'", "['’]") for p in sorted(
    lex.HOLIDAYS, key=lambda p: len(re.sub(r"\(\?:[^)]*\)\?|'\?", "", p)), reverse=True))

POSPRE = r"(?:(?P<pos>early|mid-?|late|the\s+(?:beginning|start|middle|end|close)\s+of)[\s-]*)?"
REL = r"(?:this\s+past|this\s+coming|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+previous|the\s+following|the\s+current|the\s+same|last|next|this|coming|past|previous|current)"
DAYREF = rf"(?:{WDAY}|today|yesterday|tomorrow|tonight|{MON}\s+\d{{1,2}}(?!\d)(?:,?\s+{YEAR})?)"
TZ = r"(?-i:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|IST|JST)|local\s+time"
CLOCK = (rf"(?:(?P<h>\d{{1,2}})(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.?|p\.m\.?|am|pm|o['’]clock)(?!\w)"
         rf"|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?=\s*(?:{TZ}|hours?\b|hrs\b))"
         rf"|(?P<mil>[01]\d|2[0-3])(?P<milm>[0-5]\d)(?=\s*(?-i:GMT|UTC)\b)"
         rf"|(?P<named>noon|midday|midnight))(?:\s+(?:{TZ}))?")

DAYREF_BEFORE = re.compile(rf"(?P<d>{DAYREF}),?\s+at\s+(?:about\s+|around\s+)?$", re.I)
DAYREF_AFTER_ASIDE = re.compile(rf"\s*\([^()]{{1,24}}\)\s*,?\s*(?:on\s+)?(?P<d>{DAYREF})", re.I)
# "nineteen ninety-four": a year read out (broadcast transcripts)
SPELLED_YEAR = (rf"(?:eighteen|nineteen)[\s-]+(?:hundred|{_alt(lex.TENS)}(?:[\s-]+{_alt(list(lex.SMALL_NUMBERS)[1:10])})?"
                rf"|{_alt(list(lex.SMALL_NUMBERS)[10:])})")
