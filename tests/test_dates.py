"""The temporal tagger: golden cases, the seed article, the TimeML evaluator, and span invariants."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprov.evaluate import timeml
from newsprov.extract import dates
from newsprov.extract import timex_resolve as rs
from newsprov.schema import TemporalMention

CASES = Path(__file__).parent / "cases"
DATE_CASES = json.loads((CASES / "dates" / "cases.json").read_text())["cases"]
SEED = CASES / "seed"
TBAQ = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "tbaq"


@pytest.fixture(scope="module")
def nlp():
    from newsprov import nlp as nlp_mod

    return nlp_mod.load()


def _dct(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


@pytest.mark.parametrize("case", DATE_CASES, ids=[c["sentence"][:40] for c in DATE_CASES])
def test_golden_case(case, nlp):
    text = case["sentence"]
    found = dates.tag(text, _dct(case["dct"]), nlp(text))
    for m in found:
        assert text[m.char_start:m.char_end] == m.text
    if case["text"] is None:
        assert found == [], f"expected no temporal expression, got {[(m.text, m.value) for m in found]}"
        return
    hits = [m for m in found if m.text == case["text"]]
    assert hits, f"{case['text']!r} not found; got {[(m.text, m.value) for m in found]}"
    m = hits[0]
    assert (m.timex_type, m.value, m.mod) == (case["type"], case["value"], case.get("mod"))


def test_seed_article_dates(nlp):
    text = (SEED / "000_23bbeb1b2b9d435b.txt").read_text(encoding="utf-8")
    gold = json.loads((SEED / "000_23bbeb1b2b9d435b.gold.json").read_text())["temporal_mentions"]
    found = {(m.char_start, m.char_end): m for m in dates.tag(text, dt.date(2020, 1, 15), nlp(text))}
    for g in gold:
        m = found.pop((g["start"], g["end"]), None)
        if g.get("optional"):
            continue
        assert m is not None, f"missed {g['text']!r}"
        assert (m.timex_type, m.value, m.mod) == (g["type"], g["value"], g.get("mod")), g["text"]
    # nothing else but the optional FUTURE_REF ("soon" inside "relatively soon") may be produced
    leftovers = [m for m in found.values() if m.value != "FUTURE_REF"]
    assert leftovers == [], [(m.text, m.value) for m in leftovers]


def test_relative_mentions_record_anchor_and_tense(nlp):
    text = "The ministers met Monday and will meet again next month."
    found = dates.tag(text, dt.date(2020, 1, 15), nlp(text))
    by_text = {m.text: m for m in found}
    assert by_text["Monday"].anchor == "DCT 2020-01-15"
    assert by_text["Monday"].tense == "PAST"
    assert by_text["next month"].value == "2020-02"
    assert all(0.0 < m.confidence <= 1.0 for m in found)


def test_missing_dct_keeps_absolute_values_and_flags_relative_ones(nlp):
    text = "The treaty signed on Jan. 3, 2019 took effect Wednesday."
    found = {m.text: m for m in dates.tag(text, None, nlp(text))}
    assert found["Jan. 3, 2019"].value == "2019-01-03"
    assert found["Jan. 3, 2019"].anchor is None
    assert found["Wednesday"].value == "XXXX-WXX-3"
    assert found["Wednesday"].anchor == dates.DCT_UNKNOWN
    assert found["Wednesday"].confidence <= 0.5


def test_extract_fills_block_kind(nlp):
    from newsprov.extract.article import Article
    from newsprov.schema import Block

    text = "Caption taken Dec. 22, 2019.\n\nTroops left last week."
    blocks = [Block(0, "caption", 0, 28, text[:28]), Block(1, "body", 30, len(text), text[30:])]
    art = Article(text=text, published_at=dt.date(2020, 1, 15), blocks=blocks, nlp=nlp(text))
    found = {m.text: m for m in dates.extract(art)}
    assert found["Dec. 22, 2019"].block_kind == "caption"
    assert found["last week"].block_kind == "body"


def test_resolution_arithmetic():
    wed = dt.date(2020, 1, 15)
    assert rs.weekday(wed, 2, rs.PAST) == "2020-01-15"  # the DCT's own weekday counts
    assert rs.weekday(wed, 4, rs.PAST) == "2020-01-10"
    assert rs.weekday(wed, 0, rs.FUTURE) == "2020-01-20"
    assert rs.weekday(wed, 2, None, direction=-1) == "2020-01-08"
    assert rs.month_day(wed, 12, 22, rs.PAST) == "2019-12-22"
    assert rs.month_day(dt.date(2019, 12, 20), 1, 3, rs.FUTURE) == "2020-01-03"
    assert rs.relative(wed, "Q", -1) == "2019-Q4"
    assert rs.easter(2024) == dt.date(2024, 3, 31)
    assert rs.holiday(wed, ("nth", 11, 3, 4), 2019, None) == "2019-11-28"
    assert rs.season(dt.date(2020, 1, 15), "WI", None) == "2019-WI"


# --- the evaluator ---------------------------------------------------------------------------------


def test_read_tml_offsets_and_entities():
    doc = timeml.read_tml(CASES / "dates" / "sample.tml")
    assert doc.dct == dt.date(1998, 2, 6)
    assert "company & its auditors" in doc.text
    assert [g.text for g in doc.gold] == ["the fourth quarter", "yesterday", "two weeks", "late December",
                                          "next week", "daily"]
    for g in doc.gold:
        assert doc.text[g.start:g.end] == g.text
    assert doc.gold[3].mod == "END"


def test_scoring_counts_strict_relaxed_and_values():
    doc = timeml.TimeMLDoc("x", "aaa bbbbb ccc ddd", None, [
        timeml.GoldTimex(0, 3, "aaa", "DATE", "1998"),
        timeml.GoldTimex(4, 9, "bbbbb", "DURATION", "P2Y"),
        timeml.GoldTimex(14, 17, "ddd", "DATE", "1999"),
    ])
    system = [
        TemporalMention(0, 3, "aaa", "DATE", "1998"),  # strict, right value
        TemporalMention(4, 7, "bbb", "DATE", "P2YT"),  # relaxed only, wrong type, value equal once normalised
        TemporalMention(10, 13, "ccc", "DATE", "2000"),  # spurious
    ]
    scores = timeml.Scores()
    timeml.score_document(doc, system, scores)
    d = scores.as_dict()
    assert (scores.strict.tp, scores.strict.fp, scores.strict.fn) == (1, 2, 2)
    assert (scores.relaxed.tp, scores.relaxed.fp, scores.relaxed.fn) == (2, 1, 1)
    assert d["type_accuracy"] == 0.5
    assert d["value_accuracy"] == 1.0
    assert d["value_f1"] == pytest.approx(d["relaxed_f1"])


def test_evaluator_end_to_end_on_sample(capsys):
    d = timeml.evaluate_dict([CASES / "dates"])
    assert d["documents"] == 1 and d["gold"] == 6
    assert d["relaxed_f1"] == 1.0 and d["strict_f1"] == 1.0
    assert d["value_accuracy"] == 1.0 and d["type_accuracy"] == 1.0
    assert timeml.main([str(CASES / "dates"), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "value F1" in out and "strict" in out


def test_evaluator_help_ends_with_example(capsys):
    with pytest.raises(SystemExit):
        timeml.main(["--help"])
    assert capsys.readouterr().out.strip().splitlines()[-1].startswith("example: newsprov evaluate timeml")


def test_evaluator_reports_empty_input(tmp_path, capsys):
    assert timeml.main([str(tmp_path)]) == 2
    assert "no .tml files" in capsys.readouterr().err


# --- invariants ------------------------------------------------------------------------------------

_FRAGMENTS = ["Friday", "last week", "Jan. 3", "in 1998", "two years", "the 1990s", "now", "May", "said",
              "the third quarter", "3 p.m.", "daily", "\n\n", ", ", "more than", "late December", "ago",
              "New Year\u2019s", "x", "—", "the past", "fiscal", "next", "-", "Sundays", "the following year",
              "Q3", "at", "9:30", "ET", "the spring", "June", "the 1990s", "a year ago", "Tuesday, Feb. 4, 2020"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=14), st.sampled_from([None, dt.date(2001, 5, 31)]))
def test_spans_are_exact_slices_and_do_not_overlap(parts, dct):
    text = " ".join(parts)
    found = dates.tag(text, dct, _blank_doc(text))
    last_end = -1
    for m in found:
        assert text[m.char_start:m.char_end] == m.text
        assert m.char_start >= last_end
        last_end = m.char_end
        assert m.timex_type in ("DATE", "TIME", "DURATION", "SET")
        assert m.value


def _blank_doc(text: str):
    import spacy

    return spacy.blank("en")(text)


@pytest.mark.corpus
@pytest.mark.skipif(not TBAQ.is_dir(), reason="needs ../shared/corpora/tbaq")
def test_tbaq_sample_scores():
    d = timeml.evaluate_dict([TBAQ], limit=40)
    assert d["relaxed_f1"] > 0.85
    assert d["value_f1"] > 0.65


def test_values_satisfy_the_validation_suite(nlp):
    """Every value the tagger writes (with and without a DCT) passes the dates suite's format expectations."""
    suite = json.loads((Path(__file__).resolve().parents[1] / "expectations" / "dates.mentions.json").read_text())
    import re

    value_rx, mods = {}, set()
    for e in suite["expectations"]:
        kw = e["kwargs"]
        if e["type"] == "expect_column_values_to_match_regex" and kw["column"] == "value":
            value_rx[re.search(r'timex_type=="(\w+)"', kw["row_condition"])[1]] = re.compile(kw["regex"])
        if e["type"] == "expect_column_values_to_be_in_set" and kw["column"] == "mod":
            mods = set(kw["value_set"])
    texts = [c["sentence"] for c in DATE_CASES] + [(SEED / "000_23bbeb1b2b9d435b.txt").read_text(encoding="utf-8")]
    checked = 0
    for text in texts:
        doc = nlp(text)
        for dct in (dt.date(2020, 1, 15), None):
            for m in dates.tag(text, dct, doc):
                assert value_rx[m.timex_type].search(m.value), (m.text, m.timex_type, m.value)
                assert m.mod is None or m.mod in mods
                checked += 1
    assert checked > 100


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 10), st.integers(0, 3)), max_size=30))
def test_select_keeps_what_pairwise_comparison_keeps(spec) -> None:
    """dates._select, made linear with bisection, keeps the longest candidates that overlap no longer one (rule
    order, then position, breaking ties), as comparing each with all kept before does."""
    from newsprov.extract.dates import _select

    cands = [(a, a + n, prio, f"r{prio}", None) for a, n, prio in spec]
    kept, taken = [], []
    for c in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
        if not any(c[0] < e and s < c[1] for s, e in taken):
            kept.append(c)
            taken.append((c[0], c[1]))
    assert _select(cands) == sorted(kept, key=lambda c: c[0])
