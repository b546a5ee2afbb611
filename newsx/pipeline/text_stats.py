"""The character-level facts of each line that the line network reads (TEXT_STATS):
punctuation and capitals, currency, quotes, brackets, link marks, indentation. numpy, a
whole page at once, from one count of each line's character classes (text/char_counts.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from newsx.text.char_counts import count_classes, count_words

#: Characters of a line its character shares are counted on: enough to tell a sentence
#: from a list of links, and a very long line costs no more than a paragraph.
HEAD_CHARS = 300
#: A line whose letters are at least this share upper case is shouting (a kicker, a menu).
ALL_CAPS_SHARE = 0.8
#: Mean word length is capped here (a pasted URL is one long "word") and then scaled by
#: WORD_LENGTH_SCALE into about 0..2.
WORD_LENGTH_CAP = 20.0
WORD_LENGTH_SCALE = 10.0
#: A raw line's leading spaces count up to this many (deep indentation is all alike), in
#: units of INDENT_SCALE.
INDENT_CAP = 40
INDENT_SCALE = 10.0

_CURRENCY = re.compile(r"[$€£¥₹]")
_LINK_MARKUP = re.compile(r"\]\(|\[\d+\]|https?://")
_QUOTES = "\"'“„«»‘"

TEXT_STATS = (
    "punct_share",
    "commas_per_word",
    "currency",
    "starts_digit",
    "all_caps",
    "ends_ellipsis",
    "pipe",
    "copyright",
    "ends_bracket",
    "word_length",
    "ends_question",
    "starts_quote",
    "link_markup",
    "raw_indent",
)


def _line_flags(texts: Sequence[str], raws: Sequence[str]) -> list[list[float]]:
    """The facts of each line its character counts do not give (TEXT_STATS' other columns),
    one list per fact: a comprehension per fact costs no Python call per line."""
    firsts = [t[:1] for t in texts]
    return [
        [_CURRENCY.search(t) is not None for t in texts],
        [f.isdigit() for f in firsts],
        [t.endswith(("...", "…")) for t in texts],
        ["|" in t for t in texts],
        ["©" in t or "copyright" in t.lower() for t in texts],
        [t.endswith((")", "]")) for t in texts],
        [t.endswith("?") for t in texts],
        [f != "" and f in _QUOTES for f in firsts],
        [_LINK_MARKUP.search(t) is not None for t in texts],
        [min(len(raw) - len(raw.lstrip()), INDENT_CAP) / INDENT_SCALE for raw in raws],
    ]


def text_stats(texts: Sequence[str], raws: Sequence[str]) -> np.ndarray:
    """(n, len(TEXT_STATS)): the character-level facts of each line."""
    n = len(texts)
    counts, words = count_classes(texts, HEAD_CHARS), count_words(texts)
    n_words = np.maximum(words.words, 1)
    letters = counts.letters
    # Capitals are read only in a line with two letters or more.
    shouting = (letters >= 2) & (counts.upper / np.maximum(letters, 1) > ALL_CAPS_SHARE)
    head_chars = np.maximum(np.minimum([len(t) for t in texts], HEAD_CHARS), 1)
    word_length = np.minimum(words.word_chars / n_words, WORD_LENGTH_CAP) / WORD_LENGTH_SCALE
    (currency, digit, ellipsis, pipe, copyright, bracket, question, quote, link, indent) = np.array(
        _line_flags(texts, raws), np.float64
    ).reshape(10, n)
    columns = (
        counts.punct / head_chars,
        words.commas / n_words,
        currency,
        digit,
        shouting,
        ellipsis,
        pipe,
        copyright,
        bracket,
        word_length,
        question,
        quote,
        link,
        indent,
    )
    return np.column_stack(columns).astype(np.float32).reshape(n, len(TEXT_STATS))
