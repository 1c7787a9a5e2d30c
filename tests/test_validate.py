"""The suites catch what they promise to, and name the failing rows by document and span."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow as pa
import pytest

from newsprov.extract.language import MIN_SHARE
from newsprov.pipeline import discover, process_items
from newsprov.validate import (
    Validator, _quote_marked, _reason_in_sentence, _standalone_reason, build_frames, load_suites, timex_first_day,
)


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator()


@pytest.fixture
def seed_tables(seed_dir: Path) -> dict[str, pa.Table]:
    return process_items(list(discover([seed_dir])), "run-v", "code")


def _outcomes(validator: Validator, tables) -> dict[str, dict]:
    validator.outcomes.clear()
    validator.validate(tables)
    return {f"{r.suite}:{r.description}": {"success": r.success, "rows": json.loads(r.failing_rows),
                                           "severity": r.severity, "n": r.unexpected_count}
            for r in validator.results("run-v")}


def _find(outcomes: dict[str, dict], words: str) -> dict:
    (hit,) = [v for k, v in outcomes.items() if words in k]
    return hit


def _replace_rows(table: pa.Table, rows: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=table.schema)


@pytest.mark.parametrize("value, first", [
    ("2020-01-15", dt.date(2020, 1, 15)), ("2020-W02", dt.date(2020, 1, 6)), ("2019-12", dt.date(2019, 12, 1)),
    ("2015", dt.date(2015, 1, 1)), ("2020-Q2", dt.date(2020, 4, 1)), ("2020-SU", dt.date(2020, 6, 1)),
    ("2013-03-22T14:00", dt.date(2013, 3, 22)), ("PAST_REF", None), ("P3Y", None), ("XXXX-WXX-3", None),
])
def test_timex_first_day(value: str, first: dt.date | None) -> None:
    assert timex_first_day(value) == first


def test_every_suite_file_is_well_formed() -> None:
    suites = load_suites()
    assert {s["meta"]["frame"] for s in suites} >= {"temporal_mentions", "attributions", "credits", "spans"}
    assert {s["name"].split(".")[0] for s in suites} == {"dates", "attributions", "credits", "lineage"}


def test_seed_passes_every_error_expectation(validator: Validator, seed_tables) -> None:
    outcomes = _outcomes(validator, seed_tables)
    failed = {k: v for k, v in outcomes.items() if not v["success"] and v["severity"] == "error"}
    assert failed == {}


def test_anonymous_share_counts_attributions_not_quotation_parts(seed_tables) -> None:
    """The parts of a quotation split around its cue are rows of one attribution: an anonymous source quoted
    in three parts and one named source make an anonymous share of 1/2, not 3/4."""
    doc_id = seed_tables["documents"].column("doc_id")[0].as_py()
    row = {k: None for k in seed_tables["attributions"].schema.names} | {
        "doc_id": doc_id, "is_direct_quote": True, "cue_type": "speech", "confidence": 1.0,
        "run_id": "run-v", "extractor": "test", "extractor_version": "0"}
    anonymous = [row | {"cue_start": 10, "cue_end": 14, "source_start": 5, "source_end": 9, "source_kind": "anonymous",
                        "content_start": s, "content_end": s + 4} for s in (0, 20, 40)]
    named = [row | {"cue_start": 60, "cue_end": 64, "source_start": 55, "source_end": 59,
                    "source_kind": "named_person", "content_start": 70, "content_end": 74}]
    tables = {**seed_tables, "attributions": _replace_rows(seed_tables["attributions"], anonymous + named)}
    documents = build_frames(tables)["documents"].set_index("doc_id")
    assert documents.loc[doc_id, "attributions"] == 2
    assert documents.loc[doc_id, "anonymous_share"] == 0.5


def test_a_span_that_does_not_match_the_text_is_named(validator: Validator, seed_tables) -> None:
    rows = seed_tables["entities"].to_pylist()
    rows[0]["char_start"] += 1
    tables = {**seed_tables, "entities": _replace_rows(seed_tables["entities"], rows)}
    hit = _find(_outcomes(validator, tables), "equals documents.text")
    assert not hit["success"] and hit["n"] == 1
    assert hit["rows"][0]["doc_id"] == rows[0]["doc_id"] and hit["rows"][0]["char_start"] == rows[0]["char_start"]


def test_bad_timex_values_and_future_past_dates_fail(validator: Validator, seed_tables) -> None:
    doc_id = seed_tables["documents"].column("doc_id")[0].as_py()
    text = seed_tables["documents"].column("text")[0].as_py()
    base = {"doc_id": doc_id, "run_id": "run-v", "extractor": "t", "extractor_version": "0", "mod": None,
            "anchor": None, "confidence": 1.0}
    i = text.index("Wednesday")
    rows = [
        {**base, "char_start": i, "char_end": i + 9, "text": "Wednesday", "timex_type": "DATE", "value": "2020-13-45x",
         "block_kind": "body", "tense": "PAST"},
        {**base, "char_start": i, "char_end": i + 9, "text": "Wednesday", "timex_type": "DATE", "value": "2020-02-19",
         "block_kind": "body", "tense": "PAST"},
    ]
    schema = seed_tables["temporal_mentions"].schema
    rows = [{f.name: r.get(f.name) for f in schema} for r in rows]
    tables = {**seed_tables, "temporal_mentions": pa.Table.from_pylist(rows, schema=schema)}
    out = _outcomes(validator, tables)
    assert _find(out, "DATE value is a well-formed")["rows"][0]["char_start"] == i
    future = _find(out, "past tense does not start after published_at")
    assert not future["success"] and future["n"] == 1


def test_an_uncredited_caption_is_listed(validator: Validator, seed_tables) -> None:
    tables = {**seed_tables, "credits": seed_tables["credits"].slice(0, 0)}
    blocks = seed_tables["blocks"].to_pylist()
    if not any(b["kind"] == "caption" for b in blocks):
        blocks[-4]["kind"] = "caption"
        tables["blocks"] = _replace_rows(seed_tables["blocks"], blocks)
    hit = _find(_outcomes(validator, tables), "every caption block has a photo or video credit")
    captions = [b for b in blocks if b["kind"] == "caption"]
    assert not hit["success"] and hit["n"] == len(captions)
    assert {r["char_start"] for r in hit["rows"]} == {b["char_start"] for b in captions}


def test_missing_published_at_is_a_warning(validator: Validator, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Officials said Wednesday that talks would go on.", encoding="utf-8")
    tables = process_items(list(discover([tmp_path])), "run-v", "code")
    hit = _find(_outcomes(validator, tables), "published_at is known")
    assert not hit["success"] and hit["severity"] == "warning"


def test_each_result_is_filed_under_its_own_expectation(validator: Validator, seed_tables) -> None:
    """GX returns results in an order of its own; a result must never be reported under another expectation."""
    validator.outcomes.clear()
    validator.validate(seed_tables)
    n_attr = seed_tables["attributions"].num_rows
    for (suite, i), outcome in validator.outcomes.items():
        sdef = next(s for s in validator.suites if s["name"] == suite)
        edef = sdef["expectations"][i]
        assert outcome.expectation == edef["type"]
        assert outcome.description == edef["meta"]["description"]
        if suite == "attributions.rows" and "row_condition" not in edef["kwargs"]:
            assert outcome.element_count == n_attr, edef["meta"]["description"]


def test_failing_rows_of_nullable_spans_are_integers(validator: Validator, seed_tables) -> None:
    """A credit known only from metadata has no span; the others' spans must still be reported as ints."""
    rows = seed_tables["credits"].to_pylist()
    assert rows, "the seed has credits"
    extra = {**rows[0], "char_start": None, "char_end": None, "text": "Jane Roe", "kind": "byline",
             "credited_name": None, "credited_org": None, "origin": "metadata:byline"}
    bad = {**rows[0], "credited_name": None, "credited_org": None}
    tables = {**seed_tables, "credits": _replace_rows(seed_tables["credits"], [extra, bad])}
    hit = _find(_outcomes(validator, tables), "a credit names a person or an organisation")
    assert hit["n"] == 2
    spans = [(r["char_start"], r["char_end"]) for r in hit["rows"]]
    assert (None, None) in spans and (rows[0]["char_start"], rows[0]["char_end"]) in spans
    assert all(type(s) is int for r in hit["rows"] for s in (r["char_start"], r["char_end"]) if s is not None)


def test_suite_value_sets_are_the_schemas() -> None:
    """The allowed kinds are declared once in schema.py; the suite files must say the same."""
    from newsprov import schema

    sets = {(s["meta"]["frame"], e["kwargs"]["column"]): set(e["kwargs"]["value_set"])
            for s in load_suites() for e in s["expectations"]
            if e["type"] == "expect_column_values_to_be_in_set" and "row_condition" not in e["kwargs"]}
    assert sets[("temporal_mentions", "timex_type")] == set(schema.TIMEX_TYPES)
    assert sets[("attributions", "source_kind")] == set(schema.SOURCE_KINDS)
    assert sets[("attributions", "cue_type")] == set(schema.CUE_TYPES)
    assert sets[("credits", "kind")] == set(schema.CREDIT_KINDS)


@pytest.mark.parametrize("text, ok", [
    ("He said: “We will win.”", True),
    ("“We will win, ” he said.", True),  # a space before the closing mark
    ("”We will win.” ― a reader", True),  # Swedish-style (or slipped) opening mark
    ("He said we will win.", False),
])
def test_quote_marked(text, ok):
    """A direct quote's content must sit between quote marks; spaces and punctuation just inside them are fine."""
    start = text.lower().index("we will")
    end = text.index("win") + len("win")
    assert _quote_marked(text, start, end) is ok


def test_an_anonymous_source_without_the_reason_the_article_states_for_it_fails(validator: Validator,
                                                                             seed_tables) -> None:
    rows = seed_tables["attributions"].to_pylist()
    with_reason = [i for i, r in enumerate(rows) if r["source_kind"] == "anonymous" and r["anonymity_reason"]]
    assert with_reason, "the seed has anonymous sources with a stated reason"
    for i in with_reason:
        rows[i] |= {"anonymity_reason": None, "reason_start": None, "reason_end": None}
    tables = {**seed_tables, "attributions": _replace_rows(seed_tables["attributions"], rows)}
    hit = _find(_outcomes(validator, tables), "carries the reason for anonymity")
    assert not hit["success"] and hit["n"] == len(with_reason)


def test_a_reason_stated_for_another_source_is_not_required() -> None:
    """The reason is looked for in the sentences of the row's source and cue, not anywhere in the article."""
    text = ("One official, who spoke on condition of anonymity to discuss the talks, said they had stalled. "
            "A spokesman for the ministry said the talks would go on.")
    row = type("Row", (), {})()

    def span(words: str) -> tuple[int, int]:
        return text.index(words), text.index(words) + len(words)

    row.source_start, row.source_end = span("One official, who spoke on condition of anonymity to discuss the talks,")
    row.cue_start, row.cue_end = span("said they")[0], span("said they")[0] + 4
    assert _reason_in_sentence(text, row)
    row.source_start, row.source_end = span("A spokesman for the ministry")
    row.cue_start = text.index("said the talks")
    row.cue_end = row.cue_start + 4
    assert not _reason_in_sentence(text, row)


@pytest.mark.parametrize(("text", "source", "phrase", "instead"), [
    ("“I'd want answers,” said a committee member, asking for anonymity to speak freely. It was late.",
     "a committee member", "asking for anonymity", "asking for answers"),
    ("“He will win,” said a New Hampshire Republican, who, like all respondents, responded anonymously.",
     "a New Hampshire Republican", "responded anonymously", "responded quickly"),
    ("“There is no proof,” said a Foreign Office spokesman, speaking with customary anonymity.",
     "a Foreign Office spokesman", "speaking with customary anonymity", "speaking with customary calm"),
    ("An Iraqi official, speaking on customary condition of anonymity, said the sites were closed.",
     "An Iraqi official", "on customary condition of anonymity", "on customary condition of silence"),
])
def test_a_stated_reason_in_the_sources_sentence(text: str, source: str, phrase: str, instead: str) -> None:
    row = type("Row", (), {})()
    row.source_start = text.index(source)
    row.source_end = row.source_start + len(source)
    row.cue_start = text.index("said")
    row.cue_end = row.cue_start + 4
    assert _reason_in_sentence(text, row)
    assert not _reason_in_sentence(text.replace(phrase, instead), row)


def test_a_reason_stated_on_its_own_covers_every_anonymous_source() -> None:
    text = ("One official said the talks had stalled. A diplomat said they would go on.\n\n"
            "Officials spoke on condition of anonymity to discuss the talks.")
    cues = [text.index("said the talks"), text.index("said they")]
    assert _standalone_reason(text, cues)
    # the same words inside an attribution's sentence speak for that source only
    inside = text.replace("Officials spoke", "Officials said, speaking")
    assert not _standalone_reason(inside, cues + [inside.index("said, speaking")])


GERMAN = ("Morgen Abend: Chris Eubank Jr. mit Ring-Rückkehr gegen Liam Williams!\n\nDie Stadt will die Bahn im Herbst wieder in Betrieb nehmen, sagte der Bürgermeister am Montag. Er "
          "betonte, dass die Sanierung der Strecke länger gedauert habe als geplant und dass die Kosten gestiegen "
          "seien. Die Anwohner hatten sich über den Lärm beschwert, doch nun soll alles besser werden, hieß es aus "
          "dem Rathaus. Der Verein der Freunde der Bahn begrüßte die Entscheidung und kündigte ein Fest an.")


def test_a_document_in_another_language_gets_no_attributions_and_is_listed(validator: Validator,
                                                                            tmp_path: Path) -> None:
    """The attribution rules read English: a German article gets none (not the junk the English parser makes of it,
    "Morgen Abend" as a source), and the documents suite lists it with its share of English function words; an
    English one is not listed."""
    (tmp_path / "de.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "en.txt").write_text("The mayor said on Monday that the railway would reopen in the autumn, after "
                                     "repairs that took longer than planned. He said the costs had risen and that "
                                     "residents who had complained about the noise would be heard by the council, "
                                     "which meets next week to decide what the city will do about it.",
                                     encoding="utf-8")
    tables = process_items(list(discover([tmp_path])), "run-v", "code")
    docs = {r["source_uri"].rsplit("/", 1)[-1]: r["doc_id"] for r in tables["documents"].to_pylist()}
    per_doc = {d for d in tables["attributions"].column("doc_id").to_pylist()}
    assert docs["en.txt"] in per_doc and docs["de.txt"] not in per_doc
    hit = _find(_outcomes(validator, tables), "reads as English")
    assert not hit["success"] and hit["severity"] == "warning"
    assert [r["doc_id"] for r in hit["rows"]] == [docs["de.txt"]]
    assert hit["rows"][0]["english_share"] < MIN_SHARE


def test_the_english_threshold_is_the_extractors() -> None:
    """The documents suite lists the documents the extractor read as another language: one threshold."""
    (suite,) = [s for s in load_suites() if s["name"] == "attributions.documents"]
    (exp,) = [e for e in suite["expectations"] if e["kwargs"].get("column") == "english_share"]
    assert exp["kwargs"]["min_value"] == MIN_SHARE
