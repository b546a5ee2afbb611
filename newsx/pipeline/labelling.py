"""Stage 4, labels: a label for every line, and the reason for it.

Order of decisions: each line gets a content weight; the run of lines with the most weight is
the article body; structural cues then changes lines inside and around it (bylines, dates,
captions, related links, the comment section).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from newsx.comments.section import find_section_start, heading_above, is_comment_heading
from newsx.pipeline.classifier import LineModel, default_model
from newsx.pipeline.features import CUE_MAX_WORDS, Features
from newsx.pipeline.line_rules import Decision, content_weight, cue_label, is_prose
from newsx.pipeline.line_vectors import FEATURES, CueFlags, LineFacts, line_vectors
from newsx.pipeline.page import Page
from newsx.pipeline.runs import best_run
from newsx.pipeline.viterbi import State, viterbi
from newsx.records import Label
from newsx.text.lines import Line, next_nonblank, prev_nonblank
from newsx.vocab import cues

if TYPE_CHECKING:  # line_net reads this module's Evidence: imported where used, not here
    from newsx.pipeline.line_net import LineNet


#: A line this short that ends in a bracketed note and is no sentence is a caption with its
#: credit ("Xi Jinping in Moscow [Agencies]"); longer, the note closes a paragraph.
CAPTION_SHORT_WORDS = 12


_RELATED_ITEM = "under a related-links heading"


@dataclass(frozen=True)
class Layout:
    """The labelling stage's answer: a decision per line and where the parts of the page are."""

    decisions: list[Decision]
    body: tuple[int, int]
    """[start, end) of the article's run of lines."""
    comments_at: int
    """Index of the comment section heading, or the number of lines when there is none."""


@dataclass(frozen=True)
class Evidence:
    """What the rules say about a page before the classifier weighs it in."""

    weighted: list[tuple[float, str]]
    """Content weight of each line and why."""
    comments_at: int
    cues: list[Decision | None]
    facts: list[LineFacts | None]
    """The classifier's rule inputs per line; None for blank lines."""


def gather_evidence(page: Page, comments: bool = True) -> Evidence:
    """Content weights, the heaviest run, the comment heading and the cue of every line.
    With `comments` False (a page whose posts are its content) no comment section is sought."""
    lines, feats = page.lines, page.feats
    weighted = [content_weight(line, f) for line, f in zip(lines, feats)]
    start, end = best_run([w for w, _ in weighted]) or (0, 0)
    comments_at = len(lines)
    if comments:
        above = heading_above(page, start)
        comments_at = find_section_start(page, start, end) if above is None else above
    if comments_at < end:
        start, end = best_run([w for w, _ in weighted[:comments_at]]) or (0, 0)
    cue_list: list[Decision | None] = []
    facts: list[LineFacts | None] = []
    for i, (line, f) in enumerate(zip(lines, feats)):
        if line.blank:
            cue_list.append(None)
            facts.append(None)
            continue
        cue = cue_label(line, f)
        cue_list.append(cue)
        text = line.text
        facts.append(
            LineFacts(
                prose=is_prose(f),
                weight=weighted[i][0],
                in_run=start <= i < end,
                cues=CueFlags(
                    cue is not None and cue.label is Label.BYLINE,
                    cue is not None and cue.label is Label.DATE,
                    cue is not None and cue.label is Label.RELATED,
                    f.interface,
                    is_comment_heading(text, f.n_words),
                    f.credit and caption_like(page, i),
                ),
            )
        )
    return Evidence(weighted, comments_at, cue_list, facts)


def decode_states(
    page: Page, ev: Evidence, model: LineModel | LineNet, comments: bool = True
) -> list[State | None]:
    """The Viterbi path's state for every line (None for blank lines). With `comments`
    False the line network's comment class counts for the body (a forum's posts)."""
    vectors = classifier_inputs(page, ev)
    scores: Sequence[Sequence[float]]
    if isinstance(model, LineModel):
        scores = model.emissions(vectors.tolist())
    else:
        base = vectors.astype(np.float32)
        scores = model.emissions(model.probabilities(page, ev, base), not comments)
    path = iter(viterbi(scores, model.transitions))
    return [None if line.blank else next(path) for line in page.lines]


def classifier_inputs(page: Page, ev: Evidence) -> np.ndarray:
    """(n, width): the line classifier's vector of every non-blank line: the text's
    features, and after them what the page's source says of the line (page.markup_vectors;
    nothing for a dump)."""
    vectors = line_vectors(page.lines, page.feats, ev.facts)
    markup = np.array(page.markup_vectors(), float).reshape(len(vectors), len(page.markup_features))
    return np.hstack([vectors, markup])


def default_scorer(kind: str) -> LineModel | LineNet:
    """The shipped line scorer of a kind of page: its line network where the package ships
    one, else the logistic regression over the text's (and the markup's) features."""
    from newsx.pipeline.line_net import default_net

    net = default_net(kind)
    return net if net is not None else default_model(kind)


def label_lines(
    page: Page, model: LineModel | LineNet | None = None, comments: bool = True
) -> Layout:
    """A Decision per line, the span of the article body and the start of the comments.

    `model` replaces the shipped scorer of the page's kind; it must read the features
    the page gives. With `comments` False no line is taken for a comment section."""
    lines, feats = page.lines, page.feats
    ev = gather_evidence(page, comments)
    model = model or default_scorer(page.kind)
    if isinstance(model, LineModel) and model.features != FEATURES + page.markup_features:
        raise ValueError(f"this line model reads other features than a {page.kind} page gives")
    states = decode_states(page, ev, model, comments)
    if not isinstance(model, LineModel):  # a network's decoding; the classifier's is as it was
        states = trim_interface_edges(states, ev)
    body = [i for i, s in enumerate(states) if s is State.BODY]
    span = (body[0], body[-1] + 1) if body else (0, 0)
    comments_at = ev.comments_at
    captions = figure_captions(page, ev, body)
    out: list[Decision] = []
    in_related = False
    for i, (line, f) in enumerate(zip(lines, feats)):
        weight, why = ev.weighted[i]
        if line.blank:
            # A related-links block ends at the first blank line after one of its items,
            # unless that item and the next line are bullets: a list spaced by blank lines.
            if in_related and out and out[-1].reason == _RELATED_ITEM:
                in_related = _bullets_go_on(lines, i)
            out.append(Decision(Label.BLANK, "blank"))
            continue
        cue, facts = ev.cues[i], ev.facts[i]
        state = states[i]
        inside = span[0] <= i < span[1]
        if i >= comments_at:
            label = _outside_label(line, f)
            out.append(Decision(label, f"after the comment heading; {why}", weight))
        elif cue is not None:
            in_related = cue.label is Label.RELATED
            out.append(Decision(cue.label, cue.reason, weight))
        elif in_related and (line.bullet or not f.sentence_end):
            out.append(Decision(Label.RELATED, _RELATED_ITEM, weight))
        elif inside and facts is not None and facts.cues.credit:
            out.append(Decision(Label.CAPTION, "photo credit", weight))
        elif i in captions:
            out.append(Decision(Label.CAPTION, "markup: a figure's caption", weight))
        elif state is State.BODY:
            in_related = False
            out.append(Decision(Label.BODY, f"model: body; {why}", weight))
        elif inside:
            out.append(
                Decision(Label.BOILERPLATE, f"model: furniture inside the body; {why}", weight)
            )
        else:
            in_related = False
            out.append(Decision(_outside_label(line, f), f"model: outside the body; {why}", weight))
    return Layout(out, span, comments_at)


def _bullets_go_on(lines: list[Line], blank: int) -> bool:
    """Whether the lines either side of the blank lines at `blank` are both bullets."""
    before, after = prev_nonblank(lines, blank), next_nonblank(lines, blank)
    if before is None or after is None:
        return False
    return bool(lines[before].bullet) and bool(lines[after].bullet)


def trim_interface_edges(states: list[State | None], ev: Evidence) -> list[State | None]:
    """The decoded states with lines of interface words (features.interface: "Large Medium
    Small", "Share Print Email") at either end of the body moved outside it. Such a line
    does not open or close an article; a scorer that reads a line with its neighbours (the
    line network) sometimes takes the text-size widget above the first paragraph for the
    start of the body."""
    out = list(states)
    body = [i for i, s in enumerate(out) if s is State.BODY]
    for edge, outside in ((body, State.BEFORE), (body[::-1], State.AFTER)):
        for i in edge:
            facts = ev.facts[i]
            if facts is None or not facts.cues.interface:
                break
            out[i] = outside
    if all(s is not State.BODY for s in out):
        return states  # a page of interface lines only: leave the decoder's answer
    return out


def caption_like(page: Page, i: int) -> bool:
    """Whether a line with a credit (features.credit) is a caption: it carries a caption cue
    ("(Photo: AFP)"), or its bracketed note ("[Agencies]") closes a line that stands under an
    image (its alt text, repeated on the page, or a marker) or a caption label, or that is
    short and no sentence. A paragraph that ends in "[12]", "[citation needed]" or
    "[Reuters]" is the article's."""
    lines, feats = page.lines, page.feats
    text = lines[i].text
    if cues.CAPTION_CUE.search(text):
        return True
    j = prev_nonblank(lines, i)
    if j is not None:
        above = lines[j].text
        if feats[j].repeats or cues.IMAGE_MARKER.match(above) or cues.CAPTION_LABEL.match(above):
            return True
    return feats[i].n_words <= CAPTION_SHORT_WORDS and not feats[i].sentence_end


def figure_captions(page: Page, ev: Evidence, body: list[int]) -> set[int]:
    """The body lines of an HTML page that stand in a figure's caption (page.in_figure):
    captions, not article text.

    On a gallery, slide-show or video page the captions are the article; they stay body
    when they hold more words than the body's other text (its lines without a cue: the
    headline, byline and date do not count)."""
    feats = page.feats
    inside = {i for i in body if page.in_figure(i)}
    words = sum(feats[i].n_words for i in inside)
    rest = sum(feats[i].n_words for i in body if ev.cues[i] is None) - words
    return inside if rest >= words else set()


def _outside_label(line: Line, f: Features) -> Label:
    if line.bullet:
        return Label.LIST
    if f.separators or f.n_words <= CUE_MAX_WORDS:
        return Label.NAVIGATION
    return Label.BOILERPLATE
