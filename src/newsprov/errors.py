"""One exception root. Every message says what went wrong and how to fix it."""

from __future__ import annotations


class NewsprovError(Exception):
    """Root of every error newsprov raises on purpose."""


class InputError(NewsprovError):
    """An input article cannot be read. The run quarantines it and goes on.

    ``reason`` is a short machine-readable code (``empty``, ``binary``, ``invalid_utf8``, ...);
    the message says what to do about it.
    """

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class WarehouseLockedError(NewsprovError):
    """Another process is writing to the DuckDB warehouse."""
