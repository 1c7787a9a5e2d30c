"""Readers: what a good input becomes, and the reason every bad input is refused with."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from newsprov.errors import InputError
from newsprov.ingest import readers, sha256
from newsprov.pipeline import WorkItem, discover, read_item


def _item(path: Path) -> WorkItem:
    return next(iter(discover([path])))


def test_text_is_the_file_exactly(tmp_path: Path) -> None:
    raw = "Line one,\r\n  indented “quote” — dash\u00a0nbsp\n\nlast".encode()
    (tmp_path / "a.txt").write_bytes(raw)
    doc = read_item(_item(tmp_path / "a.txt"))
    assert doc.text == raw.decode("utf-8")
    assert doc.sha256 == sha256(raw)
    assert doc.source_uri.endswith("/a.txt")
    assert doc.metadata == {}


def test_sidecar_metadata_is_read(seed_dir: Path) -> None:
    doc = read_item(_item(seed_dir / "000_23bbeb1b2b9d435b.txt"))
    assert doc.metadata["published_at"] == "2020-01-15" and doc.published_at == dt.date(2020, 1, 15)
    assert doc.metadata["publisher"] == "Military Times"
    assert {(c.field, c.origin, c.chosen) for c in doc.metadata_candidates} >= {("published_at", "sidecar", True)}


@pytest.mark.parametrize("value, expected", [
    ("2020-01-15", dt.date(2020, 1, 15)),
    ("2020-01-15T23:30:00-05:00", dt.date(2020, 1, 15)),
    ("2020-01-15T04:30:00Z", dt.date(2020, 1, 15)),
    ("Wed, 15 Jan 2020 09:00:00 +0000", dt.date(2020, 1, 15)),
])
def test_published_at_forms(value: str, expected: dt.date) -> None:
    assert readers.parse_published_at(value) == expected


@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\t\n", "empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("latin1.txt", "café au lait".encode("latin-1"), "invalid_utf8"),
    ("notes.docx", b"PK\x03\x04", "unsupported"),
])
def test_bad_files_say_why(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    (tmp_path / name).write_bytes(data)
    with pytest.raises(InputError) as exc:
        read_item(_item(tmp_path / name))
    assert exc.value.reason == reason
    assert name in str(exc.value)


@pytest.mark.parametrize("sidecar, reason, words", [
    (b"{not json", "bad_sidecar", "not valid UTF-8 JSON"),
    (b'["a list"]', "bad_metadata", "must be a JSON object"),
    (b'{"published_at": "next Tuesday"}', "bad_date", "ISO 8601"),
    (b'{"publisher": 42}', "bad_metadata", "'publisher' must be a string"),
])
def test_bad_sidecars_say_why(tmp_path: Path, sidecar: bytes, reason: str, words: str) -> None:
    (tmp_path / "a.txt").write_text("Some article text.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_bytes(sidecar)
    with pytest.raises(InputError) as exc:
        read_item(_item(tmp_path / "a.txt"))
    assert exc.value.reason == reason
    assert words in str(exc.value)


def test_feed_lines_are_documents_and_bad_lines_are_refused(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": "First article.", "published_at": "2020-01-15", "publisher": "Example News"}),
        "",
        '{"text": "broken',
        json.dumps({"title": "no body"}),
        json.dumps({"text": "Third article.", "published_at": "yesterday-ish"}),
    ]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(discover([feed]))
    assert [i.record for i in items] == [1, 3, 4, 5]  # blank line 2 is not an input
    first = read_item(items[0])
    assert first.text == "First article."
    assert first.sha256 == sha256(lines[0].encode())
    assert first.source_record == 1 and first.input_kind == "feed"
    reasons = []
    for item in items[1:]:
        with pytest.raises(InputError) as exc:
            read_item(item)
        reasons.append(exc.value.reason)
        assert f"line {item.record}" in str(exc.value)
    assert reasons == ["bad_json", "no_text", "bad_date"]


def test_folders_take_articles_not_sidecars(seed_dir: Path) -> None:
    (seed_dir / "README.md").write_text("not an article", encoding="utf-8")
    items = list(discover([seed_dir]))
    assert [Path(i.path).name for i in items] == ["000_23bbeb1b2b9d435b.txt"]


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as exc:
        read_item(_item(tmp_path / "nope.txt"))
    assert exc.value.reason == "missing"


def test_feed_record_with_html_keeps_the_feed_date_and_the_page_candidates(tmp_path: Path) -> None:
    page = ("<html><head><title>Dam plan approved</title>"
            "<meta property='article:published_time' content='2021-03-01T10:00:00Z'></head><body><article>"
            "<h1>Dam plan approved</h1><p>County officials approved the dam plan on Monday after a long debate "
            "that ran late into the night, the county clerk said.</p>"
            "<p>The vote was 4 to 1, and construction could begin next spring, officials said.</p>"
            "</article></body></html>")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"html": page, "published_at": "2021-03-02", "url": "https://example.org/dam"}) + "\n",
                    encoding="utf-8")
    (item,) = discover([feed])
    doc = read_item(item)
    assert "County officials approved the dam plan" in doc.text
    assert doc.input_kind == "feed" and doc.published_at == dt.date(2021, 3, 2)
    chosen = [(c.origin, c.value) for c in doc.metadata_candidates if c.field == "published_at" and c.chosen]
    assert chosen == [("feed", "2021-03-02")]
    losing = [c.value[:10] for c in doc.metadata_candidates if c.field == "published_at" and not c.chosen]
    assert "2021-03-01" in losing


def test_a_text_longer_than_the_parser_takes_is_refused_with_its_length(tmp_path: Path) -> None:
    """A text over spaCy's limit would stop the whole batch's parse; it is refused on reading, a file or a feed
    line alike, with its length and what to do (the limit itself is accepted)."""
    from newsprov.nlp import MAX_TEXT_CHARS

    sentence = "The mayor said the budget was fine. "
    long_text = sentence * (MAX_TEXT_CHARS // len(sentence) + 1)
    (tmp_path / "long.txt").write_text(long_text, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(json.dumps({"text": long_text}) + "\n", encoding="utf-8")
    for name in ("long.txt", "feed.jsonl"):
        with pytest.raises(InputError) as exc:
            read_item(_item(tmp_path / name))
        assert exc.value.reason == "too_long" and name in str(exc.value)
        assert f"{len(long_text):,} characters" in str(exc.value) and "split it" in str(exc.value)
    (tmp_path / "limit.txt").write_text("x" * MAX_TEXT_CHARS, encoding="utf-8")
    assert len(read_item(_item(tmp_path / "limit.txt")).text) == MAX_TEXT_CHARS
