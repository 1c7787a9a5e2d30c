from __future__ import annotations

from newsprov import nlp


def _forced_starts(text: str) -> list[str]:
    """The words ``paragraph_breaks`` makes start a sentence in ``text`` (before the parser runs)."""
    doc = nlp.paragraph_breaks(nlp.load().make_doc(text))
    return [t.text for t in doc[1:] if t.is_sent_start]


def test_a_single_line_break_ends_a_sentence_only_after_a_sentence_end():
    """In a text that breaks paragraphs with one newline, a line that ends in a full stop, a question or an
    exclamation mark, or a closing quotation mark after one, starts a new sentence on the next line if that opens
    with a capital, a digit or a quotation mark; a line wrapped inside a sentence, one before a lower-case word and
    one that ends in an abbreviation are left to the parser. A blank line always ends a sentence."""
    assert _forced_starts("“Elect me and we’ll undo all these terribles.”\nPriebus, in the wake of a poll, "
                          "told Fox News that Trump appreciates the need.\nDid he? Yes.\n“We will,” he said.\n"
                          "2016 was a year.") == ["Priebus", "Did", "“", "2016"]
    assert _forced_starts("The committee said on Tuesday that the\nSenate would vote on the bill.") == []
    assert _forced_starts("The bill passed.\nand then the committee adjourned.") == []
    assert _forced_starts("The plant will be built by Hyundai Motor Co.\nOfficials said it would open.") == []
    assert _forced_starts("The plant will be built by Hyundai Motor Co.\n\nOfficials said it would open, and\n\n"
                          "then it did.") == ["then"]
