"""newsx.pipeline.text_stats: the character-level facts of each line."""

from __future__ import annotations

import pytest

from newsx.pipeline.text_stats import TEXT_STATS, text_stats


def test_text_stats_of_a_shouting_priced_line() -> None:
    row = dict(zip(TEXT_STATS, text_stats(["SALE NOW $5 ..."], ["  SALE NOW $5 ..."])[0]))
    assert row["all_caps"] == 1 and row["currency"] == 1 and row["ends_ellipsis"] == 1
    assert row["raw_indent"] == pytest.approx(0.2)


def test_a_sentence_is_not_shouting_and_its_commas_count_per_word() -> None:
    row = dict(zip(TEXT_STATS, text_stats(["Rates held, and markets rose."], ["x"])[0]))
    assert row["all_caps"] == 0 and row["currency"] == 0
    assert row["commas_per_word"] == pytest.approx(1 / 5)
    assert text_stats([], []).shape == (0, len(TEXT_STATS))
