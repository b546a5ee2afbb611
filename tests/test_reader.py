"""newsx.html.reader: HTML pages extracted as dumps, then checked against their markup."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

import newsx
from newsx.cli import main
from newsx.html.page_meta import PageMeta
from newsx.html.reader import merge
from newsx.records import Article

PROSE = (
    "The long-awaited ferry terminal in the old harbour opened to passengers on Tuesday, three "
    "years later than the city had promised, and the first boats left on time."
)
MORE = (
    "Officials said the building cost almost twice the original budget, but they expect it "
    "to carry more than a million travellers in its first year of service."
)


def page(head: str = "", header: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head>{head}</head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li></ul></nav>"
        f"<article>{header}<h1>Harbour city opens new ferry terminal</h1>"
        f"<p>{PROSE}</p><p>{MORE}</p></article>"
        "<footer><p>© 2021 Example News. All rights reserved.</p></footer></body></html>"
    )


def test_body_from_the_text_metadata_from_the_markup() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour city '
        'opens new ferry terminal", "author": {"@type": "Person", "name": "Jane Doe"}, '
        '"datePublished": "2021-05-03T10:00:00+02:00"}</script>'
        '<link rel="canonical" href="https://example.com/2021/05/03/ferry">'
    )
    a = newsx.extract_html(page(head))
    assert a.body == f"{PROSE}\n\n{MORE}"
    assert a.title == "Harbour city opens new ferry terminal"
    assert a.authors == ("Jane Doe",)
    assert a.published == "2021-05-03T10:00:00+02:00"
    assert a.url == "https://example.com/2021/05/03/ferry"
    assert a.language == "en"


def test_the_text_byline_and_date_come_first() -> None:
    header = "<p>By John Roe</p><p>May 4, 2021</p>"
    head = '<meta name="author" content="Example News Desk">'
    a = newsx.extract_html(page(head, header))
    assert a.authors == ("John Roe",)
    assert a.published is not None and a.published.startswith("2021-05-04")


def test_title_rule() -> None:
    text = Article(title="Subscribe to our newsletter")
    assert merge(text, PageMeta(h1=("The headline",))).title == "The headline"
    agreed = Article(title="The Headline")
    assert merge(agreed, PageMeta(headline="the headline", h1=("Other",))).title == "The Headline"
    assert merge(text, PageMeta(headline="Only in og:title")).title == text.title


def test_date_rule() -> None:
    meta = PageMeta(published="2015-04-06T13:52:00-04:00", updated="2025-09-28T06:58:00-04:00")
    shows_update = merge(Article(published="2025-09-28"), meta)
    assert (shows_update.published, shows_update.updated) == ("2025-09-28T06:58:00-04:00", None)
    shows_first = merge(Article(published="2015-04-06"), meta)
    assert (shows_first.published, shows_first.updated) == (meta.published, meta.updated)
    assert merge(Article(published="2019-01-01"), meta).published == meta.published
    assert merge(Article(), PageMeta(url_date="2020-04-24")).published == "2020-04-24"
    assert merge(Article(published="2019-01-01"), PageMeta()).published == "2019-01-01"


def test_authors_rule() -> None:
    assert merge(Article(), PageMeta(authors=("Jane Doe",))).authors == ("Jane Doe",)
    assert merge(Article(authors=("John Roe",)), PageMeta(authors=("X",))).authors == ("John Roe",)


def test_the_cli_sniffs_html_whatever_the_name(tmp_path: Path) -> None:
    (tmp_path / "saved.txt").write_text(page(), encoding="utf-8")
    (tmp_path / "dump.txt").write_text(f"Ferry news\n\n{PROSE}\n\n{MORE}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "-f", "jsonl", str(tmp_path)])
    assert result.exit_code == 0, result.output
    text_record, html_record = map(json.loads, result.stdout.splitlines())  # dump.txt first
    assert html_record["title"] == "Harbour city opens new ferry terminal"
    assert html_record["body"] == f"{PROSE}\n\n{MORE}"
    assert text_record["body"] == f"{PROSE}\n\n{MORE}"
    explained = CliRunner().invoke(main, ["explain", "-f", "json", str(tmp_path / "saved.txt")])
    lines = [row["text"] for row in json.loads(explained.stdout)]
    assert PROSE in lines and not any("<" in line for line in lines)


def test_explain_shows_the_decisions_the_html_extraction_made() -> None:
    from newsx.html.reader import explain_html

    html = page()
    explanation = newsx.api.explain_decoded(html)
    assert explanation == explain_html(html)
    body = [v.text for v in explanation.verdicts if v.label.value == "body"]
    assert body == [PROSE, MORE] == newsx.extract_html(html).body.split("\n\n")


def test_a_text_dump_is_explained_as_text() -> None:
    text = f"Ferry news\n\n{PROSE}\n\n{MORE}\n"
    assert list(newsx.api.explain_decoded(text).verdicts) == newsx.explain(text)
