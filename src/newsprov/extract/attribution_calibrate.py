"""How often the extractor, as it ships, draws a verb's cue the way PolNeAR's annotators do, learned from the
*train* split only.

The verb table (``attribution_train``) counts how often a (lemma, frame) heads any gold cue. Some verbs head cues
often enough to pass it, yet the rows the extractor builds on them seldom match a gold cue: "launched" with an
object heads a cue 12 times in 46, but of the 32 rows the extractor drew on it in train, 3 matched one ("launched
a campaign" is an action; PolNeAR's cue is "launched an attack against"). This module runs the extractor over
train and records, per key of the verb heading each row's cue, the rows drawn and those whose cue is a gold cue,
token for token (Citron's exact match); ``attribution_cues.cue_decision`` leaves out the verbs of a key whose
rows seldom are.

Run after ``attribution_train`` and ``attribution_classifier`` (the rows depend on both):
``python -m newsprov.extract.attribution_calibrate /work/shared/corpora/polnear/train`` adds the counts to
``attribution_cues.json`` as ``"drawn"``.
"""

from __future__ import annotations

import json
from collections import Counter

from newsprov.extract.attribution_train import MODEL_PATH, keys, train_args


def drawn_counts(pairs) -> dict[str, list[int]]:
    """(gold PolNeAR document, parsed doc) pairs -> {key: [rows whose cue is a gold cue, rows]}, a row counted
    once per cue (a quotation split around its cue gives two rows with one cue)."""
    from newsprov.evaluate.citron import token_span
    from newsprov.extract import attributions, blocks
    from newsprov.extract.article import Article

    rows_of: Counter[str] = Counter()
    exact_of: Counter[str] = Counter()
    for gold, doc in pairs:
        text = gold.text
        article = Article(text=text, published_at=None, blocks=blocks.segment(text).blocks, nlp=doc)
        gold_cues = {token_span(doc, a.cue) for a in gold.attributions if a.cue}
        seen = set()
        for row in attributions.extract(article):
            cue = token_span(doc, (row.cue_start, row.cue_end))
            verbs = [t for t in doc[cue[0]:cue[1]] if t.pos_ == "VERB"] if cue else []
            if not verbs or cue in seen:
                continue
            seen.add(cue)
            key = keys(verbs[-1])[0]
            rows_of[key] += 1
            exact_of[key] += cue in gold_cues
    return {k: [exact_of[k], n] for k, n in sorted(rows_of.items())}


def main(argv: list[str] | None = None) -> int:
    from newsprov import nlp
    from newsprov.evaluate.polnear import read_split

    args = train_args(argv, "newsprov.extract.attribution_calibrate",
                      "Count, over PolNeAR's train split, how often the rows the extractor draws on each (verb "
                      "lemma, frame) have a gold cue exactly; add the counts to the cue table. Run after "
                      "attribution_train and attribution_classifier.", MODEL_PATH)
    docs = read_split(args.train_dir)
    model = json.loads(args.out.read_text(encoding="utf-8")) if args.out.is_file() else {"cues": {}}
    from newsprov.extract import attribution_cues

    attribution_cues.DRAWN.clear()  # the rows as drawn before any verb is left out for its counts
    drawn = drawn_counts(zip(docs, nlp.load().pipe((d.text for d in docs), batch_size=16)))
    model["drawn"] = drawn
    args.out.write_text(json.dumps(model, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{len(drawn)} keys, {sum(n for _, n in drawn.values())} rows from {len(docs)} documents -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
