"""Word tokens and word counts, in every script newsx meets.

A token is a run of letters (with the combining marks of Indic, Thai and other scripts, and
apostrophes between letters), or one CJK ideograph. Word counts follow word processors:
each ideograph and kana is a word, a Thai or Lao run counts by its letters.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
#: A kana: Japanese writes them among its kanji, Chinese never.
KANA_RE = re.compile("[\u3040-\u30ff]")
#: Thai and Lao letters that are not combining marks (vowel signs above and below, tone
#: marks): what _THAI_LAO_LETTERS_PER_WORD counts.
_THAI_LAO_LETTER_RE = re.compile(
    "[\u0e01-\u0e30\u0e32\u0e33\u0e40-\u0e46\u0e81-\u0eb0\u0eb2\u0eb3\u0ec0-\u0ec6]"
)
#: A kana or a Thai or Lao character: a token that holds none counts one word.
_UNSPACED_RE = re.compile("[\u3040-\u30ff\u0e00-\u0eff]")
#: Thai and Lao write no spaces between words, and word processors have no per-character
#: convention for them as for Chinese; without a dictionary segmenter, a run counts one
#: word per this many letters (marks not counted), the mean length of the words of
#: hand-segmented Thai news sentences (52 words, 3.65 letters a word). An estimate: a
#: run's count is off by a word or so, a page's by a few percent.
_THAI_LAO_LETTERS_PER_WORD = 3.65


#: Where the combining marks of the scripts newsx meets live (Latin accents written apart,
#: Hebrew and Arabic points, the vowel signs of Indic, Thai, Tibetan, Myanmar and Khmer
#: scripts, and their extensions). Python's \\w leaves them out, which split "अंदर" in two.
_MARK_BLOCKS = ((0x0300, 0x1FFF), (0x20D0, 0x20FF), (0xA800, 0xABFF), (0xFE20, 0xFE2F))


@functools.cache
def combining_marks() -> str:
    """A character-class body holding every combining mark (Mn, Mc, Me) of _MARK_BLOCKS."""
    return "".join(
        chr(c)
        for low, high in _MARK_BLOCKS
        for c in range(low, high + 1)
        if unicodedata.category(chr(c)) in ("Mn", "Mc", "Me")
    )


@functools.cache
def word_re() -> re.Pattern[str]:
    """One CJK ideograph, or a \\w run (minus ideographs) that may hold combining marks, with
    apostrophes between letters.

    Letters, marks and the apostrophe are disjoint classes, so matching cannot backtrack:
    linear time. Compiled on first use: the big classes cost ~10 ms, too much for import.
    """
    letters = rf"[^\W{_CJK}]+(?:[{combining_marks()}]+[^\W{_CJK}]*)*"
    return re.compile(rf"[{_CJK}]|{letters}(?:'{letters})*")


@functools.cache
def _unspaced_script_re() -> re.Pattern[str]:
    """One CJK ideograph, kana, or Thai or Lao character; compiled on first use (~3 ms)."""
    return re.compile(f"[{_CJK}\u3040-\u30ff\u0e00-\u0eff]")


@functools.cache
def cjk_re() -> re.Pattern[str]:
    """One CJK ideograph; compiled on first use (~3 ms)."""
    return re.compile(f"[{_CJK}]")


#: What word_re matches in ASCII text, compiled at import as it is small.
_ASCII_WORD = re.compile(r"\w+(?:'\w+)*")


def unify_apostrophes(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u02bc", "'")


def words(text: str) -> list[str]:
    """Lower-cased word tokens; l’homme -> l'homme (apostrophes unified); each CJK ideograph
    is one token, a run of kana one token."""
    if text.isascii():  # most lines: no apostrophe, ideograph or mark to look for
        return _ASCII_WORD.findall(text.lower())
    return word_re().findall(unify_apostrophes(text).lower())


def count_tokens(tokens: Sequence[str]) -> int:
    """How many words `tokens` (from `words`) hold: a token is a word, but each CJK ideograph
    and each kana is a word of its own, as word processors count Chinese and Japanese, which
    write no spaces between words. A Thai or Lao run counts one word per
    _THAI_LAO_LETTERS_PER_WORD letters; Khmer and Myanmar runs count one word a run."""
    if not _UNSPACED_RE.search("".join(tokens)):
        return len(tokens)
    n = 0
    for token in tokens:
        kana = len(KANA_RE.findall(token))
        if kana:
            n += kana + (len(token) > kana)
        elif letters := len(_THAI_LAO_LETTER_RE.findall(token)):
            n += max(1, round(letters / _THAI_LAO_LETTERS_PER_WORD))
        else:
            n += 1
    return n


def count_words(text: str) -> int:
    """The word count of `text` as word processors give it: one word a run between spaces,
    but ideographs and kana counted as `count_tokens` counts them."""
    n = 0
    for chunk in text.split():
        if chunk.isascii() or not _unspaced_script_re().search(chunk):
            n += 1
        else:
            n += count_tokens(words(chunk))
    return n
