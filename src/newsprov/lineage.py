"""Run identity and code version: what every row's lineage points at."""

from __future__ import annotations

import functools
import hashlib
import subprocess
from pathlib import Path

import newsprov

PACKAGE_DIR = Path(newsprov.__file__).resolve().parent


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """sha256 over the package's source and data files: changes whenever the code that made a row changes."""
    h = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix in {".py", ".json", ".txt", ".tsv"}:
            h.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


@functools.lru_cache(maxsize=1)
def git_revision() -> str | None:
    """The checkout's commit (with -dirty when the package has uncommitted changes), if this is a checkout."""
    try:
        rev = subprocess.run(["git", "-C", str(PACKAGE_DIR), "rev-parse", "--short=12", "HEAD"],
                             capture_output=True, text=True, timeout=5, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(PACKAGE_DIR), "status", "--porcelain", "--", "."],
                               capture_output=True, text=True, timeout=5, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return rev + ("-dirty" if dirty else "")


def code_version() -> str:
    """``newsprov 0.1.0+g<commit> src:<digest>``: the release, the commit, and a digest of the code itself."""
    rev = git_revision()
    return f"newsprov {newsprov.__version__}{'+g' + rev if rev else ''} src:{code_digest()}"
