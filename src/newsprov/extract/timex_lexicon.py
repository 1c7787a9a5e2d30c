"""English words for time: months, weekdays, number words, units, parts of day, seasons, holidays, modifiers.

General vocabulary only. Each table maps a lower-cased surface form to what it means; the grammar
(timex_grammar.py) builds its regular expressions from the keys, longest first.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# a month standing alone is only a date if it is one of these full names (not "May" the modal verb:
# that one needs a preposition or modifier in front, see the grammar)
FULL_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2, "thursday": 3,
    "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
FULL_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

SMALL_NUMBERS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
# quantity words that give a number of units (None: an unspecified number, written X in the value)
VAGUE_QUANTITIES: dict[str, int | None] = {
    "a": 1, "an": 1, "a single": 1, "a few": None, "few": None, "several": None, "many": None, "some": None,
    "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12, "dozen": 12, "a half": 0, "half a": 0,
    "half an": 0, "a hundred": 100, "one hundred": 100, "two thousand": 2000, "a thousand": 1000,
}

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
    "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "ninth": 9, "9th": 9,
    "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11, "twelfth": 12, "12th": 12, "thirteenth": 13,
    "13th": 13, "fourteenth": 14, "14th": 14, "fifteenth": 15, "15th": 15, "sixteenth": 16, "16th": 16,
    "seventeenth": 17, "17th": 17, "eighteenth": 18, "18th": 18, "nineteenth": 19, "19th": 19,
    "twentieth": 20, "20th": 20, "twenty-first": 21, "21st": 21, "twenty first": 21,
}

# unit word (singular, lower case) -> unit code used in values: D W M Q Y DE CE and the time units
UNITS: dict[str, str] = {
    "second": "S", "minute": "MIN", "hour": "H", "day": "D", "night": "D", "week": "W", "fortnight": "FN",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE", "millennium": "ML",
}
UNIT_PLURALS: dict[str, str] = {
    "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day", "nights": "night",
    "weeks": "week", "fortnights": "fortnight", "months": "month", "quarters": "quarter", "years": "year",
    "decades": "decade", "centuries": "century", "millennia": "millennium", "yrs": "year", "mins": "minute",
    "hrs": "hour",
}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

# holiday name (lower case, regex-ready) -> rule for timex_resolve.holiday_date
HOLIDAYS: dict[str, tuple] = {
    r"new year'?s(?: day)?": ("fixed", 1, 1), r"new year'?s eve": ("fixed", 12, 31),
    r"christmas(?: day)?": ("fixed", 12, 25), r"christmas eve": ("fixed", 12, 24),
    r"boxing day": ("fixed", 12, 26), r"independence day": ("fixed", 7, 4),
    r"the fourth of july|july fourth": ("fixed", 7, 4), r"halloween": ("fixed", 10, 31),
    r"valentine'?s day": ("fixed", 2, 14), r"veterans'? day": ("fixed", 11, 11),
    r"st\.? patrick'?s day|saint patrick'?s day": ("fixed", 3, 17), r"bastille day": ("fixed", 7, 14),
    r"thanksgiving(?: day)?": ("nth", 11, 3, 4), r"labou?r day": ("nth", 9, 0, 1),
    r"memorial day": ("nth", 5, 0, -1), r"mother'?s day": ("nth", 5, 6, 2), r"father'?s day": ("nth", 6, 6, 3),
    r"martin luther king(?: jr\.?)? day": ("nth", 1, 0, 3), r"presidents'? day": ("nth", 2, 0, 3),
    r"columbus day": ("nth", 10, 0, 2), r"easter(?: sunday)?": ("easter", 0), r"good friday": ("easter", -2),
    r"easter monday": ("easter", 1), r"ash wednesday": ("easter", -46), r"pentecost": ("easter", 49),
    r"election day": ("nth", 11, 1, 1),
}

# words before a number of units, and the TIMEX3 mod they give
QUANTITY_MODS: dict[str, str] = {
    "more than": "MORE_THAN", "over": "MORE_THAN", "upwards of": "MORE_THAN", "longer than": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE", "a minimum of": "EQUAL_OR_MORE",
    "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN", "shorter than": "LESS_THAN",
    "almost": "LESS_THAN", "just under": "LESS_THAN",
    "nearly": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS", "a maximum of": "EQUAL_OR_LESS", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX",
    "close to": "APPROX", "an estimated": "APPROX", "just over": "MORE_THAN", "well over": "MORE_THAN",
}
# of those, the ones that may also stand before "the past/next N units" without being a preposition
# "about" and "within" are left out of extents: TimeBank mostly draws "[two weeks]" in "within two weeks"
DEFINITE_MODS = ("at least", "more than", "less than", "nearly", "almost", "roughly", "approximately")

# position inside a period -> mod
POSITION_MODS: dict[str, str] = {
    "early": "START", "the beginning of": "START", "the start of": "START", "the dawn of": "START",
    "the early part of": "START", "the first part of": "START",
    "mid": "MID", "mid-": "MID", "the middle of": "MID", "the mid": "MID",
    "late": "END", "the end of": "END", "the close of": "END", "the late": "END", "the latter part of": "END",
    "the last part of": "END", "the early": "START",
}

PRESENT_REF_WORDS = ("now", "currently", "presently", "at present", "nowadays",
                     "these days", "the present", "current", "at the moment")
# "previously", "formerly", "shortly", bare "soon" and "future" are seldom annotated in TimeBank news
PAST_REF_WORDS = ("recently", "more recently", "most recently", "lately", "the past", "long ago", "years ago",
                  "some time ago", "a while ago")
FUTURE_REF_WORDS = ("relatively soon", "very soon", "fairly soon", "the future",
                    "the near future", "the distant future", "the near term", "the short term",
                    "the long term", "the longer term", "someday", "sometime soon")

SET_WORDS: dict[str, str] = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
    "quarterly": "P3M", "yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H", "semiannually": "P6M",
    "semi-annually": "P6M", "bimonthly": "P2M",
}
