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
    if f.n_words > HEADER_MAX_WORDS:
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
    nxt = next((j for j in range(i + 1, len(lines)) if not lines[j].blank), None)
    if nxt is None:
        return True
    return bool(lines[nxt].bullet) or not (is_prose(feats[nxt]) or feats[nxt].sentence_end)


def parse_comments(lines: list[Line], feats: list[Features], start: int) -> CommentSection:
    """Comments from the section heading at `start` to the next block of the page."""
    stated = None
    if start < len(lines):
        m = cues.COMMENT_COUNT.search(lines[start].text)
        if m:
            stated = int(re.sub(r"\D", "", m.group(1) or m.group(2)) or 0)
    records: list[Comment] = []
    texts: list[list[str]] = []
    relabel: list[tuple[int, Decision]] = []
    end = len(lines)
    for i in range(start, len(lines)):
        line, f = lines[i], feats[i]
        if line.blank:
            continue
        if i == start:
            relabel.append((i, Decision(Label.COMMENT_HEADER, "comment section heading")))
            continue
        head = _header(line.text, f)
        if head is not None:
            records.append(head)
            texts.append([])
            relabel.append((i, Decision(Label.COMMENT_HEADER, "name and date of a comment")))
        elif _CONTROL.match(line.text):
            relabel.append((i, Decision(Label.BOILERPLATE, "comment button")))
        elif records and texts[-1] and _looks_like_end(lines, feats, i):
            end = i
            break
        elif records:
            texts[-1].append(line.text)
            relabel.append((i, Decision(Label.COMMENT, "text of a comment")))
        else:
            relabel.append((i, Decision(Label.BOILERPLATE, "comment form")))
    comments = tuple(
        Comment(c.author, c.date, c.ip, "\n".join(t)) for c, t in zip(records, texts) if t
    )
    return CommentSection(comments, stated, tuple(relabel), end)
