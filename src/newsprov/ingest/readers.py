"""Readers for plain text with a sidecar, JSON-lines feeds and HTML pages.

Each reader turns bytes into ``RawDocument`` or raises ``InputError`` with a reason code and a message that
says how to fix the input. Readers never decide what the run does with a bad input: the caller quarantines.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
from pathlib import Path
from typing import Any

from newsprov.errors import InputError
from newsprov.ingest import RawDocument, sha256
from newsprov.schema import MetadataCandidate

TEXT_SUFFIXES = (".txt",)
FEED_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
SIDECAR_SUFFIX = ".meta.json"
NAME = "newsprov.ingest"
VERSION = "0.1.0"

METADATA_KEYS = ("published_at", "publisher", "url", "title", "byline", "language")


def parse_published_at(value: Any) -> dt.date:
    """The publication date of a metadata value: ISO 8601 date or date-time, or an RFC 2822 date.

    A date-time keeps the calendar date of its own time zone (the one its readers saw).
    """
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"published_at must be a date string, got {value!r}")
    s = value.strip()
    try:
        if len(s) == 10:
            return dt.date.fromisoformat(s)
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(s).date()
    except (TypeError, ValueError, IndexError):
        raise ValueError(
            f"published_at {value!r} is not a date: write it as ISO 8601 (2020-01-15 or 2020-01-15T09:30:00Z)"
        ) from None


def decode_text(data: bytes, where: str) -> str:
    """UTF-8 text of ``data`` exactly as it is, or InputError saying why it is not text."""
    if not data.strip():
        raise InputError("empty", f"{where} is empty: there is no article text to read")
    if b"\x00" in data[:8192]:
        raise InputError("binary", f"{where} looks like a binary file (it has NUL bytes): give newsprov UTF-8 text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            "invalid_utf8",
            f"{where} is not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 4]!r}); "
            "re-encode it as UTF-8, e.g. `iconv -f latin1 -t utf-8`",
        ) from None


def check_metadata(meta: Any, where: str) -> dt.date | None:
    """Check a metadata object (InputError if it is bad) and return its publication date (None when absent)."""
    if not isinstance(meta, dict):
        raise InputError("bad_metadata", f"{where} must be a JSON object with keys like {', '.join(METADATA_KEYS)}")
    for key in METADATA_KEYS:
        if meta.get(key) is not None and not isinstance(meta[key], str):
            raise InputError("bad_metadata", f"{where}: {key!r} must be a string, got {type(meta[key]).__name__}")
    published = None
    if meta.get("published_at") not in (None, ""):
        try:
            published = parse_published_at(meta["published_at"])
        except ValueError as exc:
            raise InputError("bad_date", f"{where}: {exc}") from None
    return published


def _candidates(meta: dict[str, Any], origin: str) -> list[MetadataCandidate]:
    return [MetadataCandidate(k, str(meta[k]), origin, True) for k in METADATA_KEYS if meta.get(k) not in (None, "")]


def read_sidecar(path: Path) -> tuple[dict[str, Any], dt.date | None]:
    """The sidecar metadata of ``path`` (NAME.txt -> NAME.meta.json) and its date; ({}, None) without one."""
    sidecar = path.with_name(path.name[: -len(path.suffix)] + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}, None
    try:
        meta = json.loads(sidecar.read_bytes().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError("bad_sidecar", f"sidecar {sidecar.name} is not valid UTF-8 JSON ({exc}); fix or remove it") from None
    return meta, check_metadata(meta, f"sidecar {sidecar.name}")


def read_text_file(path: Path) -> RawDocument:
    raw = path.read_bytes()
    text = decode_text(raw, path.name)
    meta, published = read_sidecar(path)
    return RawDocument(
        source_uri=path.resolve().as_uri(), raw=raw, sha256=sha256(raw), text=text, input_kind="text",
        metadata=meta, metadata_candidates=_candidates(meta, "sidecar"), published_at=published,
    )


def html_document(raw: bytes, html: str | bytes, source_uri: str, metadata: dict[str, Any], input_kind: str,
                  origin: str, published: dt.date | None, source_record: int | None = None) -> RawDocument:
    """A RawDocument from an HTML page; ``metadata`` (and its date ``published``) given by a feed or sidecar wins
    over what the page says."""
    from newsprov.ingest.html import parse_html  # lxml and trafilatura load only when HTML comes in

    page = parse_html(html, url=metadata.get("url"))
    merged = {k: v for k, v in page.metadata.items() if v not in (None, "")}
    candidates = list(page.metadata_candidates)
    for key in METADATA_KEYS:
        if metadata.get(key) in (None, ""):
            continue
        merged[key] = metadata[key]
        for c in candidates:  # the feed's value is the one chosen; the page's stay as candidates
            if c.field == key:
                c.chosen = False
        candidates.append(MetadataCandidate(key, str(metadata[key]), origin, True))
    if published is None and merged.get("published_at"):
        try:  # the page's own date: a candidate it found, not a promise, so one that does not parse is dropped
            published = parse_published_at(merged["published_at"])
        except ValueError:
            merged.pop("published_at")
    return RawDocument(source_uri=source_uri, raw=raw, sha256=sha256(raw), text=page.text, input_kind=input_kind,
                       metadata=merged, metadata_candidates=candidates, block_hints=page.block_hints,
                       source_record=source_record, published_at=published)


def read_html_file(path: Path) -> RawDocument:
    raw = path.read_bytes()
    if not raw.strip():
        raise InputError("empty", f"{path.name} is empty: there is no page to read")
    if b"\x00" in raw[:8192]:
        raise InputError("binary", f"{path.name} looks like a binary file (it has NUL bytes), not an HTML page")
    meta, published = read_sidecar(path)
    return html_document(raw, raw, path.resolve().as_uri(), meta, "html", "sidecar", published)


def read_feed_record(raw: bytes, where: str, uri: str, lineno: int) -> RawDocument:
    """One line of a JSON-lines feed: an object with ``text`` (or ``html``) and optional metadata keys."""
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError("invalid_utf8", f"{where} is not valid UTF-8 (byte {exc.start}); re-encode the feed") from None
    except json.JSONDecodeError as exc:
        raise InputError("bad_json", f"{where} is not valid JSON ({exc.msg} at column {exc.colno}); "
                                     "each line must be one JSON object") from None
    published = check_metadata(record, where)
    meta = {k: record[k] for k in METADATA_KEYS if k in record}
    text, html = record.get("text"), record.get("html")
    if isinstance(text, str) and text.strip():
        return RawDocument(source_uri=f"{uri}#line={lineno}", raw=raw, sha256=sha256(raw), text=text,
                           input_kind="feed", metadata=meta, metadata_candidates=_candidates(meta, "feed"),
                           source_record=lineno, published_at=published)
    if isinstance(html, str) and html.strip():
        return html_document(raw, html, f"{uri}#line={lineno}", meta, "feed", "feed", published, lineno)
    raise InputError("no_text", f"{where} has no article: give a non-empty \"text\" (or \"html\") string")
