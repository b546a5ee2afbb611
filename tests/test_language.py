"""Tests for newsx.text.language: tokens, stopword lists and the language guesser."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsx.text.language import LANGUAGES, guess_language, stopword_share, stopwords, words

# One news-style sentence per language, all saying the same thing.
SENTENCES = {
    "en": "The city council said on Tuesday that it would not raise the price of bus tickets "
    "this year, although several members had argued that the money was needed to repair the "
    "old depot near the river.",
    "de": "Der Stadtrat hat am Dienstag beschlossen, die Preise für Busfahrkarten in diesem Jahr "
    "nicht zu erhöhen, obwohl mehrere Mitglieder gesagt hatten, dass das Geld für die Reparatur "
    "des alten Depots gebraucht werde.",
    "fr": "Le conseil municipal a annoncé mardi qu’il n’augmenterait pas le prix des tickets de "
    "bus cette année, alors que plusieurs élus estimaient que l’argent était nécessaire pour "
    "réparer le vieux dépôt près du fleuve.",
    "es": "El ayuntamiento anunció el martes que no subirá el precio de los billetes de autobús "
    "este año, aunque varios concejales habían dicho que el dinero era necesario para reparar "
    "la vieja cochera junto al río.",
    "it": "Il consiglio comunale ha annunciato martedì che quest’anno non aumenterà il prezzo "
    "dei biglietti dell’autobus, anche se diversi consiglieri avevano detto che i soldi "
    "servivano per riparare il vecchio deposito vicino al fiume.",
    "pt": "A câmara municipal anunciou na terça-feira que não vai aumentar o preço dos bilhetes "
    "de autocarro este ano, embora vários vereadores tenham dito que o dinheiro era necessário "
    "para reparar a velha garagem junto ao rio.",
    "nl": "De gemeenteraad heeft dinsdag besloten dat de prijs van buskaartjes dit jaar niet "
    "omhooggaat, hoewel meerdere raadsleden hadden gezegd dat het geld nodig was om de oude "
    "remise bij de rivier te herstellen.",
    "ru": "Городской совет во вторник заявил, что в этом году не будет повышать цены на билеты "
    "в автобусах, хотя несколько депутатов говорили, что эти деньги нужны для ремонта старого "
    "депо у реки.",
    "zh": "市议会周二表示，今年不会提高公交车票的价格，"
    "尽管有几位议员认为这笔钱是修理河边旧车库所必需的。",
}


# --- words -------------------------------------------------------------------------------


def test_words_lowercases_and_splits_on_punctuation() -> None:
    assert words("Hello, World! foo_bar-baz") == ["hello", "world", "foo_bar", "baz"]


def test_words_keeps_inner_apostrophes_and_unifies_them() -> None:
    assert words("Don't stop: l’homme qu'il") == ["don't", "stop", "l'homme", "qu'il"]


def test_words_drops_leading_trailing_and_doubled_apostrophes() -> None:
    assert words("'quoted' rock'n'roll it''s '") == ["quoted", "rock'n'roll", "it", "s"]


def test_words_keeps_digits() -> None:
    assert words("In 2024, 3.5% rose to 1,200") == [
        "in",
        "2024",
        "3",
        "5",
        "rose",
        "to",
        "1",
        "200",
    ]


def test_words_one_token_per_cjk_ideograph() -> None:
    assert words("北京是China的首都2024年") == [
        "北",
        "京",
        "是",
        "china",
        "的",
        "首",
        "都",
        "2024",
        "年",
    ]


def test_words_non_ascii_letters() -> None:
    assert words("Größe ÉTÉ Москва") == ["größe", "été", "москва"]


def test_words_empty_and_symbols() -> None:
    assert words("") == []
    assert words(" ... --- !!! ") == []


def test_words_is_linear_on_huge_lines() -> None:
    start = time.perf_counter()
    for text in ("a'" * 500_000, "'" * 1_000_000, "x" * 1_000_000, "的" * 1_000_000):
        words(text)
    assert time.perf_counter() - start < 10


# --- stopwords and stopword_share ------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_stopword_lists_are_sized_and_lowercase(lang: str) -> None:
    words_ = stopwords(lang)
    assert 150 <= len(words_) <= 300
    assert all(w == w.lower() and w.strip() == w and w for w in words_)


def test_stopword_lists_hold_basic_words() -> None:
    assert {"the", "and", "of"} <= stopwords("en")
    assert {"der", "und", "nicht"} <= stopwords("de")
    assert {"le", "et", "l'"} <= stopwords("fr")
    assert {"el", "y", "que"} <= stopwords("es")
    assert {"il", "che", "dell'"} <= stopwords("it")
    assert {"o", "não", "que"} <= stopwords("pt")
    assert {"het", "een", "niet"} <= stopwords("nl")
    assert {"и", "в", "что"} <= stopwords("ru")
    assert {"的", "了", "是", "一", "个"} <= stopwords("zh")


def test_stopwords_unknown_language() -> None:
    with pytest.raises(ValueError):
        stopwords("xx")


def test_stopword_share_tiny_inputs() -> None:
    assert stopword_share([], "en") == 0.0
    assert stopword_share([], None) == 0.0
    assert stopword_share(["the"], "en") == 1.0
    assert stopword_share(["the", "cat"], "en") == 0.5
    assert stopword_share(["der", "hund", "und", "die", "katze"], "de") == pytest.approx(0.6)
    assert stopword_share(["cat", "dog", "mouse"], "en") == 0.0


def test_stopword_share_is_per_language() -> None:
    assert stopword_share(["the", "und"], "en") == 0.5
    assert stopword_share(["the", "und"], "de") == 0.5
    assert stopword_share(["the", "und", "的", "hund"], None) == 0.75


def test_stopword_share_lowercases_and_counts_elided_heads() -> None:
    assert stopword_share(["The", "AND"], "en") == 1.0
    assert stopword_share(["l'homme", "d'un", "maison"], "fr") == pytest.approx(2 / 3)
    assert stopword_share(["dell'anno"], "it") == 1.0
    assert stopword_share(["john's"], "en") == 0.0


def test_stopword_share_chinese_characters() -> None:
    assert stopword_share(words("我的书"), "zh") == pytest.approx(2 / 3)


# --- guess_language ------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_guess_each_language(lang: str) -> None:
    assert guess_language(SENTENCES[lang]) == lang


def test_every_language_has_a_sentence() -> None:
    assert set(SENTENCES) == set(LANGUAGES)


@pytest.mark.parametrize("text", ["", "   ", "The cat sat on the mat.", "的了是", "12345 678"])
def test_guess_short_text_is_none(text: str) -> None:
    assert guess_language(text) is None


def test_guess_without_stopwords_is_none() -> None:
    nav = "Home News Sport Weather Business Technology Science Health Culture Travel " * 3
    assert guess_language(nav) is None
    assert guess_language(" ".join(str(n) for n in range(100))) is None


def test_guess_even_mix_is_none() -> None:
    assert guess_language(SENTENCES["en"] + " " + SENTENCES["de"]) is None


def test_guess_majority_language_wins_a_mix() -> None:
    text = " ".join([SENTENCES["en"]] * 4 + [SENTENCES["de"]])
    assert guess_language(text) == "en"


def test_guess_english_with_a_chinese_quote() -> None:
    assert guess_language(SENTENCES["en"] + " 他说：“我们很满意。”") == "en"


def test_guess_chinese_with_latin_words() -> None:
    text = "苹果公司（Apple）周二在加州发布了新款iPhone 16手机，" + SENTENCES["zh"]
    assert guess_language(text) == "zh"


def test_guess_japanese_is_not_chinese() -> None:
    text = (
        "東京都は昨日、新しい交通政策を発表した。"
        "バスの料金は今年は上がらないが、古い車庫の修理には多くの費用がかかるという。"
    )
    assert guess_language(text) is None


def test_guess_ukrainian_is_not_russian() -> None:
    text = (
        "Міська рада у вівторок заявила, що цього року не підвищуватиме ціни на квитки в "
        "автобусах, хоча кілька депутатів казали, що ці гроші потрібні для ремонту старого "
        "депо біля річки, і що на це піде весь бюджет."
    )
    assert guess_language(text) is None


def test_guess_spanish_and_portuguese_apart() -> None:
    assert guess_language(SENTENCES["es"] * 3) == "es"
    assert guess_language(SENTENCES["pt"] * 3) == "pt"


def test_guess_looks_only_at_the_start_of_huge_pages() -> None:
    text = SENTENCES["fr"] * 200 + SENTENCES["en"] * 100_000  # about 20 MB
    start = time.perf_counter()
    assert guess_language(text) == "fr"
    assert time.perf_counter() - start < 1


def test_guess_is_fast_on_symbol_soup() -> None:
    start = time.perf_counter()
    assert guess_language("<>|" * 2_000_000) is None
    assert time.perf_counter() - start < 1


# --- properties --------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(text=st.text(), lang=st.sampled_from([*LANGUAGES, None]))
def test_nothing_raises_on_any_text(text: str, lang: str | None) -> None:
    tokens = words(text)
    assert all(t and t == t.lower() for t in tokens)
    assert 0.0 <= stopword_share(tokens, lang) <= 1.0
    assert guess_language(text) in (None, *LANGUAGES)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["the", "cat", "l'", "的", "和", "und", "x"]), max_size=50))
def test_stopword_share_bounds_on_token_lists(tokens: list[str]) -> None:
    for lang in [*LANGUAGES, None]:
        assert 0.0 <= stopword_share(tokens, lang) <= 1.0
