"""Learn which verbs, in which frame, are attribution cues, from PolNeAR's *train* split only.

The model is a table: for each (verb lemma, frame) -- the frame says whether the verb has a clause,
an infinitive, an object or a preposition as complement -- how often a verb like that heads a gold cue,
and how often it occurs at all. The extractor uses it next to its hand-written lexicon of reporting verbs.

Run: ``python -m newsprov.extract.attribution_train /work/shared/corpora/polnear/train``
(writes ``src/newsprov/extract/attribution_cues.json``, some fifty kilobytes), then retrain the classifier that
reads it: ``python -m newsprov.extract.attribution_classifier /work/shared/corpora/polnear/train``, then count
the rows the extractor draws: ``python -m newsprov.extract.attribution_calibrate`` (same argument).
"""

from __future__ import annotations

import argparse
import bisect
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from newsprov.extract.attribution_nouns import noun_key
from newsprov.extract.quotes import find_quotes

MODEL_PATH = Path(__file__).with_name("attribution_cues.json")
MIN_TOTAL = 3  # (lemma, frame) pairs seen fewer times than this are not kept


def frame(tok) -> str:  # tok: spacy Token
    """The complement frame of a verb: c(lause), x (infinitive), o(bject), p(reposition) or - (none)."""
    deps = {c.dep_ for c in tok.children if c.i > tok.i or c.dep_ == "ccomp"}
    if "ccomp" in deps:
        return "c"
    if "xcomp" in deps:
        return "x"
    if "dobj" in deps:
        return "o"
    if "prep" in deps:
        return "p"
    return "-"


def key(tok) -> str:
    return f"{tok.lemma_.lower()}|{frame(tok)}"


def keys(tok) -> list[str]:
    """The verb's keys, most specific first: with a prepositional frame, the preposition too
    ("speak|p:about" is a cue far more often than "speak|p:at")."""
    k = key(tok)
    if k.endswith("|p"):
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.i > tok.i), None)
        if prep is not None:
            return [f"{k}:{prep.lower_}", k]
    return [k]


def count(pairs: Iterable[tuple[object, list[tuple[int, int]]]]) -> dict[str, list[int]]:
    """(parsed doc, gold cue spans) pairs -> {lemma|frame: [times heading a cue, times seen]}.

    Possessed nouns with a complement are counted too, under ``n:lemma|frame`` (``attribution_nouns``)."""
    pos: Counter[str] = Counter()
    tot: Counter[str] = Counter()
    for doc, cues in pairs:
        text = doc.text
        # cues inside quotations are never the article's attributions: leave them out of the counts
        quoted = [(q.start, q.end) for q in find_quotes(text) if q.close is not None]
        starts = [q[0] for q in quoted]
        heads = set()
        for start, end in cues:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            verbs = [t for t in span if t.pos_ == "VERB"]
            if verbs:
                heads.add(min(verbs, key=lambda t: (t.head.i in range(span.start, span.end), t.i)).i)
            elif span.root.pos_ == "NOUN":
                heads.add(span.root.i)
        for tok in doc:
            if tok.pos_ not in ("VERB", "NOUN"):
                continue
            k = bisect.bisect_right(starts, tok.idx) - 1
            if k >= 0 and tok.idx < quoted[k][1]:
                continue
            for k in keys(tok) if tok.pos_ == "VERB" else [noun_key(tok)] if noun_key(tok) else []:
                tot[k] += 1
                if tok.i in heads:
                    pos[k] += 1
    # a preposition key is kept even when never a cue: it overrides its verb's general frame ("call|p:at")
    return {k: [pos[k], n] for k, n in sorted(tot.items()) if n >= MIN_TOTAL and (pos[k] > 0 or ":" in k)}


def load_tables(path: Path = MODEL_PATH) -> dict[str, dict[str, list[int]]]:
    """Every part of the table, read once: "cues" (this module's counts), "drawn" (``attribution_calibrate``'s)."""
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def load_model(path: Path = MODEL_PATH, part: str = "cues") -> dict[str, list[int]]:
    """The table's ``part``: "cues" (this module's counts) or "drawn" (``attribution_calibrate``'s)."""
    return load_tables(path).get(part, {})


def parsed_split(train_dir: Path):
    """PolNeAR gold documents of ``train_dir`` and a lazy spaCy parse of each (NER left out: cues need none)."""
    from newsprov import nlp
    from newsprov.evaluate.polnear import read_split

    docs = read_split(train_dir)
    return docs, nlp.load(disable=("ner",)).pipe((d.text for d in docs), batch_size=16)


def train_args(argv: list[str] | None, module: str, description: str, out: Path) -> argparse.Namespace:
    """``train_dir`` and ``--out`` of a script that learns from PolNeAR's train split (and refuses any other)."""
    parser = argparse.ArgumentParser(
        prog=f"python -m {module}", description=description,
        epilog=f"example: python -m {module} /work/shared/corpora/polnear/train",
    )
    parser.add_argument("train_dir", type=Path, help="PolNeAR train split (text/ and attributions/)")
    parser.add_argument("--out", type=Path, default=out)
    args = parser.parse_args(argv)
    if args.train_dir.name != "train":
        parser.error("train on the train split only (a folder named train)")
    return args


def main(argv: list[str] | None = None) -> int:
    args = train_args(argv, "newsprov.extract.attribution_train",
                      "Count, over PolNeAR's train split, how often each (verb lemma, frame) heads an attribution "
                      "cue; write the table the attribution extractor ships with.", MODEL_PATH)
    docs, parsed = parsed_split(args.train_dir)
    table = count((doc, [a.cue for a in gd.attributions]) for gd, doc in zip(docs, parsed))
    args.out.write_text(json.dumps({"source": "PolNeAR v1.0.0 train split", "min_total": MIN_TOTAL,
                                    "cues": table}, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{len(table)} (lemma, frame) entries from {len(docs)} documents -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
