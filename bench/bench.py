"""newsprov's benchmark: the whole flow against a bare spaCy pass over the same texts, in the same run.

    python bench/bench.py --corpus ../shared/corpora/polnear/train/text [--docs 840] [--small 84]

Prints, each measured here and now (never compared with numbers from another machine or day):
  - bare spaCy ``nlp.pipe`` throughput (same model, same process count as the flow);
  - the flow's throughput (ingest, parse, extract, Parquet, GX, DuckDB, Prefect) and its ratio to bare spaCy;
  - the time to the first staged batch;
  - peak memory (main process and worker processes) for a small and a full run: flat means streaming works;
  - the date tagger's and the attribution extractor's own cost next to the parse they run on.
Each flow run happens in a fresh subprocess so its peak memory is its own.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from newsprov.pipeline import DEFAULT_BATCH_SIZE  # noqa: E402


def make_corpus(src: Path, dst: Path, n: int) -> list[Path]:
    """Copy the first ``n`` texts, with sidecars from PolNeAR's metadata.tsv when it is there."""
    meta: dict[str, dict] = {}
    tsv = src.parent.parent / "metadata.tsv"
    if tsv.exists():
        with tsv.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                meta[row["filename"]] = {"published_at": row["publication_date"], "publisher": row["publisher"],
                                         "byline": row["author"] if row["author"] not in ("", "None") else None}
    dst.mkdir(parents=True, exist_ok=True)
    files = sorted(src.glob("*.txt"))[:n]
    for f in files:
        shutil.copy(f, dst / f.name)
        m = meta.get(f.stem)
        if m:
            (dst / f"{f.stem}.meta.json").write_text(json.dumps({k: v for k, v in m.items() if v}), encoding="utf-8")
    return [dst / f.name for f in files]


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def bare_spacy(texts: list[str], n_process: int) -> float:
    from newsprov import nlp

    model = nlp.load()
    start = time.perf_counter()
    for _ in model.pipe(texts, batch_size=32, n_process=n_process):
        pass
    return time.perf_counter() - start


def child_run(folder: str, warehouse: str, workers: int, batch_size: int) -> None:
    """Runs inside a subprocess: the flow over ``folder``; prints a JSON line with timings and peak memory."""
    from newsprov.cli import prefect_environment

    prefect_environment(ROOT)
    from newsprov_flows.newsprov_flow import newsprov_run

    start = time.perf_counter()
    summary = newsprov_run(paths=[folder], warehouse_path=warehouse, workers=workers, batch_size=batch_size)
    wall = time.perf_counter() - start
    print(json.dumps({
        "wall_seconds": wall, "flow_seconds": summary["total_seconds"], "extract_seconds": summary["extract_seconds"],
        "first_batch_seconds": summary["first_batch_seconds"], "documents": summary["documents_loaded"],
        "quarantined": summary["quarantined"],
        "peak_rss_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "peak_rss_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }))


def flow_in_subprocess(folder: Path, warehouse: Path, workers: int, batch_size: int) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", str(folder), "--warehouse", str(warehouse),
                           "--workers", str(workers), "--batch-size", str(batch_size)],
                          capture_output=True, text=True, env=os.environ.copy())
    if proc.returncode != 0:
        sys.exit(f"flow run failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def extractor_costs(texts: list[str]) -> dict[str, float]:
    """Seconds for one process to parse ``texts``, and for each extractor on top of that parse."""
    from newsprov import nlp
    from newsprov.extract import attributions, blocks, credits, dates, entities
    from newsprov.extract.article import Article

    model = nlp.load()
    start = time.perf_counter()
    docs = list(model.pipe(texts, batch_size=32))
    costs = {"parse": time.perf_counter() - start}
    articles = []
    start = time.perf_counter()
    for text, doc in zip(texts, docs):
        layout = blocks.segment(text)
        articles.append(Article(text=text, published_at=None, blocks=layout.blocks, nlp=doc))
    costs["blocks"] = time.perf_counter() - start
    import datetime as dt

    for a in articles:
        a.published_at = dt.date(2016, 6, 1)
    for name, fn in (("dates", dates.extract), ("attributions", attributions.extract), ("entities", entities.extract)):
        start = time.perf_counter()
        out = [fn(a) for a in articles]
        costs[name] = time.perf_counter() - start
        if name == "attributions":
            attrs = out
    start = time.perf_counter()
    for a, at in zip(articles, attrs):
        credits.extract(a, at)
    costs["credits"] = time.perf_counter() - start
    return costs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpora/polnear/train/text")
    parser.add_argument("--docs", type=int, default=840, help="documents in the full run")
    parser.add_argument("--small", type=int, default=84, help="documents in the small run (memory check)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE, help="documents per flow task")
    parser.add_argument("--extractor-docs", type=int, default=200, help="documents for the per-extractor costs")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--warehouse", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_run(args.child, args.warehouse, args.workers, args.batch_size)
        return 0
    if not args.corpus.exists():
        sys.exit(f"{args.corpus} not found: pass --corpus FOLDER_OF_TXT")

    tmp = Path(tempfile.mkdtemp(prefix="newsprov-bench-"))
    try:
        full = make_corpus(args.corpus, tmp / "full", args.docs)
        small = make_corpus(args.corpus, tmp / "small", args.small)
        texts = [p.read_text(encoding="utf-8") for p in full]
        n_words = words(texts)
        print(f"corpus: {len(full)} documents, {n_words:,} words ({args.corpus}); {args.workers} processes")

        spacy_s = bare_spacy(texts, args.workers)
        spacy_wps = n_words / spacy_s
        print(f"bare spaCy nlp.pipe (n_process={args.workers}): {spacy_s:7.1f} s  {spacy_wps:8,.0f} words/s")

        small_run = flow_in_subprocess(tmp / "small", tmp / "small-wh" / "w.duckdb", args.workers, args.batch_size)
        full_run = flow_in_subprocess(tmp / "full", tmp / "full-wh" / "w.duckdb", args.workers, args.batch_size)
        flow_wps = n_words / full_run["flow_seconds"]
        print(f"newsprov flow (whole run):          {full_run['flow_seconds']:7.1f} s  {flow_wps:8,.0f} words/s"
              f"   ratio flow/spaCy throughput = {flow_wps / spacy_wps:.2f}"
              f"   (pipeline overhead = {full_run['flow_seconds'] / spacy_s - 1:+.0%} of the spaCy time)")
        print(f"  of which extract+validate+stage:  {full_run['extract_seconds']:7.1f} s; "
              f"load+report {full_run['flow_seconds'] - full_run['extract_seconds']:.1f} s; "
              f"process wall incl. Prefect start-up {full_run['wall_seconds']:.1f} s")
        print(f"time to first staged batch:         {full_run['first_batch_seconds']:7.1f} s")
        for label, r in (("small", small_run), ("full", full_run)):
            print(f"peak memory, {label:>5} run ({r['documents']:4d} docs): main {r['peak_rss_main_mb']:6.0f} MB,"
                  f" largest worker {r['peak_rss_worker_mb']:6.0f} MB")
        growth = full_run["peak_rss_main_mb"] / small_run["peak_rss_main_mb"]
        print(f"  main-process peak, full/small = {growth:.2f} for {len(full) / len(small):.0f}x the documents")

        sub = texts[: args.extractor_docs]
        costs = extractor_costs(sub)
        sw = words(sub)
        print(f"per-extractor cost, one process, {len(sub)} documents ({sw:,} words):")
        print(f"  spaCy parse        {costs['parse']:6.2f} s  {sw / costs['parse']:9,.0f} words/s")
        for name in ("blocks", "dates", "attributions", "entities", "credits"):
            print(f"  {name:<18} {costs[name]:6.2f} s  {sw / max(costs[name], 1e-9):9,.0f} words/s"
                  f"   = {costs[name] / costs['parse']:.3f} x parse")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
