"""newsx.meta.stated_dates: machine-written dates (markup, archive headers) read with dateutil."""

from __future__ import annotations

import datetime

import pytest

from newsx.meta.stated_dates import capture_day, stated_date


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2021-05-03T10:00:00+0200", "2021-05-03T10:00:00+02:00"),  # offset without a colon
        ("2021-05-03T10:00:00+02:00", "2021-05-03T10:00:00+02:00"),
        ("2021-05-03T08:00:00Z", "2021-05-03T08:00:00+00:00"),
        ("2021-05-03T10:00:00.5-05:00", "2021-05-03T10:00:00.500000-05:00"),
        ("20210503T100000Z", "2021-05-03T10:00:00+00:00"),  # ISO 8601's basic format
        ("2021-05-03 10:00:00+05:30", "2021-05-03T10:00:00+05:30"),
        ("2021-05-03T10:00:00 +02:00", "2021-05-03T10:00:00+02:00"),  # read as text
        ("2021-05-03", "2021-05-03"),  # no time stated, none invented
        ("20210503", "2021-05-03"),
        ("2021-05", "2021-05"),  # no day stated, none invented
    ],
)
def test_iso_8601_with_zones_and_offsets(value: str, iso: str) -> None:
    assert stated_date(value) == iso


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("Mon, 03 May 2021 10:00:00 GMT", "2021-05-03T10:00:00+00:00"),
        ("Mon, 03 May 2021 10:00:00 -0500", "2021-05-03T10:00:00-05:00"),
        ("Mon, 03 May 2021 10:00:00 EST", "2021-05-03T10:00:00-05:00"),  # a zone name
        ("3 May 2021 10:00 CEST", "2021-05-03T10:00:00+02:00"),
    ],
)
def test_rfc_2822(value: str, iso: str) -> None:
    assert stated_date(value) == iso


@pytest.mark.parametrize(
    "value", [None, "", "  ", "0001-01-01T00:00:00Z", "2021-13-45", "soon", "1899-12-31"]
)
def test_placeholders_and_nonsense_give_nothing(value: str | None) -> None:
    assert stated_date(value) is None


def test_other_written_forms_go_to_the_text_reader() -> None:
    assert stated_date("May 3, 2021") == "2021-05-03"


def test_capture_day() -> None:
    assert capture_day("2024-03-10T23:59:01Z") == datetime.date(2024, 3, 10)
    assert capture_day("not a date") is None
    assert capture_day(None) is None
