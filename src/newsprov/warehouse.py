"""The DuckDB warehouse: schema from schema.py, one transaction per run, idempotent loads.

A run's staged Parquet files land in one transaction: every table, the run record and its validation
results together, or nothing. Documents are keyed by ``doc_id`` (the sha256 of their raw bytes): loading a
document again replaces its rows (the newest run's extraction wins; ``runs`` keeps the history), so
re-running the same input adds no duplicate rows.

DuckDB allows one writing process per file. ``writer_lock`` takes an OS lock beside the database first, so
a second newsprov run is told at once, in plain words, instead of failing late.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pyarrow as pa

from newsprov.errors import NewsprovError, WarehouseLockedError
from newsprov.schema import ALL_TABLES, DERIVED_TABLES, arrow_schema, duckdb_ddl, duckdb_type

DEFAULT_WAREHOUSE = Path("warehouse") / "newsprov.duckdb"
DOC_TABLES = ("documents", *DERIVED_TABLES)
VIEWS_FILE = "views.sql"

_held: dict[str, int] = {}  # lock path -> open fd, for locks this process holds


def _locked_message(path: Path, holder: str) -> str:
    return (f"The warehouse {path} is in use by another newsprov run ({holder}). DuckDB allows one writer "
            "per file: wait for that run to finish, or load into another file with --warehouse OTHER.duckdb.")


@contextlib.contextmanager
def writer_lock(path: str | Path) -> Iterator[None]:
    """Hold the warehouse's writer lock (re-entrant within a process); WarehouseLockedError if taken."""
    path = Path(path)
    lock_path = str(path.with_name(path.name + ".lock"))
    if lock_path in _held:
        yield
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise NewsprovError(f"cannot write next to the warehouse {path} ({exc.strerror}): "
                            "choose a writable place with --warehouse FILE") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "unknown process"
        os.close(fd)
        raise WarehouseLockedError(_locked_message(path, holder)) from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"pid {os.getpid()}".encode(), 0)
    _held[lock_path] = fd
    try:
        yield
    finally:
        del _held[lock_path]
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection with no extension auto-install (no network here); a clear error when the file is locked."""
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    config = {"autoinstall_known_extensions": "false", "autoload_known_extensions": "false"}
    try:
        return duckdb.connect(str(path), read_only=read_only, config=config)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise WarehouseLockedError(_locked_message(path, "another DuckDB process")) from None
        raise NewsprovError(f"{path} cannot be opened as a DuckDB 2.x warehouse ({exc}). Give --warehouse a new "
                            "file name, or a file newsprov (DuckDB 2.x) wrote; DuckDB 1.x files must be exported "
                            "and re-imported.") from None


def check(path: str | Path) -> None:
    """Open the warehouse once and make sure its schema is there: fail before a run does its work, not after."""
    con = connect(path)
    try:
        ensure_schema(con)
    finally:
        con.close()


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create missing tables, add columns a newer schema declares, and (re)create the analytics views."""
    for table in ALL_TABLES:
        con.execute(duckdb_ddl(table))
        have = {r[0] for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()}
        for f in arrow_schema(table):
            if f.name not in have:  # added by a newer schema: older rows get NULL
                con.execute(f'ALTER TABLE "{table}" ADD COLUMN "{f.name}" {duckdb_type(f)}')
    views = Path(__file__).with_name(VIEWS_FILE)
    if views.exists():
        con.execute(views.read_text(encoding="utf-8"))


def _columns(table: str) -> str:
    return ", ".join(f'"{f.name}"' for f in arrow_schema(table))


def load_run(path: str | Path, staged: dict[str, list[Path]], run_row: pa.Table,
             validation: pa.Table) -> dict[str, int]:
    """Load one run's staged Parquet files, run record and validation results in one transaction.

    ``staged`` maps table name -> Parquet files. Returns rows inserted per table.
    """
    counts: dict[str, int] = {}
    with writer_lock(path):
        con = connect(path)
        try:
            ensure_schema(con)
            con.execute("BEGIN TRANSACTION")
            try:
                files = {t: [str(p) for p in staged.get(t, [])] for t in (*DOC_TABLES, "quarantine")}
                if files["documents"]:
                    con.execute("CREATE TEMP TABLE _run_docs AS SELECT DISTINCT doc_id FROM read_parquet(?)",
                                [files["documents"]])
                    for table in DOC_TABLES:  # a document loaded again replaces its earlier rows
                        con.execute(f'DELETE FROM "{table}" WHERE doc_id IN (SELECT doc_id FROM _run_docs)')
                if files["quarantine"]:
                    con.execute("CREATE TEMP TABLE _run_q AS SELECT source_uri, sha256 FROM read_parquet(?)",
                                [files["quarantine"]])
                    con.execute('DELETE FROM quarantine q USING _run_q r WHERE q.source_uri = r.source_uri '
                                'AND q.sha256 IS NOT DISTINCT FROM r.sha256')
                for table, paths in files.items():
                    if not paths:
                        counts[table] = 0
                        continue
                    cols = _columns(table)
                    n = con.execute(f'INSERT INTO "{table}" ({cols}) SELECT {cols} FROM read_parquet(?, union_by_name=true)',
                                    [paths]).fetchone()
                    counts[table] = int(n[0]) if n else 0
                for table, arrow in (("runs", run_row), ("validation_results", validation)):
                    con.register("_incoming", arrow)
                    cols = _columns(table)
                    con.execute(f'INSERT INTO "{table}" ({cols}) SELECT {cols} FROM _incoming')
                    con.unregister("_incoming")
                    counts[table] = arrow.num_rows
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
            finally:
                con.execute("DROP TABLE IF EXISTS _run_docs")
                con.execute("DROP TABLE IF EXISTS _run_q")
        finally:
            con.close()
    return counts


def record_failed_run(path: str | Path, run_row: pa.Table) -> None:
    """Record a run that did not load (its data is not in the warehouse, its failure is)."""
    with writer_lock(path):
        con = connect(path)
        try:
            ensure_schema(con)
            con.register("_incoming", run_row)
            cols = _columns("runs")
            con.execute(f'INSERT INTO runs ({cols}) SELECT {cols} FROM _incoming')
        finally:
            con.close()
