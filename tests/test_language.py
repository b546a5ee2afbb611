"""Tests for newsx.text.language: stopword lists, the language guesser and the identifier."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsx.text.language import (
    LANGUAGES,
    STOPWORD_LANGUAGES,
    guess_language,
    identify,
    stopword_share,
    stopwords,
)
from newsx.text.words import words

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


# --- identify ------------------------------------------------------------------------------

# The same news sentence in languages the stopword count does not tell apart.
MORE_SENTENCES = {
    "ja": "市議会は火曜日、今年はバスの運賃を値上げしないと発表したが、複数の議員は川の近くにある"
    "古い車庫の修理にその資金が必要だと主張していた。",
    "ko": "시의회는 화요일 올해 버스 요금을 인상하지 않겠다고 밝혔지만, 여러 의원들은 강 근처의 "
    "낡은 차고를 수리하는 데 그 돈이 필요하다고 주장했다.",
    "ar": "أعلن مجلس المدينة يوم الثلاثاء أنه لن يرفع أسعار تذاكر الحافلات هذا العام، رغم أن عددا "
    "من الأعضاء قالوا إن المال ضروري لإصلاح المرآب القديم قرب النهر.",
    "el": "Το δημοτικό συμβούλιο ανακοίνωσε την Τρίτη ότι δεν θα αυξήσει φέτος την τιμή των "
    "εισιτηρίων του λεωφορείου, αν και αρκετά μέλη είχαν πει ότι τα χρήματα χρειάζονται για "
    "την επισκευή του παλιού αμαξοστασίου κοντά στο ποτάμι.",
    "tr": "Belediye meclisi salı günü bu yıl otobüs bileti fiyatlarını artırmayacağını açıkladı, "
    "ancak birkaç üye paranın nehir kenarındaki eski garajın onarımı için gerekli olduğunu "
    "söylemişti.",
    "hi": "नगर परिषद ने मंगलवार को कहा कि वह इस साल बस टिकटों की कीमत नहीं बढ़ाएगी, हालांकि कई "
    "सदस्यों ने कहा था कि नदी के पास पुराने डिपो की मरम्मत के लिए इस पैसे की जरूरत है।",
    "pl": "Rada miejska ogłosiła we wtorek, że w tym roku nie podniesie cen biletów autobusowych, "
    "choć kilku radnych twierdziło, że pieniądze są potrzebne na remont starej zajezdni nad "
    "rzeką.",
    "sv": "Kommunfullmäktige meddelade på tisdagen att man inte kommer att höja priset på "
    "bussbiljetter i år, även om flera ledamöter hade sagt att pengarna behövdes för att "
    "reparera det gamla depån vid floden.",
    "fi": "Kaupunginvaltuusto ilmoitti tiistaina, ettei se nosta bussilippujen hintoja tänä "
    "vuonna, vaikka useat valtuutetut olivat sanoneet, että rahaa tarvitaan joen rannalla "
    "olevan vanhan varikon korjaamiseen.",
    "uk": "Міська рада у вівторок заявила, що цього року не підвищуватиме ціни на квитки в "
    "автобусах, хоча кілька депутатів казали, що ці гроші потрібні для ремонту старого депо.",
    "he": "מועצת העיר הודיעה ביום שלישי כי השנה לא תעלה את מחירי כרטיסי האוטובוס, אף שכמה "
    "מחברי המועצה אמרו כי הכסף נחוץ לתיקון המוסך הישן ליד הנהר.",
    "id": "Dewan kota mengumumkan pada hari Selasa bahwa mereka tidak akan menaikkan harga tiket "
    "bus tahun ini, meskipun beberapa anggota mengatakan bahwa uang itu dibutuhkan untuk "
    "memperbaiki depot tua di dekat sungai.",
}


@pytest.mark.parametrize("lang", sorted(MORE_SENTENCES))
def test_identify_tells_languages_the_stopword_count_does_not(lang: str) -> None:
    tokens = words(MORE_SENTENCES[lang] * 2)
    assert guess_language(MORE_SENTENCES[lang] * 2) is None
    assert identify(tokens) == lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_identify_keeps_the_stopword_count_where_it_is_sure(lang: str) -> None:
    assert identify(words(SENTENCES[lang] * 2)) == lang


def test_identify_calls_no_language_on_few_words() -> None:
    assert identify(words("Kommunfullmäktige meddelade")) is None


@pytest.mark.parametrize("lang", [lang for lang in STOPWORD_LANGUAGES if lang not in LANGUAGES])
def test_crawl_language_lists_are_lower_case_single_words(lang: str) -> None:
    listed = stopwords(lang)
    assert len(listed) >= 70
    assert all(words(w) == [w] for w in listed)


def test_stopword_share_uses_the_language_list_or_all_nine() -> None:
    tokens = words(MORE_SENTENCES["pl"])
    assert (
        stopword_share(tokens, "pl") > stopword_share(tokens, "xx") == stopword_share(tokens, None)
    )
