"""Tests for newsx.text.words: word tokens and word counts in every script."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from newsx.text.words import count_tokens, count_words, words

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


# --- scripts with combining marks, word counts --------------------------------------------


def test_words_keep_combining_marks_inside_words() -> None:
    assert words("अंदर की बात है।") == ["अंदर", "की", "बात", "है"]
    assert words("שָׁלוֹם עולם") == ["שָׁלוֹם", "עולם"]
    assert words("e\u0301te\u0301 d'e\u0301te\u0301") == ["e\u0301te\u0301", "d'e\u0301te\u0301"]


def test_count_tokens_counts_each_ideograph_and_kana() -> None:
    assert count_tokens(words("2011年10月21日")) == 6
    assert count_tokens(words("会議が開幕した")) == 7  # 会 議 が 開 幕 し た
    assert count_tokens(words("The cat sat.")) == 3


def test_count_words_counts_runs_between_spaces_elsewhere() -> None:
    assert count_words("U.S. troops left on 2011-10-21 — at 3.5 km/h.") == 9
    assert count_words("東京で21日、会議が開幕した。") == 12  # 東 京 で 21 日 会 議 が 開 幕 し た
    assert count_words("Tokyo 東京") == 3
    assert count_words("") == 0


def test_thai_runs_count_by_their_letters() -> None:
    # ตลาด หุ้น ปิด บวก เป็น วัน ที่ สาม ติดต่อ กัน: 10 words, 26 letters without marks
    assert count_words("ตลาดหุ้นปิดบวกเป็นวันที่สามติดต่อกัน") == 7
    # ผู้นำ ประเทศ ใน เอเชีย แปซิฟิก ประชุม กัน ที่ โตเกียว: 9 words, 35 letters
    assert count_words("ผู้นำประเทศในเอเชียแปซิฟิกประชุมกันที่โตเกียว") == 10
    assert count_words("ที่ ใน") == 2  # a short run is a word
    assert count_tokens(words("ข่าว ล่าสุด")) == 2


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_tokens_are_lower_case_and_counts_bounded(text: str) -> None:
    tokens = words(text)
    assert all(t and t == t.lower() for t in tokens)
    assert count_tokens(tokens) >= len(tokens)
    assert count_words(text) <= len(text)
