"""Language of a page: stopword lists, stopword shares, and the page's language.

Stopword lists live in ``newsx/data/stopwords/<code>.txt`` and load on first use. A cheap
stopword count tells the nine languages of LANGUAGES apart; what it cannot tell, py3langid
identifies (`identify`).
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Sequence
from itertools import islice
from typing import Any

from newsx.text.words import KANA_RE, cjk_re, unify_apostrophes, word_re

#: The languages the stopword count tells apart (guess_language).
LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it", "pt", "nl", "ru", "zh")
#: Every language with a stopword list: those, and the ones most common in web crawls after
#: them, whose lists come from stopwords-iso (see newsx/data/stopwords/README.md).
STOPWORD_LANGUAGES: tuple[str, ...] = (
    *LANGUAGES,
    *("ja ko ar tr pl cs sv da no fi el hu ro uk id vi hi fa he".split()),
)

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
#: py3langid's probability (normalised over its 97 languages) under which `identify` calls no
#: language: samples of mixed languages or few words spread it over several.
_MIN_LANGID_PROBABILITY = 0.9
#: Characters of the sample py3langid reads: its cost grows with the text, and a few
#: paragraphs settle a language.
_LANGID_CHARS = 3000


@functools.cache
def stopwords(lang: str) -> frozenset[str]:
    """The stopword list of `lang` (one of STOPWORD_LANGUAGES); ValueError for other codes."""
    if lang not in STOPWORD_LANGUAGES:
        raise ValueError(f"no stopword list for language {lang!r}")
    from importlib import resources  # imported here: it pulls in zipfile, ~4 ms

    data = resources.files("newsx") / "data" / "stopwords" / f"{lang}.txt"
    return frozenset(data.read_text(encoding="utf-8").split())


@functools.cache
def _all_stopwords() -> frozenset[str]:
    """The union of LANGUAGES' lists: the stopwords of a page whose language is unknown."""
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
    """Share of `tokens` that are stopwords of `lang` (LANGUAGES' lists together for None or a
    language without a list); l'homme counts via l'. 0.0 for no tokens."""
    if not tokens:
        return 0.0
    table = stopwords(lang) if lang in STOPWORD_LANGUAGES else _all_stopwords()
    hits = sum(map(table.__contains__, tokens))
    joined = " ".join(tokens)
    if "'" in joined or joined != joined.lower():  # some token may need the slower lookup
        hits += sum(
            1
            for token in tokens
            if token not in table
            and (token[:1].isupper() or "'" in token)
            and _lookup(token.lower(), table)
        )
    return hits / len(tokens)


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the language of `text`, or None without clear evidence."""
    matches = word_re().finditer(unify_apostrophes(text[:_MAX_CHARS]))
    return guess_from_tokens([match.group().lower() for match in islice(matches, _MAX_TOKENS)])


def guess_from_tokens(tokens: Sequence[str]) -> str | None:
    """guess_language on tokens already produced by `words` (at most _MAX_TOKENS are read)."""
    tokens = tokens[:_MAX_TOKENS]
    if len(tokens) < _MIN_TOKENS:
        return None
    # An ideograph is always a token of its own and never part of another, so counting
    # them in the joined tokens counts the ideograph tokens, in one regex pass.
    cjk = len(cjk_re().findall("".join(tokens)))
    if cjk >= _MIN_CJK_SHARE * len(tokens):
        kana = sum(1 for t in tokens if KANA_RE.match(t))
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


def identify(tokens: Sequence[str]) -> str | None:
    """ISO 639-1 code of the language `tokens` (from `words`) are written in, or None.

    The stopword count decides among LANGUAGES when it is sure; otherwise py3langid (97
    languages, loaded on first use) decides when it is confident. The count comes first
    because it is free and is right on the languages most pages are in; py3langid costs a
    model load (~0.1 s) and a few milliseconds a page.
    """
    return guess_from_tokens(tokens) or identify_uncounted(tokens)


def identify_uncounted(tokens: Sequence[str]) -> str | None:
    """py3langid's language for `tokens` when it is confident, else None: `identify` for
    pages the stopword count could not place."""
    if len(tokens) < _MIN_TOKENS:
        return None
    sample = " ".join(tokens[:_MAX_TOKENS])[:_LANGID_CHARS]
    code, probability = _classify(sample)
    return code if probability >= _MIN_LANGID_PROBABILITY else None


def stopword_language(counted: str | None, language: str | None) -> str | None:
    """Whose stopwords a page's lines are weighed by, given what the stopword count named
    (`counted`) and the page's language: the counted language; else a language beyond
    LANGUAGES, whose own list makes its prose readable; else None, the nine lists together,
    as where the count was unsure among them (the line models were fitted so)."""
    if counted is not None or language in LANGUAGES:
        return counted
    return language


def _classify(text: str) -> tuple[str, float]:
    """py3langid's best language for `text` and its probability among its 97 languages.

    Its own classify multiplies the page's feature counts by the whole model (a matrix-vector
    product that wakes OpenBLAS's threads, which then spin on the other cores: measured, 5 ms
    of process time a page). The counts are sparse, so only their rows are summed here, with
    the same result and no BLAS call.
    """
    import numpy as np

    model = _identifier()
    counts = model.instance2fv(text)
    rows = counts.nonzero()[0]
    scores = (model.nb_ptc[rows] * counts[rows, None]).sum(axis=0) + model.nb_pc
    best = int(np.argmax(scores))
    # The softmax of the best score, computed from the differences to stay finite.
    probability = 1.0 / float(np.exp(scores - scores[best]).sum())
    return str(model.nb_classes[best]), probability


@functools.cache
def _identifier() -> Any:
    """py3langid's identifier (its model: per-feature log-probabilities of each language)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_pickled_model(MODEL_FILE)


def _non_russian_cyrillic(tokens: Sequence[str]) -> bool:
    """True when the Cyrillic words use letters of Ukrainian, Serbian... that Russian lacks."""
    cyrillic = [t for t in tokens if "\u0400" <= t[0] <= "\u04ff"]
    odd = sum(1 for t in cyrillic if not _NON_RUSSIAN_CYRILLIC.isdisjoint(t))
    return odd > _MAX_NON_RUSSIAN_CYRILLIC * len(cyrillic)
