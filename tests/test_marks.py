"""newsx.html.marks: what the markup says about each rendered line."""

from __future__ import annotations

import pytest

from newsx.html.marks import (
    MARKUP_FEATURES,
    Hint,
    Marks,
    element_hints,
    find_container,
    in_figure,
    markup_vectors,
)
from newsx.html.render import parse, render_marked
from newsx.pipeline.page import read_lines
from newsx.text.lines import split_lines

lxml = pytest.importorskip("lxml.html")


def element(html: str) -> tuple[object, str]:
    el = lxml.fragment_fromstring(html)
    return el, el.tag


@pytest.mark.parametrize(
    ("html", "hint"),
    [
        ("<article></article>", Hint.ARTICLE),
        ("<div itemprop='articleBody'></div>", Hint.ARTICLE),
        ("<nav></nav>", Hint.NAV),
        ("<footer></footer>", Hint.FOOTER),
        ("<div class='commentList'></div>", Hint.WORDS_COMMENT),
        ("<ol id='js-comments'></ol>", Hint.WORDS_COMMENT),
        ("<div class='main-nav'></div>", Hint.WORDS_MENU),
        ("<div class='right-rail'></div>", Hint.WORDS_SIDE),
        ("<ul class='related-stories'></ul>", Hint.WORDS_RELATED),
        ("<div class='social-share'></div>", Hint.WORDS_SHARE),
        ("<div class='ad-slot'></div>", Hint.WORDS_PROMO),
        ("<div class='story-body'></div>", Hint.WORDS_CONTENT),
        ("<span class='byline'></span>", Hint.WORDS_META),
        ("<figcaption class='photo-credit'></figcaption>", Hint.WORDS_CAPTION),
        ("<figcaption></figcaption>", Hint.FIGURE),
        ("<p class='wp-caption-text'></p>", Hint.FIGURE),
    ],
)
def test_element_hints(html: str, hint: Hint) -> None:
    el, tag = element(html)
    assert element_hints(el, tag) & hint


@pytest.mark.parametrize(
    "html", ["<div class='header'></div>", "<div class='shadow lead'></div>", "<div></div>"]
)
def test_words_inside_other_words_are_no_hint(html: str) -> None:
    el, tag = element(html)
    assert not element_hints(el, tag) & (Hint.WORDS_PROMO | Hint.WORDS_MENU)


def test_the_container_holds_the_most_paragraph_text() -> None:
    root = parse(
        "<html><body><div id='side'><p>Short teaser.</p></div>"
        "<div id='story'><p>A long first paragraph of the article, with words.</p>"
        "<p>And a second one, just as long as the first one was.</p></div></body></html>"
    )
    container, near = find_container(root)
    assert container.get("id") == "story"
    assert near.tag == "body"


def test_a_page_without_paragraphs_has_no_container() -> None:
    assert find_container(parse("<html><body><div>x</div></body></html>")) == (None, None)


PAGE = (
    "<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
    "<article><h1>Harbour opens</h1><p>The new <a href='/t'>terminal</a> opened today "
    "after three years of work.</p><p>It cost a lot.</p></article>"
    "<div class='comments'><p>Great news!</p></div></body></html>"
)


def test_render_marks_every_line_and_none_for_blank_lines() -> None:
    text, marks = render_marked(parse(PAGE))
    lines = text.split("\n")
    assert len(lines) == len(marks)
    assert [m is None for m in marks] == [not line for line in lines]
    by_text = dict(zip(lines, marks))
    nav, para, comment = by_text["Home World"], by_text[lines[4]], by_text["Great news!"]
    assert nav is not None and para is not None and comment is not None
    assert nav.hints & Hint.NAV and nav.link_share > 0.8
    assert para.hints & Hint.ARTICLE and para.block == "p"
    assert 0.1 < para.link_share < 0.3
    assert comment.hints & Hint.WORDS_COMMENT and not comment.hints & Hint.ARTICLE
    assert by_text["Harbour opens"] is not None and by_text["Harbour opens"].block == "h1"


def test_the_container_is_marked_on_its_lines() -> None:
    _, marks = render_marked(parse(PAGE))
    inside = [m for m in marks if m is not None and m.hints & Hint.CONTAINER]
    assert len(inside) == 3  # the article's heading and paragraphs


def test_markup_vectors_follow_the_pipeline_lines() -> None:
    text, marks = render_marked(parse(PAGE))
    lines = read_lines(text)
    vecs = markup_vectors(lines, marks)
    assert len(vecs) == sum(not line.blank for line in lines)
    assert all(len(v) == len(MARKUP_FEATURES) for v in vecs)
    link = MARKUP_FEATURES.index("all_link")
    nav = MARKUP_FEATURES.index("hint_nav")
    assert vecs[0][link] == 1.0 and vecs[0][nav] == 1.0
    assert vecs[0][MARKUP_FEATURES.index("prev_link_share")] == 0.0  # nothing above it


def test_lines_without_marks_get_zeros() -> None:
    lines = split_lines("one line\ntwo line")
    assert markup_vectors(lines, [None]) == [[0.0] * len(MARKUP_FEATURES)] * 2
    assert markup_vectors(lines, [Marks(Hint.NAV, Hint.NAV, "p", 1.0), None])[1][0] == 0.0


def test_page_headings() -> None:
    from newsx.html.marks import is_page_heading

    lines = split_lines("Title\nSubheading\nText")
    marks = [Marks(0, 0, "h1", 0.0), Marks(0, 0, "h2", 0.0), Marks(0, 0, "p", 0.0)]
    assert [is_page_heading(line, marks) for line in lines] == [True, False, False]
    assert not is_page_heading(lines[0], [])


def test_in_figure() -> None:
    html = (
        "<html><body><article><p>The article's own paragraph.</p><figure><img src='a.jpg'>"
        "<figcaption>The harbour at dawn. Photo: Jane Doe</figcaption></figure>"
        "</article></body></html>"
    )
    text, marks = render_marked(parse(html))
    lines = split_lines(text)
    inside = {line.text: in_figure(line, marks) for line in lines if not line.blank}
    assert inside == {
        "The article's own paragraph.": False,
        "The harbour at dawn. Photo: Jane Doe": True,
    }


def test_inner_hints_come_from_below_the_container_only() -> None:
    html = (
        "<html><body><div class='related-wrapper'><div id='story'>"
        "<p>A long first paragraph of the article, with words and more words.</p>"
        "<p>And a second one, just as long as the first one was, or longer.</p>"
        "<div class='newsletter-box'><p>Sign up for our newsletter.</p></div>"
        "</div></div><div class='share'><p>Share this</p></div></body></html>"
    )
    text, marks = render_marked(parse(html))
    by_text = dict(zip(text.split("\n"), marks))
    para, promo, share = (
        by_text[t] for t in (text.split("\n")[0], "Sign up for our newsletter.", "Share this")
    )
    assert para is not None and promo is not None and share is not None
    assert para.hints & Hint.WORDS_RELATED and para.inner == 0  # the template's word, above
    assert promo.inner & Hint.WORDS_PROMO and not promo.inner & Hint.WORDS_RELATED
    assert share.hints & Hint.WORDS_SHARE and share.inner == 0  # outside the container
    vecs = markup_vectors(split_lines(text), marks)
    promo_at = MARKUP_FEATURES.index("inner_words_promo")
    assert [v[promo_at] for v in vecs] == [0.0, 0.0, 1.0, 0.0]


def test_depth_counts_levels_below_the_container() -> None:
    html = (
        "<html><body><p>Outside</p><div id='story'>"
        "<p>A long first paragraph of the article, with words and more words.</p>"
        "<p>And a second one, just as long as the first one was, or longer.</p>"
        "<div><div><p>Deep inside</p></div></div></div></body></html>"
    )
    text, marks = render_marked(parse(html))
    depths = {line: m.depth for line, m in zip(text.split("\n"), marks) if m is not None}
    assert list(depths.values()) == [0, 1, 1, 3]
    vecs = markup_vectors(split_lines(text), marks)
    nested, deep = MARKUP_FEATURES.index("nested"), MARKUP_FEATURES.index("deep_nested")
    assert [(v[nested], v[deep]) for v in vecs] == [(0.0, 0.0)] * 3 + [(1.0, 1.0)]
