"""Authors and source: from "By ..." lines, from bylines inside date lines, or from a bare
name beside the date or the headline (newsx.meta.bare_names). How a name is read from its
text is newsx.meta.names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsx.comments.section import find_section_start
from newsx.meta.bare_names import CLOSE_NAME_REACH, given_name, lowercase_words, name_near
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

#: A line that carries a byline among other things ("Posted on May 3 by Jane Doe | 2
#: comments") is short; a longer one is prose that mentions someone ("... said Jane Doe").
BYLINE_LINE_MAX_WORDS = 25
#: A body line this short may still be a byline the labeller kept in the body ("Dec 19,
#: 2025 · Jane Doe"); longer body lines are prose.
SHORT_BODY_WORDS = 12
#: An unknown name on the line next to a date line (or the headline) outranks a known given
#: name farther off than CLOSE_NAME_REACH.
ADJACENT = 1
#: Verbs of writing, posting and publishing: a byline field may open with one, and one may
#: stand before a "by" inside a line.
_VERBS = WRITING_VERBS + POSTING_VERBS + PUBLISHING_VERBS
#: Who is credited "by" here did not write the article: "Photo by", "Reviewed by", "Edited by".
_NOT_WRITER = re.compile(rf"{alt(NOT_WRITER_WORDS)}\s*:?\s*$", re.IGNORECASE)
#: Words before "by" that make a byline of what follows, wherever it stands in its line:
#: "Published on May 3 by", "Veröffentlicht am 12. Juni von", "Eine Kolumne von".
_BYLINE_VERB = re.compile(rf"{alt(_VERBS + PIECE_NOUNS + AUTHOR_WORDS)}\W*$", re.IGNORECASE)
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
            return bare_name(" ".join(ws), lang) or given_name(" ".join(ws), lang)
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
    (far, known), (near, unknown) = name_near(page, decisions, header, anchors, title_at)
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
        common = common if common is not None else lowercase_words(lines)
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
