"""Stage 2, lines: the normalised text as a list of lines, each with its layout facts."""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from itertools import islice

from newsx.meta.dates import find_dates

#: A line break inside a line: the lines of a code listing, which the classifier reads as one
#: block and the body shows as they were. Unicode's LINE SEPARATOR, which normalize keeps.
LINE_BREAK = "\u2028"
#: List markers the common dumpers write: html2text's "  * " and "  1. ", inscriptis' "* "
#: and "+ ", lynx's "o " and "@ " for nested lists, w3m's "□ ", "☆ ", "○ " and "■ ", and
#: bullets. A marker needs a space after it so "*Note" is text; Japanese writes its bullet,
#: the katakana middle dot, with none ("・日経平均"). Not "#": html2text's headings start so.
_BULLET = re.compile(r"^(?:(?:[*+\-•◦▪·o@□☆○■●]|\d{1,3}[.)])\s+|・\s*)(?=\S)")


@dataclass(frozen=True)
class Line:
    """One line of the dump. Blank lines are kept so paragraph breaks survive."""

    index: int
    """0-based position in the normalised text."""
    raw: str
    text: str
    """Stripped, without a list marker, runs of spaces collapsed (table cells, alignment)."""
    indent: int
    bullet: str | None
    """The list marker ("*", "1.", ...) when the line is a list item."""
    blank: bool

    @property
    def display(self) -> str:
        """The text as the body shows it: a numbered marker stays, a bullet symbol goes, and
        the breaks of a line that holds several (LINE_BREAK) stay, with their indentation."""
        text = self.text
        if LINE_BREAK in self.raw:
            rows = [row.rstrip() for row in self.raw.split(LINE_BREAK)]
            if self.bullet:  # the marker goes; the rows under it keep their own indentation
                head = rows[0].lstrip()[len(self.bullet) :].strip()
                text = "\n".join([head, textwrap.dedent("\n".join(rows[1:]))])
            else:
                text = textwrap.dedent("\n".join(rows)).strip("\n")
        if self.bullet and self.bullet[0].isdigit():
            return f"{self.bullet} {text}"
        return text


def _starts_with_date(text: str, marker: str) -> bool:
    """ "3. März 2021" and "21. Oktober" are day-first dates, not list item 3 or 21."""
    if not marker[:1].isdigit():
        return False
    hits = find_dates(text[:40])
    return bool(hits) and hits[0].start == 0


def split_lines(text: str) -> list[Line]:
    """Every line of the normalised text, in order."""
    out: list[Line] = []
    for i, raw in enumerate(text.split("\n")):
        stripped = " ".join(raw.split())
        bullet = None
        m = _BULLET.match(stripped)
        if m and len(stripped) > m.end() and not _starts_with_date(stripped, m.group()):
            bullet = m.group().strip()
            stripped = stripped[m.end() :]
        indent = len(raw) - len(raw.lstrip(" "))
        out.append(Line(i, raw, stripped, indent, bullet, not stripped))
    return out


def undouble(text: str) -> str:
    """A line written twice over, its words repeated in order, once: an image's alt text
    glued to the same words ("Jane Doe Jane Doe", "Clemson News Clemson News")."""
    ws = text.split()
    half = len(ws) // 2
    if not half or len(ws) % 2 or ws[:half] != ws[half:]:
        return text
    return undouble(" ".join(ws[:half]))  # four copies ("A B A B A B A B") halve twice


def next_nonblank(lines: list[Line], i: int) -> int | None:
    """The index of the first non-blank line after line `i`, if any."""
    return next((j for j in range(i + 1, len(lines)) if not lines[j].blank), None)


def prev_nonblank(lines: list[Line], i: int) -> int | None:
    """The index of the last non-blank line before line `i`, if any."""
    return next((j for j in range(i - 1, -1, -1) if not lines[j].blank), None)


def nonblank_above(lines: list[Line], i: int, n: int) -> list[int]:
    """The indices of up to `n` non-blank lines above line `i`, nearest first."""
    return list(islice((j for j in range(i - 1, -1, -1) if not lines[j].blank), n))


def nonblank_from(lines: list[Line], i: int, n: int, end: int | None = None) -> list[int]:
    """The indices of up to `n` non-blank lines from line `i` (itself included) down to
    `end` (the page's end by default), in order."""
    stop = len(lines) if end is None else end
    return list(islice((j for j in range(i, stop) if not lines[j].blank), n))
