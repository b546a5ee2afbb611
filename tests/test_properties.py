"""Properties that hold for every input: extract never raises, records are JSON, explain covers
every line, and the command line ends with status 0 or 1 on any file.

Inputs: any text; pages mixed from hand-written lines, the samples' lines and (when
../shared/devset is beside the checkout) lines of devset dumps; and any bytes.

The example count comes from the hypothesis profiles in tests/conftest.py: 200 by default, or
NEWSX_HYPOTHESIS_EXAMPLES for a long run, e.g. ``NEWSX_HYPOTHESIS_EXAMPLES=5000 pytest
tests/test_properties.py``.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import newsx
from newsx.cli import main
from newsx.errors import InputError
from newsx.io.decoding import decode_bytes
from newsx.records import FIELD_NAMES, Article, Label
from newsx.text.lines import split_lines
from newsx.text.normalize import normalize
from newsx.text.words import count_words

PROFILE = settings.get_profile("long" if os.environ.get("NEWSX_HYPOTHESIS_EXAMPLES") else "newsx")

#: Lines of the kinds a news page dump is made of, written for these tests.
POOL = [
    "",
    "",
    "* Home",
    "* World",
    "  * Business",
    "  1. Most read story of the day",
    "  2. Second most read story",
    "Home>>World News",
    "Home > Sport > Football",
    "Sign up | Log in | Subscribe",
    "Share this article",
    "Large Medium Small",
    "Harbour city opens new ferry terminal after years of delay",
    "Storm closes schools across the region",
    "By Jane Doe",
    "By Jane Doe and John Roe (Example Times)",
    "Von Max Muster",
    "Written by",
    "Jane Doe",
    "March 3, 2021",
    "08:30, October 21, 2011",
    "Updated: 2010-03-26 07:43",
    "3. März 2021",
    "OSLO - The long-awaited ferry terminal in the old harbour opened to passengers on Tuesday.",
    "The long-awaited ferry terminal in the old harbour opened to passengers on Tuesday, three "
    "years later than the city had promised.",
    "Officials said the building cost almost twice the original budget, but they expect it to "
    "carry more than a million travellers in its first year.",
    "Local traders welcomed the opening and said the quiet waterfront had hurt their shops.",
    "Der Bürgermeister eröffnete am Dienstag das neue Fährterminal im alten Hafen der Stadt.",
    "北京今天天气晴朗，气温较高，市民纷纷外出游玩，公园里人山人海。",
    "The new terminal at dusk on Tuesday. [Agencies]",
    "Related:",
    "Related readings:",
    "Harbour city opens new ferry terminal\u00a0Bus lanes approved",
    "Leave a comment",
    "Leave your comment3 comments",
    "3 comments",
    "  1. Name",
    "Name at 2011-10-23175.138.64.*",
    "Nic at 2011-10-23175.138.64.*",
    "Jane says:",
    "Reply",
    "What a lovely idea, I hope the council keeps its promise this time.",
    "Most Popular",
    "© 2024 Example News. All rights reserved.",
    "1\\. Escaped item",
    "\t\u00a0\u200b",
    "\r",
]

REPO = Path(__file__).resolve().parent.parent
DEVSET = REPO.parent / "shared" / "devset"
#: Devset dumps whose lines join the pool: a few of each set and rendering keep it quick.
DEVSET_FILES_PER_RENDERING = 8


def real_lines() -> list[str]:
    """The distinct lines of the samples and of a few devset dumps of each rendering."""
    files = sorted((REPO / "samples").glob("*.txt"))
    for folder in sorted(DEVSET.glob("*/text/*")):
        files += sorted(folder.glob("*.txt"))[:DEVSET_FILES_PER_RENDERING]
    lines: set[str] = set()
    for path in files:
        lines.update(path.read_text(encoding="utf-8", errors="replace").splitlines())
    return sorted(lines)


REAL = real_lines()

page_lines = st.lists(
    st.sampled_from(POOL) | st.sampled_from(REAL) | st.text(max_size=30), max_size=60
)
pages = page_lines.map("\n".join)
any_text = st.text() | pages
#: Bytes: random, or a page in some encoding, possibly cut anywhere and with bytes spliced in.
page_bytes = st.tuples(
    pages, st.sampled_from(["utf-8", "utf-16", "gb18030", "cp1252", "latin-1"])
).map(lambda pair: pair[0].encode(pair[1], errors="replace"))
any_bytes = (
    st.binary()
    | page_bytes
    | st.tuples(page_bytes, st.binary(max_size=8)).map(
        lambda pair: pair[0][: len(pair[0]) // 2] + pair[1] + pair[0][len(pair[0]) // 2 :]
    )
)


@PROFILE
@given(any_text)
def test_extract_never_raises(text: str) -> None:
    article = newsx.extract(text)
    assert isinstance(article, Article)
    # Words between spaces, each ideograph or kana one word (language.count_words)
    assert article.word_count == count_words(article.body)
    if article.body.isascii():
        assert article.word_count == len(article.body.split())
    assert article.comment_count is None or article.comment_count >= 0
    assert all(isinstance(name, str) and name for name in article.authors)


@PROFILE
@given(any_text)
def test_to_dict_is_json_and_round_trips(text: str) -> None:
    d = newsx.extract(text).to_dict()
    assert tuple(d) == FIELD_NAMES
    assert json.loads(json.dumps(d)) == d
    assert json.loads(json.dumps(d, ensure_ascii=False)) == d


@PROFILE
@given(any_text)
def test_explain_gives_one_verdict_per_normalised_line(text: str) -> None:
    verdicts = newsx.explain(text)
    lines = normalize(text).split("\n")
    assert [v.number for v in verdicts] == list(range(1, len(lines) + 1))
    assert [v.text for v in verdicts] == lines
    assert all(isinstance(v.label, Label) for v in verdicts)


@PROFILE
@given(pages)
def test_body_and_title_come_from_the_page(text: str) -> None:
    article = newsx.extract(text)
    lines = split_lines(normalize(text))
    if article.title is not None:
        # Cut from one line: a headline written twice over is given once
        # (lines.undouble), a breadcrumb trail glued before it is dropped
        assert article.title and any(article.title in line.text for line in lines)
    # A line kept whole (a <pre> line, a U+2028 inside it) shows as several lines
    shown = {part for line in lines for part in line.display.split("\n")}
    for paragraph in article.body.split("\n\n") if article.body else []:
        for line in paragraph.split("\n"):
            assert line in shown


@PROFILE
@given(pages)
def test_comments_off_changes_only_the_comments(text: str) -> None:
    on = newsx.extract(text)
    off = newsx.extract(text, newsx.Options(comments=False))
    assert off.comments == ()
    assert off.comment_count is None
    assert (on.title, on.body, on.authors) == (off.title, off.body, off.authors)


_TAGS = [
    "p", "div", "li", "h1", "a", "span", "script", "nav", "article", "br", "td", "!--",
    "main", "footer", "figcaption", "/body", "/html", "div class='comment-list'",
    "ul id='related'", "section class='article-body share'", "a href='#comments'",
]  # fmt: skip
#: Pages as HTML: lines wrapped in tags opened and closed at random, or left open.
html_pages = st.lists(
    st.tuples(st.sampled_from(_TAGS), st.sampled_from(POOL + REAL[:2000]), st.booleans()),
    max_size=40,
).map(
    lambda parts: (
        "<!DOCTYPE html><html><body>"
        + "".join(
            f"<{t}>{line}" + (f"</{t.split()[0]}>" if close else "") for t, line, close in parts
        )
    )
)


@PROFILE
@given(html_pages | st.text().map(lambda t: "<html><body>" + t))
def test_extract_html_never_raises(html: str) -> None:
    article = newsx.extract_html(html)
    assert isinstance(article, Article)
    assert json.loads(json.dumps(article.to_dict()))["title"] == article.title


@PROFILE
@given(any_bytes)
def test_any_bytes_decode_or_are_refused(data: bytes) -> None:
    try:
        text, _, replaced = decode_bytes(data)
    except InputError as exc:
        assert str(exc)  # a message for the one-line error
        return
    assert replaced >= 0 and text.strip()
    assert json.loads(json.dumps(newsx.extract(text).to_dict()))["body"] is not None


_runner = CliRunner()


@PROFILE
@given(any_bytes, st.sampled_from(["json", "jsonl", "csv", "text"]))
def test_cli_ends_with_0_or_1_on_any_file(data: bytes, fmt: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.txt"
        path.write_bytes(data)
        result = _runner.invoke(main, ["extract", "-q", "-f", fmt, str(path)])
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    if result.exit_code == 1:
        assert result.stderr.startswith(f"newsx: {path}: ") and result.stderr.count("\n") == 1
    elif fmt in ("json", "jsonl"):
        assert json.loads(result.stdout)["path"] == str(path)
