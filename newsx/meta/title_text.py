"""The title a headline line holds: the line's text less what a dump glued to the headline
(the same words twice over, a breadcrumb trail before it, a comment section's heading around
it). newsx.meta.headline chooses the line; this reads its text. A site's name after the
headline is newsx.meta.site_name's, since it reads the rest of the page.
"""

from __future__ import annotations

import re

from newsx.text.lines import undouble
from newsx.vocab import cues

#: Marks of a breadcrumb trail that a dump glues before the headline on its line ("Home »
#: Blogs » Headline", "News›US›Headline"). ">" and "/" are not among them: headlines hold
#: them ("2024.4 -> 2024.5", "AC/DC"), and "»" and "›" also close a quotation ("«Ja»"), so a
#: line that opens one keeps its marks.
CRUMB_MARKS = "»›"
QUOTE_OPENERS = "«‹"
#: A markdown heading's marks around the headline ("# Title", "### Title ###"): html2text
#: and other markdown dumpers write an <h1> so. The body keeps its subheadings' marks, as the
#: dump wrote them; the title is plain text.
_HEADING_MARKS = re.compile(r"^#{1,6}\s+(?P<text>.*?)(?:\s+#+)?$")
#: A trail has at least this many parts (two marks): one mark is a headline's own.
CRUMB_MIN_PARTS = 3
#: A part cut from a title line is taken for the headline only if it is this long: the last
#: part of a trail ("Home » News » Sport") is a section, not a headline.
PART_MIN_WORDS = 3


def headline_text(text: str) -> str:
    """The headline a title line holds: without a markdown heading's marks, written once
    (lines.undouble), and without what a dump glued around it (_unglued)."""
    if marked := _HEADING_MARKS.match(text):
        text = marked["text"]
    return _unglued(undouble(text))


def _unglued(text: str) -> str:
    """The title a comment section's heading names ("5 Comments on Title") rather than the
    heading, and the headline without a breadcrumb trail glued before it."""
    named = cues.COMMENTS_ON_TITLE.search(text)
    if named and len(named["title"].split()) >= PART_MIN_WORDS:
        return named["title"]
    if any(q in text for q in QUOTE_OPENERS):
        return text
    for mark in CRUMB_MARKS:
        parts = [p.strip() for p in text.split(mark)]
        if (
            len(parts) >= CRUMB_MIN_PARTS
            and all(parts)
            and len(parts[-1].split()) >= PART_MIN_WORDS
        ):
            return parts[-1]
    return text


def bare_trail(text: str) -> bool:
    """A breadcrumb trail ("Home | News | World") with no headline glued after it for
    headline_text to keep: no headline at all."""
    if not cues.BREADCRUMB.match(text):
        return False
    once = undouble(text)
    return _unglued(once) == once
