"""Handlers for the relative side of the grammar: "last week", weekdays, "yesterday", clock times,
durations, vague references ("recently", "the future") and sets ("every Monday", "daily").

Each returns a ``Parse`` (or ``None`` to reject the match); see timex_handlers for the calendar-name
handlers, the ``Context`` they share and the number and unit helpers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from newsprov.extract import timex_lexicon as lex
from newsprov.extract import timex_resolve as rs
from newsprov.extract.timex_handlers import (
    FUTURE, PAST, PRESENT, Context, Parse, duration_value, g, is_name, mid_sentence, number, position_mod, unit_of,
    with_pod,
)
from newsprov.extract.timex_patterns import DAYREF_AFTER_ASIDE, DAYREF_BEFORE


_REL_DIR = {"last": -1, "past": -1, "previous": -1, "this past": -1, "the past": -1, "the last": -1,
            "the previous": -1, "next": 1, "coming": 1, "this coming": 1, "the next": 1, "the coming": 1,
            "the following": 1, "following": 1, "this": 0, "the current": 0, "current": 0, "the": 0,
            "the same": 0, "this current": 0}


def h_relative_unit(m: re.Match, c: Context) -> Parse | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    n = _REL_DIR[rel]
    unitw = re.sub(r"\s+", " ", m["unit"].lower())
    pre = re.sub(r"\s+", " ", (m["pre"] or "").lower()).strip()
    mod = position_mod(pre) if pre not in ("earlier", "later") else None
    if m["unit"][0].isupper() and not m["unit"].isupper():
        return None  # a title: ABC's "This Week"
    if rel == "the past" and unitw in ("decade", "century"):
        return Parse("DURATION", duration_value(1, {"decade": "DE", "century": "CE"}[unitw]), mod, False, 0.7)
    if unitw in lex.SEASONS:
        if rel == "the" and re.match(r"\s+of\b", c.after(4)):
            return None  # "the fall of Rome"
        if m["unit"][0].isupper() and not m["rel"][0].isupper():
            return None  # "the Summer Olympics": a capital season after a lower-case word is a name
        return Parse("DATE", rs.season(c.dct, lex.SEASONS[unitw], c.tense(), n), mod, True, 0.85)
    if unitw == "weekend":
        if c.dct is None:
            return Parse("DATE", "XXXX-WXX-WE", mod, True)
        if n == 0:
            t = c.tense()
            n = -1 if t == PAST and c.dct.weekday() < 5 else 0
        sat = c.dct + dt.timedelta(days=(5 - c.dct.weekday()) + 7 * n)
        return Parse("DATE", rs.fmt_week(sat) + "-WE", mod, True, 0.85)
    if rel == "the" and unitw in ("year", "fiscal year") and re.match(r"\s+(?:ended|ending|through|to)\b", c.after(12)):
        return Parse("DURATION", "P1Y", None, False, 0.75)  # "the year ended June 30": a period of a year
    if rel == "the" and not pre and unitw in ("decade", "century", "day"):
        return None
    if rel == "the" and not pre and unitw in ("year", "month", "week") and re.match(r"\s+(?:before|earlier)\b", c.after(9)):
        return Parse("DATE", f"@REF:{ {'year': 'Y', 'month': 'M', 'week': 'W'}[unitw] }:-1", None, True, 0.5)
    if unitw == "week" and rel in ("the past", "the last"):
        n = 0  # "for the past week": the seven days up to the DCT
    unit = {"week": "W", "month": "M", "year": "Y", "quarter": "Q", "decade": "DE", "century": "CE",
            "fiscal year": "Y", "school year": "Y", "day": "D"}[unitw]
    if unit == "D" and n == 0:
        return None
    if rel in ("the following", "following", "the previous", "the same") and unit in ("D", "M", "Y"):
        # anaphoric: "In 1995 he was promoted, and the following year ..." counts from the date last named
        return Parse("DATE", f"@REF:{unit}:{n}", mod, True, 0.6)
    return Parse("DATE", rs.relative(c.dct, unit, n), mod, True, 0.9)


def h_weekday(m: re.Match, c: Context) -> Parse | None:
    if not m["rel"] and is_name(c):
        return None
    wd = lex.WEEKDAYS[m["wd"].lower()]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    direction = -1 if rel in ("last", "past", "this past", "the previous", "previous") else (
        1 if rel in ("next", "coming", "this coming", "the following", "following") else 0)
    # "Wednesday's ruling": a possessive names a day something already happened on
    tense = (c.cue() or PAST) if re.match(r"['’]s\b", c.after(3)) and not direction else c.tense()
    value = rs.weekday(c.dct, wd, tense, direction)
    typ, value = with_pod(value, g(m, "pod"))
    mod = position_mod(rel) if rel in ("early", "late") else None
    return Parse(typ, value, mod, True, 0.85)


_DAYWORD = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
            "the day after tomorrow": 2, "this": 0, "last": -1, "overnight": 0}


def day_offset_value(c: Context, word: str) -> str:
    off = _DAYWORD[re.sub(r"\s+", " ", word.lower())]
    if c.dct is None:
        return "XXXX-XX-XX"
    return (c.dct + dt.timedelta(days=off)).isoformat()


def h_dayword(m: re.Match, c: Context) -> Parse | None:
    w = m["w"].lower()
    if m["w"][0].isupper() and not m["pos"] and mid_sentence(c):
        return None  # "USA Today"
    value = day_offset_value(c, w)
    pod = g(m, "pod")
    typ, value = with_pod(value, None if w == "tonight" else pod)
    pos = (m["pos"] or "").lower()
    mod = {"early": "START", "late": "END", "earlier": None, "later": None}.get(pos)
    return Parse(typ, value, mod, True, 0.9)


def h_this_pod(m: re.Match, c: Context) -> Parse | None:
    value = day_offset_value(c, m["w"])
    return Parse("TIME", f"{value}T{lex.PARTS_OF_DAY[m['pod'].lower()]}", None, True, 0.85)


def h_overnight(m: re.Match, c: Context) -> Parse | None:
    return Parse("TIME", f"{day_offset_value(c, 'today')}TNI", None, True, 0.6)


def _clock(m: re.Match) -> str | None:
    if m["named"]:
        return {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[m["named"].lower()]
    if m["h24"]:
        return f"{int(m['h24']):02d}:{m['mi24']}"
    if m["mil"]:
        return f"{m['mil']}:{m['milm']}"  # "1430 GMT"
    h = int(m["h"])
    mi = int(m["mi"]) if m["mi"] else 0
    ap = (m["ap"] or "").lower().replace(".", "")
    if "clock" in ap:
        ap = ""
    if h > 24 or mi > 59 or (ap and h > 12):
        return None
    if ap == "pm" and h < 12:
        h += 12
    elif ap == "am" and h == 12:
        h = 0
    return f"{h:02d}:{mi:02d}"


def _day_ref(c: Context, ref: str | None) -> str | None:
    if not ref:
        return None
    r = re.sub(r"\s+", " ", ref.strip().lower())
    if r in _DAYWORD:
        return day_offset_value(c, r)
    if r in lex.WEEKDAYS:
        return rs.weekday(c.dct, lex.WEEKDAYS[r], c.tense())
    mm = re.match(r"([a-z]+)\.?\s+(\d+)(?:,?\s+(\d{4}))?", r)
    if mm and mm[1] in lex.MONTHS:
        if mm[3]:
            try:
                return dt.date(int(mm[3]), lex.MONTHS[mm[1]], int(mm[2])).isoformat()
            except ValueError:
                return None
        return rs.month_day(c.dct, lex.MONTHS[mm[1]], int(mm[2]), c.tense())
    return None


def h_clock(m: re.Match, c: Context) -> Parse | None:
    clock = _clock(m)
    if clock is None or (m["named"] and m["named"][0].isupper() and is_name(c)):
        return None  # "High Noon"
    day = _day_ref(c, m["ref1"] or m["ref2"])
    if m["mil"] and c.before(1) == "(":
        return None  # "10:35 a.m. (0735 GMT)": the same moment in another zone
    if day is None and not (m["ref1"] or m["ref2"]):
        # "on Tuesday, Feb. 4, at 9:30 a.m." or "10:35 a.m. (0735 GMT) Friday": the day named just
        # before or after, outside this extent
        prior = DAYREF_BEFORE.search(c.before(40)) or DAYREF_AFTER_ASIDE.match(c.after(40))
        if prior:
            day = _day_ref(c, prior["d"])
    if day is None:
        day = c.dct.isoformat() if c.dct else "XXXX-XX-XX"
    mod = lex.QUANTITY_MODS.get(re.sub(r"\s+", " ", (m["mod"] or "").lower()))
    return Parse("TIME", f"{day}T{clock}", mod if mod == "APPROX" else None, True, 0.9)


# words after which "a year" is a stretch of time, not a rate
_DURATION_LEADS = {"for", "in", "within", "over", "than", "about", "nearly", "almost", "after", "before", "of",
                   "under", "only", "just", "to", "least", "spent", "took", "lasted", "last", "past", "next", "once",
                   "during", "around", "roughly", "some", "by", "from", "until", "since", "with", "every", "each"}


def h_duration(m: re.Match, c: Context) -> Parse | None:
    post = re.sub(r"\s+", " ", (m["post"] or "").lower()).strip(" -")
    if post == "old" or re.search(r"\b(?:aged|ages?\s+of)\s+$", c.before(12), re.I):
        return None  # an age
    if m["unit"][0].isupper() and not m["unit"].isupper():
        return None  # a title: "60 Minutes"
    if m["unit"].lower().startswith("quarter") and (m["sep"] == "-" or re.match(r"\s+of\b", c.after(4))) \
            and number(m["num"]) is not None and not post:
        return None  # a fraction: "three-quarters of its food"
    if m["unit"].lower() == "second" and m["num"].lower() in ("a", "one") and re.match(r"\s+[a-z]", c.after(2)) \
            and not re.match(r"\s+(?:and|or|ago|later|earlier|before|after)\b", c.after(8)):
        return None  # the ordinal: "a second betrayal"
    numtxt = m["num"]
    n = number(numtxt)
    if n is not None and g(m, "half"):
        n += 0.5  # "a minute and a half"
    unit = unit_of(m["unit"])
    if numtxt.lower() in ("a", "an", "a single") and not post and not m["mod"]:
        before = c.before(32).lower()
        prev = re.search(r"(\w+)\W*$", before)
        if re.search(r"(?:\d|%|dollars?|cents?|times|once|twice|per|each|pounds?|euros?|bucks)\s*$", before) or (
                prev and (prev[1] in lex.UNITS or prev[1] in lex.UNIT_PLURALS)) or (
                prev and prev[1] not in _DURATION_LEADS
                and re.search(r"\d|\b(?:million|billion|thousand|hundred|dozen)\b", before)):
            return Parse("SET", duration_value(1, unit), None, False, 0.7)  # a rate: "$5 million a year"
    mod = lex.QUANTITY_MODS.get(re.sub(r"\s+", " ", (m["mod"] or "").lower()))
    if g(m, "orso"):
        mod = "APPROX"
    if post in ("ago", "earlier", "before", "later", "from now", "hence"):
        if n is None:
            return Parse("DATE", "PAST_REF" if post in ("ago", "earlier", "before") else "FUTURE_REF", mod, True, 0.7)
        sign = -1 if post in ("ago", "earlier", "before") else 1
        if unit in ("S", "MIN", "H"):
            return Parse("TIME", c.dct.isoformat() if c.dct else "XXXX-XX-XX", mod, True, 0.6)
        if unit == "Y" and n == 1 and post in ("ago", "earlier"):
            return Parse("DATE", "@Y-1", mod, True, 0.75)
        gran = {"D": "D", "W": "W", "FN": "W", "M": "M", "Q": "Q", "Y": "Y", "DE": "Y", "CE": "Y", "ML": "Y"}[unit]
        steps = {"FN": ("W", 2), "DE": ("Y", 10), "CE": ("Y", 100), "ML": ("Y", 1000)}.get(unit, (unit, 1))
        k = int(n * steps[1]) if n == int(n) else None
        if k is None or c.dct is None:
            return Parse("DATE", rs.unknown(gran), mod, True, 0.6)
        return Parse("DATE", rs.granular(rs.shift(c.dct, steps[0], sign * k), gran), mod, True, 0.8)
    p = Parse("DURATION", duration_value(n, unit), mod, False, 0.85)
    if m["sep"] == "-" and re.match(r"(?i)the\s", m[0]) and not m["mod"]:
        p.start = m.start("num")  # "the 14-day deadline": the adjective alone is the expression
    return p


def h_ref(kind: str) -> Callable[[re.Match, Context], Parse | None]:
    def handler(m: re.Match, c: Context) -> Parse | None:
        w = m[0].lower()
        if w in ("current", "future", "recent"):
            nxt = c.after(16)
            if not re.match(r"\s+[a-z]", nxt) or re.match(r"\s+(?:account|affairs|events|flows?|prices)\b", nxt):
                return None
        if w == "now" and re.match(r"-", c.after(1)):
            return None
        return Parse("DATE", kind, None, True, 0.75)
    return handler


def h_set_word(m: re.Match, c: Context) -> Parse | None:
    w = m[0].lower()
    if w in ("quarterly", "monthly", "yearly", "weekly", "biweekly", "bimonthly") and re.match(r"\s+[a-z]", c.after(3)):
        return None  # an adjective ("quarterly dividend"): TimeBank leaves those alone
    if m[0][0].isupper() and mid_sentence(c):
        return None  # a name: "% Daily Value"
    return Parse("SET", lex.SET_WORDS[w], None, False, 0.85)


def h_year_end(m: re.Match, c: Context) -> Parse | None:
    w = re.sub(r"\s+", " ", m[0].lower())
    n = -1 if "last" in w else 1 if "next" in w else 0
    if not n and re.search(r"\bsince\s+$", c.before(8)):
        n = -1  # "up 5% since year-end": the last one
    mod = "APPROX" if w.startswith("around") else "END"
    return Parse("DATE", rs.relative(c.dct, "Y", n), mod, True, 0.7)


def h_full_year(m: re.Match, c: Context) -> Parse | None:
    return Parse("DATE", rs.relative(c.dct, "Y", 0), None, True, 0.7)


def h_pod_day(m: re.Match, c: Context) -> Parse | None:
    day = _day_ref(c, m["ref"])
    if day is None:
        return None
    return Parse("TIME", f"{day}T{lex.PARTS_OF_DAY[m['pod'].lower()]}", position_mod(m["pos"]), True, 0.8)


def h_set_every(m: re.Match, c: Context) -> Parse | None:
    what = m["what"].lower()
    if what in lex.WEEKDAYS:
        return Parse("SET", f"XXXX-WXX-{lex.WEEKDAYS[what] + 1}", None, False, 0.85)
    if what in lex.PARTS_OF_DAY:
        return Parse("SET", f"XXXX-XX-XXT{lex.PARTS_OF_DAY[what]}", None, False, 0.8)
    if what in lex.SEASONS:
        return Parse("SET", f"XXXX-{lex.SEASONS[what]}", None, False, 0.8)
    if what in lex.MONTHS:
        return Parse("SET", f"XXXX-{lex.MONTHS[what]:02d}", None, False, 0.8)
    if what == "weekend":
        return Parse("SET", "XXXX-WXX-WE", None, False, 0.8)
    n = number(m["num"]) if m["num"] else 1
    if m["other"]:
        n = 2 * (n or 1)
    return Parse("SET", duration_value(n, unit_of(what)), None, False, 0.85)


def h_weekday_plural(m: re.Match, c: Context) -> Parse | None:
    return Parse("SET", f"XXXX-WXX-{lex.WEEKDAYS[m['wd'].lower()[:-1]] + 1}", None, False, 0.7)


def h_year_earlier_adj(m: re.Match, c: Context) -> Parse | None:
    return Parse("DATE", "@Y-1", None, True, 0.65)


def h_the_weekend(m: re.Match, c: Context) -> Parse | None:
    if c.dct is None:
        return Parse("DATE", "XXXX-WXX-WE", None, True, 0.7)
    t = c.tense()
    if t == FUTURE or (t == PRESENT and c.dct.weekday() < 5):
        sat = c.dct + dt.timedelta(days=(5 - c.dct.weekday()) % 7)
    else:
        sat = c.dct - dt.timedelta(days=(c.dct.weekday() - 5) % 7)
    return Parse("DATE", rs.fmt_week(sat) + "-WE", None, True, 0.7)


def h_vague(m: re.Match, c: Context) -> Parse | None:
    """Plural units without a number: "recent years" (PAST_REF), "the coming months", "for years" (PX.)."""
    unit_word = m["unit"] or m["unit2"] or m["unit3"]
    unit = unit_of(unit_word)
    lead = re.sub(r"\s+", " ", (m["lead"] or "").lower()) if m["unit"] else ""
    if lead in ("recent", "past") and unit in ("Y", "DE"):
        return Parse("DATE", "PAST_REF", None, True, 0.7)
    return Parse("DURATION", duration_value(None, unit), None, False, 0.7)


def h_ahead(m: re.Match, c: Context) -> Parse | None:
    return Parse("DURATION", duration_value(None, unit_of(m["unit"])), None, False, 0.7)


def h_that_unit(m: re.Match, c: Context) -> Parse | None:
    unit = {"year": "Y", "month": "M", "day": "D"}[m["unit"].lower()]
    return Parse("DATE", f"@REF:{unit}:0", None, True, 0.5)


def h_week_of(m: re.Match, c: Context) -> Parse | None:
    day = _day_ref(c, m["ref"])
    if not day or day.startswith("X"):
        return Parse("DATE", "XXXX-WXX", None, True, 0.5)
    return Parse("DATE", rs.fmt_week(dt.date.fromisoformat(day[:10])), None, True, 0.8)
