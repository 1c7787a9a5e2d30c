"""The TIMEX3 grammar: regular expressions over the text for each kind of temporal expression, and the
handler that turns a match into a type, a value and a mod.

Each rule's pattern draws the extent the TimeML way (determiners and modifiers included: "the past two
years", "late December", "more than two years"); the tagger keeps the longest non-overlapping matches.
A handler gets the match and a context that knows the DCT and, on demand, the tense of the sentence;
it returns ``None`` to reject a match (a year that is really a quantity, "may" the modal verb).
Values that depend on the quarter a report is about are left as markers (``@Q``, ``@Q-1``) that the
tagger fills in reading order (timex_resolve has the arithmetic).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from newsprov.extract import timex_lexicon as lex
from newsprov.extract import timex_resolve as rs

PAST, PRESENT, FUTURE = rs.PAST, rs.PRESENT, rs.FUTURE


_FUTURE_CUE = re.compile(
    r"(?i:\b(?:until|till|by|payable|effective|expected|due|scheduled|set|slated|planned|starting|"
    r"beginning|as\s+(?:soon|early|late)\s+as|no\s+later\s+than|of\s+record|in\s+time\s+for|ahead\s+of|"
    r"will\s+\w+|to\s+be\s+\w+)(?:\s+(?:for|on|in|at|by|from))?\s*)$")
_PAST_CUE = re.compile(r"(?i:\b(?:since|ago\s+on|earlier\s+on)\s*)$")


@dataclass(slots=True)
class Parse:
    type: str
    value: str
    mod: str | None = None
    relative: bool = False  # the value was computed from the DCT
    confidence: float = 0.9
    start: int | None = None  # a narrower start than the match's, when the handler drops a leading word


class Context:
    """What a handler may ask about: the DCT, the text, and the tense around a span (computed lazily)."""

    def __init__(self, text: str, dct: dt.date | None, tense_of: Callable[[int, int], str | None],
                 ent_label: Callable[[int, int], str | None] = lambda s, e: None) -> None:
        self.text = text
        self.dct = dct
        self._tense_of = tense_of
        self.ent_label = ent_label  # spaCy's entity label over a span, if any
        self.span = (0, 0)

    def tense(self) -> str | None:
        """The tense that decides the direction of a relative date: a cue word in front
        ("until", "payable", "since") outranks the grammatical tense of the governing verb."""
        grammatical = self._tense_of(*self.span)
        if grammatical == "PAST_PERFECT":
            return PAST
        before = self.before(40)
        if _FUTURE_CUE.search(before):
            return FUTURE
        if _PAST_CUE.search(before):
            return PAST
        return grammatical

    def before(self, n: int = 30) -> str:
        return self.text[max(0, self.span[0] - n):self.span[0]]

    def after(self, n: int = 30) -> str:
        return self.text[self.span[1]:self.span[1] + n]


# --------------------------------------------------------------------------------------------------
# Regex building blocks
# --------------------------------------------------------------------------------------------------


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
POD = _alt(lex.PARTS_OF_DAY)
QMOD = _alt(lex.QUANTITY_MODS)
DEFMOD = _alt(lex.DEFINITE_MODS)
B = r"(?<![\w$#])"  # start of a word
E = r"(?![\w])"  # end of a word
E2 = r"(?![\w-])"  # end of a word that is not the first half of a compound ("the year-ago")


def number(s: str) -> float | None:
    """The number a quantity phrase gives (None for "several", "a few")."""
    s = re.sub(r"\s+", " ", s.lower().strip())
    half = s.endswith(" and a half")
    if half:
        s = s[: -len(" and a half")]
    if s in lex.VAGUE_QUANTITIES:
        v = lex.VAGUE_QUANTITIES[s]
        return None if v is None else (0.5 if v == 0 else float(v)) + (0.5 if half else 0)
    frac = re.fullmatch(r"(\d+)\s+([13])/([24])", s)
    if frac:
        return int(frac[1]) + int(frac[2]) / int(frac[3])
    try:
        return float(s.replace(",", "")) + (0.5 if half else 0)
    except ValueError:
        pass
    total = 0
    for part in re.split(r"[\s-]+", s):
        if part in lex.TENS:
            total += lex.TENS[part]
        elif part in lex.SMALL_NUMBERS:
            total += lex.SMALL_NUMBERS[part]
        else:
            return None
    return total + (0.5 if half else 0)


def unit_of(word: str) -> str:
    w = word.lower()
    return lex.UNITS[lex.UNIT_PLURALS.get(w, w)]


def duration_value(n: float | None, unit: str) -> str:
    """P2Y, PT3H, PXM, ... (fractions go down a unit: half a year -> P6M)."""
    if unit == "FN":
        n, unit = (None if n is None else 2 * n), "W"
    if unit in ("DE", "CE", "ML"):
        if n is None:
            return {"DE": "PXDE", "CE": "PXCE", "ML": "PXL"}[unit] if unit != "DE" else "PXY"
        n, unit = n * {"DE": 10, "CE": 100, "ML": 1000}[unit], "Y"
    if n is not None and n != int(n):
        smaller = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "MIN"),
                   "Q": (3, "M"), "MIN": (60, "S")}
        if unit in smaller:
            f, unit = smaller[unit]
            n = n * f
    q = "X" if n is None else str(int(n)) if n == int(n) else str(n)
    if unit in ("H", "MIN", "S"):
        return f"PT{q}{ {'H': 'H', 'MIN': 'M', 'S': 'S'}[unit] }"
    return f"P{q}{unit}"


def g(m: re.Match, name: str) -> str | None:
    """A named group if the pattern has it and it matched."""
    try:
        return m.group(name)
    except IndexError:
        return None


def year_of(s: str) -> int:
    return int(s)


def two_digit_year(s: str) -> int:
    n = int(s)
    return 1900 + n if n >= 30 else 2000 + n


def position_mod(word: str | None) -> str | None:
    if not word:
        return None
    w = re.sub(r"\s+", " ", word.lower().strip())
    w = w.rstrip("-").strip()
    return lex.POSITION_MODS.get(w) or lex.POSITION_MODS.get(w + "-")


# --------------------------------------------------------------------------------------------------
# Handlers
# --------------------------------------------------------------------------------------------------


def h_iso(m: re.Match, c: Context) -> Parse | None:
    try:
        return Parse("DATE", dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat(), confidence=0.95)
    except ValueError:
        return None


def h_numeric(m: re.Match, c: Context) -> Parse | None:
    y = int(m["y"]) if len(m["y"]) == 4 else two_digit_year(m["y"])
    try:
        return Parse("DATE", dt.date(y, int(m["m"]), int(m["d"])).isoformat(), confidence=0.8)
    except ValueError:
        return None


def _month(s: str) -> int:
    return lex.MONTHS[s.lower().rstrip(".")]


def _with_pod(value: str, pod: str | None) -> tuple[str, str]:
    if not pod:
        return "DATE", value
    return "TIME", f"{value}T{lex.PARTS_OF_DAY[pod.lower()]}"


def h_month_day(m: re.Match, c: Context) -> Parse | None:
    month = _month(m["mon"])
    day = int(re.match(r"\d+", m["day"])[0])
    if m["year"]:
        try:
            value = dt.date(int(m["year"]), month, day).isoformat()
        except ValueError:
            return None
        rel = False
    else:
        v = rs.month_day(c.dct, month, day, c.tense())
        if v is None:
            return None
        value, rel = v, True
    typ, value = _with_pod(value, g(m, "pod"))
    return Parse(typ, value, position_mod(g(m, "pos")), rel, 0.95 if not rel else 0.85)


def h_month_year(m: re.Match, c: Context) -> Parse | None:
    return Parse("DATE", rs.fmt_month(int(m["year"]), _month(m["mon"])), position_mod(g(m, "pos")), confidence=0.95)


_MAY_CUES = re.compile(r"(?i:\b(?:in|since|until|till|by|during|through|from|before|after|of|last|next|this|"
                       r"early|late|mid-?|end of|beginning of|middle of|start of|between|and|or|to|on|the)\s*)$")


def h_month(m: re.Match, c: Context) -> Parse | None:
    word = m["mon"].lower()
    rel_word = (m["rel"] or "").lower()
    if word in ("may", "march") and not rel_word and not m["pos"] and not m["ry"] and not _MAY_CUES.search(c.before(20)):
        return None  # the modal verb / the verb, or a name
    direction = -1 if rel_word.startswith("last") else 1 if rel_word.startswith("next") else 0
    if m["ry"]:  # "June last year", "January this year"
        ry = re.sub(r"\s+", " ", m["ry"].lower())
        shift = -1 if ry.startswith("last") else 1 if ry.startswith("next") else 0
        value = rs.fmt_month(c.dct.year + shift, lex.MONTHS[word]) if c.dct else f"XXXX-{lex.MONTHS[word]:02d}"
    elif rel_word == "this" and c.dct is not None:
        value = rs.fmt_month(c.dct.year, lex.MONTHS[word])
    else:
        value = rs.month_year(c.dct, lex.MONTHS[word], c.tense(), direction)
    return Parse("DATE", value, position_mod(g(m, "pos")), True, 0.8)


_NOT_YEAR_AFTER = re.compile(r"^(?:\s*(?:-|to)\s*\d|[.,]\d|\s*(?:%|percent|per\s|points?\b|people|persons|"
                             r"troops|soldiers|shares|units|votes|students|workers|employees|jobs|cars|acres|"
                             r"tons|feet|miles|meters|kilometers|pounds|barrels|yards|dollars|euros|hours|"
                             r"minutes|seconds|times\b|passengers|residents|[A-Z][a-z]+\s+[A-Z]))")
_NOT_YEAR_BEFORE = re.compile(r"(?:[$€£#]\s*|No\.\s*|[Nn]umber\s+|\d[,.]?|[Pp]age\s+|[Rr]oute\s+|[Ff]light\s+|"
                              r"[Rr]oom\s+|[Aa]bout\s+|[Nn]early\s+|[Oo]ver\s+|[Ss]ome\s+|[Aa]lmost\s+|"
                              r"[Mm]ore than\s+|[Uu]p to\s+|[Aa]t least\s+)$")


def h_year(m: re.Match, c: Context) -> Parse | None:
    pre = (m["pre"] or "").lower()
    if not pre:
        if _NOT_YEAR_BEFORE.search(c.before(12)) or _NOT_YEAR_AFTER.match(c.after(24)):
            return None
    if not pre and c.ent_label(*c.span) in ("CARDINAL", "MONEY", "QUANTITY", "PERCENT"):
        return None  # spaCy reads this number as a quantity
    y = int(m["year"])
    pre = re.sub(r"\s+", " ", pre).strip()
    if "half" in pre:
        return Parse("DATE", f"{y}-H{1 if pre.startswith('the first') or pre.startswith('first') else 2}",
                     confidence=0.9)
    for name, code in lex.SEASONS.items():
        if name in pre:
            return Parse("DATE", f"{y}-{code}", confidence=0.9)
    return Parse("DATE", str(y), position_mod(pre.replace(" of", " of").strip()) if pre else None,
                 confidence=0.9 if pre else 0.8)


def h_fiscal_short(m: re.Match, c: Context) -> Parse | None:
    return Parse("DATE", str(two_digit_year(m["yy"])), confidence=0.8)


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


def h_decade(m: re.Match, c: Context) -> Parse | None:
    mod = position_mod(m["pos"])
    if m["c"]:
        return Parse("DATE", f"{m['c']}{m['d']}", mod, confidence=0.9)
    d = m["d2"] if m["d2"] else str(_DECADE_WORDS[m["w"].lower()])
    century = "19" if c.dct is None or int(f"20{d}0") > c.dct.year else "20"
    return Parse("DATE", f"{century}{d}", mod, True, 0.8)


def h_century(m: re.Match, c: Context) -> Parse | None:
    n = lex.ORDINALS.get(re.sub(r"\s+", " ", m["ord"].lower()).replace(" ", "-"))
    if n is None:
        n = lex.ORDINALS.get(m["ord"].lower())
    if n is None:
        return None
    return Parse("DATE", f"{n - 1:02d}", position_mod(m["pos"]), confidence=0.9)


def h_quarter(m: re.Match, c: Context) -> Parse | None:
    q = lex.ORDINALS[m["q"].lower()]
    if q > 4:
        return None
    y = m["y1"] or m["y1b"] or m["y2"]
    if y:
        return Parse("DATE", f"{y}-Q{q}", confidence=0.95)
    lead = (m["lead"] or "").lower()
    if lead.startswith("last year"):
        return Parse("DATE", f"{c.dct.year - 1}-Q{q}" if c.dct else f"XXXX-Q{q}", relative=True)
    if lead.startswith("this year") or lead.startswith("next year"):
        if c.dct is None:
            return Parse("DATE", f"XXXX-Q{q}", relative=True)
        return Parse("DATE", f"{c.dct.year + (1 if lead.startswith('next') else 0)}-Q{q}", relative=True)
    if m["ye"]:
        return Parse("DATE", rs.minus_year(rs.quarter(c.dct, q, c.tense())), relative=True, confidence=0.8)
    p = Parse("DATE", rs.quarter(c.dct, q, c.tense()), relative=True, confidence=0.85)
    if lead == "the" and re.search(r"-\s*(?:fiscal[\s-]+)?quarter$", m[0], re.I):
        p.start = m.start("q") if not re.search(r"(?i)fiscal", m[0][:m.start("q") - m.start()]) else m.start() + 4
    return p


def h_the_quarter(m: re.Match, c: Context) -> Parse | None:
    w = re.sub(r"\s+", " ", m[0].lower())
    if "current" in w or w.startswith("this"):
        return Parse("DATE", rs.relative(c.dct, "Q", 0), relative=True)
    if re.search(r"year[- ](?:earlier|ago)|prior-year|last year", w):
        return Parse("DATE", "@Q-1", relative=True, confidence=0.75)
    return Parse("DATE", "@Q", relative=True, confidence=0.75)


def h_half(m: re.Match, c: Context) -> Parse | None:
    h = 1 if m["h"].lower() == "first" else 2
    if m["year"]:
        y = m["year"]
    elif c.dct is None:
        y = "XXXX"
    else:
        y = str(c.dct.year - (1 if h == 2 and c.dct.month <= 6 and c.tense() == PAST else 0))
    return Parse("DATE", f"{y}-H{h}", relative=not m["year"], confidence=0.8)


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
    if unitw in lex.SEASONS:
        if rel == "the" and re.match(r"\s+of\b", c.after(4)):
            return None  # "the fall of Rome"
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
    if unitw == "week" and rel in ("the past", "the last"):
        n = 0  # "for the past week": the seven days up to the DCT
    unit = {"week": "W", "month": "M", "year": "Y", "quarter": "Q", "decade": "DE", "century": "CE",
            "fiscal year": "Y", "school year": "Y", "day": "D"}[unitw]
    if unit == "D" and n == 0:
        return None
    return Parse("DATE", rs.relative(c.dct, unit, n), mod, True, 0.9)


def h_weekday(m: re.Match, c: Context) -> Parse | None:
    wd = lex.WEEKDAYS[m["wd"].lower()]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    direction = -1 if rel in ("last", "past", "this past", "the previous", "previous") else (
        1 if rel in ("next", "coming", "this coming", "the following", "following") else 0)
    # "Wednesday's ruling": a possessive names a day something already happened on
    tense = PAST if re.match(r"['’]s\b", c.after(3)) and not direction else c.tense()
    value = rs.weekday(c.dct, wd, tense, direction)
    typ, value = _with_pod(value, g(m, "pod"))
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
    value = day_offset_value(c, w)
    pod = g(m, "pod")
    typ, value = _with_pod(value, None if w == "tonight" else pod)
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
    if clock is None:
        return None
    day = _day_ref(c, m["ref1"] or m["ref2"])
    if day is None and not (m["ref1"] or m["ref2"]):
        # "on Tuesday, Feb. 4, at 9:30 a.m.": the day named just before, outside this extent
        prior = _DAYREF_BEFORE.search(c.before(40))
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
    if post == "old":
        return None  # an age
    numtxt = m["num"]
    n = number(numtxt)
    unit = unit_of(m["unit"])
    plural = m["unit"].lower() in lex.UNIT_PLURALS
    if n is not None and n > 1 and not plural and m["sep"].strip() != "-" and unit not in ("S", "MIN", "H"):
        # "five year" without a hyphen is an adjective too ("the five year plan"); keep it
        pass
    if numtxt.lower() in ("a", "an", "a single") and not post and not m["mod"]:
        before = c.before(32).lower()
        prev = re.search(r"(\w+)\W*$", before)
        if re.search(r"(?:\d|%|dollars?|cents?|times|once|twice|per|each|pounds?|euros?|bucks)\s*$", before) or (
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


def h_vague_plural(m: re.Match, c: Context) -> Parse | None:
    unit = unit_of(m["unit"])
    w = re.sub(r"\s+", " ", (m["lead"] or "").lower())
    if w in ("recent", "past") and unit in ("Y", "DE"):
        return Parse("DATE", "PAST_REF", None, True, 0.7)
    return Parse("DURATION", duration_value(None, unit), None, False, 0.7)


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
    return Parse("SET", lex.SET_WORDS[w], None, False, 0.85)


def h_year_end(m: re.Match, c: Context) -> Parse | None:
    w = re.sub(r"\s+", " ", m[0].lower())
    n = -1 if "last" in w else 1 if "next" in w else 0
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


def h_holiday(m: re.Match, c: Context) -> Parse | None:
    name = re.sub(r"\s+", " ", m["h"].lower()).replace("\u2019", "'")
    if not m["h"][0].isupper() and not name.startswith("the"):
        return None
    rule = next((r for pat, r in _HOLIDAY_RES if pat.fullmatch(name)), None)
    if rule is None:
        return None
    y = int(m["year"]) if m["year"] else None
    rel = (m["rel"] or "").lower()
    tense = PAST if rel == "last" else FUTURE if rel == "next" else c.tense()
    return Parse("DATE", rs.holiday(c.dct, rule, y, tense), None, y is None, 0.85)


_SPELLED_LOW = {**lex.SMALL_NUMBERS}


def h_spelled_year(m: re.Match, c: Context) -> Parse | None:
    if m["two"]:
        rest = number(m["rest2"]) if m["rest2"] else 0
        return Parse("DATE", str(2000 + int(rest or 0)), confidence=0.75)
    hi = {"eighteen": 18, "nineteen": 19, "twenty": 20}[m["hi"].lower()]
    lo = m["lo"].lower()
    if lo == "hundred":
        val = 0
    elif lo.startswith("oh"):
        val = lex.SMALL_NUMBERS.get(lo.split()[-1].split("-")[-1], 0)
    else:
        v = number(lo)
        if v is None or v < 10:
            return None
        val = int(v)
    return Parse("DATE", f"{hi}{val:02d}", confidence=0.75)


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


_SEASON_CUE = re.compile(r"(?i:\b(?:in|this|last|next|early|late|during|since|until|by|through|over|the|of|before|after)\s+)$")


def h_season(m: re.Match, c: Context) -> Parse | None:
    if not m["pos"] and not _SEASON_CUE.search(c.before(16)):
        return None  # "spring" the verb or the noun
    code = lex.SEASONS[m["s"].lower()]
    return Parse("DATE", rs.season(c.dct, code, c.tense()), position_mod(m["pos"]), True, 0.6)


def h_fiscal_year(m: re.Match, c: Context) -> Parse | None:
    w = re.sub(r"\s+", " ", m[0].lower())
    n = -1 if ("latest" in w or "last" in w or "previous" in w or "past" in w) else 1 if ("next" in w or "coming" in w) else 0
    return Parse("DATE", rs.relative(c.dct, "Y", n), None, True, 0.7)


_HOLIDAY_RES = [(re.compile(p), r) for p, r in lex.HOLIDAYS.items()]
# longest names first, so "Christmas Eve" is not cut to "Christmas"; curly apostrophes too
_HOLIDAY_ALT = "|".join(p.replace("'", "['’]") for p in sorted(
    lex.HOLIDAYS, key=lambda p: len(re.sub(r"\(\?:[^)]*\)\?|'\?", "", p)), reverse=True))

# --------------------------------------------------------------------------------------------------
# Rules: (name, pattern, handler). Order breaks ties between equally long matches.
# --------------------------------------------------------------------------------------------------

_POSPRE = r"(?:(?P<pos>early|mid-?|late|the\s+(?:beginning|start|middle|end|close)\s+of)[\s-]*)?"
_REL = r"(?:this\s+past|this\s+coming|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+previous|the\s+following|the\s+current|last|next|this|coming|past|previous|current)"
_DAYREF = rf"(?:{WDAY}|today|yesterday|tomorrow|tonight|{MON}\s+\d{{1,2}}(?!\d)(?:,?\s+{YEAR})?)"
_TZ = r"(?-i:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|IST|JST)|local\s+time"
_CLOCK = (rf"(?:(?P<h>\d{{1,2}})(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.?|p\.m\.?|am|pm|o['’]clock)(?!\w)"
          rf"|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?=\s*(?:{_TZ}|hours?\b|hrs\b))"
          rf"|(?P<named>noon|midday|midnight))(?:\s+(?:{_TZ}))?")

_DAYREF_BEFORE = re.compile(rf"(?P<d>{_DAYREF}),?\s+at\s+(?:about\s+|around\s+)?$", re.I)

RULES: list[tuple[str, str, Callable[[re.Match, Context], Parse | None]]] = [
    ("iso", rf"{B}(?P<y>\d{{4}})-(?P<m>\d\d)-(?P<d>\d\d){E}", h_iso),
    ("numeric", rf"(?<![\w/]){B}(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<y>\d{{4}}|\d\d)(?![\w/])", h_numeric),
    ("month_day", rf"{B}(?:{WDAY},?\s+)?{_POSPRE}(?P<mon>{MON})\s*(?P<day>{DAY})(?:(?:\s*,\s*|\s+)(?P<year>{YEAR}))?"
                  rf"(?:\s+(?P<pod>morning|afternoon|evening|night))?", h_month_day),
    ("day_month", rf"{B}(?:{WDAY},?\s+)?(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<mon>{MON})(?:,?\s+(?P<year>{YEAR}))?", h_month_day),
    ("month_year", rf"{B}{_POSPRE}(?P<mon>{MON}),?\s+(?:of\s+)?(?P<year>{YEAR})", h_month_year),
    ("month", rf"{B}(?:(?P<rel>last|next|this|this\s+past|this\s+coming)\s+)?{_POSPRE}(?P<mon>{FULLMON})(?!\s*\d)"
              rf"(?:\s+(?P<ry>last\s+year|this\s+year|next\s+year){E})?", h_month),
    ("year", rf"{B}(?:(?P<pre>early|mid-?|late|the\s+(?:beginning|start|middle|end|close|first\s+half|second\s+half|"
             rf"last\s+half|latter\s+half|first\s+part|latter\s+part)\s+of|(?:first|second)\s+half\s+of|"
             rf"(?:the\s+)?(?:summer|winter|spring|fall|autumn)(?:\s+of)?|fiscal(?:\s+year)?|the\s+year|calendar(?:\s+year)?|"
             rf"(?:fiscal\s+)?year[\s-]end(?:ed)?)[\s-]*)?(?P<year>{YEAR})(?!\s*(?:-|–)\s*\d)", h_year),
    ("fiscal_short", rf"{B}fiscal(?:\s+year)?\s+'?(?P<yy>\d\d)(?!\d)", h_fiscal_short),
    ("decade", rf"{B}(?:the\s+)?(?:(?P<pos>early|mid-?|late)[\s-]*)?(?:(?P<c>1[5-9]|20)(?P<d>\d)0'?s|['’](?P<d2>\d)0'?s|"
               rf"(?<=the\s)(?:(?:early|mid-?|late)[\s-]*)?(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)){E}",
     h_decade),
    ("century", rf"{B}(?:the\s+)?(?:(?P<pos>early|mid-?|late)[\s-]*)?(?P<ord>{ORD}|\d{{1,2}}(?:st|nd|rd|th))[\s-]+century{E}", h_century),
    ("quarter", rf"{B}(?:(?P<lead>the|this\s+year's|last\s+year's|next\s+year's|(?P<y1>{YEAR})['’]s)\s+)?(?:(?P<ye>year-earlier|year-ago|year\s+earlier|prior-year)\s+)?"
                rf"(?:(?P<y1b>{YEAR})\s+)?(?:fiscal[\s-]+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?quarter{E}"
                rf"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<y2>{YEAR}))?", None),
    ("the_quarter", rf"{B}(?:the\s+(?:comparable\s+|same\s+|corresponding\s+)?(?:latest\s+|current\s+|most\s+recent\s+|recent\s+|just-ended\s+|"
                    rf"just-completed\s+|year-earlier\s+|year-ago\s+|prior-year\s+|fiscal\s+)?(?:quarter|period)(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?"
                    rf"|this\s+quarter|the\s+year-(?:earlier|ago)\s+(?:quarter|period)){E}", h_the_quarter),
    ("q_notation", rf"{B}(?-i:Q(?P<q>[1-4]))(?:\s+(?P<y>{YEAR})|\s+['’](?P<yy>\d\d))?{E}", None),
    ("half", rf"{B}the\s+(?P<h>first|second)\s+half(?:\s+of\s+(?P<year>{YEAR}))?{E}", h_half),
    ("relative_unit", rf"{B}(?:(?P<pre>early|late|sometime|some\s+time|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)\s+)?"
                      rf"(?P<rel>{_REL}|the)\s+(?P<unit>week|weekend|month|year|quarter|decade|century|fiscal\s+year|school\s+year|{SEASON}){E2}", h_relative_unit),
    ("the_year_period", rf"{B}the\s+(?P<y>{YEAR})\s+(?:period|quarter|fiscal\s+quarter){E2}", None),
    ("weekday", rf"{B}(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|past|the\s+previous|the\s+following|early|late)\s+)?(?P<wd>{WDAY})"
                rf"(?:\s+(?P<pod>morning|afternoon|evening|night))?", h_weekday),
    ("dayword", rf"{B}(?:(?P<pos>early|late|earlier|later)\s+)?(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight)"
                rf"(?:\s+(?P<pod>morning|afternoon|evening|night))?{E}", h_dayword),
    ("this_pod", rf"{B}(?:later\s+|earlier\s+)?(?P<w>this|last)\s+(?P<pod>morning|afternoon|evening|night){E}", h_this_pod),
    ("overnight", rf"{B}overnight{E}", h_overnight),
    ("clock", rf"{B}(?:(?P<ref1>{_DAYREF})(?:\s+at|,)?\s+)?(?:(?P<mod>around|approximately)\s+)?{_CLOCK}"
              rf"(?:,?\s+(?:on\s+)?(?P<ref2>{_DAYREF}))?", h_clock),
    ("duration", rf"{B}(?:(?P<mod>{QMOD})\s+(?!the\s))?(?:the\s+(?:(?:past|last|next|first|final|coming|previous|following|latest|initial|remaining|other|entire|full|whole|same)\s+)?)?"
                 rf"(?P<num>{NUM})(?:\s+(?:to|or|-|and)\s+{NUM})?(?:\s+(?:more|additional|straight|consecutive|full|long|extra))?"
                 rf"(?P<sep>\s+|-)(?P<unit>{UNIT}){E}(?P<orso>\s+or\s+so)?(?P<post>\s+(?:ago|earlier|from\s+now|hence)|\s+old|-old|-long)?{E}", h_duration),
    ("duration_def", rf"{B}(?P<mod>{DEFMOD})\s+the\s+(?:past|last|next|first|coming|previous|following)\s+(?P<num>{NUM})(?P<sep>\s+)(?P<unit>{UNIT}){E}(?P<post>)",
     h_duration),
    ("vague_plural", rf"{B}(?:(?P<lead>recent|the\s+coming|coming|the\s+past|past|the\s+last|the\s+next|the\s+previous|the\s+following)\s+)"
                     rf"(?P<unit>days|weeks|months|years|decades|centuries){E}|(?:(?<=\bfor\s)|(?<=\bin\s))(?P<unit2>weeks|months|years|decades|centuries){E}(?!\s+(?:of|to|ago|before|after|later|earlier|old|and))"
                     rf"|(?<=\bwithin\s)(?P<unit3>days|weeks|months|years){E}", None),
    ("units_ahead", rf"{B}the\s+(?P<unit>days|weeks|months|years)\s+(?:ahead|to\s+come){E}", None),
    ("present_ref", rf"{B}{_alt(lex.PRESENT_REF_WORDS)}{E}", h_ref("PRESENT_REF")),
    ("past_ref", rf"{B}{_alt(lex.PAST_REF_WORDS)}{E}", h_ref("PAST_REF")),
    ("future_ref", rf"{B}{_alt(lex.FUTURE_REF_WORDS)}{E}", h_ref("FUTURE_REF")),
    ("set_word", rf"{B}{_alt(lex.SET_WORDS)}{E}", h_set_word),
    ("set_every", rf"{B}(?:(?:once|twice|three\s+times|\d+\s+times)\s+(?:a|an|per|every|each)|every|each)\s+(?P<other>other\s+)?(?:(?P<num>{NUM})\s+)?"
                  rf"(?P<what>{UNIT}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|morning|evening|night|afternoon|{SEASON}|{FULLMON}){E}", h_set_every),
    ("set_weekdays", rf"{B}(?:on\s+)?(?P<wd>(?-i:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)){E}", None),
    ("holiday", rf"{B}(?:(?P<rel>last|next|this)\s+)?(?P<h>{_HOLIDAY_ALT})(?:\s+(?P<year>{YEAR}))?{E}", h_holiday),
    ("spelled_year", rf"{B}(?:the\s+year\s+)?(?:(?P<hi>eighteen|nineteen)[\s-]+(?P<lo>hundred|oh[\s-]+\w+|(?:{_alt(lex.TENS)})(?:[\s-]+{_alt(list(lex.SMALL_NUMBERS)[1:10])})?|{_alt(list(lex.SMALL_NUMBERS)[10:])})"
                     rf"|(?<=the\syear\s)(?P<two>two\s+thousand)(?:\s+(?:and\s+)?(?P<rest2>{NUMWORD}))?){E}", h_spelled_year),
    ("year_earlier_adj", rf"{B}(?:year-earlier|year-ago|prior-year){E}", h_year_earlier_adj),
    ("year_end", rf"{B}(?:around\s+)?(?:(?:last|this|next)\s+)?year(?:[\s-]end|['’]s\s+end){E}", h_year_end),
    ("full_year", rf"{B}the\s+(?:full|whole|entire|calendar)\s+year{E2}", h_full_year),
    ("pod_day", rf"{B}(?:(?P<pos>early|mid-?|late)[\s-]*)?(?P<pod>morning|afternoon|evening|night)\s+(?P<ref>{_DAYREF}){E}", h_pod_day),
    ("the_weekend", rf"{B}the\s+weekend{E2}", h_the_weekend),
    ("season", rf"{B}(?:(?P<pos>early|late|mid-?)[\s-]*)?(?P<s>summer|winter|spring|autumn){E}", h_season),
    ("fiscal_year", rf"{B}(?:the\s+)?(?:current\s+|latest\s+|last\s+|previous\s+|past\s+|next\s+|coming\s+)?fiscal\s+year{E}(?!\s+\d)", h_fiscal_year),
]


def _h_vague(m: re.Match, c: Context) -> Parse | None:
    unit = m["unit"] or m["unit2"] or m["unit3"]
    lead = m["lead"] if m["unit"] else None
    return h_vague_plural(_Fake({"unit": unit, "lead": lead}), c)


class _Fake(dict):
    def __getitem__(self, k):  # a mapping that answers like a match's named groups
        return self.get(k)


def _h_ahead(m: re.Match, c: Context) -> Parse | None:
    return Parse("DURATION", duration_value(None, unit_of(m["unit"])), None, False, 0.7)


def _h_year_period(m: re.Match, c: Context) -> Parse | None:
    return Parse("DATE", f"@Q:{m['y']}", None, False, 0.7)


def _h_q_notation(m: re.Match, c: Context) -> Parse | None:
    q = int(m["q"])
    if m["y"] or m["yy"]:
        y = int(m["y"]) if m["y"] else two_digit_year(m["yy"])
        return Parse("DATE", f"{y}-Q{q}", None, False, 0.85)
    return Parse("DATE", rs.quarter(c.dct, q, c.tense()), None, True, 0.75)


_LATE_HANDLERS = {"q_notation": _h_q_notation, "the_year_period": _h_year_period, "quarter": h_quarter, "vague_plural": _h_vague, "units_ahead": _h_ahead,
                  "set_weekdays": h_weekday_plural}

COMPILED: list[tuple[str, re.Pattern, Callable[[re.Match, Context], Parse | None]]] = [
    (name, re.compile(pat, re.I), handler or _LATE_HANDLERS[name]) for name, pat, handler in RULES
]
