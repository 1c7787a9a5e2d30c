"""The README's table reference is the schema's, not a copy that drifts."""

from __future__ import annotations

from pathlib import Path

from newsprov.schema import markdown_tables

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_tables_are_generated_from_the_schema() -> None:
    text = README.read_text(encoding="utf-8")
    section = text.split("<!-- tables:start -->\n", 1)[1].split("<!-- tables:end -->", 1)[0]
    assert section.strip() == markdown_tables().strip(), "regenerate: python -m newsprov.schema"


def test_readme_shows_the_two_commands() -> None:
    text = README.read_text(encoding="utf-8")
    assert "make demo" in text and "make test" in text
