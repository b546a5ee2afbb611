"""An HTML page as the stages see it: the lines of its rendered text, with what the markup
says of each (newsx.html.marks)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from newsx.html.marks import MARKUP_FEATURES, Marks, in_figure, is_link, is_page_heading
from newsx.html.marks import markup_vectors as vectors_of
from newsx.pipeline.page import Page


@dataclass(frozen=True)
class HtmlPage(Page):
    """A rendered HTML page's lines, features and markup facts."""

    marks: list[Marks | None]
    """The markup's facts of each rendered line (None for blank lines), by Line.index."""
    declared: tuple[str, ...] = ()
    """What the markup says the page is (html.page_meta.PageMeta.declared_types)."""

    kind: ClassVar[str] = "html"
    markup_features: ClassVar[tuple[str, ...]] = MARKUP_FEATURES

    @classmethod
    def from_rendered(
        cls, text: str, marks: list[Marks | None], declared: tuple[str, ...] = ()
    ) -> HtmlPage:
        """The page of rendered text (newsx.html.render.render_marked), its marks, and the
        types its markup declares."""
        page = Page.from_text(text)
        return cls(page.lines, page.feats, page.language, page.stopwords_of, marks, declared)

    def declared_types(self) -> tuple[str, ...]:
        return self.declared

    def is_link(self, i: int) -> bool:
        """A heading that is a link ("31 comments" beside the byline) points to the
        comments; it does not start them."""
        return is_link(self.lines[i], self.marks)

    def in_figure(self, i: int) -> bool:
        return in_figure(self.lines[i], self.marks)

    def may_be_headline(self, i: int) -> bool:
        """Only an <h1> is the page's headline: an h2 to h6 is a section of the page."""
        return is_page_heading(self.lines[i], self.marks)

    def markup_vectors(self) -> list[list[float]]:
        return vectors_of(self.lines, self.marks)
