"""Stage 3: newsx.pipeline.labelling weighs every line, finds the body run and labels each line."""

from __future__ import annotations

import pytest

from newsx.html.marks import Hint, Marks
from newsx.html.page import HtmlPage
from newsx.pipeline.classifier import default_model
from newsx.pipeline.features import Features
from newsx.pipeline.labelling import (
    Layout,
    figure_captions,
    gather_evidence,
    label_lines,
)
from newsx.pipeline.page import Page
from newsx.records import Label
from newsx.text.lines import Line
from tests.pages import P1, P2

P3 = (
    "Local traders welcomed the opening and said the quiet waterfront had hurt their shops "
    "for far too long."
)

PAGE = f"""* Home
* World
* Business
* Sport

Harbour city opens new ferry terminal after years of delay

By Jane Doe

March 3, 2021

{P1}

{P2}

{P3}

Related:
* City council approves new bus lanes
* Bridge repairs to start in spring

Leave a comment

Name
"""


def page_of(text: str) -> Page:
    return Page.from_text(text)


def stages(text: str) -> tuple[list[Line], list[Features], Layout]:
    page = page_of(text)
    return page.lines, page.feats, label_lines(page)


def html_page(page: Page, marks: list[Marks | None]) -> HtmlPage:
    return HtmlPage(page.lines, page.feats, page.language, page.stopwords_of, marks)


def labelled(text: str) -> dict[str, Label]:
    lines, _, layout = stages(text)
    return {line.text: d.label for line, d in zip(lines, layout.decisions) if not line.blank}


# label_lines on a whole page ------------------------------------------------------------------


def test_label_lines_on_a_tiny_page() -> None:
    lines, _, layout = stages(PAGE)
    by_text = {line.text: d.label for line, d in zip(lines, layout.decisions) if not line.blank}
    assert by_text["Home"] in (Label.LIST, Label.NAVIGATION)
    assert by_text["Sport"] in (Label.LIST, Label.NAVIGATION)
    assert by_text["By Jane Doe"] is Label.BYLINE
    assert by_text["March 3, 2021"] is Label.DATE
    assert by_text[P1] is Label.BODY
    assert by_text[P2] is Label.BODY
    assert by_text[P3] is Label.BODY
    assert by_text["Related:"] is Label.RELATED
    assert by_text["City council approves new bus lanes"] is Label.RELATED
    assert by_text["Bridge repairs to start in spring"] is Label.RELATED
    # The headline is marked later (metadata); here it is simply not body.
    assert by_text["Harbour city opens new ferry terminal after years of delay"] is not Label.BODY


def test_the_body_is_the_paragraphs_only() -> None:
    lines, _, layout = stages(PAGE)
    start, end = layout.body
    assert lines[start].text == P1  # the span opens at the article, under the date line
    assert start <= [line.text for line in lines].index(P3) < end
    body = [line.text for line, d in zip(lines, layout.decisions) if d.label is Label.BODY]
    assert body == [P1, P2, P3]
    # The span may run on over the related block that closes the article; its lines are
    # labelled related all the same.
    related = [line.text for line, d in zip(lines, layout.decisions) if d.label is Label.RELATED]
    assert "City council approves new bus lanes" in related


def test_comment_heading_is_found() -> None:
    lines, _, layout = stages(PAGE)
    assert lines[layout.comments_at].text == "Leave a comment"
    assert layout.comments_at >= layout.body[1]


def test_no_comment_heading_means_comments_at_the_end() -> None:
    lines, _, layout = stages(f"{P1}\n\n{P2}")
    assert layout.comments_at == len(lines)


def test_one_decision_per_line_and_labels_are_enum_members() -> None:
    lines, _, layout = stages(PAGE)
    assert len(layout.decisions) == len(lines)
    assert all(isinstance(d.label, Label) for d in layout.decisions)
    assert all(d.reason for d in layout.decisions)
    assert [d.label for line, d in zip(lines, layout.decisions) if line.blank] == [
        Label.BLANK
    ] * sum(line.blank for line in lines)


def test_body_has_positive_weights() -> None:
    _, _, layout = stages(PAGE)
    weights = [d.weight for d in layout.decisions if d.label is Label.BODY]
    assert weights
    assert all(w > 0 for w in weights)


def test_caption_under_an_image_inside_the_body() -> None:
    caption = "The new terminal at dusk on Tuesday. [Agencies]"
    alt = "Harbour terminal opens"  # the image's alt text: the headline, repeated
    labels = labelled(f"{alt}\n\n{P1}\n\n{alt}\n{caption}\n\n{P2}\n\n{P3}")
    assert labels[caption] is Label.CAPTION
    assert labels[P2] is Label.BODY


@pytest.mark.parametrize(
    "caption",
    [
        "The terminal at dusk (Photo: Jane Doe/AFP)",  # a caption cue
        "The terminal at dusk [Agencies]",  # short and no sentence
    ],
)
def test_caption_like_credit_lines_inside_the_body(caption: str) -> None:
    labels = labelled(f"{P1}\n\n{caption}\n\n{P2}\n\n{P3}")
    assert labels[caption] is Label.CAPTION


def test_notes_closing_paragraphs_stay_in_the_body() -> None:
    notes = ["[12]", "[citation needed]", "[Reuters]", "[3]", "[Agencies]"]
    paragraphs = [
        f"{p.removesuffix('.')} on the second day of the hearing.{note}"
        for p, note in zip([P1, P2, P3, P1 + " Again", P2 + " Again"], notes)
    ]
    labels = labelled("\n\n".join(paragraphs))
    assert [labels[p] for p in paragraphs] == [Label.BODY] * 5


def test_related_block_ends_at_a_blank_line() -> None:
    labels = labelled(f"{P1}\n\nRelated:\nOne link here\nAnother link\n\n{P2}\n\n{P3}")
    assert labels["One link here"] is Label.RELATED
    assert labels["Another link"] is Label.RELATED
    assert labels[P2] is Label.BODY


def test_related_bullets_spaced_by_blank_lines_stay_related() -> None:
    labels = labelled(f"{P1}\n\n{P2}\n\nRelated:\n\n- One link here\n\n- Another link\n\n{P3}")
    assert labels["One link here"] is Label.RELATED
    assert labels["Another link"] is Label.RELATED
    assert labels[P3] is not Label.RELATED


def test_subheading_inside_the_body_stays_in_the_run() -> None:
    lines, _, layout = stages(f"{P1}\n\nA costly delay\n\n{P2}\n\n{P3}")
    start, end = layout.body
    assert lines[start].text == P1
    assert lines[end - 1].text == P3


def test_empty_page() -> None:
    _, _, layout = stages("")
    assert layout.body == (0, 0)
    assert [d.label for d in layout.decisions] == [Label.BLANK]


def test_page_without_prose_has_no_body() -> None:
    _, _, layout = stages("* Home\n* World\n* Sport\nSign up | Log in")
    assert layout.body[0] == layout.body[1]
    assert all(d.label is not Label.BODY for d in layout.decisions)


@pytest.mark.parametrize(
    "sentence",
    [
        "By the end of the day, the main index had gained almost two percent.",
        "Par ailleurs, le ministre a promis une nouvelle enquête sur le chantier.",
    ],
    ids=["en-by", "fr-par"],
)
def test_paragraph_starting_with_a_byline_word_stays_body(sentence: str) -> None:
    labels = labelled(f"{P1}\n\n{sentence}\n\n{P2}\n\n{P3}")
    assert labels[sentence] is Label.BODY


def test_comment_like_subheading_inside_the_body_does_not_cut_it() -> None:
    labels = labelled(f"{P1}\n\n{P2}\n\nReactions\n\n{P3}\n\n{P1.replace('old', 'new')}")
    assert labels[P3] is Label.BODY


def test_a_short_closing_sentence_joins_the_body() -> None:
    closing = "Jane Doe contributed to this story."
    lines, _, layout = stages(f"{P1}\n\n{P2}\n\n{P3}\n\n{closing}\n\nLeave a comment\n\nName")
    at = next(i for i, line in enumerate(lines) if line.text == closing)
    assert layout.decisions[at].label is Label.BODY
    assert layout.body[0] <= at < layout.body[1]


def test_a_model_must_read_the_features_the_page_gives() -> None:
    page = page_of(PAGE)
    with pytest.raises(ValueError, match="other features than a text page"):
        label_lines(page, default_model("html"))
    marks = [
        None if line.blank else Marks(Hint.ARTICLE, Hint.ARTICLE, "p", 0.0) for line in page.lines
    ]
    with pytest.raises(ValueError, match="other features than a html page"):
        label_lines(html_page(page, marks), default_model("text"))
    assert len(label_lines(html_page(page, marks)).decisions) == len(page.lines)


def _figure_marks(lines: list[Line], captions: set[str]) -> list[Marks | None]:
    def mark(line: Line) -> Marks:
        hints = Hint.ARTICLE | (Hint.FIGURE if line.text in captions else 0)
        return Marks(hints, hints, "p", 0.0)

    return [None if line.blank else mark(line) for line in lines]


def test_figure_captions_leave_the_body() -> None:
    caption = "The new terminal seen from the water. Photo: Jane Doe"
    text = f"{P1}\n\n{caption}\n\n{P2}\n\n{P3}"
    page = page_of(text)
    lines = page.lines
    html = html_page(page, _figure_marks(lines, {caption}))
    at = next(i for i, line in enumerate(lines) if line.text == caption)
    body = [i for i, line in enumerate(lines) if not line.blank]
    assert figure_captions(html, gather_evidence(html), body) == {at}
    decisions = label_lines(html).decisions
    assert decisions[at].label is Label.CAPTION


def test_a_gallery_keeps_its_captions_as_the_body() -> None:
    first, second = P1, P2
    text = f"Short intro.\n\n{first}\n\n{second}"
    page = page_of(text)
    html = html_page(page, _figure_marks(page.lines, {first, second}))
    body = [i for i, line in enumerate(page.lines) if not line.blank]
    assert figure_captions(html, gather_evidence(html), body) == set()
