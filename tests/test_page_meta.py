"""newsx.html.page_meta: the article metadata a page's markup states."""

from __future__ import annotations

import json

from newsx.html.page_meta import PageMeta, read_meta
from newsx.html.render import parse


def meta_of(head: str, body: str = "", lang: str = "en") -> PageMeta:
    return read_meta(parse(f"<html lang='{lang}'><head>{head}</head><body>{body}</body></html>"))


def ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_json_ld_article() -> None:
    article = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Harbour city opens new ferry terminal",
        "author": [
            {"@type": "Person", "name": "Jane Doe"},
            {"@type": "Organization", "name": "Example News"},
            "https://example.com/staff/john",
        ],
        "datePublished": "2021-05-03T10:00:00+02:00",
        "dateModified": "2021-05-04T08:30:00Z",
    }
    m = meta_of(ld({"@type": "WebSite", "name": "Example"}) + ld(article), lang="en-GB")
    assert m.headline == "Harbour city opens new ferry terminal"
    assert m.authors == ("Jane Doe",)
    assert m.published == "2021-05-03T10:00:00+02:00"
    assert m.updated == "2021-05-04T08:30:00+00:00"
    assert m.language == "en"


def test_json_ld_dates_with_zones_and_offsets_are_read_by_dateutil() -> None:
    article = {
        "@type": "NewsArticle",
        "datePublished": "2021-05-03T10:00:00.250+0530",  # no colon in the offset
        "dateModified": "20210504T083000Z",  # ISO 8601's basic format
    }
    m = meta_of(ld(article))
    assert m.published == "2021-05-03T10:00:00.250000+05:30"
    assert m.updated == "2021-05-04T08:30:00+00:00"
    rfc = meta_of('<meta name="date" content="Tue, 04 May 2021 09:15:00 CEST">')
    assert rfc.published == "2021-05-04T09:15:00+02:00"


def test_json_ld_graph_and_broken_blocks() -> None:
    graph = {"@graph": [{"@type": "WebPage"}, {"@type": ["BlogPosting"], "headline": "Post"}]}
    m = meta_of('<script type="application/ld+json">{not json</script>' + ld(graph))
    assert m.headline == "Post"  # the article object, not the WebPage listed before it


def test_declared_types_are_og_type_then_json_ld_types_lower_case_once() -> None:
    head = '<meta property="og:type" content="Product">' + ld(
        {"@graph": [{"@type": ["Product", "Offer"]}, {"@type": "http://schema.org/WebPage"}]}
    )
    assert meta_of(head).declared_types == ("product", "offer", "webpage")
    assert meta_of("<title>Nothing declared</title>").declared_types == ()


def test_meta_tags_when_there_is_no_json_ld() -> None:
    m = meta_of(
        '<meta property="og:title" content=" Storm closes schools ">'
        '<meta name="author" content="By Jane Doe and John Roe">'
        '<meta property="article:published_time" content="2020-04-24">'
        '<meta property="article:modified_time" content="2020-04-24T12:00:00">'
        '<link rel="canonical" href="https://example.com/2020/04/24/storm/">'
        "<title>Storm closes schools | Example News</title>",
        "<h1>Storm closes schools</h1><h1> </h1>",
    )
    assert m.headline == "Storm closes schools"
    assert m.authors == ("Jane Doe", "John Roe")
    assert m.published == "2020-04-24"
    assert m.updated == "2020-04-24T12:00:00"
    assert m.h1 == ("Storm closes schools",)
    assert m.html_title == "Storm closes schools | Example News"
    assert (m.url, m.url_date) == ("https://example.com/2020/04/24/storm/", "2020-04-24")


def test_microdata_and_time_elements() -> None:
    m = meta_of("", '<span itemprop="datePublished" content="2019-09-12">12 Sep</span>')
    assert m.published == "2019-09-12"
    t = meta_of("", "<article><time datetime='2018-07-01T09:00'>July 1</time></article>")
    assert t.published == "2018-07-01T09:00:00"


def test_nothing_stated() -> None:
    m = meta_of("<meta name='author' content='https://example.com/me'>", "<p>text</p>", lang="")
    assert m == PageMeta()


def test_bad_dates_are_left_out() -> None:
    m = meta_of('<meta property="article:published_time" content="2021-02-30">')
    assert m.published is None
    placeholder = meta_of('<meta property="article:published_time" content="0001-01-01T00:00:00Z">')
    assert placeholder.published is None
    lower_z = meta_of('<meta property="article:published_time" content="2021-05-03T10:00:00z">')
    assert lower_z.published == "2021-05-03T10:00:00+00:00"


def test_only_an_absolute_canonical_url_and_et_al() -> None:
    m = meta_of(
        '<link rel="canonical amphtml" href="/news/2021/05/03/story">'
        '<meta property="og:url" content="https://example.com/news/story">'
        '<meta name="author" content="Tony Blair et al.">'
    )
    assert m.url == "https://example.com/news/story"
    assert m.authors == ("Tony Blair",)
    assert (
        meta_of('<link rel="Canonical AMPHTML" href="https://ex.com/a">').url == "https://ex.com/a"
    )


def test_json_ld_with_raw_newlines_or_absurd_depth() -> None:
    raw = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Two\nlines"}'
    assert meta_of(raw + "</script>").headline == "Two lines"
    deep = '<script type="application/ld+json">' + "[" * 5000 + "]" * 5000 + "</script>"
    assert meta_of(deep) == PageMeta(language="en")
