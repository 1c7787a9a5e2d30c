"""What each TIMEX3 grammar rule does with its match: the type, value and mod of the expression.

A handler gets the regex match and a ``Context`` that knows the DCT and, on demand, the tense that
decides which way a bare "Wednesday" or "Jan. 3" points. It returns ``None`` to reject a match (a year
that is really a quantity, "may" the modal verb, an age). Values that depend on the quarter a report is
about are left as markers (``@Q``, ``@Q-1``, ``@Y-1``, ``@Q:1988``) that the tagger fills in reading order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from newsprov.extract import timex_lexicon as lex
from newsprov.extract import timex_resolve as rs
from newsprov.extract.timex_patterns import DAYREF_AFTER_ASIDE, DAYREF_BEFORE

PAST, PRESENT, FUTURE = rs.PAST, rs.PRESENT, rs.FUTURE


_FUTURE_CUE = re.compile(
    r"(?i:\b(?:until|till|by|payable|effective|expected|due|scheduled|set|slated|planned|starting|"
    r"beginning|as\s+(?:soon|early|late)\s+as|no\s+later\s+than|of\s+record|in\s+time\s+for|ahead\s+of|"
    r"extended\s+(?:\w+\s+)?to|postponed|delayed|deadline\s+(?:of|is|was)|"
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
    anchor: str | None = None  # what the value was resolved against, when that is not the DCT


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
        return self.cue() or grammatical

    def cue(self) -> str | None:
        """FUTURE or PAST if a cue word stands right before the span ("until", "ahead of", "since")."""
        before = self.before(40)
        if _FUTURE_CUE.search(before):
            return FUTURE
        if _PAST_CUE.search(before):
            return PAST
        return None

    def before(self, n: int = 30) -> str:
        return self.text[max(0, self.span[0] - n):self.span[0]]

    def after(self, n: int = 30) -> str:
        return self.text[self.span[1]:self.span[1] + n]


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
            f, small = smaller[unit]
            whole, rest = int(n), round((n - int(n)) * f)
            if whole and rest == (n - int(n)) * f:
                # "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M
                codes = {"H": "H", "MIN": "M", "S": "S"}
                if unit in codes:
                    return f"PT{whole}{codes[unit]}{rest}{codes[small]}"
                if small in codes:
                    return f"P{whole}{unit}T{rest}{codes[small]}"
                return f"P{whole}{unit}{rest}{small}"
            unit, n = small, n * f
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


def two_digit_year(s: str) -> int:
    n = int(s)
    return 1900 + n if n >= 30 else 2000 + n


def position_mod(word: str | None) -> str | None:
    if not word:
        return None
    w = re.sub(r"\s+", " ", word.lower().strip())
    w = w.rstrip("-").strip()
    return lex.POSITION_MODS.get(w) or lex.POSITION_MODS.get(w + "-")


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


def year_number(s: str) -> int | None:
    """1994 from "1994" or from "nineteen ninety-four"."""
    if s.isdigit():
        return int(s)
    words = re.split(r"[\s-]+", s.lower(), maxsplit=1)
    hi = {"eighteen": 18, "nineteen": 19}.get(words[0])
    if hi is None or len(words) < 2:
        return None
    lo = 0 if words[1] == "hundred" else number(words[1])
    return None if lo is None or (lo and lo < 10) else hi * 100 + int(lo)


def h_month_year(m: re.Match, c: Context) -> Parse | None:
    y = year_number(m["year"])
    if y is None:
        return None
    return Parse("DATE", rs.fmt_month(y, _month(m["mon"])), position_mod(g(m, "pos")), confidence=0.95)


def h_season_year(m: re.Match, c: Context) -> Parse | None:
    y = year_number(m["year"])
    if y is None:
        return None
    return Parse("DATE", f"{y}-{lex.SEASONS[m['s'].lower()]}", position_mod(g(m, "pos")), confidence=0.9)


_MAY_CUES = re.compile(r"(?i:\b(?:in|since|until|till|by|during|through|from|before|after|of|last|next|this|"
                       r"early|late|mid-?|end of|beginning of|middle of|start of|between|and|or|to|on|the)\s*)$")


_NAME_LABELS = ("PERSON", "ORG", "WORK_OF_ART", "FAC", "PRODUCT", "EVENT", "NORP", "GPE", "LOC")


def _is_name(c: Context) -> bool:
    """spaCy reads the span as (part of) a name: "June Carter", "the Sunday Times", "the Summer Olympics"."""
    return c.ent_label(*c.span) in _NAME_LABELS


def h_month(m: re.Match, c: Context) -> Parse | None:
    word = m["mon"].lower()
    if not m["pos"] and not m["rel"] and _is_name(c):
        return None
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
    if not m["rel"] and _is_name(c):
        return None
    wd = lex.WEEKDAYS[m["wd"].lower()]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    direction = -1 if rel in ("last", "past", "this past", "the previous", "previous") else (
        1 if rel in ("next", "coming", "this coming", "the following", "following") else 0)
    # "Wednesday's ruling": a possessive names a day something already happened on
    tense = (c.cue() or PAST) if re.match(r"['’]s\b", c.after(3)) and not direction else c.tense()
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


def _mid_sentence(c: Context) -> bool:
    """The span does not open a sentence (so a capital letter on it marks a name)."""
    return not re.search(r"(?:^|[.!?:;\"'“‘`(_—-]|\n)\s*$", c.before(4)) and c.span[0] > 0


def h_dayword(m: re.Match, c: Context) -> Parse | None:
    w = m["w"].lower()
    if m["w"][0].isupper() and not m["pos"] and _mid_sentence(c):
        return None  # "USA Today"
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
    if clock is None or (m["named"] and m["named"][0].isupper() and _is_name(c)):
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
    if m[0][0].isupper() and _mid_sentence(c):
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


def h_holiday(m: re.Match, c: Context) -> Parse | None:
    name = re.sub(r"\s+", " ", m["h"].lower()).replace("\u2019", "'")
    if not m["h"][0].isupper() and not name.startswith("the"):
        return None
    rule = next((r for pat, r in HOLIDAY_RES if pat.fullmatch(name)), None)
    if rule is None:
        return None
    y = int(m["year"]) if m["year"] else None
    rel = (m["rel"] or "").lower()
    tense = PAST if rel == "last" else FUTURE if rel == "next" else c.tense()
    return Parse("DATE", rs.holiday(c.dct, rule, y, tense), None, y is None, 0.85)


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
    if m["s"][0].isupper() and (_is_name(c) or not re.search(r"(?:^|[.!?\"'“‘]\s*)$", c.before(3).strip() or "")):
        return None  # "the Summer Olympics", "Arab Spring"
    code = lex.SEASONS[m["s"].lower()]
    return Parse("DATE", rs.season(c.dct, code, c.tense()), position_mod(m["pos"]), True, 0.6)


def h_fiscal_year(m: re.Match, c: Context) -> Parse | None:
    w = re.sub(r"\s+", " ", m[0].lower())
    n = -1 if ("latest" in w or "last" in w or "previous" in w or "past" in w) else 1 if ("next" in w or "coming" in w) else 0
    return Parse("DATE", rs.relative(c.dct, "Y", n), None, True, 0.7)


HOLIDAY_RES = [(re.compile(p), r) for p, r in lex.HOLIDAYS.items()]


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


def h_year_period(m: re.Match, c: Context) -> Parse | None:
    return Parse("DATE", f"@Q:{m['y']}", None, False, 0.7)


def h_q_notation(m: re.Match, c: Context) -> Parse | None:
    q = int(m["q"])
    if m["y"] or m["yy"]:
        y = int(m["y"]) if m["y"] else two_digit_year(m["yy"])
        return Parse("DATE", f"{y}-Q{q}", None, False, 0.85)
    return Parse("DATE", rs.quarter(c.dct, q, c.tense()), None, True, 0.75)


def h_that_unit(m: re.Match, c: Context) -> Parse | None:
    unit = {"year": "Y", "month": "M", "day": "D"}[m["unit"].lower()]
    return Parse("DATE", f"@REF:{unit}:0", None, True, 0.5)


def h_week_of(m: re.Match, c: Context) -> Parse | None:
    day = _day_ref(c, m["ref"])
    if not day or day.startswith("X"):
        return Parse("DATE", "XXXX-WXX", None, True, 0.5)
    return Parse("DATE", rs.fmt_week(dt.date.fromisoformat(day[:10])), None, True, 0.8)
