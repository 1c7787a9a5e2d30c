"""The real flow end to end: Prefect (test harness), real GX suites, a real DuckDB file, the HTML report."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsprov import warehouse

pytestmark = pytest.mark.e2e


def _rows(wh: Path, sql: str, params: list | None = None) -> list[dict]:
    con = warehouse.connect(wh, read_only=True)
    try:
        return con.sql(sql, params=params or []).to_arrow_table().to_pylist()
    finally:
        con.close()


@pytest.fixture
def mixed_inputs(seed_dir: Path) -> Path:
    """The seed, a feed with a good and a bad line, and three broken files."""
    (seed_dir / "feed.jsonl").write_text(
        json.dumps({"text": "WASHINGTON (AP) — Lawmakers said Tuesday they would vote next week.",
                    "published_at": "2021-03-02", "publisher": "Example Wire", "byline": "By Jane Roe"}) + "\n"
        + '{"text": "unterminated\n', encoding="utf-8")
    (seed_dir / "empty.txt").write_bytes(b"")
    (seed_dir / "latin1.txt").write_bytes("Le café est fermé.".encode("latin-1"))
    (seed_dir / "baddate.txt").write_text("Officials said Monday.", encoding="utf-8")
    (seed_dir / "baddate.meta.json").write_text('{"published_at": "the other day"}', encoding="utf-8")
    return seed_dir


def test_flow_loads_validates_and_reports(prefect_harness, mixed_inputs: Path, tmp_path: Path, seed_gold) -> None:
    from newsprov_flows.newsprov_flow import newsprov_run

    wh = tmp_path / "warehouse" / "newsprov.duckdb"
    summary = newsprov_run(paths=[str(mixed_inputs)], warehouse_path=str(wh))
    assert summary["status"] == "completed"
    assert summary["inputs_seen"] == 6
    assert summary["documents_loaded"] == 2 and summary["quarantined"] == 4

    (seed,) = _rows(wh, "SELECT * FROM documents WHERE source_uri LIKE '%000_23bbeb1b2b9d435b.txt'")
    raw = (mixed_inputs / "000_23bbeb1b2b9d435b.txt").read_bytes()
    assert seed["text"] == raw.decode("utf-8")
    assert seed["doc_id"] == seed["sha256"] == seed_gold["document"]["sha256"]
    assert str(seed["published_at"]) == "2020-01-15" and seed["publisher"] == "Military Times"
    run_id = summary["run_id"]
    assert seed["run_id"] == run_id

    # raw bytes kept content-addressed
    assert (wh.parent / "blobs" / seed["sha256"][:2] / seed["sha256"]).read_bytes() == raw

    quarantined = _rows(wh, "SELECT * FROM quarantine")
    # a quarantined input's bytes are kept too (the empty file's as well): nothing is lost
    for q in quarantined:
        assert (wh.parent / "blobs" / q["sha256"][:2] / q["sha256"]).exists(), q["source_uri"]
    quarantine = {(Path(q["source_uri"]).name, q["reason"]) for q in quarantined}
    assert quarantine == {("empty.txt", "empty"), ("latin1.txt", "invalid_utf8"), ("baddate.txt", "bad_date"),
                          ("feed.jsonl#line=2", "bad_json")}

    (run,) = _rows(wh, "SELECT * FROM runs")
    assert run["run_id"] == run_id and run["status"] == "completed"
    assert run["inputs_seen"] == run["documents_loaded"] + run["quarantined"]
    assert run["code_version"].startswith("newsprov ")

    results = _rows(wh, "SELECT * FROM validation_results WHERE run_id = ?", [run_id])
    assert {r["suite"].split(".")[0] for r in results} == {"dates", "attributions", "credits", "lineage"}
    assert all(r["severity"] in ("error", "warning") for r in results)
    lineage = [r for r in results if r["suite"] == "lineage.spans"]
    assert lineage and all(r["success"] and r["element_count"] > 0 for r in lineage)

    # every span in the warehouse indexes its document's text
    bad = _rows(wh, """SELECT b.doc_id FROM blocks b JOIN documents d USING (doc_id)
                       WHERE substr(d.text, b.char_start + 1, b.char_end - b.char_start) <> b.text""")
    assert bad == []

    report = Path(summary["report"])
    page = report.read_text(encoding="utf-8")
    assert run_id in page and "latin1.txt" in page and "invalid_utf8" in page
    assert not re.search(r"<link[^>]+href=|<script[^>]+src=|@import|https?://", page.split("</style>")[0])

    # analytics views are there
    views = _rows(wh, "SELECT * FROM anonymous_share_by_publisher")
    assert {v["publisher"] for v in views} <= {"Military Times", "Example Wire"}
    (metrics,) = _rows(wh, "SELECT * FROM document_metrics WHERE doc_id = ?", [seed["doc_id"]])
    n_attr = _rows(wh, "SELECT count(DISTINCT (cue_start, cue_end)) AS n FROM attributions WHERE doc_id = ?",
                   [seed["doc_id"]])[0]["n"]  # an attribution is its cue; a split quotation's parts share it
    assert metrics["attributions"] == n_attr and 0 <= metrics["anonymous_share"] <= 1

    # the README's example queries run on a real warehouse
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for block in re.findall(r"```sql\n(.*?)```", readme, re.DOTALL):
        for statement in filter(str.strip, block.split(";")):
            _rows(wh, statement)

    # a second run over the same inputs adds no rows
    before = {t: _rows(wh, f'SELECT count(*) AS n FROM "{t}"')[0]["n"] for t in (*warehouse.DOC_TABLES, "quarantine")}
    again = newsprov_run(paths=[str(mixed_inputs)], warehouse_path=str(wh))
    after = {t: _rows(wh, f'SELECT count(*) AS n FROM "{t}"')[0]["n"] for t in (*warehouse.DOC_TABLES, "quarantine")}
    assert after == before
    assert len(_rows(wh, "SELECT * FROM runs")) == 2 and again["run_id"] != run_id
