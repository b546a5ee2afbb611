"""newsx.meta.date_patterns: the date reader's vocabulary in the supported languages.

Hostile inputs for the patterns are in tests/test_dates.py, through find_dates."""

from __future__ import annotations

import pytest

from newsx.meta.date_patterns import (
    DAY_WORDS,
    MONTHS,
    PUB_STEMS,
    SLASHED,
    TZ_HOURS,
    UNIT,
    WORDLIKE_MONTHS,
)


@pytest.mark.parametrize(
    ("word", "month"),
    [
        ("january", 1),
        ("januar", 1),
        ("févr", 2),
        ("märz", 3),
        ("abril", 4),
        ("maggio", 5),
        ("juni", 6),
        ("julho", 7),
        ("augustus", 8),
        ("сентября", 9),
        ("oct", 10),
        ("noviembre", 11),
        ("dezember", 12),
    ],
)
def test_month_names_in_the_supported_languages(word: str, month: int) -> None:
    assert MONTHS[word] == month


def test_month_words_that_are_also_common_words_are_months_too() -> None:
    assert set(MONTHS) >= WORDLIKE_MONTHS


@pytest.mark.parametrize(
    ("word", "unit"),
    [
        ("minutes", "minutes"),
        ("stunden", "hours"),
        ("jours", "days"),
        ("semanas", "weeks"),
        ("天", "days"),
        ("monaten", "months"),
        ("ans", "years"),
        ("个月", "months"),
    ],
)
def test_relative_units(word: str, unit: str) -> None:
    assert UNIT[word] == unit


def test_ambiguous_zone_abbreviations_give_no_offset() -> None:
    assert TZ_HOURS["CEST"] == 2 and TZ_HOURS["GMT"] == 0
    assert TZ_HOURS["CST"] is None and TZ_HOURS["IST"] is None


def test_yesterday_and_today() -> None:
    assert DAY_WORDS["heute"] == 0 and DAY_WORDS["yesterday"] == 1


@pytest.mark.parametrize("label", ["Published", "Veröffentlicht", "publié", "Erstellt", "发布"])
def test_publication_labels(label: str) -> None:
    assert PUB_STEMS.search(label)


def test_slashed_dates_stand_alone() -> None:
    assert SLASHED.search("on 05/06/2011 at noon")
    assert not SLASHED.search("version 1/2/3/4")
