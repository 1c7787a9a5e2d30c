"""From input paths to Arrow tables, batch by batch. No Prefect here: the flow only orders these steps.

``discover`` lists work items (one per file, one per feed line) lazily; ``process_items`` reads, parses and
extracts a batch of them into Arrow tables with lineage; ``BatchProcessor`` spreads batches over worker
processes (spaCy is CPU-bound: one worker per core, each loads the model once).
"""

from __future__ import annotations

import multiprocessing
import os
import traceback
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from newsprov import nlp as nlp_model
from newsprov.errors import InputError
from newsprov.extract.document import EXTRACTORS, extract_document
from newsprov.ingest import RawDocument, sha256
from newsprov.ingest import readers
from newsprov.schema import DERIVED_TABLES, Document, Quarantine, row_dict, to_arrow

NLP_BATCH_SIZE = 32
DEFAULT_BATCH_SIZE = 64  # documents per flow task (GX costs ~0.5 s a batch: fewer, larger batches)
WORKER_BATCHES = 50  # batches a worker process handles before it is replaced


@dataclass(slots=True)
class WorkItem:
    """One input to read: a file, or one line of a JSON-lines feed (``raw`` holds the line's bytes)."""

    source_uri: str
    kind: str  # text, html, feed_record, unsupported
    path: str
    raw: bytes | None = None
    record: int | None = None


def discover(paths: Iterable[str | Path]) -> Iterator[WorkItem]:
    """Work items under ``paths`` (files or folders, recursively), in a stable order.

    A file named explicitly with an unknown suffix becomes an ``unsupported`` item (quarantined with its
    reason); inside folders only article files are taken (sidecars, READMEs and the like are not inputs).
    """
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for child in sorted(x for x in path.rglob("*") if x.is_file()):
                if _kind(child) is not None:
                    yield from _items(child)
        elif path.is_file():
            yield from _items(path, explicit=True)
        else:
            yield WorkItem(path.resolve().as_uri(), "missing", str(path))


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(readers.SIDECAR_SUFFIX) or name.startswith("."):
        return None
    if name.endswith(readers.TEXT_SUFFIXES):
        return "text"
    if name.endswith(readers.HTML_SUFFIXES):
        return "html"
    if name.endswith(readers.FEED_SUFFIXES):
        return "feed"
    return None


def _items(path: Path, explicit: bool = False) -> Iterator[WorkItem]:
    kind = _kind(path)
    uri = path.resolve().as_uri()
    if kind == "feed":
        with path.open("rb") as fh:
            for lineno, line in enumerate(fh, start=1):
                if line.strip():
                    yield WorkItem(f"{uri}#line={lineno}", "feed_record", str(path), line.rstrip(b"\r\n"), lineno)
    elif kind is not None:
        yield WorkItem(uri, kind, str(path))
    elif explicit:
        yield WorkItem(uri, "unsupported", str(path))


def read_item(item: WorkItem) -> RawDocument:
    """The RawDocument of a work item, or InputError saying why it cannot be one."""
    doc = _read_item(item)
    if len(doc.text) > nlp_model.MAX_TEXT_CHARS:
        where = Path(item.path).name + ("" if item.record is None else f" line {item.record}")
        raise InputError("too_long", f"{where}: its text is {len(doc.text):,} characters, over the "
                                     f"{nlp_model.MAX_TEXT_CHARS:,} the parser takes (about 1 GB of memory per "
                                     "100,000); split it into its articles")
    return doc


def _read_item(item: WorkItem) -> RawDocument:
    name = Path(item.path).name
    if item.kind == "missing":
        raise InputError("missing", f"{item.path} does not exist: check the path")
    if item.kind == "unsupported":
        raise InputError("unsupported", f"{name}: newsprov reads .txt (+ .meta.json), .html/.htm and .jsonl/.ndjson; "
                                        "rename the file or convert it")
    try:
        if item.kind == "text":
            return readers.read_text_file(Path(item.path))
        if item.kind == "html":
            return readers.read_html_file(Path(item.path))
        if item.kind == "feed_record":
            assert item.raw is not None and item.record is not None
            feed_uri = item.source_uri.split("#", 1)[0]
            return readers.read_feed_record(item.raw, f"{name} line {item.record}", feed_uri, item.record)
    except OSError as exc:
        raise InputError("unreadable", f"{item.path} cannot be read ({exc.strerror}); check its permissions") from None
    raise InputError("unsupported", f"{name}: unknown input kind {item.kind!r}")


def _raw_bytes(item: WorkItem) -> bytes | None:
    try:
        return item.raw if item.raw is not None else Path(item.path).read_bytes()
    except OSError:
        return None


def process_items(items: list[WorkItem], run_id: str, code_version: str,
                  blob_dir: str | None = None) -> dict[str, pa.Table]:
    """Read, parse and extract ``items``: every table of the schema, with lineage on every row.

    A bad input, or a document an extractor fails on, becomes a ``quarantine`` row with its reason; the
    other documents go on. Raw bytes are written content-addressed under ``blob_dir`` when given.
    """
    docs: dict[str, RawDocument] = {}  # by sha256
    quarantine: list[dict] = []
    for item in items:
        try:
            doc = read_item(item)
        except InputError as exc:
            # A bad input loses nothing: its bytes are kept like any document's, under their sha256.
            raw = _raw_bytes(item)
            digest = sha256(raw) if raw is not None else None
            if blob_dir and raw is not None:
                store_blob(blob_dir, digest, raw)
            quarantine.append(row_dict(Quarantine(item.source_uri, digest, exc.reason, str(exc), item.record,
                                                  run_id)))
            continue
        first = docs.get(doc.sha256)
        if first is not None:  # the same bytes twice: one document, and the copy says so
            quarantine.append(row_dict(Quarantine(
                doc.source_uri, doc.sha256, "duplicate",
                f"same bytes as {first.source_uri}: loaded once, as document {doc.sha256[:12]}",
                item.record, run_id)))
            continue
        docs[doc.sha256] = doc
        if blob_dir:
            store_blob(blob_dir, doc.sha256, doc.raw)

    rows: dict[str, list[dict]] = {t: [] for t in ("documents", *DERIVED_TABLES)}
    nlp = nlp_model.load()
    for doc, parsed in zip(docs.values(), _parsed(nlp, [d.text for d in docs.values()])):
        if isinstance(parsed, Exception):
            quarantine.append(row_dict(Quarantine(
                doc.source_uri, doc.sha256, "parse_failed",
                f"spaCy could not parse the text ({type(parsed).__name__}: {parsed}); this is a newsprov bug or a "
                "text spaCy cannot take: please report it with the input", doc.source_record, run_id)))
            continue
        try:
            _extract_rows(doc, parsed, run_id, code_version, rows)
        except Exception as exc:  # an extractor bug must not sink the run: quarantine and say so
            where = traceback.extract_tb(exc.__traceback__)[-1]
            quarantine.append(row_dict(Quarantine(
                doc.source_uri, doc.sha256, "extraction_failed",
                f"extraction failed ({type(exc).__name__}: {exc} at {Path(where.filename).name}:{where.lineno}); "
                "this is a newsprov bug: please report it with the input", doc.source_record, run_id)))
    tables = {t: to_arrow(t, r) for t, r in rows.items()}
    tables["quarantine"] = to_arrow("quarantine", quarantine)
    return tables


def _parsed(nlp, texts: list[str]) -> Iterator:
    """The parse of each text, in order, from one ``nlp.pipe`` as it goes (one parse held at a time); where that
    fails (one text it cannot take sinks the rest of the batch), each text not yet given, alone, and the exception
    in place of a text that still fails."""
    done = 0
    try:
        for parsed in nlp.pipe(texts, batch_size=NLP_BATCH_SIZE):
            yield parsed
            done += 1
    except Exception:  # noqa: BLE001 (any parser failure: the texts it did not break are parsed again alone)
        for text in texts[done:]:
            try:
                yield nlp(text)
            except Exception as exc:  # noqa: BLE001
                yield exc


def _extract_rows(doc: RawDocument, parsed, run_id: str, code_version: str, rows: dict[str, list[dict]]) -> None:
    meta = doc.metadata
    published = doc.published_at
    ex = extract_document(doc.text, parsed, published, meta, doc.block_hints)
    dl = ex.layout.dateline
    byline = meta.get("byline")
    if not byline and ex.layout.byline:
        byline = doc.text[ex.layout.byline[0]:ex.layout.byline[1]]
    published_origin = next((c.origin for c in doc.metadata_candidates if c.field == "published_at" and c.chosen),
                            None)
    document = Document(
        doc_id=doc.sha256, sha256=doc.sha256, source_uri=doc.source_uri, text=doc.text, published_at=published,
        publisher=meta.get("publisher"), headline=meta.get("title"), byline=byline,
        dateline=doc.text[dl[0]:dl[1]] if dl else None, language=meta.get("language"), run_id=run_id,
        input_kind=doc.input_kind, source_record=doc.source_record, dateline_start=dl[0] if dl else None,
        dateline_end=dl[1] if dl else None, url=meta.get("url"), published_at_origin=published_origin,
        dct_missing=published is None, n_chars=len(doc.text), code_version=code_version,
    )
    new: dict[str, list[dict]] = {"documents": [row_dict(document)]}
    lineage = {"doc_id": doc.sha256, "run_id": run_id}
    for table, extracted in ex.rows.items():
        module = EXTRACTORS[table]
        stamp = {**lineage, "extractor": module.NAME, "extractor_version": module.VERSION}
        new[table] = [{**stamp, **row_dict(r)} for r in extracted]
    # metadata candidates come from the reader, not an extractor
    new["metadata_candidates"] = [
        {**lineage, "extractor": readers.NAME, "extractor_version": readers.VERSION, **row_dict(c)}
        for c in doc.metadata_candidates]
    for table, r in new.items():  # all of a document's rows, or none of them
        rows[table].extend(r)


def store_blob(blob_dir: str, digest: str, data: bytes) -> Path:
    """Write ``data`` content-addressed (``blob_dir/ab/abcdef...``), atomically; existing blobs are kept."""
    path = Path(blob_dir) / digest[:2] / digest
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{digest}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    return path


# --------------------------------------------------------------------------------------------------
# Parallelism
# --------------------------------------------------------------------------------------------------


def _warm() -> None:
    nlp_model.load()


class BatchProcessor:
    """Runs ``process_items`` on worker processes, one per core, each loading the spaCy model once.

    With ``workers=1`` everything runs in this process (no start-up cost: right for a handful of articles).
    """

    def __init__(self, workers: int | None = None) -> None:
        self.workers = max(1, workers if workers is not None else (os.cpu_count() or 1))
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> BatchProcessor:
        if self.workers > 1:
            # spawn, not fork: the parent runs Prefect's threads and event loop, which fork would copy mid-flight.
            # A long-lived spaCy process grows (its string store keeps every new word): workers are
            # replaced after WORKER_BATCHES batches, so memory stays bounded over thousands of articles.
            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_warm, max_tasks_per_child=WORKER_BATCHES)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def submit(self, items: list[WorkItem], run_id: str, code_version: str,
               blob_dir: str | None = None) -> Future[dict[str, pa.Table]]:
        if self._pool is None:
            fut: Future[dict[str, pa.Table]] = Future()
            try:
                fut.set_result(process_items(items, run_id, code_version, blob_dir))
            except BaseException as exc:  # surfaced by fut.result(), like a pool future
                fut.set_exception(exc)
            return fut
        return self._pool.submit(process_items, items, run_id, code_version, blob_dir)
