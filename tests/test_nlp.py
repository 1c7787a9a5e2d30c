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


def test_other_spaces_are_parsed_as_spaces_at_their_own_offsets():
    """A no-break or thin space inside a line is parsed as " " (spaCy would make it a token of its own, which the
    tagger then reads as a word): the words around it are the tokens, each at its offset in the text as written."""
    text = "Sen.\xa0Lindsey Graham said,\u2009according to the\xa0Post, that he\u202fwould run.\n\nThen he ran."
    doc = nlp.load()(text)
    assert len(doc.text) == len(text) and "\xa0" not in doc.text
    assert not any(t.is_space for t in doc if "\n" not in t.text)
    assert [t.text for t in doc[:3]] == ["Sen.", "Lindsey", "Graham"]
    assert all(text[t.idx:t.idx + len(t)] == t.text for t in doc if not t.is_space)
    assert [t.text for t in doc if t.is_space] == ["\n\n"]


def test_a_main_verb_with_its_own_subject_and_no_auxiliary_is_past_not_a_participle():
    """The tagger makes some sentences' main verbs past participles ('"... about unity?" Trump added during his
    appearance'); with a subject of their own and no "has" or "was" they are past tense. A participle with its
    auxiliary stays one, and so does one without a subject ("Banned from the stadium for life.")."""
    doc = nlp.load()("“I mean, what is this about unity?” Trump added during his appearance on Fox and Friends.\n\n"
                     "Trump has added two events. The rally was added on Monday.\n\n"
                     "Banned from the stadium for life.\n")
    assert [(t.text, t.tag_) for t in doc if t.lower_ == "added"] == [("added", "VBD"), ("added", "VBN"),
                                                                     ("added", "VBN")]
    assert [t.tag_ for t in doc if t.lower_ == "banned"] == ["VBN"]


def test_the_pipeline_survives_pickling():
    """A worker started by spawning (not forking) gets the pipeline pickled: the tokenizer that reads other spaces
    as spaces goes with it and still does."""
    import pickle

    model = pickle.loads(pickle.dumps(nlp.load()))
    assert [t.text for t in model("according to the\xa0Post.")] == ["according", "to", "the", "Post", "."]


def test_an_abbreviated_rank_keeps_its_full_stop():
    """spaCy's English tokenizer cuts "Lt." and "Capt." before the stop (it keeps "Gen." and "Sen." whole), and the
    stop then reads as a word of the name or of the title; the ranks and titles of ``TITLE_ABBREVIATIONS`` stay one
    token, and the name after them is the person's."""
    doc = nlp.load()("Texas Lt. Gov. Dan Patrick spoke. Army Capt. Christian Pardo agreed.")
    assert [t.text for t in doc] == ["Texas", "Lt.", "Gov.", "Dan", "Patrick", "spoke", ".", "Army", "Capt.",
                                     "Christian", "Pardo", "agreed", "."]
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Dan Patrick", "Christian Pardo"]


def test_a_typographic_apostrophe_in_a_name_is_parsed_as_a_straight_one():
    """The model was trained on straight apostrophes: with "’" inside a name it made "D’Souza" and "O’Connor" common
    nouns of no one. Such names read to it as with "'", so the parse is the straight spelling's, while the text,
    each token and each offset stay as written."""
    curly = "Dinesh D’Souza made a prediction. D’Souza replied that Sinead O’Connor would win."
    doc, straight = nlp.load()(curly), nlp.load()(curly.replace("’", "'"))
    assert doc.text == curly and [t.text for t in doc][:2] == ["Dinesh", "D’Souza"]
    assert [(t.tag_, t.dep_, t.head.i, t.ent_type_) for t in doc] == \
        [(t.tag_, t.dep_, t.head.i, t.ent_type_) for t in straight]
    assert [t.tag_ for t in doc if t.text == "D’Souza"] == ["NNP", "NNP"]
