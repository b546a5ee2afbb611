"""Which order a page writes its days and months in, for the slashed dates that do not say
("05/06/2011")."""

from __future__ import annotations

from collections.abc import Sequence

from newsx.meta.date_patterns import DAY_MONTH, DIGIT, MONTH_DAY, MONTHS, SLASHED

#: Months run to 12: a larger first or second number tells the day.
MAX_MONTH = 12
#: Month-name dates that tell a page's date order are looked for on lines up to this long:
#: headers, bylines and teasers, not whole paragraphs.
MONTH_VOTE_MAX_CHARS = 200


def slashes_day_first(lines: Sequence[str], language: str | None) -> bool:
    """Whether this page writes slashed dates day first ("25/06/2011").

    The page's own unambiguous dates decide: "25/06" votes day-first, "06/25" month-first.
    Without any, pages in other languages than English are day-first, which is how their
    readers write dates; English pages follow the order of their month-name dates
    ("3 October 2023" is British, "October 3, 2023" American), else are month-first.
    """
    votes = ambiguous = 0
    for text in lines:
        if "/" not in text:
            continue
        for mt in SLASHED.finditer(text):
            a, b = int(mt[1]), int(mt[2])
            if a > MAX_MONTH >= b:
                votes += 1
            elif b > MAX_MONTH >= a:
                votes -= 1
            else:
                ambiguous += 1
    if votes:
        return votes > 0
    if language is not None and language != "en":
        return True
    if not ambiguous:
        return False
    return _month_name_votes(lines) > 0


def _month_name_votes(lines: Sequence[str]) -> int:
    """Day-before-month dates on the page less month-before-day ones."""
    votes = 0
    for text in lines:
        if len(text) > MONTH_VOTE_MAX_CHARS or not DIGIT.search(text):
            continue
        for sign, pattern in ((1, DAY_MONTH), (-1, MONTH_DAY)):
            for mt in pattern.finditer(text):
                if mt["d"] and mt["mon"].lower() in MONTHS:
                    votes += sign
    return votes
