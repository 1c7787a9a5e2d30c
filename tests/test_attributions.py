"""Attribution extractor: one small case per construction, the seed's gold, the quote pairer, the PolNeAR reader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsprov import nlp
from newsprov.evaluate import citron, polnear
from newsprov.extract import attribution_cues, attribution_subjects, attributions, blocks
from newsprov.extract.article import Article
from newsprov.extract.attribution_orgs import link_organisation_names
from newsprov.extract.attribution_people import clean_name
from newsprov.extract.attribution_gender import Genders, surname_honorifics
from newsprov.extract.attribution_sources import Candidate, _link_surnames
from newsprov.extract.attribution_spans import whole_words
from newsprov.extract.quotes import find_quotes
from newsprov.validate import _quote_marked

CASES = Path(__file__).parent / "cases"
POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "polnear"
CONSTRUCTIONS = json.loads((CASES / "attributions" / "constructions.json").read_text(encoding="utf-8"))


def run(text: str):
    doc = nlp.load()(text)
    return attributions.extract(Article(text=text, published_at=None, blocks=blocks.segment(text).blocks, nlp=doc))


def check_invariants(text: str, rows) -> None:
    for a in rows:
        assert a.cue_text and text[a.cue_start:a.cue_end] == a.cue_text
        spans = [(a.cue_start, a.cue_end)]
        for kind in ("source", "content"):
            start, end, value = getattr(a, f"{kind}_start"), getattr(a, f"{kind}_end"), getattr(a, f"{kind}_text")
            assert start is not None and 0 <= start < end <= len(text)
            assert text[start:end] == value
            spans.append((start, end))
        spans.sort()
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, f"overlapping spans in one attribution: {a}"
        if a.anonymity_reason is not None:
            assert text[a.reason_start:a.reason_end] == a.anonymity_reason
        if a.is_direct_quote:  # the suite's own rule, so a row this passes cannot fail validation
            assert _quote_marked(text, a.content_start, a.content_end), a


@pytest.mark.parametrize("case", CONSTRUCTIONS, ids=[c["name"] for c in CONSTRUCTIONS])
def test_construction(case):
    text = case["text"]
    rows = run(text)
    check_invariants(text, rows)
    for want in case["expect"]:
        hits = [a for a in rows if a.cue_text == want["cue"] and a.content_text == want["content"]]
        assert hits, f"missing {want}; got {[(a.source_text, a.cue_text, a.content_text) for a in rows]}"
        a = hits[0]
        if "source" in want:
            assert a.source_text == want["source"]
        for key, attr in (("kind", "source_kind"), ("name", "source_name"), ("role", "source_role"),
                          ("reason", "anonymity_reason"), ("direct", "is_direct_quote")):
            if key in want:
                assert getattr(a, attr) == want[key], f"{attr}: {getattr(a, attr)!r} != {want[key]!r}"
    if case.get("only"):
        assert len(rows) == len(case["expect"]), [(a.source_text, a.cue_text, a.content_text) for a in rows]


def test_seed_gold():
    """The seed's attributions come out as in its gold (the optional item may be missed)."""
    text = (CASES / "seed" / "000_23bbeb1b2b9d435b.txt").read_text(encoding="utf-8")
    gold = json.loads((CASES / "seed" / "000_23bbeb1b2b9d435b.gold.json").read_text(encoding="utf-8"))
    rows = run(text)
    check_invariants(text, rows)
    for g in gold["attributions"]:
        hits = [a for a in rows if (a.cue_start, a.cue_end) == (g["cue"]["start"], g["cue"]["end"])]
        if g.get("optional") and not hits:
            continue
        assert hits, f"missed {g['cue']['text']!r} of {g['source']['text']!r}"
        a = hits[0]
        assert (a.source_start, a.source_end) == (g["source"]["start"], g["source"]["end"]), a.source_text
        assert (a.content_start, a.content_end) == (g["content"]["start"], g["content"]["end"]), a.content_text
        assert a.source_kind == g["source_kind"], (a.source_text, a.source_kind)
        assert a.is_direct_quote == g["is_direct_quote"]
        assert a.anonymity_reason == g.get("anonymity_reason"), (a.source_text, a.anonymity_reason)
        for key in ("source_name", "source_role"):
            if key in g:
                assert getattr(a, key) == g[key]


def test_quotes_pairing():
    text = 'He said "hi there," and left. “A,” she said.\n\n“Open paragraph\n\n“continued here.” ‘Single’ is kept.'
    found = [text[q.start:q.end] for q in find_quotes(text)]
    assert found == ["hi there", "A", "Open paragraph\n\n“continued here."]


def test_quote_closed_by_a_spaced_mark_after_a_nested_one():
    """Wires close a quote that ends in a nested one with a space between the marks (``,' "``)."""
    text = '"They treat it like, \'Oh, this is important,\' " Magel said. "Next."'
    assert [text[q.start:q.end] for q in find_quotes(text)] == ["They treat it like, 'Oh, this is important,'",
                                                                 "Next."]


def test_wire_quotes_in_two_apostrophes_that_end_in_a_nested_one():
    """In the two-apostrophe marks of some wires, a quote ending in a nested one closes with three apostrophes
    (the nested quote's and its own two) or with its two after spaces; before, the first two apostrophes closed
    it, or the spaced two opened a new quote that ran on into the next paragraph."""
    text = ("''She'd look at me and say, 'What did he mean by that?''' Mr. Biden said.\n\n"
            "''There was a backlash against 'Primates of Park Avenue,'  '' Ms. Ferriss noted.\n\n''Next.''")
    assert [text[q.start:q.end] for q in find_quotes(text)] == [
        "She'd look at me and say, 'What did he mean by that?'",
        "There was a backlash against 'Primates of Park Avenue,'", "Next."]
    assert [text[q.close:q.outer_end] for q in find_quotes(text)] == ["''", "''", "''"]


def test_speaker_beside_a_quote_stays_in_its_paragraph():
    """The short speaker between a quotation and a subjectless cue comes from the cue's own paragraph: before, the
    pattern's words could run over a blank line ('in the violence.\n\nCharlotte Mayor Jennifer Roberts')."""
    def beside(text):
        doc, quotes = nlp.load()(text), find_quotes(text)
        cue = (text.rindex("said"), len(text))
        found = attributions._source_beside_quote(doc, text, quotes, [q.open for q in quotes], cue)
        return text[found[0][0]:found[0][1]] if found else None

    assert beside('"It is a very big factor," Charlotte Mayor Jennifer Roberts said') \
        == "Charlotte Mayor Jennifer Roberts"
    two_paragraphs = 'He called drugs a "very big factor" in the violence.\n\nCharlotte Mayor Jennifer Roberts said'
    assert beside(two_paragraphs) is None


def test_quote_opened_after_a_no_break_space():
    text = '"The police are misunderstood," he said.\xa0"And it never ends."'
    assert [text[q.start:q.end] for q in find_quotes(text)] == ["The police are misunderstood", "And it never ends."]


def test_quote_closed_by_an_opening_mark_typed_for_a_closing_one():
    """An opening curly mark after the quotation's last punctuation and before a space closes it."""
    text = '“Apparently not,“ he said. “A leopard doesn’t change its spots.”'
    found = [text[q.start:q.end] for q in find_quotes(text)]
    assert found == ["Apparently not", "A leopard doesn’t change its spots."]


def test_read_ann_takes_the_hull_of_discontinuous_spans():
    ann = ("T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 11 20;25 40\tx\nT4\tAttribution 6 10\tsaid\n"
           "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
           "T5\tCue 50 52\tsays\nT6\tContent 53 60\ty\nT7\tAttribution-no-source 50 52\tsays\n"
           "E2\tAttribution-no-source:T7 Content:T6 Cue:T5\n")
    got = polnear.read_ann(ann)
    assert [(a.source, a.cue, a.content) for a in got] == [((0, 5), (6, 10), (11, 40)), (None, (50, 52), (53, 60))]


def test_score_document_counts_roles_independently():
    gold = [{"source": (0, 5), "cue": (6, 10), "content": (11, 40)},
            {"source": (0, 5), "cue": (50, 52), "content": (53, 60)}]
    system = [{"source": (0, 5), "cue": (6, 10), "content": (11, 30)}]
    scores = polnear.score_document(gold, system)
    assert (scores["source/exact"].tp, scores["source/exact"].fn) == (1, 0)  # one distinct gold source span
    assert (scores["cue/exact"].tp, scores["cue/exact"].fn) == (1, 1)
    assert scores["content/exact"].tp == 0 and scores["content/overlap"].tp == 1


def _doc(text: str):
    return nlp.load().make_doc(text)


def test_citron_exact_is_per_attribution_and_needs_overlapping_cues():
    """Citron's exact counts: not one-to-one (a gold cue matched twice counts twice), and a source or content
    only matches beside an overlapping cue."""
    doc = _doc("Smith said the plan was dead. Jones said it was alive.")
    smith, said1, plan = (0, 5), (6, 10), (11, 28)
    jones, said2, alive = (30, 35), (36, 40), (41, 53)
    gold = [{"source": smith, "cue": said1, "content": plan}, {"source": jones, "cue": said2, "content": alive}]
    system = [{"source": smith, "cue": said1, "content": plan},
              {"source": smith, "cue": said1, "content": (11, 20)},  # same cue again: a second true positive
              {"source": jones, "cue": said1, "content": alive}]  # Jones's spans beside Smith's cue
    scores = citron.score_document(doc, gold, system)
    assert (scores["cue/exact"].tp, scores["cue/exact"].fp, scores["cue/exact"].fn) == (3, 0, 1)
    assert (scores["source/exact"].tp, scores["source/exact"].fp, scores["source/exact"].fn) == (2, 1, 1)
    assert (scores["content/exact"].tp, scores["content/exact"].fp, scores["content/exact"].fn) == (1, 2, 1)


def test_a_headline_cased_entity_is_no_organisation_name():
    """An ORG entity in a headline's casing ("Disputes Characterization Of Network's") is no fuller name for "the
    network"; nor is it a broadcaster, so the outlet keeps its own words."""
    text = ("Posted at 9:12PM by staff writers Disputes Characterization Of Network's Reporting today. "
            "The network said no.")
    doc = _doc(text)
    start = text.index("Disputes")
    doc.ents = [doc.char_span(start, text.index(" Reporting"), label="ORG")]
    source = (text.index("The network"), text.index("The network") + len("The network"))
    c = Candidate(cue=(source[1] + 1, source[1] + 5), source=source, content=None, direct=False, kind="outlet",
                  name="The network")
    link_organisation_names(doc, text, [c])
    assert (c.kind, c.name) == ("outlet", "The network")


def test_citron_spans_leave_out_whitespace_tokens_at_their_ends():
    """A gold cue drawn over the spaces after it ("said   ") is the token "said", as in PARC's token spans."""
    doc = _doc("Smith said   the plan was dead.")
    gold = [{"source": (0, 5), "cue": (6, 13), "content": (13, 30)}]
    system = [{"source": (0, 5), "cue": (6, 10), "content": (13, 30)}]
    assert citron.token_span(doc, (6, 13)) == (1, 2)
    assert citron.token_span(doc, (10, 13)) is None  # only spaces: no span
    scores = citron.score_document(doc, gold, system)
    assert (scores["cue/exact"].tp, scores["cue/exact"].fp, scores["cue/exact"].fn) == (1, 0, 0)


def test_citron_overlap_counts_tokens_per_pair():
    """Overlap is in tokens, summed over every (system, gold) pair: a source shared by two gold attributions
    is counted twice (Citron's way), once in ``overlap-once``."""
    doc = _doc("Smith Jones said the plan was dead and added that it was alive.")
    source, said, added = (0, 11), (12, 16), (39, 44)
    gold = [{"source": source, "cue": said, "content": (17, 34)}, {"source": source, "cue": added, "content": (45, 62)}]
    system = [{"source": (6, 11), "cue": said, "content": (17, 30)}]  # "Jones", "the plan was"
    scores = citron.score_document(doc, gold, system)
    src = scores["source/overlap"]
    assert (src.system_shared, src.system_tokens, src.gold_shared, src.gold_tokens) == (2, 1, 2, 4)
    assert src.precision == 2.0  # one system token, counted against both gold attributions
    once = scores["source/overlap-once"]
    assert (once.precision, once.recall) == (1.0, 0.5)
    content = scores["content/overlap"]
    assert (content.system_shared, content.system_tokens, content.gold_tokens) == (3, 3, 8)


def test_citron_prepared_gold_keeps_what_citron_kept_of_parc():
    """Only attributions with source, cue and content, not nested in another's content, cue not quoted."""
    text = 'Smith said Jones believes it. "I said no," Lee added. It is expected to pass.'
    said, believes, quoted_said, added, expected = (6, 10), (17, 25), (33, 37), (47, 52), (60, 71)
    gold = [{"source": (0, 5), "cue": said, "content": (11, 28)},
            {"source": (11, 16), "cue": believes, "content": (26, 28)},  # nested in Smith's content
            {"source": (31, 32), "cue": quoted_said, "content": (38, 40)},  # cue inside the quotation
            {"source": (43, 46), "cue": added, "content": (31, 40)},
            {"source": None, "cue": expected, "content": (72, 76)}]  # no source
    assert [r["cue"] for r in citron.prepared(text, gold)] == [said, added]


def test_caption_demonstration_is_not_an_attribution():
    """A photo caption's "shows ... how to" is the pictured action; the same words in the body are kept, and a
    person named in a photo credit is nobody's antecedent in the body."""
    text = ("Officials met on Monday.\n\nAn Iraqi soldier shows a fellow student how to fix a rifle jam at a range in "
            "Iraq, Oct. 26, 2019. (Spc. Jane Doe/Army)\n\nA Spanish Army instructor explains to Iraqi instructors how "
            "to provide security in urban terrain, Dec. 22, 2019. (Spc. John Roe/Army)\n\n"
            "The minister explained how to apply for the grant.")
    kinds = [b.kind for b in blocks.segment(text).blocks]
    assert kinds == ["body", "caption", "caption", "body"]
    rows = run(text)
    assert [(a.source_text, a.cue_text, a.content_text) for a in rows] == [
        ("The minister", "explained", "how to apply for the grant")]
    assert rows[0].source_name != "John Roe/Army" and rows[0].cue_type == "speech"


def test_cue_type():
    rows = {a.cue_text: a.cue_type for a in run(
        "Smith said the plan was dead. Jones believes the plan will work. Brown rejected the plan.")}
    assert rows == {"said": "speech", "believes": "belief", "rejected": "stance"}


def test_second_annotator_scored_as_agreement(tmp_path):
    """A text annotated twice: the first file is the gold, the second is scored against it as a ceiling."""
    text = "Smith said the plan was dead. Jones said it was alive."
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "doc_1.txt").write_text(text, encoding="utf-8")
    both = ("T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 11 28\tthe plan was dead\n"
            "T4\tAttribution 6 10\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n")
    second_only = ("T5\tSource 30 35\tJones\nT6\tCue 36 40\tsaid\nT7\tContent 41 53\tit was alive\n"
                   "T8\tAttribution 36 40\tsaid\nE2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n")
    (tmp_path / "attributions" / "doc_1_alice.ann").write_text(both, encoding="utf-8")
    (tmp_path / "attributions" / "doc_1_bob.ann").write_text(both + second_only, encoding="utf-8")
    [gd] = polnear.read_split(tmp_path)
    assert gd.annotator == "alice" and len(gd.attributions) == 1 and len(gd.second) == 2
    result = polnear.evaluate(tmp_path)
    assert result["timing"]["double_annotated"]["n"] == 1
    for scoring in ("citron", "spans"):
        agreement = result[scoring]["annotator2"]["cue/exact"]
        assert (agreement["tp"], agreement["fp"], agreement["fn"]) == (1, 1, 0)  # bob's extra "said" is a false positive
        system = result[scoring]["newsprov_on_double"]["cue/exact"]
        assert system["tp"] == 1 and system["fn"] == 0  # newsprov finds Smith's "said", scored against alice
    assert "two people annotated" in polnear.format_table(result)


def test_direct_quote_widened_for_polnear():
    text = '“We will win,” Smith said.'
    assert polnear._widen_quote(text, (1, 12)) == (0, 14)


@pytest.mark.corpus
def test_polnear_dev_sample():
    if not POLNEAR.is_dir():
        pytest.skip("PolNeAR corpus not available")
    result = polnear.evaluate(POLNEAR / "dev", limit=8)
    assert result["spans"]["speech"]["cue/overlap"]["f1"] > 0.6
    assert result["spans"]["all"]["source/overlap"]["f1"] > 0.4
    assert result["citron"]["all"]["content/overlap"]["f1"] > 0.6
    for gd in polnear.read_split(POLNEAR / "dev", limit=8):
        check_invariants(gd.text, run(gd.text))


SENTENCES = [c["text"] for c in CONSTRUCTIONS]


@settings(max_examples=15, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4), st.sampled_from([" ", "\n\n", "\n"]))
def test_spans_hold_in_any_mix_of_sentences(parts, sep):
    """Whatever the mix, every span is its text, spans of a row do not overlap, quotes sit in marks."""
    text = sep.join(parts)
    check_invariants(text, run(text))


def test_learned_keys_put_the_preposition_first():
    """A verb with a prepositional complement is looked up by its preposition before its general frame."""
    from newsprov.extract.attribution_train import keys

    doc = nlp.load()("She spoke about the plan and then agreed.")
    spoke, agreed = doc[1], doc[7]
    assert keys(spoke) == ["speak|p:about", "speak|p"]
    assert keys(agreed) == ["agree|-"]


def test_noun_frames():
    from newsprov.extract.attribution_nouns import noun_frame, noun_key

    doc = nlp.load()("Her decision to leave and his claim that it was fair upset the board.")
    decision = next(t for t in doc if t.lower_ == "decision")
    claim = next(t for t in doc if t.lower_ == "claim")
    board = next(t for t in doc if t.lower_ == "board")
    assert noun_key(decision) == "n:decision|I" and noun_frame(decision)[2].lower_ == "leave"
    assert noun_key(claim) == "n:claim|T"
    assert noun_key(board) is None  # no possessive


def test_cue_classifier_ships_and_separates_speech_from_motion():
    """The shipped classifier scores a reporting verb far above a verb of motion in the same frame."""
    from newsprov.extract.attribution_classifier import CueClassifier
    from newsprov.extract.attribution_train import load_model

    clf, table = CueClassifier(), load_model()
    assert clf.ok
    doc = nlp.load()("The minister insisted that the talks would resume. The minister walked to the car.")
    insisted = next(t for t in doc if t.lower_ == "insisted")
    walked = next(t for t in doc if t.lower_ == "walked")
    assert clf.probability(doc, insisted, table) > 0.5 > clf.probability(doc, walked, table)


def test_logistic_regression_learns_a_separable_rule():
    import numpy as np

    from newsprov.extract.attribution_classifier import train_logistic

    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 3))
    y = (x[:, 0] - x[:, 2] > 0).astype(float)
    mean, scale, w, b = train_logistic(x, y)
    pred = (((x - mean) / scale) @ w + b) > 0
    assert (pred == (y == 1)).mean() > 0.95 and w[0] > 0 > w[2]


def test_classifier_veto_spares_speech_verbs(monkeypatch):
    """With a veto no verb can pass, only the lexicon's speech verbs are still cues."""
    monkeypatch.setattr(attribution_cues, "CLASSIFIER_VETO", 1.01)
    monkeypatch.setattr(attribution_cues, "CLASSIFIER_THRESHOLD", 1.01)
    text = "The governor said the plan would fail. The mayor believes that taxes will rise."
    cues = {a.cue_text for a in run(text)}
    assert "said" in cues and "believes" not in cues
    monkeypatch.setattr(attribution_cues, "CLASSIFIER_VETO", 0.0)
    assert "believes" in {a.cue_text for a in run(text)}


def test_calibration_counts_rows_and_exact_gold_cues_per_key():
    """attribution_calibrate counts, per key of the verb heading each row's cue, the rows drawn and those whose cue
    is a gold cue token for token."""
    from newsprov.evaluate.polnear import GoldAttribution, GoldDocument
    from newsprov.extract.attribution_calibrate import drawn_counts

    text = "The governor said the plan would fail. The mayor insisted that taxes would rise."
    said, insisted = text.index("said"), text.index("insisted")
    gold = GoldDocument("doc", text, [GoldAttribution(None, (said, said + 4), None),
                                      GoldAttribution(None, (insisted - 4, insisted + 8), None)], "a")
    counts = drawn_counts([(gold, nlp.load()(text))])
    assert counts["say|c"] == [1, 1]  # drawn as the gold draws it
    assert counts["insist|c"] == [0, 1]  # the gold's cue here is "mayor insisted": no exact match


def test_verbs_whose_rows_seldom_had_a_gold_cue_are_left_out(monkeypatch):
    """The shipped calibration leaves out "launched" with an object ("launched a campaign" is an action), not
    a speech verb, and nothing once its counts are gone."""
    text = "The senator launched a new campaign in Iowa. The senator said the campaign would win."
    assert [a.cue_text for a in run(text)] == ["said"]
    monkeypatch.setattr(attribution_cues, "DRAWN", {})
    assert [a.cue_text for a in run(text)] == ["launched", "said"]


def test_doc_without_tensor_falls_back_to_the_table():
    """A doc read back without its tok2vec tensor gets no classifier opinion, and the table still decides."""
    from spacy.tokens import DocBin

    text = "The mayor believes that taxes will rise."
    doc = nlp.load()(text)
    bare = next(DocBin(docs=[doc]).get_docs(nlp.load().vocab))
    assert bare.tensor.size == 0
    assert attribution_cues.CLASSIFIER.probability(bare, bare[2], {}) is None
    rows = attributions.extract(Article(text=text, published_at=None, blocks=blocks.segment(text).blocks, nlp=bare))
    assert [a.cue_text for a in rows] == ["believes"]


def test_two_subjects_take_the_one_nearer_the_verb():
    """A misparse across a paragraph break gives a verb two subjects ("5:45 p.m.\n\nX's doctor is calling ..."):
    the source is the subject next to the verb, not the time stamp."""
    from spacy.tokens import Doc

    words = ["5:45", "p.m.", "\n\n", "The", "doctor", "is", "calling", "him", "fit", "."]
    heads = [1, 6, 1, 4, 6, 6, 6, 8, 6, 6]
    deps = ["nummod", "nsubj", "dep", "det", "nsubj", "aux", "ROOT", "nsubj", "ccomp", "punct"]
    doc = Doc(nlp.load().vocab, words=words, spaces=[True, False, False, True, True, True, True, True, False, False],
              heads=heads, deps=deps)
    assert attribution_subjects.subject(doc, doc[6]).text == "doctor"


def test_document_name_does_not_start_at_a_possessive_whose_owner_hangs_elsewhere():
    """"More on Idle Hour's decision", the parser hanging "Hour" on "on" beside "decision" and the "'s" in a named
    entity: the decision has no name of its words ("'s decision" was one); with its owner hung on it, "the Idle
    Hour's decision" is named."""
    from spacy.tokens import Doc

    from newsprov.extract.attribution_documents import document_name

    words = ["More", "on", "Idle", "Hour", "'s", "decision"]
    doc = Doc(nlp.load().vocab, words=words, spaces=[True, True, True, False, True, False],
              pos=["ADJ", "ADP", "PROPN", "PROPN", "PART", "NOUN"], tags=["JJR", "IN", "NNP", "NNP", "POS", "NN"],
              heads=[0, 0, 3, 1, 3, 1], deps=["ROOT", "prep", "compound", "pobj", "case", "pobj"],
              ents=["O", "O", "B-WORK_OF_ART", "I-WORK_OF_ART", "I-WORK_OF_ART", "O"])
    assert document_name(doc[5]) is None
    words = ["the", "Idle", "Hour", "'s", "decision"]
    doc = Doc(nlp.load().vocab, words=words, spaces=[True, True, False, True, False],
              pos=["DET", "PROPN", "PROPN", "PART", "NOUN"], tags=["DT", "NNP", "NNP", "POS", "NN"],
              heads=[2, 2, 4, 2, 4], deps=["det", "compound", "poss", "case", "ROOT"],
              ents=["O", "B-ORG", "I-ORG", "O", "O"])
    assert document_name(doc[4]) == "Idle Hour's decision"


def test_speech_verb_split_from_its_clause_at_a_comma_reports_the_sentence_before():
    """The parser can end a sentence at the comma before "he said." ("Borrowers struggle, even with a job, he
    said."): the words before that comma, back to the start of their sentence, are what the speaker said."""
    from spacy.tokens import Doc

    from newsprov.extract.attribution_contents import fronted_clause

    words = ["Borrowers", "struggle", ",", "even", "with", "a", "job", ",", "he", "said", "."]
    spaces = [True, False, True, True, True, True, False, True, True, False, False]
    heads = [1, 1, 1, 4, 1, 6, 4, 9, 9, 9, 9]
    deps = ["nsubj", "ROOT", "punct", "advmod", "prep", "det", "pobj", "punct", "nsubj", "ROOT", "punct"]
    doc = Doc(nlp.load().vocab, words=words, spaces=spaces, heads=heads, deps=deps)
    assert [s.start for s in doc.sents] == [0, 7]
    spans = fronted_clause(doc, doc.text, doc[9], doc[8])
    assert [doc.text[a:b] for a, b in spans] == ["Borrowers struggle, even with a job"]


def test_name_beside_a_quote_stops_before_its_own_verb():
    """''...,'' Smith said, suggesting ...: the source found between the quotation and "suggesting" is "Smith"."""
    from spacy.tokens import Doc

    words = ['"', "No", ",", '"', "Smith", "said", ",", "suggesting", "a", "deal", "."]
    spaces = [False, False, False, True, True, False, True, True, True, False, False]
    pos = ["PUNCT", "INTJ", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"]
    doc = Doc(nlp.load().vocab, words=words, spaces=spaces, pos=pos)
    text = doc.text
    quotes = find_quotes(text)
    cue = (text.index("suggesting"), text.index("suggesting") + len("suggesting"))
    span, head = attributions._source_beside_quote(doc, text, quotes, [q.open for q in quotes], cue)
    assert text[span[0]:span[1]] == "Smith" and head.text == "Smith"


def _rows_with_ents(text: str, ents: list[tuple[str, int, str]], verbs: tuple[tuple[str, int], ...] = ()):
    """Rows of ``text`` after setting its entities as a tagger might have: (word, occurrence, label) each; and
    tagging ``verbs`` (word, occurrence) as gerunds, as it might a name ending in -ing."""
    doc = nlp.load()(text)

    def find(word, nth):
        start = -1
        for _ in range(nth + 1):
            start = text.index(word, start + 1)
        return doc.char_span(start, start + len(word))

    doc.ents = [doc.char_span(s.start_char, s.end_char, label=label)
                for s, label in ((find(word, nth), label) for word, nth, label in ents)]
    for word, nth in verbs:
        tok = find(word, nth)[0]
        tok.pos_, tok.tag_ = "VERB", "VBG"
    return attributions.extract(Article(text=text, published_at=None, blocks=blocks.segment(text).blocks, nlp=doc))


def test_a_span_cutting_a_hyphenated_word_takes_all_of_it():
    text = "His ex-wife said he was stuck in a rhetorical cul-de-sac - and re-tweeted it -twice, pre- and post-war."
    def cut(part: str, skip: int) -> tuple[int, int]:
        start = text.index(part) + skip
        return start, start + len(part) - skip
    assert text[slice(*whole_words(text, cut("ex-wife", 3)))] == "ex-wife"  # "wife"
    assert text[slice(*whole_words(text, (text.index("His"), text.index("-wife"))))] == "His ex-wife"
    assert text[slice(*whole_words(text, cut("cul-de-sac", 4)))] == "cul-de-sac"  # "de-sac", then "de"
    assert text[slice(*whole_words(text, (text.index("de-sac"), text.index("-sac"))))] == "cul-de-sac"
    assert whole_words(text, cut("re-tweeted", 0)) == cut("re-tweeted", 0)  # whole already
    assert whole_words(text, cut("twice", 0)) == cut("twice", 0)  # a dash after a space joins no words
    pre = text.index("pre-")
    assert whole_words(text, (pre, pre + 3)) == (pre, pre + 3)  # a hyphen before a space joins no words


def test_a_full_name_the_tagger_missed_names_the_bare_surname():
    """"Carly Fiorina" left untagged and the bare "Fiorina" tagged an organisation: the given name says the two are
    a person, whom analytics should count as Carly Fiorina, not as an organisation called Fiorina."""
    text = "Carly Fiorina spoke in Iowa on Monday. Fiorina said the plan would fail."
    rows = _rows_with_ents(text, [("Iowa", 0, "GPE"), ("Fiorina", 1, "ORG")])
    row = next(r for r in rows if r.source_text == "Fiorina")
    assert (row.source_kind, row.source_name) == ("named_person", "Carly Fiorina")


def test_a_person_entity_ends_at_a_possessive_inside_it():
    """The tagger ran a possessive and what it owns into one person: "Fred Fiedler’s Contingency Model" is a model,
    and the "He" after Robert House is House, not the model; "Breitbart’s Joel Pollak", where a given name follows
    the possessive, is Joel Pollak; and a headline's "Calls" before a name is a verb, not a given name."""
    text = ("Fred Fiedler’s Contingency Model\n\nThe Path-Goal Model was given by Robert House. "
            "He believed that a leader must define the goals.\n\n"
            "Breitbart’s Joel Pollak reported that the office was closed.")
    rows = _rows_with_ents(text, [("Fred Fiedler’s Contingency Model", 0, "PERSON"), ("Robert House", 0, "PERSON"),
                                  ("Breitbart’s Joel Pollak", 0, "PERSON")])
    assert {(r.source_text, r.source_name) for r in rows if r.cue_text in ("believed", "reported")} == {
        ("He", "Robert House"), ("Breitbart’s Joel Pollak", "Joel Pollak")}
    text = "Clinton Says Russians Hacked DNC, Calls Trump’s Putin Remarks ‘Troubling.’\n\nTrump said it was a joke."
    rows = _rows_with_ents(text, [("Trump’s Putin Remarks ‘Troubling", 0, "PERSON"), ("Trump", 1, "PERSON")])
    assert [(r.source_text, r.source_name) for r in rows if r.cue_text == "said"] == [("Trump", "Trump")]


def test_a_one_word_name_that_its_takes_up_is_an_organisation():
    """A one-word name the tagger left without an entity, that no person of the document has and that "it" or
    "its" goes on with, never "he" or "she", is a company ("FoodCorp claims that its customers ..."), not a person
    named FoodCorp; "Portia", whom "she" goes on with, stays a person, and so does a title in capitals ("VP")."""
    text = ("Shoppers rarely read the fine print. FoodCorp claims that its customers consent to the tracking.\n\n"
            "Portia said she would read the fine print. Portia said it was long.\n\n"
            "Trump’s potential VP then revealed that the ticket would win its first debate.\n")
    kinds = {(r.source_text, r.source_kind) for r in _rows_with_ents(text, [])}
    assert kinds == {("FoodCorp", "organisation"), ("Portia", "named_person"),
                     ("Trump’s potential VP", "named_person")}


def test_a_surname_with_an_apostrophe_is_a_name_word():
    """"Brett O’Donnell" tagged an organisation and the bare "O’Donnell" a common noun, as the tagger does: the
    surname is still a word of a person's name, so the bare one counts as Brett O’Donnell, not as a group."""
    text = ("Brett O’Donnell, a strategist for the campaign, spoke in Iowa. "
            "“It was taxing on campaign resources,” O’Donnell said.")
    rows = _rows_with_ents(text, [("Brett O’Donnell", 0, "ORG"), ("Iowa", 0, "GPE")])
    row = next(r for r in rows if r.source_text == "O’Donnell")
    assert (row.source_kind, row.source_name) == ("named_person", "Brett O’Donnell")


def test_a_place_before_a_plural_is_no_untagged_name():
    """"Virginia Democrats": a given name that the tagger read as a place, before a plural, names no person."""
    text = "Virginia Democrats met in Richmond on Sunday. Democrats said the vote would be close."
    rows = _rows_with_ents(text, [("Virginia", 0, "GPE"), ("Democrats", 0, "NORP"), ("Richmond", 0, "GPE"),
                                  ("Democrats", 1, "NORP")])
    row = next(r for r in rows if r.source_text == "Democrats")
    assert row.source_kind == "group" and row.source_name == "Democrats"


def test_an_attitude_adjective_after_a_preposition_holds_no_ones_attitude():
    """"we thought for sure somebody was going to come": "sure" hangs on "for", which holds no attitude (its
    letters end as an agent noun's do)."""
    text = ("Even in school -- I kept attending the same high school and we thought for sure somebody was going to "
            "come and check up, and we had this whole thing planned about what we were going to say.")
    assert not [a for a in run(text) if a.cue_text == "sure"]


def test_a_person_entity_ending_in_initials_is_a_body():
    """The tagger took "Junge SVP", a party's youth wing, for a person: a name that ends in a body's initials is no
    one's, so "the SVP" is an organisation, not the person "Junge SVP"; a generation ("Brent Bozell III") is no
    initials."""
    text = ("Its youth wing, the Junge SVP, is louder still. The SVP sought to limit immigration.\n\n"
            "Brent Bozell III spoke in Iowa. Bozell said the party had to win.")
    rows = _rows_with_ents(text, [("Junge SVP", 0, "PERSON"), ("SVP", 1, "ORG"), ("Brent Bozell III", 0, "PERSON"),
                                  ("Iowa", 0, "GPE"), ("Bozell", 1, "PERSON")])
    kinds = {r.source_text: (r.source_kind, r.source_name) for r in rows}
    assert kinds["The SVP"][0] == "organisation" and kinds["The SVP"][1] != "Junge SVP"
    assert kinds["Bozell"] == ("named_person", "Brent Bozell III")


def test_a_person_entity_stops_at_a_spaced_dash():
    """The tagger ran "Deborah Jordan Reynolds - Santilli's" into one person: "Santilli" is someone else, named in
    full elsewhere, and "Reynolds" is Deborah Jordan Reynolds."""
    text = ("Peter Santilli, a radio host, was arrested. His partner Deborah Jordan Reynolds - Santilli's "
            "co-host - said he had done nothing wrong. Reynolds said the arrest was unjust.")
    rows = _rows_with_ents(text, [("Peter Santilli", 0, "PERSON"), ("Deborah Jordan Reynolds - Santilli", 0, "PERSON"),
                                  ("Reynolds", 1, "PERSON")])
    row = next(r for r in rows if r.source_text == "Reynolds")
    assert row.source_name == "Deborah Jordan Reynolds"


def test_a_pronoun_is_not_resolved_to_a_person_of_the_other_gender():
    """"Hillary" is a woman's name: "He" is not Hillary Clinton, the nearest person before it (which of the others
    it is the text does not say: "Murphy" has no given name)."""
    text = "Murphy has an ally in Hillary Clinton. He thinks she would have been committed to the issue anyway."
    row = next(r for r in run(text) if r.source_text == "He")
    assert row.source_kind == "pronoun" and row.source_name != "Hillary Clinton"


def test_a_document_source_is_named_by_its_maker_or_the_one_named_before():
    """A poll or a report is named by the words that name it, without article and passing adjectives, or by who
    made it; "The poll" is the one named before it, so analytics count polls, not mentions of them."""
    text = ("The latest Washington Post-ABC News poll found Clinton ahead. The poll showed Trump trailing among women. "
            "A report released in September by the Brookings Institution found that wages stagnated.")
    names = {r.source_text: (r.source_kind, r.source_name) for r in run(text)}
    assert names["The latest Washington Post-ABC News poll"] == ("organisation", "Washington Post-ABC News poll")
    assert names["The poll"] == ("organisation", "Washington Post-ABC News poll")
    assert names["A report released in September by the Brookings Institution"] == (
        "organisation", "report released by the Brookings Institution")


def test_a_document_nothing_names_keeps_no_name():
    """"Polls", "the 50-state poll": no words name them and nothing named before is of their kind."""
    text = "Polls show that voters are split. The new 50-state poll found Clinton ahead in 20 states."
    rows = run(text)
    assert [(r.source_text, r.source_kind, r.source_name) for r in rows] == [
        ("Polls", "organisation", None), ("The new 50-state poll", "organisation", None)]


def test_a_headline_poll_is_not_named_by_its_casing():
    """In a title-case headline every word is capitalised: "New Poll" names no poll."""
    text = "New Poll Shows Clinton Leading Trump In Florida And Ohio\n\nA national Gallup Poll shows Clinton ahead."
    names = {r.source_text: r.source_name for r in run(text)}
    assert names == {"New Poll": None, "A national Gallup Poll": "Gallup Poll"}


def test_a_short_form_of_a_given_name_tells_the_gender_too():
    """"Bernie" is a man's name as "Bernard" is: "She" goes past him to the woman named before."""
    text = "Hillary Clinton spoke first on Monday. Then Bernie Sanders took the stage. She said the plan would fail."
    row = next(r for r in run(text) if r.source_text == "She")
    assert row.source_name == "Hillary Clinton"


def test_a_given_name_the_common_list_lacks_tells_the_gender_from_the_census():
    """Past the common given names, the sex the United States gives a full name's first word tells its gender:
    "She" goes past Mehmet Yilmaz and Barack Obama to the woman named before them. Not for a bare word ("Hope"), a
    name given to both sexes ("Kim Davis") or a Chinese surname written first ("Lu Kang")."""
    from newsprov.extract.attribution_gender import name_gender

    text = ("Justice Elena Kagan spoke first at the conference. Then Mehmet Yilmaz answered questions from the "
            "students.\n\nShe said the court was more divided than it had been in decades.")
    assert next(r for r in run(text) if r.source_text == "She").source_name == "Elena Kagan"
    text = "Hillary Clinton spoke first on Monday. Then Barack Obama took the stage. She said the plan would fail."
    assert next(r for r in run(text) if r.source_text == "She").source_name == "Hillary Clinton"
    assert (name_gender("Hope Hicks"), name_gender("Reince Priebus"), name_gender("Mr. Priebus")) == ("f", None, "m")
    assert [name_gender(n) for n in ("Hope", "Kim Davis", "Lu Kang")] == [None, None, None]


def test_a_given_name_is_read_without_its_accents():
    """The name lists write names without accents: "Céline" and "José" are found as "celine" and "jose", and an
    accented name is a word of a person's name to the name finder ("Céline Dion" beside "Dion")."""
    from newsprov.extract.attribution_gender import is_given_name, name_gender
    from newsprov.extract.attribution_people import _name_word

    assert (name_gender("Céline Dion"), name_gender("José Andrés"), is_given_name("Zoë")) == ("f", "m", True)
    doc = nlp.load()("Céline Dion sang on Monday.")
    assert _name_word(doc[0])


def test_the_subject_of_a_where_clause_opening_the_sentence_is_its_he():
    """"In West Miami, where Mr. Rubio began his political career, he said": the subject of a "where" clause that
    opens the sentence is whom its "he" goes on with, not the last source (as for "Asked about Clinton, she said")."""
    text = ("Mark Diaz, a former aide to Mr. Rubio, said of him: \"He is American 100 percent.\"\n\nIn West Miami, "
            "where Mr. Rubio began his political career, he said that he would bring a Cuban band to the White "
            "House.")
    row = next(r for r in run(text) if r.source_text == "he")
    assert row.source_name == "Rubio"


def test_a_name_the_tagger_took_for_an_organisation_is_a_person_set_off_as_one():
    """"Maryam Violet, an Iranian journalist": the appositive says the name is a person's, whatever the tagger
    made of it (an organisation here), so the bare "Violet" said later is Maryam Violet, and so is the "she" after
    her, not whoever was named before."""
    text = ("Barack Obama condemned the attack.\n\nMaryam Violet, an Iranian journalist visiting Nice on vacation, "
            "told the Guardian that she saw the truck running into people.\n\nViolet said she saw bodies covered "
            "in blue sheets.\n\n\"In Arabic, they were saying she's a martyr,\" Violet said.\n\n\"People were "
            "celebrating\" before the incident, she said.")
    rows = [(r.source_text, r.source_kind, r.source_name) for r in run(text) if r.source_text in ("Violet", "she")]
    assert rows[-3:] == [("Violet", "named_person", "Maryam Violet"), ("Violet", "named_person", "Maryam Violet"),
                         ("she", "pronoun", "Maryam Violet")]


def test_one_of_a_group_of_people_is_one_unnamed_person():
    """"One of his senior aides" is one person the article does not name (anonymous, named up to the noun it is
    one of), and "the aide" after it is that person; "one or more of its members" and "one of her ads" are not."""
    text = ("One of his senior aides said the campaign would appeal.\n\nThe aide added that the ruling was wrong."
            "\n\nOne or more of its permanent members said they would veto it.\n\nOne of her ads claimed that the "
            "plan would cost billions.")
    rows = {r.source_text: (r.source_kind, r.source_name) for r in run(text)}
    assert rows["One of his senior aides"] == ("anonymous", "One of his senior aides")
    assert rows["The aide"] == ("anonymous", "One of his senior aides")
    assert rows["One or more of its permanent members"][0] == "group"
    assert rows["One of her ads"][0] != "anonymous"


def test_a_surname_two_people_share_is_the_one_its_own_pronouns_say():
    """Anne Marie Murphy is named in full more often than Sen. Chris Murphy, but the bare "Murphy" who says "he"
    is the senator: where a document names two people by one surname, the surname's own pronouns (as the subject
    of its sentence) say which of them it is, as "Mr. Murphy" would; the pronouns of a sentence whose subject is
    someone else do not count ("Jones said Murphy was wrong and he ..."), nor do they where one person has the
    surname."""
    text = ("Anne Marie Murphy was a teacher's aide at Sandy Hook. Anne Marie Murphy died there.\n\n"
            "Sen. Chris Murphy spoke on Monday. Murphy said he would push for a vote. Murphy told reporters he was "
            "angry. Murphy said the bill would pass.")
    assert {r.source_name for r in run(text) if r.source_text == "Murphy"} == {"Chris Murphy"}
    noisy = ("Anne Marie Murphy was a teacher's aide at Sandy Hook. Anne Marie Murphy died there.\n\n"
             "Sen. Chris Murphy spoke on Monday. Jones said Murphy was wrong and he would say so. Jones argued "
             "that Murphy lied and that he would prove it. Murphy said the bill would pass.")
    assert {r.source_name for r in run(noisy) if r.source_text == "Murphy"} == {"Anne Marie Murphy"}
    # one person named by the surname: whatever its pronouns, the surname is that person ("he" is Trump here)
    alone = ("Elizabeth Warren spoke about Donald Trump on Monday. Warren said he was a fraud. Warren told "
             "reporters he would lose.")
    assert {r.source_name for r in run(alone) if r.source_text == "Warren"} == {"Elizabeth Warren"}


def test_a_he_after_a_named_object_goes_on_with_the_sentences_subject_he():
    """"He avoided criticism of Donald Trump until recent days, when he expressed concern": the second "he" goes on
    with the sentence's subject, the first "He" (John Kasich), not with the object named between them; but a "he"
    in what the sentence says of that person ("Trump's announcement that he would endorse") is that person."""
    text = ("John Kasich spoke in Ohio on Monday. He avoided direct criticism of Donald Trump until recent days, when "
            "he expressed concern that the party was divided.")
    assert next(r for r in run(text) if r.cue_text.startswith("expressed")).source_name == "John Kasich"
    text = ("Brian Murphy spoke to reporters. \"I don't think it's cut well for him,\" he said, just prior to Donald "
            "Trump's announcement Friday that he would indeed endorse Kelly Ayotte for re-election.")
    assert next(r for r in run(text) if "endorse" in r.cue_text).source_name == "Donald Trump"


def test_a_bare_surname_is_the_person_the_article_names_first():
    """"Bush said" in an article that opens on Jeb Bush is Jeb Bush, though it names George W. Bush more often
    further down; a headline-cased "Top Clinton" before Hillary Clinton is no person named first."""
    text = ("Jeb Bush campaigned in Iowa on Monday. His brother, former President George W. Bush, joined him. George "
            "W. Bush spoke first, and George W. Bush told stories about their father.\n\nBush said the race was far "
            "from over.")
    assert next(r for r in run(text) if r.source_text == "Bush").source_name == "Jeb Bush"
    text = ("Top Clinton aide Jake Sullivan sent the emails. Hillary Clinton spoke in Ohio on Monday. Clinton said "
            "the emails were harmless.")
    assert next(r for r in run(text) if r.source_text == "Clinton").source_name == "Hillary Clinton"


def test_a_possessor_of_unknown_gender_gives_way_to_a_subject_of_the_pronouns_gender():
    """"she" after "President Barack Obama's former top adviser": the possessor, whose gender the document does not
    tell, is passed over for the woman who is the subject of the sentence before."""
    from newsprov.extract.attribution_pronouns import _nearest_person_before

    text = ("Hillary Clinton clashed with Bernie Sanders on Monday. "
            "President Barack Obama's former top adviser corrected the record as she doubled down.")
    doc = nlp.load()(text)
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    assert [p.text for p in people] == ["Hillary Clinton", "Bernie Sanders", "Barack Obama"]
    she = text.index(" she ") + 1
    person = _nearest_person_before(people, [p.end_char for p in people], she, ["f", "m", None], "f")
    assert person.text == "Hillary Clinton"


def test_a_building_named_for_a_person_is_no_antecedent():
    """"Trump Tower" tagged a person, as the tagger does: "he" after it is still the man named before."""
    text = "Donald Trump returned to New York on Tuesday. As he spoke in the lobby of Trump Tower, he called his " \
           "opponent a liar."
    rows = _rows_with_ents(text, [("Donald Trump", 0, "PERSON"), ("New York", 0, "GPE"), ("Trump Tower", 0, "PERSON")])
    row = next(r for r in rows if r.cue_text == "called")
    assert (row.source_text, row.source_name) == ("he", "Donald Trump")


def test_a_relative_who_hung_on_a_time_stands_for_the_person_before_it():
    """"re-elect Sen. Rob Portman this year, who endorsed ...": the parser hangs the clause on "this year"; the one
    who endorsed is the person named before the time, not "this year"."""
    text = "Gay Republicans in Ohio are pumped to re-elect Sen. Rob Portman this year, who endorsed gay marriage."
    rows = _rows_with_ents(text, [("Ohio", 0, "GPE"), ("Rob Portman", 0, "PERSON"), ("this year", 0, "DATE")])
    row = next(r for r in rows if r.source_text == "who")
    assert row.source_name == "Rob Portman"


def test_a_relative_who_is_named_without_the_title_before_the_name():
    """"Sen. Claire McCaskill, who endorsed Clinton": the name analytics count is Claire McCaskill, the same as for
    "McCaskill said"; "Sen." is her role."""
    text = "Sanders was criticized by Sen. Claire McCaskill, who endorsed Clinton. McCaskill said he had no plan."
    rows = _rows_with_ents(text, [("Sanders", 0, "PERSON"), ("Claire McCaskill", 0, "PERSON"),
                                  ("Clinton", 0, "PERSON"), ("McCaskill", 1, "PERSON")])
    names = {r.source_text: (r.source_name, r.source_role) for r in rows}
    assert names["who"] == names["McCaskill"] == ("Claire McCaskill", "Sen.")


def test_an_outlet_is_known_by_its_appositive_or_behind_its_possessive():
    """"the Independent, a British newspaper," is an outlet, though "Independent" is also a partisan's word; "Fox
    News's reporting" is Fox News's, whose possessive the tagger takes into the entity; an outlet's reporter named
    after it ("The Huffington Post’s Scott Conroy", his name left untagged) is still the person."""
    text = ("Last year the Independent, a British newspaper, revealed that most of the clothing was made abroad. "
            "Fox News's reporting often tells a different story. "
            "The Huffington Post’s Scott Conroy reported that the rally was small.")
    rows = _rows_with_ents(text, [("Last year", 0, "DATE"), ("Independent", 0, "ORG"), ("British", 0, "NORP"),
                                  ("Fox News's", 0, "ORG"), ("The Huffington Post’s", 0, "ORG")])
    kinds = {r.source_text: (r.source_kind, r.source_name) for r in rows}
    assert kinds["the Independent, a British newspaper,"] == ("outlet", "The Independent")
    assert kinds["Fox News's reporting"] == ("outlet", "Fox News")
    assert kinds["The Huffington Post’s Scott Conroy"] == ("named_person", "Scott Conroy")


def test_a_place_before_a_surname_makes_no_fuller_name():
    """"a fellow New Hampshire Sanders veteran" tagged an organisation: "New Hampshire" is a place the document
    names, so "New Hampshire Sanders" is no fuller name of Bernie Sanders, whom "Sanders" still names."""
    text = ("Bernie Sanders campaigned in New Hampshire in February. Tom Giancola, a fellow New Hampshire Sanders "
            "veteran, explained the plan. Sanders said the movement would go on.")
    rows = _rows_with_ents(text, [("Bernie Sanders", 0, "PERSON"), ("New Hampshire", 0, "GPE"),
                                  ("Tom Giancola", 0, "PERSON"), ("New Hampshire Sanders", 0, "ORG"),
                                  ("Sanders", 2, "PERSON")])
    row = next(r for r in rows if r.source_text == "Sanders")
    assert row.source_name == "Bernie Sanders"


def test_a_role_stops_at_a_day_and_at_an_unclosed_aside():
    """"The unexpected death Saturday of Justice Antonin Scalia": the role is "Justice", not "Saturday of Justice";
    "chairman of America Rising (a Republican PAC)," is the role without the half of the aside the parse took."""
    text = ("The unexpected death Saturday of Justice Antonin Scalia shook the court. Scalia said in 2015 that the "
            "law was clear. Jeff Bechdel, chairman of America Rising (a Republican PAC), said the ad was unfair.")
    roles = {r.source_text: r.source_role for r in run(text)}
    assert roles["Scalia"] == "Justice"
    assert roles["Jeff Bechdel, chairman of America Rising (a Republican PAC),"] == "chairman of America Rising"


def test_a_they_who_speaks_stands_for_people_not_things():
    """"they found" after "sagging wages ..." is the economists named before, not the wages: a plural subject that
    names a thing is no antecedent for a "they" that speaks or thinks."""
    text = ("Three economists studied the local job markets. Wages remain low in the affected towns. "
            "Sagging wages reduced earnings by $213 a year, they found.")
    row = next(r for r in run(text) if r.source_text == "they")
    assert row.source_name == "Three economists"


def test_an_unnamed_source_is_named_with_whom_it_speaks_for():
    """"A spokesman for the Jupiter Police Department" is counted under that name, not as "A spokesman" beside
    every other outlet's; "the spokesman" after it is the same one; "a person in attendance" serves no one."""
    text = ("A spokesman for the Jupiter Police Department said the charge stands. The spokesman added that the "
            "video was clear. A person in attendance said the room was quiet.")
    names = {r.source_text: r.source_name for r in run(text)}
    assert names["A spokesman for the Jupiter Police Department"] == "A spokesman for the Jupiter Police Department"
    assert names["The spokesman"] == "A spokesman for the Jupiter Police Department"
    assert names["A person in attendance"] == "A person"


def test_a_definite_title_is_not_someone_the_article_gave_another_title():
    """"The Vermont senator" after "Supreme Court Justice Ruth Bader Ginsburg": no one was given "senator", and the
    nearest person is a justice, so the senator is the nearest person not given another title."""
    text = ("Bernie Sanders spoke in Ohio on Monday about remarks by Supreme Court Justice Ruth Bader Ginsburg. "
            "The Vermont senator said the remarks were fair.")
    row = next(r for r in run(text) if r.source_text == "The Vermont senator")
    assert (row.source_kind, row.source_name) == ("named_person", "Bernie Sanders")



def test_a_plural_after_a_name_is_no_role():
    """"peppered Mr. Trump, his family members and advisers with suggestions": the plural after the name is a list
    the parser hung on it, not his role; "Facebook's global politics and government outreach director" is a role
    the parser split at its "and", and stays one."""
    text = ("Donald J. Trump spoke on Monday. Mr. Hannity had for months peppered Mr. Trump, his family members and "
            "advisers with suggestions on strategy. Mr. Trump said he listened.")
    assert next(r for r in run(text) if r.source_text == "Mr. Trump").source_role is None
    text = "Katie Harbath, Facebook's global politics and government outreach director, said the site was neutral."
    assert run(text)[0].source_role == "Facebook's global politics and government outreach director"


def test_a_he_or_she_goes_on_with_the_topic_a_pronoun_carried_past_a_mention():
    """"At 29, she still lives in her bedroom, walls plastered with Dirty Dancing posters. '...,' she said": the
    nearest "person" is only named in a sentence whose subject is already "she", so the quote's "she" is the woman
    that "she" goes on with, named as a subject before; not when the pronoun comes after the mention ("As for
    Trump, he was subdued": he is Trump)."""
    text = ("Christyn Gionfriddo, a Neptune native, is saddled with debt. At 29, she still lives in her childhood "
            "bedroom, walls plastered with the same Dirty Dancing and Justin Timberlake posters.\n\n"
            "\"Who wants to live at home at 29?\" she said.")
    rows = _rows_with_ents(text, [("Christyn Gionfriddo", 0, "PERSON"), ("Neptune", 0, "GPE"),
                                  ("Dirty Dancing", 0, "PERSON"), ("Justin Timberlake", 0, "PERSON")])
    assert next(r for r in rows if r.source_text == "she").source_name == "Christyn Gionfriddo"
    text = ("Ben Carson spoke first. And as for Donald Trump, he was strangely subdued. \"I was tired,\" he said.")
    assert next(r for r in run(text) if r.source_text == "he").source_name == "Donald Trump"


def test_a_second_relative_who_stands_for_the_same_noun():
    """"Senator Ted Cruz of Texas, who last year threatened ..., and who has been hoping ...": the second "who" is
    joined to the first clause, and stands for Ted Cruz too."""
    text = ("Senator Ted Cruz of Texas, who last year threatened to shut down the government over funding Planned "
            "Parenthood, and who has been hoping to carve evangelical support away from Mr. Trump, said the bill "
            "was a disgrace.")
    rows = run(text)
    assert [r.source_name for r in rows if r.source_text == "who" and r.cue_text.endswith("hoping")] == ["Ted Cruz"]


def test_a_surname_is_one_name_whatever_its_apostrophe_or_suffix():
    """The fullest mention holds across a curly and a straight apostrophe ("James O’Neill" and "O'Neill") and past
    a generational suffix ("Joseph R. Biden Jr." is "Mr. Biden"), but "Trump" stays Donald Trump beside Donald
    Trump Jr., and "Donald Jr." is the son."""
    text = ("Commissioner James O’Neill spoke on Monday. O'Neill said the device was not found. "
            "Vice President Joseph R. Biden Jr. visited Ohio. Mr. Biden said the law would help.")
    names = {r.source_text: r.source_name for r in run(text)}
    assert names["O'Neill"] == "James O’Neill"
    assert names["Mr. Biden"] == "Joseph R. Biden Jr."
    text = ("Donald Trump spoke in Ohio with his son Donald Trump Jr. on Monday. Trump said the race was close. "
            "Donald Jr. said the campaign would win.")
    names = {r.source_text: r.source_name for r in run(text)}
    assert names["Trump"] == "Donald Trump"
    assert names["Donald Jr."] == "Donald Trump Jr."


def test_a_title_the_tagger_took_into_a_name_is_left_out_of_it():
    """"Representative Charles B. Rangel" tagged whole: the source is Charles B. Rangel, as "Rangel" is; a title
    word that also begins an organisation's name ("National Nurses United") stays in it."""
    text = ("Representative Charles B. Rangel of New York said the bill would pass. Rangel said the vote was set. "
            "National Nurses United said the plan was wrong.")
    rows = _rows_with_ents(text, [("Representative Charles B. Rangel", 0, "PERSON"), ("New York", 0, "GPE"),
                                  ("Rangel", 1, "PERSON"), ("National Nurses United", 0, "PERSON")])
    names = {r.source_text: r.source_name for r in rows}
    assert names["Representative Charles B. Rangel of New York"] == "Charles B. Rangel"
    assert names["Rangel"] == "Charles B. Rangel"
    assert names["National Nurses United"] == "National Nurses United"


def test_a_newspaper_the_lexicon_does_not_list_is_an_outlet_by_its_nameplate():
    """"The Charlotte Observer" and "NY Daily News" are outlets by their masthead words, as the lexicon's papers
    are, but "the nation", written in lower case, is not the magazine The Nation."""
    text = ("The Charlotte Observer reported that the mayor would resign. NY Daily News reported the same. "
            "The nation believes the mayor.")
    kinds = {r.source_text: r.source_kind for r in run(text)}
    assert kinds["The Charlotte Observer"] == "outlet"
    assert kinds["NY Daily News"] == "outlet"
    assert kinds["The nation"] != "outlet"


def test_an_acronym_is_named_by_the_name_the_document_spells_out():
    """"The S.E.C." and "AROS" count as the names the article writes out for them, so analytics count one
    organisation, not two; an acronym the article never spells out keeps its own name."""
    text = ("The federal Securities and Exchange Commission filed a complaint on Monday. The S.E.C. said the firm "
            "had lied. The Alliance to Reclaim Our Schools (AROS) said the rally would go on. AROS said parents would "
            "come. "
            "The IMF said growth would slow.")
    names = {r.source_text: r.source_name for r in run(text)}
    assert names["The S.E.C."] == "Securities and Exchange Commission"
    assert names["AROS"] == "Alliance to Reclaim Our Schools"
    assert names["The IMF"] == "The IMF"


def test_a_surname_takes_the_gender_its_honorifics_give_it():
    """"Mr. Obama" makes the bare surname a man's, so "The president" is not the Michelle Obama named further down;
    and "Mr. Alexander" is Lamar Alexander, a full name whose given name the list does not know, not the bare
    surname."""
    text = ("President Obama spoke in Ohio on Monday. The president said the plan would work. Mr. Obama said the "
            "vote mattered. Later, Michelle Obama said she agreed.")
    names = {r.source_text: r.source_name for r in run(text)}
    assert names["The president"] != "Michelle Obama"
    assert names["Mr. Obama"] != "Michelle Obama"
    text = "Senator Lamar Alexander spoke on Monday. Mr. Alexander said the bill was dead."
    names = {r.source_text: r.source_name for r in run(text)}
    assert names["Mr. Alexander"] == "Lamar Alexander"


def test_a_lone_surname_takes_the_one_full_name_of_its_gender():
    """A source named by a surname alone takes the one full name another source has with it (where the tagger left
    that name out of its people), but a "he" is not the Michelle Obama another source is."""
    text = "He said the plan would work. Obama said it would. Michelle Obama said she agreed."
    doc = nlp.load()(text)
    genders = Genders(doc, surname_honorifics(text), [], lambda e: e.text)
    he = Candidate((3, 7), (0, 2), None, False, doc[0], kind="pronoun", name="Obama")
    bare = Candidate((35, 39), (29, 34), None, False, doc[7], kind="named_person", name="Obama")
    full = Candidate((65, 69), (50, 64), None, False, doc[13], kind="named_person", name="Michelle Obama")
    _link_surnames([he, bare, full], genders)
    assert (he.name, bare.name) == ("Obama", "Michelle Obama")


def test_he_added_goes_on_with_the_last_speaker():
    """"he added" after a quotation goes on with the one who spoke last, not with a man named in between (a
    caption's "officer Timothy Smith holds up the gun")."""
    text = ("George Zimmerman said he had received offers for the gun. He did not elaborate.\n\n"
            "Sanford police officer Timothy Smith holds up the gun during the trial.\n\n"
            "“The firearm is fully functional,” he added.")
    row = next(r for r in run(text) if r.cue_text == "added")
    assert (row.source_kind, row.source_name) == ("pronoun", "George Zimmerman")


def test_a_party_group_tagged_as_a_person_names_no_one():
    """"Log Cabin Republicans" tagged a person must not make "Republicans" a person's surname: "Gay Republicans"
    are a group."""
    text = "The Log Cabin Republicans met on Monday. Gay Republicans said the platform must change."
    rows = _rows_with_ents(text, [("Log Cabin Republicans", 0, "PERSON")])
    row = next(r for r in rows if r.source_text == "Gay Republicans")
    assert row.source_kind == "group"


def test_one_party_member_familiar_with_the_talks_is_anonymous():
    """"one Democrat familiar with the discussion" is an unnamed source, as "a source familiar with" is, not a
    member of a population counted with groups ("one kind-hearted Canadian")."""
    text = "Senators met on Monday. One Democrat familiar with the discussion said the talks had stalled."
    row = next(r for r in run(text) if r.cue_text == "said")
    assert row.source_kind == "anonymous"


def test_the_administration_is_the_one_named_by_whose_it_is():
    """"The administration" after "the Obama administration" (named in passing, not as a source) counts as the
    Obama administration; "The company" with no such body before it keeps its own words."""
    text = ("Officials in the Obama administration met on Monday. The administration said the rules would help "
            "workers. The company said it disagreed.")
    names = {r.source_text: r.source_name for r in run(text)}
    assert names["The administration"] == "The Obama administration"
    assert names["The company"] == "The company"


def test_a_person_named_in_the_opening_clause_is_not_the_she_after_it():
    """"Asked about her vote in the event that Clinton faces Trump, she replied": the "she" is the last speaker,
    Susan Sarandon, not Hillary Clinton, named in the clause the sentence opens with; "As for Trump, he said"
    names its topic, who is the "he"."""
    text = ("Actress Susan Sarandon is not sure she can vote for Hillary Clinton. “I think Bernie would encourage "
            "people,” Sarandon said. Asked about her own vote in the event that Clinton faces Donald Trump, she "
            "replied: “I don’t know.”\n\nTed Cruz spoke on Monday. “It would be a disaster,” Cruz said. As for "
            "Donald Trump, he said he was not worried.")
    rows = run(text)
    assert next(r for r in rows if r.cue_text == "replied:").source_name == "Susan Sarandon"
    assert next(r for r in rows if r.content_text == "he was not worried").source_name == "Donald Trump"


def test_a_role_word_set_beside_a_name_gives_its_gender():
    """"Her husband, Milton Berg": the husband is a man whatever his given name, so the "she" after him is Rachel
    Berg; "Through a spokeswoman, Trump declined" says nothing of Trump's gender."""
    text = ("Rachel Berg, a philanthropist, spoke on Monday. Her husband, Milton Berg, a money manager, was there. "
            "She said the race was close.")
    row = next(r for r in run(text) if r.source_text == "She")
    assert row.source_name == "Rachel Berg"
    from newsprov.extract.attribution_gender import stated_gender
    doc = nlp.load()("Through a spokeswoman, Trump declined to comment.")
    assert stated_gender(doc[4:5]) is None


def test_a_proper_noun_in_lower_case_is_no_name():
    """The tagger takes "mogul" in "the billionaire business mogul" for a proper noun; a name is capitalised, so
    the source is a description, an epithet of the person the article names most, not a person called "mogul"."""
    text = ("Donald Trump listed a show as his guilty pleasure. Trump said he watches it every week. “My guilty "
            "pleasure TV show — ‘SNL,’ starring me,” the billionaire business mogul told People.")
    row = next(r for r in run(text) if r.cue_text == "told")
    assert row.source_kind == "named_person" and row.source_name == "Donald Trump"


def test_a_lone_surname_tagged_an_organisation_is_the_person_of_that_surname():
    """The tagger takes a bare "Ebeling" for an organisation (or a verb); the document names Betsy Ebeling, so it
    is she, the subject the next "she" goes on with, not Clinton, named after her. Nor is a name after "of" given
    the words before it as a role: "the state of Sanders’ younger years" makes Sanders no "state"."""
    text = ("Betsy Ebeling has known Hillary Clinton since school. Walking to the next address, Ebeling reminisced "
            "about her days growing up as a Goldwater girl with Clinton, and said their views were changed by the "
            "war. Despite her conservative upbringing, she said she can't make sense of the party. New York, the "
            "state of Sanders’ younger years, matters. Bernie Sanders said he would win.")
    rows = _rows_with_ents(text, [("Betsy Ebeling", 0, "PERSON"), ("Hillary Clinton", 0, "PERSON"),
                                  ("Ebeling", 1, "ORG"), ("Clinton", 1, "PERSON"), ("Sanders", 0, "ORG"),
                                  ("Bernie Sanders", 0, "PERSON")], verbs=(("Ebeling", 1),))
    row = next(r for r in rows if r.source_text == "she")
    assert row.source_name == "Betsy Ebeling"
    row = next(r for r in rows if r.source_text == "Bernie Sanders")
    assert row.source_role is None


def test_an_epithet_is_the_person_the_article_is_about():
    """"The candidate", "the billionaire businessman": a person already named, most likely the one the article has
    named most, not whoever was named last; an epithet of a party no one was given as a title ("the Democratic
    nominee") is not guessed at."""
    text = ("Donald Trump spoke in Ohio on Monday. Trump said the race was close. His rival, Hillary Clinton, was "
            "in Iowa. The candidate said he would win the state. The Democratic nominee said she would win it.")
    rows = run(text)
    row = next(r for r in rows if r.source_text == "The candidate")
    assert (row.source_kind, row.source_name) == ("named_person", "Donald Trump")
    row = next(r for r in rows if r.source_text == "The Democratic nominee")
    assert row.source_name != "Donald Trump"


def test_the_writer_an_opinion_piece_names_at_its_end_is_its_i():
    """An "I" outside quotations is the writer; an opinion piece names the writer in its closing line, so
    analytics can count the writer's claims under a name. Without such a line the "I" stays unnamed."""
    body = ("Pundits are shocked that Donald Trump is leading in the polls.\n\nI believe voters want an outsider. "
            "\"We will win,\" Trump said.\n\n")
    row = next(r for r in run(body + "Rick Scott is the Republican governor of Florida.") if r.source_text == "I")
    assert row.source_name == "Rick Scott"
    row = next(r for r in run(body + "The polls close at eight.") if r.source_text == "I")
    assert row.source_name is None


def test_the_byline_names_the_i_where_no_closing_line_does():
    """Without a closing line that names the writer, the byline's one author is the "I" outside quotations, with
    the title it gives, whether the byline is a line of the text or the metadata's, named without a title and out
    of capitals. Not a byline of two authors, nor one of a desk; never an "I" inside a quotation."""
    text = ("Keep the returns.\n\nI believe the candidate owes voters an account of his taxes. \"I will release "
            "them,\" Trump said in May.\n\nHe has not. I think he never will.")

    def rows(body: str, byline: str | None = None):
        doc = nlp.load()(body)
        return attributions.extract(Article(text=body, published_at=None, blocks=blocks.segment(body).blocks,
                                            nlp=doc, metadata={"byline": byline} if byline else {}))

    mine = [r for r in rows(text, "By Jane Doe, Staff Writer") if r.source_text == "I"]
    assert [(r.cue_text, r.source_name, r.source_role) for r in mine] == [
        ("believe", "Jane Doe", "Staff Writer"), ("think", "Jane Doe", "Staff Writer")]
    quoted = next(r for r in rows(text, "By Jane Doe") if r.cue_text == "said")
    assert quoted.source_name == "Trump"  # the quotation's "I" is not the writer's
    in_text = "Keep the returns.\n\nBy Jane Doe\n\nI believe the candidate owes voters an account of his taxes."
    assert next(r for r in rows(in_text) if r.source_text == "I").source_name == "Jane Doe"
    for byline in ("By Dr. Jane Doe", "By JANE DOE, Associated Press"):  # named as sources are
        assert {r.source_name for r in rows(text, byline) if r.source_text == "I"} == {"Jane Doe"}, byline
    for byline in (None, "Jane Doe and John Roe", "The Editorial Board", "Fox News Staff"):
        assert {r.source_name for r in rows(text, byline) if r.source_text == "I"} == {None}, byline


def test_a_letters_i_is_its_signer():
    """On a page of readers' letters and tweets, each signed on a line of its own, a letter's "I" is whoever signs
    it, by name or handle, even a name the gender lexicon does not know; names that head the paragraphs after
    them sign nothing, as the page does not end with one."""
    text = ("Readers respond to the debate.\n\nI think the debate was a disgrace. Neither candidate answered a "
            "question.\n\nAtul M. Karnik.\n\nI believe Clinton won on substance.\n\nKevin Hays.\n\n"
            "Springfield, Ill.\n\nI liked the moderator.\n\n@readerone.\n")
    rows = [r for r in run(text) if r.source_text == "I"]
    assert [(r.cue_text, r.source_name) for r in rows] == [
        ("think", "Atul M. Karnik"), ("believe", "Kevin Hays"), ("liked", "@readerone")]
    headings = ("How the candidates could win.\n\nHillary Clinton.\n\nI think she can win the South by a wide "
                "margin, and her rivals know it.\n\nBernie Sanders.\n\nHe needs young voters to turn out in "
                "large numbers in the spring primaries.")
    assert [r.source_name for r in run(headings) if r.source_text == "I"] == [None]


def test_a_quotation_a_colon_sets_off_is_what_the_cue_after_it_reports():
    """'McCaskill scolded him: “...,” she said': what "she said" reports is the quotation, not the sentence that
    sets it off, so McCaskill, named outside it, is who "she" is."""
    text = ("Hillary Clinton said she was fine.\n\nSen. Claire McCaskill scolded him: “The scientific community is "
            "against you,” she said.")
    row = next(r for r in run(text) if r.source_text == "she" and r.cue_text == "said")
    assert (row.content_text, row.is_direct_quote) == ("The scientific community is against you", True)
    assert row.source_name == "Claire McCaskill"


def test_the_i_of_an_interviews_answers_is_the_person_interviewed():
    """An interview printed as questions and answers: the "I" of an answer (which may run over paragraphs) and the
    "you" of a question are the person it is with, whom its introduction names; the interviewer's "I" and an
    answer's general "you" are no one named."""
    text = ("Former first lady Laura Bush wrote the introduction for a new book. Bush sat down this week with Tom "
            "Smith to discuss the war.\n\nQ: You said the war was not over. Why?\n\nA: Because I think the war "
            "goes on. You could say the war is lost.\n\nI think the women need help.\n\nQ: I wonder what comes next. What "
            "do you think?\n\nA: I believe the country will rebuild.")
    rows = run(text)
    at = {r.source_start: r.source_name for r in rows if r.source_text in ("I", "You")}
    assert at[text.index("You said")] == "Laura Bush"
    assert at[text.index("I think the war")] == "Laura Bush"
    assert at[text.index("I think the women")] == "Laura Bush"  # the answer goes on in a paragraph of its own
    assert at[text.index("I believe")] == "Laura Bush"
    assert at[text.index("I wonder")] is None  # the interviewer
    assert at[text.index("You could")] is None  # an answer's "you" is anyone


def test_a_family_name_written_first_is_the_full_name():
    """"Mr. Lou" after "Lou Jiwei" is Lou Jiwei (the family name first), since no one is named "Jiwei" alone; a
    headline's verb after a name ("Obama Says ...", its short words in lower case) is no full name of Obama."""
    text = ("Obama Says Museum Will Tell of 'Suffering and Delight.'\n\nThe finance minister, Lou Jiwei, suggested "
            "that officials should curb their complaints. Mr. Lou told a news briefing that the world had cheered. "
            "Mr. Obama said the talks went well.")
    rows = _rows_with_ents(text, [("Obama Says", 0, "PERSON"), ("Lou Jiwei", 0, "PERSON"), ("Lou", 1, "PERSON"),
                                  ("Obama", 1, "PERSON")])  # as the tagger reads the article this is from
    names = {r.source_text: r.source_name for r in rows}
    assert names["Mr. Lou"] == "Lou Jiwei"
    assert names["Mr. Obama"] == "Obama"


def test_a_place_a_headline_abbreviated_is_no_person():
    """A tagger may take a headline's "N. Korea" for a person; "North Korea said" is still the country."""
    text = "World leaders denounce N. Korea test\n\nThe latest test, North Korea said, was its biggest yet."
    rows = _rows_with_ents(text, [("N. Korea", 0, "PERSON"), ("North Korea", 0, "GPE")])
    row = next(r for r in rows if r.source_text == "North Korea")
    assert (row.source_kind, row.source_name) == ("organisation", "North Korea")


def test_an_occupation_written_as_a_title_is_no_part_of_the_name():
    """"Actress Amandla Stenberg" is Amandla Stenberg, the name the later "Stenberg" takes too."""
    names = {r.source_text: r.source_name for r in run("Actress Amandla Stenberg said she was proud. Stenberg "
                                                       "said the show was great.")}
    assert names["Actress Amandla Stenberg"] == names["Stenberg"] == "Amandla Stenberg"


def test_a_given_name_the_lexicon_does_not_know_is_part_of_the_name():
    """The tagger tags "Joseph" in "Amelize Joseph loves ...": the name is Amelize Joseph, and the later "Joseph"
    is she; an occupation before a name ("Actress Joseph") is no given name."""
    text = "Amelize Joseph loves the public school that her daughter attends. Joseph said the school was great."
    assert {r.source_name for r in run(text)} == {"Amelize Joseph"}
    text = "Actress Joseph said the vote was close. Joseph added that it was fair."
    assert {r.source_name for r in run(text)} == {"Joseph"}


def test_a_name_keeps_the_given_name_and_the_suffix_the_tagger_left_out():
    """The tagger tags "Wasserman Schultz" in "Representative Debbie Wasserman Schultz" and "Brent Bozell" in
    "Brent Bozell, Jr.": the name is the whole of it, so "Debbie" is no role, and the father (Jr.) and the son
    (III) are two people, the bare "Bozell" being the one the article names first."""
    text = ("Representative Debbie Wasserman Schultz of Florida said the party was united. "
            "“I support Ted Cruz,” Brent Bozell III, founder of the Media Research Center, said. His father, "
            "Brent Bozell, Jr. was a writer. “It is clear,” Bozell says.")
    rows = _rows_with_ents(text, [("Wasserman Schultz", 0, "PERSON"), ("Florida", 0, "GPE"),
                                  ("Ted Cruz", 0, "PERSON"), ("Brent Bozell III", 0, "PERSON"),
                                  ("Brent Bozell", 1, "PERSON"), ("Bozell", 2, "PERSON")])
    row = next(r for r in rows if r.source_text.startswith("Representative"))
    assert (row.source_name, row.source_role) == ("Debbie Wasserman Schultz", "Representative")
    row = next(r for r in rows if r.source_text == "Bozell")
    assert row.source_name == "Brent Bozell III"


def test_spokesman_says_nothing_of_gender():
    """News style calls women "spokesman" and "chairman" too: "Trump spokesman Hope Hicks" is the "she" after
    her, not the woman named before her."""
    text = ("Dahlys Hamilton is listed as the chairman of the group. Trump spokesman Hope Hicks confirmed that the "
            "group was created independently. “They are not affiliated with the campaign,” she said.")
    row = next(r for r in run(text) if r.source_text == "she")
    assert row.source_name == "Hope Hicks"


def test_two_spellings_of_a_name_are_one_person_spelled_with_its_accents():
    """An article that writes "Francois Hollande" twice and "François Hollande" once names one person, whose name
    is the spelling with its accents; "Calderon" is the "Felipe Calderón" named before."""
    text = ("French President Francois Hollande spoke on Tuesday. Francois Hollande said the remarks were "
            "insulting. “François Hollande is right,” an aide said. Felipe Calderón, a former president of Mexico, "
            "was there. Calderon said the talks would go on.")
    rows = run(text)
    row = next(r for r in rows if r.source_text == "Francois Hollande")
    assert row.source_name == "François Hollande"
    row = next(r for r in rows if r.source_text == "Calderon")
    assert row.source_name == "Felipe Calderón"


def test_an_organisation_is_named_by_its_proper_name_not_what_describes_it():
    """"the nonpartisan Congressional Budget Office" is The Congressional Budget Office, counted under the name
    "the Congressional Budget Office said" gives it; "the government in Beijing" has no proper name of its own, and
    "the super PAC" is no organisation called PAC."""
    text = ("The nonpartisan Congressional Budget Office said the plan would cost $1 trillion. The government in "
            "Beijing said the tariffs were unfair. The super PAC said it would spend more.")
    names = {r.source_text: r.source_name for r in run(text)}
    assert names["The nonpartisan Congressional Budget Office"] == "The Congressional Budget Office"
    assert names["The government in Beijing"] == "The government in Beijing"
    assert names["The super PAC"] == "The super PAC"


def test_fact_checkers_are_outlets():
    """PolitiFact, FactCheck.org and Snopes publish what they check: outlets, whatever the tagger made of them."""
    rows = run("Politifact said Trump was right. FactCheck.org found the claim false.")
    assert [(r.source_text, r.source_kind) for r in rows] == [("Politifact", "outlet"), ("FactCheck.org", "outlet")]


def test_those_the_source_describes_are_a_group():
    """"Those close to him say" is a group of people the source describes, named by its words; a bare "those"
    stands for people named before, a pronoun."""
    rows = {r.source_text: r for r in run("Those close to him say he was angry. Voters were angry, and those said so.")}
    assert (rows["Those close to him"].source_kind, rows["Those close to him"].source_name) == \
        ("group", "Those close to him")
    assert rows["those"].source_kind == "pronoun"


def test_two_sources_joined_as_one_are_a_group():
    """"Mr. Grassley and Mr. Leahy said" is said by both: a group, not Grassley alone, named by each one's fullest
    name (so one pair counts as one source however the article writes it); but the words of one title
    joined by "and" still name one person, and a thing joined to a name ("1 percent") or after the "and" of a
    description ("China, Pyongyang's only ally and its economic lifeline") joins no one."""
    text = ("Charles Grassley and Patrick Leahy met on Monday. Mr. Grassley and Mr. Leahy said the bill was fair. "
            "Former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell said the party was "
            "united. Libertarian nominee Gary Johnson and 1 percent said no. Even China, Pyongyang's only ally and "
            "its economic lifeline to the outside world, said it was opposed to the test. Hillary Clinton spoke. She "
            "and her defenders have said the emails were not marked. The Clinton campaign and DNC declined to "
            "comment.")
    rows = {r.source_text: r for r in run(text)}
    row = rows["Mr. Grassley and Mr. Leahy"]
    assert (row.source_kind, row.source_name) == ("group", "Charles Grassley and Patrick Leahy")
    row = next(r for t, r in rows.items() if t.endswith("Ed Rendell"))
    assert (row.source_kind, row.source_name) == ("named_person", "Ed Rendell")
    row = next(r for t, r in rows.items() if "Gary Johnson" in t)
    assert row.source_kind == "named_person"
    row = next(r for t, r in rows.items() if t.startswith("China"))  # an ally described, not joined
    assert (row.source_kind, row.source_name) == ("organisation", "China")
    for joined in ("She and her defenders", "The Clinton campaign and DNC"):  # a pronoun's, an organisation's
        assert (rows[joined].source_kind, rows[joined].source_name) == ("group", joined)


def test_a_surname_is_the_person_the_article_names_most():
    """"Bush" in an article about Jeb Bush, who is named three times, is Jeb Bush, not George H.W. Bush, whose name
    is longer but named once; a verb the tagger took into a name ("Telling Jeb Bush") is no part of it."""
    text = ("Jeb Bush spoke in Greenville. His father, George H.W. Bush, was there. Jeb Bush said the race was "
            "close. Jeb Bush thanked the crowd. Bush said he would win.")
    row = next(r for r in run(text) if r.source_text == "Bush")
    assert row.source_name == "Jeb Bush"
    text = "Trump was booed after Telling Jeb Bush to pipe down. Bush said the crowd was fair."
    rows = _rows_with_ents(text, [("Trump", 0, "PERSON"), ("Telling Jeb Bush", 0, "PERSON"), ("Bush", 1, "PERSON")],
                           verbs=(("Telling", 0),))
    row = next(r for r in rows if r.source_text == "Bush")
    assert row.source_name == "Jeb Bush"


def test_a_campaign_has_one_name_however_a_sentence_says_whose_it_is():
    """"Hillary Clinton’s campaign", "Clinton's campaign" and "the Clinton campaign" are one source for analytics
    to count; "The campaign" and "His campaign" are not renamed after a word that is no owner."""
    text = ("Hillary Clinton’s campaign said the poll was wrong. Clinton's campaign said it would win. "
            "The Clinton campaign said the race was close. Donald Trump spoke. His campaign said he would win.")
    names = [r.source_name for r in run(text)]
    assert names[:3] == ["The Clinton campaign"] * 3
    assert "The His campaign" not in names


def test_the_department_is_the_department_of_its_name():
    """"the department" after "the Department of Labor" is that department, though its name does not end in
    "department"."""
    rows = run("The Department of Labor said the rule would help. The department said it would take effect soon.")
    assert [r.source_name for r in rows] == ["The Department of Labor"] * 2


def test_the_agency_and_the_group_are_the_body_of_their_kind_named_before():
    """"The agency" after "the FBI" is the FBI, and "The group" after "the Congressional Progressive Caucus" that
    caucus: the nearest body of the noun's kind named before; but not where the text has since used the noun for
    something else ("The high-earning group" of voters after the Roper Center)."""
    text = ("Ferguson had 115 violent crimes, according to data from the FBI. The agency lists the population as "
            "21,090.\n\nThe vote was backed by the Congressional Progressive Caucus. The group said it was pleased.")
    named = [r.source_name for r in run(text) if r.source_text in ("The agency", "The group")]
    assert named == ["FBI", "The Congressional Progressive Caucus"]
    text = ("Trump won the voters making $100,000, according to the Roper Center. The high-earning group voted for "
            "Romney. The group said it liked Obama.")
    assert next(r for r in run(text) if r.source_text == "The group").source_name == "The group"


def test_police_is_the_police_of_the_place_the_text_names():
    """A bare "police" source is the police of the place the text puts before the word, before the source or
    else after it, so analytics count one police force."""
    text = ("Police said the video was unclear. Tulsa police released a video on Monday. But police said the man "
            "was armed.")
    names = [r.source_name for r in run(text) if r.source_text.lower() == "police"]
    assert names == ["Tulsa police"] * 3


def test_a_lede_that_holds_back_the_name_is_the_person_named_next():
    """"A former Democratic National Committee chairman says ..." and then '"...," said Don Fowler': the headline's
    and the lede's description are Don Fowler, whom the article names in the next paragraph; but "Chelsea
    Clinton's husband" is not Chelsea Clinton, who speaks next."""
    text = ("Former DNC chairman calls for Clinton contingency plan.\n\nA former Democratic National Committee "
            "chairman says President Barack Obama should come up with a process to identify a successor.\n\n"
            "“Now is the time,” said Don Fowler, who helmed the DNC from 1995 to 1997.")
    rows = {r.source_text: r for r in run(text)}
    for lede in ("Former DNC chairman", "A former Democratic National Committee chairman"):
        assert (rows[lede].source_kind, rows[lede].source_name) == ("named_person", "Don Fowler")
    text = ("Chelsea Clinton's husband says he is leaving his hedge fund.\n\n“We are proud of him,” said Chelsea "
            "Clinton.")
    row = next(r for r in run(text) if r.source_text.endswith("husband"))
    assert row.source_name != "Chelsea Clinton"


def test_a_subject_cut_at_the_cue_is_not_one_whose_verb_governs_the_cue():
    """A subject is cut where its cue begins only when the phrase the parser ran past the verb is an aside of the
    subject's ("A union representing flight attendants endorsed ..., another example of ..."), not where a verb
    of the subject's own governs the cue ("The Sanders campaign countered Sunday by suggesting ...")."""
    text = ("The Sanders campaign countered Sunday by suggesting four other nights - one of them on a weekend, which "
            "it previously had said was unacceptable.")
    sources = [a.source_text for a in run(text)]
    assert sources, "the text's other attributions (the relative 'it ... had said') are expected"
    assert not any("countered" in s for s in sources), sources


def test_an_epithet_of_a_party_is_the_person_the_article_gives_that_party():
    """"The Republican nominee" is the person named most whom the article calls a Republican ("Republican nominee
    Donald Trump"), and "The Democratic nominee" the Democrat; not a person only related to the nominee ("Ivanka
    Trump, the Republican nominee's eldest daughter"), and not a nominee joined to others ("and his aides")."""
    text = ("Democratic nominee Hillary Clinton met Republican nominee Donald Trump in the debate. Clinton said the "
            "economy was strong. Trump said it was weak. Trump added that he would win. The Republican nominee said "
            "the polls were wrong. The Democratic nominee said she was ready. The Republican nominee and his aides "
            "said no.")
    rows = {r.source_text: r.source_name for r in run(text)}
    assert rows["The Republican nominee"] == "Donald Trump"
    assert rows["The Democratic nominee"] == "Hillary Clinton"
    assert rows["The Republican nominee and his aides"] != "Donald Trump"
    text = ("Ivanka Trump, the Republican nominee's eldest daughter, spoke on Monday. Ivanka Trump said the plan "
            "was fair. Ivanka Trump added that it would pass. The Republican nominee said the polls were wrong.")
    assert next(r for r in run(text) if r.source_text == "The Republican nominee").source_name != "Ivanka Trump"


def test_a_group_of_people_is_a_group_not_an_organisation():
    """"A group of doctors" and "A number of other members of Congress" are the people they gather, counted with
    groups; "a coalition of civil rights groups" is still an organisation."""
    for text, source in (("A group of doctors said the show was harmful.", "A group of doctors"),
                         ("A number of other members of Congress echo her concerns.",
                          "A number of other members of Congress")):
        row = next(r for r in run(text) if r.source_text == source)
        assert row.source_kind == "group", source
    row = next(r for r in run("A coalition of civil rights groups said the law was unfair.")
               if r.source_text == "A coalition of civil rights groups")
    assert row.source_kind == "organisation"


def test_a_title_that_ends_with_a_name_is_that_person():
    """"Clinton's chief pollster and strategist Joel Benenson lashed out ..." is Joel Benenson, though the parser
    took "strategist" for a verb; "A spokesman for Joel Benenson" is not Benenson."""
    text = ("Clinton's chief pollster and strategist Joel Benenson, advising her not to deal with Sanders' "
            "allegations in the debate, lashed out at the senator.\n\nA spokesman for Joel Benenson said no.")
    rows = {r.source_text: r for r in run(text)}
    row = rows["Clinton's chief pollster and strategist Joel Benenson"]
    assert (row.source_kind, row.source_name) == ("named_person", "Joel Benenson")
    assert rows["A spokesman for Joel Benenson"].source_name != "Joel Benenson"


def test_a_given_name_after_the_is_still_a_given_name():
    """"the Donald" is Donald Trump: a "the" before a lone name is no title making it a surname, as "President"
    before "Obama" is."""
    text = ("A year ago it seemed unlikely Donald Trump would become the Republican presidential candidate.\n\nHere "
            "are nine things the Donald has said about Latinos. Trump said the wall would be built.")
    assert {r.source_name for r in run(text) if r.source_text == "the Donald"} == {"Donald Trump"}


def test_his_campaign_is_the_campaign_of_the_person_his_stands_for():
    """"his campaign" and "Her team" are counted with "the Sanders campaign" and "the Clinton team": named as the
    campaign of the person the possessive stands for, as "he" would be."""
    text = ("Bernie Sanders spoke in Iowa on Monday. His campaign said the crowd was large.\n\nHillary Clinton "
            "spoke in Ohio. Her team said the polls were close.")
    names = {r.source_text: r.source_name for r in run(text)}
    assert names["His campaign"] == "The Sanders campaign"
    assert names["Her team"] == "The Clinton team"


def test_of_two_people_a_source_names_the_nearer_in_the_parse_is_the_source():
    """"His wife, longtime Hillary Clinton aide Huma Abedin" names both, and is Huma Abedin, the apposition itself,
    not Hillary Clinton, whom her title names."""
    text = "His wife, longtime Hillary Clinton aide Huma Abedin, said she would leave him."
    assert [r.source_name for r in run(text)] == ["Huma Abedin"]


def test_a_name_a_page_wrote_in_mangled_utf8_is_read_back():
    """"FranÃ§ois Delattre" (UTF-8 read as Latin-1) is François Delattre, so analytics count one person; a name
    that does not decode cleanly, or needs no repair, stays as written."""
    assert clean_name("FranÃ§ois Delattre") == "François Delattre"
    assert clean_name("Ã‰lysÃ©e") == "Élysée"
    assert clean_name("RaÃol M. Grijalva") == "RaÃol M. Grijalva"
    assert clean_name("François Hollande") == "François Hollande"


def test_a_name_without_the_occupation_the_tagger_took_in():
    """A PERSON entity one word off ("dietitian Trista" of "registered dietitian Trista Best", as the tagger reads
    it on one web page) is the name without the occupation, with the surname it left out; a particle stays."""
    from spacy.tokens import Span as TokenSpan

    from newsprov.extract.attribution_people import without_occupation

    doc = nlp.load()("The researchers were helped by registered dietitian Trista Best, who said the pills work.")
    words = [t.text for t in doc]
    off = TokenSpan(doc, words.index("dietitian"), words.index("Trista") + 1, label="PERSON")
    assert without_occupation(off).text == "Trista Best"
    doc = nlp.load()("Laurence des Cars said the painting was a treasure.")
    whole = TokenSpan(doc, 0, 3, label="PERSON")
    assert without_occupation(whole).text == "Laurence des Cars"


@pytest.mark.parametrize("text, english", [
    ("The mayor said on Monday that the railway would reopen in the autumn. " * 4, True),
    ("Die Stadt will die Bahn im Herbst wieder in Betrieb nehmen, sagte der Bürgermeister am Montag. Er betonte, "
     "dass die Sanierung der Strecke länger gedauert habe als geplant und dass die Kosten gestiegen seien. Die "
     "Anwohner hatten sich über den Lärm beschwert, doch nun soll alles besser werden.", False),
    ("La ville veut rouvrir la ligne à l'automne, a déclaré le maire lundi, après des travaux plus longs. " * 4,
     False),
    ("Seven words is too few to tell.", True),
])
def test_english_is_read_from_the_text(text: str, english: bool) -> None:
    from newsprov.extract.language import is_english

    assert is_english(text) is english


def test_entities_inside_a_span_are_spacys_own() -> None:
    """attribution_sources reads a span's entities from an index built once per document; it gives what spaCy's
    ``span.ents`` gives, for every span of up to twelve tokens of a document with many entities."""
    from newsprov.extract.attribution_sources import _ents_in

    doc = nlp.load()("Secretary of State Mike Pompeo told CNN on Monday that the U.S. and Iraq would talk. "
                     "Kellogg Co. and General Motors Corp. said Tuesday that Ohio Gov. John Kasich visited Detroit.")
    assert len(doc.ents) >= 8
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 12) + 1):
            span = doc[start:end]
            assert [(e.start, e.end, e.label_) for e in _ents_in(span)] == \
                [(e.start, e.end, e.label_) for e in span.ents]


def test_a_run_on_sentence_of_hundreds_of_tokens_gives_no_attributions() -> None:
    """Text the parser could not split into sentences (here 1,400 tokens of quote marks and "said") is no guide
    to who said what, and reading each verb's clause in it would take time that grows with the square of its
    length: its verbs are not read. The sentence after it still is."""
    text = " ".join("“He said ‘she said “they said” ’ and" for _ in range(120)) + \
        "\n\nThe mayor said the budget was fine.\n"
    doc = nlp.load()(text)
    assert max(len(s) for s in doc.sents) > attributions.MAX_SENTENCE_TOKENS
    rows = attributions.extract(Article(text=text, published_at=None, blocks=blocks.segment(text).blocks, nlp=doc))
    assert [(a.source_text, a.cue_text, a.content_text) for a in rows] == \
        [("The mayor", "said", "the budget was fine")]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 6), st.integers(0, 40), st.integers(0, 12)),
                max_size=25))
def test_overlapping_cues_are_dropped_as_by_pairwise_comparison(spec) -> None:
    """_drop_overlapping_cues keeps the cues it kept before it was made linear: compared here with the pairwise
    rule (a longer cue wins over one it overlaps; of one cue, a content inside another's is the same row)."""
    cands = [Candidate((a, a + n), (0, 0), (c, c + m) if m else None, False, None, None, 0.9)
             for a, n, c, m in spec]

    def pairwise(cands):
        kept, taken = [], []
        for c in sorted(cands, key=lambda c: (c.cue[0] - c.cue[1], c.cue[0],
                                              c.content[0] - c.content[1] if c.content else 0)):
            if any(c.cue != t and c.cue[0] < t[1] and t[0] < c.cue[1] for t in taken) or (c.content and any(
                    k.cue == c.cue and k.content and k.content[0] <= c.content[0]
                    and c.content[1] <= k.content[1] for k in kept)):
                continue
            kept.append(c)
            taken.append(c.cue)
        return sorted(kept, key=lambda c: (c.cue[0], c.content[0] if c.content else 0))

    assert [id(c) for c in attributions._drop_overlapping_cues(cands)] == [id(c) for c in pairwise(cands)]


_COMPANY_WORDS_FOR_TEST = ["General", "Motors", "UNIFIRST", "the", "Corp.", "Co.", "AG’s", "Inc.", "Cos.,"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_COMPANY_WORDS_FOR_TEST), min_size=1, max_size=4), max_size=12),
       st.lists(st.sampled_from(_COMPANY_WORDS_FOR_TEST), min_size=1, max_size=3))
@example(names=[["General", "Corp."], ["General", "Co."]], mention=["General"])  # the first one named wins
def test_a_name_takes_its_legal_form_as_by_a_scan_of_every_name(names, mention) -> None:
    """_with_legal_form looks the fuller name up in an index (``_legal_forms``) since a document of thousands of
    companies took time that grew with the square of their number: it finds what the scan of every name found."""
    import re

    from newsprov.extract import attribution_lexicon as lex
    from newsprov.extract import attribution_orgs as orgs
    from newsprov.extract.outlets import without_article
    named = [(i, " ".join(words)) for i, words in enumerate(names)]
    name = " ".join(mention)

    def scan(name):
        wanted = [w.rstrip(".,") for w in orgs._words(name)]
        if not wanted or not name[:1].isupper() and name[:4].lower() != "the ":
            return None
        for _, full in named:
            have = [w.rstrip(".,") for w in orgs._words(full)]
            if len(have) == len(wanted) + 1 and have[:-1] == wanted and have[-1].replace(".", "") in lex.LEGAL_FORMS:
                full = re.sub(r"[’']s$", "", without_article(full).rstrip(","))
                if any(w.isupper() and len(w) > 3 for w in full.split()[:-1]):
                    return f"{without_article(name)} {full.split()[-1]}"
                return full
        return None

    assert orgs._with_legal_form(name, orgs._legal_forms(named)) == scan(name)


def test_a_demonym_is_one_person_only_after_a_lower_case_the_and_in_a_person_s_form():
    """ "the Texan said" is the person the article is about (as "the Florida Republican" is); not a paper named so,
    written with its capital "The" ("The Tennessean first reported"), nor a people ("the Swiss said")."""
    texan, = run("Rick Perry spoke in Iowa on Monday.\n\n“The electorate doesn’t want that,” the Texan said.\n")
    assert (texan.source_kind, texan.source_name) == ("named_person", "Rick Perry")
    paper, = run("Al Gore will skip the convention. The Tennessean first reported Gore's decision earlier Sunday.\n")
    swiss, = run("Voters in Zurich went to the polls on Sunday. In the end, the Swiss said that the plan should go "
                 "ahead.\n")
    assert (paper.source_text, paper.source_name) == ("The Tennessean", "The Tennessean")
    assert swiss.source_text == "the Swiss" and swiss.source_kind not in ("named_person", "anonymous")


def test_a_plain_name_that_first_reported_the_news_is_an_outlet():
    """ "The Tennessean first reported" credits a paper the outlet lexicon does not know: a proper name alone that
    breaks the news is an outlet's, and a credit; not a company, an agency, a body or a place ("Acme Corp.", "The
    FBI", "The Democratic National Committee", "The Clinton campaign", "Texas first reported"), nor a name that
    reports without "first" ("Nike reported") or breaks the news some other way ("Nike first announced")."""
    kinds = {a.source_text: a.source_kind for a in run(
        "Al Gore will skip the convention. The Tennessean first reported Gore's decision earlier Sunday.\n\n"
        "Acme Corp. first reported the loss in March.\n\nThe FBI first reported the breach on Monday.\n\n"
        "The Democratic National Committee first reported the figure.\n\nThe Clinton campaign first reported the "
        "total.\n\nTexas first reported the case on Friday.\n\nNike reported that its sales fell.\n\n"
        "Adidas first announced that its sales fell.\n")}
    assert kinds == {"The Tennessean": "outlet", "Acme Corp.": "organisation", "The FBI": "organisation",
                     "The Democratic National Committee": "organisation", "The Clinton campaign": "organisation",
                     "Texas": "organisation", "Nike": "organisation", "Adidas": "organisation"}


def test_an_indefinite_pronoun_a_name_is_set_beside_is_no_unnamed_person():
    """ "Another said" is one person the article does not name, but "Another, Pelco, announced" names it."""
    row, = run("Several companies sell cameras to schools. Another, Pelco, announced that it will provide schools "
               "with a new version.\n")
    assert row.source_text == "Another, Pelco," and row.source_kind != "anonymous"


def test_a_named_owner_speaks_through_what_he_says_not_through_an_account_of_his_campaign():
    """ "Farley's account" is Patricia Farley speaking (a construction case); "Trump's official campaign account", a
    campaign's feed, is not Donald Trump."""
    row, = run("Donald Trump won Florida.\n\nMeanwhile, Trump’s official campaign account has been busy, re-tweeting "
               "several negative comments about Fox News host Megyn Kelly’s election coverage.\n")
    assert row.source_text == "Trump’s official campaign account" and row.source_kind != "named_person"
