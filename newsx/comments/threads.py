"""Stage 6, comments: the reader comments, split into records, from the comment section on.

A comment section is a chain of record headers (newsx.comments.headers: a name and a date,
"X says:", a name line over a date line) with the comments' text between them. The chain
runs as long as headers keep coming; the last comment's text ends at the page's next block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsx.comments.headers import (
    FORM,
    PINGBACK,
    Head,
    header,
    header_at,
    is_control,
    next_nonblank,
    telling,
)
from newsx.pipeline.features import Features
from newsx.pipeline.labelling import Decision, is_prose
from newsx.records import Comment, Label
from newsx.text.lines import Line
from newsx.vocab import alt, cues
from newsx.vocab.discussion import COMMENT_NOUNS

#: Without a section heading, two comment headers this close (in lines) mark the section.
UNHEADED_GAP = 40
#: ...and only once this share of the article's prose weight lies above them: comments
#: follow the article, while bylines and dates sit at its top.
UNHEADED_AFTER_SHARE = 0.6
#: Under a heading, the first record header may follow a comment form, sorting buttons and
#: a notice or two: this many non-blank lines.
FIRST_HEADER_REACH = 40
#: Between two records' headers stand one comment's paragraphs and its buttons. A comment
#: of this many non-blank lines is rare; a gap this long means the section has ended.
HEADER_GAP = 40
#: After the last header, its comment runs at most this many non-blank lines: the page's
#: footer and sidebars follow without a heading often enough.
LAST_COMMENT_MAX_LINES = 25
#: A comment heading somewhat above the article's run is still the section's heading when
#: record headers follow it: the run then holds the comments rather than the article.
HEADING_LOOKBACK = 60
#: A heading that stands above most of the article's prose needs this many record headers
#: under it to be believed: a lone "3 comments" link under a headline is a counter.
EARLY_HEADING_MIN_HEADERS = 2
#: A line repeated this often on the page is a button or a counter, even inside a comment
#: section; a greeting or signature ("Liebe Grüße") repeats less.
BUTTON_REPEATS = 2


#: Headings that name a comment section only when record headers follow them: "Discussion"
#: and "Reviews" also head parts of articles. Glued prefixes ("RSSKommentare (34)") too.
_WEAK_HEADING = re.compile(
    r"^[^\w\s]{0,3}\s*(?:[^\W\d_]{1,8}(?:kommentare|comments)|discussions?|diskussion(?:en)?|"
    r"débats?|réactions?|reacciones|reazioni|reações|обсуждение|отзывы|"
    r"what\s+(?:readers|people|you|others)\s+(?:say|said|think)|reader\s+interactions|"
    r"(?:ihre?|deine?|eure|your|votre|vos|tu|su|la\s+tua|sua)\s+"
    rf"(?:meinung|opinion|opinión|opinione|opinião|avis|{alt(COMMENT_NOUNS)})|"
    r"was\s+(?:sagst\s+du|sagen\s+sie|meinst\s+du|meinen\s+sie)\s+dazu|meinungen|leserbriefe|"
    r"(?:kunden)?bewertungen|(?:customer\s+)?reviews|avis\s+clients|rezensionen)\b"
    r"[^\n]{0,100}$",
    re.I,
)


def is_heading(text: str) -> bool:
    """A comment section heading, strong ("3 comments") or weak ("Discussion")."""
    return bool(cues.COMMENT_START.match(text) or _WEAK_HEADING.match(text))


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


def _headers(
    lines: list[Line],
    feats: list[Features],
    start: int,
    limit: int | None = None,
    bylines: bool = True,
) -> list[tuple[int, Head]]:
    """The chain of record headers from `start`: (first line, header); only the first
    `limit` when given. Without `bylines`, a line like "By Jane Doe | May 19, 2024" is the
    article's byline, not a comment's header."""
    out: list[tuple[int, Head]] = []
    seen = 0
    i = start
    while i < len(lines) and (limit is None or len(out) < limit):
        if lines[i].blank:
            i += 1
            continue
        found = header_at(lines, feats, i)
        if found is not None and (bylines or not cues.BYLINE.match(lines[i].text)):
            out.append((i, found))
            i, seen = found.last + 1, 0
            continue
        seen += 1
        if seen > (HEADER_GAP if out else FIRST_HEADER_REACH):
            break
        i += 1
    return out


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
    if not headed and start < len(lines) and is_heading(lines[start].text):
        headed = True
    stated = _stated_count(lines[start].text) if headed and start < len(lines) else None
    if stated == 0:
        # "0 comments": a counter (often under the headline), and nothing to read.
        heading = Decision(Label.COMMENT_HEADER, "comment section heading")
        return CommentSection((), 0, ((start, heading),), start + 1)
    heads = _headers(lines, feats, start + 1 if headed else start)
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


def find_unheaded_start(
    lines: list[Line], feats: list[Features], decisions: list[Decision], span: tuple[int, int]
) -> int | None:
    """Where a comment section the labelling stage missed starts: a comment heading with
    record headers under it (anywhere from a little above the article on), or else the first
    of two comment headers close together past most of the article's prose."""
    start, end = span
    prose = [max(0.0, decisions[i].weight) for i in range(start, end)]
    total, seen, after = sum(prose), 0.0, end
    for k, w in enumerate(prose):
        seen += w
        if seen >= UNHEADED_AFTER_SHARE * total:
            after = start + k + 1
            break
    for i in range(len(lines)):
        line = lines[i]
        if line.blank or feats[i].n_words > cues.COMMENT_START_MAX_WORDS or _in_list(lines, i):
            continue
        if not is_heading(line.text) or cues.no_comments(line.text):
            continue
        need = 1 if i >= after else EARLY_HEADING_MIN_HEADERS
        under = _headers(lines, feats, i + 1, need, bylines=False)
        if i < start - HEADING_LOOKBACK:
            # Far above the article's run: only a clear comment section will do.
            under = [h for h in under if telling(h[1])]
        if len(under) >= need:
            return i
    heads: list[tuple[int, Head]] = []
    i = after
    while i < len(lines):
        if lines[i].blank or cues.BYLINE.match(lines[i].text):
            i += 1
            continue
        found = header_at(lines, feats, i)
        if found is None:
            i += 1
            continue
        if heads and i - heads[-1][0] <= UNHEADED_GAP:
            if not telling(heads[-1][1]):
                return heads[-1][0]
            return _chain_back(lines, feats, start, heads[-1])
        heads.append((i, found))
        i = found.last + 1
    return None


def _in_list(lines: list[Line], i: int) -> bool:
    """A list item with another list item next to it: a menu entry ("* Reviews")."""
    if not lines[i].bullet:
        return False
    j = next_nonblank(lines, i)
    k = next((k for k in range(i - 1, -1, -1) if not lines[k].blank), None)
    return (j is not None and bool(lines[j].bullet)) or (k is not None and bool(lines[k].bullet))


def _chain_back(lines: list[Line], feats: list[Features], lo: int, first: tuple[int, Head]) -> int:
    """The first header of the chain that leads to `first`: headers of the same shape, each
    within UNHEADED_GAP lines of the next, from `lo` on. The section's start may lie above
    the point where the article's prose ran out, when the comments are long."""
    kind = first[1].kind
    earlier: list[int] = []
    i = lo
    while i < first[0]:
        found = None if lines[i].blank else header_at(lines, feats, i)
        if found is None or cues.BYLINE.match(lines[i].text):
            i += 1
            continue
        if found.kind == kind:
            earlier.append(i)
        i = found.last + 1
    at = first[0]
    for k in reversed(earlier):
        if at - k > UNHEADED_GAP:
            break
        at = k
    return at
