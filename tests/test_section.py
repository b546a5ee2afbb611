"""newsx.comments.section: where the comment section starts, with one heading rule."""

from __future__ import annotations

from newsx.comments.section import (
    HEADING_MAX_WORDS,
    find_section_start,
    find_unheaded_start,
    heading_above,
    is_comment_heading,
)
from newsx.comments.threads import CommentSection, parse_comments
from newsx.pipeline.labelling import gather_evidence, label_lines
from newsx.pipeline.page import Page
from newsx.records import Label
from tests.pages import P1, P2
from tests.test_labelling import PAGE
from tests.test_threads import C1, C2, C3


def page_of(text: str) -> Page:
    return Page.from_text(text)


# find_section_start ---------------------------------------------------------------------------


def test_find_section_start() -> None:
    page = page_of(PAGE)
    lines, layout = page.lines, label_lines(page)
    at = find_section_start(page, layout.body[0], layout.body[1])
    assert lines[at].text == "Leave a comment"


def test_a_heading_that_counts_no_comments_starts_no_section() -> None:
    page = page_of(f"0 Comments\n\n{P1}\n\n{P2}\n\nLeave a comment")
    lines = page.lines
    assert lines[find_section_start(page, 0, len(lines))].text == "Leave a comment"


def test_no_section_start() -> None:
    page = page_of(f"{P1}\n\n{P2}\n\nRelated:\n* One\n* Two")
    assert find_section_start(page, 0, len(page.lines)) == len(page.lines)


def test_comment_heading_far_below_the_body_is_not_this_articles() -> None:
    filler = "\n".join(f"* Other story number {i}" for i in range(80))
    page = page_of(f"{P1}\n\n{P2}\n\n{filler}\n\nLeave a comment\n")
    assert find_section_start(page, 0, 3) == len(page.lines)


# heading_above ------------------------------------------------------------------------------

ARTICLE_WORDS = [
    "The ferry was late again this morning and the queue reached the old fish market.",
    "My grandmother took that boat every week for forty years and never once complained.",
    "Nobody asked the people who live by the pier what they wanted from the new terminal.",
]
NAMES_LIST = "\n".join(f"{k}. Singer number {k}" for k in range(1, 41))
LONG_COMMENTS = "\n\n".join(
    f"{name} May {k + 3}, 2020 at 5:0{k} pm\n\n{text} {ARTICLE_WORDS[k]}"
    for k, (name, text) in enumerate([("Jane Doe", C1), ("Tom Roe", C2), ("Ann Poe", C3)])
)


def test_a_heading_above_the_heaviest_run_with_comment_headers_under_it_is_found() -> None:
    # The article is a list of short lines; its comments are the heaviest run of prose.
    page = page_of(f"{NAMES_LIST}\n\n{{ 3 comments }}\n\n{LONG_COMMENTS}\n")
    heading = next(i for i, line in enumerate(page.lines) if line.text == "{ 3 comments }")
    first_text = next(i for i in range(heading, len(page.lines)) if C1 in page.lines[i].text)
    assert heading_above(page, first_text) == heading
    assert gather_evidence(page).comments_at == heading


def test_a_counter_under_the_headline_of_a_short_lines_article_is_not_the_heading() -> None:
    # The counter's header chain reaches the comments past the article of short lines: the
    # heading next to them is the section's, and without one there is none above the run.
    names = "\n".join(f"{k}. Singer number {k} from the north" for k in range(1, 21))
    for between, heading in (("Comments\n\n", "Comments"), ("", None)):
        page = page_of(f"Best singers\n\n3 comments\n\n{names}\n\n{between}{LONG_COMMENTS}\n")
        first_text = next(i for i, line in enumerate(page.lines) if C1 in line.text)
        at = heading_above(page, first_text)
        assert (None if at is None else page.lines[at].text) == heading


def test_a_counter_under_the_headline_is_not_the_heading_of_the_run_below_it() -> None:
    page = page_of(f"Headline of the story\n\n10 comments\n\n{ARTICLE}\n\n{LONG_COMMENTS}\n")
    first = next(i for i, line in enumerate(page.lines) if line.text.startswith("Paragraph 0"))
    assert heading_above(page, first) is None


# --- Finding a section the labelling stage missed ---------------------------------------

ARTICLE = "\n\n".join(
    f"Paragraph {k} of the article tells the long story of the harbour and its ferry."
    for k in range(8)
)


def unheaded(text: str) -> tuple[list[str], int | None, CommentSection | None]:
    """find_unheaded_start and parse_comments on `text`, whose article (ARTICLE) the
    labelling stage is taken to have found: its lines weigh their word counts."""
    page = Page.from_text(text)
    lines, feats = page.lines, page.feats
    body = len(Page.from_text(ARTICLE).lines)
    at = find_unheaded_start(page, [float(f.n_words) for f in feats], (0, body))
    s = None if at is None else parse_comments(lines, feats, at, headed=False)
    return [line.text for line in lines], at, s


def test_weak_heading_with_headers_under_it_opens_the_section() -> None:
    text = (
        f"{ARTICLE}\n\nDiscussion\n\nJane Doe\n\nMay 3, 2020 at 5:01 pm\n\n{C1}\n\n"
        f"Tom Roe\n\nMay 4, 2020 at 9:12 am\n\n{C2}\n"
    )
    lines, at, s = unheaded(text)
    assert at is not None and lines[at] == "Discussion"
    assert s is not None and [c.author for c in s.comments] == ["Jane Doe", "Tom Roe"]


def test_heading_far_below_the_article_is_found() -> None:
    related = "\n".join(f"  * Another story number {k}" for k in range(60))
    text = f"{ARTICLE}\n\nRelated\n\n{related}\n\n2 Comments\n\nJane says:\n\n{C1}\n"
    lines, at, s = unheaded(text)
    assert at is not None and lines[at] == "2 Comments"
    assert s is not None and [c.text for c in s.comments] == [C1]


def test_long_comments_inside_the_body_span_are_found_from_their_first_header() -> None:
    # The labelling stage ran the body over the comments (their prose weighs as much as the
    # article's), so most of the prose is past only after the first header or two.
    names = ["Jane Doe", "Tom Roe", "Ann Poe"]
    posts = "\n\n".join(
        f"{name}\n\nMay {k + 3}, 2020 at 5:0{k} pm\n\n{f'{C1} {C2} ' * 4}"
        for k, name in enumerate(names)
    )
    page = Page.from_text(f"{ARTICLE}\n\n{posts}\n")
    lines, feats = page.lines, page.feats
    at = find_unheaded_start(page, [float(f.n_words) for f in feats], (0, len(lines)))
    assert at is not None and lines[at].text == "Jane Doe"
    s = parse_comments(lines, feats, at, headed=False)
    assert [c.author for c in s.comments] == names


def test_dated_teasers_after_the_article_are_not_comments() -> None:
    teasers = "\n\n".join(
        f"March {k}, 2025\n\nHow the harbour changed in week {k} of the works" for k in range(1, 5)
    )
    _, at, s = unheaded(f"{ARTICLE}\n\n{teasers}\n")
    assert at is not None
    assert s is not None and s.comments == ()
    assert {d.label for _, d in s.changes} == {Label.BOILERPLATE}


# One heading rule for every stage ---------------------------------------------------------

LONG_HEADING = (
    "11 responses to “How a small harbour town on the northern coast learned to live with "
    "its new ferry terminal and the crowds it brings every summer”"
)


def test_a_long_heading_that_names_the_article_is_a_comment_heading() -> None:
    assert 12 < len(LONG_HEADING.split()) <= HEADING_MAX_WORDS
    assert is_comment_heading(LONG_HEADING, len(LONG_HEADING.split()))
    assert not is_comment_heading(P1, len(P1.split()))


def test_the_labelling_cue_and_the_section_start_read_the_same_heading() -> None:
    page = page_of(f"{P1}\n\n{P2}\n\n{LONG_HEADING}\n\nJane says:\n\n{C1}\n")
    at = next(i for i, line in enumerate(page.lines) if line.text == LONG_HEADING)
    assert find_section_start(page, 0, len(page.lines)) == at
    facts = gather_evidence(page).facts[at]
    assert facts is not None and facts.cues.comments
    assert label_lines(page).comments_at == at


def test_a_byline_below_the_comment_heading_is_a_commenters() -> None:
    import newsx

    # A long article, so that the byline below is far from the headline: twelve paragraphs,
    # each its own (a page of one paragraph repeated reads as a thread of quoted posts).
    article = "\n\n".join(f"{p} It was the {k}th such meeting." for k in range(6) for p in (P1, P2))
    text = f"Harbour news\n\n{article}\n\n{LONG_HEADING}\n\nBy Jane Doe\n\n{C1}\n"
    assert newsx.extract(text).authors == ()
    above = text.replace(f"{LONG_HEADING}\n\nBy Jane Doe", f"By Jane Doe\n\n{LONG_HEADING}")
    assert newsx.extract(above).authors == ("Jane Doe",)
