"""newsx.pipeline.stages: the stages run in order; explain gives one verdict per line."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsx
from newsx.pipeline.page import Page
from newsx.pipeline.stages import Models, run
from newsx.records import Label, LineVerdict, Options
from newsx.text.normalize import normalize
from tests.pages import P1, P2, P3, sure_of

PAGE = (
    "* Home\r\n* World\r\n\r\nHarbour city opens new ferry terminal\r\n\r\n"
    "By Jane Doe (Example Times)\r\n\r\nMarch 3, 2021\r\n\r\n"
    f"OSLO - {P1}\r\n\r\n{P2}\r\n\r\n{P3}\r\n\r\n"
    "Related:\r\n* City council approves new bus lanes\r\n\r\n"
    "2 comments\r\nJane at 2021-03-04\r\nWhat a lovely idea, I hope it works out for the town.\r\n"
    "Tom says:\r\nIt took them long enough, but it looks great.\r\n"
)


@pytest.mark.parametrize(
    "text",
    [PAGE, "", "one line", "a\n\nb\n", "a\r\nb\rc", "\n\n\n", "x\u2028y", "\ufeff\n"],
)
def test_one_verdict_per_line_numbered_from_one(text: str) -> None:
    verdicts = newsx.explain(text)
    expected = normalize(text).split("\n")
    assert [v.number for v in verdicts] == list(range(1, len(expected) + 1))
    assert [v.text for v in verdicts] == expected


def test_verdicts_are_line_verdicts_with_labels_and_reasons() -> None:
    verdicts = newsx.explain(PAGE)
    assert all(isinstance(v, LineVerdict) for v in verdicts)
    assert all(isinstance(v.label, Label) for v in verdicts)
    assert all(v.reason for v in verdicts)
    assert all(v.label is Label.BLANK for v in verdicts if not v.text.strip())


def test_verdicts_tell_the_story_of_the_page() -> None:
    by_text = {v.text: v.label for v in newsx.explain(PAGE)}
    assert by_text["Harbour city opens new ferry terminal"] is Label.TITLE
    assert by_text["By Jane Doe (Example Times)"] is Label.BYLINE
    assert by_text["March 3, 2021"] is Label.DATE
    assert by_text[f"OSLO - {P1}"] is Label.BODY
    assert by_text[P2] is Label.BODY
    assert by_text[P3] is Label.BODY
    assert by_text["Related:"] is Label.RELATED
    assert by_text["2 comments"] is Label.COMMENT_HEADER
    assert by_text["Jane at 2021-03-04"] is Label.COMMENT_HEADER
    assert by_text["Tom says:"] is Label.COMMENT_HEADER
    assert by_text["It took them long enough, but it looks great."] is Label.COMMENT


def test_extract_and_explain_agree() -> None:
    article = newsx.extract(PAGE)
    verdicts = newsx.explain(PAGE)
    titles = [v.text for v in verdicts if v.label is Label.TITLE]
    assert titles == [article.title]
    body_lines = [v.text for v in verdicts if v.label is Label.BODY]
    assert "\n\n".join(body_lines) == article.body


def test_whole_record() -> None:
    a = newsx.extract(PAGE)
    assert a.title == "Harbour city opens new ferry terminal"
    assert a.authors == ("Jane Doe",)
    assert a.source == "Example Times"
    assert a.published == "2021-03-03"
    assert a.dateline == "OSLO"
    assert a.language == "en"
    assert a.body == f"OSLO - {P1}\n\n{P2}\n\n{P3}"
    assert a.word_count == len(a.body.split())
    assert a.related == ("City council approves new bus lanes",)
    assert [(c.author, c.date) for c in a.comments] == [("Jane", "2021-03-04"), ("Tom", None)]
    assert a.comment_count == 2
    assert a.path is None
    assert a.encoding is None


def test_comments_off() -> None:
    a = newsx.extract(PAGE, Options(comments=False))
    assert a.comments == ()
    assert a.comment_count is None
    assert a.body == newsx.extract(PAGE).body


def test_no_comment_section_counts_zero() -> None:
    a = newsx.extract(f"Harbour city opens new ferry terminal\n\n{P1}\n\n{P2}\n\n{P3}")
    assert a.comments == ()
    assert a.comment_count == 0


def test_run_returns_the_article_and_the_verdicts() -> None:
    result = run(Page.from_text(PAGE), Options())
    assert result.article == newsx.extract(PAGE)
    assert list(result.verdicts) == newsx.explain(PAGE)


def test_deterministic() -> None:
    assert newsx.extract(PAGE) == newsx.extract(PAGE)
    assert newsx.explain(PAGE) == newsx.explain(PAGE)


def test_section_label_line_is_labelled_section() -> None:
    text = (Path(__file__).parent.parent / "samples" / "003_90694cc2083bf9fd.txt").read_text()
    first = newsx.explain(text)[0]
    assert (first.text, first.label) == ("Global General", newsx.Label.SECTION)


def test_a_page_in_chinese_gets_its_body() -> None:
    # The devset's only CJK lines are language menus; the model must not learn "CJK: menu".
    paragraph = (
        "北京——中俄两国周四在北京举行第六轮战略安全磋商，双方表示将进一步增进政治互信，"
        "加强在地区和国际事务中的协调与合作。专家认为，两国关系正处于历史最好时期。"
    )
    second = (
        "分析人士指出，中俄两国在许多重大国际问题上立场相近，保持密切沟通有利于维护地区和平与稳定。"
    )
    text = f"首页 | 新闻 | 国际\n\n中俄举行第六轮战略安全磋商\n\n{paragraph}\n\n{second}\n"
    article = newsx.extract(text)
    assert article.body == f"{paragraph}\n\n{second}"
    assert article.language == "zh"


def test_on_html_only_a_heading_element_is_marked_as_the_headline() -> None:
    from newsx.html.marks import Hint, Marks
    from newsx.html.page import HtmlPage

    headline = "Harbour city opens new ferry terminal after years of delay"
    text = f"{headline}\n\n{P1}\n\n{P2}\n\n{P3}"

    def marks(block: str) -> list[Marks | None]:
        article = Hint.ARTICLE.value
        return [
            None if not line else Marks(article, article, block if i == 0 else "p", 0.0)
            for i, line in enumerate(text.split("\n"))
        ]

    def html(block: str) -> HtmlPage:
        page = Page.from_text(text)
        return HtmlPage(page.lines, page.feats, page.language, page.stopwords_of, marks(block))

    as_h1 = run(html("h1"), Options()).decisions
    as_p = run(html("p"), Options()).decisions
    assert as_h1[0].label is Label.TITLE
    assert as_p[0].label is not Label.TITLE


#: A thread whose replies read as posts: sentences of their own, not one-line remarks.
THREAD = (
    "* Home\n* World\n\nHarbour city opens new ferry terminal\n\nBy Jane Doe\n\n"
    f"March 3, 2021\n\nOSLO - {P1}\n\n{P2}\n\n{P3}\n\n2 comments\n\nJane at 2021-03-04\n\n"
    "What a lovely idea, I hope it works out for the town and that the ferry keeps to its "
    "timetable this winter, unlike the old one.\n\nTom says:\n\nIt took them long enough, "
    "but it looks great, and the new waiting room is much warmer than the old shed.\n"
)


def test_on_a_forum_page_the_posts_are_content_not_comments() -> None:
    page = Page.from_text(THREAD)
    forum = run(page, Options(), Models(page_type=sure_of("forum"))).article
    article = run(page, Options(), Models(page_type=sure_of("article"))).article
    assert (forum.page_type, article.page_type) == ("forum", "article")
    assert len(article.comments) == 2
    assert forum.comments == ()
    assert forum.comment_count is None  # none sought: not a count of zero
    assert forum.title == article.title
    assert "What a lovely idea" not in article.body
    assert "What a lovely idea" in forum.body


#: A listing: a line of introduction, then items each dated on the line below.
LISTING = (
    "Home | Jobs | About\n\nStartup jobs\n\nThese are the jobs at our startups this month.\n\n"
    + "".join(
        f"{k}. {name} is hiring engineers for its new office ({name.lower()}.com)\n\n"
        f"{k + 1} days ago\n\n"
        for k, name in enumerate(("Acme", "Globex", "Initech", "Umbrella", "Hooli"), 1)
    )
)


def test_on_a_listing_page_the_dated_items_are_content() -> None:
    page = Page.from_text(LISTING)
    listing = run(page, Options(), Models(page_type=sure_of("listing"))).article
    article = run(page, Options(), Models(page_type=sure_of("article"))).article
    # Below an article the dated items read as a list of teasers and leave the body.
    assert "Initech is hiring" not in article.body
    assert "Initech is hiring" in listing.body
    assert listing.comments == () and listing.comment_count is None


@pytest.mark.parametrize(
    ("text", "title", "start"),
    [
        (
            "Home\nNews\nMarkets rally as inflation cools\nStocks rose on Friday after figures "
            "showed inflation slowing for a third month.\nShare this article\n",
            "Markets rally as inflation cools",
            "Stocks rose on Friday",
        ),
        (
            "Главная | Новости | Спорт\n\nСовет утвердил новое расписание паромов\n\nГородской "
            "совет во вторник утвердил новое расписание паромов, которое со следующего месяца "
            "добавляет три вечерних рейса на остров.\n\nСамое читаемое\nШторм на побережье\n",
            "Совет утвердил новое расписание паромов",
            "Городской совет во вторник",
        ),
    ],
    ids=["en", "ru"],
)
def test_a_one_paragraph_brief_without_a_byline(text: str, title: str, start: str) -> None:
    article = run(Page.from_text(text), Options()).article
    assert article.title == title
    assert article.body.startswith(start)
    assert "\n" not in article.body  # the paragraph alone: no menu, no list


#: A line of prose above the heading, then the heading and its text.
ABOVE = (
    "* Home\n* Shop\n\nOur new range of ferry models is here, each one built by hand in our "
    f"workshop by the harbour.\n\nHarbour ferry model, large\n\n{P1}\n\n{P2}\n\n{P3}\n"
)


def test_a_catalogue_keeps_the_prose_above_its_heading() -> None:
    page = Page.from_text(ABOVE)
    product = run(page, Options(), Models(page_type=sure_of("product"))).article
    article = run(page, Options(), Models(page_type=sure_of("article"))).article
    assert product.title == article.title == "Harbour ferry model, large"
    assert "built by hand" not in article.body  # an article's teaser or tagline
    assert product.body.startswith("Our new range of ferry models")


def test_on_a_product_page_only_a_byline_names_an_author() -> None:
    # A name-shaped line by the heading: a brand's or a colour's on a shop's page.
    text = f"Harbour ferry model, large\n\nSusan Lane\n\n{P1}\n\n{P2}\n\n{P3}\n"
    page = Page.from_text(text)
    article = run(page, Options(), Models(page_type=sure_of("article"))).article
    product = run(page, Options(), Models(page_type=sure_of("product"))).article
    assert article.authors == ("Susan Lane",)
    assert product.authors == ()
    signed = Page.from_text(text.replace("Susan Lane", "By Susan Lane"))
    assert run(signed, Options(), Models(page_type=sure_of("product"))).article.authors == (
        "Susan Lane",
    )
