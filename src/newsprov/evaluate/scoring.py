"""Span matching and precision/recall/F1, shared by every evaluation.

Two matchings, as TempEval-3 and Citron report them: ``strict`` (identical extent) and ``overlap`` (the
spans share at least one character). Matching is one-to-one: each gold item is matched at most once,
greedily by largest overlap, so a system cannot score twice on one gold item.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from typing import Generic, TypeVar

G = TypeVar("G")
S = TypeVar("S")


class Summed:
    """Counts that add up field by field (``total += part``); subclasses are dataclasses of ints."""

    def __iadd__(self, other):
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))
        return self


@dataclass
class PRF(Summed):
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def row(self) -> str:
        return (f"P {100 * self.precision:6.2f}  R {100 * self.recall:6.2f}  F1 {100 * self.f1:6.2f}"
                f"   (tp {self.tp}, fp {self.fp}, fn {self.fn})")


def f1(precision: float, recall: float) -> float:
    """Their harmonic mean (0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters shared by two [start, end) spans."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


@dataclass
class Matching(Generic[G, S]):
    pairs: list[tuple[G, S]] = field(default_factory=list)
    unmatched_gold: list[G] = field(default_factory=list)
    unmatched_system: list[S] = field(default_factory=list)

    def prf(self, optional_gold: Callable[[G], bool] = lambda g: False,
            ignore_system: Callable[[S], bool] = lambda s: False) -> PRF:
        """Counts; a pair whose gold item is optional counts neither way, nor does an ignored system item."""
        tp = sum(1 for g, _ in self.pairs if not optional_gold(g))
        fn = sum(1 for g in self.unmatched_gold if not optional_gold(g))
        fp = sum(1 for s in self.unmatched_system if not ignore_system(s))
        return PRF(tp, fp, fn)


def match(gold: Sequence[G], system: Sequence[S], gold_span: Callable[[G], tuple[int, int]],
          system_span: Callable[[S], tuple[int, int]], strict: bool) -> Matching[G, S]:
    """One-to-one matching of gold and system items by span (strict: identical; else overlapping)."""
    candidates: list[tuple[int, int, int]] = []
    for i, g in enumerate(gold):
        gs = gold_span(g)
        for j, s in enumerate(system):
            ss = system_span(s)
            if strict:
                if gs == ss:
                    candidates.append((gs[1] - gs[0] + 1, i, j))
            else:
                ov = overlap(gs, ss)
                if ov > 0:
                    candidates.append((ov, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_s: set[int] = set()
    result: Matching[G, S] = Matching()
    for _, i, j in candidates:
        if i in used_g or j in used_s:
            continue
        used_g.add(i)
        used_s.add(j)
        result.pairs.append((gold[i], system[j]))
    result.unmatched_gold = [g for i, g in enumerate(gold) if i not in used_g]
    result.unmatched_system = [s for j, s in enumerate(system) if j not in used_s]
    return result
