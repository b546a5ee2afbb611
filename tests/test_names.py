"""newsx.meta.names: person names from the text after "By", name lines and given names."""

from __future__ import annotations

import pytest

from newsx.meta.names import bare_name, known_given_name, name_line, names_from_byline


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
        ("Jean Dupont et Marie Durand", ["Jean Dupont", "Marie Durand"], None),
        ("María de la Cruz y Juan Pérez", ["María de la Cruz", "Juan Pérez"], None),
        ("Pieter van Dalen", ["Pieter van Dalen"], None),
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
        ("Pieter van Dalen", "Pieter van Dalen"),
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


@pytest.mark.parametrize("line", ["HomeWindow RepairLocations", "LoginJoin Today"])
def test_bare_name_rejects_menu_items_glued_together(line: str) -> None:
    assert bare_name(line) is None


@pytest.mark.parametrize("line", ["Ronald McDonald", "Douglas MacArthur", "Danielle DeVarno"])
def test_bare_name_keeps_names_with_inner_capitals(line: str) -> None:
    assert bare_name(line) == line


def test_names_from_byline_undoubles_alt_text_glued_to_the_name() -> None:
    assert names_from_byline("Colin Roe Colin Roe")[0] == ["Colin Roe"]


# The names end where the byline goes on to something else -----------------------------------


@pytest.mark.parametrize(
    ("who", "names"),
    [
        ("Jane Doe Published 3 May 2021", ["Jane Doe"]),
        ("Max Muster Erstellt am 14.02.22 um 09:17", ["Max Muster"]),
        ("Jane Doe Last updated Sep 5, 2022", ["Jane Doe"]),
        ("Jane Doe 15 min read", ["Jane Doe"]),
        ("Jane Doe. Last Updated on May 3", ["Jane Doe"]),
        ("Jane Doe View In Print Edition", ["Jane Doe"]),
        ("Jane SmithMarch 3, 2024", ["Jane Smith"]),  # the date glued to the name
        ("Jane Doe WKXQ logo", ["Jane Doe"]),  # a station after a full name
        ("Samir ROUVANI", ["Samir ROUVANI"]),  # a surname in capitals after a given name
        ("Jane Doe Deputy Online Editor and Master Beekeeper", ["Jane Doe"]),
        ("Jane Doe, Senior Manager, Content, Example Corp and Other Inc", ["Jane Doe"]),
        ("Jane Doe, Journalist", ["Jane Doe"]),
        ("Jane Doe, Datum: 03.03.21", ["Jane Doe"]),
        ("Jane Doe with John Roe", ["Jane Doe", "John Roe"]),
        ("JANE DOE AND JOHN ROE", ["JANE DOE", "JOHN ROE"]),
        ("Letters To The Editor", []),
        ("Jane Doe For The Example Times", ["Jane Doe"]),
        ("jdoe under News, Opinion", ["jdoe"]),
        (
            "jdoe Published May 3, 2020",
            ["jdoe"],
        ),  # a handle, then the next field's label  # WordPress: "Posted by jdoe under News"
        ("The Example Team", []),
        ("Example Editorial Team", []),
        ("Sofia & Greta", ["Sofia", "Greta"]),
    ],
)
def test_names_from_byline_stop_at_what_follows(who: str, names: list[str]) -> None:
    assert names_from_byline(who)[0] == names


@pytest.mark.parametrize(
    ("who", "names"),
    [
        ("Jane Doe, MS, RDN", ["Jane Doe, MS, RDN"]),
        ("Jane Doe, Ph.D.", ["Jane Doe, Ph.D"]),
        ("Jane Doe, MD, FACP", ["Jane Doe, MD, FACP"]),
        ("Jane Doe, MD, FOMA", ["Jane Doe, MD, FOMA"]),
        ("Jane Doe, DrPH, MBBS", ["Jane Doe, DrPH, MBBS"]),
        ("Jane Doe, E-RYT 500", ["Jane Doe, E-RYT 500"]),
        ("Jane Doe, XYZQ®", ["Jane Doe, XYZQ®"]),  # any letters of that shape, listed or not
        ("Jane Doe, AFP", ["Jane Doe"]),  # an agency is no credential
        ("Jane Doe, dpa", ["Jane Doe"]),
        ("Jane Doe, CNN", ["Jane Doe"]),  # a broadcaster
        ("Jane Doe, CEO", ["Jane Doe"]),  # a job
        ("Jane Doe, McDonald", ["Jane Doe"]),  # a surname, not letters
        ("Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
    ],
)
def test_credentials_stay_with_the_name(who: str, names: list[str]) -> None:
    assert names_from_byline(who)[0] == names


@pytest.mark.parametrize(
    ("who", "names"),
    [("jdoe", ["jdoe"]), ("Zu7lex", ["Zu7lex"]), ("red", []), ("the", []), ("EN", [])],
)
def test_one_word_bylines(who: str, names: list[str]) -> None:
    assert names_from_byline(who)[0] == names


def test_names_are_checked_against_the_pages_own_function_words() -> None:
    # "Dan" and "Ben" are Dutch function words, not English ones.
    assert bare_name("Dan Davies", "en") == "Dan Davies"
    assert names_from_byline("Ben", "en")[0] == ["Ben"]
    assert bare_name("Dan Davies", "nl") is None
    # Without the page's language, every list counts.
    assert bare_name("Dan Davies") is None
    # English function words count on every page: menus are often in English.
    assert names_from_byline("The Updated", "de")[0] == []


def test_what_the_pages_function_words_miss_is_still_no_name() -> None:
    # A short acronym ends no name; an article in any language opens none.
    assert bare_name("Galaxy AI", "en") is None
    assert bare_name("Jean DUPONT", "en") == "Jean DUPONT"
    assert bare_name("Los Angeles Dodgers", "en") is None
    assert bare_name("The Example Team", "en") is None


def test_bare_name_drops_an_author_label_and_a_possessive_avatar() -> None:
    assert bare_name("Author Jane Doe") == "Jane Doe"
    assert bare_name("Jane Doe's avatar") == "Jane Doe"
    assert bare_name("Headshot of Jane Doe") == "Jane Doe"


# A line of names -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane Doe", ["Jane Doe"]),
        ("Jane Doe, MS, RD", ["Jane Doe, MS, RD"]),
        ("Jane Doe and John Roe | Contributing Writers", ["Jane Doe", "John Roe"]),
        ("Headshot of Jane Doe, Staff Writer at Example", ["Jane Doe"]),
        ("Jane Doe EXAMPLE TODAY", ["Jane Doe"]),
        ("Jane Doe says the plan will work.", []),
        ("Jane Doe <jane at example dot com>", ["Jane Doe"]),
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
