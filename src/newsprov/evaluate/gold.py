"""Score newsprov against gold files in the seed's format (``*.gold.json``): blocks, dates, attributions, credits.

For each gold file the article is extracted afresh (the text file named in the gold, with its sidecar) or read
from a warehouse (``--warehouse``, matched by the text's sha256). Reported per category: precision, recall
and F1 with strict and overlapping spans; for dates also type, value and mod accuracy; for attributions the
source/cue/content spans and the accuracy of kind, name, reason and direct-quote flags; for credits kind,
name, role and organisation accuracy. Items marked ``optional`` in the gold count neither way.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsprov.evaluate.scoring import PRF, match, overlap

Span = tuple[int, int]


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += bool(ok)
        self.total += 1

    def row(self) -> str:
        return f"{100 * self.right / self.total:6.2f}  ({self.right}/{self.total})" if self.total else "   n/a"


@dataclass
class CategoryScore:
    strict: PRF = field(default_factory=PRF)
    overlap: PRF = field(default_factory=PRF)
    accuracy: dict[str, Accuracy] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def acc(self, name: str) -> Accuracy:
        return self.accuracy.setdefault(name, Accuracy())


def _gspan(item: dict[str, Any]) -> Span:
    return item["start"], item["end"]


def _score(cat: CategoryScore, gold: Sequence[dict], system: Sequence[dict], sys_span: Callable[[dict], Span],
           gold_span: Callable[[dict], Span] = _gspan, label: Callable[[dict], str] = lambda g: g.get("text", ""),
           compare: Callable[[CategoryScore, dict, dict], None] | None = None) -> None:
    optional = lambda g: bool(g.get("optional"))  # noqa: E731
    sys_usable = [s for s in system if sys_span(s)[0] is not None]
    optional_spans = [gold_span(g) for g in gold if optional(g)]
    # A system item on an optional gold item's text is neither right nor wrong, whatever its extent.
    on_optional = lambda s: any(overlap(sys_span(s), o) for o in optional_spans)  # noqa: E731
    strict = match(gold, sys_usable, gold_span, sys_span, strict=True)
    cat.strict += strict.prf(optional, on_optional)
    ov = match(gold, sys_usable, gold_span, sys_span, strict=False)
    cat.overlap += ov.prf(optional)
    for g, s in ov.pairs:
        if compare and not optional(g):
            compare(cat, g, s)
    cat.misses += [f"missed {label(g)!r}" for g in ov.unmatched_gold if not optional(g)]
    cat.misses += [f"extra  {label(s)!r}" for s in ov.unmatched_system]


def _same(a: Any, b: Any) -> bool:
    norm = lambda x: (x or "").strip().lower() or None  # noqa: E731
    return norm(a) == norm(b)


def score_document(gold: dict[str, Any], tables: dict[str, list[dict[str, Any]]],
                   scores: dict[str, CategoryScore]) -> None:
    """Add one document's comparison to ``scores`` (category -> CategoryScore)."""
    def cmp_block(cat, g, s):
        cat.acc("kind").add(g["kind"] == s["kind"])

    _score(scores.setdefault("blocks", CategoryScore()), gold.get("blocks", []), tables["blocks"],
           lambda s: (s["char_start"], s["char_end"]), compare=cmp_block,
           label=lambda x: f"{x.get('kind')}: {x.get('text', '')[:40]}")

    def cmp_date(cat, g, s):
        cat.acc("type").add(g["type"] == s["timex_type"])
        cat.acc("value").add(g["value"] == s["value"])
        cat.acc("mod").add((g.get("mod") or None) == (s.get("mod") or None))

    _score(scores.setdefault("dates", CategoryScore()), gold.get("temporal_mentions", []),
           tables["temporal_mentions"], lambda s: (s["char_start"], s["char_end"]), compare=cmp_date,
           label=lambda x: f"{x.get('text')} = {x.get('value')}")

    # Attributions: matched as units by their cue, then each span role scored on its own.
    att = scores.setdefault("attributions", CategoryScore())

    def cmp_attr(cat, g, s):
        cat.acc("source_kind").add(g.get("source_kind") == s.get("source_kind"))
        cat.acc("is_direct_quote").add(bool(g.get("is_direct_quote")) == bool(s.get("is_direct_quote")))
        cat.acc("anonymity_reason").add(_same(g.get("anonymity_reason"), s.get("anonymity_reason")))
        if g.get("source_name"):
            cat.acc("source_name").add(_same(g.get("source_name"), s.get("source_name")))
        if g.get("source_role"):
            cat.acc("source_role").add(_same(g.get("source_role"), s.get("source_role")))

    def cue_label(x):
        return (x["cue"]["text"] if "cue" in x else x.get("cue_text")) or ""

    _score(att, gold.get("attributions", []), tables["attributions"], lambda s: (s["cue_start"], s["cue_end"]),
           gold_span=lambda g: _gspan(g["cue"]), compare=cmp_attr, label=cue_label)
    # The same, against the rows whose cue is an act of speech (cue_type "speech"): "who said what".
    _score(scores.setdefault("attributions, speech rows", CategoryScore()), gold.get("attributions", []),
           [s for s in tables["attributions"] if s.get("cue_type") == "speech"],
           lambda s: (s["cue_start"], s["cue_end"]), gold_span=lambda g: _gspan(g["cue"]), label=cue_label)
    for role in ("source", "cue", "content"):
        gold_role = [{**g[role], "optional": g.get("optional")} for g in gold.get("attributions", []) if g.get(role)]
        _score(scores.setdefault(f"attributions.{role}", CategoryScore()), gold_role, tables["attributions"],
               lambda s, r=role: (s[f"{r}_start"], s[f"{r}_end"]), label=lambda x, r=role: x.get("text") or x.get(f"{r}_text"))

    def cmp_credit(cat, g, s):
        cat.acc("kind").add(g["kind"] == s["kind"])
        cat.acc("name").add(_same(g.get("name"), s.get("credited_name")))
        cat.acc("org").add(_same(g.get("org"), s.get("credited_org")))
        if g.get("role"):
            cat.acc("role").add(_same(g.get("role"), s.get("credited_role")))

    _score(scores.setdefault("credits", CategoryScore()), gold.get("credits", []),
           [c for c in tables["credits"] if c.get("char_start") is not None],
           lambda s: (s["char_start"], s["char_end"]), compare=cmp_credit, label=lambda x: x.get("text"))


def extract_tables(text_path: Path) -> dict[str, list[dict[str, Any]]]:
    """Run the pipeline's extraction on one text file (and its sidecar), in this process."""
    from newsprov.pipeline import WorkItem, process_items

    tables = process_items([WorkItem(text_path.resolve().as_uri(), "text", str(text_path))], "evaluate", "evaluate")
    if tables["quarantine"].num_rows:
        q = tables["quarantine"].to_pylist()[0]
        raise SystemExit(f"{text_path} was quarantined: {q['reason']}: {q['message']}")
    return {name: t.to_pylist() for name, t in tables.items()}


def warehouse_tables(warehouse: Path, sha256: str) -> dict[str, list[dict[str, Any]]]:
    from newsprov import warehouse as wh

    con = wh.connect(warehouse, read_only=True)
    try:
        return {t: con.sql(f'SELECT * FROM "{t}" WHERE doc_id = ?', params=[sha256]).to_arrow_table().to_pylist()
                for t in wh.DOC_TABLES}
    finally:
        con.close()


def evaluate(gold_paths: Sequence[Path], text_dir: Path | None = None,
             warehouse: Path | None = None) -> dict[str, CategoryScore]:
    scores: dict[str, CategoryScore] = {}
    for gp in gold_paths:
        gold = json.loads(gp.read_text(encoding="utf-8"))
        doc = gold["document"]
        if warehouse is not None:
            tables = warehouse_tables(warehouse, doc["sha256"])
            if not tables["documents"]:
                raise SystemExit(f"{warehouse} has no document with sha256 {doc['sha256'][:12]}…: run it first")
        else:
            candidates = [d / doc["file"] for d in (text_dir, gp.parent, gp.parent.parent / "seeds") if d]
            text_path = next((c for c in candidates if c.exists()), None)
            if text_path is None:
                raise SystemExit(f"{doc['file']} not found next to {gp}: pass --text-dir")
            tables = extract_tables(text_path)
        score_document(gold, tables, scores)
    return scores


def as_dict(scores: dict[str, CategoryScore]) -> dict[str, Any]:
    return {name: {"strict": {"p": c.strict.precision, "r": c.strict.recall, "f1": c.strict.f1},
                   "overlap": {"p": c.overlap.precision, "r": c.overlap.recall, "f1": c.overlap.f1},
                   "accuracy": {k: (a.right / a.total if a.total else None) for k, a in c.accuracy.items()}}
            for name, c in scores.items()}


def format_scores(scores: dict[str, CategoryScore], errors: bool = False) -> str:
    lines = []
    for name, c in scores.items():
        lines.append(f"{name}")
        lines.append(f"  strict   {c.strict.row()}")
        lines.append(f"  overlap  {c.overlap.row()}")
        for k, a in c.accuracy.items():
            lines.append(f"  {k + ' accuracy':<26}{a.row()}")
        if errors:
            lines += [f"    {m}" for m in c.misses]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="newsprov evaluate gold", formatter_class=argparse.RawDescriptionHelpFormatter,
        description=__doc__,
        epilog="example:\n  newsprov evaluate gold ../shared/gold/000_23bbeb1b2b9d435b.gold.json --text-dir seeds/")
    parser.add_argument("gold", nargs="+", type=Path, help="gold files (*.gold.json) or folders of them")
    parser.add_argument("--text-dir", type=Path, help="folder with the articles the gold files name")
    parser.add_argument("--warehouse", type=Path, help="score what this warehouse holds instead of extracting")
    parser.add_argument("--errors", action="store_true", help="list missed and extra items")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    paths = [p for g in args.gold for p in (sorted(g.glob("*.gold.json")) if g.is_dir() else [g])]
    if not paths:
        parser.error("no gold files found")
    scores = evaluate(paths, args.text_dir, args.warehouse)
    print(json.dumps(as_dict(scores), indent=2) if args.json else format_scores(scores, args.errors))
    return 0
