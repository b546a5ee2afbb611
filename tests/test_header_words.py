"""newsx.comments.header_words: the words of a comment section's furniture."""

from __future__ import annotations

import re

import pytest

from newsx.comments.header_words import (
    AGO,
    AUTHOR_PREFIX,
    CONTROL_REST,
    CONTROL_WORD,
    FORM,
    PINGBACK,
    SAYS,
    SAYS_ENDINGS,
    SAYS_WORDS,
    WEEKDAY_END,
)


def test_every_says_word_ends_in_one_of_the_cheap_endings() -> None:
    # headers._header tries SAYS only on lines ending in SAYS_ENDINGS: a word missing there
    # would never be read.
    alternatives = SAYS_WORDS.removeprefix("(?:").removesuffix(")").split("|")
    assert len(alternatives) > 10
    for alternative in alternatives:
        last = alternative.split(r"\s+")[-1]
        # an optional ending ("написал[а]?"): both forms
        for word in {re.sub(r"\[(\w)\]\?", "", last), re.sub(r"\[(\w)\]\?", r"\1", last)}:
            assert word.isalpha() and word.endswith(SAYS_ENDINGS), word


@pytest.mark.parametrize(
    ("line", "author"),
    [("Jane says:", "Jane"), ("Max sagt:", "Max"), ("Anonymous said...", "Anonymous")],
)
def test_says_gives_the_author(line: str, author: str) -> None:
    m = SAYS.match(line)
    assert m is not None and m.group("author") == author


def test_says_is_no_sentence() -> None:
    assert SAYS.match("The minister says the harbour will reopen in May") is None


@pytest.mark.parametrize("line", ["Reply", "ReplyDelete", "Antworten Löschen", "12 points"])
def test_control_lines_hold_only_control_words(line: str) -> None:
    assert CONTROL_REST.fullmatch(CONTROL_WORD.sub("", line)) is not None


def test_a_sentence_is_not_a_control_line() -> None:
    line = "Reply to the council before Friday"
    assert CONTROL_REST.fullmatch(CONTROL_WORD.sub("", line)) is None


@pytest.mark.parametrize("stamp", ["6 years ago", "vor 3 Tagen", "il y a 2 jours", "3 小时前"])
def test_relative_stamps(stamp: str) -> None:
    assert AGO.search(stamp) is not None


def test_words_before_a_name_and_a_weekday_after_it() -> None:
    m = AUTHOR_PREFIX.match("Kommentar von Max Muster")
    assert m is not None and "Kommentar von Max Muster"[m.end() :] == "Max Muster"
    assert WEEKDAY_END.sub("", "Max Muster, Do") == "Max Muster"


def test_pingbacks_and_the_form() -> None:
    assert PINGBACK.match("Pingback: Ten links for Sunday")
    assert FORM.match("Leave a Reply")
    assert FORM.match("Schreibe einen Kommentar")
    assert not FORM.match("2 replies")
