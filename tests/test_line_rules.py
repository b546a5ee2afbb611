"""newsx.pipeline.line_rules: what one line says by itself (prose, content weight, cues)."""

from __future__ import annotations

import pytest

from newsx.pipeline.features import Features
from newsx.pipeline.line_rules import content_weight, cue_label, is_prose
from newsx.pipeline.page import Page
from newsx.records import Label
from newsx.text.lines import Line
from tests.pages import P1, P2

P3 = (
    "Local traders welcomed the opening and said the quiet waterfront had hurt their shops "
    "for far too long."
)
CONTEXT = (
    "The council will meet again on Friday to vote on the budget for the new year, and the "
    "mayor has said that she expects a long and difficult debate about the ferry."
)


def stages(text: str) -> tuple[list[Line], list[Features]]:
    page = Page.from_text(text)
    return page.lines, page.feats


def line_and_feats(line: str) -> tuple[Line, Features]:
    """`line` with its features on a page that also holds some other English prose."""
    lines, feats = stages(f"{CONTEXT}\n\n{line}")
    return lines[-1], feats[-1]


# is_prose -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "f",
    [
        Features(n_words=12, stop_share=0.4, sentence_end=True),
        Features(n_words=5, stop_share=0.2, sentence_end=True),
        Features(n_words=25, stop_share=0.3, sentence_end=False),  # long unended paragraph
        Features(n_words=30, stop_share=0.1, cjk=True),  # CJK: characters, fewer stopwords
    ],
)
def test_is_prose(f: Features) -> None:
    assert is_prose(f)


@pytest.mark.parametrize(
    "f",
    [
        Features(n_words=4, stop_share=0.5, sentence_end=True),  # too short
        Features(n_words=12, stop_share=0.4, sentence_end=False),  # a headline
        Features(n_words=12, stop_share=0.0, sentence_end=True),  # a list of names
        Features(n_words=40, stop_share=0.05, sentence_end=True),  # keywords
        Features(n_words=10, stop_share=0.3, cjk=True),  # short CJK line
        Features(),
    ],
)
def test_is_not_prose(f: Features) -> None:
    assert not is_prose(f)


# content_weight -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [P1, P2, P3])
def test_prose_weighs_positive(text: str) -> None:
    weight, reason = content_weight(*line_and_feats(text))
    assert weight > 0
    assert reason.startswith("prose")


@pytest.mark.parametrize(
    "text",
    [
        "Home",
        "* World",
        "Sport",
        "Home > World > Asia",
        "Home>>Foreign Affairs",
        "Sign up | Log in | Subscribe",
        "Share this article",
        "Subscribe to our newsletter",
        "Harbour city opens new ferry terminal after years of delay",
        "Privacy Policy",
    ],
)
def test_menu_lines_weigh_negative(text: str) -> None:
    weight, _ = content_weight(*line_and_feats(text))
    assert weight < 0


def test_bullets_cost_more_than_plain_short_lines() -> None:
    plain, _ = content_weight(*line_and_feats("Business news"))
    bullet, _ = content_weight(*line_and_feats("* Business news"))
    assert bullet < plain < 0


def test_repeated_prose_weighs_negative() -> None:
    lines, feats = stages(f"{P1}\n\n{P2}\n\n{P2}")
    weight, reason = content_weight(lines[2], feats[2])
    assert weight < 0
    assert reason == "repeated 2x"


def test_blank_weighs_zero() -> None:
    lines, feats = stages("a\n\nb")
    assert content_weight(lines[1], feats[1]) == (0.0, "blank")


# cue_label ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("By Jane Doe", Label.BYLINE),
        ("Von Max Muster", Label.BYLINE),
        ("March 3, 2021", Label.DATE),
        ("Updated: 2010-03-26 07:43", Label.DATE),
        ("08:30, October 21, 2011", Label.DATE),
        ("Home>>Foreign Affairs", Label.NAVIGATION),
        ("Home > World > Asia", Label.NAVIGATION),
        ("Related readings:", Label.RELATED),
        ("Lesen Sie auch:", Label.RELATED),
    ],
)
def test_cue_label(text: str, label: Label) -> None:
    decision = cue_label(*line_and_feats(text))
    assert decision is not None
    assert decision.label is label


@pytest.mark.parametrize(
    "text",
    [
        P1,
        "Harbour city opens new ferry terminal",
        "Home",
        # A long sentence that happens to mention a date is not a date line.
        "The ferry terminal that opened on March 3, 2021 cost the city twice its budget.",
    ],
)
def test_no_cue_label(text: str) -> None:
    assert cue_label(*line_and_feats(text)) is None
