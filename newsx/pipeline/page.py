"""What the stages know of a page: its lines, their features, its language, and what else
its source says of each line.

A text dump says nothing beyond its text. An HTML page says more (newsx.html.page.HtmlPage:
which lines are links, headings, figure captions, and the markup's facts that the HTML line
classifier reads), and answers the same questions. The stages ask a Page; they never ask
what kind it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import ClassVar

from newsx.pipeline.features import Features, compute_features, line_words
from newsx.text.lines import Line, split_lines
from newsx.text.markup import read_marking, unmark
from newsx.text.normalize import normalize
from newsx.text.unwrap import unwrap


def read_lines(text: str) -> list[Line]:
    """The text's lines as the stages read them: normalised and split, hard wraps joined,
    and the marks of dumps that mark every link gone."""
    lines = split_lines(normalize(text))
    marking = read_marking(lines)
    return unmark(unwrap(lines, marking), marking)


@dataclass(frozen=True)
class Page:
    """A text dump's lines and their features."""

    lines: list[Line]
    feats: list[Features]
    language: str | None
    stopwords_of: str | None
    """Whose stopword list the stages weigh words by (text.language.stopword_language)."""

    kind: ClassVar[str] = "text"
    """Which shipped line classifier reads this kind of page (classifier.default_model)."""
    markup_features: ClassVar[tuple[str, ...]] = ()
    """The names of what markup_vectors gives each line, after the text's features."""

    @classmethod
    def from_text(cls, text: str) -> Page:
        """The page of a text dump: normalised, split into lines (hard wraps joined), and the
        features of every line."""
        lines = read_lines(text)
        tokens = line_words(lines)
        feats, language, stopwords_of = compute_features(lines, tokens)
        page = cls(lines, feats, language, stopwords_of)
        vars(page)["line_words"] = tokens  # line_words' cache (a cached_property), filled
        return page

    @cached_property
    def line_words(self) -> list[list[str]]:
        """The word tokens (language.words) of every line, empty for blank lines: computed
        once for the stages that read them (the page type, the line network's tokens).
        Read only: the lists are shared."""
        return line_words(self.lines)

    @cached_property
    def filled(self) -> list[int]:
        """The indices of the non-blank lines, in order: the lines the line scorers and the
        headline's neighbours count. Read only: the list is shared."""
        return [i for i, line in enumerate(self.lines) if not line.blank]

    def declared_types(self) -> tuple[str, ...]:
        """What the page's source says the page is (an HTML page's og:type and JSON-LD
        @types, read by the page type model). A dump does not say."""
        return ()

    def is_link(self, i: int) -> bool:
        """Whether line `i` is (nearly) all link text. A dump does not say."""
        return False

    def in_figure(self, i: int) -> bool:
        """Whether line `i` stands in a figure's caption. A dump does not say."""
        return False

    def may_be_headline(self, i: int) -> bool:
        """Whether line `i` may be the page's headline. In a dump any line may."""
        return True

    def markup_vectors(self) -> list[list[float]]:
        """One vector (in markup_features order) per non-blank line: empty for a dump."""
        return [[] for line in self.lines if not line.blank]
