"""Language of a page: word tokens, stopword lists and a cheap stopword-count guesser.

Stopword lists live in ``newsx/data/stopwords/<code>.txt`` and load on first use.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from itertools import islice

LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it", "pt", "nl", "ru", "zh")

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_KANA_RE = re.compile("[\u3040-\u30ff]")

#: Fewer words than this give stopword counts too noisy to call a language.
_MIN_TOKENS = 20
#: Tokens looked at by guess_language: a few paragraphs settle it; whole pages cost MBs.
_MAX_TOKENS = 2000
#: Characters scanned for those tokens, so text with few words (tables, symbols) stays cheap.
_MAX_CHARS = 100_000
#: Chinese when ideographs are most of the tokens (each ideograph is one token).
_MIN_CJK_SHARE = 0.5
#: Japanese writes kana runs among its kanji; Chinese has none. Above this it is not Chinese.
_MAX_KANA_SHARE = 0.05
#: Prose in a listed language is 30-50 % stopwords; under this it is lists, code or another
#: language that only shares a few short words.
_MIN_STOPWORD_SHARE = 0.15
#: The winner's weighted score must beat the runner-up's by this factor (es/pt, de/nl).
_MIN_LEAD = 1.3
#: Share of Cyrillic words with letters Russian lacks (і ї є ґ ў ј љ њ ћ џ) above which the
#: text is Ukrainian, Belarusian, Serbian... rather than Russian.
_MAX_NON_RUSSIAN_CYRILLIC = 0.02
_NON_RUSSIAN_CYRILLIC = frozenset("іїєґўјљњћџѓќѕ")


@functools.cache
def _word_re() -> re.Pattern[str]:
    """One CJK ideograph, or a \\w run (minus ideographs) with apostrophes between letters.

    The apostrophe is not in the word class, so matching cannot backtrack: linear time.
    Compiled on first use: the big negated class costs ~7 ms, too much for import time.
    """
    return re.compile(rf"[{_CJK}]|[^\W{_CJK}]+(?:'[^\W{_CJK}]+)*")


@functools.cache
def _cjk_re() -> re.Pattern[str]:
    """One CJK ideograph; compiled on first use (~3 ms)."""
    return re.compile(f"[{_CJK}]")


def _unify_apostrophes(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u02bc", "'")


def words(text: str) -> list[str]:
    """Lower-cased word tokens; l’homme -> l'homme (apostrophes unified); each CJK ideograph
    is one token."""
    return _word_re().findall(_unify_apostrophes(text).lower())


@functools.cache
def stopwords(lang: str) -> frozenset[str]:
    """The stopword list of `lang` (one of LANGUAGES); ValueError for other codes."""
    if lang not in LANGUAGES:
        raise ValueError(f"no stopword list for language {lang!r}")
    from importlib import resources  # imported here: it pulls in zipfile, ~4 ms

    data = resources.files("newsx") / "data" / "stopwords" / f"{lang}.txt"
    return frozenset(data.read_text(encoding="utf-8").split())


@functools.cache
def _all_stopwords() -> frozenset[str]:
    return frozenset().union(*(stopwords(lang) for lang in LANGUAGES))


@functools.cache
def _weights() -> dict[str, tuple[tuple[str, float], ...]]:
    """Stopword -> (language, weight) pairs; a word shared by k lists counts 1/k for each."""
    owners: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        if lang != "zh":  # Chinese is told by its script, not by counting
            for word in stopwords(lang):
                owners.setdefault(word, []).append(lang)
    return {w: tuple((lang, 1 / len(langs)) for lang in langs) for w, langs in owners.items()}


def _elided(token: str) -> str | None:
    """The elided head of l'homme, dell'anno, qu'il (l', dell', qu'), else None."""
    cut = token.find("'")
    return token[: cut + 1] if cut > 0 else None


def _lookup(token: str, table: frozenset[str] | dict[str, tuple[tuple[str, float], ...]]) -> str:
    """`token` itself or its elided head when that is in `table`, else ''."""
    if token in table:
        return token
    head = _elided(token)
    return head if head is not None and head in table else ""


def stopword_share(tokens: Sequence[str], lang: str | None) -> float:
    """Share of `tokens` that are stopwords of `lang` (all lists for None); l'homme counts via
    l'. 0.0 for no tokens."""
    if not tokens:
        return 0.0
    table = _all_stopwords() if lang is None else stopwords(lang)
    hits = 0
    for token in tokens:
        if token in table or (
            (token[:1].isupper() or "'" in token) and _lookup(token.lower(), table)
        ):
            hits += 1
    return hits / len(tokens)


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the language of `text`, or None without clear evidence."""
    matches = _word_re().finditer(_unify_apostrophes(text[:_MAX_CHARS]))
    return guess_from_tokens([match.group().lower() for match in islice(matches, _MAX_TOKENS)])


def guess_from_tokens(tokens: Sequence[str]) -> str | None:
    """guess_language on tokens already produced by `words` (at most _MAX_TOKENS are read)."""
    tokens = tokens[:_MAX_TOKENS]
    if len(tokens) < _MIN_TOKENS:
        return None
    # An ideograph is always a token of its own and never part of another, so counting
    # them in the joined tokens counts the ideograph tokens, in one regex pass.
    cjk = len(_cjk_re().findall("".join(tokens)))
    if cjk >= _MIN_CJK_SHARE * len(tokens):
        kana = sum(1 for t in tokens if _KANA_RE.match(t))
        if kana <= _MAX_KANA_SHARE * len(tokens):
            return "zh"
    weights = _weights()
    scores = dict.fromkeys(LANGUAGES, 0.0)
    hits = dict.fromkeys(LANGUAGES, 0)
    # Each distinct token is looked up once: stopwords are most of a page's tokens.
    for token, count in Counter(tokens).items():
        key = token if token in weights else (_lookup(token, weights) if "'" in token else "")
        for lang, weight in weights.get(key, ()):
            scores[lang] += weight * count
            hits[lang] += count
    best, runner_up = sorted(scores, key=scores.__getitem__, reverse=True)[:2]
    if hits[best] < _MIN_STOPWORD_SHARE * len(tokens):
        return None
    if scores[best] < _MIN_LEAD * scores[runner_up]:
        return None
    if best == "ru" and _non_russian_cyrillic(tokens):
        return None
    return best


def _non_russian_cyrillic(tokens: Sequence[str]) -> bool:
    """True when the Cyrillic words use letters of Ukrainian, Serbian... that Russian lacks."""
    cyrillic = [t for t in tokens if "\u0400" <= t[0] <= "\u04ff"]
    odd = sum(1 for t in cyrillic if not _NON_RUSSIAN_CYRILLIC.isdisjoint(t))
    return odd > _MAX_NON_RUSSIAN_CYRILLIC * len(cyrillic)
