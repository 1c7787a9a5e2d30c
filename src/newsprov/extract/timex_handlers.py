"""What the TIMEX3 grammar rules for calendar names do with a match (dates, months, years, decades,
quarters, seasons, holidays), and what every handler shares: ``Parse``, ``Context``, number and unit
helpers. The relative expressions, clock times, durations and sets are in timex_relative.py.

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
    end: int | None = None  # a narrower end, when the match holds a second expression (see ``also``)
    anchor: str | None = None  # what the value was resolved against, when that is not the DCT
    also: list[tuple[int, int, Parse]] | None = None  # further expressions inside the match ("Jan. 3 and [4]")


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


def with_pod(value: str, pod: str | None) -> tuple[str, str]:
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
    typ, value = with_pod(value, g(m, "pod"))
    return Parse(typ, value, position_mod(g(m, "pos")), rel, 0.95 if not rel else 0.85)


def h_day_pair(m: re.Match, c: Context) -> Parse | None:
    """"April 24 and 25", "Oct. 3-5": the first day as a date, the second as a date of its own."""
    month = _month(m["mon"])
    d1, d2 = (int(re.match(r"\d+", m[k])[0]) for k in ("day", "day2"))
    if d2 <= d1:
        return None
    values = []
    for d in (d1, d2):
        if m["year"]:
            try:
                values.append(dt.date(int(m["year"]), month, d).isoformat())
            except ValueError:
                return None
        else:
            v = rs.month_day(c.dct, month, d, c.tense())
            if v is None:
                return None
            values.append(v)
    rel = not m["year"]
    second = Parse("DATE", values[1], None, rel, 0.8)
    return Parse("DATE", values[0], None, rel, 0.85, end=m.end("day"), also=[(m.start("day2"), m.end(), second)])


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


def is_name(c: Context) -> bool:
    """spaCy reads the span as (part of) a name: "June Carter", "the Sunday Times", "the Summer Olympics"."""
    return c.ent_label(*c.span) in _NAME_LABELS


def h_month(m: re.Match, c: Context) -> Parse | None:
    word = m["mon"].lower()
    if not m["pos"] and not m["rel"] and is_name(c):
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


def mid_sentence(c: Context) -> bool:
    """The span does not open a sentence (so a capital letter on it marks a name)."""
    return not re.search(r"(?:^|[.!?:;\"'“‘`(_—-]|\n)\s*$", c.before(4)) and c.span[0] > 0


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


_SEASON_CUE = re.compile(r"(?i:\b(?:in|this|last|next|early|late|during|since|until|by|through|over|the|of|before|after)\s+)$")


def h_season(m: re.Match, c: Context) -> Parse | None:
    if not m["pos"] and not _SEASON_CUE.search(c.before(16)):
        return None  # "spring" the verb or the noun
    if m["s"][0].isupper() and (is_name(c) or not re.search(r"(?:^|[.!?\"'“‘]\s*)$", c.before(3).strip() or "")):
        return None  # "the Summer Olympics", "Arab Spring"
    code = lex.SEASONS[m["s"].lower()]
    return Parse("DATE", rs.season(c.dct, code, c.tense()), position_mod(m["pos"]), True, 0.6)


def h_fiscal_year(m: re.Match, c: Context) -> Parse | None:
    w = re.sub(r"\s+", " ", m[0].lower())
    n = -1 if ("latest" in w or "last" in w or "previous" in w or "past" in w) else 1 if ("next" in w or "coming" in w) else 0
    return Parse("DATE", rs.relative(c.dct, "Y", n), None, True, 0.7)


HOLIDAY_RES = [(re.compile(p), r) for p, r in lex.HOLIDAYS.items()]


def h_year_period(m: re.Match, c: Context) -> Parse | None:
    return Parse("DATE", f"@Q:{m['y']}", None, False, 0.7)


def h_q_notation(m: re.Match, c: Context) -> Parse | None:
    q = int(m["q"])
    if m["y"] or m["yy"]:
        y = int(m["y"]) if m["y"] else two_digit_year(m["yy"])
        return Parse("DATE", f"{y}-Q{q}", None, False, 0.85)
    return Parse("DATE", rs.quarter(c.dct, q, c.tense()), None, True, 0.75)
