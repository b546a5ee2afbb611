"""Acceptance criteria: the records newsx must extract from the repository's samples.

Expected paragraphs and comments are read from the sample files themselves, so every check
below compares with the text as the page has it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import newsx
from newsx.records import Article

ROOT = Path(__file__).resolve().parent.parent
S000 = ROOT / "samples" / "000_12856c3b11aa1456.txt"
S003 = ROOT / "samples" / "003_90694cc2083bf9fd.txt"


def sample_lines(path: Path) -> list[str]:
    """The sample's lines, stripped, with no-break spaces as spaces."""
    text = path.read_text(encoding="utf-8")
    return [line.replace("\u00a0", " ").strip() for line in text.splitlines()]


def index_starting(lines: list[str], prefix: str) -> int:
    found = [i for i, line in enumerate(lines) if line.startswith(prefix)]
    assert len(found) == 1, (prefix, found)
    return found[0]


def block_after(lines: list[str], heading: str) -> list[str]:
    """Non-blank lines from `heading` to the end of the file, list markers removed."""
    out = []
    for line in lines[lines.index(heading) :]:
        if line:
            head, _, rest = line.partition(". ")
            out.append(rest if head.isdigit() else line)
    return out


@pytest.fixture(scope="module")
def a000() -> Article:
    return newsx.extract_file(S000)


@pytest.fixture(scope="module")
def a003() -> Article:
    return newsx.extract_file(S003)


# samples/000_12856c3b11aa1456.txt -------------------------------------------------------------

LINES_000 = sample_lines(S000)
FIRST_000 = index_starting(LINES_000, "BEIJING - Visiting Russian Security Council Secretary")
LAST_000 = index_starting(LINES_000, "He Mengying and Xinhua contributed to this story.")
PARAGRAPHS_000 = [line for line in LINES_000[FIRST_000 : LAST_000 + 1] if line]
COMMENT_HEADERS_000 = [
    ("Nic at 2011-10-23175.138.64.*", "Nic", "2011-10-23", "175.138.64.*"),
    ("Canada at 2011-10-2270.36.49.*", "Canada", "2011-10-22", "70.36.49.*"),
    ("ari at 2011-10-21175.137.234.*", "ari", "2011-10-21", "175.137.234.*"),
]
#: Each comment's text: the line after its header in the sample file.
COMMENT_TEXTS_000 = [LINES_000[LINES_000.index(h) + 1] for h, *_ in COMMENT_HEADERS_000]
#: "Selections for you", "Most Popular", "What's happening in China" and "PD Online Data":
#: the four blocks after the comments, down to the end of the file.
TRAILING_BLOCKS_000 = block_after(LINES_000, "Selections for you")


def test_000_title(a000: Article) -> None:
    assert a000.title == "Moscow, Beijing vow to strengthen mutual trust"


def test_000_authors_and_source(a000: Article) -> None:
    assert list(a000.authors) == ["Ma Liyao"]
    assert a000.source == "China Daily"


def test_000_published(a000: Article) -> None:
    assert a000.published is not None
    assert a000.published.startswith("2011-10-21T08:30")


def test_000_dateline_and_section(a000: Article) -> None:
    assert a000.dateline == "BEIJING"
    assert a000.section == "Foreign Affairs"


def test_000_body_is_exactly_the_twelve_paragraphs(a000: Article) -> None:
    assert len(PARAGRAPHS_000) == 12
    paragraphs = a000.body.split("\n\n")
    assert len(paragraphs) == 12
    assert paragraphs[0].startswith("BEIJING - Visiting Russian Security Council Secretary")
    assert paragraphs[-1] == "He Mengying and Xinhua contributed to this story."
    assert paragraphs == PARAGRAPHS_000


@pytest.mark.parametrize(
    "unwanted",
    [
        "Latest News",
        "Sunny",
        "Home>>",
        "By Ma",
        "08:30, October 21, 2011",
        "Leave your comment",
        "Name",
        "Selections for you",
        "Most Popular",
        "What's happening in China",
        "PD Online Data",
        *(h for h, *_ in COMMENT_HEADERS_000),
        *COMMENT_TEXTS_000,
        *TRAILING_BLOCKS_000,
    ],
)
def test_000_body_leaves_out(a000: Article, unwanted: str) -> None:
    assert unwanted not in a000.body


def test_000_trailing_blocks_were_read() -> None:
    # The parametrisation above is only as good as these lists.
    assert "Wen says people's livelihood an especially important task" in TRAILING_BLOCKS_000
    assert "Customs of Middle-Autumn Festival in Old Beijing" in TRAILING_BLOCKS_000
    assert "Kite festival held in Daishan, China's Zhejiang" in TRAILING_BLOCKS_000
    headings = ["Selections for you", "Most Popular", "What's happening in China", "PD Online Data"]
    assert all(h in TRAILING_BLOCKS_000 for h in headings)
    assert len(TRAILING_BLOCKS_000) == 4 + 4 + 10 + 1 + 5 + 5


def test_000_comments(a000: Article) -> None:
    got = [(c.author, c.date, c.ip, c.text) for c in a000.comments]
    expected = [
        (author, date, ip, text)
        for (_, author, date, ip), text in zip(COMMENT_HEADERS_000, COMMENT_TEXTS_000)
    ]
    assert got == expected
    assert COMMENT_TEXTS_000[1] == "For the love of God, keep writing these artclies."


def test_000_comment_count(a000: Article) -> None:
    assert a000.comment_count == 3


def test_000_no_captions_or_related(a000: Article) -> None:
    assert a000.captions == ()
    assert a000.related == ()


def test_000_file_facts(a000: Article) -> None:
    assert a000.path == str(S000)
    assert a000.encoding == "utf-8"
    assert a000.language == "en"
    assert a000.word_count == len(a000.body.split())


# samples/003_90694cc2083bf9fd.txt -------------------------------------------------------------

LINES_003 = sample_lines(S003)
TITLE_003 = "Beijing, Moscow vow to safeguard common interests"
CAPTION_003 = (
    "Russian President Dmitry Medvedev (left) and Vice-President Xi Jinping meet for talks at "
    "the presidential residence, Barvikha, outside Moscow on Wednesday. [Agencies]"
)
RELATED_003 = [
    "Russia, China need to get better acquainted",
    "Chinese-learning craze sweeps Russia",
    "China, Russia sign major agreements worth $1.6bn",
    "Chinese State Councilor to visit Russia",
]
FIRST_003 = index_starting(LINES_003, "BEIJING - China and Russia on Wednesday vowed")
LAST_003 = index_starting(LINES_003, "Belarus is dedicated to strengthening ties with China")
RELATED_AT_003 = LINES_003.index("Related readings:")
#: The lines in the body's range that are not body: the repeated headline (the photo's alt
#: text), the caption, the related-links heading and its four items.
NOT_BODY_003 = {TITLE_003, CAPTION_003, *LINES_003[RELATED_AT_003 : RELATED_AT_003 + 5]}
PARAGRAPHS_003 = [
    line for line in LINES_003[FIRST_003 : LAST_003 + 1] if line and line not in NOT_BODY_003
]


def test_003_title(a003: Article) -> None:
    assert a003.title == TITLE_003


def test_003_authors_and_source(a003: Article) -> None:
    assert list(a003.authors) == ["Cai Xiao", "Hu Haiyan"]
    assert a003.source == "China Daily"


def test_003_updated(a003: Article) -> None:
    assert a003.updated is not None
    assert a003.updated.startswith("2010-03-26T07:43")


def test_003_dateline_and_section(a003: Article) -> None:
    assert a003.dateline == "BEIJING"
    assert a003.section == "Global General"


def test_003_body_range(a003: Article) -> None:
    assert a003.body.startswith("BEIJING - China and Russia on Wednesday vowed")
    assert a003.body.endswith("Belarus is dedicated to strengthening ties with China, he added.")


def test_003_body_is_the_article_paragraphs(a003: Article) -> None:
    assert len(PARAGRAPHS_003) == 15
    assert a003.body.split("\n\n") == PARAGRAPHS_003


@pytest.mark.parametrize(
    "unwanted",
    ["Large Medium Small", TITLE_003, CAPTION_003, "[Agencies]", "Related readings:", *RELATED_003],
)
def test_003_body_leaves_out(a003: Article, unwanted: str) -> None:
    assert unwanted not in a003.body


def test_003_not_body_lines_were_read() -> None:
    assert len(NOT_BODY_003) == 7
    assert all(any(item in line for line in NOT_BODY_003) for item in RELATED_003)


def test_003_captions(a003: Article) -> None:
    assert list(a003.captions) == [CAPTION_003]


def test_003_related(a003: Article) -> None:
    assert list(a003.related) == RELATED_003


def test_003_no_comments(a003: Article) -> None:
    assert list(a003.comments) == []
    assert a003.comment_count == 0


def test_003_file_facts(a003: Article) -> None:
    assert a003.path == str(S003)
    assert a003.encoding == "utf-8"
    assert a003.language == "en"
    assert a003.word_count == len(a003.body.split())
