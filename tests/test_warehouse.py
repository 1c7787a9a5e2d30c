"""DuckDB loading: one transaction per run, idempotent, one writer at a time with a clear message."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newsprov import warehouse
from newsprov.errors import WarehouseLockedError
from newsprov.pipeline import discover, process_items
from newsprov.run import RunState
from newsprov.schema import ALL_TABLES, arrow_schema


def _stage_and_load(paths: list[Path], wh: Path, run_id: str) -> RunState:
    state = RunState(run_id=run_id, warehouse_path=wh, parameters={"paths": [str(p) for p in paths]})
    items = list(discover(paths))
    state.stage(0, len(items), process_items(items, run_id, state.code_version), validate=False)
    state.load()
    return state


def _count(wh: Path, table: str) -> int:
    con = warehouse.connect(wh, read_only=True)
    try:
        return con.sql(f'SELECT count(*) AS n FROM "{table}"').to_arrow_table().column("n")[0].as_py()
    finally:
        con.close()


def test_ddl_matches_the_declared_schema(tmp_path: Path) -> None:
    con = warehouse.connect(tmp_path / "w.duckdb")
    warehouse.ensure_schema(con)
    for table in ALL_TABLES:
        cols = [r[0] for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
            [table]).fetchall()]
        assert cols == arrow_schema(table).names
    con.close()


def test_loading_the_same_input_twice_adds_no_rows(seed_dir: Path, tmp_path: Path) -> None:
    wh = tmp_path / "w.duckdb"
    _stage_and_load([seed_dir], wh, "run-a")
    first = {t: _count(wh, t) for t in warehouse.DOC_TABLES}
    assert first["documents"] == 1 and first["blocks"] > 0
    _stage_and_load([seed_dir], wh, "run-b")
    assert {t: _count(wh, t) for t in warehouse.DOC_TABLES} == first
    assert _count(wh, "runs") == 2


def test_a_run_that_fails_mid_load_leaves_nothing(seed_dir: Path, tmp_path: Path) -> None:
    wh = tmp_path / "w.duckdb"
    state = RunState(run_id="run-x", warehouse_path=wh, parameters={})
    items = list(discover([seed_dir]))
    state.stage(0, len(items), process_items(items, "run-x", state.code_version), validate=False)
    # Corrupt one staged file that is loaded after others: the transaction must roll everything back.
    broken = state.staged["entities"][0]
    broken.write_bytes(b"not parquet at all")
    with pytest.raises(Exception):
        state.load()
    for table in (*warehouse.DOC_TABLES, "runs", "validation_results"):
        assert _count(wh, table) == 0, table


def test_staged_parquet_has_the_declared_schema(seed_dir: Path, tmp_path: Path) -> None:
    state = RunState(run_id="run-p", warehouse_path=tmp_path / "w.duckdb", parameters={})
    items = list(discover([seed_dir]))
    state.stage(0, len(items), process_items(items, "run-p", state.code_version), validate=False)
    for table, files in state.staged.items():
        for f in files:
            assert pq.read_schema(f).names == arrow_schema(table).names


def test_a_second_writer_is_told_plainly(tmp_path: Path, lock_holder) -> None:
    wh = tmp_path / "w.duckdb"
    with lock_holder(wh) as holder:
        with pytest.raises(WarehouseLockedError) as exc:
            with warehouse.writer_lock(wh):
                pass
        assert "in use by another newsprov run" in str(exc.value) and f"pid {holder.pid}" in str(exc.value)
        assert "--warehouse" in str(exc.value)
    with warehouse.writer_lock(wh):  # free again once the holder is gone
        pass


def test_a_foreign_duckdb_writer_is_told_plainly(tmp_path: Path, lock_holder) -> None:
    wh = tmp_path / "w.duckdb"
    with lock_holder(wh, duckdb=True):
        with pytest.raises(WarehouseLockedError) as exc:
            warehouse.connect(wh)
        assert "wait for that run to finish" in str(exc.value)
