"""Stage 2, lines (continued): join hard-wrapped lines back into the paragraphs they were.

lynx, w3m, links, mail archives and fixed-width dumps break paragraphs at a column (often
72-80). Read line by line, such prose looks like a stack of short unfinished lines, which
is what menus look like. A dump is hard-wrapped when almost no line is longer than a common
width and many lines come close to it; then a line joins the next when the next line's first
word would not have fitted after it.
"""

from __future__ import annotations

from dataclasses import replace

from newsx.text.lines import Line
from newsx.text.markup import Marking

#: Lines at least this long are the ones whose lengths tell the wrap width.
MIN_MEASURED = 40
#: The wrap width is this quantile of the measured lengths (a few lines run a little over).
WIDTH_QUANTILE = 0.9
#: Fixed-width dumps wrap at 60 to 100 columns; a wider "width" means lines were not wrapped.
MAX_WIDTH = 100
#: Share of non-blank lines allowed to run past the width (tables, URLs).
MAX_OVERLONG_SHARE = 0.03
#: Lines within this fraction of the width count as full...
FULL_FRACTION = 0.75
#: ...and a wrapped dump has at least this many full lines.
MIN_FULL_LINES = 10
#: A word this long with a URL's characters in it (a URL, a markdown link's target) cannot
#: be broken, so its line runs past the width; nor are a markdown table's rows ("a | b")
#: wrapped, nor, by html2text, a markdown dump's list items. Such lines tell nothing of the
#: width.
UNBREAKABLE = 30
#: What marks such a word as a URL or a piece of one: a broken URL's next line may hold only
#: its query ("jpg?w=1&h=2") or its escapes ("%2F").
_URL_CHARS = frozenset("/%&=")


def wrap_width(lines: list[Line], marking: Marking) -> int | None:
    """The column the dump was wrapped at, or None when it was not hard-wrapped."""
    markdown = marking.markdown
    lengths = sorted(len(line.raw.rstrip()) for line in lines if _measurable(line, markdown))
    measured = [n for n in lengths if n >= MIN_MEASURED]
    if len(measured) < MIN_FULL_LINES:
        return None
    width = measured[int(WIDTH_QUANTILE * (len(measured) - 1))]
    if width > MAX_WIDTH:
        return None
    overlong = sum(1 for n in lengths if n > width + 2)
    if overlong > MAX_OVERLONG_SHARE * len(lengths):
        return None
    full = sum(1 for n in measured if n >= FULL_FRACTION * width)
    return width if full >= MIN_FULL_LINES else None


def _measurable(line: Line, markdown: bool) -> bool:
    """Whether the line's length says where the dumper wrapped: not blank, not a table row,
    not a markdown dump's list item, no unbreakable word."""
    if line.blank or " | " in line.raw or "---|" in line.raw:
        return False
    if markdown and line.bullet is not None:
        return False
    return len(line.raw) <= UNBREAKABLE or not any(
        len(word) >= UNBREAKABLE and not _URL_CHARS.isdisjoint(word) for word in line.raw.split()
    )


def unwrap(lines: list[Line], marking: Marking) -> list[Line]:
    """The lines with hard-wrapped paragraphs joined; unchanged when the dump is not wrapped.

    A joined line keeps the index (and so the line number) of its first line.
    """
    width = wrap_width(lines, marking)
    if width is None:
        return lines
    out: list[Line] = []
    # The length of the dump's last line, not of the paragraph joined so far: once a line was
    # joined, the joined text is longer than the width, and every next line would join it.
    last = 0
    for line in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not prev.blank
            and not line.blank
            and line.bullet is None
            and last + 1 + len(line.text.split(" ", 1)[0]) > width
        ):
            out[-1] = replace(
                prev, raw=f"{prev.raw.rstrip()} {line.raw.strip()}", text=f"{prev.text} {line.text}"
            )
        else:
            out.append(line)
        last = len(line.raw.rstrip())
    return out
