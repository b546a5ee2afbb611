"""Character counts of many lines at once: punctuation, letters, capitals, commas, words.

The line network's text facts (newsx.pipeline.text_stats) count character
classes in every line of a page. Three regular-expression scans per line were most of
their cost; here the page's lines are joined, turned into one array of code points, and
each code point's classes are read from a table, so a page costs a few array operations.

The table is built from the same regular expressions the counts are defined by, so the
counts are theirs exactly. It covers the Basic Multilingual Plane; a line with a code point
beyond it (an emoji, a rare ideograph) is counted by the expressions themselves.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

#: Punctuation and symbols: neither a word character nor white space.
PUNCT = re.compile(r"[^\w\s]")
#: A letter of any script: a word character that is not a digit or an underscore.
LETTER = re.compile(r"[^\W\d_]")
#: A capital of the Latin, Latin-1 and Cyrillic alphabets.
UPPER = re.compile(r"[A-ZÀ-ÖØ-ÞА-Я]")
#: White space, as str.split() reads it (both use Python's one definition).
SPACE = re.compile(r"\s")

_PUNCT, _LETTER, _UPPER, _SPACE, _DIGIT = 1, 2, 4, 8, 16
#: Each class's bit, and the test of one character it is defined by.
_CLASSES: tuple[tuple[int, Callable[[str], object]], ...] = (
    (_PUNCT, PUNCT.match),
    (_LETTER, LETTER.match),
    (_UPPER, UPPER.match),
    (_SPACE, SPACE.match),
    (_DIGIT, str.isdigit),
)
#: Code points the table covers: the Basic Multilingual Plane, in blocks of 2**BLOCK_BITS code
#: points built the first time a page holds one of theirs (a Latin page needs a few blocks,
#: and building the whole plane would cost every process ~30 ms at its first page).
_TABLE_SIZE = 0x10000
BLOCK_BITS = 8
#: Python strings may hold lone surrogates (bytes decoded with surrogateescape); they are
#: one code point each, as str indexing counts them.
_ENCODING, _ERRORS = "utf-32-le", "surrogatepass"


class _Table:
    """The class bits of the BMP's code points, block by block as pages need them."""

    def __init__(self) -> None:
        self.flags = np.zeros(_TABLE_SIZE, np.uint8)
        self.built = np.zeros(_TABLE_SIZE >> BLOCK_BITS, bool)

    def classes(self, points: np.ndarray) -> np.ndarray:
        """The class bits of `points`, each clipped into the BMP."""
        inside = np.minimum(points, _TABLE_SIZE - 1)
        blocks = inside >> BLOCK_BITS
        if not self.built[blocks].all():
            for block in np.unique(blocks[~self.built[blocks]]):
                self._build(int(block))
        return self.flags[inside]  # type: ignore[no-any-return]

    def _build(self, block: int) -> None:
        start = block << BLOCK_BITS
        for point in range(start, start + (1 << BLOCK_BITS)):
            char = chr(point)
            self.flags[point] = sum(bit for bit, test in _CLASSES if test(char))
        self.built[block] = True


@functools.cache
def _table() -> _Table:
    return _Table()


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode(_ENCODING, _ERRORS), np.uint32)


def _joined(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """The code points of `texts` joined by line breaks, and each text's length."""
    lengths = np.array([len(t) for t in texts], np.int64)
    return _code_points("\n".join(texts)), lengths


def _per_line(values: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Sums of `values` over consecutive segments of `lengths`, each followed by one
    separator."""
    total = np.concatenate(([0], np.cumsum(values, dtype=np.int64)))
    starts = np.concatenate(([0], np.cumsum(lengths[:-1] + 1)))
    return total[starts + lengths] - total[starts]  # type: ignore[no-any-return]


@dataclass(frozen=True)
class ClassCounts:
    """Per line, as arrays of ints: the characters of each class among its first
    characters."""

    punct: np.ndarray
    letters: np.ndarray
    upper: np.ndarray
    digits: np.ndarray
    """As str.isdigit counts them (superscripts too)."""


def count_classes(texts: Sequence[str], head: int) -> ClassCounts:
    """The classes of the first `head` characters of every line of `texts` (which hold no
    line breaks)."""
    heads = [t[:head] for t in texts]
    if not heads:
        empty = np.zeros(0, np.int64)
        return ClassCounts(empty, empty, empty, empty)
    points, lengths = _joined(heads)
    flags = _table().classes(points)
    counts = ClassCounts(
        *(_per_line((flags & bit) > 0, lengths) for bit in (_PUNCT, _LETTER, _UPPER, _DIGIT))
    )
    beyond = _per_line(points >= _TABLE_SIZE, lengths)
    for i in np.flatnonzero(beyond):  # lines the table does not cover: the tests themselves
        counts.punct[i] = len(PUNCT.findall(heads[i]))
        counts.letters[i] = len(LETTER.findall(heads[i]))
        counts.upper[i] = len(UPPER.findall(heads[i]))
        counts.digits[i] = sum(map(str.isdigit, heads[i]))
    return counts


@dataclass(frozen=True)
class WordCounts:
    """Per line, as arrays of ints: its commas, its words (as str.split() cuts them) and
    its characters that are not white space."""

    commas: np.ndarray
    words: np.ndarray
    word_chars: np.ndarray


def count_words(texts: Sequence[str]) -> WordCounts:
    """The words and commas of every line of `texts` (which hold no line breaks)."""
    if not texts:
        empty = np.zeros(0, np.int64)
        return WordCounts(empty, empty, empty)
    # A line break separates the lines, so no word runs from one into the next.
    points, lengths = _joined(texts)
    space = (_table().classes(points) & _SPACE) > 0
    space[points >= _TABLE_SIZE] = False  # no white space lies beyond the BMP
    word_start = ~space & np.concatenate(([True], space[:-1]))
    return WordCounts(
        _per_line(points == ord(","), lengths),
        _per_line(word_start, lengths),
        _per_line(~space, lengths),
    )
