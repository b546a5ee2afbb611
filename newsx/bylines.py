"""Authors and source: from "By ..." lines, or from a bare name beside the date."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsx import cues
from newsx.dates import find_dates
from newsx.features import Features
from newsx.labels import Decision
from newsx.language import stopword_share, words
from newsx.lines import Line
from newsx.model import Label

#: A name has at most this many words ("Maria de la Cruz Lopez Garcia").
NAME_MAX_WORDS = 6
#: A byline longer than this is a sentence: reading further only costs time.
BYLINE_MAX_CHARS = 200
#: A line holding only a name has two to four words: one word is a site or a menu item.
BARE_NAME_WORDS = (2, 4)
#: A bare name counts as the byline only this close (non-blank lines) to the date or title.
BARE_NAME_REACH = 3

#: Separators between names; parts are stripped after splitting (no \s* around the
#: alternatives, which would rescan runs of spaces from every position).
_NAME_SPLIT = re.compile(r",|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\bи\b|、")
#: Lower-case words that belong to names ("Ursula von der Leyen", "Maria de la Cruz").
_PARTICLES = frozenset(
    ["de", "da", "van", "von", "der", "den", "la", "le", "del", "di", "du", "bin", "al"]
)
#: A word of a name: capitalised, a particle, or an initial.
_NAME_WORD = re.compile(rf"^(?:[A-ZÀ-ÞА-ЯЁ][\w'’.\-]*|{'|'.join(sorted(_PARTICLES))}|[A-Z]\.)$")
#: What follows the names in a byline: a separator, or "on"/"in"/"am"/"le" before a date
#: or a category.
_TRAILING_JUNK = re.compile(r"[|•·–—:/].*$|\s(?:on|in|am|le|il|im)\s.*$", re.IGNORECASE)
#: Labels glued to the name by the dumper: "Korin MillerPublished Jan 29".
_GLUED_LABEL = re.compile(
    r"(?<=[a-zà-ÿ])(?:Published|Updated|Posted|Reviewed|Medically|Fact|Veröffentlicht|"
    r"Aktualisiert)\b.*$"
)
#: Menu items glued together by the dumper: "HomeCommercial CleaningLocations". A capital
#: after four or more lower-case letters; "McDonald", "MacArthur", "DeSiato" stay names.
_GLUED = re.compile(r"[a-zà-ÿ]{4}[A-ZÀ-Þ]")
#: Alt texts of author photos: "Picture of Jane Doe", "Jane Doe avatar".
_PHOTO_OF = re.compile(
    r"^(?:picture|photo|image|avatar|portrait|foto|bild)\s+(?:of|von|de)\s+|"
    r"\s+(?:photo|avatar|headshot|image|picture|profile\s+picture|foto)$",
    re.IGNORECASE,
)


def names_from_byline(who: str) -> tuple[list[str], str | None]:
    """Person names and a source (publisher or agency) from the text after "By"."""
    source = None
    who = _GLUED_LABEL.sub("", who[:BYLINE_MAX_CHARS])
    m = cues.SOURCE_IN_BYLINE.search(who)
    if m:
        source = m.group("source").strip()
        who = who[: m.start()]
    hits = find_dates(who)
    if hits:
        who = who[: hits[0].start]
    who = _TRAILING_JUNK.sub("", who).strip()
    names: list[str] = []
    for part in _NAME_SPLIT.split(who):
        part = _undouble(part.strip(" ."))
        ws = part.split()
        if not ws or len(ws) > NAME_MAX_WORDS or cues.NOT_A_NAME.search(part):
            continue
        if all(_NAME_WORD.match(w) for w in ws) or (len(ws) == 1 and part.isalpha()):
            names.append(part)
    return names, source


def _undouble(text: str) -> str:
    """ "Jane Doe Jane Doe" (photo alt text glued to the name) -> "Jane Doe"."""
    ws = text.split()
    half = len(ws) // 2
    if len(ws) % 2 == 0 and ws[:half] == ws[half:]:
        return " ".join(ws[:half])
    return text


def bare_name(text: str) -> str | None:
    """The name when a line is nothing but a person's name (or an author photo's alt text)."""
    text = _undouble(_PHOTO_OF.sub("", _GLUED_LABEL.sub("", text)).strip())
    ws = text.split()
    if not BARE_NAME_WORDS[0] <= len(ws) <= BARE_NAME_WORDS[1]:
        return None
    if stopword_share([w for w in words(text) if w not in _PARTICLES], None) > 0:
        return None
    if not all(_NAME_WORD.match(w) and w[:1].isupper() for w in ws[:1] + ws[-1:]):
        return None
    if not all(_NAME_WORD.match(w) for w in ws) or cues.NOT_A_NAME.search(text):
        return None
    if cues.BOILERPLATE.search(text) or any(c.isdigit() for c in text):
        return None
    if any(_GLUED.search(w) for w in ws):
        return None
    return text


def find_authors(
    lines: list[Line],
    feats: list[Features],
    labels: list[Decision],
    header: Sequence[int],
    anchors: Sequence[int],
    title_at: int | None = None,
) -> tuple[tuple[str, ...], str | None]:
    """Authors and source from the byline lines of the header; else a bare name by an anchor
    (the title or a date line)."""
    authors: list[str] = []
    source = None
    for i in header:
        if labels[i].label is Label.BYLINE:
            m = cues.BYLINE.match(lines[i].text)
            if m:
                names, src = names_from_byline(m.group("who") or m.group("who2") or "")
                authors += [n for n in names if n not in authors]
                source = source or src
    if authors:
        return tuple(authors), source
    for k, i in enumerate(header):
        text = lines[i].text
        if cues.BYLINE_ALONE.match(text) and k + 1 < len(header):
            names, src = names_from_byline(lines[header[k + 1]].text)
        elif labels[i].label is Label.DATE and (m := cues.BYLINE_INLINE.search(text)):
            names, src = names_from_byline(m.group("who"))
        elif labels[i].label is Label.DATE:
            hits = find_dates(text)
            name = bare_name(text[: hits[0].start]) if hits else None
            names, src = ([name] if name else []), None
        else:
            continue
        if names:
            return tuple(names), source or src
    pos = {i: k for k, i in enumerate(header)}
    near = sorted(
        (abs(pos[i] - pos[a]), i)
        for a in anchors
        if a in pos
        for i in header
        if 0 < abs(pos[i] - pos[a]) <= BARE_NAME_REACH and labels[i].label is not Label.BODY
    )
    for _, i in near:
        name = bare_name(lines[i].text)
        if name:
            return (name,), source
    if title_at is not None and title_at in pos:
        k = pos[title_at] + 1
        if k < len(header) and labels[header[k]].label is not Label.BODY:
            name = bare_name(lines[header[k]].text)
            if name:
                return (name,), source
    return (), source
