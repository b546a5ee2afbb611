"""newsx.meta.day_order: whether a page writes slashed dates day first."""

from __future__ import annotations

import pytest

from newsx.meta.day_order import slashes_day_first


@pytest.mark.parametrize(
    ("lines", "language", "day_first"),
    [
        (["05/06/2011", "25/06/2011"], "en", True),  # the page's own dates decide
        (["05/06/2011", "06/25/2011"], "de", False),
        (["05/06/2011"], "de", True),  # else the language
        (["05/06/2011"], "en", False),
        (["05/06/2011"], None, False),
        (["05/06/2011", "3 October 2023"], "en", True),  # British month-name order
        (["05/06/2011", "October 3, 2023"], "en", False),
        (["no dates here"], "en", False),
    ],
)
def test_slashes_day_first(lines: list[str], language: str | None, day_first: bool) -> None:
    assert slashes_day_first(lines, language) is day_first
