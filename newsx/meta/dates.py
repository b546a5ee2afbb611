"""Find dates, with their times and roles, in one line of a news-page dump.

The patterns (newsx.meta.date_patterns) find the candidates; this module reads them into ISO
8601 with only the parts the text gives, checks them and names their role.
"""

from __future__ import annotations

import calendar
import datetime
import enum
import re
from dataclasses import dataclass

from newsx.meta.calendars import common_era_year, solar_hijri_to_gregorian
from newsx.meta.date_patterns import (
    BARE,
    CORES,
    DIGIT,
    MONTHS,
    PUB_STEMS,
    ROLE,
    TIME_AFTER,
    TIME_BEFORE,
    TIME_GLUED,
    WEEKDAY_BEFORE,
    WORDLIKE_MONTHS,
)
from newsx.meta.relative_dates import relative_dates
from newsx.meta.times import time_part
from newsx.vocab.calendar import SOLAR_HIJRI_MONTHS, THAI_MONTHS


class DateRole(enum.Enum):
    """What the text just before a date says it is."""

    PUBLISHED = "published"
    UPDATED = "updated"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class DateHit:
    """One date in a line: ISO 8601 with only the parts the text gives, and its span."""

    iso: str
    role: DateRole
    start: int
    end: int


#: Years outside this range are prices, counts or IDs in news dumps, not dates; in markup,
#: earlier ones are placeholders (CMS defaults of 0001-01-01). News on the web starts here.
MIN_YEAR = 1990
MAX_YEAR = 2100
#: Two-digit years below this are 20xx, the rest 19xx, so "95" is 1995 and "11" is 2011.
CENTURY_PIVOT = MIN_YEAR % 100
#: How many characters before a date a "Published"/"Updated" label may start: enough for
#: "Last updated on Thursday, " but not for a label that belongs to the previous sentence.
ROLE_WINDOW = 40
#: How many characters before a date a leading time may start ("08:30 a.m. EST, Oct 21").
TIME_BEFORE_WINDOW = 24
#: How many characters before a date a weekday may start ("Donnerstag, 21. Oktober").
WEEKDAY_WINDOW = 16


@dataclass
class _Cand:
    start: int
    end: int
    iso: str
    has_day: bool = True
    short_year: bool = False
    padded: bool = False
    glued: bool = False
    relative: bool = False
    year_glued: bool = False


def _ymd(y: int, m: int, d: int | None) -> str | None:
    """The ISO date for valid parts, else None."""
    if not (MIN_YEAR <= y <= MAX_YEAR and 1 <= m <= 12):
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _core(mt: re.Match[str], day_first: bool = False) -> _Cand | None:
    """A candidate date from one match of a pattern in CORES."""
    g = mt.groupdict()
    d: int | None
    if g.get("y2"):  # "’20": two digits, but marked as a year by the apostrophe
        if not g.get("d"):
            return None
        y = _century(int(g["y2"]))
        short = False
    else:
        y = int(g["y"])
        short = len(g["y"]) == 2
        if short:
            y = _century(y)
    if g.get("solar"):
        day = solar_hijri_to_gregorian(y, SOLAR_HIJRI_MONTHS[g["solar"]], int(g["d"]))
        iso = day and _ymd(day.year, day.month, day.day)
        return _Cand(mt.start(), mt.end(), iso, has_day=True) if iso else None
    year_glued = bool(g.get("yglue"))
    if year_glued and not g.get("d"):
        return None  # "October 201175" is a number, not a month and a year
    if g.get("a"):  # numeric day/month in either order
        a, b = int(g["a"]), int(g["b"])
        month_first = b > 12 or (g["sep"] == "/" and a <= 12 and not day_first)
        m, d = (a, b) if month_first else (b, a)
    elif g.get("mon"):
        word = g["mon"].lower()
        if mt.start() == mt.start("mon") and word in WORDLIKE_MONTHS:
            return None
        if g["mon"] == "Mars" and not g.get("d"):
            return None  # French writes "mars 2011"; "Mars 2020" is the planet's rover
        m = MONTHS.get(word, 0)
        d = int(g["d"]) if g.get("d") else None
    elif g.get("thai"):
        y, m, d = common_era_year(y), THAI_MONTHS[g["thai"]], int(g["d"])
    else:
        m, d = int(g["m"]), (int(g["d"]) if g.get("d") else None)
    glued = bool(g.get("glue"))
    if glued and (g["sep"] != "-" or len(g["m"]) != 2 or len(g["d"]) != 2):
        return None
    iso = _ymd(y, m, d)
    if iso is None:
        return None
    end = mt.end("d") if glued else mt.end("y") if year_glued else mt.end()
    padded = bool(g.get("a")) and len(g["a"]) == len(g["b"]) == 2
    return _Cand(
        mt.start(),
        end,
        iso,
        has_day=d is not None,
        short_year=short,
        padded=padded,
        glued=glued,
        year_glued=year_glued,
    )


def _matches(pattern: re.Pattern[str], line: str, day_first: bool) -> list[_Cand]:
    """The candidates of one pattern in the line, left to right.

    Like finditer, except that a word taken for a month and not found one is searched
    again from its second letter: in "Jane DoeMarch 5" the word "DoeMarch" hides "March".
    The word is short, so a line still costs time linear in its length.
    """
    out: list[_Cand] = []
    pos = 0
    while mt := pattern.search(line, pos):
        c = _core(mt, day_first)
        if c is not None:
            out.append(c)
        mon = mt.groupdict().get("mon")
        hidden = c is None and mon and mon.lower() not in MONTHS
        pos = mt.start("mon") + 1 if hidden else mt.end()
    return out


def _century(y: int) -> int:
    """The full year of a two-digit one."""
    return y + (1900 if y >= CENTURY_PIVOT else 2000)


def _role(line: str, lo: int, hi: int) -> DateRole:
    """The role named by the label nearest before `hi`, searching no further back than lo."""
    role = DateRole.UNKNOWN
    for mt in ROLE.finditer(line, lo, hi):
        upd = mt["upd"] or mt["updzh"]
        role = DateRole.UPDATED if upd else DateRole.PUBLISHED
    return role


def find_dates(
    line: str, reference: datetime.date | None = None, *, day_first: bool = False
) -> list[DateHit]:
    """All dates in one line, left to right; relative ones only when reference is given.

    day_first reads an ambiguous slashed date ("05/06/2011") as day/month, as most of the
    world writes it; the default is the US month/day (see `day_order.slashes_day_first`).
    """
    cands: list[_Cand] = []
    if DIGIT.search(line):
        for needles, pattern in CORES:
            if not needles or any(ch in line for ch in needles):
                cands += _matches(pattern, line, day_first)
    if reference is not None:
        cands += [
            _Cand(start, end, iso, relative=True)
            for start, end, iso in relative_dates(line, reference)
        ]
    cands.sort(key=lambda c: (c.start, c.start - c.end))
    chosen: list[_Cand] = []
    for c in cands:
        if not chosen or c.start >= chosen[-1].end:
            chosen.append(c)
    hits: list[DateHit] = []
    prev_end = 0
    last = len(chosen) - 1
    for i, c in enumerate(chosen):
        next_start = chosen[i + 1].start if i + 1 < len(chosen) else len(line)
        start, end, iso, timed = _extend(line, c, prev_end, next_start)
        role = _role(line, max(prev_end, start - ROLE_WINDOW), start)
        if (
            c.short_year
            and not timed
            and role is DateRole.UNKNOWN
            and not _stands_apart(line, c, start if i == 0 else -1, end if i == last else -1)
        ):
            continue  # "3.6.10" or "... 21.10.11 ..." in a sentence is a version or a score
        hits.append(DateHit(iso, role, start, end))
        prev_end = end
    return hits


def _stands_apart(line: str, c: _Cand, start: int, end: int) -> bool:
    """Whether a two-digit-year date is written as one ("23.09.22", not "3.6.10") and opens
    or closes its line ("30/10/23 | Stars", "Jane Doe, 12.12.22"), as dates in page headers
    do; numbers inside a sentence are versions, scores and the like.

    start is -1 unless this is the line's first date, end -1 unless its last: only those
    can open or close it, and each end of the line is scanned once.
    """
    return c.padded and (
        (start >= 0 and BARE.fullmatch(line, 0, start) is not None)
        or (end >= 0 and BARE.fullmatch(line, end) is not None)
    )


def _extend(line: str, c: _Cand, lo: int, hi: int) -> tuple[int, int, str, bool]:
    """Grow a date over a weekday and a time within line[lo:hi]: start, end, iso, timed."""
    start, end, iso = c.start, c.end, c.iso
    wd = WEEKDAY_BEFORE.search(line, max(lo, start - WEEKDAY_WINDOW), start)
    start = wd.start() if wd else start
    if not c.has_day or c.glued or c.relative:
        return start, end, iso, False
    if c.year_glued:
        mt = TIME_GLUED.match(line, end, hi)
        timed = time_part(mt) if mt else None
        if timed:
            return start, timed[1], iso + timed[0], True
        return start, end, iso, False
    mt = TIME_AFTER.match(line, end, hi)
    timed = time_part(mt, bool(mt["iso_t"])) if mt else None
    if timed:
        return start, timed[1], iso + timed[0], True
    mt = TIME_BEFORE.search(line, max(lo, start - TIME_BEFORE_WINDOW), start)
    timed = time_part(mt) if mt else None
    if mt and timed:
        return mt.start(), end, iso + timed[0], True
    return start, end, iso, False


def has_date(line: str) -> bool:
    """Whether the line holds an absolute date."""
    return bool(DIGIT.search(line)) and bool(find_dates(line))


def names_published(line: str) -> bool:
    """Whether the line holds a "Published"/"Veröffentlicht" label: a cheap test before
    find_dates."""
    if not PUB_STEMS.search(line):
        return False
    return any(mt["pub"] or mt["pubzh"] for mt in ROLE.finditer(line))
