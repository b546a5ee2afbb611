"""What the markup says about each rendered line of an HTML page: evidence for the classifier.

A text dump has lost its markup; an HTML page still says which lines were links, which were
paragraphs, and inside which elements they stood. newsx.html.render records these facts per
line while it renders, and the HTML line model (newsx.pipeline.classifier,
`data/html_line_model.json`) reads them beside the text features. Nothing here decides:
the weights are learned on the devset's HTML by scripts/train_lines.py --html.

The element hints are generic vocabularies of page templates (class and id words such as
"comment", "sidebar", "share"), the kind every readability tool reads; wrappers carry such
names too, so dropping elements by them outright measured far worse: they are only
evidence here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import IntFlag
from functools import lru_cache
from typing import Any, NamedTuple

from newsx.text.lines import Line


class Hint(IntFlag):
    """Facts about a line's ancestors, one bit each; a line has a bit when any ancestor does."""

    ARTICLE = 1 << 0
    """An <article> or <main> element, or an articleBody."""
    NAV = 1 << 1
    ASIDE = 1 << 2
    HEADER = 1 << 3
    FOOTER = 1 << 4
    FORM = 1 << 5
    CONTAINER = 1 << 6
    """The element holding the most paragraph text (see find_container)."""
    NEAR_CONTAINER = 1 << 7
    """The container's parent: articles split over sibling blocks."""
    WORDS_CONTENT = 1 << 8
    WORDS_COMMENT = 1 << 9
    WORDS_MENU = 1 << 10
    WORDS_SIDE = 1 << 11
    WORDS_RELATED = 1 << 12
    WORDS_SHARE = 1 << 13
    WORDS_PROMO = 1 << 14
    WORDS_CAPTION = 1 << 15
    WORDS_META = 1 << 16
    FIGURE = 1 << 17
    """A <figcaption>, or an element whose class or id says caption ("wp-caption-text")."""


# Hints travel as plain ints: IntFlag's operators cost a Python call each, which made them
# a third of an HTML page's extraction time.
_TAG_HINTS = {
    tag: int(hint)
    for tag, hint in (
        ("article", Hint.ARTICLE),
        ("main", Hint.ARTICLE),
        ("nav", Hint.NAV),
        ("aside", Hint.ASIDE),
        ("header", Hint.HEADER),
        ("footer", Hint.FOOTER),
        ("form", Hint.FORM),
        ("figcaption", Hint.FIGURE),
    )
}
#: Class and id words, matched at word starts of the lower-cased attribute values (so
#: "commentList", "comments-area" and "js-comment" all say comment, "header" not "ad").
_WORD_HINTS = tuple(
    (re.compile(pattern), int(hint))
    for pattern, hint in (
        (r"(?:^|[^a-z])(?:article|content|story|entry|post-?body|text|body)", Hint.WORDS_CONTENT),
        (r"comment|disqus|(?:^|[^a-z])(?:repl(?:y|ies)|respon|discussion)", Hint.WORDS_COMMENT),
        (r"(?:^|[^a-z])(?:nav|menu|breadcrumb|masthead|topbar|toolbar)", Hint.WORDS_MENU),
        (r"(?:^|[^a-z])(?:side|widget|rail|col-?right)", Hint.WORDS_SIDE),
        (
            r"related|recommend|popular|trending|(?:^|[^a-z])(?:more|also|teaser|tags?)(?:$|[^a-z])",
            Hint.WORDS_RELATED,
        ),
        (r"share|social|sharing|(?:^|[^a-z])(?:print|email)(?:$|[^a-z])", Hint.WORDS_SHARE),
        (
            r"(?:^|[^a-z])(?:ads?|advert|promo|sponsor|banner|newsletter|subscri|cookie|paywall)",
            Hint.WORDS_PROMO,
        ),
        (r"caption|credit|(?:^|[^a-z])(?:figure|photo|image|media)", Hint.WORDS_CAPTION),
        (r"(?:^|[^a-z])(?:byline|author|date|time|meta|dateline)", Hint.WORDS_META),
        (r"caption", Hint.FIGURE),
    )
)
#: Only this much of a class and id value is read: a few pages carry kilobytes of utility
#: classes, and the words that say what a block is come first.
_ATTRIBUTE_CHARS = 200
#: A paragraph's text counts fully for its parent and this much for its grandparent, as in
#: readability: an article's paragraphs are often split over a few sibling blocks.
GRANDPARENT_SHARE = 0.5


#: How many of a line's nearest elements its local hints come from: the block it is in and
#: the two around that, where a template names the widget a line belongs to.
LOCAL_DEPTH = 3


class Marks(NamedTuple):
    """The markup facts of one rendered line."""

    hints: int
    """Hint bits."""
    local: int
    """The Hint bits of the LOCAL_DEPTH innermost elements only."""
    block: str
    """The innermost block element's tag: "p", "li", "h2", "td", "div"..."""
    link_share: float
    """Share of the line's visible (non-space) characters inside <a> elements."""
    inner: int = 0
    """The Hint bits of the elements between the paragraph container and the line: a
    widget inside the article ("newsletter-box", "author-bio"); 0 outside the container."""
    depth: int = 0
    """How far below the container the line's block stands: 1 for the container's own
    children, 2 for their children...; 0 outside the container."""


def element_hints(el: Any, tag: str) -> int:
    """The Hint bits an element itself carries (its tag, its class and id words)."""
    hints = _TAG_HINTS.get(tag, 0)
    if el.get("itemprop") == "articleBody":
        hints |= Hint.ARTICLE.value
    if tag in ("html", "body"):
        return hints  # their classes name the kind of page ("has-comments"), not a block
    words = f"{el.get('class') or ''} {el.get('id') or ''}"
    return hints | _word_hints(words[:_ATTRIBUTE_CHARS]) if len(words) > 1 else hints


@lru_cache(maxsize=4096)
def _word_hints(words: str) -> int:
    """The bits of a class and id value (templates repeat a few hundred of them a page)."""
    words = words.lower()
    return sum(hint for pattern, hint in _WORD_HINTS if pattern.search(words))


def find_container(root: Any) -> tuple[Any, Any]:
    """The element with the most paragraph text in its children, scored as readability does
    (a grandparent gets half), and its parent; (None, None) on a page with no <p>."""
    score: dict[Any, float] = {}
    for p in root.iter("p"):
        n = len(" ".join(p.text_content().split()))
        if not n:
            continue
        parent = p.getparent()
        if parent is None:
            continue
        score[parent] = score.get(parent, 0.0) + n
        grand = parent.getparent()
        if grand is not None:
            score[grand] = score.get(grand, 0.0) + GRANDPARENT_SHARE * n
    if not score:
        return None, None
    best = max(score, key=score.__getitem__)
    return best, best.getparent()


#: The bits the HTML line model reads. FIGURE is not one: a caption is set apart by rule
#: (newsx.pipeline.labelling.figure_captions), after the body is found.
_FEATURE_HINTS = tuple(h for h in Hint if h.name and h is not Hint.FIGURE)
_HINT_FEATURES = tuple(f"hint_{h.name.lower()}" for h in _FEATURE_HINTS if h.name)
#: Bits read from the nearest elements too: the template's words and chrome tags.
_LOCAL_BITS = tuple(h for h in _FEATURE_HINTS if h not in (Hint.CONTAINER, Hint.NEAR_CONTAINER))
#: Bits read from the elements between the container and the line: a template's widget
#: inside the article. On traf-a's HTML, lines under an inner "related" element were 40
#: must-not-have snippets to 1 must-have, "share" 16 to 1, "caption" 21 to 1.
_INNER_BITS = (
    Hint.ASIDE,
    Hint.FOOTER,
    Hint.FORM,
    Hint.WORDS_COMMENT,
    Hint.WORDS_MENU,
    Hint.WORDS_SIDE,
    Hint.WORDS_RELATED,
    Hint.WORDS_SHARE,
    Hint.WORDS_PROMO,
    Hint.WORDS_CAPTION,
    Hint.WORDS_META,
)
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_BLOCK_KINDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("p", frozenset(("p",))),
    ("item", frozenset(("li", "dd", "dt"))),
    ("heading", _HEADINGS),
    ("cell", frozenset(("td", "th"))),
    ("quote", frozenset(("blockquote",))),
    ("caption", frozenset(("figcaption", "caption", "figure"))),
)
#: The HTML line model's inputs after the text model's (newsx.pipeline.line_vectors.FEATURES).
MARKUP_FEATURES: tuple[str, ...] = (
    *_HINT_FEATURES,
    *(f"local_{h.name.lower()}" for h in _LOCAL_BITS if h.name),
    *(f"inner_{h.name.lower()}" for h in _INNER_BITS if h.name),
    *(f"block_{name}" for name, _ in _BLOCK_KINDS),
    "link_share",
    "all_link",
    "prev_link_share",
    "next_link_share",
    "prev_container",
    "next_container",
    "container_item",
    "container_short",
    "article_item",
    "article_short",
    "labelled_link",
    "before_container",
    "after_container",
    "nested",
    "deep_nested",
)
#: A line this much inside links is a link (a menu item, a teaser title).
ALL_LINK_SHARE = 0.9
#: Lines up to this many words are short for the interaction features: list items and
#: subheadings inside an article are body, the same lines in a menu are not, and a linear
#: model needs the product to tell them apart.
SHORT_WORDS = 8
#: An article's paragraphs are mostly the container's own children; widgets inside it
#: nest their text deeper (docs/algorithm.md gives the counts).
NESTED_DEPTH = 2
#: "Read more: <a>...</a>", "ALSO READ: ...": a short label and a colon before a link, the
#: way templates and editors put teasers inside an article.
_LABELLED = re.compile(r"[^:.!?]{2,40}:\s")
LABELLED_LINK_SHARE = 0.5
#: Bit positions of the hint and local features, in MARKUP_FEATURES order.
_HINT_SHIFTS = tuple(h.value.bit_length() - 1 for h in _FEATURE_HINTS)
_LOCAL_SHIFTS = tuple(h.value.bit_length() - 1 for h in _LOCAL_BITS)
_INNER_SHIFTS = tuple(h.value.bit_length() - 1 for h in _INNER_BITS)
_CONTAINER = Hint.CONTAINER.value
_ARTICLE = Hint.ARTICLE.value
_FIGURE = Hint.FIGURE.value
_NO_MARKS = Marks(0, 0, "", 0.0, 0, 0)


def marks_of(line: Line, marks: Sequence[Marks | None]) -> Marks:
    """The marks of the rendered line `line` starts on (no marks: all zero)."""
    return (marks[line.index] if line.index < len(marks) else None) or _NO_MARKS


def is_link(line: Line, marks: Sequence[Marks | None]) -> bool:
    """Whether the rendered line `line` starts on is (nearly) all link text."""
    return marks_of(line, marks).link_share >= ALL_LINK_SHARE


def in_figure(line: Line, marks: Sequence[Marks | None]) -> bool:
    """Whether the rendered line `line` starts on stands in a figure's caption: a
    <figcaption>, or an element whose class or id says caption (Hint.FIGURE)."""
    return bool(marks_of(line, marks).hints & _FIGURE)


def is_page_heading(line: Line, marks: Sequence[Marks | None]) -> bool:
    """Whether the rendered line `line` starts on is an <h1>, the page's own heading (an h2
    to h6 is a section of the page: a subheading of the article, a sidebar's title)."""
    return marks_of(line, marks).block == "h1"


def markup_vectors(lines: Sequence[Line], marks: Sequence[Marks | None]) -> list[list[float]]:
    """One vector (in MARKUP_FEATURES order) per non-blank line, in page order; `marks` is
    indexed by Line.index (the rendered line a line starts on)."""
    shown = [line for line in lines if not line.blank]
    present = [marks_of(line, marks) for line in shown]
    out: list[list[float]] = []
    n = len(present)
    inside = [k for k, m in enumerate(present) if m.hints & _CONTAINER]
    first, last = (inside[0], inside[-1]) if inside else (0, n)
    for k, (line, m) in enumerate(zip(shown, present)):
        item = line.bullet is not None
        short = len(line.text.split()) <= SHORT_WORDS
        hints, local = m.hints, m.local
        container = bool(hints & _CONTAINER)
        article = bool(hints & _ARTICLE)
        prev = present[k - 1] if k else _NO_MARKS
        nxt = present[k + 1] if k + 1 < n else _NO_MARKS
        out.append(
            [
                *[float(hints >> bit & 1) for bit in _HINT_SHIFTS],
                *[float(local >> bit & 1) for bit in _LOCAL_SHIFTS],
                *[float(m.inner >> bit & 1) for bit in _INNER_SHIFTS],
                *(float(m.block in tags) for _, tags in _BLOCK_KINDS),
                m.link_share,
                float(m.link_share >= ALL_LINK_SHARE),
                prev.link_share,
                nxt.link_share,
                float(bool(prev.hints & _CONTAINER)),
                float(bool(nxt.hints & _CONTAINER)),
                float(container and item),
                float(container and short),
                float(article and item),
                float(article and short),
                float(
                    m.link_share >= LABELLED_LINK_SHARE and _LABELLED.match(line.text) is not None
                ),
                float(k < first),
                float(k > last),
                float(m.depth >= NESTED_DEPTH),
                float(m.depth > NESTED_DEPTH),
            ]
        )
    return out
