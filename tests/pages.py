"""Hand-written article paragraphs shared by the stage tests, and a page type model that
is sure of one type."""

import numpy as np

from newsx.pipeline.page_type import PAGE_TYPES, SHAPES, PageTypeModel

TITLE = "Harbour city opens new ferry terminal"
P1 = (
    "The long-awaited ferry terminal in the old harbour opened to passengers on Tuesday, "
    "three years later than the city had promised."
)
P2 = (
    "Officials said the building cost almost twice the original budget, but they expect it "
    "to carry more than a million travellers in its first year."
)
P3 = (
    "Local traders welcomed the opening of the terminal and said the quiet waterfront had "
    "hurt their shops for far too long."
)


def sure_of(kind: str) -> PageTypeModel:
    """A page type model that reads every page as `kind`: no word or shape weights, one bias."""
    n, k = len(SHAPES), len(PAGE_TYPES)
    return PageTypeModel(
        word_weights=np.zeros((256, k)),
        word_bias=np.zeros(k),
        stack_weights=np.zeros((n + k, k)),
        stack_low=np.full(n + k, -np.inf),
        stack_high=np.full(n + k, np.inf),
        stack_mean=np.zeros(n + k),
        stack_scale=np.ones(n + k),
        bias=np.array([10.0 if t == kind else 0.0 for t in PAGE_TYPES]),
        bits=8,
    )
