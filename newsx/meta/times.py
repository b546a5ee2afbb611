"""The time of day of a date: "10:30 pm", "14:05:09 CET", "T08:00:00-05:00", read from a
match of the time patterns in newsx.meta.date_patterns, as ISO 8601's "THH:MM[:SS]" and the
zone's "+HH:MM" offset when it is given and known."""

from __future__ import annotations

import re

from newsx.meta.date_patterns import TZ_HOURS

#: Real UTC offsets run from -12:00 to +14:00; larger ones are ranges or other numbers.
MAX_OFFSET_HOURS = 14


def _offset(sign: str, hours: int, minutes: int) -> str | None:
    if hours > MAX_OFFSET_HOURS or minutes > 59:
        return None
    return f"{sign}{hours:02d}:{minutes:02d}"


def _zone(mt: re.Match[str], iso_t: bool) -> str | None:
    """The "+HH:MM" offset of a matched time zone, "" for none, None if it is not one."""
    if mt["z"]:
        return "+00:00"
    if mt["off"]:
        off = mt["off"].replace(":", "")
        # "10:00-12:00" is a range, not an offset, unless it is ISO or clearly set apart.
        if off[0] == "-" and not (iso_t or mt["osp"] or mt["s"]):
            return None
        return _offset(off[0], int(off[1:3]), int(off[3:5]))
    if mt["abbr"]:
        hours = TZ_HOURS.get(mt["abbr"])
        if hours is None:
            return ""
        total = hours * 60
        rel = (mt["rel"] or "").replace(":", "")
        if rel:  # "GMT+8", "UTC-05:30"
            digits = rel[1:]
            mins = (
                int(digits) * 60 if len(digits) <= 2 else int(digits[:-2]) * 60 + int(digits[-2:])
            )
            total += -mins if rel[0] == "-" else mins
        return _offset("-" if total < 0 else "+", abs(total) // 60, abs(total) % 60)
    return ""


def time_part(mt: re.Match[str], iso_t: bool = False) -> tuple[str, int] | None:
    """The "THH:MM[:SS][+HH:MM]" part and the end of a match of the time patterns
    (date_patterns.TIME_AFTER, TIME_BEFORE, TIME_GLUED), or None when it is no time of day.
    `iso_t`: the time follows an ISO "T", so a "-05:00" after it is an offset."""
    h, mi, s, ap = int(mt["h"]), mt["mi"], mt["s"], mt["ap"]
    if mi is None and ap is None:
        return None
    if ap:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ap in "pP" else 0)
    minute = int(mi) if mi else 0
    if h > 23 or minute > 59 or (s is not None and int(s) > 59):
        return None
    out = f"T{h:02d}:{minute:02d}" + (f":{int(s):02d}" if s is not None else "")
    zone = _zone(mt, iso_t)
    if zone is None:
        return out, mt.start("tz")
    return out + zone, mt.end()
