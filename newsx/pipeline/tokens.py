"""Hashed tokens of a line, the line network's bag of words (newsx.pipeline.line_net).

A line is described by its lower-cased words (newsx.text.words.words: each CJK ideograph
is a word, so a Chinese paragraph has as many as a Latin one of the same length), its
bigrams, its first and last word, and three shape tokens: how it starts (a list marker, a
digit), how many words it has, and how it ends. Each token is hashed (CRC-32, stable across
runs and machines, unlike Python's own str hash) into one of 2**bits buckets; the network
learns an embedding per bucket, so no vocabulary is stored and unseen words cost nothing.
"""

from __future__ import annotations

import itertools
import zlib
from collections.abc import Sequence

import numpy as np

from newsx.text.lines import Line
from newsx.text.words import words as split_words

#: Buckets of the hash: 2**16 keeps collisions rare among the words of news pages while the
#: embedding table (2**16 x 32) stays a few megabytes.
BITS = 16
#: Words of a line that count: a paragraph's first words say what it is, and hashing a
#: 300-word paragraph whole would cost time and say no more.
MAX_WORDS = 48
#: Lines up to this many words get a length token of their own; longer ones share one per
#: ten words (capped at LENGTH_TENS_CAP tens), since above it length matters less. Words
#: are counted among the first MAX_WORDS only.
LENGTH_EXACT = 12
LENGTH_TENS_CAP = 6
#: First characters of a raw line that mark a list item, a quote or a table row.
START_MARKS = "*+-•o#>|[!"
#: Last characters of a line that say how it ends: a sentence, a label, a bracket, a quote.
END_MARKS = '.!?:;,)]"”»…'


def line_tokens(text: str, raw: str, words_of_text: Sequence[str] | None = None) -> list[str]:
    """The tokens of one line: `text` as newsx reads it, `raw` as the dump wrote it;
    `words_of_text`, when given, are language.words(text), already computed."""
    every = split_words(text) if words_of_text is None else words_of_text
    words = list(every[:MAX_WORDS])
    toks = words + [f"{a} {b}" for a, b in itertools.pairwise(words)]
    if words:
        toks += ["^" + words[0], "$" + words[-1]]
    start = raw.lstrip()[:1]
    toks.append(
        "#b" + (start if start and start in START_MARKS else "d" if start.isdigit() else "_")
    )
    n = len(words)
    toks.append("#n" + str(n if n < LENGTH_EXACT else LENGTH_EXACT + min(n // 10, LENGTH_TENS_CAP)))
    end = text[-1:]
    toks.append("#e" + (end if end and end in END_MARKS else "_"))
    return toks


def hash_ids(toks: Sequence[str], bits: int = BITS) -> list[int]:
    """The bucket of each token."""
    # map() all the way: no Python frame per token (a page has thousands).
    return list(map(((1 << bits) - 1).__and__, map(zlib.crc32, map(str.encode, toks))))


def page_ids(
    lines: Sequence[Line], bits: int = BITS, words: Sequence[Sequence[str]] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """The buckets of every non-blank line's tokens, flat, and n + 1 offsets: line k's are
    ids[offsets[k]:offsets[k + 1]]. `words`, when given, holds every line's
    language.words (Page.line_words)."""
    toks: list[str] = []
    offsets = [0]
    for i, line in enumerate(lines):
        if line.blank:
            continue
        toks += line_tokens(line.text, line.raw, words[i] if words is not None else None)
        offsets.append(len(toks))
    return np.array(hash_ids(toks, bits), np.int64), np.array(offsets, dtype=np.int64)
