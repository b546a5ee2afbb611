"""Character counts of many lines at once: the same as the definitions they vectorise."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsx.text.char_counts import LETTER, PUNCT, UPPER, count_classes, count_words

LINES = [
    "Hello, World! It's 2024.",
    "ÉCOLE À PARIS — ПРИВЕТ мир",
    "东京，2024年3月1日。",
    "",
    "price: $5 ²³ ٣",
    "emoji 😀 and 𝟎 beyond the plane",
    "   spaced\tout\u00a0words  ",
]


def test_class_counts_are_the_expressions_counts() -> None:
    counts = count_classes(LINES, 300)
    assert counts.punct.tolist() == [len(PUNCT.findall(t)) for t in LINES]
    assert counts.letters.tolist() == [len(LETTER.findall(t)) for t in LINES]
    assert counts.upper.tolist() == [len(UPPER.findall(t)) for t in LINES]
    assert counts.digits.tolist() == [sum(map(str.isdigit, t)) for t in LINES]


def test_classes_are_counted_in_the_head_only() -> None:
    counts = count_classes(["ab!!", "!!!!!!"], 3)
    assert counts.punct.tolist() == [1, 3]
    assert counts.letters.tolist() == [2, 0]


def test_words_are_what_split_cuts() -> None:
    words = count_words(LINES)
    assert words.words.tolist() == [len(t.split()) for t in LINES]
    assert words.word_chars.tolist() == [sum(map(len, t.split())) for t in LINES]
    assert words.commas.tolist() == [t.count(",") for t in LINES]


def test_no_lines() -> None:
    assert count_classes([], 10).punct.tolist() == []
    assert count_words([]).words.tolist() == []


def test_a_lone_surrogate_is_one_character() -> None:
    text = "a\udcff,b"
    assert count_classes([text], 300).letters.tolist() == [2]
    assert count_words([text]).words.tolist() == [1]


@given(st.lists(st.text(alphabet=st.characters(blacklist_characters="\n")), max_size=5))
def test_any_lines(lines: list[str]) -> None:
    counts, words = count_classes(lines, 7), count_words(lines)
    heads = [t[:7] for t in lines]
    assert counts.punct.tolist() == [len(PUNCT.findall(h)) for h in heads]
    assert counts.letters.tolist() == [len(LETTER.findall(h)) for h in heads]
    assert counts.digits.tolist() == [sum(map(str.isdigit, h)) for h in heads]
    assert words.words.tolist() == [len(t.split()) for t in lines]
    assert words.word_chars.tolist() == [sum(map(len, t.split())) for t in lines]
