"""The hand rules kept beside the learned models, each with a way to switch it off.

scripts/evaluate.py --ablate scores the pipeline with one rule removed at a time, out of
fold, so that each rule shows what it earns. A rule is removed by replacing the function
that applies it, in the evaluation's worker processes only: newsx itself has no switch for
it (one Options dataclass holds its settings, and a rule is not a user's setting).

Only rules that act after the models have scored the lines are listed: removing one does
not change what a model learns from, so each fold's models are fitted once and serve every
variant. Rules whose output the models read as features (the content weight, the best
run, the cue flags) cannot be ablated without refitting, and are features, not rules
beside the model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

#: The variant that changes nothing: the pipeline as shipped.
NONE = ""


def _interface_edges() -> None:
    from newsx.pipeline import labelling

    labelling.trim_interface_edges = lambda states, ev: states


def _figure_captions() -> None:
    from newsx.pipeline import labelling

    labelling.figure_captions = lambda page, ev, body: set()


def _cue_labels() -> None:
    """The lines a cue labels (byline, date line, breadcrumb, related-links heading and the
    related items under it) keep the model's label instead. The models still read the cue
    flags: only the labelling stage is shown no cue."""
    from newsx.pipeline import labelling

    gather, decode = labelling.gather_evidence, labelling.decode_states
    real: dict[int, Any] = {}

    def gather_without_cues(page: Any, comments: bool = True) -> Any:
        ev = gather(page, comments)
        shown = replace(ev, cues=[None] * len(ev.cues))
        real[id(shown)] = ev
        return shown

    def decode_with_cues(page: Any, ev: Any, model: Any, comments: bool = True) -> Any:
        return decode(page, real.pop(id(ev), ev), model, comments)

    labelling.gather_evidence = gather_without_cues
    labelling.decode_states = decode_with_cues


def _above_title() -> None:
    from newsx.pipeline import stages

    stages._drop_above_title = lambda decisions, at, body_start: decisions


def _title_repeats() -> None:
    from newsx.pipeline import stages

    stages._drop_title_repeats = lambda lines, decisions, at: decisions


def _headline_check() -> None:
    from newsx.html.page import HtmlPage

    HtmlPage.may_be_headline = lambda self, i: True  # type: ignore[method-assign]


def _unheaded_comments() -> None:
    from newsx.pipeline import stages

    stages.find_unheaded_start = lambda page, weights, span: None


def _items_steering() -> None:
    from newsx.pipeline import stages

    stages.ITEMS_ARE_CONTENT = frozenset()


def _catalogue_steering() -> None:
    from newsx.pipeline import stages

    stages.CATALOGUES = frozenset()


def _unsigned_steering() -> None:
    from newsx.pipeline import stages

    stages.UNSIGNED = frozenset()


def _site_name() -> None:
    from newsx.meta import metadata

    metadata.without_site_name = lambda title, lines: title


#: name: (what is removed, how). The names are --ablate's choices.
ABLATIONS: dict[str, tuple[str, Callable[[], None]]] = {
    "interface-edges": ("interface lines at the body's edges leave it (text)", _interface_edges),
    "figure-captions": ("a figure's caption lines are captions (HTML)", _figure_captions),
    "cue-labels": ("bylines, date lines, breadcrumbs and related links by cue", _cue_labels),
    "above-title": ("body lines above the headline are dropped", _above_title),
    "title-repeats": ("the headline repeated in the body is dropped", _title_repeats),
    "headline-check": ("only an <h1> may be the headline (HTML)", _headline_check),
    "unheaded-comments": ("comments found without a heading", _unheaded_comments),
    "items-steering": (
        "a forum's posts and a listing's items are its body, no comments sought",
        _items_steering,
    ),
    "catalogue-steering": (
        "a listing's, collection's or product page's lines above its heading stay in it",
        _catalogue_steering,
    ),
    "unsigned-steering": (
        "on a product or collection page only a byline names the authors",
        _unsigned_steering,
    ),
    "site-name": ("a site's name after the headline is cut", _site_name),
}


def apply(name: str) -> None:
    """Remove rule `name` in this process (NONE removes nothing)."""
    if name != NONE:
        ABLATIONS[name][1]()
