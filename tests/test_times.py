"""newsx.meta.times: the time of day of a date, and its zone, from a time pattern's match."""

from __future__ import annotations

import pytest

from newsx.meta.date_patterns import TIME_AFTER
from newsx.meta.times import time_part


def _read(text: str) -> str | None:
    mt = TIME_AFTER.match(text)
    assert mt is not None, text
    found = time_part(mt, bool(mt["iso_t"]))
    return None if found is None else found[0]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (" 10:30", "T10:30"),
        (" 10:30 pm", "T22:30"),
        (" 12:05 AM", "T00:05"),
        (" 14:05:09", "T14:05:09"),
        ("T08:00:00-05:00", "T08:00:00-05:00"),
        (" 08:00 UTC", "T08:00+00:00"),
        (" 08:00 GMT+8", "T08:00+08:00"),
    ],
)
def test_a_time_of_day_and_its_zone(text: str, iso: str) -> None:
    assert _read(text) == iso


@pytest.mark.parametrize("text", [" 25:00", " 10:61", " 13:00 pm"])
def test_what_is_no_time_of_day(text: str) -> None:
    assert _read(text) is None


def test_a_dash_after_a_time_is_a_range_not_an_offset() -> None:
    mt = TIME_AFTER.match(" 10:00-12:00")
    assert mt is not None
    found = time_part(mt)
    assert found is not None
    assert found[0] == "T10:00"
    assert found[1] == mt.start("tz")  # the "-12:00" is left to the text after the time
