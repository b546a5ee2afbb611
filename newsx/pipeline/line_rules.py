"""What one line says by itself, before its neighbours are read: whether it is prose, its
content weight (positive for article prose, negative for page furniture), and the label
its shape alone decides (a byline, a date line, a breadcrumb, a related-links heading).
The labelling stage (newsx.pipeline.labelling) gathers these for every line."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsx.meta.dates import find_dates
from newsx.pipeline.features import Features
from newsx.records import Label
from newsx.text.lines import Line
from newsx.text.words import count_words
from newsx.vocab import cues

#: A line that ends a sentence and has this many words (with function words in it) is prose.
SENTENCE_WORDS = 5
#: Without a closing full stop a line must be longer to count as prose: headlines, teasers
#: and link titles run to fifteen words or so, paragraphs rarely stop without punctuation.
UNENDED_PROSE_WORDS = 20
#: Share of stopwords below which a line is a list of names or keywords, not a sentence.
#: Running text in every supported language sits well above it (0.25 to 0.5).
MIN_STOP_SHARE = 0.12
#: CJK scripts: one token per character, and fewer function characters per sentence.
CJK_PROSE_CHARS = 25
CJK_MIN_STOP_SHARE = 0.04
#: A single line may not outweigh several paragraphs: long cookie or legal notices exist.
MAX_LINE_WEIGHT = 80.0
#: Cost of a short line (menu item, heading, widget) inside a candidate body. Small enough
#: that a few subheadings between paragraphs do not split the article, large enough that a
#: menu of twenty items outweighs a stray paragraph.
SHORT_COST = 3.0
#: Extra cost of list items and lines with menu separators: nearly always navigation.
LIST_COST = 2.0
SEPARATOR_COST = 4.0
#: Lines that also appear elsewhere on the page are templates (menus, teasers, alt texts).
REPEAT_COST = 4.0
#: A line is a date line when the date covers it nearly whole: at most this many other words.
DATE_LINE_EXTRA_WORDS = 4
#: A byline whose name is lower-case is a user handle ("by jdoe") only when this short.
HANDLE_BYLINE_WORDS = 5


@dataclass(frozen=True)
class Decision:
    label: Label
    reason: str
    weight: float = 0.0


def is_prose(f: Features) -> bool:
    if f.cjk:
        return f.n_words >= CJK_PROSE_CHARS and f.stop_share >= CJK_MIN_STOP_SHARE
    if f.stop_share < MIN_STOP_SHARE:
        return False
    if f.sentence_end:
        return f.n_words >= SENTENCE_WORDS
    return f.n_words >= UNENDED_PROSE_WORDS


def content_weight(line: Line, f: Features) -> tuple[float, str]:
    """Positive for lines that read like article prose, negative for page furniture."""
    if line.blank:
        return 0.0, "blank"
    if f.repeats:
        return -(REPEAT_COST + min(f.n_words, MAX_LINE_WEIGHT)), f"repeated {f.repeats + 1}x"
    if f.interface:
        return -(SHORT_COST + SEPARATOR_COST), "interface words"
    if f.separators >= 2 or cues.BREADCRUMB.match(line.text):
        return -(SHORT_COST + SEPARATOR_COST * f.separators), "menu separators"
    if is_prose(f):
        n = f.n_words / 2 if f.cjk else float(f.n_words)
        return min(n, MAX_LINE_WEIGHT), f"prose: {f.n_words} words, {f.stop_share:.0%} stopwords"
    cost = SHORT_COST + (LIST_COST if line.bullet else 0.0)
    return -cost, f"short: {f.n_words} words"


def is_date_line(line: Line, f: Features) -> bool:
    if f.n_words > 14:
        return False
    hits = find_dates(line.text)
    if not hits:
        return False
    # Ideographs count as n_words counts them: "2011年10月21日" covers six words, not one.
    covered = sum(count_words(line.text[h.start : h.end]) for h in hits)
    return f.n_words - covered <= DATE_LINE_EXTRA_WORDS


def _names_follow(m: re.Match[str], f: Features) -> bool:
    """A capitalised name after "By", or a short handle ("by jdoe"); not "By the end of the
    day, ..." which opens a sentence."""
    who = m.group("who") or m.group("who2") or ""
    return who[:1].isupper() or not (f.sentence_end or f.n_words > HANDLE_BYLINE_WORDS)


def cue_label(line: Line, f: Features) -> Decision | None:
    """A label decided by the shape of the line alone, if any."""
    text = line.text
    if f.n_words <= 20 and (m := cues.BYLINE.match(text)) and _names_follow(m, f):
        return Decision(Label.BYLINE, "byline pattern")
    if is_date_line(line, f):
        return Decision(Label.DATE, "date line")
    if cues.BREADCRUMB.match(text):
        return Decision(Label.NAVIGATION, "breadcrumb")
    if f.n_words <= 12 and cues.RELATED_HEADER.match(text):
        return Decision(Label.RELATED, "related-links heading")
    return None
