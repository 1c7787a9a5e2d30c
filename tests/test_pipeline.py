"""process_items: lineage on every row, spans that index the text, bad inputs quarantined, the rest going on."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprov.pipeline import WorkItem, discover, process_items
from newsprov.schema import DERIVED_TABLES, arrow_schema

SPAN_COLUMNS = {
    "blocks": [("char_start", "char_end", "text")],
    "temporal_mentions": [("char_start", "char_end", "text")],
    "entities": [("char_start", "char_end", "text")],
    "credits": [("char_start", "char_end", "text")],
    "attributions": [("source_start", "source_end", "source_text"), ("cue_start", "cue_end", "cue_text"),
                     ("content_start", "content_end", "content_text")],
}


def _spans_index_text(tables: dict[str, pa.Table]) -> None:
    texts = {d["doc_id"]: d["text"] for d in tables["documents"].to_pylist()}
    for table, spans in SPAN_COLUMNS.items():
        for row in tables[table].to_pylist():
            for s, e, t in spans:
                if row[s] is not None:
                    assert texts[row["doc_id"]][row[s]:row[e]] == row[t], (table, row)


def test_seed_rows_carry_lineage(seed_dir: Path) -> None:
    tables = process_items(list(discover([seed_dir])), "run-1", "code-1")
    assert tables["documents"].num_rows == 1
    doc = tables["documents"].to_pylist()[0]
    assert doc["run_id"] == "run-1" and doc["code_version"] == "code-1"
    assert str(doc["published_at"]) == "2020-01-15"
    for table in DERIVED_TABLES:
        assert tables[table].schema.equals(arrow_schema(table), check_metadata=False)
        for row in tables[table].to_pylist():
            assert row["doc_id"] == doc["doc_id"] and row["run_id"] == "run-1"
            assert row["extractor"] and row["extractor_version"]
    assert tables["blocks"].num_rows > 10 and tables["entities"].num_rows > 10
    _spans_index_text(tables)


def test_bad_inputs_are_quarantined_and_the_rest_goes_on(seed_dir: Path, tmp_path: Path) -> None:
    (seed_dir / "empty.txt").write_bytes(b"")
    (seed_dir / "bad.txt").write_text("An article.", encoding="utf-8")
    (seed_dir / "bad.meta.json").write_text('{"published_at": "soonish"}', encoding="utf-8")
    feed = seed_dir / "feed.jsonl"
    feed.write_text(json.dumps({"text": "Officials said Tuesday the plan was ready."}) + "\n{oops\n", encoding="utf-8")
    items = list(discover([seed_dir]))
    tables = process_items(items, "run-2", "code")
    assert tables["documents"].num_rows == 2
    q = {(Path(r["source_uri"]).name, r["reason"]) for r in tables["quarantine"].to_pylist()}
    assert q == {("empty.txt", "empty"), ("bad.txt", "bad_date"), ("feed.jsonl#line=2", "bad_json")}
    assert tables["documents"].num_rows + tables["quarantine"].num_rows == len(items)


def test_the_same_bytes_twice_are_one_document(seed_dir: Path) -> None:
    text = (seed_dir / "000_23bbeb1b2b9d435b.txt").read_bytes()
    (seed_dir / "copy.txt").write_bytes(text)
    tables = process_items(list(discover([seed_dir])), "run-3", "code")
    assert tables["documents"].num_rows == 1
    (dup,) = tables["quarantine"].to_pylist()
    assert dup["reason"] == "duplicate" and "loaded once" in dup["message"]


def test_an_extractor_failure_quarantines_only_its_document(seed_dir: Path, monkeypatch) -> None:
    from newsprov.extract import document

    real = document.dates.extract

    def flaky(article):
        if "boom" in article.text:
            raise RuntimeError("tagger exploded")
        return real(article)

    monkeypatch.setattr(document.dates, "extract", flaky)
    (seed_dir / "boom.txt").write_text("This one goes boom on Monday.", encoding="utf-8")
    tables = process_items(list(discover([seed_dir])), "run-4", "code")
    assert tables["documents"].num_rows == 1
    (q,) = tables["quarantine"].to_pylist()
    assert q["reason"] == "extraction_failed" and "tagger exploded" in q["message"]
    assert all(r["doc_id"] != q["sha256"] for r in tables["blocks"].to_pylist())


def test_a_text_the_parser_fails_on_quarantines_only_its_document(seed_dir: Path, monkeypatch) -> None:
    """One text spaCy cannot take makes ``nlp.pipe`` fail for the whole batch: the other texts are parsed again
    one by one and loaded; that one is quarantined, and says so."""
    from newsprov import nlp as nlp_model

    real = nlp_model.load()

    class Fussy:
        def __getattr__(self, name):
            return getattr(real, name)

        def __call__(self, text):
            if "kaboom" in text:
                raise ValueError("cannot take kaboom")
            return real(text)

        def pipe(self, texts, **kwargs):
            for text in texts:
                yield self(text)

    monkeypatch.setattr(nlp_model, "load", lambda *a, **k: Fussy())
    (seed_dir / "kaboom.txt").write_text("This one goes kaboom on Monday, officials said.", encoding="utf-8")
    tables = process_items(list(discover([seed_dir])), "run-5", "code")
    assert tables["documents"].num_rows == 1 and tables["attributions"].num_rows > 0
    (q,) = tables["quarantine"].to_pylist()
    assert q["reason"] == "parse_failed" and "cannot take kaboom" in q["message"]
    assert q["source_uri"].endswith("kaboom.txt")


_words = st.sampled_from(["said", "Officials", "Wednesday", "“We are ready,”", "(AP Photo/Jane Doe)", "last week",
                          "Jan. 3", "the president", "\n\n", "—", "according to", "Reuters", "in 2015", ".", ","])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_words, min_size=1, max_size=40).map(" ".join))
def test_every_span_indexes_the_text(tmp_path_factory, text: str) -> None:
    d = tmp_path_factory.mktemp("prop")
    (d / "a.txt").write_text(text, encoding="utf-8")
    (d / "a.meta.json").write_text('{"published_at": "2020-01-15"}', encoding="utf-8")
    tables = process_items([WorkItem((d / "a.txt").as_uri(), "text", str(d / "a.txt"))], "r", "c")
    if text.strip():
        assert tables["documents"].num_rows == 1
    _spans_index_text(tables)
