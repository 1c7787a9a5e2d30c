"""TempEval-3 evaluation of the temporal tagger on TimeML (.tml) files.

The document creation time is the TIMEX3 inside ``<DCT>``; the gold mentions are the TIMEX3 elements inside
``<TEXT>``; the plain text the tagger sees is the TEXT content with every tag stripped and XML entities
decoded, and the gold offsets are computed on that text.

The figures are TempEval-3's: strict (identical extent) and relaxed (overlapping extent) precision, recall
and F1; type and value accuracy over the relaxed matches; value F1 = relaxed F1 x value accuracy.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsprov.evaluate.scoring import PRF, match
from newsprov.schema import TemporalMention

_TAG_OR_ENTITY = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>|&(#?[A-Za-z0-9]+);")
_ATTR = re.compile(r'([A-Za-z_]+)="([^"]*)"')
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT = re.compile(r"<DCT>.*?<TIMEX3([^>]*)>", re.S)


@dataclass(slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass(slots=True)
class TimeMLDoc:
    name: str
    text: str
    dct: dt.date | None
    gold: list[GoldTimex] = field(default_factory=list)


def _date_of(value: str) -> dt.date | None:
    m = re.match(r"(\d{4})-?(\d\d)-?(\d\d)", value)
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def strip_markup(markup: str) -> tuple[str, list[tuple[int, int, dict[str, str]]]]:
    """Plain text of ``markup`` and the (start, end, attributes) of each TIMEX3 in it."""
    out: list[str] = []
    n = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    spans: list[tuple[int, int, dict[str, str]]] = []
    pos = 0
    for m in _TAG_OR_ENTITY.finditer(markup):
        chunk = markup[pos:m.start()]
        out.append(chunk)
        n += len(chunk)
        pos = m.end()
        if m[5] is not None:  # an entity
            ch = html.unescape(m[0])
            out.append(ch)
            n += len(ch)
            continue
        if m[2] != "TIMEX3":
            continue
        if m[1]:
            if open_timex:
                start, attrs = open_timex.pop()
                spans.append((start, n, attrs))
        elif not m[4]:
            open_timex.append((n, dict(_ATTR.findall(m[3]))))
    out.append(markup[pos:])
    return "".join(out), spans


def read_tml(path: Path) -> TimeMLDoc:
    """One .tml file: plain text, DCT and gold TIMEX3 mentions (offsets into the plain text)."""
    raw = path.read_text(encoding="utf-8")
    dct = None
    if m := _DCT.search(raw):
        dct = _date_of(dict(_ATTR.findall(m[1])).get("value", ""))
    body = _TEXT.search(raw)
    text, spans = strip_markup(body[1] if body else "")
    gold = [GoldTimex(s, e, text[s:e], a.get("type", ""), a.get("value", ""), a.get("mod") or None)
            for s, e, a in sorted(spans, key=lambda t: t[0])]
    return TimeMLDoc(path.stem, text, dct, gold)


def iter_tml(paths: Iterable[Path]) -> list[Path]:
    """The .tml files named by ``paths`` (files, or directories searched recursively), sorted."""
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            found.extend(sorted(p.rglob("*.tml")))
        elif p.suffix == ".tml":
            found.append(p)
    return found


def normalise_value(value: str) -> str:
    """Clearly equivalent spellings made equal: P1DT -> P1D (an empty time part), 2000-W7 -> 2000-W07."""
    v = value.strip()
    if v.startswith("P") and v.endswith("T"):
        v = v[:-1]
    return _SHORT_WEEK.sub(r"\g<1>0\g<2>", v)


_SHORT_WEEK = re.compile(r"^(\d{4}-W)(\d)(?!\d)")  # 2000-W7 is 2000-W07


@dataclass
class Scores:
    strict: PRF = field(default_factory=PRF)
    relaxed: PRF = field(default_factory=PRF)
    type_correct: int = 0
    value_correct: int = 0
    n_docs: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def type_accuracy(self) -> float:
        return self.type_correct / self.relaxed.tp if self.relaxed.tp else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_correct / self.relaxed.tp if self.relaxed.tp else 0.0

    def as_dict(self) -> dict[str, float]:
        return {
            "documents": self.n_docs,
            "strict_precision": self.strict.precision, "strict_recall": self.strict.recall,
            "strict_f1": self.strict.f1,
            "relaxed_precision": self.relaxed.precision, "relaxed_recall": self.relaxed.recall,
            "relaxed_f1": self.relaxed.f1,
            "type_accuracy": self.type_accuracy, "value_accuracy": self.value_accuracy,
            "value_f1": self.relaxed.f1 * self.value_accuracy,
            "gold": self.relaxed.tp + self.relaxed.fn, "system": self.relaxed.tp + self.relaxed.fp,
        }


def score_document(doc: TimeMLDoc, system: Sequence[TemporalMention], scores: Scores,
                   keep_errors: bool = False) -> None:
    """Add one document's counts to ``scores``."""
    gspan = lambda g: (g.start, g.end)  # noqa: E731
    sspan = lambda s: (s.char_start, s.char_end)  # noqa: E731
    scores.n_docs += 1
    scores.strict += match(doc.gold, system, gspan, sspan, strict=True).prf()
    rel = match(doc.gold, system, gspan, sspan, strict=False)
    scores.relaxed += rel.prf()
    for g, s in rel.pairs:
        scores.type_correct += g.type == s.timex_type
        ok = normalise_value(g.value) == normalise_value(s.value)
        scores.value_correct += ok
        if keep_errors and (not ok or g.type != s.timex_type or (g.start, g.end) != (s.char_start, s.char_end)):
            scores.errors.append(f"{doc.name}\tMISMATCH gold {g.text!r} {g.type} {g.value} {g.mod or ''}"
                                 f" | sys {s.text!r} {s.timex_type} {s.value} {s.mod or ''}"
                                 f"  «{_context(doc.text, g.start, g.end)}»")
    if keep_errors:
        for g in rel.unmatched_gold:
            scores.errors.append(f"{doc.name}\tMISSED {g.text!r} {g.type} {g.value}"
                                 f"  «{_context(doc.text, g.start, g.end)}»")
        for s in rel.unmatched_system:
            scores.errors.append(f"{doc.name}\tSPURIOUS {s.text!r} {s.timex_type} {s.value}"
                                 f"  «{_context(doc.text, s.char_start, s.char_end)}»")


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    return (text[max(0, start - width):start] + "[" + text[start:end] + "]" + text[end:end + width]).replace("\n", " ")


def evaluate(paths: Sequence[Path], limit: int | None = None, keep_errors: bool = False,
             timing: dict[str, float] | None = None) -> Scores:
    """Run the tagger over the .tml files and score it; ``timing`` (if given) gets spaCy and tagger seconds."""
    from newsprov import nlp as nlp_mod
    from newsprov.extract import dates

    files = iter_tml(paths)[:limit] if limit else iter_tml(paths)
    docs = [read_tml(p) for p in files]
    nlp = nlp_mod.load()
    scores = Scores()
    t_spacy = t_tag = 0.0
    t0 = time.perf_counter()
    parsed = list(nlp.pipe(d.text for d in docs))
    t_spacy += time.perf_counter() - t0
    for d, pdoc in zip(docs, parsed):
        t0 = time.perf_counter()
        system = dates.tag(d.text, d.dct, pdoc)
        t_tag += time.perf_counter() - t0
        score_document(d, system, scores, keep_errors)
    if timing is not None:
        timing.update(spacy_seconds=t_spacy, tagger_seconds=t_tag)
    return scores


def evaluate_dict(paths: Sequence[Path], limit: int | None = None) -> dict[str, float]:
    """The TempEval-3 figures as a dict (fractions in [0, 1])."""
    return evaluate(paths, limit).as_dict()


def format_table(scores: Scores, timing: dict[str, float] | None = None) -> str:
    d = scores.as_dict()
    lines = [
        f"TempEval-3 TIMEX3 scores over {scores.n_docs} documents ({d['gold']} gold, {d['system']} system mentions)",
        f"  strict   {scores.strict.row()}",
        f"  relaxed  {scores.relaxed.row()}",
        f"  type accuracy   {100 * d['type_accuracy']:6.2f}",
        f"  value accuracy  {100 * d['value_accuracy']:6.2f}",
        f"  value F1        {100 * d['value_f1']:6.2f}",
    ]
    if timing:
        ratio = timing["tagger_seconds"] / timing["spacy_seconds"] if timing["spacy_seconds"] else 0.0
        lines.append(f"  time: spaCy {timing['spacy_seconds']:.2f}s, tagger {timing['tagger_seconds']:.2f}s"
                     f" (tagger/spaCy = {ratio:.3f})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="newsprov evaluate timeml",
        description="Score the temporal tagger on TimeML .tml files with the TempEval-3 metrics.",
        epilog="example: newsprov evaluate timeml ../shared/corpora/tbaq/ --errors",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="+", type=Path, help=".tml files or directories holding them")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N files")
    parser.add_argument("--errors", action="store_true", help="print every mismatch, miss and spurious mention")
    parser.add_argument("--show-doc", metavar="NAME", default=None,
                        help="print the plain text, the gold and the system mentions of document NAME, then stop")
    args = parser.parse_args(argv)
    files = iter_tml(args.paths)
    if not files:
        print(f"no .tml files under {', '.join(map(str, args.paths))}: give a directory holding TimeML files",
              file=sys.stderr)
        return 2
    if args.show_doc:
        for p in files:
            if p.stem == args.show_doc:
                from newsprov.extract import dates

                d = read_tml(p)
                print(f"DCT {d.dct}\n{d.text}\ngold:")
                for g in d.gold:
                    print(f"  {g.start}-{g.end}\t{g.text!r}\t{g.type}\t{g.value}\t{g.mod or ''}")
                print("system:")
                for m in dates.tag(d.text, d.dct):
                    print(f"  {m.char_start}-{m.char_end}\t{m.text!r}\t{m.timex_type}\t{m.value}\t{m.mod or ''}"
                          f"\t{m.tense or ''}\t{m.confidence}")
                return 0
        print(f"no document named {args.show_doc!r} (use the file name without .tml)", file=sys.stderr)
        return 2
    timing: dict[str, float] = {}
    scores = evaluate(args.paths, args.limit, args.errors, timing)
    if args.errors:
        print("\n".join(scores.errors))
    print(format_table(scores, timing))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
