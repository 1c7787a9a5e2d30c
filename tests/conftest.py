"""Shared fixtures. Prefect's test harness starts once per session, and only for the tests that use it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED_DIR = ROOT / "tests" / "cases" / "seed"
SEED_NAME = "000_23bbeb1b2b9d435b"
CORPORA = ROOT.parent / "shared" / "corpora"

os.environ.setdefault("PREFECT_HOME", str(ROOT / ".prefect"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


def pytest_collection_modifyitems(config, items):
    if CORPORA.exists():
        return
    skip = pytest.mark.skip(reason=f"{CORPORA} is not here")
    for item in items:
        if "corpus" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def prefect_harness():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def seed_dir(tmp_path: Path) -> Path:
    """A folder with the seed article and its sidecar."""
    d = tmp_path / "articles"
    d.mkdir()
    for suffix in (".txt", ".meta.json"):
        shutil.copy(SEED_DIR / f"{SEED_NAME}{suffix}", d / f"{SEED_NAME}{suffix}")
    return d


@pytest.fixture
def lock_holder():
    """Start another process that holds a warehouse's writer lock (or, with duckdb=True, an open DuckDB writer)."""
    import contextlib
    import subprocess
    import sys
    import textwrap

    @contextlib.contextmanager
    def hold(path: Path, duckdb: bool = False):
        body = (f"import duckdb, time\ncon = duckdb.connect({str(path)!r})\nprint('held', flush=True)\ntime.sleep(120)"
                if duckdb else textwrap.dedent(f"""
                    import time
                    from newsprov import warehouse
                    with warehouse.writer_lock({str(path)!r}):
                        print("held", flush=True)
                        time.sleep(120)
                """))
        proc = subprocess.Popen([sys.executable, "-c", body], stdout=subprocess.PIPE, text=True)
        try:
            assert proc.stdout.readline().strip() == "held"
            yield proc
        finally:
            proc.kill()
            proc.wait()

    return hold


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    import json

    return json.loads((SEED_DIR / f"{SEED_NAME}.gold.json").read_text(encoding="utf-8"))
