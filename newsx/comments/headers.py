"""Stage 6, comments: one reader comment's header line, read into author, date and IP.

A record header is the line (or two) that opens a comment: a name and a date ("Nic at
2011-10-23175.138.64.*"), "X says:", a name line over a date line, a relative stamp ("vor
3 Stunden"), a name glued to its date. newsx.comments.threads chains these headers into the
comment section and splits it into records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from newsx.comments.header_words import (
    AGO,
    AUTHOR_PREFIX,
    CONTROL_REST,
    CONTROL_WORD,
    FORM,
    PINGBACK,
    SAYS,
    SAYS_ENDINGS,
    WEEKDAY_END,
)
from newsx.meta.dates import find_dates
from newsx.pipeline.features import Features
from newsx.records import Comment
from newsx.text.lines import Line, next_nonblank
from newsx.vocab import cues

#: A commenter's name is short; longer text before a date is a sentence that mentions one.
AUTHOR_MAX_WORDS = 5
#: A name glued to the date after it ("Jane Bakes At HomeMay 30, 2019") is how
#: Blogger prints a header, never a sentence: a blog's name may run this long.
GLUED_AUTHOR_MAX_WORDS = 8
#: A header line holds a name, a date and little else (buttons such as "Reply" may follow).
HEADER_MAX_WORDS = 14
#: After its stamp a header holds buttons, a masked IP or the name at most: more words
#: than this mean the line is a sentence that starts with a date.
TRAILING_MAX_WORDS = 3
#: Header lines are short: longer ones are never read as headers (this also bounds the cost
#: of the patterns on hostile input).
HEADER_MAX_CHARS = 200
#: Header checks are remembered for this many distinct lines: the section scans look at
#: each line more than once (as a header, as the line under a name, as a block's end).
HEADER_CACHE_SIZE = 4096
#: Under a heading, the first record header may follow a comment form, sorting buttons and
#: a notice or two: this many non-blank lines.
FIRST_HEADER_REACH = 40
#: Between two records' headers stand one comment's paragraphs and its buttons. A comment
#: of this many non-blank lines is rare; a gap this long means the section has ended.
HEADER_GAP = 40

#: "Nic at 2011-10-23", "Anna am 21. Oktober 2011", "Paul on March 3, 2020 at 5:01 pm".
_AT = re.compile(
    r"^(?P<author>\S.{0,60}?)\s+(?:at|on|am|le|el|il|em|op|um|—|-|\||/)\s+(?=.*\d)", re.I
)
#: A masked IP address as comment systems print it: "175.138.64.*".
_IP = re.compile(r"\d{1,3}\.\d{1,3}\.(?:\d{1,3}|\*)\.(?:\d{1,3}|\*)")
#: A bare time closing a short header: "Ruby 21:00", "Unknown07:56" (Blogger's replies).
_TIME_END = re.compile(r"(?<![\d:.])\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:am|pm|uhr|h))?$", re.I)
#: Escapes html2text leaves inside dates ("18\\. Oktober").
_ESCAPE = re.compile(r"\\(?=[.\-*_])")
#: "14. 01. 2020": a day-first numeric date with spaces after its dots.
_SPACED_DATE = re.compile(r"\b(\d{1,2})\.\s(\d{1,2})\.\s(\d{2,4})\b")
#: A name glued to the date after it: "Erika6. Juni 2015", "Jane RoeMay 31, 2019", "Ruby21:00".
_GLUED = re.compile(
    r"(?<=[^\W\d_])(?=\d{1,2}(?:\.\s|:\d\d))|(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ][a-zà-ÿ]{2,8}\.?\s\d)"
)
#: A word of the text after a header's stamp (not a number or a "#").
_WORD = re.compile(r"[^\W\d_]+")


def _clean(text: str) -> str:
    """The line as a header reader wants it: no markdown heading marks or escapes."""
    text = text.lstrip("#> ").rstrip()
    if "\\" in text:
        text = _ESCAPE.sub("", text)
    if ". " in text:
        text = _SPACED_DATE.sub(r"\1.\2.\3", text)
    return text


def _author(text: str) -> str | None:
    """The name part of a header, or None when it holds no name."""
    author = text.strip(" -|•·,:>#")
    for _ in range(2):
        m = AUTHOR_PREFIX.match(author)
        if not m:
            break
        author = author[m.end() :]
    author = WEEKDAY_END.sub("", author).strip(" -|•·,:")
    if not any(c.isalpha() for c in author) or is_control(author):
        return None
    return author


def _stamp(text: str) -> tuple[str, int, int, str | None] | None:
    """The header's date or time stamp: the text it was found in (a name glued to it is
    split off first when needed), its span there and its ISO form if it is a date."""
    if not any(map(str.isdigit, text)):
        # Every date and time has a digit; only "a year ago" and the like do without.
        m = AGO.search(text)
        return None if m is None else (text, m.start(), m.end(), None)
    glued = _GLUED.sub(" ", text)
    works = (text,) if glued == text else (text, glued)
    for work in works:
        hits = find_dates(work)
        if hits:
            return work, hits[0].start, hits[0].end, hits[0].iso
    for work in works:
        m = AGO.search(work) or _TIME_END.search(work)
        if m:
            return work, m.start(), m.end(), None
    return None


def is_control(text: str) -> bool:
    """A button, counter or thread marker: "Reply", "ReplyDelete", "12 points", "level 2"."""
    if len(text) > 60:
        return False
    rest = CONTROL_WORD.sub("", text)
    return CONTROL_REST.fullmatch(rest) is not None


@dataclass(frozen=True)
class Head:
    """A record header as read from one or two lines."""

    comment: Comment
    """Author, date and IP; no text yet."""
    kind: str
    """Its shape: "says", "dated" (name and stamp), "stamp" (stamp alone), "pair" (a name
    line over a stamp line), "says-pair" ("Jane says:" over a stamp line)."""
    last: int = -1
    """Index of its last line (set by header_at)."""


def header(text: str, f: Features) -> Head | None:
    """A comment record's author, date and IP when `text` is a header line."""
    if f.n_words > HEADER_MAX_WORDS or len(text) > HEADER_MAX_CHARS:
        return None
    return _header(text, f.sentence_end)


@lru_cache(maxsize=HEADER_CACHE_SIZE)
def _header(text: str, sentence_end: bool) -> Head | None:
    if PINGBACK.match(text):
        return None
    text = _clean(text)
    m = SAYS.match(text) if text.rstrip(" :.…").lower().endswith(SAYS_ENDINGS) else None
    if m and _says_author(m.group("author"), text):
        return Head(Comment(author=_author(m.group("author"))), "says")
    if sentence_end and not text.endswith(":"):
        return None
    stamp = _stamp(text)
    if stamp is None:
        return None
    work, start, end, iso = stamp
    ip_m = _IP.search(work, end)
    ip = ip_m.group() if ip_m and "*" in ip_m.group() else None
    m = _AT.match(work)
    before = m.group("author") if m and m.end() <= start + 1 else work[:start]
    glued = work is not text or (start > 0 and work[start - 1].isalpha())
    most = GLUED_AUTHOR_MAX_WORDS if glued else AUTHOR_MAX_WORDS
    if len(before.split()) > most or before.rstrip().endswith(":"):
        # A sentence that mentions a date, or a label ("Date:", "Updated:").
        return None
    after = work[ip_m.end() if ip_m and ip else end :]
    if len(_WORD.findall(after)) > TRAILING_MAX_WORDS and not is_control(after):
        # "As of July 31, 2025, the FDA has received:" goes on after its date.
        return None
    # Before a bare time, digits belong to a date without its year ("18. September um").
    author = None if iso is None and any(map(str.isdigit, before)) else _author(before)
    tail = after.strip(" -|•·,:>#/")
    if author is None and not before.strip(" -|•·,:>#") and not tail[:1].isdigit():
        # "23.09.20 | 18:19 Rezeptsammlerin": the name after the date.
        author = _author(after)
    return Head(Comment(author=author, date=iso, ip=ip), "stamp" if author is None else "dated")


def _says_author(author: str, text: str) -> bool:
    """A name before "says": short, and without a colon ("Jane Doe says") free of the
    punctuation of a headline ("Groundwater gets worse, agency says")."""
    if len(author.split()) > AUTHOR_MAX_WORDS:
        return False
    return text.endswith((":", ".", "…")) or not any(c in author for c in ',;.!?"“”')


def _name_line(line: Line, f: Features) -> str | None:
    """A line that can be a commenter's name over a date line."""
    if f.n_words > AUTHOR_MAX_WORDS or f.n_words == 0 or (f.sentence_end and f.n_words > 1):
        return None
    text = _clean(line.text)
    if cues.BOILERPLATE.search(text) or cues.COMMENT_START.match(text) or FORM.match(text):
        return None
    return _author(text)


def _line_header(line: Line, f: Features) -> Head | None:
    """header() of a line, with its number put back when the splitter took a day for a list
    number ("18. September um 08:37" has no year to tell it from item 18)."""
    head = header(line.text, f)
    if line.bullet and line.bullet[0].isdigit() and (head is None or head.comment.date is None):
        return header(line.display, f) or head
    return head


def header_at(lines: list[Line], feats: list[Features], i: int) -> Head | None:
    """The record header starting at line `i`, over one line ("Jane at 2020-05-01") or two
    ("Jane says:" over a date, a name over a date)."""
    line, f = lines[i], feats[i]
    if line.blank:
        return None
    head = _line_header(line, f)
    if head is not None and head.kind != "says":
        return replace(head, last=i)
    j = next_nonblank(lines, i)
    if j is None:
        return None if head is None else replace(head, last=i)
    below = _line_header(lines[j], feats[j])
    stamp_below = below is not None and below.kind == "stamp"
    if head is not None:
        if below is not None and stamp_below:
            c = Comment(head.comment.author, below.comment.date, below.comment.ip)
            return Head(c, "says-pair", j)
        return replace(head, last=i)
    if below is None or not stamp_below:
        return None
    name = _name_line(line, f)
    if name is None:
        return None
    return Head(Comment(name, below.comment.date, below.comment.ip), "pair", j)


def telling(head: Head) -> bool:
    """A header that marks a comment even without a section heading: "X says:", a masked
    IP, or a stamp with a time of day ("Jane, May 3, 2020 at 5:01 pm"). A bare date after
    a name is also how event listings and teasers look."""
    c = head.comment
    return head.kind in ("says", "says-pair") or c.ip is not None or "T" in (c.date or "")


def record_headers(
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
