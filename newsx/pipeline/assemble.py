"""Stage 7, assembly: the Article record from the labelled lines, metadata and comments."""

from __future__ import annotations

import os
from collections.abc import Collection

from newsx.comments.threads import CommentSection
from newsx.meta.metadata import Metadata
from newsx.pipeline.line_rules import Decision
from newsx.records import Article, Label, Options
from newsx.text.lines import Line
from newsx.text.words import count_words

#: Related-link lines often start with the image's alt text, the same for every item; a
#: shared prefix of at least this many characters on two or more items is that alt text.
MIN_SHARED_PREFIX = 8


def paragraphs(lines: list[Line], decisions: list[Decision], want: Label) -> list[str]:
    """Lines with label `want`; lines not separated by a blank line join into one paragraph."""
    out: list[str] = []
    current: list[str] = []
    for line, d in zip(lines, decisions):
        if d.label is want:
            current.append(line.display)
        elif current and (line.blank or d.label is not Label.BLANK):
            out.append("\n".join(current))
            current = []
    if current:
        out.append("\n".join(current))
    return out


def strip_shared_prefix(items: list[str], page_lines: Collection[str]) -> list[str]:
    """Remove an image alt text repeated at the start of every related link.

    Only a prefix that stands as a line of its own on the page (the alt text is usually the
    headline) is removed: links that merely share their first words keep them.
    """
    if len(items) < 2:
        return items
    prefix = os.path.commonprefix(items)  # noqa: RUF071 (characters are what we compare)
    cut = prefix.rfind(" ") + 1 if not prefix.endswith(" ") else len(prefix)
    if cut < MIN_SHARED_PREFIX or any(len(s) <= cut for s in items):
        return items
    if prefix[:cut].strip() not in page_lines:
        return items
    return [s[cut:].strip() for s in items]


def assemble(
    lines: list[Line],
    decisions: list[Decision],
    meta: Metadata,
    section: CommentSection | None,
    language: str | None,
    options: Options,
) -> Article:
    body_paras = paragraphs(lines, decisions, Label.BODY)
    body = "\n\n".join(body_paras)
    related_lines = [
        line.text
        for line, d in zip(lines, decisions)
        if d.label is Label.RELATED and d.reason != "related-links heading"
    ]
    comments = section.comments if section and options.comments else ()
    count = None
    if options.comments:
        count = (
            section.stated_count if section and section.stated_count is not None else len(comments)
        )
    return Article(
        title=meta.title,
        authors=meta.authors,
        source=meta.source,
        published=meta.published,
        updated=meta.updated,
        dateline=meta.dateline,
        section=meta.section,
        language=language,
        body=body,
        captions=tuple(paragraphs(lines, decisions, Label.CAPTION)),
        related=tuple(strip_shared_prefix(related_lines, {line.text for line in lines})),
        comments=comments,
        comment_count=count,
        word_count=count_words(body),
    )
