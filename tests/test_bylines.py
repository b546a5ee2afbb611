"""newsx.bylines: person names and a source from bylines, and bare names beside the date."""

from __future__ import annotations

import pytest

from newsx import extract
from newsx.bylines import (
    bare_name,
    byline_in_line,
    known_given_name,
    name_beside_date,
    name_line,
    names_from_byline,
)
from newsx.features import Features, compute_features
from newsx.lines import split_lines

CONTEXT = (
    "The council will meet again on Friday to vote on the budget for the new year, and the "
    "mayor has said that she expects a long and difficult debate about the new ferry."
)


def features(line: str) -> Features:
    """Features of `line` on a page with some English prose (so the language is known)."""
    feats, _ = compute_features(split_lines(f"{CONTEXT}\n{line}"))
    return feats[1]


def name_of(line: str) -> str | None:
    return bare_name(line)


@pytest.mark.parametrize(
    ("who", "names", "source"),
    [
        ("Jane Doe and John Roe (Example News)", ["Jane Doe", "John Roe"], "Example News"),
        ("Ma Liyao (China Daily)", ["Ma Liyao"], "China Daily"),
        ("Jane Doe (Reuters)", ["Jane Doe"], "Reuters"),
        ("Jane Doe", ["Jane Doe"], None),
        ("Jane Doe, John Roe and Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"], None),
        ("Jane Doe & John Roe", ["Jane Doe", "John Roe"], None),
        ("Jane Doe; John Roe", ["Jane Doe", "John Roe"], None),
        ("Max Muster und Erika Musterfrau", ["Max Muster", "Erika Musterfrau"], None),
        ("Jean Dupont et Marie Curie", ["Jean Dupont", "Marie Curie"], None),
        ("María de la Cruz y Juan Pérez", ["María de la Cruz", "Juan Pérez"], None),
        ("Ludwig van Beethoven", ["Ludwig van Beethoven"], None),
        ("J. R. Doe", ["J. R. Doe"], None),
        ("Jane Doe | March 3, 2021", ["Jane Doe"], None),
        ("Jane Doe on March 3, 2021", ["Jane Doe"], None),
        ("Jane Doe, March 3, 2021", ["Jane Doe"], None),
        ("Jane Doe in Politics", ["Jane Doe"], None),
        ("Jane DoePublished Jan 29, 2024", ["Jane Doe"], None),
        ("Иван Петров", ["Иван Петров"], None),
    ],
)
def test_names_from_byline(who: str, names: list[str], source: str | None) -> None:
    assert names_from_byline(who) == (names, source)


@pytest.mark.parametrize(
    ("who", "names"),
    [
        ("Staff Reporter", []),
        ("Jane Doe, Staff Reporter", ["Jane Doe"]),
        ("Jane Doe, Correspondent in Paris", ["Jane Doe"]),
        ("the Editors", []),
        ("News Desk", []),
        ("Our Correspondent", []),
        ("Redaktion", []),
        ("Agencies", []),
        ("", []),
    ],
)
def test_names_from_byline_drops_job_titles(who: str, names: list[str]) -> None:
    got, _ = names_from_byline(who)
    assert got == names
    assert not any("Staff" in n or "Reporter" in n or "Correspondent" in n for n in got)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Jane Doe", "Jane Doe"),
        ("Ludwig van Beethoven", "Ludwig van Beethoven"),
        ("María de la Cruz", "María de la Cruz"),
        ("Jane Doe avatar", "Jane Doe"),
        ("Jane Doe Jane Doe", "Jane Doe"),  # alt text glued to the name
        ("Jane DoePublished", "Jane Doe"),
    ],
)
def test_bare_name_accepts(line: str, name: str) -> None:
    assert name_of(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "Order Now",
        "Privacy Policy",
        "Sign Up",
        "Read More",
        "Latest News",
        "Contact Us",
        "jane doe",
        "Jane doe smith lower",
        "Jane Doe 2",
        "Room 101",
        "Jane",  # one word is a site or a menu item
        "Jane Mary Anne Doe Smith",  # five words
        "Staff Reporter",
        "The Editors",
        "Jane Doe says the plan will work.",
        "",
    ],
)
def test_bare_name_rejects(line: str) -> None:
    assert name_of(line) is None


@pytest.mark.parametrize("line", ["Picture of Jane Doe", "Photo of Jane Doe"])
def test_bare_name_from_author_photo_alt_text(line: str) -> None:
    assert name_of(line) == "Jane Doe"


@pytest.mark.parametrize("line", ["HomeCommercial CleaningLocations", "LoginJoin Today"])
def test_bare_name_rejects_menu_items_glued_together(line: str) -> None:
    assert bare_name(line) is None


@pytest.mark.parametrize("line", ["Ronald McDonald", "Douglas MacArthur", "Danielle DeSiato"])
def test_bare_name_keeps_names_with_inner_capitals(line: str) -> None:
    assert bare_name(line) == line


def test_names_from_byline_undoubles_alt_text_glued_to_the_name() -> None:
    assert names_from_byline("Colin Gray Colin Gray")[0] == ["Colin Gray"]


# The names end where the byline goes on to something else -----------------------------------


@pytest.mark.parametrize(
    ("who", "names"),
    [
        ("Jane Doe Published 3 May 2021", ["Jane Doe"]),
        ("Max Muster Erstellt am 01.01.23 um 08:35", ["Max Muster"]),
        ("Jane Doe Last updated Nov 8, 2023", ["Jane Doe"]),
        ("Jane Doe 15 min read", ["Jane Doe"]),
        ("Jane Doe. Last Updated on May 3", ["Jane Doe"]),
        ("Jane Doe View In Digital Edition", ["Jane Doe"]),
        ("Jane SmithMarch 3, 2024", ["Jane Smith"]),  # the date glued to the name
        ("Jane Doe KTRK logo", ["Jane Doe"]),  # a station after a full name
        ("Chokri GHARBI", ["Chokri GHARBI"]),  # a surname in capitals after a given name
        ("Jane Doe Executive Digital Editor and Master Gardener", ["Jane Doe"]),
        ("Jane Doe, Senior Director, Content, Example Corp and Other Inc", ["Jane Doe"]),
        ("Jane Doe, Journalist", ["Jane Doe"]),
        ("Jane Doe, Datum: 03.03.21", ["Jane Doe"]),
        ("Jane Doe with John Roe", ["Jane Doe", "John Roe"]),
        ("JANE DOE AND JOHN ROE", ["JANE DOE", "JOHN ROE"]),
        ("Letters To The Editor", []),
        ("Jane Doe For The Example Times", ["Jane Doe"]),
        ("The Example Team", []),
        ("Example Editorial Team", []),
        ("Maria & Katerina", ["Maria", "Katerina"]),
    ],
)
def test_names_from_byline_stop_at_what_follows(who: str, names: list[str]) -> None:
    assert names_from_byline(who)[0] == names


@pytest.mark.parametrize(
    ("who", "names"),
    [
        ("Jane Doe, MS, RDN", ["Jane Doe, MS, RDN"]),
        ("Jane Doe, Ph.D.", ["Jane Doe, Ph.D"]),
        ("Jane Doe, MD, FOMA", ["Jane Doe, MD, FOMA"]),  # letters after a known credential
        ("Jane Doe, AFP", ["Jane Doe"]),  # an agency is no credential
    ],
)
def test_credentials_stay_with_the_name(who: str, names: list[str]) -> None:
    assert names_from_byline(who)[0] == names


@pytest.mark.parametrize(
    ("who", "names"), [("jdoe", ["jdoe"]), ("Bo2man", ["Bo2man"]), ("red", []), ("the", [])]
)
def test_one_word_bylines(who: str, names: list[str]) -> None:
    assert names_from_byline(who)[0] == names


def test_bare_name_drops_an_author_label_and_a_possessive_avatar() -> None:
    assert bare_name("Author Jane Doe") == "Jane Doe"
    assert bare_name("Jane Doe's avatar") == "Jane Doe"
    assert bare_name("Headshot of Jane Doe") == "Jane Doe"


# Bylines inside other lines --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Posted on May 3, 2021 by Jane Doe | 2 comments", ["Jane Doe"]),
        ("Published on December 2nd, 2025 by Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("10.12.2022 18:27 von Max Muster", ["Max Muster"]),
        ("05.01.2020 | Autor: gnaddrig | Abgelegt unter: Fotos", ["gnaddrig"]),
        ("Veröffentlicht am 12. Juni 2017 von gizzmo", ["gizzmo"]),
        ("Posted on 2015-04-05 by marc | Leave a comment", ["marc"]),
        ("Eine Kolumne von Max Muster", ["Max Muster"]),
        ("Post author By Jane Doe", ["Jane Doe"]),
        ("Jane Doe By Jane Doe Last Updated: December 6, 2024", ["Jane Doe"]),
        ("Avatar photo by Jane Doe August 25, 2025", ["Jane Doe"]),
    ],
)
def test_byline_in_line(line: str, names: list[str]) -> None:
    assert byline_in_line(line)[0] == names


@pytest.mark.parametrize(
    "line",
    [
        "Docker Images: Security Independently Validated by Example Labs",
        "Deals announced by Jamf, LevelBlue, and Example Software.",
        "Photo by Jane Doe",
        "Reviewed by Jane Doe",
        "Beef Maker von Aldi im Test",
        "Einreisebestimmungen der Behörden von Singapur:",
        "Kommt im Sommer 2019 neu auf den Markt: Schuh von Adidas",
        "Filter by region",
    ],
)
def test_no_byline_in_line(line: str) -> None:
    assert byline_in_line(line)[0] == []


def test_byline_after_the_headline_on_its_line() -> None:
    title = "Call for Proposals is Open"
    assert byline_in_line(f"{title} by Jane Doe", title)[0] == ["Jane Doe"]
    assert byline_in_line(f"{title} by Jane Doe")[0] == []


# A name beside a date ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Jane Doe | May 3, 2021", "Jane Doe"),
        ("Jane Doe•Oct 20, 2025", "Jane Doe"),
        ("Jane Doe | Senior Writer | July 2, 2025", "Jane Doe"),
        ("John Roe July 13, 2025 — 7 minutes read", "John Roe"),
        ("12/19/2025 • Friday Philosophy • David Roe", "David Roe"),
        ("Jane Doe / 22.04.2020 / 06:15 / Foto: Example", "Jane Doe"),
        ("Handball Schweiz • 02.02.2022", None),
        ("Kugelstoss Schi A W14 3 kg 19.05.2007", None),
    ],
)
def test_name_beside_date(line: str, name: str | None) -> None:
    assert name_beside_date(line) == name


def test_an_unknown_name_counts_before_the_date_of_a_date_line_only() -> None:
    assert name_beside_date("Example Strategies | October 15, 2025") is None
    assert name_beside_date("Example Strategies | October 15, 2025", True) == "Example Strategies"


# A line of names -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane Doe", ["Jane Doe"]),
        ("Jane Doe, MS, RD", ["Jane Doe, MS, RD"]),
        ("Jane Doe and John Roe | Guest Columnists", ["Jane Doe", "John Roe"]),
        ("Headshot of Jane Doe, Staff Writer at Example", ["Jane Doe"]),
        ("Jane Doe EXAMPLE TODAY", ["Jane Doe"]),
        ("Jane Doe says the plan will work.", []),
        ("Key Takeaways", ["Key Takeaways"]),  # a name's shape; known_given_name tells
    ],
)
def test_name_line(line: str, names: list[str]) -> None:
    assert name_line(line) == names


@pytest.mark.parametrize(
    ("name", "known"),
    [
        ("Jane Doe", True),
        ("Dr. Jane Doe", True),
        ("Иван Петров", True),
        ("Key Takeaways", False),
        ("Event Planning", False),
        ("Use Case", False),
    ],
)
def test_known_given_name(name: str, known: bool) -> None:
    assert known_given_name(name.split()) is known


# On a page -----------------------------------------------------------------------------------

PROSE = (
    "The council will meet again on Friday to vote on the budget for the new year, and the "
    "mayor has said that she expects a long and difficult debate about the new ferry. "
)


def test_a_name_under_the_headline_is_the_author_when_it_is_a_persons() -> None:
    text = f"Harbour ferry plan goes to a vote\n\nJane Doe\n\n{PROSE * 3}\n\n{PROSE * 2}"
    assert extract(text).authors == ("Jane Doe",)


def test_a_subheading_under_the_headline_is_not_an_author() -> None:
    text = f"Harbour ferry plan goes to a vote\n\nKey Takeaways\n\n{PROSE * 3}\n\n{PROSE * 2}"
    assert extract(text).authors == ()


def _far_below(box: str) -> str:
    """A page whose author box closes the article, far below the headline."""
    paragraphs = "\n\n".join(PROSE + f"Part {n} of the story." for n in range(12))
    return f"Harbour ferry plan goes to a vote\n\n{paragraphs}\n\n{box}\n\n* Home\n* News"


def test_a_byline_label_alone_far_below_takes_the_name_on_the_next_line() -> None:
    assert extract(_far_below("Written by\n\nJane Doe")).authors == ("Jane Doe",)


def test_a_byline_label_alone_far_below_is_no_author_before_a_filter() -> None:
    # "By / Ferry Budget": words the page writes in lower case are a filter, not a name.
    assert extract(_far_below("By\n\nFerry Budget")).authors == ()


def test_an_unknown_name_under_the_headline_counts_when_the_page_names_it_again() -> None:
    head = "Harbour ferry plan goes to a vote\n\nZorvath Quillon\n\n"
    once = f"{head}{PROSE * 3}\n\n{PROSE * 2}"
    again = f"{once}\n\nAbout Zorvath Quillon"
    assert extract(once).authors == ()
    assert extract(again).authors == ("Zorvath Quillon",)
