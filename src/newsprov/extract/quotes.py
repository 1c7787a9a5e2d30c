"""Pair quote marks in news text: straight, curly, single and nested; quotes that run over paragraphs.

A quote is the text between an opening and its closing mark. A quotation that runs over several
paragraphs leaves the first paragraph open and reopens each following one with an opening mark (the
newspaper convention); it is returned as one quote whose interior spans the paragraphs.

Offsets are Python string indices; ``start``/``end`` bound the interior (marks excluded), ``open``/``close``
are the indices of the outer marks (``close`` is None when a quote is left open at the end of its text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE_OPEN = "“«„"
_DOUBLE_CLOSE = "”»"
_OPEN_CONTEXT = " \t\n([{—–-/:"  # a straight mark after one of these (or at the start) opens a quote
_MARK_RE = re.compile(r"''|``|[\"“”«»„‘’]")  # '' and `` are double marks in some wires' plain text


@dataclass(slots=True)
class Quote:
    open: int  # index of the opening mark
    close: int | None  # index of the closing mark (None: never closed)
    start: int  # interior start (after the opening mark)
    end: int  # interior end (before the closing mark, trailing comma and spaces dropped)
    close_len: int = 1  # length of the closing mark ('' is two characters)

    @property
    def outer_end(self) -> int:
        return self.close + self.close_len if self.close is not None else self.end


def _is_opening(text: str, i: int) -> bool:
    ch = text[i]
    if ch == "“" and 0 < i < len(text) - 1 and text[i - 1] in ",.?!" and text[i + 1].isspace():
        return False  # an opening mark typed for a closing one: '“Apparently not,“ he said.'
    if ch in _DOUBLE_OPEN or ch == "‘" or ch == "`":
        return True
    if ch in _DOUBLE_CLOSE or ch == "’":
        # a closing mark that starts a paragraph opens it (a typo for “ in collected reactions)
        return ch == "”" and (i == 0 or text[i - 1] == "\n") and text[i + 1:i + 2].isalnum()
    # any space opens, the no-break space of web copy too (``said.\xa0"And ...``)
    return i == 0 or text[i - 1] in _OPEN_CONTEXT or text[i - 1].isspace() or text[i - 1] in _DOUBLE_OPEN + "‘"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def find_quotes(text: str) -> list[Quote]:
    """The top-level double-quoted spans of ``text`` (single quotes count only where no double quote is open)."""
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    quotes: list[Quote] = []
    pending: int | None = None  # opening mark of a quote still open at the end of the previous paragraph
    for p_start, p_end in paragraphs:
        para_marks = [(m.start(), m.group()) for m in _MARK_RE.finditer(text, p_start, p_end)]
        if '"' not in text[p_start:p_end] and "“" not in text[p_start:p_end] and "''" not in text[p_start:p_end]:
            para_marks = [(i, ch) for i, ch in para_marks if ch != "``"]
        double = [(i, ch) for i, ch in para_marks if ch not in "‘’"]
        if pending is not None:
            first = next((i for i, ch in double if _is_opening(text, i)), None)
            lead = text[p_start:first].strip() if first is not None else "x"
            if first is None or lead:
                # the quotation ended with the previous paragraph after all
                prev_end = _previous_paragraph_end(paragraphs, p_start)
                s, e = _trim(text, pending + _mark_len(text, pending), prev_end)
                quotes.append(Quote(pending, None, s, e))
                pending = None
            else:
                double = [(i, ch) for i, ch in double if i != first]
        open_at: int | None = pending
        pending = None
        for i, ch in double:
            if open_at is None:
                if _is_opening(text, i):
                    open_at = i
            elif not _is_opening(text, i) or _spaced_close(text, i):
                if ch == "''" and text[i + 2:i + 3] == "'":
                    i += 1  # three apostrophes: a nested quote's closing mark, then the quote's own two
                s, e = _trim(text, open_at + _mark_len(text, open_at), i)
                if e > s:
                    quotes.append(Quote(open_at, i, s, e, len(ch)))
                open_at = None
            elif ch != '"':
                # an opening curly mark while one is open: the earlier one was never closed
                open_at = i
        if open_at is not None:
            pending = open_at
        if not double:
            quotes.extend(_single_quotes(text, p_start, p_end, para_marks))
    if pending is not None:
        s, e = _trim(text, pending + _mark_len(text, pending), paragraphs[-1][1])
        quotes.append(Quote(pending, None, s, e))
    quotes.sort(key=lambda q: q.open)
    return quotes


def _spaced_close(text: str, i: int) -> bool:
    """A straight mark set off by spaces after a closing single quote, as wires close a quote that ends in a
    nested one (``"... like, 'Oh, this is important,' " Magel said``; with two apostrophes for the mark, ``'' ...
    'Primates of Park Avenue,'  '' Ms. Ferriss noted``): it closes the open quote."""
    length = _mark_len(text, i)
    if text[i] != '"' and not (text[i] == "'" and length == 2):
        return False
    j = i - 1
    while j > 0 and text[j] in " \u2009\u200a\xa0":
        j -= 1
    return j < i - 1 and text[j] in "'’" and (i + length == len(text) or text[i + length].isspace())


def _mark_len(text: str, i: int) -> int:
    return 2 if text.startswith(("''", "``"), i) else 1


def _previous_paragraph_end(paragraphs: list[tuple[int, int]], p_start: int) -> int:
    prev = [e for s, e in paragraphs if e <= p_start]
    return prev[-1] if prev else p_start


def _single_quotes(text: str, p_start: int, p_end: int, marks: list[tuple[int, str]]) -> list[Quote]:
    """‘Single-quoted’ spans in a paragraph without double quotes (apostrophes are not quote marks)."""
    out = []
    open_at: int | None = None
    for i, ch in marks:
        if ch == "‘" and (i == p_start or not text[i - 1].isalnum()):
            open_at = i
        elif ch == "’" and open_at is not None:
            after = text[i + 1] if i + 1 < p_end else " "
            if not after.isalnum():
                s, e = _trim(text, open_at + 1, i)
                if e > s:
                    out.append(Quote(open_at, i, s, e))
                open_at = None
    return out
