"""Relative dates: "3 hours ago", "vor 2 Monaten", "il y a 3 jours", "yesterday", "3天前",
resolved against a reference day, such as the day a crawler fetched the page."""

from __future__ import annotations

import datetime
from typing import Any

from newsx.meta.date_patterns import DAY_WORD, DAY_WORDS, REL_PRE, RELATIVE, RELATIVE_ZH, UNIT

#: How many characters before a relative number "vor", "il y a" or "hace" may start.
REL_PRE_WINDOW = 10


#: Sub-day units in a day: "30 hours ago" is one day before a reference day.
_PER_DAY = {"minutes": 24 * 60, "hours": 24}


def relative_dates(line: str, reference: datetime.date) -> list[tuple[int, int, str]]:
    """(start, end, ISO day) of the relative dates in a line ("3 hours ago", "vor 2 Monaten",
    "yesterday"), resolved against the reference day (or moment) by dateutil's
    relativedelta, calendar months and years included."""
    from dateutil.relativedelta import relativedelta

    out: list[tuple[int, int, str]] = []
    zh = RELATIVE_ZH.finditer(line) if "前" in line else ()
    for mt in [*RELATIVE.finditer(line), *zh]:
        pre = REL_PRE.search(line, max(0, mt.start() - REL_PRE_WINDOW), mt.start())
        if bool(mt["post"]) == bool(pre):
            continue  # needs exactly one of "vor ..." or "... ago"
        start = pre.start() if pre else mt.start()
        n = int(mt["n"]) if mt["n"] else 1
        unit = UNIT.get(mt["u"].lower())
        if unit is not None:
            amount: dict[str, Any] = {unit: n}
            if unit in _PER_DAY and not isinstance(reference, datetime.datetime):
                amount = {"days": n // _PER_DAY[unit]}  # a day without its time: whole days
            back = relativedelta(**amount)
            out.append((start, mt.end(), _shift(reference, back)))
    for mt in DAY_WORD.finditer(line):
        days = DAY_WORDS.get((mt["w"] or mt["zh"]).lower())
        if days is not None:
            back = relativedelta(days=days)
            out.append((mt.start(), mt.end(), _shift(reference, back)))
    return [c for c in out if c[2]]


def _shift(reference: datetime.date, back: Any) -> str:
    """The day `back` (a relativedelta) before the reference, "" when out of range."""
    try:
        moment = reference - back
    except (OverflowError, ValueError):
        return ""
    if isinstance(moment, datetime.datetime):
        return moment.date().isoformat()
    return str(moment.isoformat())
