"""Citron's attribution metrics, as BBC R&D's Citron computes them (``citron/metrics.py`` in bbc/citron).

The bar in the attributions issue (cue exact 82.3, source exact 82.0, source overlap 85.3, content overlap 83.3)
was measured with these definitions, so they are the ones to read it against. Spans are spaCy *token* spans of the
document (character offsets widened to whole tokens). Per document, over its attributions ("quotes"):

* **cue exact**: a system attribution is a true positive when its cue is identical to some gold cue, else a false
  positive; a gold attribution is a false negative when no system cue is identical to its cue. Not one-to-one:
  two system attributions with the same cue both count.
* **source exact** / **content exact**: as above, but an attribution matches when the two cues *overlap*
  (Citron's test, under which touching spans overlap too) and the source (content) is identical; a missing
  source only matches a missing source.
* **overlap** (cue, source, content): token-level. Precision is the tokens shared by every (system, gold) pair
  of attributions over the tokens of the system spans, recall the same shared tokens over the tokens of the gold
  spans. A span that serves several attributions (one source with two cues: "Smith said ... and added ...") is
  counted once per pair, so precision and recall can pass 100%; it lifts source overlap most.
* **overlap-once** (not Citron's; printed next to it so the effect above can be read): each system token counts
  once if any gold span of the role covers it (precision), each gold token once if any system span covers it
  (recall).

The one-to-one span matching that ``polnear`` also prints (``scoring.match``) is stricter: each distinct span is
matched at most once, and an overlap counts a span, not its tokens.

Citron's figures were measured on PARC 3.0 as its ``scripts/preprocess/parc_extractor.py`` prepares it: only
attributions with a source, a cue and a content, nested attributions and those whose cue sits inside quotation
marks left out. ``prepared`` applies the same selection to another gold (the spans are left as they are).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from newsprov.evaluate.scoring import PRF, Summed, f1, overlap

Span = tuple[int, int]
ROLES = ("cue", "source", "content")


@dataclass
class Overlap(Summed):
    """Token overlap: shared tokens counted on the system side (precision) and on the gold side (recall)."""

    system_shared: int = 0
    system_tokens: int = 0
    gold_shared: int = 0
    gold_tokens: int = 0

    @property
    def precision(self) -> float:
        return self.system_shared / self.system_tokens if self.system_tokens else 0.0

    @property
    def recall(self) -> float:
        return self.gold_shared / self.gold_tokens if self.gold_tokens else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def counts(self) -> dict[str, int]:
        return asdict(self)


def token_span(doc, span: Span | None) -> Span | None:
    """Character offsets as the token span that covers them (``None`` for no span or no token), without the
    whitespace tokens spaCy makes of a run of spaces at either end (a brat span drawn to "said   " is "said": a
    token span of PARC, on which Citron was measured, never holds whitespace)."""
    if span is None:
        return None
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
    if tokens is None:
        return None
    start, end = tokens.start, tokens.end
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return (start, end) if end > start else None


def _overlapping(a: Span, b: Span) -> bool:
    return a[0] <= b[1] and a[1] > b[0]  # Citron's test: spans that touch count as overlapping


def _shared(a: Span | None, b: Span | None) -> int:
    return 0 if a is None or b is None else overlap(a, b)


def _length(a: Span | None) -> int:
    return 0 if a is None else a[1] - a[0]


def _covered(span: Span | None, others: list[Span | None]) -> int:
    """Tokens of ``span`` inside at least one of ``others``, each counted once."""
    if span is None:
        return 0
    return sum(any(o is not None and o[0] <= t < o[1] for o in others) for t in range(*span))


def prepared(text: str, gold: list[dict[str, Span | None]]) -> list[dict[str, Span | None]]:
    """The gold attributions Citron's PARC preparation keeps: with source, cue and content; not nested (the cue
    inside another attribution's content); the cue not inside quotation marks."""
    rows = [r for r in gold if r["source"] and r["cue"] and r["content"]]
    quoted = _inside_quotation_marks(text)
    rows = [r for r in rows if not quoted[r["cue"][0]] and not quoted[r["cue"][1] - 1]]
    return [r for r in rows if not any(o is not r and o["content"][0] <= r["cue"][0] and r["cue"][1] <= o["content"][1]
                                       for o in rows)]


def _inside_quotation_marks(text: str) -> list[bool]:
    """Per character, whether it follows an opening double mark that is not yet closed (Citron's test, with
    curly marks as well as straight ones)."""
    labels = [False] * len(text)
    open_ = False
    for i, ch in enumerate(text):
        labels[i] = open_
        if ch == '"':
            open_ = not open_
        elif ch == "“":
            open_ = True
        elif ch == "”":
            open_ = False
    return labels


def score_document(doc, gold: list[dict[str, Span | None]],
                   system: list[dict[str, Span | None]]) -> dict[str, PRF | Overlap]:
    """Counts per ``role/exact``, ``role/overlap`` and ``role/overlap-once`` for one document; rows hold
    character spans."""
    def tokens(rows):
        out = [{role: token_span(doc, r[role]) for role in ROLES} for r in rows]
        return [r for r in out if r["cue"] is not None]

    g, s = tokens(gold), tokens(system)
    out: dict[str, PRF | Overlap] = {}
    for role in ROLES:
        if role == "cue":
            def same(p, q):
                return p["cue"] == q["cue"]
        else:
            def same(p, q, role=role):
                return _overlapping(p["cue"], q["cue"]) and p[role] == q[role]
        tp = sum(any(same(p, q) for q in g) for p in s)
        fn = sum(not any(same(p, q) for p in s) for q in g)
        out[f"{role}/exact"] = PRF(tp, len(s) - tp, fn)
        shared = sum(_shared(p[role], q[role]) for p in s for q in g)
        system_tokens, gold_tokens = sum(_length(p[role]) for p in s), sum(_length(q[role]) for q in g)
        out[f"{role}/overlap"] = Overlap(shared, system_tokens, shared, gold_tokens)
        out[f"{role}/overlap-once"] = Overlap(sum(_covered(p[role], [q[role] for q in g]) for p in s), system_tokens,
                                              sum(_covered(q[role], [p[role] for p in s]) for q in g), gold_tokens)
    return out
