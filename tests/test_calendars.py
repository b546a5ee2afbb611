"""Tests for newsx.meta.calendars: Solar Hijri and Buddhist Era dates."""

from __future__ import annotations

import datetime

import pytest

from newsx.meta.calendars import common_era_year, solar_hijri_is_leap, solar_hijri_to_gregorian


@pytest.mark.parametrize(
    ("solar", "gregorian"),
    [
        ((1400, 1, 1), datetime.date(2021, 3, 21)),  # the anchor
        ((1390, 7, 29), datetime.date(2011, 10, 21)),
        ((1399, 12, 30), datetime.date(2021, 3, 20)),  # a leap year's last day
        ((1403, 1, 1), datetime.date(2024, 3, 20)),
        ((1403, 7, 1), datetime.date(2024, 9, 22)),  # months 7-12 have 30 days or fewer
        ((1402, 10, 10), datetime.date(2023, 12, 31)),
        ((1357, 11, 22), datetime.date(1979, 2, 11)),
        ((1404, 1, 1), datetime.date(2025, 3, 21)),
    ],
)
def test_solar_hijri_dates(solar: tuple[int, int, int], gregorian: datetime.date) -> None:
    assert solar_hijri_to_gregorian(*solar) == gregorian


def test_consecutive_solar_days_are_consecutive_gregorian_days() -> None:
    day = solar_hijri_to_gregorian(1390, 1, 1)
    assert day is not None
    for year in (1390, 1391, 1392):
        for month in range(1, 13):
            for d in range(1, 32):
                got = solar_hijri_to_gregorian(year, month, d)
                if got is not None:
                    assert got == day
                    day += datetime.timedelta(days=1)
    assert day == solar_hijri_to_gregorian(1393, 1, 1)


def test_days_that_do_not_exist() -> None:
    assert solar_hijri_to_gregorian(1390, 7, 31) is None
    assert solar_hijri_to_gregorian(1402, 12, 30) is None  # not a leap year
    assert solar_hijri_to_gregorian(1390, 13, 1) is None
    assert solar_hijri_is_leap(1399) and not solar_hijri_is_leap(1402)


def test_buddhist_era_years() -> None:
    assert common_era_year(2554) == 2011
    assert common_era_year(2011) == 2011
