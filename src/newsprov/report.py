"""What people read after a run: a self-contained HTML validation report and a short summary.

The HTML has its CSS inline and loads nothing from anywhere: it reads the same offline as online.
Everything in it is read back from the warehouse, so the report shows what actually landed.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

from newsprov import warehouse

MAX_ROWS_SHOWN = 25

_CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:72rem;
padding:0 1rem;color:#1f2328;background:#fff}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de}
.meta{color:#59636e;font-size:.9rem}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f6f8fa}
.pass{color:#1a7f37;font-weight:600}.fail-error{color:#cf222e;font-weight:600}.fail-warning{color:#9a6700;font-weight:600}
.cards{display:flex;gap:1rem;flex-wrap:wrap}.card{border:1px solid #d0d7de;border-radius:6px;padding:.6rem 1rem;min-width:9rem}
.card b{display:block;font-size:1.4rem}code,.span{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem}
.span{background:#fff8c5;padding:0 .15rem}details{margin:.2rem 0}summary{cursor:pointer;color:#0969da}
"""


def _query(con, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    return con.sql(sql, params=params or []).to_arrow_table().to_pylist()


def run_summary(warehouse_path: str | Path, run_id: str) -> dict[str, Any]:
    """The run record, row counts of its documents, quarantine and failed expectations."""
    con = warehouse.connect(warehouse_path, read_only=True)
    try:
        run = _query(con, "SELECT * FROM runs WHERE run_id = ?", [run_id])[0]
        counts = {}
        for table in warehouse.DOC_TABLES:
            counts[table] = _query(con, f'SELECT count(*) AS n FROM "{table}" WHERE run_id = ?', [run_id])[0]["n"]
        quarantine = _query(con, "SELECT source_uri, reason, message FROM quarantine WHERE run_id = ? "
                                 "ORDER BY source_uri", [run_id])
        failed = _query(con, "SELECT suite, expectation, \"column\", severity, unexpected_count, description "
                             "FROM validation_results WHERE run_id = ? AND NOT success ORDER BY severity, suite",
                        [run_id])
    finally:
        con.close()
    return {"run_id": run_id, "status": run["status"], "code_version": run["code_version"],
            "inputs_seen": run["inputs_seen"], "documents_loaded": run["documents_loaded"],
            "quarantined": run["quarantined"], "validation_errors": run["validation_errors"],
            "validation_warnings": run["validation_warnings"], "rows": counts, "quarantine": quarantine,
            "failed_expectations": failed, "warehouse": str(Path(warehouse_path).resolve())}


def markdown_summary(summary: dict[str, Any]) -> str:
    lines = [f"# newsprov run `{summary['run_id']}`", "",
             f"- status: **{summary['status']}**, code `{summary['code_version']}`",
             f"- inputs seen: {summary['inputs_seen']} = documents loaded {summary['documents_loaded']}"
             f" + quarantined {summary['quarantined']}",
             f"- failed expectations: {summary['validation_errors']} error, {summary['validation_warnings']} warning",
             f"- warehouse: `{summary['warehouse']}`", "", "| table | rows |", "|---|---|"]
    lines += [f"| {t} | {n} |" for t, n in summary["rows"].items()]
    if summary["quarantine"]:
        lines += ["", "## Quarantined", "", "| input | reason | message |", "|---|---|---|"]
        lines += [f"| {q['source_uri'].rsplit('/', 1)[-1]} | {q['reason']} | {q['message']} |"
                  for q in summary["quarantine"]]
    if summary["failed_expectations"]:
        lines += ["", "## Failed expectations", "", "| severity | suite | expectation | rows | what |",
                  "|---|---|---|---|---|"]
        lines += [f"| {f['severity']} | {f['suite']} | {f['expectation']} | {f['unexpected_count']} | "
                  f"{f['description']} |" for f in summary["failed_expectations"]]
    return "\n".join(lines)


def write_html_report(warehouse_path: str | Path, run_id: str, out_dir: str | Path | None = None) -> Path:
    """Write ``reports/<run_id>.html`` (and ``reports/latest.html``) next to the warehouse; return its path."""
    out = Path(out_dir) if out_dir else Path(warehouse_path).parent / "reports"
    out.mkdir(parents=True, exist_ok=True)
    page = render_html(warehouse_path, run_id)
    path = out / f"{run_id}.html"
    path.write_text(page, encoding="utf-8")
    (out / "latest.html").write_text(page, encoding="utf-8")
    return path


def render_html(warehouse_path: str | Path, run_id: str) -> str:
    s = run_summary(warehouse_path, run_id)
    con = warehouse.connect(warehouse_path, read_only=True)
    try:
        results = _query(con, "SELECT * FROM validation_results WHERE run_id = ? "
                         "ORDER BY success, severity, suite, expectation",
                         [run_id])
        docs = {d["doc_id"]: d for d in _query(
            con, "SELECT doc_id, source_uri, text FROM documents WHERE run_id = ?", [run_id])}
        per_doc = _query(con, """
            SELECT d.source_uri, d.published_at, d.publisher,
                   (SELECT count(*) FROM temporal_mentions t WHERE t.doc_id = d.doc_id) AS dates,
                   (SELECT count(*) FROM attributions a WHERE a.doc_id = d.doc_id) AS attributions,
                   (SELECT count(*) FROM attributions a WHERE a.doc_id = d.doc_id
                        AND a.source_kind = 'anonymous') AS anonymous,
                   (SELECT count(*) FROM credits c WHERE c.doc_id = d.doc_id) AS credits
            FROM documents d WHERE d.run_id = ? ORDER BY d.source_uri LIMIT 200""", [run_id])
    finally:
        con.close()
    e = html.escape
    out = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>newsprov run {e(run_id)}</title>"
           f"<style>{_CSS}</style></head><body>",
           f"<h1>newsprov validation report</h1><p class='meta'>run <code>{e(run_id)}</code> · "
           f"{e(s['code_version'])} · status {e(s['status'])}</p>",
           "<div class='cards'>"]
    for label, value in (("inputs seen", s["inputs_seen"]), ("documents loaded", s["documents_loaded"]),
                         ("quarantined", s["quarantined"]), ("failed errors", s["validation_errors"]),
                         ("failed warnings", s["validation_warnings"])):
        out.append(f"<div class='card'><b>{value}</b>{e(label)}</div>")
    out.append("</div><h2>Rows loaded</h2><table><tr><th>table</th><th>rows</th></tr>")
    out += [f"<tr><td>{e(t)}</td><td>{n}</td></tr>" for t, n in s["rows"].items()]
    out.append("</table>")
    if s["quarantine"]:
        out.append("<h2>Quarantined inputs</h2><table><tr><th>input</th><th>reason</th><th>how to fix</th></tr>")
        out += [f"<tr><td><code>{e(q['source_uri'])}</code></td><td>{e(q['reason'])}</td><td>{e(q['message'])}</td></tr>"
                for q in s["quarantine"]]
        out.append("</table>")
    out.append("<h2>Expectations</h2><table><tr><th>result</th><th>suite</th><th>expectation</th>"
               "<th>checked</th><th>failing</th><th>failing rows (document, span)</th></tr>")
    for r in results:
        cls = "pass" if r["success"] else f"fail-{r['severity']}"
        verdict = "pass" if r["success"] else r["severity"]
        rows = json.loads(r["failing_rows"] or "[]")
        detail = ""
        if rows:
            items = []
            for row in rows[:MAX_ROWS_SHOWN]:
                doc = docs.get(row.get("doc_id"))
                name = doc["source_uri"].rsplit("/", 1)[-1] if doc else str(row.get("doc_id", ""))[:12]
                start, end = row.get("char_start"), row.get("char_end")
                snippet = ""
                if doc and start is not None and end is not None:
                    snippet = f" <span class='span'>{e(doc['text'][start:end][:160])}</span>"
                extra = {k: v for k, v in row.items() if k not in ("doc_id", "char_start", "char_end")}
                span = f" [{start}:{end}]" if start is not None else ""
                items.append(f"<li><code>{e(name)}{span}</code>{snippet} <span class='meta'>{e(json.dumps(extra, default=str))}</span></li>")
            more = r["failing_rows_total"] - min(len(rows), MAX_ROWS_SHOWN)
            tail = f"<li>… and {more} more</li>" if more > 0 else ""
            detail = f"<details><summary>{len(rows)} shown</summary><ul>{''.join(items)}{tail}</ul></details>"
        out.append(f"<tr><td class='{cls}'>{e(verdict)}</td><td>{e(r['suite'])}</td><td>{e(r['description'] or r['expectation'])}"
                   f"<br><code>{e(r['expectation'])}({e(r['column'] or '')})</code></td><td>{r['element_count']}</td>"
                   f"<td>{r['unexpected_count']}</td><td>{detail}</td></tr>")
    out.append("</table><h2>Documents</h2><table><tr><th>document</th><th>published</th><th>publisher</th>"
               "<th>dates</th><th>attributions</th><th>anonymous</th><th>credits</th></tr>")
    for d in per_doc:
        out.append(f"<tr><td><code>{e(d['source_uri'].rsplit('/', 1)[-1])}</code></td><td>{e(str(d['published_at'] or '—'))}</td>"
                   f"<td>{e(d['publisher'] or '—')}</td><td>{d['dates']}</td><td>{d['attributions']}</td>"
                   f"<td>{d['anonymous']}</td><td>{d['credits']}</td></tr>")
    out.append(f"</table><p class='meta'>warehouse: <code>{e(s['warehouse'])}</code></p></body></html>")
    return "\n".join(out)
