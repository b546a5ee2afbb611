"""Stage 4b: the reader comments, split into records, from the comment section onwards."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsx import cues
from newsx.dates import find_dates
from newsx.features import Features
from newsx.labels import Decision, is_prose
from newsx.lines import Line
from newsx.model import Comment, Label

#: A commenter's name is short; longer text before a date is a sentence that mentions one.
AUTHOR_MAX_WORDS = 5
#: A header line holds a name, a date and little else.
HEADER_MAX_WORDS = 14
#: Without a section heading, two comment headers this close (in lines) mark the section.
UNHEADED_GAP = 40
#: ...and only once this share of the article's prose weight lies above them: comments
#: follow the article, while bylines and dates sit at its top.
UNHEADED_AFTER_SHARE = 0.6

#: "Nic at 2011-10-23", "Anna am 21. Oktober 2011", "Paul on March 3, 2020 at 5:01 pm".
_AT = re.compile(
    r"^(?P<author>\S.{0,60}?)\s+(?:at|on|am|le|el|il|em|op|um|—|-|\|)\s+(?=.*\d)", re.I
)
#: "Jane says:", "Max sagt:", "Jean dit :".
_SAYS = re.compile(
    r"^(?P<author>\S.{0,60}?)\s+(?:says|said|writes|wrote|sagt|schreibt|schrieb|meint|dit|"
    r"écrit|dice|escribió|escribe|scrive|ha\s+scritto|diz|escreveu|zegt|schreef|пишет|"
    r"написал[а]?)\s*:?\s*$",
    re.I,
)
#: A masked IP address as comment systems print it: "175.138.64.*".
_IP = re.compile(r"\d{1,3}\.\d{1,3}\.(?:\d{1,3}|\*)\.(?:\d{1,3}|\*)")
#: Buttons and counters between comments.
_CONTROL = re.compile(
    r"^(?:reply|antworten|répondre|responder|rispondi|responder|beantwoorden|ответить|回复|"
    r"report(?:\s+abuse)?|melden|signaler|like|likes?|gefällt mir|upvote|downvote|share|"
    r"log\s+in\s+to\s+reply|edit|permalink|\d+|\d+\s+(?:likes?|replies|points?))\s*[:.!]?$",
    re.I,
)


@dataclass(frozen=True)
class CommentSection:
    comments: tuple[Comment, ...]
    stated_count: int | None
    labels: tuple[tuple[int, Decision], ...]
    """Relabelled lines: (index, decision)."""
    end: int
    """Index just past the comment section."""


def _header(text: str, f: Features) -> Comment | None:
    """A comment record's author, date and IP when `text` is a header line."""
    if f.n_words > HEADER_MAX_WORDS or (f.sentence_end and not text.endswith(":")):
        return None
    m = _SAYS.match(text)
    if m and len(m.group("author").split()) <= AUTHOR_MAX_WORDS:
        return Comment(author=m.group("author").strip())
    hits = find_dates(text)
    if not hits:
        return None
    hit = hits[0]
    ip_m = _IP.search(text, hit.end)
    ip = ip_m.group() if ip_m and "*" in ip_m.group() else None
    m = _AT.match(text)
    author = m.group("author") if m and m.end() <= hit.start + 1 else text[: hit.start]
    author = author.strip(" -|•·,:")
    if len(author.split()) > AUTHOR_MAX_WORDS:
        return None
    return Comment(author=author or None, date=hit.iso, ip=ip)


def _looks_like_end(lines: list[Line], feats: list[Features], i: int) -> bool:
    """A heading followed by a list: the page's next block, not a comment."""
    if is_prose(feats[i]) or feats[i].sentence_end:
        return False
    nxt = _next_nonblank(lines, i)
    if nxt is None:
        return True
    if _header(lines[nxt].text, feats[nxt]) is not None:
        return False
    return bool(lines[nxt].bullet) or not (is_prose(feats[nxt]) or feats[nxt].sentence_end)


def _next_nonblank(lines: list[Line], i: int) -> int | None:
    return next((j for j in range(i + 1, len(lines)) if not lines[j].blank), None)


def _name_over_date(lines: list[Line], feats: list[Features], i: int) -> Comment | None:
    """A two-line header: a short name line with a date-only line under it."""
    f = feats[i]
    if f.n_words > AUTHOR_MAX_WORDS or f.sentence_end or lines[i].bullet:
        return None
    j = _next_nonblank(lines, i)
    if j is None:
        return None
    head = _header(lines[j].text, feats[j])
    if head is None or head.author is not None:
        return None
    return Comment(author=lines[i].text, date=head.date, ip=head.ip)


def find_unheaded_start(
    lines: list[Line], feats: list[Features], labels: list[Decision], span: tuple[int, int]
) -> int | None:
    """Where a comment section without a heading starts: the first of two or more comment
    headers (name and date, "X says:") close together, past most of the article's prose."""
    start, end = span
    prose = [max(0.0, labels[i].weight) for i in range(start, end)]
    total, seen, after = sum(prose), 0.0, end
    for k, w in enumerate(prose):
        seen += w
        if seen >= UNHEADED_AFTER_SHARE * total:
            after = start + k + 1
            break
    heads = [
        i
        for i in range(after, len(lines))
        if not lines[i].blank
        and not is_prose(feats[i])
        and not cues.BYLINE.match(lines[i].text)
        and (_header(lines[i].text, feats[i]) is not None or _name_over_date(lines, feats, i))
    ]
    for k, i in enumerate(heads[:-1]):
        if heads[k + 1] - i <= UNHEADED_GAP:
            return i
    return None


def parse_comments(
    lines: list[Line], feats: list[Features], start: int, headed: bool = True
) -> CommentSection:
    """Comments from the section heading at `start` (or the first comment header, when
    `headed` is False) to the next block of the page."""
    stated = None
    if headed and start < len(lines):
        m = cues.COMMENT_COUNT.search(lines[start].text)
        if m:
            stated = int(re.sub(r"\D", "", m.group(1) or m.group(2)) or 0)
    records: list[Comment] = []
    texts: list[list[str]] = []
    relabel: list[tuple[int, Decision]] = []
    end = len(lines)
    skip = -1
    for i in range(start, len(lines)):
        line, f = lines[i], feats[i]
        if line.blank or i == skip:
            continue
        if i == start and headed:
            relabel.append((i, Decision(Label.COMMENT_HEADER, "comment section heading")))
            continue
        head = _header(line.text, f)
        pair = None if head is not None else _name_over_date(lines, feats, i)
        if pair is not None:
            head, skip = pair, _next_nonblank(lines, i) or -1
        if head is not None and records and not texts[-1] and head.author is None:
            # "Jane says:" then "06.01.2020 um 9:16": one header over two lines.
            last = records[-1]
            records[-1] = Comment(last.author, last.date or head.date, last.ip or head.ip)
            relabel.append((i, Decision(Label.COMMENT_HEADER, "date of a comment")))
        elif head is not None:
            records.append(head)
            texts.append([])
            relabel.append((i, Decision(Label.COMMENT_HEADER, "name and date of a comment")))
            if skip > i:
                relabel.append((skip, Decision(Label.COMMENT_HEADER, "date of a comment")))
        elif _CONTROL.match(line.text) or (f.repeats and not is_prose(f)):
            relabel.append((i, Decision(Label.BOILERPLATE, "comment button")))
        elif records and texts[-1] and _looks_like_end(lines, feats, i):
            end = i
            break
        elif records or is_prose(f):
            if not records:
                records.append(Comment())
                texts.append([])
            texts[-1].append(line.text)
            relabel.append((i, Decision(Label.COMMENT, "text of a comment")))
        else:
            relabel.append((i, Decision(Label.BOILERPLATE, "comment form")))
    comments = tuple(
        Comment(c.author, c.date, c.ip, "\n".join(t)) for c, t in zip(records, texts) if t
    )
    return CommentSection(comments, stated, tuple(relabel), end)
