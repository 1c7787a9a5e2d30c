"""The TIMEX3 grammar: one rule per kind of temporal expression, as (name, pattern, handler).

Each pattern draws the extent the TimeML way (determiners and modifiers included: "the past two years",
"late December", "more than two years"); the tagger keeps the longest non-overlapping matches, and rule
order breaks ties between equally long ones. Handlers are in timex_handlers.py (calendar names) and
timex_relative.py (relative expressions, times, durations, sets); building blocks in timex_patterns.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsprov.extract import timex_lexicon as lex
from newsprov.extract.timex_handlers import (
    Context, Parse, h_century, h_day_pair, h_decade, h_fiscal_short, h_fiscal_year, h_half, h_holiday, h_iso, h_month,
    h_month_day, h_month_year, h_numeric, h_q_notation, h_quarter, h_season, h_season_year, h_spelled_year,
    h_the_quarter, h_year, h_year_period,
)
from newsprov.extract.timex_relative import (
    h_ahead, h_clock, h_dayword, h_duration, h_full_year, h_overnight, h_pod_day, h_ref, h_relative_unit,
    h_set_every, h_set_word, h_that_unit, h_the_weekend, h_this_pod, h_vague, h_week_of, h_weekday,
    h_weekday_plural, h_year_earlier_adj, h_year_end,
)
from newsprov.extract.timex_patterns import (B, CLOCK, DAY, DAYREF, DEFMOD, E, E2, FULLMON, HOLIDAY_ALT, MON,
                                             NUM, NUMWORD, ORD, POSPRE, QMOD, REL, SEASON, SPELLED_YEAR, UNIT, WDAY,
                                             YEAR, _alt)

RULES: list[tuple[str, str, Callable[[re.Match, Context], Parse | None]]] = [
    ("iso", rf"{B}(?P<y>\d{{4}})-(?P<m>\d\d)-(?P<d>\d\d){E}", h_iso),
    ("numeric", rf"(?<![\w/]){B}(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<y>\d{{4}}|\d\d)(?![\w/])", h_numeric),
    ("day_pair", rf"{B}(?P<mon>{MON})\s*(?P<day>{DAY})\s*(?:and|or|to|through|-|–)\s*(?P<day2>{DAY})"
                 rf"(?:(?:\s*,\s*|\s+)(?P<year>{YEAR}))?", h_day_pair),
    ("month_day", rf"{B}(?:{WDAY},?\s+)?{POSPRE}(?P<mon>{MON})\s*(?P<day>{DAY})(?:(?:\s*,\s*|\s+)(?P<year>{YEAR}))?"
                  rf"(?:\s+(?P<pod>morning|afternoon|evening|night))?", h_month_day),
    ("day_month", rf"{B}(?:{WDAY},?\s+)?(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<mon>{MON})(?:,?\s+(?P<year>{YEAR}))?", h_month_day),
    ("month_year", rf"{B}{POSPRE}(?P<mon>{MON}),?\s+(?:of\s+)?(?P<year>{YEAR}|{SPELLED_YEAR}){E}", h_month_year),
    ("month", rf"{B}(?:(?P<rel>last|next|this|this\s+past|this\s+coming)\s+)?{POSPRE}(?P<mon>{FULLMON})(?!\s*\d)"
              rf"(?:\s+(?P<ry>last\s+year|this\s+year|next\s+year){E})?", h_month),
    ("year", rf"{B}(?:(?P<pre>early|mid-?|late|the\s+(?:beginning|start|middle|end|close|first\s+half|second\s+half|"
             rf"last\s+half|latter\s+half|first\s+part|latter\s+part)\s+of|(?:first|second)\s+half\s+of|"
             rf"(?:the\s+)?(?:summer|winter|spring|fall|autumn)(?:\s+of)?|fiscal(?:\s+year)?|the\s+year|calendar(?:\s+year)?|"
             rf"(?:fiscal\s+)?year[\s-]end(?:ed)?)[\s-]*)?(?P<year>{YEAR})(?!\s*(?:-|–)\s*\d)", h_year),
    ("season_year", rf"{B}(?:the\s+)?(?:(?P<pos>early|late|mid-?)[\s-]*)?(?P<s>summer|winter|spring|fall|autumn)\s+(?:of\s+)?"
                    rf"(?P<year>{YEAR}|{SPELLED_YEAR}){E}", h_season_year),
    ("fiscal_short", rf"{B}fiscal(?:\s+year)?\s+'?(?P<yy>\d\d)(?!\d)", h_fiscal_short),
    ("decade", rf"{B}(?:the\s+)?(?:(?P<pos>early|mid-?|late)[\s-]*)?(?:(?P<c>1[5-9]|20)(?P<d>\d)0'?s|['’](?P<d2>\d)0'?s|"
               rf"(?<=the\s)(?:(?:early|mid-?|late)[\s-]*)?(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)){E}",
     h_decade),
    ("century", rf"{B}(?:the\s+)?(?:(?P<pos>early|mid-?|late)[\s-]*)?(?P<ord>{ORD}|\d{{1,2}}(?:st|nd|rd|th))[\s-]+century{E}", h_century),
    ("quarter", rf"{B}(?:(?P<lead>the|this\s+year's|last\s+year's|next\s+year's|(?P<y1>{YEAR})['’]s)\s+)?(?:(?P<ye>year-earlier|year-ago|year\s+earlier|prior-year)\s+)?"
                rf"(?:(?P<y1b>{YEAR})\s+)?(?:fiscal[\s-]+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?quarter{E}"
                rf"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<y2>{YEAR}))?", h_quarter),
    ("the_quarter", rf"{B}(?:the\s+(?:comparable\s+|same\s+|corresponding\s+)?(?:latest\s+|current\s+|most\s+recent\s+|recent\s+|just-ended\s+|"
                    rf"just-completed\s+|year-earlier\s+|year-ago\s+|prior-year\s+|fiscal\s+)?(?:quarter|period)(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?"
                    rf"|this\s+quarter|the\s+year-(?:earlier|ago)\s+(?:quarter|period)){E2}", h_the_quarter),
    ("q_notation", rf"{B}(?-i:Q(?P<q>[1-4]))(?:\s+(?P<y>{YEAR})|\s+['’](?P<yy>\d\d))?{E}", h_q_notation),
    ("half", rf"{B}the\s+(?P<h>first|second)\s+half(?:\s+of\s+(?P<year>{YEAR}))?{E}", h_half),
    ("relative_unit", rf"{B}(?:(?P<pre>early|late|sometime|some\s+time|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)\s+)?"
                      rf"(?P<rel>{REL}|the)\s+(?P<unit>week|weekend|month|year|quarter|decade|century|fiscal\s+year|school\s+year|{SEASON}){E2}", h_relative_unit),
    ("the_year_period", rf"{B}the\s+(?P<y>{YEAR})\s+(?:period|quarter|fiscal\s+quarter){E2}", h_year_period),
    ("weekday", rf"{B}(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|past|the\s+previous|the\s+following|early|late)\s+)?(?P<wd>{WDAY})"
                rf"(?:\s+(?P<pod>morning|afternoon|evening|night))?", h_weekday),
    ("dayword", rf"{B}(?:(?P<pos>early|late|earlier|later)\s+)?(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight)"
                rf"(?:\s+(?P<pod>morning|afternoon|evening|night))?{E}", h_dayword),
    ("this_pod", rf"{B}(?:later\s+|earlier\s+)?(?P<w>this|last)\s+(?P<pod>morning|afternoon|evening|night){E}", h_this_pod),
    ("overnight", rf"{B}overnight{E}", h_overnight),
    ("clock", rf"{B}(?:(?P<ref1>{DAYREF})(?:\s+at|,)?\s+)?(?:(?P<mod>around|approximately)\s+)?{CLOCK}"
              rf"(?:,?\s+(?:on\s+)?(?P<ref2>{DAYREF}))?", h_clock),
    ("duration", rf"{B}(?:(?P<mod>{QMOD})\s+(?!the\s))?(?:the\s+(?:(?:past|last|next|first|final|coming|previous|following|latest|initial|remaining|other|entire|full|whole|same)\s+)?)?"
                 rf"(?P<num>{NUM})(?:\s+(?:to|or|-|and)\s+{NUM})?(?:\s+(?:more|additional|straight|consecutive|full|long|extra))?"
                 rf"(?P<sep>\s+|-)(?P<unit>{UNIT}){E}(?P<half>\s+and\s+a\s+half)?(?P<orso>\s+or\s+so)?(?P<post>\s+(?:ago|earlier|from\s+now|hence)|\s+old|-old|-long)?{E}", h_duration),
    ("duration_def", rf"{B}(?P<mod>{DEFMOD})\s+the\s+(?:past|last|next|first|coming|previous|following)\s+(?P<num>{NUM})(?P<sep>\s+)(?P<unit>{UNIT}){E}(?P<post>)",
     h_duration),
    ("vague_plural", rf"{B}(?:(?P<lead>recent|the\s+coming|coming|the\s+past|past|the\s+last|the\s+next|the\s+previous|the\s+following)\s+)"
                     rf"(?P<unit>days|weeks|months|years|decades|centuries){E}|(?:(?<=\bfor\s)|(?<=\bin\s))(?P<unit2>weeks|months|years|decades|centuries){E}(?!\s+(?:of|to|ago|before|after|later|earlier|old|and))"
                     rf"|(?<=\bwithin\s)(?P<unit3>days|weeks|months|years){E}", h_vague),
    ("units_ahead", rf"{B}the\s+(?P<unit>days|weeks|months|years)\s+(?:ahead|to\s+come){E}", h_ahead),
    ("present_ref", rf"{B}{_alt(lex.PRESENT_REF_WORDS)}{E}", h_ref("PRESENT_REF")),
    ("past_ref", rf"{B}{_alt(lex.PAST_REF_WORDS)}{E}", h_ref("PAST_REF")),
    ("future_ref", rf"{B}{_alt(lex.FUTURE_REF_WORDS)}{E}", h_ref("FUTURE_REF")),
    ("set_word", rf"{B}{_alt(lex.SET_WORDS)}{E}", h_set_word),
    ("set_every", rf"{B}(?:(?:once|twice|three\s+times|\d+\s+times)\s+(?:a|an|per|every|each)|every|each)\s+(?P<other>other\s+)?(?:(?P<num>{NUM})\s+)?"
                  rf"(?P<what>{UNIT}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|morning|evening|night|afternoon|{SEASON}|{FULLMON}){E}", h_set_every),
    ("set_weekdays", rf"{B}(?:on\s+)?(?P<wd>(?-i:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)){E}", h_weekday_plural),
    ("holiday", rf"{B}(?:(?P<rel>last|next|this)\s+)?(?P<h>{HOLIDAY_ALT})(?:\s+(?P<year>{YEAR}))?{E}", h_holiday),
    ("spelled_year", rf"{B}(?:the\s+year\s+)?(?:(?P<hi>eighteen|nineteen)[\s-]+(?P<lo>hundred|oh[\s-]+\w+|(?:{_alt(lex.TENS)})(?:[\s-]+{_alt(list(lex.SMALL_NUMBERS)[1:10])})?|{_alt(list(lex.SMALL_NUMBERS)[10:])})"
                     rf"|(?<=the\syear\s)(?P<two>two\s+thousand)(?:\s+(?:and\s+)?(?P<rest2>{NUMWORD}))?){E}", h_spelled_year),
    ("year_earlier_adj", rf"{B}(?:year-earlier|year-ago|prior-year){E}", h_year_earlier_adj),
    ("year_end", rf"{B}(?:around\s+)?(?:(?:last|this|next)\s+)?year(?:[\s-]end|['’]s\s+end){E}", h_year_end),
    ("full_year", rf"{B}the\s+(?:full|whole|entire|calendar)\s+year{E2}", h_full_year),
    ("pod_day", rf"{B}(?:(?P<pos>early|mid-?|late)[\s-]*)?(?P<pod>morning|afternoon|evening|night)\s+(?P<ref>{DAYREF}){E}", h_pod_day),
    ("that_unit", rf"{B}(?:(?:earlier|later)\s+)?that\s+(?:same\s+)?(?P<unit>year|month|day){E2}", h_that_unit),
    ("week_of", rf"{B}the\s+week\s+of\s+(?P<ref>{MON}\s+\d{{1,2}}(?!\d)(?:,?\s+{YEAR})?)", h_week_of),
    ("the_weekend", rf"{B}the\s+weekend{E2}", h_the_weekend),
    ("season", rf"{B}(?:(?P<pos>early|late|mid-?)[\s-]*)?(?P<s>summer|winter|spring|autumn){E}", h_season),
    ("fiscal_year", rf"{B}(?:the\s+)?(?:current\s+|latest\s+|last\s+|previous\s+|past\s+|next\s+|coming\s+)?fiscal\s+year{E}(?!\s+\d)", h_fiscal_year),
]

COMPILED: list[tuple[str, re.Pattern, Callable[[re.Match, Context], Parse | None]]] = [
    (name, re.compile(pat, re.I), handler) for name, pat, handler in RULES
]
