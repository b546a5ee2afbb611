"""newsx.html.render: sniffing HTML and rendering its visible text."""

from __future__ import annotations

import pytest

import newsx
from newsx.html.render import html_to_text, looks_like_html, parse, render


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html><body>x</body></html>",
        "\ufeff  <!doctype HTML>\n<title>t</title>",
        "<!-- saved from url=(0042)https://example.com/ -->\n<html lang='en'><head>",
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">',
        "<head><meta charset=utf-8></head>",
        "\n\n<body class='x'><p>hello</p></body>",
        "<br />\n<b>Warning</b>: deprecated in <b>x.php</b><br />\n" * 100
        + "<!DOCTYPE html><html><body>x</body></html>",
    ],
)
def test_html_is_sniffed_from_its_content(text: str) -> None:
    assert looks_like_html(text)


@pytest.mark.parametrize(
    "text",
    [
        "Harbour city opens new ferry terminal\n\nBy Jane Doe",
        "Use <b>bold</b> and <i>italics</i> in your comment.",
        "The <html> element is the root of a page, a reader wrote.",
        "<b>Note</b>: the <html> element is the root of a page, a reader wrote.",
        "",
    ],
)
def test_text_dumps_are_not_html(text: str) -> None:
    assert not looks_like_html(text)


def test_blocks_paragraphs_and_list_items() -> None:
    html = (
        "<html><body><div>Home</div><h1>Ferry  terminal\nopens</h1>"
        "<p>First <b>paragraph</b>.</p><p>Second<br>line two</p>"
        "<ul><li>One</li><li><p>Two</p></li><li></li></ul><div>After</div></body></html>"
    )
    assert html_to_text(html) == (
        "Home\n\nFerry terminal opens\n\nFirst paragraph.\n\nSecond\nline two\n\n"
        "  * One\n  * Two\n\nAfter"
    )


def test_what_no_browser_shows_is_dropped() -> None:
    html = (
        "<html><head><title>T</title><style>p{}</style></head><body>"
        "<script>var x = 1;</script><p>Shown</p><noscript>Enable JS</noscript>"
        "<div style='display: none'>Hidden by style</div><div aria-hidden='true'>Icon</div>"
        "<template><p>Later</p></template><select><option>A</option></select>"
        "<dialog>Closed dialog</dialog><dialog open>Open dialog</dialog>"
        "<button>Menu</button> tail <!-- a comment --> after the comment</body></html>"
    )
    assert html_to_text(html).split("\n") == [
        "Shown",
        "",
        "Open dialog",
        "Menu tail after the comment",
    ]


def test_an_article_inside_noscript_is_shown() -> None:
    html = (
        "<html><body><div id='app'>Loading</div><noscript><div id='story'>"
        "<p>The whole article stands here, for readers without scripts.</p>"
        "<p>It has a second paragraph as well.</p></div></noscript></body></html>"
    )
    assert html_to_text(html).split("\n") == [
        "Loading",
        "",
        "The whole article stands here, for readers without scripts.",
        "",
        "It has a second paragraph as well.",
    ]


def test_pre_is_one_line_that_keeps_its_breaks_and_indentation() -> None:
    html = "<body><p>Run:</p><pre>\nmake\n\tmake test\n\nmake install\n</pre><p>Done.</p></body>"
    code = "make\u2028        make test\u2028\u2028make install"
    assert html_to_text(html) == f"Run:\n\n{code}\n\nDone."


def test_a_code_block_keeps_its_lines_in_the_body() -> None:
    prose = (
        "Functions are the building blocks of every program, and this short guide shows "
        "how one is written and called."
    )
    code = "def f(x):\n    if x:\n        return 1\n    return 0"
    html = (
        f"<body><article><h1>Writing a function</h1><p>{prose}</p>"
        f"<pre><code>{code}\n</code></pre><p>{prose} Again.</p></article></body>"
    )
    assert f"\n\n{code}\n\n" in newsx.extract_html(html).body


def test_a_page_hidden_until_its_scripts_run_is_read() -> None:
    html = "<html style='visibility:hidden'><body style='display:none'><p>Shown.</p></body>"
    assert html_to_text(html) == "Shown."


def test_the_hidden_attribute_is_not_trusted() -> None:
    # Streaming server rendering parks the article in <div hidden> and shows it by script.
    assert html_to_text("<body><div hidden id='S:0'><p>The article.</p></div></body>") == (
        "The article."
    )


def test_broken_and_empty_markup() -> None:
    assert html_to_text("<html><body><p>Unclosed <b>bold <p>next") == "Unclosed bold\n\nnext"
    assert html_to_text("") == ""
    assert html_to_text("<html>") == ""
    assert render(parse("<html><body>\x01</body></html>")).strip() in ("", "\x01")


def test_deep_nesting_costs_no_recursion() -> None:
    deep = "<html><body>" + "<div>" * 1_500 + "deep" + "</div>" * 1_500 + "<p>end</p></body>"
    assert html_to_text(deep) == "deep\n\nend"
    # Past lxml's cap of 2,048 levels the rest of the page is lost, but nothing breaks.
    deeper = "<html><body>" + "<div>" * 50_000 + "x" + "</div>" * 50_000 + "</body>"
    assert html_to_text(deeper) in ("", "x")
