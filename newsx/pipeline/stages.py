"""The extraction pipeline, top-down: text, lines, features, labels, then the record."""

from __future__ import annotations

from dataclasses import dataclass, replace

from newsx.comments.threads import find_unheaded_start, parse_comments
from newsx.html.marks import Marks, is_page_heading
from newsx.meta.metadata import extract_metadata
from newsx.pipeline.assemble import assemble
from newsx.pipeline.classifier import LineModel
from newsx.pipeline.features import Features, compute_features
from newsx.pipeline.labelling import Decision, Layout, label_lines
from newsx.records import Article, Label, LineVerdict, Options
from newsx.text.lines import Line, split_lines
from newsx.text.normalize import normalize
from newsx.text.unwrap import unwrap


@dataclass(frozen=True)
class Result:
    article: Article
    lines: list[Line]
    decisions: list[Decision]

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

    lines: list[Line]
    language: str | None
    feats: list[Features]
    layout: Layout


def analyse(
    text: str, model: LineModel | None = None, marks: list[Marks | None] | None = None
) -> Analysis:
    """Normalise, split into lines, compute features and label every line.

    `model` replaces the shipped line classifier (the evaluation's cross-validation folds);
    `marks` are the markup's facts of each line when the text was rendered from HTML.
    """
    lines = unwrap(split_lines(normalize(text)))
    feats, language = compute_features(lines)
    return Analysis(lines, language, feats, label_lines(lines, feats, model, marks))


def run(
    text: str,
    options: Options,
    model: LineModel | None = None,
    title_weights: tuple[float, ...] | None = None,
    marks: list[Marks | None] | None = None,
) -> Result:
    """The whole pipeline. `model` and `title_weights` replace the shipped line classifier
    and headline weights: the evaluation's cross-validation folds. `marks`: see analyse."""
    a = analyse(text, model, marks)
    lines, language, feats, layout = a.lines, a.language, a.feats, a.layout
    meta = extract_metadata(
        lines, feats, layout.decisions, layout.body, language, title_weights, options.reference_date
    )
    title_at = meta.title_index
    if title_at is not None and marks is not None and not is_page_heading(lines[title_at], marks):
        title_at = None
    labels = _mark_title(lines, layout.decisions, title_at, layout.body[0])
    if meta.section_index is not None:
        section_label = Decision(Label.SECTION, "section label above the title")
        labels = _relabel(labels, ((meta.section_index, section_label),))
    section = None
    if layout.comments_at < len(lines):
        section = parse_comments(lines, feats, layout.comments_at)
    elif (at := find_unheaded_start(lines, feats, layout.decisions, layout.body)) is not None:
        section = parse_comments(lines, feats, at, headed=False)
    if section is not None:
        labels = _relabel(labels, section.labels)
    article = assemble(lines, labels, meta, section, language, options)
    return Result(article, lines, labels)


def _mark_title(
    lines: list[Line], labels: list[Decision], at: int | None, body_start: int
) -> list[Decision]:
    """Label the headline; body lines above it were a teaser or tagline, not the article."""
    if at is None:
        return labels
    out = list(labels)
    for i in range(body_start, at):
        if out[i].label is Label.BODY:
            out[i] = replace(out[i], label=Label.BOILERPLATE, reason="above the headline")
    out[at] = replace(out[at], label=Label.TITLE, reason="best headline candidate near the body")
    # The headline repeated further down (a teaser, a "read more" link) is not body text.
    title = lines[at].text
    for i in range(at + 1, len(out)):
        if out[i].label is Label.BODY and lines[i].text == title:
            out[i] = replace(out[i], label=Label.BOILERPLATE, reason="rule: repeats the headline")
    return out


def _relabel(labels: list[Decision], changes: tuple[tuple[int, Decision], ...]) -> list[Decision]:
    out = list(labels)
    for i, d in changes:
        out[i] = d
    return out
