"""Stage 0: newsx.text.normalize gives one canonical form of the text."""

from __future__ import annotations

import pytest

from newsx.text.normalize import normalize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\u00a0b", "a b"),  # no-break space
        ("a\u202fb", "a b"),  # narrow no-break space
        ("a\u3000b", "a b"),  # ideographic space
        ("a\u2007b", "a b"),  # figure space
        ("a\u2003b", "a b"),  # em space
        ("a\tb", "a b"),
        ("a\fb\vc", "a b c"),
        ("20\u00a0/\u00a013", "20 / 13"),
    ],
)
def test_space_like_characters_become_spaces(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("one\r\ntwo", "one\ntwo"),
        ("one\rtwo", "one\ntwo"),
        ("one\r\n\r\ntwo\rthree\n", "one\n\ntwo\nthree\n"),
        ("one\u2029two", "one\ntwo"),
        ("one\u2028two", "one\u2028two"),  # a break inside the line: newsx.text.lines keeps it
        ("one\x85two", "one\ntwo"),
        ("one\r\r\ntwo", "one\n\ntwo"),  # lone CR then CRLF: two line ends
    ],
)
def test_line_ends_become_lf(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("bell\x07here", "bellhere"),
        ("esc\x1b[31mred", "esc[31mred"),
        ("nul\x00byte", "nulbyte"),
        ("del\x7fete", "delete"),
        ("c1\x9bcontrol", "c1control"),
        ("back\x08space", "backspace"),
    ],
)
def test_control_characters_are_removed(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("zero\u200bwidth", "zerowidth"),
        ("non\u200cjoiner", "nonjoiner"),
        ("joi\u200dner", "joiner"),
        ("20\u200c11", "2011"),
        ("word\u2060joiner", "wordjoiner"),
        ("hyphen\u00adation", "hyphenation"),
        ("\ufeffByte order mark", "Byte order mark"),
    ],
)
def test_invisible_characters_are_removed(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    "text",
    [
        "می\u200cخواهم بگویم",  # Persian writes the non-joiner inside words
        "क्\u200dष",  # a Devanagari half form
        "👨\u200d👩\u200d👧",  # an emoji family
        "\u200fقال الوزير\u200f إن",  # right-to-left marks
        "שלום \u200eABC\u200e עולם",  # a left-to-right run inside Hebrew
        "\u061cالعربية",  # the Arabic letter mark
    ],
)
def test_joiners_and_direction_marks_of_other_scripts_stay(text: str) -> None:
    assert normalize(text) == text


def test_trailing_spaces_are_stripped_on_every_line() -> None:
    assert normalize("first   \nsecond\u00a0\u00a0\nthird\t\n   \nlast ") == (
        "first\nsecond\nthird\n\nlast"
    )


def test_leading_indentation_is_kept() -> None:
    assert normalize("  1. Item\n\tquoted") == "  1. Item\n quoted"


def test_blank_lines_are_preserved() -> None:
    text = "First paragraph.\n\nSecond paragraph.\n\n\nThird after two blank lines."
    assert normalize(text) == text
    assert normalize(text).split("\n\n")[0] == "First paragraph."


def test_whitespace_only_lines_become_empty_but_stay() -> None:
    assert normalize("a\n \u00a0\t \nb") == "a\n\nb"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1\\. Item", "1. Item"),
        ("  12\\. Twelfth item", "  12. Twelfth item"),
        ("\\- not a bullet", "- not a bullet"),
        ("\\* starred", "* starred"),
        ("snake\\_case", "snake_case"),
        ("\\# hash", "# hash"),
        ("a\\+b", "a+b"),
        ("moving to Pylint 4\\. Tests showed", "moving to Pylint 4. Tests showed"),
        ("on Facebook \\(39%\\) and TikTok \\(36\\)", "on Facebook (39%) and TikTok (36)"),
        ("Car Rentals \\[Rates, Service\\]", "Car Rentals [Rates, Service]"),
    ],
)
def test_html2text_escapes_are_undone(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    "text",
    [
        "C:\\Users\\news",  # a backslash before a letter is not an escape
        "1\\2",
        "find . -type f \\( -name '*.ts' \\)",  # a shell command's escapes are the page's
        "a doubled \\\\(backslash\\\\)",
        "version 1\\.2",
        "line one\nline two",
        "Plain sentence, nothing to do.",
        "",
    ],
)
def test_text_without_anything_to_fix_is_unchanged(text: str) -> None:
    assert normalize(text) == text


def test_idempotent() -> None:
    raw = "Title\u00a0here \r\n\r\n\u200bBody\tline\x07\u00ad.  \r1\\. Item"
    once = normalize(raw)
    assert normalize(once) == once


def test_text_browser_placeholders_are_removed() -> None:
    text = "By (BUTTON) Jane Doe\n[portrait-150x150.png]\nHarbour news [USEMAP] today"
    assert normalize(text) == "By Jane Doe\n\nHarbour news today"


def test_bracketed_credits_and_references_stay() -> None:
    assert normalize("A photo. [Agencies]\nSee [1].") == "A photo. [Agencies]\nSee [1]."
