"""The newsprov run: ingest -> extract/normalise -> validate -> load -> report, as a Prefect flow.

Each task handles a batch of documents (a task costs ~10 ms of orchestration; per-sentence tasks would
drown the work). Batches run on a pool of worker processes, one per core; at most ``workers + 1`` batches
are in flight, so memory stays flat however many documents a run has.
"""

from __future__ import annotations

import itertools
import uuid
import time
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner

from newsprov import report, warehouse
from newsprov.pipeline import DEFAULT_BATCH_SIZE, BatchProcessor, WorkItem, discover
from newsprov.run import BatchSummary, RunState

FIRST_BATCH_SIZE = 4


@task(name="extract-batch", cache_policy=NO_CACHE, retries=0)
def extract_batch(state: RunState, processor: BatchProcessor, batch: int, items: list[WorkItem],
                  validate: bool = True) -> BatchSummary:
    """Read, parse and extract one batch on a worker process, then stage and validate it here."""
    tables = processor.submit(items, state.run_id, state.code_version, str(state.blob_dir)).result()
    return state.stage(batch, len(items), tables, validate=validate)


@task(name="load-warehouse", cache_policy=NO_CACHE)
def load_warehouse(state: RunState) -> dict[str, int]:
    """The whole run in one DuckDB transaction."""
    return state.load()


@task(name="write-report", cache_policy=NO_CACHE)
def write_report(state: RunState) -> dict[str, Any]:
    """The HTML validation report, a Prefect markdown artifact, and the summary the CLI prints."""
    summary = report.run_summary(state.warehouse_path, state.run_id)
    path = report.write_html_report(state.warehouse_path, state.run_id)
    summary["report"] = str(path)
    create_markdown_artifact(key="newsprov-run-summary", markdown=report.markdown_summary(summary),
                             description=f"newsprov run {state.run_id}")
    return summary


def _extract_and_load(state: RunState, paths: list[str], batch_size: int, workers: int | None,
                      validate: bool) -> float:
    logger = get_run_logger()
    started = time.perf_counter()
    items = discover(paths)
    head = list(itertools.islice(items, batch_size))
    # A handful of articles is parsed here: starting worker processes would cost more than it saves.
    n_workers = workers if workers is not None else (None if len(head) >= batch_size else 1)
    # The first batch is small, so the first documents (and any systematic failure) show up early.
    first = max(1, min(FIRST_BATCH_SIZE, batch_size))
    with BatchProcessor(n_workers) as processor:
        in_flight = []
        batches = itertools.chain([head[:first], head[first:]],
                                  iter(lambda: list(itertools.islice(items, batch_size)), []))
        for n, batch in enumerate(b for b in batches if b):
            in_flight.append(extract_batch.submit(state, processor, n, batch, validate))
            if len(in_flight) > processor.workers:
                done = in_flight.pop(0).result()
                logger.info("batch %d: %d documents, %d quarantined", done.batch, done.documents, done.quarantined)
        for fut in in_flight:
            fut.result()
    extract_seconds = time.perf_counter() - started
    load_warehouse(state)
    return extract_seconds


@flow(name="newsprov-run", log_prints=False, task_runner=ThreadPoolTaskRunner(max_workers=4))
def newsprov_run(paths: list[str], warehouse_path: str = str(warehouse.DEFAULT_WAREHOUSE),
                 batch_size: int = DEFAULT_BATCH_SIZE, workers: int | None = None,
                 validation: bool = True) -> dict[str, Any]:
    """Run newsprov over ``paths`` (files or folders) into the DuckDB file ``warehouse_path``."""
    logger = get_run_logger()
    run_id = str(flow_run.id or uuid.uuid4())
    params = {"paths": paths, "warehouse": warehouse_path, "batch_size": batch_size, "workers": workers,
              "validation": validation}
    state = RunState(run_id=run_id, warehouse_path=Path(warehouse_path), parameters=params)
    started = time.perf_counter()
    try:
        with warehouse.writer_lock(warehouse_path):
            extract_seconds = _extract_and_load(state, paths, batch_size, workers, validation)
    except Exception:
        # Nothing of the run landed (one transaction); its failure is recorded beside the data.
        state_row = state.run_row("failed", 0, 0)
        try:
            warehouse.record_failed_run(warehouse_path, state_row)
        except Exception as exc:  # the warehouse itself may be what failed
            logger.error("could not record the failed run: %s", exc)
        raise
    summary = write_report(state)
    summary["extract_seconds"] = round(extract_seconds, 2)
    summary["first_batch_seconds"] = round(state.first_batch_seconds or 0.0, 2)
    summary["total_seconds"] = round(time.perf_counter() - started, 2)
    return summary
