"""Where a page's reader comments start: the one place that decides it.

A comment section opens with a heading: a strong one ("3 comments", "Leave a reply",
"Kommentare (12)": vocab.cues.COMMENT_START) wherever it stands, a weak one ("Discussion",
"Ihre Meinung": COMMENT_HEADING_WEAK) only with comment headers under it. Without a
heading, a chain of comment headers after most of the article's prose opens it. The
labelling (the body ends above the heading), the classifier's comment cue and the bylines
(a name below the heading is a commenter's) all ask here.
"""

from __future__ import annotations

from newsx.comments.headers import Head, header_at, record_headers, telling
from newsx.pipeline.page import Page
from newsx.text.lines import Line, next_nonblank, prev_nonblank
from newsx.vocab import cues

#: A comment heading may carry the article's title ("11 responses to “...”"); its pattern
#: bounds its own length, and longer lines are paragraphs, not tried.
HEADING_MAX_WORDS = 45
#: How far after the body a comment section heading may stand and still be this article's.
START_REACH = 40
#: Without a section heading, two comment headers this close (in lines) mark the section.
UNHEADED_GAP = 40
#: ...and only once this share of the article's prose weight lies above them: comments
#: follow the article, while bylines and dates sit at its top.
UNHEADED_AFTER_SHARE = 0.6
#: A comment heading somewhat above the article's run is still the section's heading when
#: record headers follow it: the run then holds the comments rather than the article.
HEADING_LOOKBACK = 60
#: Between a comment heading above the article's run and its first record header stand a
#: pager or a sorting button or two, not the article: more non-blank lines than this, and
#: the heading is a counter under the headline whose article lies between.
ABOVE_HEADER_GAP = 10
#: A heading that stands above most of the article's prose needs this many record headers
#: under it to be believed: a lone "3 comments" link under a headline is a counter.
EARLY_HEADING_MIN_HEADERS = 2


def is_comment_heading(text: str, n_words: int) -> bool:
    """A strong comment heading: "3 comments", "Leave a reply", "Kommentare (12)"."""
    return n_words <= HEADING_MAX_WORDS and cues.COMMENT_START.match(text) is not None


def is_section_heading(text: str) -> bool:
    """A comment section heading, strong ("3 comments") or weak ("Discussion")."""
    return bool(cues.COMMENT_START.match(text) or cues.COMMENT_HEADING_WEAK.match(text))


def find_section_start(page: Page, after: int, end: int | None = None) -> int:
    """Index of the comment section's heading at or after `after`, or len(lines): the first
    line that opens a section (_opens_section), no further than START_REACH lines after
    `end` (the article's last line) when given."""
    lines = page.lines
    limit = len(lines) if end is None else min(len(lines), end + START_REACH)
    return next((i for i in range(after, limit) if _opens_section(page, i)), len(lines))


def _opens_section(page: Page, i: int) -> bool:
    """A strong comment heading that is no link ("31 comments" beside the byline points to
    the comments) and does not count zero ("0 Kommentare" heads nothing)."""
    text = page.lines[i].text
    if not is_comment_heading(text, page.feats[i].n_words):
        return False
    return not page.is_link(i) and not cues.no_comments(text)


def heading_above(page: Page, start: int) -> int | None:
    """A comment section heading at most HEADING_LOOKBACK lines above `start` (the first
    line of the page's heaviest run) with EARLY_HEADING_MIN_HEADERS telling record headers
    under it ("Jane, May 3, 2020 at 5:01 pm"), the first of them above the run: the run is
    then the comments, which outweigh an article made of short lines (a list of names, a
    gallery's captions). The nearest such heading counts, and only with at most
    ABOVE_HEADER_GAP lines before its first header: a counter under the headline ("3
    comments") reaches the same headers past the article between. A counter whose article
    is the run ("10 Kommentare") has no header above the run."""
    lines, feats = page.lines, page.feats
    for i in range(min(start, len(lines)) - 1, max(0, start - HEADING_LOOKBACK) - 1, -1):
        if not _opens_section(page, i):
            continue
        under = record_headers(lines, feats, i + 1, EARLY_HEADING_MIN_HEADERS, bylines=False)
        if len(under) < EARLY_HEADING_MIN_HEADERS or under[0][0] >= start:
            continue
        if sum(not line.blank for line in lines[i + 1 : under[0][0]]) > ABOVE_HEADER_GAP:
            continue
        if all(telling(h) for _, h in under):
            return i
    return None


def find_unheaded_start(page: Page, weights: list[float], span: tuple[int, int]) -> int | None:
    """Where a comment section the labelling stage missed starts: a comment heading with
    record headers under it (anywhere from a little above the article on), or else the first
    of two comment headers close together past most of the article's prose, or the first of
    a chain of headers that leads to a telling one past it (long comments the labelling stage
    ran the body over weigh as much as the article's prose)."""
    lines, feats = page.lines, page.feats
    start, end = span
    prose = [max(0.0, weights[i]) for i in range(start, end)]
    total, seen, after = sum(prose), 0.0, end
    for k, w in enumerate(prose):
        seen += w
        if seen >= UNHEADED_AFTER_SHARE * total:
            after = start + k + 1
            break
    for i in range(len(lines)):
        line = lines[i]
        if line.blank or feats[i].n_words > HEADING_MAX_WORDS or _in_list(lines, i):
            continue
        if not is_section_heading(line.text) or cues.no_comments(line.text):
            continue
        need = 1 if i >= after else EARLY_HEADING_MIN_HEADERS
        under = record_headers(lines, feats, i + 1, need, bylines=False)
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
        if not heads and telling(found) and (back := _chain_back(page, start, (i, found))) < i:
            return back  # the prose ran on past the section's start: its comments are long
        if heads and i - heads[-1][0] <= UNHEADED_GAP:
            if not telling(heads[-1][1]):
                return heads[-1][0]
            return _chain_back(page, start, heads[-1])
        heads.append((i, found))
        i = found.last + 1
    return None


def _in_list(lines: list[Line], i: int) -> bool:
    """A list item with another list item next to it: a menu entry ("* Reviews")."""
    if not lines[i].bullet:
        return False
    j = next_nonblank(lines, i)
    k = prev_nonblank(lines, i)
    return (j is not None and bool(lines[j].bullet)) or (k is not None and bool(lines[k].bullet))


def _chain_back(page: Page, lo: int, first: tuple[int, Head]) -> int:
    """The first header of the chain that leads to `first`: headers of the same shape, each
    within UNHEADED_GAP lines of the next, from `lo` on. The section's start may lie above
    the point where the article's prose ran out, when the comments are long."""
    lines, feats = page.lines, page.feats
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
