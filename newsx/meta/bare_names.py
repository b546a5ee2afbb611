"""Bare names: a line that is nothing but a person's name, near the headline or a date line.

Where a page prints no "By", its byline is often a name on a line of its own under the
headline or beside the date. The nearest such line is as often a category, a subheading or
a menu's entry ("Key Takeaways", "Event Planning", "Store Locator"), so a name must start
with a known given name, or stand right by a date, or be named again in an author box; and
no word of it may be one the page writes in lower case. newsx.meta.bylines asks here after
the page's "By" lines have said nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsx.meta.names import PARTICLES, bare_name, known_given_name, name_line, single_name
from newsx.pipeline.line_rules import Decision
from newsx.pipeline.page import Page
from newsx.records import Label
from newsx.text.lines import Line

#: A bare name counts as the byline only this close (non-blank lines) to the date or title.
BARE_NAME_REACH = 3
#: A name on a line of its own counts this close to the headline (non-blank lines): the
#: byline block sits under it, past a standfirst, an image and its caption.
TITLE_NAME_REACH = 6
#: A line above the headline is this much farther than one below: a name there is more
#: often the site's, or a menu's.
ABOVE_TITLE_COST = 0.5
#: A known name this close to the headline or a date line outranks a "By" line elsewhere
#: on the page; farther from them, it is as often a name in a caption or a teaser.
CLOSE_NAME_REACH = 2
#: A line that is one given name ("Susan") is weaker evidence than a full name at any
#: distance: it ranks after every unknown full name.
SINGLE_NAME_COST = 10.0
#: A body line that is a name and its job title is at most this long.
NAME_LINE_WORDS = 10
#: A word written in lower case: "planning" in "event planning".
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-zà-ÿ][a-zà-ÿ’'-]*")


def name_near(
    page: Page,
    decisions: list[Decision],
    header: Sequence[int],
    anchors: Sequence[int],
    title_at: int | None,
) -> tuple[tuple[float, list[str]], tuple[float, list[str]]]:
    """Names on a line of their own close to the headline or to a date or byline line: those
    that start with a known given name, nearest first (below the headline before above it),
    else a line that is nothing but an unknown name beside a date or named again elsewhere on
    the page (an author box), if the page does not write its words in lower case elsewhere:
    the nearest line is as often a category or a subheading ("Key Takeaways", "Event
    Planning"). The first comes with its distance; the second is the weaker evidence, and
    weakest in it a line that is one known given name right by the headline or a date."""
    lines, feats, lang = page.lines, page.feats, page.stopwords_of
    pos = {i: k for k, i in enumerate(header)}
    title = lines[title_at].text if title_at is not None else None
    near: dict[int, float] = {}
    for a in anchors:
        if a in pos:
            for i in header:
                gap = abs(pos[i] - pos[a])
                if 0 < gap <= BARE_NAME_REACH and decisions[i].label is not Label.BODY:
                    near[i] = min(near.get(i, gap), gap)
    by_anchor = set(near)
    if title_at is not None and title_at in pos:
        t = pos[title_at]
        for k in range(max(0, t - TITLE_NAME_REACH), min(len(header), t + TITLE_NAME_REACH + 1)):
            i = header[k]
            if k == t or (decisions[i].label is Label.BODY and feats[i].n_words > NAME_LINE_WORDS):
                continue
            far = abs(k - t) + (ABOVE_TITLE_COST if k < t else 0.0)
            near[i] = min(near.get(i, far), far)
    known: list[tuple[float, list[str]]] = []
    unknown: list[tuple[float, str]] = []
    for i, d in near.items():
        if i == title_at:
            continue
        names = name_line(lines[i].text, lang)
        if names and known_given_name(names[0].split()):
            known.append((d, names))
        elif (name := bare_name(lines[i].text, lang)) and (
            i in by_anchor or (name != title and _named_again(lines, i, name))
        ):
            unknown.append((d, name))
        elif d <= CLOSE_NAME_REACH and (name := _given_name_alone(lines[i], lang)):
            unknown.append((d + SINGLE_NAME_COST, name))
    common = lowercase_words(lines) if known or unknown else set()
    best: tuple[float, list[str]] = (0.0, [])
    for far, names in sorted(known, key=lambda c: c[0]):
        # "Case Studies", "Lien Waiver": a given name that is also a word of the page's.
        ws = [w.lower() for w in names[0].split(",")[0].split() if w not in PARTICLES]
        if not all(w in common for w in ws):
            best = (far, names)
            break
    for d, name in sorted(unknown):
        if not any(w.lower() in common for w in name.split() if w not in PARTICLES):
            return best, (d, [name])
    return best, (0.0, [])


def _given_name_alone(line: Line, lang: str | None) -> str | None:
    """A line that is one known given name and nothing else: "Susan", "Stefan"; not a list
    item, which is a menu's ("* Forum", a theme named "Ayu")."""
    return None if line.bullet is not None else given_name(line.text, lang)


def given_name(text: str, lang: str | None) -> str | None:
    """`text` when it is one known given name ("Susan") and may be a one-word byline."""
    word = text.strip()
    if " " in word or not word[:1].isupper() or not known_given_name([word]):
        return None
    return word if single_name(word, lang) else None


def _named_again(lines: list[Line], at: int, name: str) -> bool:
    """Whether a line other than `at` names `name` too: an author box, "About Jane Doe",
    "More from Jane Doe". A category or a subheading under the headline seldom recurs."""
    return any(
        name in line.text and line.text.strip() != name
        for k, line in enumerate(lines)
        if k != at and not line.blank
    )


def lowercase_words(lines: list[Line]) -> set[str]:
    """Words the page writes in lower case somewhere: common nouns. A surname seldom is one
    ("Event Planning" beside a date is a category: the page says "planning" elsewhere)."""
    return {w for line in lines for w in _LOWER_WORD.findall(line.text)}
