"""What newsx knows of words: one table per word class, in every language it reads (en, de,
fr, es, it, pt, nl, ru, zh), and the patterns built from them.

- calendar: month and weekday names, time zones, relative-date units, date labels;
- authorship: "by" words, verbs of writing and publishing, author labels;
- discussion: the nouns of comment sections and their replies;
- cues: the surface patterns (bylines, comment headings, related links, captions...)
  built from these tables.

Adding a language means adding its words to these tables: every pattern that uses a table
takes them up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alt(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first so prefixes don't win; a space in a
    word matches one whitespace character.

    A one-character lookahead on the first letters comes first: sre tries every branch at
    every position otherwise, which is slow on long lines.
    """
    ws = sorted(set(words), key=lambda w: (-len(w), w))  # the same pattern in every process
    firsts = "".join(sorted({re.escape(c) for w in ws for c in (w[0].lower(), w[0].upper())}))
    body = "|".join(re.escape(w).replace(r"\ ", r"\s") for w in ws)
    return f"(?=[{firsts}])(?:{body})"
