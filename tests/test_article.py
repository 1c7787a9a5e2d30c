"""Article.block_at: the block holding an offset, by bisection where the blocks are in order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsprov.extract.article import Article
from newsprov.schema import Block


def _linear(blocks: list[Block], offset: int) -> Block | None:
    return next((b for b in blocks if b.char_start <= offset < b.char_end), None)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 8)), max_size=12), st.booleans())
def test_block_at_is_the_first_block_holding_the_offset(spec, shuffle) -> None:
    """In order and apart (as blocks.segment makes them) or not, block_at gives what a scan of the blocks gives."""
    blocks, pos = [], 0
    for seq, (gap, length) in enumerate(spec):
        pos += gap
        blocks.append(Block(seq, "body", pos, pos + length, "x" * length))
        pos += length
    if shuffle:
        blocks.reverse()
        blocks += [Block(99, "caption", 2, 9, "x" * 7)]  # out of order and overlapping: scanned, not bisected
    article = Article(text="x" * (pos + 10), published_at=None, blocks=blocks, nlp=None)
    for offset in range(-1, pos + 10):
        assert article.block_at(offset) is _linear(blocks, offset)
