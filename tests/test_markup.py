"""Tests for newsx.text.markup: a markdown dump's links, images and emphasis read as text."""

from __future__ import annotations

import newsx
from newsx.text.lines import Line, split_lines
from newsx.text.markup import MAX_EMPHASIS, read_marking, unmark

NAV = '[Home](/)[World](/world)[Sport](/sport "Sport news")'


def _unmark(lines: list[Line]) -> list[Line]:
    return unmark(lines, read_marking(lines))


def texts(text: str) -> list[str]:
    return [line.text for line in _unmark(split_lines(text))]


def test_a_link_becomes_its_text_and_a_menu_is_glued_as_other_dumps_write_it() -> None:
    assert texts(NAV) == ["HomeWorldSport"]


def test_an_image_becomes_its_alt_text_and_a_linked_logo_with_none_a_blank_line() -> None:
    lines = _unmark(split_lines(f"{NAV}\n![The new quay](/img/quay.jpg)\n[![](/logo.svg)](/)"))
    assert [line.text for line in lines] == ["HomeWorldSport", "The new quay", ""]
    assert lines[2].blank and lines[2].raw == ""


def test_a_list_item_keeps_its_marker() -> None:
    lines = _unmark(split_lines(f"{NAV}\n  * [Contact us](/contact)"))
    assert (lines[1].bullet, lines[1].text) == ("*", "Contact us")


def test_emphasis_goes_on_a_markdown_dump_but_not_snake_case_or_dunders() -> None:
    got = texts(f"{NAV}\nThe **_new_ quay** opened, _officials said_; see my_var and __init__.")
    assert got[1] == "The new quay opened, officials said; see my_var and __init__."


def test_without_markdown_links_emphasis_marks_are_the_pages_own() -> None:
    text = "A footnote *1* and _this_ stay as written."
    assert texts(text) == [text]


def test_a_page_without_markup_comes_back_as_it_was() -> None:
    lines = split_lines("Home\n\nThe ferry terminal opened on Tuesday.")
    assert _unmark(lines) is lines


def test_extract_reads_a_markdown_dump_as_text() -> None:
    para = (
        "The new ferry terminal in the old harbour opened to passengers on Tuesday, "
        "[three years late](https://example.org/news/ferry-delays), officials said."
    )
    article = newsx.extract(f"{NAV}\n\n# Harbour city opens new ferry terminal\n\n{para}\n\n{para}")
    assert "three years late, officials said" in article.body
    assert "https" not in article.body


LYNX = """   [1]Skip to main content
     * [2]Home
     * [3]World

Ferry terminal opens

   The new terminal opened on Tuesday, [4]three years late, as reported.[5]

References

   Visible links:
   1. https://example.org/#main
   2. https://example.org/
   3. https://example.org/world
   4. https://example.org/delays

   Hidden links:
   5. https://example.org/notes
"""


def test_lynx_link_numbers_and_reference_list_go() -> None:
    got = [t for t in texts(LYNX) if t]
    assert got == [
        "Skip to main content",
        "Home",
        "World",
        "Ferry terminal opens",
        "The new terminal opened on Tuesday, three years late, as reported.[5]",
    ]


def test_elinks_sub_headings_have_no_colon() -> None:
    text = LYNX.replace("links:", "links")
    assert [t for t in texts(text) if t][-1].startswith("The new terminal opened")


def test_a_references_heading_with_prose_under_it_is_the_pages_own() -> None:
    text = LYNX.replace("   Hidden links:", "   Further reading on ferries.")
    got = texts(text)
    assert "References" in got and "[1]Skip to main content" in got


def test_reference_links_become_their_text_and_their_definitions_go() -> None:
    text = (
        "[Home][1][World][2]\n\n"
        "The terminal opened [three years late][3]. ![The quay][4]\n\n"
        "   [1]: /\n   [2]: /world\n   [3]: https://example.org/delays\n   [4]: /quay.jpg"
    )
    got = texts(text)
    assert got[:4] == ["HomeWorld", "", "The terminal opened three years late. The quay", ""]
    assert not any(got[4:])


def test_without_reference_definitions_brackets_in_code_stay() -> None:
    text = f"{NAV}\nm = grid[row][0] + grid[1][2]"
    assert texts(text)[1] == "m = grid[row][0] + grid[1][2]"


def test_code_and_formulas_keep_their_marks_on_a_markdown_dump() -> None:
    got = texts(f"{NAV}\nx**2 + y**2 and (x)*(y)*(z); handlers[i](event)")
    assert got[1] == "x**2 + y**2 and (x)*(y)*(z); handlers[i](event)"


def test_brackets_inside_a_links_text_or_target() -> None:
    got = texts(
        "[Python](https://en.wikipedia.org/wiki/Python_(programming_language)) "
        "[Demo [20 min]](/demo) [Call](tel:(954) 885-7100)"
    )
    assert got == ["Python Demo [20 min] Call"]


def test_an_emphasis_mark_that_never_closes_near_it_is_left() -> None:
    far = "_" + "a " * MAX_EMPHASIS + "b_"
    assert texts(f"{NAV}\n{far}")[1] == " ".join(far.split())


def test_lynx_bare_numbers_and_numbers_in_brackets_go() -> None:
    text = LYNX.replace("   [1]Skip to main content", "   [1]\n   ([6]PDF)")
    got = [t for t in texts(text) if t]
    assert got[:2] == ["(PDF)", "Home"]


def test_a_lynx_reference_may_hold_spaces_after_its_scheme() -> None:
    text = LYNX.replace("   5. https://example.org/notes", "   5. tel:(954) 885-7100")
    assert "References" not in texts(text)


def test_a_pages_own_numbered_references_are_not_lynx_s_list() -> None:
    text = (
        "[1]Memory, [2]sleep and [3]mood are linked.\n\nReferences\n\n"
        "   1. Smith J. Sleep and memory. Nature. 2019.\n   2. Doe A. Mood. Science. 2020."
    )
    assert texts(text) == [
        *text.split("\n")[:2],
        "References",
        "",
        "Smith J. Sleep and memory. Nature. 2019.",
        "Doe A. Mood. Science. 2020.",
    ]


def test_the_marking_is_read_once_from_links_not_lines() -> None:
    # Three links on one line make a markdown dump for unwrap and unmark alike.
    marking = read_marking(split_lines(NAV))
    assert marking.markdown and not marking.references
    refs = "\n".join(f"[{i}]: https://example.org/{i}" for i in range(1, 4))
    assert read_marking(split_lines(f"See [the port][1].\n\n{refs}")).references
    assert not read_marking(split_lines("[1]: https://example.org/1\nx[i][0] = 1")).markdown
