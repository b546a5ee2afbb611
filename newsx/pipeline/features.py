"""Stage 3, features: what each line looks like, as numbers the labelling stage can weigh."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from newsx.text.language import (
    guess_from_tokens,
    identify_uncounted,
    stopword_language,
    stopword_share,
)
from newsx.text.lines import Line
from newsx.text.words import count_tokens, words
from newsx.vocab.cues import BOILERPLATE_LOWER, CAPTION_CREDIT_LOWER

#: A boilerplate cue (share, print, cookies...) is trusted on lines up to this many words.
CUE_MAX_WORDS = 12
#: Captions run to a few sentences; longer lines ending in a bracket are prose with a note.
CAPTION_MAX_WORDS = 45

#: Characters that close a sentence in the languages newsx reads, with closing quotes and
#: brackets that may follow them, and notes after it: "... in 1932.[3]", "... said. [Reuters]".
SENTENCE_END = re.compile(r"[.!?…。！？:;][\"'”’“‘»«›)\]]*(?:\s?\[[^\[\]]{1,40}\]){0,3}$")
#: Separators of menus and breadcrumbs rendered on one line: "Home > World > Asia".
_SEPARATOR = re.compile(r"\s(?:[|>»/•·–]|::|>>)\s|^\S+>>\S")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True)
class Features:
    """Numbers describing one line; blank lines get the zero record."""

    n_words: int = 0
    n_chars: int = 0
    stop_share: float = 0.0
    sentence_end: bool = False
    cap_share: float = 0.0
    """Share of words that start with a capital letter (menus and titles are high)."""
    separators: int = 0
    repeats: int = 0
    """How many other lines of the page carry the same text."""
    cjk: bool = False
    interface: bool = False
    """Interface words (share, print, cookies...) on a line of at most CUE_MAX_WORDS."""
    credit: bool = False
    """A photo credit ("[Agencies]", "(Photo: ...)") on a line of at most CAPTION_MAX_WORDS."""


_BLANK = Features()


def line_words(lines: list[Line]) -> list[list[str]]:
    """The words (language.words) of every line; empty for blank lines."""
    return [words(line.text) if not line.blank else [] for line in lines]


#: Lines this long (in tokens) are the prose the page's language is guessed from; menus
#: and footers are full of brand names in other languages.
LANGUAGE_SAMPLE_MIN_TOKENS = 8


def compute_features(
    lines: list[Line], tokens: list[list[str]] | None = None
) -> tuple[list[Features], str | None, str | None]:
    """One Features record per line, blank lines included, the page's language, and whose
    stopwords its lines are weighed by (`stopword_language`). `tokens`, when given, holds
    every line's words (language.words; empty for blank lines)."""
    keys = [line.text.lower() for line in lines]  # line texts have their spaces collapsed
    counts = Counter(k for k, line in zip(keys, lines) if not line.blank)
    if tokens is None:
        tokens = line_words(lines)
    sample = [t for toks in tokens if len(toks) >= LANGUAGE_SAMPLE_MIN_TOKENS for t in toks]
    counted = guess_from_tokens(sample)
    language = counted or identify_uncounted(sample)
    weighed_by = stopword_language(counted, language)
    out: list[Features] = []
    for line, toks, key in zip(lines, tokens, keys):
        if line.blank:
            out.append(_BLANK)
            continue
        text = line.text
        head = text[:200]
        cjk = not head.isascii() and len(_CJK.findall(head)) > len(head) // 3
        starts = [w[0] for w in text.split() if w[0].isalpha()]
        caps = sum(map(str.isupper, starts))
        n_words = count_tokens(toks)
        out.append(
            Features(
                n_words=n_words,
                n_chars=len(text),
                stop_share=stopword_share(toks, weighed_by),
                sentence_end=bool(SENTENCE_END.search(text)),
                cap_share=caps / len(starts) if starts else 0.0,
                separators=len(_SEPARATOR.findall(text)),
                repeats=counts[key] - 1,
                cjk=cjk,
                interface=n_words <= CUE_MAX_WORDS and BOILERPLATE_LOWER.search(key) is not None,
                credit=n_words <= CAPTION_MAX_WORDS
                and CAPTION_CREDIT_LOWER.search(key) is not None,
            )
        )
    return out, language, weighed_by
