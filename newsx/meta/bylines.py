"""Authors and source: from "By ..." lines, from bylines inside date lines, or from a bare
name beside the date or the headline. How a name is read from its text is newsx.meta.names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsx.comments.section import find_section_start
from newsx.meta.dates import find_dates
from newsx.meta.names import (
    FIELD_SPLIT,
    LABEL_WORD,
    PARTICLES,
    bare_name,
    handle_or_given,
    known_given_name,
    lead_name,
    name_line,
    names_from_byline,
    single_name,
)
from newsx.pipeline.features import Features
from newsx.pipeline.line_rules import Decision
from newsx.pipeline.page import Page
from newsx.records import Label
from newsx.text.lines import Line, next_nonblank, nonblank_from, prev_nonblank
from newsx.vocab import alt, cues
from newsx.vocab.authorship import (
    AUTHOR_WORDS,
    BY_WORDS,
    NOT_WRITER_WORDS,
    PIECE_NOUNS,
    POSTING_VERBS,
    PUBLISHING_VERBS,
    ROMANCE_BY_WORDS,
    WRITING_VERBS,
)

#: A bare name counts as the byline only this close (non-blank lines) to the date or title.
BARE_NAME_REACH = 3
#: A line that carries a byline among other things ("Posted on May 3 by Jane Doe | 2
#: comments") is short; a longer one is prose that mentions someone ("... said Jane Doe").
BYLINE_LINE_MAX_WORDS = 25
#: A body line this short may still be a byline the labeller kept in the body ("Dec 19,
#: 2025 · Jane Doe"); longer body lines are prose.
SHORT_BODY_WORDS = 12
#: A name on a line of its own counts this close to the headline (non-blank lines): the
#: byline block sits under it, past a standfirst, an image and its caption.
TITLE_NAME_REACH = 6
#: A line above the headline is this much farther than one below: a name there is more
#: often the site's, or a menu's.
ABOVE_TITLE_COST = 0.5
#: A known name this close to the headline or a date line outranks a "By" line elsewhere
#: on the page; farther from them, it is as often a name in a caption or a teaser.
CLOSE_NAME_REACH = 2
#: An unknown name on the line next to a date line (or the headline) outranks a known given
#: name farther off than CLOSE_NAME_REACH.
ADJACENT = 1
#: A line that is one given name ("Susan") is weaker evidence than a full name at any
#: distance: it ranks after every unknown full name.
SINGLE_NAME_COST = 10.0
#: A body line that is a name and its job title is at most this long.
NAME_LINE_WORDS = 10
#: Verbs of writing, posting and publishing: a byline field may open with one, and one may
#: stand before a "by" inside a line.
_VERBS = WRITING_VERBS + POSTING_VERBS + PUBLISHING_VERBS
#: Who is credited "by" here did not write the article: "Photo by", "Reviewed by", "Edited by".
_NOT_WRITER = re.compile(rf"{alt(NOT_WRITER_WORDS)}\s*:?\s*$", re.IGNORECASE)
#: Words before "by" that make a byline of what follows, wherever it stands in its line:
#: "Published on May 3 by", "Veröffentlicht am 12. Juni von", "Eine Kolumne von".
_BYLINE_VERB = re.compile(rf"{alt(_VERBS + PIECE_NOUNS + AUTHOR_WORDS)}\W*$", re.IGNORECASE)
#: A word written in lower case: "planning" in "event planning".
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-zà-ÿ][a-zà-ÿ’'-]*")
#: The "by" that ends the words before a name: "Photo by", "Foto von".
_BY_WORD = re.compile(rf"\b{alt(BY_WORDS + ROMANCE_BY_WORDS)}\s*:?\s*$", re.IGNORECASE)
#: A field that opens with a verb of publishing: "Posted on May 3, 2021 by jdoe".
_OPENS_WITH_VERB = re.compile(rf"{alt(_VERBS)}\b", re.IGNORECASE)


def byline_in_line(
    text: str, title: str | None = None, lang: str | None = None
) -> tuple[list[str], str | None]:
    """Names from a byline that shares its line with other fields: "Posted on May 3, 2021 by
    Jane Doe | 2 comments", "05.01.2020 | Autor: kwaxel | Abgelegt unter: Fotos".

    "by" inside a field counts after a date, after a verb of writing ("Published ... by") or
    after the same name ("Jane Doe By Jane Doe") or the headline ("TITLE by Jane Doe"):
    elsewhere it is a headline or a sentence ("Images Checked by Example Labs"). After a
    date alone it takes a full name, not one word ("2019: Schuh von Beispielmarke")."""
    dated: bool | None = None
    for field in FIELD_SPLIT.split(text):
        field = field.strip()
        found = _byline_names(field, lang)
        if found and found[0]:
            return found
        h = cues.BYLINE_HANDLE.search(field) if _OPENS_WITH_VERB.match(field) else None
        if h and not _NOT_WRITER.search(field[: h.start()]):
            handle = single_name(h.group("who"), lang)
            if handle:
                return handle, None
        for m in cues.BYLINE_INLINE.finditer(field):
            before = field[: m.start()]
            if _credits_other(before):
                continue
            names, src = names_from_byline(m.group("who"), lang)
            if not names:
                continue
            vouched = (
                _BYLINE_VERB.search(before)
                or bare_name(before, lang) == names[0]
                or (title is not None and before.strip() == title.strip())
            )
            if not vouched and dated is None:
                dated = bool(find_dates(text))
            if vouched or (dated and any(" " in n for n in names)):
                return names, src
    return [], None


def _byline_names(text: str, lang: str | None = None) -> tuple[list[str], str | None] | None:
    """Names and source of a "By ..." line (cues.BYLINE); no names when the words before
    "by" credit someone else ("Photo by"); None when the line is no such byline."""
    m = cues.BYLINE.match(text)
    if m is None:
        return None
    if _credits_other(text[: m.start("who")] if m.group("who") else ""):
        return [], None
    return names_from_byline(m.group("who") or m.group("who2") or "", lang)


def _credits_other(before: str) -> bool:
    """Whether the words before "by" credit someone other than the writer ("Photo by"); an
    author's avatar ("Avatar photo by Jane Doe") is the writer's."""
    m = _NOT_WRITER.search(_BY_WORD.sub("", before))
    return m is not None and not before[: m.start()].rstrip().lower().endswith("avatar")


def name_beside_date(text: str, date_line: bool = False, lang: str | None = None) -> str | None:
    """The name in a line of a name and a date and little else: "Jane Doe | May 3, 2021",
    "12/19/2025 • Philosophy • Jane Doe • 2 comments". The name must start with a known
    given name, except before the date of a date line ("Jane Doe Published 3 May 2021"):
    elsewhere two capitalised words by a date are as often a category ("Tennis Europa").
    There, one known given name will do too ("Susan December 9, 2024 0 Comments")."""
    hits = find_dates(text)
    if not hits:
        return None
    pieces = []
    at = 0
    for h in hits:
        pieces.append(text[at : h.start])
        at = h.end
    pieces.append(text[at:])
    for piece in pieces:
        for field in FIELD_SPLIT.split(piece):
            ws, _ = lead_name(field.strip(" ,;:-–—"))
            if ws and known_given_name(ws) and (name := bare_name(" ".join(ws), lang)):
                return name
    if date_line:
        fields = [f.strip(" ,;:-–—") for f in FIELD_SPLIT.split(pieces[0])]
        field = next((f for f in reversed(fields) if f), "")
        ws, _ = lead_name(field)
        if ws and all(LABEL_WORD.fullmatch(w) for w in field.split()[len(ws) :]):
            return bare_name(" ".join(ws), lang) or _given_name(" ".join(ws), lang)
    return None


def _eligible(i: int, feats: list[Features], decisions: list[Decision]) -> bool:
    """A line that may carry a byline among other fields: short, and not a body paragraph."""
    n = feats[i].n_words
    if n > BYLINE_LINE_MAX_WORDS:
        return False
    return decisions[i].label is not Label.BODY or n <= SHORT_BODY_WORDS


def find_authors(
    page: Page,
    decisions: list[Decision],
    header: Sequence[int],
    anchors: Sequence[int],
    title_at: int | None = None,
    bare_names: bool = True,
) -> tuple[tuple[str, ...], str | None]:
    """Authors and source from the byline lines of the header; else from a byline inside
    another header line; else, with `bare_names`, a bare name by an anchor (the title or a
    date line)."""
    lines, feats, lang = page.lines, page.feats, page.stopwords_of
    authors: list[str] = []
    source = None
    title = lines[title_at].text if title_at is not None else None
    for i in header:
        if decisions[i].label is Label.BYLINE and (found := _byline_names(lines[i].text, lang)):
            names, src = found
            authors += [n for n in names if n not in authors]
            source = source or src
    if authors:
        return tuple(authors), source
    handle: tuple[tuple[str, ...], str | None] | None = None
    for k, i in enumerate(header):
        text = lines[i].text
        if cues.BYLINE_ALONE.match(text) and k + 1 < len(header):
            names, src = names_from_byline(lines[header[k + 1]].text, lang)
        elif starter := cues.THREAD_STARTER.match(text):
            names, src = names_from_byline(starter.group("who"), lang)
            if names:  # a forum's own label for its thread's author: no other line beats it
                return tuple(names), source or src
        elif i != title_at and _eligible(i, feats, decisions):
            names, src = byline_in_line(text, title, lang)
            date_line = decisions[i].label is Label.DATE
            if not names and (name := name_beside_date(text, date_line, lang)):
                names = [name]
        else:
            continue
        if names and (len(names) > 1 or " " in names[0]):
            return tuple(names), source or src
        # A one-word name ("by jdoe") yields to a full name on a later line.
        handle = handle or ((tuple(names), source or src) if names else None)
    if handle:
        return handle
    if not bare_names:
        return (), source
    (far, known), (near, unknown) = _name_near(page, decisions, header, anchors, title_at)
    if known and far <= CLOSE_NAME_REACH:
        return tuple(known), source
    distant = _distant_byline(page, decisions, header, title_at)
    if distant:
        return distant, source
    # A far known given name ("Yoga Pathways", a site's name in the masthead) yields to an
    # unknown name on the line next to the date.
    if unknown and (not known or (near < far and near <= ADJACENT)):
        return tuple(unknown), source
    return tuple(known), source


def _name_near(
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
    common = _lowercase_words(lines, decisions) if known or unknown else set()
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
    return None if line.bullet is not None else _given_name(line.text, lang)


def _given_name(text: str, lang: str | None) -> str | None:
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


def _lowercase_words(lines: list[Line], decisions: list[Decision]) -> set[str]:
    """Words the page writes in lower case somewhere: common nouns. A surname seldom is one
    ("Event Planning" beside a date is a category: the page says "planning" elsewhere)."""
    return {w for line in lines for w in _LOWER_WORD.findall(line.text)}


def _distant_byline(
    page: Page,
    decisions: list[Decision],
    header: Sequence[int],
    title_at: int | None,
) -> tuple[str, ...]:
    """Names from the "By" line nearest the headline elsewhere on the page, above the reader
    comments: when the headline was taken from a teaser, or an author box closes the article."""
    lines, lang = page.lines, page.stopwords_of
    if not header:
        return ()
    anchor = title_at if title_at is not None else header[0]
    inside = set(header)
    comments = find_section_start(page, header[0])
    found = sorted(
        (abs(i - anchor), i)
        for i in range(comments)
        if i not in inside
        and (
            decisions[i].label is Label.BYLINE
            or (not lines[i].blank and cues.BYLINE_ALONE.match(lines[i].text))
        )
    )
    common: set[str] | None = None
    for _, i in found:
        if _filter_item(lines, i, lang):
            continue
        names = _distant_names(lines, i, comments, lang)
        # Far from the headline, "By Region", "by industry" or "By Use Case" is a filter:
        # one word must be a given name or a handle with digits ("by Bo2man"), and a name
        # may not be words the page writes in lower case.
        if not names or (len(names) == 1 and not handle_or_given(names[0])):
            continue
        common = common if common is not None else _lowercase_words(lines, decisions)
        if not all(w.lower() in common for w in names[0].split() if w not in PARTICLES):
            return tuple(names)
    return ()


def _filter_item(lines: list[Line], i: int, lang: str | None) -> bool:
    """Whether a "By" line is one of a menu's list of filters: a list item beside another
    list item that opens with "By" too ("* By Company Size", "* By Role")."""
    if lines[i].bullet is None:
        return False
    return any(
        j is not None and lines[j].bullet is not None and _byline_names(lines[j].text, lang)
        for j in (prev_nonblank(lines, i), next_nonblank(lines, i))
    )


def _distant_names(lines: list[Line], i: int, end: int, lang: str | None) -> list[str]:
    """The names of a byline line ("By Jane Doe"), or of a byline label alone on its line
    ("Written by") and the next non-blank line before `end` when that is a name line."""
    text = lines[i].text
    found = _byline_names(text, lang)
    if found is not None:
        return found[0]
    after = nonblank_from(lines, i + 1, 1, end)
    if not after or not cues.BYLINE_ALONE.match(text):
        return []
    # The next line is the name and perhaps a job title, or a handle: no sentence or search
    # box ("By:" / "Search Advanced search…").
    name = lines[after[0]].text.strip()
    return name_line(name, lang) if " " in name else names_from_byline(name, lang)[0]
