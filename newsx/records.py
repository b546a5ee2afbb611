"""The records newsx returns and the one place its settings live.

Field order of the dataclasses is the output order of every writer.
"""

from __future__ import annotations

import datetime
import enum
from dataclasses import asdict, dataclass, field, fields
from typing import Any

#: Inputs above this many bytes are refused: a real page dump is well under 5 MB, and
#: bigger files are nearly always logs or data mistaken for pages.
DEFAULT_MAX_SIZE = 50 * 1024 * 1024


class Label(enum.Enum):
    """What one line of a dump is. `newsx explain` shows these values."""

    TITLE = "title"
    BYLINE = "byline"
    DATE = "date"
    SECTION = "section"
    BODY = "body"
    CAPTION = "caption"
    RELATED = "related"
    NAVIGATION = "navigation"
    LIST = "list"
    COMMENT_HEADER = "comment-header"
    COMMENT = "comment"
    BOILERPLATE = "boilerplate"
    BLANK = "blank"


@dataclass(frozen=True)
class Options:
    """Every setting of newsx. There is no other way to configure it."""

    comments: bool = True
    """Extract reader comments; False leaves `comments` empty and `comment_count` null."""
    encoding: str | None = None
    """Force this encoding when reading files instead of detecting one."""
    max_size: int = DEFAULT_MAX_SIZE
    """Refuse files larger than this many bytes."""
    reference_date: datetime.date | None = None
    """The day relative dates ("3 hours ago", "vor 2 Tagen") count back from; without one
    they are not read. A web archive's pages count from their capture date instead."""


@dataclass(frozen=True)
class Comment:
    """One reader comment, in page order."""

    author: str | None = None
    date: str | None = None
    ip: str | None = None
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Article:
    """The record newsx extracts from one page. Missing values are None, or () for lists."""

    path: str | None = None
    url: str | None = None
    """The page's address, when its markup or its web archive record gives one."""
    warc_date: str | None = None
    """When a page from a web archive was captured (its WARC-Date)."""
    title: str | None = None
    authors: tuple[str, ...] = ()
    source: str | None = None
    published: str | None = None
    updated: str | None = None
    dateline: str | None = None
    section: str | None = None
    language: str | None = None
    page_type: str | None = None
    """What kind of page it is: article, forum, product, listing, collection, documentation
    or service (newsx.pipeline.page_type)."""
    body: str = ""
    captions: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    comments: tuple[Comment, ...] = ()
    comment_count: int | None = None
    word_count: int = 0
    encoding: str | None = None
    """The encoding the file was read in; None for text given directly."""
    decode_errors: int = 0
    """Undecodable byte sequences in the file, each replaced by U+FFFD in the text."""

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON-ready data, in field order."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "comments":
                value = [c.to_dict() for c in value]
            elif isinstance(value, tuple):
                value = list(value)
            out[f.name] = value
        return out


FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Article))


@dataclass(frozen=True)
class Explanation:
    """What `newsx explain` shows of a page: the kind of page, and how each line was read."""

    page_types: dict[str, float]
    """P(type) for every page type, the most probable first."""
    verdicts: tuple[LineVerdict, ...]


@dataclass(frozen=True)
class LineVerdict:
    """How newsx read one line of a dump: what `newsx explain` shows."""

    number: int
    """1-based line number in the normalised text."""
    text: str
    label: Label
    reason: str
    """The rule that decided, or the strongest evidence."""
    score: float = field(default=0.0)
