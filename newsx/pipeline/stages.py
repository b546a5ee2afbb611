"""The extraction pipeline, top-down: text, lines, features, labels, then the record."""

from __future__ import annotations

from dataclasses import dataclass, replace

from newsx.comments.section import find_unheaded_start
from newsx.comments.threads import parse_comments
from newsx.meta.metadata import extract_metadata
from newsx.meta.title_model import TitleModel
from newsx.pipeline.assemble import assemble
from newsx.pipeline.classifier import LineModel
from newsx.pipeline.labelling import Layout, label_lines
from newsx.pipeline.line_net import LineNet
from newsx.pipeline.line_rules import Decision
from newsx.pipeline.page import Page
from newsx.pipeline.page_type import (
    CATALOGUES,
    ITEMS_ARE_CONTENT,
    UNSIGNED,
    PageTypeModel,
    default_page_type_model,
    page_type,
)
from newsx.records import Article, Label, LineVerdict, Options
from newsx.text.lines import Line


@dataclass(frozen=True)
class Models:
    """The learned parts to extract with, where not the shipped ones: the evaluation's folds
    fit their own."""

    lines: LineModel | LineNet | None = None
    """The line scorer (of the page's kind): a classifier, or the line network on text."""
    title: TitleModel | None = None
    """The scorer of headline candidates."""
    page_type: PageTypeModel | None = None


SHIPPED = Models()


@dataclass(frozen=True)
class Result:
    article: Article
    lines: list[Line]
    decisions: list[Decision]
    page_types: dict[str, float]
    """P(type) for every page type, the most probable first."""

    @property
    def verdicts(self) -> tuple[LineVerdict, ...]:
        """One verdict per line, built only when asked for (explain), not for every extract."""
        return tuple(
            LineVerdict(line.index + 1, line.raw, d.label, d.reason, d.weight)
            for line, d in zip(self.lines, self.decisions, strict=True)
        )


@dataclass(frozen=True)
class Analysis:
    """The stages before assembly: what the training scripts learn from."""

    page: Page
    layout: Layout


def analyse(page: Page, model: LineModel | LineNet | None = None) -> Analysis:
    """Label every line of a page. `model` replaces the shipped line classifier (the
    evaluation's cross-validation folds)."""
    return Analysis(page, label_lines(page, model))


def run(page: Page, options: Options, models: Models = SHIPPED) -> Result:
    """The whole pipeline on a page (Page.from_text for a dump, html.page.HtmlPage for an
    HTML page): the kind of page, the decisions, then metadata, comments and the record."""
    types = (models.page_type or default_page_type_model()).probabilities(page)
    kind = page_type(types)
    # On a forum thread or a listing the posts or items are the page's content: no comment
    # section is cut off.
    seek_comments = kind not in ITEMS_ARE_CONTENT
    layout = label_lines(page, models.lines, seek_comments)
    lines, feats, language = page.lines, page.feats, page.language
    meta = extract_metadata(
        page,
        layout.decisions,
        layout.body,
        models.title,
        options.reference_date,
        bare_names=kind not in UNSIGNED,
    )
    title_at = meta.title_index
    if title_at is not None and not page.may_be_headline(title_at):
        title_at = None
    # A teaser or tagline above the headline is an article's convention; on a catalogue
    # the lines above the heading are items too.
    drop_above = kind not in CATALOGUES
    decisions = _mark_title(lines, layout.decisions, title_at, layout.body[0], drop_above)
    if meta.section_index is not None:
        section_label = Decision(Label.SECTION, "section label above the title")
        decisions = _apply(decisions, ((meta.section_index, section_label),))
    section = None
    weights = [d.weight for d in layout.decisions]
    if layout.comments_at < len(lines):
        section = parse_comments(lines, feats, layout.comments_at)
    elif seek_comments and (at := find_unheaded_start(page, weights, layout.body)) is not None:
        section = parse_comments(lines, feats, at, headed=False)
    if section is not None:
        decisions = _apply(decisions, section.changes)
    # A forum's posts and a listing's items are its body: no comments are read or counted.
    shown = options if seek_comments else replace(options, comments=False)
    article = assemble(lines, decisions, meta, section, language, shown)
    article = replace(article, page_type=kind)
    ranked = dict(sorted(types.items(), key=lambda kv: -kv[1]))
    return Result(article, lines, decisions, ranked)


def _mark_title(
    lines: list[Line],
    decisions: list[Decision],
    at: int | None,
    body_start: int,
    drop_above: bool,
) -> list[Decision]:
    """Label the headline, and what its place says of the body lines around it: with
    `drop_above`, body lines above it leave the body."""
    if at is None:
        return decisions
    out = list(decisions)
    out[at] = replace(out[at], label=Label.TITLE, reason="best headline candidate near the body")
    if drop_above:
        out = _drop_above_title(out, at, body_start)
    return _drop_title_repeats(lines, out, at)


def _drop_above_title(decisions: list[Decision], at: int, body_start: int) -> list[Decision]:
    """Body lines above the headline were a teaser or tagline, not the article."""
    out = list(decisions)
    for i in range(body_start, at):
        if out[i].label is Label.BODY:
            out[i] = replace(out[i], label=Label.BOILERPLATE, reason="above the headline")
    return out


def _drop_title_repeats(lines: list[Line], decisions: list[Decision], at: int) -> list[Decision]:
    """The headline repeated below itself (a teaser, a "read more" link) is not body text."""
    out = list(decisions)
    title = lines[at].text
    for i in range(at + 1, len(out)):
        if out[i].label is Label.BODY and lines[i].text == title:
            out[i] = replace(out[i], label=Label.BOILERPLATE, reason="rule: repeats the headline")
    return out


def _apply(decisions: list[Decision], changes: tuple[tuple[int, Decision], ...]) -> list[Decision]:
    """The decisions with some replaced: (line index, new decision) pairs."""
    out = list(decisions)
    for i, d in changes:
        out[i] = d
    return out
