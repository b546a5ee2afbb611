"""The headline stage: candidate lines near the body, their features, and the choice."""

from __future__ import annotations

from dataclasses import replace

from newsx.meta.headline import (
    BODY_CHARS,
    FEATURES,
    GAP_CAP,
    Candidate,
    _body_words,
    candidates,
    find_title,
    first_paragraph,
)
from newsx.meta.title_model import default_title_model
from newsx.pipeline.classifier import default_model
from newsx.pipeline.page import Page
from newsx.pipeline.stages import Analysis, analyse
from newsx.records import Label
from newsx.text.words import words
from tests.pages import P1, P2, P3, TITLE

STANDFIRST = "Passengers will pay less than they did on the old boats, the operator says"


def _candidates(text: str) -> tuple[Analysis, dict[str, Candidate]]:
    """The candidates by text; of two with the same text, the one nearest the body. The
    layout is the classifier's, so that these tests of the candidates' features do not move
    with the shipped line scorer (the network takes the whole of a tiny page as body)."""
    a = analyse(Page.from_text(text), default_model())
    p, layout = a.page, a.layout
    out: dict[str, Candidate] = {}
    for c in candidates(p, layout.decisions, layout.body):
        out.setdefault(p.lines[c.index].text, c)
    return a, out


def _value(c: Candidate, name: str) -> float:
    return c.vector[FEATURES.index(name)]


def _title(text: str) -> str | None:
    a = analyse(Page.from_text(text))
    p, layout = a.page, a.layout
    at = find_title(p, layout.decisions, layout.body)
    return p.lines[at].text if at is not None else None


def test_the_shipped_model_reads_every_candidate_feature() -> None:
    model = default_title_model(FEATURES)
    assert model.features == FEATURES
    assert model.linear.shape == (len(FEATURES),)
    assert model.hidden.shape[0] == len(FEATURES)
    assert (model.linear != 0).all() and (model.hidden != 0).any(axis=1).all()


def test_the_headline_above_a_byline_beats_the_menu() -> None:
    page = f"* Home\n* World\n* Sport\n\n{TITLE}\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n\n{P3}\n"
    assert _title(page) == TITLE


def test_the_headline_beats_its_standfirst() -> None:
    page = f"* Home\n* World\n\n{TITLE}\n\n{STANDFIRST}\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n\n{P3}\n"
    assert _title(page) == TITLE


def test_a_byline_below_vouches_for_a_candidate() -> None:
    page = f"{TITLE}\n\nMarch 3, 2021 by Jane Doe\n\n{P1}\n\n{P2}\n\n{P3}\n"
    _, found = _candidates(page)
    assert _value(found[TITLE], "byline_below") == 1.0


def test_the_blank_lines_around_a_candidate_are_counted_up_to_a_cap() -> None:
    page = f"* Home\n* World\n\n\n\n\n\n{TITLE}\n\n\n{STANDFIRST}\n\n{P1}\n\n{P2}\n\n{P3}\n"
    _, found = _candidates(page)
    assert _value(found[TITLE], "gap_above") == 1.0  # five blank lines, capped at GAP_CAP
    assert _value(found[TITLE], "gap_below") == 2 / GAP_CAP
    assert _value(found[STANDFIRST], "gap_above") == 2 / GAP_CAP
    assert _value(found[STANDFIRST], "gap_below") == 1 / GAP_CAP


def _lead(text: str, line: str, over: str) -> float:
    """How far the headline scorer puts candidate `line` ahead of candidate `over`."""
    _, found = _candidates(text)
    a, b = default_title_model(FEATURES).scores([found[line].vector, found[over].vector])
    return float(a - b)


def test_a_headline_set_apart_by_blank_lines_beats_a_kicker_above_it() -> None:
    """A renderer that sets the headline apart from the body with blank lines (as headings
    are) makes it the title over a kicker above it, and the gap is what moves the choice."""
    kicker = "New terminal for harbour ferries"
    body = f"{P1}\n\n{P2}\n\n{P3}\n"
    spaced = f"{kicker}\n\n{TITLE}\n\n\n\n{body}"
    assert _title(spaced) == TITLE
    assert _lead(spaced, TITLE, kicker) > _lead(f"{kicker}\n\n{TITLE}\n\n{body}", TITLE, kicker)


def test_a_headline_shaped_line_above_marks_a_standfirst() -> None:
    page = f"{TITLE}\n\n{STANDFIRST}\n\n{P1}\n\n{P2}\n\n{P3}\n"
    _, found = _candidates(page)
    assert _value(found[STANDFIRST], "prev_title_like") == 1.0
    assert _value(found[TITLE], "prev_title_like") == 0.0


def test_a_line_listed_in_a_table_of_contents_is_flagged() -> None:
    sub = "Why the terminal was late"
    page = f"{TITLE}\n\n* {sub}\n* What it cost\n\n{sub}\n\n{P1}\n\n{P2}\n\n{P3}\n"
    _, found = _candidates(page)
    assert _value(found[sub], "listed_elsewhere") == 1.0
    assert _value(found[TITLE], "listed_elsewhere") == 0.0


def test_only_the_candidates_sharing_most_words_with_the_body_are_best_overlap() -> None:
    page = f"Weather and traffic\n\n{TITLE}\n\n{P1}\n\n{P2}\n\n{P3}\n"
    _, found = _candidates(page)
    assert _value(found[TITLE], "best_overlap") == 1.0
    assert _value(found["Weather and traffic"], "best_overlap") == 0.0


def test_a_bare_breadcrumb_trail_is_no_candidate() -> None:
    trail = "Home | News | World"
    glued = f"Home » Local » {TITLE}"
    _, found = _candidates(f"{trail}\n\n{TITLE}\n\n{P1}\n\n{P2}\n\n{P3}\n")
    assert trail not in found and TITLE in found
    # A trail with a headline glued after it stays one: title_text.headline_text cuts the
    # headline out.
    _, found = _candidates(f"{glued}\n\n{P1}\n\n{P2}\n\n{P3}\n")
    assert glued in found


def test_a_page_without_short_lines_has_no_headline() -> None:
    assert _title(f"{P1}\n\n{P2}\n\n{P3}\n") is None


def test_the_window_counts_from_the_first_paragraph_not_a_stray_first_body_line() -> None:
    """A decoded body that opens with a short line far above the article (a menu item the
    scorer took for body) must not push the headline out of the candidates."""
    menu = "\n".join(f"* Section {k}" for k in range(12))
    a = analyse(Page.from_text(f"Latest\n\n{menu}\n\n{TITLE}\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n"))
    p, layout = a.page, a.layout
    first = next(i for i, line in enumerate(p.lines) if line.text == "Latest")
    decisions = list(layout.decisions)
    decisions[first] = replace(decisions[first], label=Label.BODY)
    span = (first, layout.body[1])
    assert first_paragraph(decisions, span) == p.lines.index(
        next(line for line in p.lines if line.text == P1)
    )
    found = candidates(p, decisions, span)
    assert TITLE in {p.lines[c.index].text for c in found}


def test_the_body_opening_is_its_first_characters_even_mid_line() -> None:
    """The overlap is measured against the body's first BODY_CHARS characters, its lines
    joined by spaces: the line that crosses the limit counts up to it, word cut and all."""
    # Every paragraph has words of its own, so a line counted whole, or one too many or too
    # few, changes the opening's words.
    body = [" ".join(f"w{k}x{j}" for j in range(50)) + "." for k in range(20)]
    p = Page.from_text("\n\n".join(body))
    rows = [i for i, line in enumerate(p.lines) if not line.blank]
    joined = " ".join(p.lines[i].text for i in rows)
    assert len(joined) > BODY_CHARS
    opening, every = _body_words(p, rows, frozenset())
    assert opening == {w for w in words(joined[:BODY_CHARS]) if not w.isdigit()}
    assert every == {w for w in words(joined) if not w.isdigit()}
