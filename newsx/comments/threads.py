"""Stage 6, comments: the reader comments, split into records, from the comment section on.

A comment section is a chain of record headers (newsx.comments.headers: a name and a date,
"X says:", a name line over a date line) with the comments' text between them. The chain
runs as long as headers keep coming; the last comment's text ends at the page's next block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsx.comments.header_words import FORM, PINGBACK
from newsx.comments.headers import (
    Head,
    header,
    header_at,
    is_control,
    record_headers,
    telling,
)
from newsx.comments.section import is_section_heading
from newsx.pipeline.features import Features
from newsx.pipeline.line_rules import Decision, is_prose
from newsx.records import Comment, Label
from newsx.text.lines import Line, next_nonblank
from newsx.vocab import cues

#: After the last header, its comment runs at most this many non-blank lines: the page's
#: footer and sidebars follow without a heading often enough.
LAST_COMMENT_MAX_LINES = 25
#: A line repeated this often on the page is a button or a counter, even inside a comment
#: section; a greeting or signature ("Liebe Grüße") repeats less.
BUTTON_REPEATS = 2


@dataclass(frozen=True)
class CommentSection:
    comments: tuple[Comment, ...]
    stated_count: int | None
    changes: tuple[tuple[int, Decision], ...]
    """Relabelled lines: (index, decision)."""
    end: int
    """Index just past the comment section."""


def _looks_like_end(lines: list[Line], feats: list[Features], i: int) -> bool:
    """A heading followed by a list: the page's next block, not a comment."""
    if is_prose(feats[i]) or feats[i].sentence_end:
        return False
    nxt = next_nonblank(lines, i)
    if nxt is None:
        return True
    if header(lines[nxt].text, feats[nxt]) is not None or is_control(lines[nxt].text):
        return False
    return bool(lines[nxt].bullet) or not (is_prose(feats[nxt]) or feats[nxt].sentence_end)


def _heads_a_list(lines: list[Line], feats: list[Features], i: int) -> bool:
    """A short heading over a list of links that are not comment headers ("Most Popular",
    "1. Harbour reopens"): the page's next block, even when headers come further down."""
    if is_prose(feats[i]) or feats[i].sentence_end or lines[i].bullet:
        return False
    if is_control(lines[i].text):
        return False
    nxt = next_nonblank(lines, i)
    if nxt is None or not lines[nxt].bullet:
        return False
    return header_at(lines, feats, nxt) is None and not is_control(lines[nxt].text)


def _stated_count(text: str) -> int | None:
    m = cues.COMMENT_COUNT.search(text)
    if not m:
        return None
    return int(re.sub(r"\D", "", m.group(1) or m.group(2)) or 0)


def parse_comments(
    lines: list[Line], feats: list[Features], start: int, headed: bool = True
) -> CommentSection:
    """Comments from the section heading at `start` (or the first comment header, when
    `headed` is False) to the next block of the page."""
    if not headed and start < len(lines) and is_section_heading(lines[start].text):
        headed = True
    stated = _stated_count(lines[start].text) if headed and start < len(lines) else None
    if stated == 0:
        # "0 comments": a counter (often under the headline), and nothing to read.
        heading = Decision(Label.COMMENT_HEADER, "comment section heading")
        return CommentSection((), 0, ((start, heading),), start + 1)
    heads = record_headers(lines, feats, start + 1 if headed else start)
    if not heads:
        return _headless(lines, feats, start, headed, stated)
    section = _records(lines, feats, start, headed, stated, heads)
    if headed or any(telling(h) for _, h in heads):
        return section
    # Dated lines without a heading, without "says", times or IPs: a list of teasers or
    # archive links after the article, not reader comments.
    furniture = Decision(Label.BOILERPLATE, "dated list after the article")
    return CommentSection((), None, tuple((i, furniture) for i, _ in section.changes), section.end)


def _records(
    lines: list[Line],
    feats: list[Features],
    start: int,
    headed: bool,
    stated: int | None,
    heads: list[tuple[int, Head]],
) -> CommentSection:
    """A section with record headers: text between them belongs to the header above."""
    changes: list[tuple[int, Decision]] = []
    if headed:
        changes.append((start, Decision(Label.COMMENT_HEADER, "comment section heading")))
    before = [i for i in range(start + 1 if headed else start, heads[0][0]) if not lines[i].blank]
    if all(h.kind == "stamp" for _, h in heads) and any(
        is_prose(feats[i]) and not _is_button(lines[i], feats[i]) for i in before
    ):
        return _footer_records(lines, feats, start, headed, stated, heads)
    records: list[Comment] = []
    texts: list[list[int]] = []
    end = len(lines)
    for k, (first, head) in enumerate(heads):
        if end < len(lines):
            break
        records.append(head.comment)
        texts.append([])
        changes.append((first, Decision(Label.COMMENT_HEADER, "name and date of a comment")))
        if head.last > first:
            changes.append((head.last, Decision(Label.COMMENT_HEADER, "date of a comment")))
        final = k == len(heads) - 1
        stop = heads[k + 1][0] if not final else len(lines)
        in_form = False
        n = 0
        for i in range(head.last + 1, stop):
            line, f = lines[i], feats[i]
            if line.blank:
                continue
            n += 1
            if texts[-1] and (
                (final and (n > LAST_COMMENT_MAX_LINES or _looks_like_end(lines, feats, i)))
                or cues.RELATED_HEADER.match(line.text)
                or _heads_a_list(lines, feats, i)
            ):
                end = i
                break
            if final and not texts[-1] and _heads_a_list(lines, feats, i):
                end = i
                break
            if FORM.match(line.text) or in_form:
                in_form = True
                changes.append((i, Decision(Label.BOILERPLATE, "comment form")))
            elif _is_button(line, f):
                changes.append((i, Decision(Label.BOILERPLATE, "comment button")))
            else:
                texts[-1].append(i)
    for i in before:
        changes.append((i, Decision(Label.BOILERPLATE, "comment form")))
    for t in texts:
        changes.extend((i, Decision(Label.COMMENT, "text of a comment")) for i in t)
    comments = _finish(records, [[lines[i].text for i in t] for t in texts])
    return CommentSection(comments, stated, tuple(changes), end)


def _footer_records(
    lines: list[Line],
    feats: list[Features],
    start: int,
    headed: bool,
    stated: int | None,
    heads: list[tuple[int, Head]],
) -> CommentSection:
    """A section whose stamps close the comments ("Jane" / her text / "18. September um
    08:37"): the text above each stamp is its comment; the section ends at the last one."""
    changes: list[tuple[int, Decision]] = []
    if headed:
        changes.append((start, Decision(Label.COMMENT_HEADER, "comment section heading")))
    comments: list[Comment] = []
    lo = start + 1 if headed else start
    for first, head in heads:
        text: list[str] = []
        for i in range(lo, first):
            if lines[i].blank:
                continue
            if _is_button(lines[i], feats[i]):
                changes.append((i, Decision(Label.BOILERPLATE, "comment button")))
            else:
                text.append(lines[i].text)
                changes.append((i, Decision(Label.COMMENT, "text of a comment")))
        for i in range(first, head.last + 1):
            if not lines[i].blank:
                changes.append((i, Decision(Label.COMMENT_HEADER, "date closing a comment")))
        if text:
            c = head.comment
            comments.append(Comment(c.author, c.date, c.ip, "\n".join(text)))
        lo = head.last + 1
    end = next_nonblank(lines, heads[-1][1].last) or len(lines)
    return CommentSection(tuple(comments), stated, tuple(changes), end)


def _is_button(line: Line, f: Features) -> bool:
    """Buttons, counters, pingbacks and template lines repeated down the section."""
    if is_control(line.text) or PINGBACK.match(line.text) or FORM.match(line.text):
        return True
    return f.repeats >= BUTTON_REPEATS and not is_prose(f)


def _finish(records: list[Comment], texts: list[list[str]]) -> tuple[Comment, ...]:
    """Records with text; a dated header without text after a comment that had no date is
    that comment's footer ("Anonymous said..." / text / "March 3, 2011 at 5:01 PM")."""
    out: list[Comment] = []
    for k, (c, t) in enumerate(zip(records, texts)):
        if t:
            out.append(Comment(c.author, c.date, c.ip, "\n".join(t)))
        elif out and c.author is None and c.date and out[-1].date is None and texts[k - 1]:
            last = out[-1]
            out[-1] = Comment(last.author, c.date, last.ip or c.ip, last.text)
    return tuple(out)


def _headless(
    lines: list[Line], feats: list[Features], start: int, headed: bool, stated: int | None
) -> CommentSection:
    """A section without record headers: its prose up to the page's next block."""
    changes: list[tuple[int, Decision]] = []
    texts: list[str] = []
    end = len(lines)
    for i in range(start, len(lines)):
        line, f = lines[i], feats[i]
        if line.blank:
            continue
        if i == start and headed:
            changes.append((i, Decision(Label.COMMENT_HEADER, "comment section heading")))
        elif is_control(line.text) or (f.repeats and not is_prose(f)):
            changes.append((i, Decision(Label.BOILERPLATE, "comment button")))
        elif texts and _looks_like_end(lines, feats, i):
            end = i
            break
        elif texts or is_prose(f):
            texts.append(line.text)
            changes.append((i, Decision(Label.COMMENT, "text of a comment")))
        else:
            changes.append((i, Decision(Label.BOILERPLATE, "comment form")))
    comments = (Comment(text="\n".join(texts)),) if texts else ()
    return CommentSection(comments, stated, tuple(changes), end)
