"""Dates a machine wrote: ISO 8601 and RFC 2822 date-times in a page's markup (JSON-LD, meta
tags, <time>) and in web-archive headers, read with python-dateutil.

Dates written for people, inside the lines of a dump, are newsx.meta.dates' job: dateutil's
parser does not find a date inside a sentence, nor read the nine languages newsx does.
dateutil is imported on first use, so a text dump never pays for it.
"""

from __future__ import annotations

import datetime
import functools
import re
from typing import Any

from newsx.meta.dates import MIN_YEAR, find_dates
from newsx.vocab.calendar import TZ_HOURS

#: An ISO 8601 calendar date with a day, extended ("2021-05-03") or basic ("20210503"),
#: perhaps followed by a time: what isoparse is given. A year or a month alone is kept as
#: written ("2021-05"): isoparse would invent the first day.
_ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}-\d{2}|\d{4}(?=T|$))")
#: An RFC 2822 date-time, as HTTP headers, RSS and some meta tags write it:
#: "Mon, 03 May 2021 10:00:00 GMT", "3 May 2021 10:00 +0200".
_RFC_2822 = re.compile(
    r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s*(?:[+-]\d{4}|[A-Za-z]{1,5}))?$"
)


def stated_date(value: str | None) -> str | None:
    """An ISO 8601 date or date-time from a machine-written date, else None: ISO 8601 and
    RFC 2822 forms by dateutil, with their offsets or zone names; other forms as the text's
    date reader reads them ("May 3, 2021")."""
    if not value or not value.strip():
        return None
    value = value.strip()
    if _ISO_DATE.match(value) and (iso := _iso_8601(value)):
        return iso
    if _RFC_2822.match(value) and (iso := _rfc_2822(value)):
        return iso
    hits = find_dates(value)
    return hits[0].iso if hits else None


def capture_day(value: str | None) -> datetime.date | None:
    """The day of an ISO 8601 time stamp (a WARC-Date), None if it is not one."""
    from dateutil.parser import isoparse

    try:
        return isoparse(value.strip()).date() if value else None
    except (ValueError, OverflowError):
        return None


def _iso_8601(value: str) -> str | None:
    from dateutil.parser import isoparse

    try:
        moment = isoparse(value)
    except (ValueError, OverflowError):
        return None
    if moment.year < MIN_YEAR:
        return None
    if len(value) in (len("2021-05-03"), len("20210503")):
        return moment.date().isoformat()  # no time was stated: none is invented
    return moment.isoformat()


def _rfc_2822(value: str) -> str | None:
    from dateutil.parser import ParserError, parse

    try:
        moment = parse(value, tzinfos=_zones())
    except (ParserError, ValueError, OverflowError):
        return None
    return moment.isoformat() if moment.year >= MIN_YEAR else None


@functools.cache
def _zones() -> dict[str, Any]:
    """The zone names newsx knows (newsx.vocab.calendar.TZ_HOURS) as dateutil zones; the
    ambiguous ones ("IST", "CST") are left for dateutil, which reads them as no zone."""
    from dateutil import tz

    return {
        name: tz.UTC if hours == 0 else tz.tzoffset(name, hours * 3600)
        for name, hours in TZ_HOURS.items()
        if hours is not None
    }
