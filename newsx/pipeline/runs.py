"""The main article is one contiguous run of lines: find the run with the most content."""

from __future__ import annotations

from collections.abc import Sequence


def best_run(weights: Sequence[float]) -> tuple[int, int] | None:
    """[start, end) of the contiguous run with the largest total weight (Kadane's algorithm).

    Zero weights (blank lines) never start or end a run. None when no weight is positive.
    """
    best = 0.0
    best_span: tuple[int, int] | None = None
    total = 0.0
    start = 0
    for i, w in enumerate(weights):
        if total <= 0:
            if w <= 0:
                continue
            total, start = 0.0, i
        total += w
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span
