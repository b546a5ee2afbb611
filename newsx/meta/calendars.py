"""Dates of other calendars, as Gregorian ISO dates: the Solar Hijri calendar of Iran and
Afghanistan and the Buddhist Era years of Thailand.

The Solar Hijri year begins at the March equinox. Its months 1-6 have 31 days, 7-11 have
30, and the twelfth 29, or 30 in a leap year. Leap years follow the 33-year cycle
(years whose remainder by 33 is 1, 5, 9, 13, 17, 22, 26 or 30), which agrees with the
astronomical calendar from 1178 to 1634 (1799-2256 in the Gregorian calendar), far
beyond the years a news page states.
"""

from __future__ import annotations

import datetime

#: Thai years count from 543 BCE: 2554 BE is 2011 CE.
BUDDHIST_ERA_OFFSET = 543
#: A Thai year above this is in the Buddhist Era; a page that writes 2011 means the CE.
BUDDHIST_ERA_FROM = 2400

#: 1 Farvardin 1400, the first day of a known Solar Hijri year.
_ANCHOR_YEAR = 1400
_ANCHOR = datetime.date(2021, 3, 21)
#: Years whose remainder by 33 makes them leap years.
_LEAP_REMAINDERS = frozenset({1, 5, 9, 13, 17, 22, 26, 30})
#: Years the 33-year cycle places right (see the module's docstring).
_CYCLE_VALID = range(1178, 1635)


def solar_hijri_is_leap(year: int) -> bool:
    """Whether a Solar Hijri year has 366 days (Esfand has 30)."""
    return year % 33 in _LEAP_REMAINDERS


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> datetime.date | None:
    """The Gregorian date of a Solar Hijri one; None for a day that does not exist."""
    if year not in _CYCLE_VALID or not 1 <= month <= 12:
        return None
    length = 31 if month <= 6 else 30 if month <= 11 else 29 + solar_hijri_is_leap(year)
    if not 1 <= day <= length:
        return None
    lo, hi = sorted((year, _ANCHOR_YEAR))
    years = sum(366 if solar_hijri_is_leap(y) else 365 for y in range(lo, hi))
    new_year = _ANCHOR + datetime.timedelta(days=years if year >= _ANCHOR_YEAR else -years)
    into = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return new_year + datetime.timedelta(days=into + day - 1)


def common_era_year(thai_year: int) -> int:
    """The Common Era year of a year a Thai page states."""
    return thai_year - BUDDHIST_ERA_OFFSET if thai_year > BUDDHIST_ERA_FROM else thai_year
