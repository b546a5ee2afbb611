"""newsx.bylines: person names and a source from bylines, and bare names beside the date."""

from __future__ import annotations

import pytest

from newsx.bylines import bare_name, names_from_byline
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
