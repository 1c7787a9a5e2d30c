"""The command line documents itself and answers bad requests in plain words."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from newsprov import cli


def _help(argv: list[str], capsys) -> str:
    with pytest.raises(SystemExit):
        cli.main([*argv, "--help"])
    return capsys.readouterr().out


@pytest.mark.parametrize("argv", [[], ["run"], ["evaluate"], ["evaluate", "gold"], ["evaluate", "timeml"],
                                  ["evaluate", "polnear"], ["evaluate", "credits"],
                                  ["evaluate", "sources"]])
def test_every_command_ends_its_help_with_an_example(argv: list[str], capsys) -> None:
    out = _help(argv, capsys).rstrip()
    assert re.search(r"^examples?:", out, re.MULTILINE)
    last = out.splitlines()[-1].strip()
    assert re.match(r"^(examples?: )?newsprov \S+", last), last  # a whole command, not a wrapped fragment


def test_a_missing_path_is_one_plain_line(tmp_path: Path, capsys) -> None:
    assert cli.main(["run", str(tmp_path / "nope"), "--warehouse", str(tmp_path / "w.duckdb")]) == 2
    err = capsys.readouterr().err
    assert err == f"newsprov: error: {tmp_path / 'nope'} does not exist: give article files or folders that hold them\n"


def test_a_busy_warehouse_is_reported_before_any_work(tmp_path: Path, seed_dir: Path, lock_holder) -> None:
    wh = tmp_path / "w.duckdb"
    with lock_holder(wh):
        proc = subprocess.run([sys.executable, "-m", "newsprov.cli", "run", str(seed_dir), "--warehouse", str(wh)],
                              capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith(f"newsprov: error: The warehouse {wh} is in use by another newsprov run")


@pytest.mark.parametrize("make_target, words", [
    (lambda tmp: tmp / "file-not-dir" / "w.duckdb", "choose a writable place with --warehouse FILE"),
    (lambda tmp: tmp / "garbage.duckdb", "cannot be opened as a DuckDB 2.x warehouse"),
])
def test_an_unusable_warehouse_is_one_plain_line(tmp_path: Path, seed_dir: Path, capsys, make_target, words) -> None:
    (tmp_path / "file-not-dir").write_text("a file where a folder should be", encoding="utf-8")
    (tmp_path / "garbage.duckdb").write_bytes(b"this is not a database")
    target = make_target(tmp_path)
    assert cli.main(["run", str(seed_dir), "--warehouse", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsprov: error: ") and words in err and err.count("\n") == 1


def test_evaluating_a_missing_gold_file_is_one_plain_line(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "nope.gold.json"
    assert cli.main(["evaluate", "gold", str(missing)]) == 2
    assert capsys.readouterr().err == (f"newsprov: error: cannot read {missing}: No such file or directory; check the "
                                       "path (`newsprov evaluate gold --help` shows what it expects)\n")
