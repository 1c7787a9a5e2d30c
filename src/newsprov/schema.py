"""Every table's columns, declared once.

Each table is a dataclass whose fields are the columns an extractor fills. The Arrow schema, the Parquet
files, the DuckDB DDL and the expectations' column lists are all derived from these classes; nothing else
spells a column list out.

Lineage columns are added by the pipeline, not by extractors: every derived row carries ``doc_id`` (the
sha256 of the input's raw bytes), ``run_id`` (the Prefect flow run id), and the ``extractor`` name and
``extractor_version`` that produced it, next to its own character span.

Offsets are Python string indices (code points) into ``documents.text``, end exclusive.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

# --------------------------------------------------------------------------------------------------
# Rows produced by extractors (the pipeline adds the lineage columns below)
# --------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Block:
    """A paragraph-level segment of the document text."""

    seq: int  # order of the block in the document, from 0
    kind: str  # one of BLOCK_KINDS
    char_start: int  # span in documents.text
    char_end: int
    text: str  # documents.text[char_start:char_end]


@dataclass(slots=True)
class TemporalMention:
    """A TIMEX3 temporal expression, normalised against the document creation time (DCT)."""

    char_start: int
    char_end: int
    text: str
    timex_type: str  # DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value: 2020-01-15, 2020-W02, P3Y, FUTURE_REF, XXXX-WXX-3, ...
    mod: str | None = None  # START, MID, END, APPROX, LESS_THAN, MORE_THAN, ...
    anchor: str | None = None  # what a relative value was resolved against: "DCT 2020-01-15", None if absolute
    confidence: float = 1.0
    block_kind: str | None = None  # kind of the block the mention sits in (body, caption, ...)
    tense: str | None = None  # PAST, PRESENT, FUTURE or None: tense of the governing verb


@dataclass(slots=True)
class Attribution:
    """Who said what: source, cue and content spans (a span may be absent: start/end None)."""

    source_start: int | None
    source_end: int | None
    source_text: str | None
    cue_start: int
    cue_end: int
    cue_text: str
    content_start: int | None
    content_end: int | None
    content_text: str | None  # one part (a split or continued quote, a clause around its source and cue): a row each
    # group: a population or plural members of it ("protesters"), unnamed organisations in the plural ("business
    # groups"); anonymous: one person the article does not name ("a voter"); pronoun: source_name resolved where
    # possible
    source_kind: str | None  # SOURCE_KINDS; organisation: also a campaign, a report; anonymous: an unnamed individual
    source_name: str | None = None  # fullest mention ("Pompeo": "Mike Pompeo", "the poll": "Gallup poll")
    source_role: str | None = None  # title or role given for the source ("Secretary of State")
    is_direct_quote: bool = False
    cue_type: str = "speech"  # one of CUE_TYPES: speech (said, according to), belief (expects), stance (rejected)
    anonymity_reason: str | None = None  # why the article says the source is unnamed; its phrase if it gives no why
    reason_start: int | None = None  # span of the stated anonymity reason
    reason_end: int | None = None
    confidence: float = 1.0


@dataclass(slots=True)
class Credit:
    """A photo/video credit, a byline, a wire service, or a credit to another outlet.

    A credit found in the text has its span; one known only from metadata (a feed's or page's byline)
    has ``char_start``/``char_end`` None, ``text`` the metadata value, and ``origin`` "metadata:<field>".
    """

    char_start: int | None
    char_end: int | None
    text: str
    kind: str  # one of CREDIT_KINDS
    credited_name: str | None = None  # IPTC Creator
    credited_role: str | None = None  # rank or title ("Spc.", "Managing Editor")
    credited_org: str | None = None  # agency, outlet or unit (IPTC Credit Line)
    block_seq: int | None = None  # the block (caption) the credit belongs to
    caption_title: str | None = None
    caption_date: str | None = None  # TIMEX3 value of the date in the caption, if any
    origin: str = "text"  # text, or metadata:<field> for credits known only from metadata


@dataclass(slots=True)
class Entity:
    """A named person, organisation or place."""

    char_start: int
    char_end: int
    text: str
    label: str  # PERSON, ORG, GPE, LOC, NORP, FAC


@dataclass(slots=True)
class MetadataCandidate:
    """One candidate value for a document metadata field, and where it came from."""

    field: str  # published_at, headline, byline, publisher, url, language
    value: str
    origin: str  # sidecar, feed, meta_tag, json_ld, time_element, url, body_text, htmldate_guess, ...
    chosen: bool
    note: str | None = None


# --------------------------------------------------------------------------------------------------
# Tables written by the pipeline itself
# --------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Document:
    doc_id: str  # sha256 of the input's raw bytes: the document's identity
    sha256: str  # the same digest, named for what it is; the raw bytes are kept under warehouse/blobs/
    source_uri: str  # file URI of the input (a feed line: ...feed.jsonl#line=N)
    text: str  # the decoded text exactly (a .txt input is not re-wrapped or normalised)
    published_at: dt.date | None  # publication date, the anchor of relative dates
    publisher: str | None  # outlet that published the article
    headline: str | None  # title from metadata (a page's without its site's name)
    byline: str | None  # byline from metadata, else the one found in the text
    dateline: str | None  # place of the dateline ("WASHINGTON")
    language: str | None  # language from metadata
    run_id: str  # the run that loaded this version of the document
    input_kind: str  # text, feed, html
    source_record: int | None  # line number inside a JSON-lines feed (1-based), else None
    dateline_start: int | None  # span of the dateline place in text
    dateline_end: int | None
    url: str | None  # canonical URL from metadata
    published_at_origin: str | None  # where published_at came from (sidecar, feed, meta_tag, ...)
    dct_missing: bool  # no publication date: relative dates could not be anchored
    n_chars: int  # len(text) in code points
    code_version: str  # newsprov release, commit and source digest that made the rows


@dataclass(slots=True)
class Quarantine:
    """An input that could not be turned into a document, and why."""

    source_uri: str  # the input that could not be read
    sha256: str | None  # sha256 of its raw bytes, when they could be read
    reason: str  # short code: empty, binary, invalid_utf8, bad_json, bad_sidecar, bad_date, ...
    message: str  # what went wrong and how to fix it
    source_record: int | None  # feed line number, for a feed record
    run_id: str  # the run that quarantined it


@dataclass(slots=True)
class ValidationResult:
    run_id: str  # the run validated
    suite: str  # suite name (file expectations/<suite>.json)
    expectation: str  # expectation type
    column: str | None  # column(s) checked
    severity: str  # error or warning
    success: bool  # true when no row failed (summed over the run's batches)
    element_count: int  # rows checked
    unexpected_count: int  # rows that failed
    failing_rows: str  # JSON list of {"doc_id", "char_start", "char_end"} (capped; see failing_rows_total)
    failing_rows_total: int  # how many failing rows there were in all
    description: str  # what the expectation checks, in words


@dataclass(slots=True)
class Run:
    run_id: str  # Prefect flow run id
    started_at: dt.datetime  # UTC
    ended_at: dt.datetime | None  # UTC
    status: str  # completed, failed
    code_version: str  # newsprov release, commit and source digest
    parameters: str  # JSON
    inputs_seen: int  # = documents_loaded + quarantined
    documents_loaded: int  # documents this run loaded
    quarantined: int  # inputs quarantined (reasons in quarantine)
    validation_errors: int  # failed expectations of severity error
    validation_warnings: int


BLOCK_KINDS = ("body", "caption", "caption_title", "media_blurb", "boilerplate", "dateline", "byline", "headline")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
SOURCE_KINDS = ("named_person", "organisation", "outlet", "anonymous", "group", "pronoun")
CUE_TYPES = ("speech", "belief", "stance")
CREDIT_KINDS = ("photo", "video", "byline", "wire", "outlet")

# Columns the pipeline adds to every derived row.
LINEAGE_FIELDS: tuple[tuple[str, pa.DataType], ...] = (
    ("run_id", pa.string()),
    ("extractor", pa.string()),
    ("extractor_version", pa.string()),
)

# table name -> (row class, key columns that identify a row for failing-row reports, derived?)
DERIVED_TABLES: dict[str, type] = {
    "blocks": Block,
    "temporal_mentions": TemporalMention,
    "attributions": Attribution,
    "credits": Credit,
    "entities": Entity,
    "metadata_candidates": MetadataCandidate,
}
PIPELINE_TABLES: dict[str, type] = {
    "documents": Document,
    "quarantine": Quarantine,
}
BOOK_TABLES: dict[str, type] = {
    "runs": Run,
    "validation_results": ValidationResult,
}

# --------------------------------------------------------------------------------------------------
# Derivations
# --------------------------------------------------------------------------------------------------

_ARROW_TYPES: dict[Any, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
    dt.date: pa.date32(),
    dt.datetime: pa.timestamp("us", tz="UTC"),
}


def _arrow_type(hint: Any) -> tuple[pa.DataType, bool]:
    """Map a type hint to (arrow type, nullable)."""
    nullable = False
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        nullable = len(args) < len(typing.get_args(hint))
        if len(args) != 1:
            raise TypeError(f"unsupported union {hint!r}: use `T | None`")
        hint = args[0]
    return _ARROW_TYPES[hint], nullable


def row_fields(cls: type) -> list[tuple[str, pa.DataType, bool]]:
    hints = typing.get_type_hints(cls)
    return [(f.name, *_arrow_type(hints[f.name])) for f in dataclasses.fields(cls)]


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of a warehouse table, lineage columns included."""
    if table in DERIVED_TABLES:
        cols = [pa.field("doc_id", pa.string(), nullable=False)]
        cols += [pa.field(n, t, nullable=nl) for n, t, nl in row_fields(DERIVED_TABLES[table])]
        cols += [pa.field(n, t, nullable=False) for n, t in LINEAGE_FIELDS]
        return pa.schema(cols)
    cls = {**PIPELINE_TABLES, **BOOK_TABLES}[table]
    return pa.schema([pa.field(n, t, nullable=nl) for n, t, nl in row_fields(cls)])


ALL_TABLES: tuple[str, ...] = (*PIPELINE_TABLES, *DERIVED_TABLES, *BOOK_TABLES)

_DUCK_TYPES = {
    pa.string(): "VARCHAR",
    pa.int64(): "BIGINT",
    pa.float64(): "DOUBLE",
    pa.bool_(): "BOOLEAN",
    pa.date32(): "DATE",
    pa.timestamp("us", tz="UTC"): "TIMESTAMPTZ",
}


def duckdb_type(f: pa.Field) -> str:
    return _DUCK_TYPES[f.type]


def duckdb_ddl(table: str) -> str:
    """CREATE TABLE statement derived from the Arrow schema."""
    cols = ",\n  ".join(
        f'"{f.name}" {duckdb_type(f)}{"" if f.nullable else " NOT NULL"}' for f in arrow_schema(table)
    )
    return f'CREATE TABLE IF NOT EXISTS "{table}" (\n  {cols}\n)'


def to_arrow(table: str, rows: list[dict[str, Any]]) -> pa.Table:
    """Rows (dicts with every column of the table) as an Arrow table with the declared schema."""
    return pa.Table.from_pylist(rows, schema=arrow_schema(table))


def row_dict(row: Any) -> dict[str, Any]:
    """A row dataclass as a dict (slots dataclasses have no __dict__)."""
    return {f.name: getattr(row, f.name) for f in dataclasses.fields(row)}


TABLE_PURPOSE = {
    "documents": "one row per input article; `text` is what every offset indexes into",
    "quarantine": "inputs that could not become documents, with the reason and how to fix them",
    "blocks": "paragraph-level segments: body, caption, caption_title, media_blurb, boilerplate, ...",
    "temporal_mentions": "TIMEX3 temporal expressions resolved against `published_at`",
    "attributions": "who said what: source, cue and content spans",
    "credits": "photo/video credits (IPTC Creator = `credited_name`, Credit Line = `credited_org`), bylines, "
               "wires, outlet credits",
    "entities": "people, organisations and places (spaCy NER)",
    "metadata_candidates": "every candidate value of a metadata field and where it came from",
    "runs": "one row per run (run id = Prefect flow run id)",
    "validation_results": "one row per expectation and run; `failing_rows` lists documents and spans",
}


def _field_comments(cls: type) -> dict[str, str]:
    """Inline ``# comments`` of a row class's fields, read from its source."""
    import inspect
    import re

    out = {}
    for line in inspect.getsource(cls).splitlines():
        m = re.match(r"\s+(\w+): [^#]*?(?:#\s*(.*))?$", line)
        if m and m.group(2):
            out[m.group(1)] = m.group(2).strip()
    return out


def markdown_tables() -> str:
    """The README's table reference, derived from the declared schemas (``python -m newsprov.schema``)."""
    lineage = {"doc_id": "sha256 of the input's raw bytes (the document)", "run_id": "the run that wrote the row",
               "extractor": "name of the code that produced the row", "extractor_version": "its version"}
    out = []
    for table in ALL_TABLES:
        cls = {**DERIVED_TABLES, **PIPELINE_TABLES, **BOOK_TABLES}[table]
        notes = {**lineage, **_field_comments(cls)} if table in DERIVED_TABLES else _field_comments(cls)
        out.append(f"#### `{table}`: {TABLE_PURPOSE[table]}\n")
        out.append("| column | type | notes |\n|---|---|---|")
        for f in arrow_schema(table):
            out.append(f"| `{f.name}` | {duckdb_type(f)}{'' if f.nullable else ' not null'} | {notes.get(f.name, '')} |")
        out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    print(markdown_tables())
