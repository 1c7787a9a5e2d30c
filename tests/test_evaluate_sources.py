"""The source-name evaluator (``newsprov evaluate sources``) and its hand-made gold."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from newsprov.evaluate import sources
from newsprov.schema import Attribution

GOLD = Path(__file__).parent / "cases" / "source_names"
POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "polnear"


def row(start: int, end: int, kind: str, name: str | None) -> Attribution:
    return Attribution(source_start=start, source_end=end, source_text=None, cue_start=0, cue_end=1, cue_text="x",
                       content_start=None, content_end=None, content_text=None, source_kind=kind, source_name=name)


def gold(mentions: list[tuple[int, int, str, str, str]]) -> sources.GoldSources:
    return sources.GoldSources("dev", "doc", [sources.GoldMention(*m) for m in mentions])


def test_names_compare_without_case_quotes_the_or_possessive():
    assert sources.normalise("The  Washington Post’s") == sources.normalise("washington post")
    assert sources.normalise("O’Neill") == sources.normalise("O'Neill")
    assert sources.normalise("Obama") != sources.normalise("Barack Obama")
    assert sources.same_person("Donald J. Trump", "Donald Trump")
    assert not sources.same_person("Barack Obama", "Michelle Obama")
    assert not sources.same_person("Barack Obama", None)


def test_each_mention_is_scored_on_the_row_sharing_most_of_it():
    text = "Mr. Trump said it. He said so. They said no. The Times said yes. A poll said."
    g = gold([(0, 9, "Mr. Trump", "named_person", "Donald Trump"),
              (19, 21, "He", "pronoun", "Donald Trump"),
              (31, 35, "They", "pronoun", ""),
              (45, 54, "The Times", "outlet", "New York Times"),
              (65, 71, "A poll", "document", "")])
    rows = [row(0, 3, "named_person", "Mr."), row(0, 9, "named_person", "Trump"),
            row(19, 21, "pronoun", "Donald Trump"), row(31, 35, "pronoun", "protesters"),
            row(45, 54, "organisation", "The Times")]
    tallies = sources.new_tallies()
    sources.score_document(g, rows, text, tallies)
    assert (tallies["found"].right, tallies["found"].total) == (4, 5)  # the poll has no row
    assert (tallies["kind"].right, tallies["kind"].total) == (3, 4)  # the outlet kinded an organisation
    assert (tallies["named_person"].right, tallies["named_person"].total) == (0, 1)  # "Trump" is not the fullest
    assert (tallies["pronoun, referent named"].right, tallies["pronoun, referent named"].total) == (1, 1)
    assert tallies["organisation or outlet, named"].total == 1 and tallies["organisation or outlet, named"].right == 0


def test_a_gold_span_off_the_text_is_an_error_that_says_so():
    with pytest.raises(ValueError, match="does not match the text"):
        sources.score_document(gold([(0, 5, "Smith", "named_person", "Ann Smith")]), [], "Jones said.",
                               sources.new_tallies())


def test_the_gold_follows_its_guidelines():
    kinds = {"pronoun", "named_person", "anonymous", "group", "organisation", "outlet", "document", "other"}
    files = sorted(GOLD.glob("*.json"))
    assert len(files) >= 30
    assert len(list((GOLD / "check").glob("*.json"))) >= 16 and (GOLD / "second").is_dir()
    tuned = {p.name for p in files}
    assert not tuned & {p.name for p in (GOLD / "check").glob("*.json")}  # the check set is other documents
    assert {p.name for p in (GOLD / "second").glob("*.json")} <= tuned  # a second look at the same ones
    # the later sets are other documents again, each set apart from the others
    sets = [{p.name for p in (GOLD / name).glob("*.json")} for name in ("check", "check2", "pronouns", "check3")]
    assert all(len(names) >= 16 for names in sets)
    assert not any(a & b for a, b in itertools.combinations([tuned, *sets], 2))
    files += [p for name in ("check", "second", "check2", "pronouns", "check3")
              for p in sorted((GOLD / name).glob("*.json"))]
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["split"] in ("train", "dev"), path  # never a test split
        for m in data["mentions"]:
            assert m["kind"] in kinds, (path.name, m)
            assert m["end"] > m["start"] and m["text"], (path.name, m)


@pytest.mark.corpus
def test_gold_spans_match_the_corpus_texts():
    if not POLNEAR.is_dir():
        pytest.skip("PolNeAR corpus not available")
    for g in [g for folder in ("", "check", "second", "check2", "pronouns", "check3")
              for g in sources.read_gold(GOLD / folder)]:
        text = (POLNEAR / g.split / "text" / f"{g.doc}.txt").read_text(encoding="utf-8")
        for m in g.mentions:
            assert text[m.start:m.end] == m.text, (g.doc, m)


def test_a_second_annotator_is_scored_as_newsprov_is():
    """Another annotator's mentions become rows, so agreement is read on the same scale as newsprov's figures."""
    text = "Mr. Trump said it. He said so."
    g = gold([(0, 9, "Mr. Trump", "named_person", "Donald Trump"), (19, 21, "He", "pronoun", "Donald Trump")])
    other = gold([(0, 9, "Mr. Trump", "named_person", "Donald J. Trump"), (19, 21, "He", "pronoun", "Donald Trump")])
    tallies = sources.new_tallies()
    sources.score_document(g, sources._as_rows(other), text, tallies)
    assert (tallies["kind"].right, tallies["kind"].total) == (2, 2)
    assert (tallies["named_person"].right, tallies["named_person"].right_person) == (0, 1)
    assert tallies["pronoun, referent named"].right == 1
