"""A second opinion on verbs the cue table does not know well: a logistic regression over spaCy's own
contextual token vector (``doc.tensor``, from tok2vec) and a few symbolic features (frame, subject, tag,
dependency, lexicon membership, the table's shrunk rate and how often it saw the verb).

It generalises to rare verbs that the table (``attribution_train``) has not seen often enough. Trained with
numpy only on PolNeAR's train split (``python -m newsprov.extract.attribution_classifier <train dir>``);
the weights ship as ``attribution_classifier.npz`` (a few kilobytes).
"""

from __future__ import annotations

import bisect
import math
from pathlib import Path

import numpy as np

from newsprov.extract import attribution_lexicon as lex
from newsprov.extract.attribution_train import frame, keys

MODEL_PATH = Path(__file__).with_name("attribution_classifier.npz")
_FRAMES = "cxop-"
_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")
_DEPS = ("ROOT", "ccomp", "advcl", "conj", "xcomp", "relcl", "acl", "parataxis", "pcomp")
N_SYMBOLIC = len(_FRAMES) + len(_TAGS) + len(_DEPS) + 4 + 4 + 3


def _table_stats(tok, table: dict[str, list[int]], own: int | None = None) -> tuple[float, float, float]:
    """(shrunk rate, log count, seen at all) for the most specific key of ``tok`` in the table.

    ``own`` (training only) is this token's own label, taken out of the counts (leave-one-out)."""
    for k in keys(tok):
        hit = table.get(k)
        if hit is not None:
            pos, n = hit
            if own is not None:
                pos, n = pos - own, n - 1
            if n <= 0:
                continue
            return (pos + 0.2) / (n + 2), math.log1p(n), 1.0
    return 0.1, 0.0, 0.0


def features(doc, tok, table: dict[str, list[int]], own: int | None = None) -> np.ndarray:
    """The feature vector of verb ``tok``: ``doc.tensor`` row, then the symbolic features."""
    sym = np.zeros(N_SYMBOLIC, dtype=np.float32)
    o = 0
    sym[o + _FRAMES.index(frame(tok))] = 1
    o += len(_FRAMES)
    if tok.tag_ in _TAGS:
        sym[o + _TAGS.index(tok.tag_)] = 1
    o += len(_TAGS)
    if tok.dep_ in _DEPS:
        sym[o + _DEPS.index(tok.dep_)] = 1
    o += len(_DEPS)
    lemma = tok.lemma_.lower()
    for j, words in enumerate((lex.SPEECH_VERBS, lex.COGNITION_VERBS, lex.STANCE_VERBS, lex.EVIDENCE_VERBS)):
        sym[o + j] = lemma in words
    o += 4
    deps = {c.dep_ for c in tok.children}
    sym[o] = bool(deps & {"nsubj", "csubj"})
    sym[o + 1] = "nsubjpass" in deps
    sym[o + 2] = "agent" in deps
    sym[o + 3] = "ccomp" in deps or "dobj" in deps
    o += 4
    sym[o:o + 3] = _table_stats(tok, table, own)
    return np.concatenate([doc.tensor[tok.i].astype(np.float32), sym])


class CueClassifier:
    def __init__(self, path: Path = MODEL_PATH):
        self.ok = path.is_file()
        if self.ok:
            data = np.load(path)
            self.mean, self.scale, self.w, self.b = data["mean"], data["scale"], data["w"], float(data["b"])

    def probability(self, doc, tok, table: dict[str, list[int]]) -> float | None:
        """None when there are no weights or the doc has no tok2vec tensor (e.g. read back from a DocBin)."""
        if not self.ok or doc.tensor is None or doc.tensor.ndim != 2 or doc.tensor.shape[0] != len(doc) or \
                doc.tensor.shape[1] + N_SYMBOLIC != self.w.shape[0]:
            return None
        x = (features(doc, tok, table) - self.mean) / self.scale
        return float(1.0 / (1.0 + math.exp(-float(x @ self.w + self.b))))


def train_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1e-3, epochs: int = 300, lr: float = 0.5):
    """Full-batch gradient descent on the standardised features; returns (mean, scale, w, b)."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-6
    z = (x - mean) / scale
    w = np.zeros(x.shape[1], dtype=np.float64)
    b = math.log((y.mean() + 1e-6) / (1 - y.mean() + 1e-6))
    for _ in range(epochs):
        p = 1.0 / (1.0 + np.exp(-(z @ w + b)))
        g = p - y
        w -= lr * (z.T @ g / len(y) + l2 * w)
        b -= lr * g.mean()
    return mean.astype(np.float32), scale.astype(np.float32), w.astype(np.float32), b


def collect(pairs, table: dict[str, list[int]]):
    """(doc, gold cue spans) pairs -> (features, labels) over the verbs outside quotations."""
    from newsprov.extract.quotes import find_quotes

    xs, ys = [], []
    for doc, cues in pairs:
        quoted = [(q.start, q.end) for q in find_quotes(doc.text) if q.close is not None]
        starts = [q[0] for q in quoted]
        heads = set()
        for start, end in cues:
            span = doc.char_span(start, end, alignment_mode="expand")
            verbs = [t for t in span if t.pos_ == "VERB"] if span is not None else []
            if verbs:
                heads.add(min(verbs, key=lambda t: (t.head.i in range(span.start, span.end), t.i)).i)
        for tok in doc:
            if tok.pos_ != "VERB":
                continue
            k = bisect.bisect_right(starts, tok.idx) - 1
            if k >= 0 and tok.idx < quoted[k][1]:
                continue
            y = int(tok.i in heads)
            xs.append(features(doc, tok, table, own=y))
            ys.append(y)
    return np.stack(xs), np.array(ys, dtype=np.float64)


def main(argv: list[str] | None = None) -> int:
    from newsprov.extract.attribution_train import load_model, parsed_split, train_args

    args = train_args(argv, "newsprov.extract.attribution_classifier",
                      "Train the verb cue classifier (logistic regression, numpy) on PolNeAR's train split and "
                      "write the weights the attribution extractor ships with. Run attribution_train first.",
                      MODEL_PATH)
    docs, parsed = parsed_split(args.train_dir)
    x, y = collect(((doc, [a.cue for a in gd.attributions]) for gd, doc in zip(docs, parsed)), load_model())
    mean, scale, w, b = train_logistic(x, y)
    np.savez(args.out, mean=mean, scale=scale, w=w, b=np.float32(b))
    print(f"{len(y)} verbs ({int(y.sum())} cues) from {len(docs)} documents -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
