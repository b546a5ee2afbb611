"""newsx.meta.relative_dates: "3 hours ago", "vor 2 Monaten", "yesterday" against a day."""

from __future__ import annotations

import datetime

from newsx.meta.relative_dates import relative_dates

DAY = datetime.date(2021, 3, 31)


def _days(line: str, reference: datetime.date = DAY) -> list[str]:
    return [iso for _, _, iso in relative_dates(line, reference)]


def test_ago_and_its_span() -> None:
    assert relative_dates("Posted 3 days ago", DAY) == [(7, 17, "2021-03-28")]


def test_a_word_before_the_number_in_other_languages() -> None:
    assert _days("vor 2 Monaten") == ["2021-01-31"]


def test_calendar_months_not_thirty_days() -> None:
    assert _days("1 month ago") == ["2021-02-28"]


def test_hours_count_whole_days_against_a_day_and_exactly_against_a_moment() -> None:
    assert _days("30 hours ago") == ["2021-03-30"]
    assert _days("30 hours ago", datetime.datetime(2021, 3, 31, 2, 0)) == ["2021-03-29"]


def test_day_words() -> None:
    assert _days("yesterday") == ["2021-03-30"]


def test_a_number_without_ago_or_before_is_no_date() -> None:
    assert _days("3 days of talks") == []
