"""Score the attribution extractor against PolNeAR (brat standoff), the way BBC R&D's Citron reports it.

Conventions (stated here because they change the numbers):

* Two scorings are printed. Citron's own definitions (``evaluate.citron``, the ones the attributions bar is
  stated in): exact counted per attribution, overlap in shared tokens. Then one-to-one span matching: the gold
  spans of a role are the distinct spans of that role over all gold attributions of the document, the system
  spans likewise, matched one-to-one (``scoring.match``), exact or overlapping (sharing a character).
* Citron's figures were measured on PARC 3.0 as Citron prepared it (only attributions with source, cue and
  content; nested ones and those with a cue inside quotation marks left out). The same selection of the gold
  is scored too (``citron.prepared``), next to the full gold.
* Discontinuous brat spans (``10 20;25 40``) are taken as their hull (``10 40``).
* A document annotated by two people has two ``.ann`` files: the alphabetically first one is the gold. The
  second one is scored against it too, as a ceiling: on those documents the evaluator prints the second
  annotator's agreement with the first next to newsprov's, so a figure can be read against what two people
  reach on the same text.
* PolNeAR draws a direct quote's content *with* its quote marks; newsprov's content excludes them (the text
  inside the marks). For scoring only, a direct quote's content is widened to take in the quote marks and
  sentence punctuation that sit right against it, so the two conventions compare like for like.
* "Speech only" keeps the gold and system attributions whose cue contains a speech word
  (``attribution_lexicon.SPEECH_WORDS``, a general list of reporting verbs and phrases, the list that also sets
  a row's ``cue_type``), scored the same way.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from newsprov.evaluate import citron
from newsprov.evaluate.scoring import PRF, match
from newsprov.extract import attributions, blocks
from newsprov.extract.article import Article
from newsprov.extract.attribution_lexicon import is_speech_word
from newsprov.schema import Attribution

Span = tuple[int, int]
ROLES = ("source", "cue", "content")

_QUOTE_CHARS = "\"'“”‘’«»"
_CLOSING_PUNCT = ".,!?;:"


@dataclass(slots=True)
class GoldAttribution:
    source: Span | None
    cue: Span
    content: Span | None


@dataclass(slots=True)
class GoldDocument:
    name: str
    text: str
    attributions: list[GoldAttribution]
    annotator: str
    second: list[GoldAttribution] | None = None  # another annotator's attributions of the same text


def _hull(offsets: str) -> Span:
    pieces = [tuple(int(x) for x in part.split()) for part in offsets.split(";")]
    return min(p[0] for p in pieces), max(p[1] for p in pieces)


def read_ann(text: str) -> list[GoldAttribution]:
    """Attributions of one brat ``.ann`` file (events tie a Cue to its Source and Content)."""
    spans: dict[str, Span] = {}
    events: list[dict[str, str]] = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            kind, _, offsets = parts[1].partition(" ")
            try:
                spans[parts[0]] = _hull(offsets)
            except ValueError:
                continue
        elif parts[0].startswith("E"):
            args = parts[1].split()
            roles: dict[str, str] = {}
            for arg in args[1:]:
                role, _, tid = arg.partition(":")
                roles[role.rstrip("0123456789")] = tid
            events.append(roles)
    result = []
    for roles in events:
        cue = spans.get(roles.get("Cue", ""))
        if cue is None:
            continue
        result.append(GoldAttribution(spans.get(roles.get("Source", "")), cue, spans.get(roles.get("Content", ""))))
    return result


def read_split(folder: Path, limit: int | None = None) -> list[GoldDocument]:
    """The documents of a PolNeAR split folder (``text/`` and ``attributions/``), sorted by name."""
    text_dir, ann_dir = folder / "text", folder / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise FileNotFoundError(f"{folder} has no text/ and attributions/ folders: pass a PolNeAR split folder, "
                                f"e.g. /work/shared/corpora/polnear/dev")
    anns: dict[str, list[Path]] = {}
    for p in sorted(ann_dir.glob("*.ann")):
        anns.setdefault(p.stem.rsplit("_", 1)[0], []).append(p)
    docs = []
    for txt in sorted(text_dir.glob("*.txt")):
        files = anns.get(txt.stem)
        if not files:
            continue
        ann = files[0]
        second = read_ann(files[1].read_text(encoding="utf-8")) if len(files) > 1 else None
        docs.append(GoldDocument(txt.stem, txt.read_text(encoding="utf-8"),
                                 read_ann(ann.read_text(encoding="utf-8")), ann.stem.rsplit("_", 1)[1], second))
        if limit is not None and len(docs) >= limit:
            break
    return docs


def _rows(attributions: Iterable[GoldAttribution]) -> list[dict[str, Span | None]]:
    return [{"source": a.source, "cue": a.cue, "content": a.content} for a in attributions]


def _widen_quote(text: str, span: Span) -> Span:
    """A direct quote's content with the quote marks and punctuation right against it (PolNeAR's convention)."""
    start, end = span
    while start > 0 and text[start - 1] in _QUOTE_CHARS:
        start -= 1
    while end < len(text) and text[end] in _QUOTE_CHARS + _CLOSING_PUNCT:
        end += 1
        if text[end - 1] in _QUOTE_CHARS:
            if text.startswith("'", end) and text[end - 1] == "'":
                end += 1  # '' closes a quote in some wires' plain text
            break
    return start, end


def system_spans(a: Attribution, text: str) -> dict[str, Span | None]:
    content = None
    if a.content_start is not None and a.content_end is not None:
        content = (a.content_start, a.content_end)
        if a.is_direct_quote:
            content = _widen_quote(text, content)
    source = (a.source_start, a.source_end) if a.source_start is not None and a.source_end is not None else None
    return {"source": source, "cue": (a.cue_start, a.cue_end), "content": content}


def merge_split_quotes(rows: list[dict[str, Span | None]]) -> list[dict[str, Span | None]]:
    """Rows sharing a cue (the parts of a quote split around it) as one row whose content is their hull,
    as PolNeAR draws a discontinuous content (whose hull we score)."""
    by_cue: dict[Span | None, dict[str, Span | None]] = {}
    for r in rows:
        prev = by_cue.get(r["cue"])
        if prev is None:
            by_cue[r["cue"]] = dict(r)
        elif prev["content"] and r["content"]:
            prev["content"] = (min(prev["content"][0], r["content"][0]), max(prev["content"][1], r["content"][1]))
    return list(by_cue.values())


def is_speech_cue(doc, span: Span) -> bool:  # doc: spacy Doc
    """Whether a cue span holds a speech word (by the lemmas of its tokens)."""
    cue = doc.char_span(span[0], span[1], alignment_mode="expand")
    if cue is None:
        return False
    return any(is_speech_word(t) for t in cue)


def _distinct(spans: Iterable[Span | None]) -> list[Span]:
    return sorted({s for s in spans if s is not None})


def score_document(gold: list[dict[str, Span | None]], system: list[dict[str, Span | None]]) -> dict[str, PRF]:
    """PRF per ``role/exact`` and ``role/overlap`` for one document."""
    out: dict[str, PRF] = {}
    for role in ROLES:
        g = _distinct(a[role] for a in gold)
        s = _distinct(a[role] for a in system)
        for mode, strict in (("exact", True), ("overlap", False)):
            out[f"{role}/{mode}"] = match(g, s, lambda x: x, lambda x: x, strict).prf()
    return out


def evaluate(folder: Path, limit: int | None = None, errors: int = 0,
             batch_size: int = 16) -> dict[str, dict[str, dict[str, dict[str, float]]]]:
    """Scores as ``{scoring: {variant: {"cue/exact": {"precision", "recall", "f1", counts...}, ...}}}``.

    ``scoring`` is ``"citron"`` (Citron's definitions, ``evaluate.citron``; the bar is stated in them) or
    ``"spans"`` (one-to-one matching of each role's distinct spans); ``variant`` is ``"all"``, ``"speech"``,
    ``"prepared"`` (the gold Citron's PARC preparation keeps, ``citron.prepared``), and, on documents annotated
    twice, ``"annotator2"`` and ``"newsprov_on_double"``. Also records ``timing``
    (seconds for the parse and for the extractor, document counts) under ``"timing"``.
    """
    from newsprov import nlp

    docs = read_split(folder, limit)
    model = nlp.load()
    variants = ("all", "speech", "annotator2", "newsprov_on_double", "prepared")
    totals: dict[str, dict[str, dict]] = {"citron": {v: {} for v in variants}, "spans": {v: {} for v in variants}}

    def add(variant: str, doc, gold: list[dict[str, Span | None]], system: list[dict[str, Span | None]]) -> None:
        for key, tally in citron.score_document(doc, gold, system).items():
            totals["citron"][variant].setdefault(key, type(tally)()).__iadd__(tally)
        for key, prf in score_document(gold, system).items():
            totals["spans"][variant].setdefault(key, PRF()).__iadd__(prf)

    t_parse = t_extract = 0.0
    shown = prepared_kept = 0
    t0 = time.perf_counter()
    parsed = model.pipe((d.text for d in docs), batch_size=batch_size)
    for gd in docs:
        doc = next(parsed)
        t1 = time.perf_counter()
        t_parse += t1 - t0
        layout = blocks.segment(gd.text)
        article = Article(text=gd.text, published_at=None, blocks=layout.blocks, nlp=doc)
        system = attributions.extract(article)
        t0 = time.perf_counter()
        t_extract += t0 - t1
        gold_rows = _rows(gd.attributions)
        sys_rows = merge_split_quotes([system_spans(a, gd.text) for a in system])
        add("all", doc, gold_rows, sys_rows)
        kept = citron.prepared(gd.text, gold_rows)
        prepared_kept += len(kept)
        add("prepared", doc, kept, sys_rows)
        add("speech", doc, [r for r in gold_rows if is_speech_cue(doc, r["cue"])],
            [r for r in sys_rows if is_speech_cue(doc, r["cue"])])
        if gd.second is not None:
            add("annotator2", doc, gold_rows, _rows(gd.second))
            add("newsprov_on_double", doc, gold_rows, sys_rows)
        if errors and shown < errors:
            shown += _print_errors(gd, gold_rows, sys_rows, errors - shown)
        t0 = time.perf_counter()
    result: dict = {
        scoring: {variant: {key: {"precision": t.precision, "recall": t.recall, "f1": t.f1,
                                  **(t.counts() if isinstance(t, citron.Overlap) else
                                     {"tp": t.tp, "fp": t.fp, "fn": t.fn})}
                            for key, t in sorted(scores.items())}
                  for variant, scores in by_variant.items()}
        for scoring, by_variant in totals.items()
    }
    result["timing"] = {"documents": {"n": float(len(docs))},
                        "gold": {"n": float(sum(len(d.attributions) for d in docs)), "prepared": float(prepared_kept)},
                        "double_annotated": {"n": float(sum(d.second is not None for d in docs))},
                        "parse_seconds": {"s": t_parse},
                        "extract_seconds": {"s": t_extract}}
    return result


def _print_errors(gd: GoldDocument, gold: list[dict[str, Span | None]], system: list[dict[str, Span | None]],
                  budget: int) -> int:
    """Print cues missed and cues invented in one document (at most ``budget`` lines)."""
    text = gd.text
    m = match(gold, system, lambda a: a["cue"], lambda a: a["cue"], strict=False)
    lines = []

    def show(role: str, a: dict[str, Span | None]) -> str:
        s = a[role]
        return f"{role}={text[s[0]:s[1]]!r}"[:120] if s else f"{role}=None"

    for g in m.unmatched_gold:
        lines.append(f"  MISS {gd.name}: " + " | ".join(show(r, g) for r in ROLES))
    for s in m.unmatched_system:
        lines.append(f"  EXTRA {gd.name}: " + " | ".join(show(r, s) for r in ROLES))
    for g, s in m.pairs:
        for role in ("source", "content"):
            if g[role] != s[role]:
                lines.append(f"  DIFF {role} {gd.name}: gold {show(role, g)}  system {show(role, s)}")
    for line in lines[:budget]:
        print(line)
    return min(budget, len(lines))


BAR = {"cue/exact": 82.3, "source/exact": 82.0, "source/overlap": 85.3, "content/overlap": 83.3}
"""Citron's own figures on PARC 3.0 (the attributions issue's bar), in Citron's definitions."""


def _counts(v: dict[str, float]) -> str:
    if "tp" in v:
        return f"tp {int(v['tp'])} fp {int(v['fp'])} fn {int(v['fn'])}"
    return (f"tokens: system {int(v['system_shared'])}/{int(v['system_tokens'])}, "
            f"gold {int(v['gold_shared'])}/{int(v['gold_tokens'])}")


def _line(key: str, v: dict[str, float], note: str = "") -> str:
    return f"    {key:<20} P {100 * v['precision']:6.2f}  R {100 * v['recall']:6.2f}  F1 {100 * v['f1']:6.2f}   {note}"


def format_table(result: dict) -> str:
    out = []
    for scoring, title in (("citron", "Citron's definitions (exact: per attribution; overlap: shared tokens)"),
                           ("spans", "One-to-one span matching (each role's distinct spans; overlap: any shared "
                                     "character)")):
        out.append(title)
        for variant, name in (("all", "all attributions"), ("speech", "speech cues only")):
            out.append(f"  {name}")
            for key, v in result[scoring][variant].items():
                bar = f"  (Citron on PARC 3.0: {BAR[key]})" if scoring == "citron" and variant == "all" \
                    and key in BAR else ""
                out.append(_line(key, v, _counts(v) + bar))
    t = result["timing"]
    gold = t.get("gold")
    if gold:
        out.append(f"Citron's definitions on the gold as Citron prepared PARC 3.0 (with source, cue and content; "
                   f"not nested; cue not in quotation marks): {int(gold['prepared'])} of {int(gold['n'])} attributions")
        for key, v in result["citron"]["prepared"].items():
            if key in BAR:
                out.append(_line(key, v, f"(Citron on PARC 3.0: {BAR[key]})"))
    double = int(t.get("double_annotated", {}).get("n", 0))
    if double:
        out.append(f"Agreement on the {double} documents two people annotated (F1 against the first annotator; "
                   f"Citron's definitions, then one-to-one spans)")
        out.append(f"  {'':<20} {'annotator 2':>12} {'newsprov':>10}   {'annotator 2':>12} {'newsprov':>10}")
        for key in result["citron"]["annotator2"]:
            cells = []
            for scoring in ("citron", "spans"):
                for variant, width in (("annotator2", 12), ("newsprov_on_double", 10)):
                    v = result[scoring][variant].get(key)
                    cells.append(f"{100 * v['f1']:>{width}.2f}" if v else f"{'-':>{width}}")
            out.append(f"  {key:<20} {cells[0]} {cells[1]}   {cells[2]} {cells[3]}")
    parse, extract = t["parse_seconds"]["s"], t["extract_seconds"]["s"]
    out.append(f"{int(t['documents']['n'])} documents; spaCy parse {parse:.1f} s, extractor {extract:.1f} s "
               f"({100 * extract / parse if parse else 0:.0f}% of the parse)")
    return "\n".join(out)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="newsprov evaluate polnear",
        description="Precision/recall/F1 of the attribution extractor's source, cue and content spans against a "
                    "PolNeAR split (exact and overlap, with Citron's definitions and with one-to-one span matching), "
                    "for all attributions and for speech cues only.",
        epilog="example: newsprov evaluate polnear /work/shared/corpora/polnear/dev --errors 40",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("dir", type=Path, help="a PolNeAR split folder holding text/ and attributions/")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    parser.add_argument("--errors", type=int, default=0, help="print up to N missed/extra/misdrawn attributions")
    args = parser.parse_args(argv)
    try:
        result = evaluate(args.dir, args.limit, args.errors)
    except FileNotFoundError as exc:
        print(f"error: {exc}")
        return 2
    print(format_table(result))
    return 0
