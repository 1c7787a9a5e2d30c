"""One run's state between the flow's steps: staging, de-duplication, validation, the run record.

Batches arrive from worker processes as Arrow tables; ``RunState.stage`` writes them as Parquet under the
run's staging folder (written to a temporary name, then renamed), validates them, and keeps counts. The
flow calls ``load`` once at the end: the whole run lands in one DuckDB transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from newsprov import warehouse
from newsprov.lineage import code_version
from newsprov.schema import DERIVED_TABLES, Quarantine, Run, row_dict, to_arrow

STAGED_TABLES = ("documents", *DERIVED_TABLES, "quarantine")


@dataclass
class BatchSummary:
    batch: int
    inputs: int
    documents: int
    quarantined: int
    rows: dict[str, int]


@dataclass
class RunState:
    run_id: str
    warehouse_path: Path
    parameters: dict[str, Any]
    code_version: str = field(default_factory=code_version)
    started_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))
    validator: Any = None  # newsprov.validate.Validator, created on first use (GX is slow to import)
    staged: dict[str, list[Path]] = field(default_factory=lambda: {t: [] for t in STAGED_TABLES})
    seen: dict[str, str] = field(default_factory=dict)  # doc_id -> source_uri of its first occurrence
    inputs_seen: int = 0
    documents: int = 0
    quarantined: int = 0
    quarantine_reasons: dict[str, int] = field(default_factory=dict)
    clock_start: float = field(default_factory=time.perf_counter)
    first_batch_seconds: float | None = None  # time from the run's start to its first staged batch
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def staging_dir(self) -> Path:
        return self.warehouse_path.parent / "runs" / self.run_id

    @property
    def blob_dir(self) -> Path:
        """Raw input bytes, content-addressed by sha256: the lineage of every document."""
        return self.warehouse_path.parent / "blobs"

    def stage(self, batch: int, inputs: int, tables: dict[str, pa.Table], validate: bool = True) -> BatchSummary:
        """De-duplicate against earlier batches, write Parquet, validate; thread-safe."""
        with self._lock:
            tables = self._drop_duplicates(tables)
            rows = {}
            for name in STAGED_TABLES:
                t = tables[name]
                rows[name] = t.num_rows
                if t.num_rows:
                    self.staged[name].append(_write_parquet(self.staging_dir / name / f"part-{batch:05d}.parquet", t))
            if validate:
                if self.validator is None:
                    from newsprov.validate import Validator

                    self.validator = Validator()
                self.validator.validate(tables)
            if self.first_batch_seconds is None:
                self.first_batch_seconds = time.perf_counter() - self.clock_start
            docs, quarantined = tables["documents"].num_rows, tables["quarantine"].num_rows
            self.inputs_seen += inputs
            self.documents += docs
            self.quarantined += quarantined
            for reason in tables["quarantine"].column("reason").to_pylist():
                self.quarantine_reasons[reason] = self.quarantine_reasons.get(reason, 0) + 1
            return BatchSummary(batch, inputs, docs, quarantined, rows)

    def _drop_duplicates(self, tables: dict[str, pa.Table]) -> dict[str, pa.Table]:
        """A document whose bytes an earlier batch already brought is loaded once; the copy is quarantined."""
        dupes = {}
        for doc_id, uri in zip(tables["documents"].column("doc_id").to_pylist(),
                               tables["documents"].column("source_uri").to_pylist()):
            if doc_id in self.seen:
                dupes[doc_id] = uri
            else:
                self.seen[doc_id] = uri
        if not dupes:
            return tables
        keep = {}
        for name, t in tables.items():
            if name == "quarantine":
                keep[name] = t
                continue
            keep[name] = t.filter(pc.invert(pc.is_in(t.column("doc_id"), pa.array(list(dupes)))))
        extra = [row_dict(Quarantine(uri, doc_id, "duplicate",
                                     f"same bytes as {self.seen[doc_id]}: loaded once, as document {doc_id[:12]}",
                                     None, self.run_id)) for doc_id, uri in dupes.items()]
        keep["quarantine"] = pa.concat_tables([tables["quarantine"], to_arrow("quarantine", extra)])
        return keep

    def validation_rows(self):
        return self.validator.results(self.run_id) if self.validator is not None else []

    def run_row(self, status: str, validation_errors: int, validation_warnings: int) -> pa.Table:
        run = Run(run_id=self.run_id, started_at=self.started_at, ended_at=dt.datetime.now(dt.timezone.utc),
                  status=status, code_version=self.code_version, parameters=json.dumps(self.parameters, default=str),
                  inputs_seen=self.inputs_seen, documents_loaded=self.documents, quarantined=self.quarantined,
                  validation_errors=validation_errors, validation_warnings=validation_warnings)
        return to_arrow("runs", [row_dict(run)])

    def load(self) -> dict[str, int]:
        """Everything staged, the run record and the validation results, in one transaction."""
        from newsprov.validate import failed_counts, results_table

        results = self.validation_rows()
        errors, warnings = failed_counts(results)
        return warehouse.load_run(self.warehouse_path, self.staged, self.run_row("completed", errors, warnings),
                                  results_table(results))


def _write_parquet(path: Path, table: pa.Table) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)
    return path
