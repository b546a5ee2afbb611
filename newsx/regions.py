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


def other_runs(
    weights: Sequence[float], main: tuple[int, int], min_total: float
) -> list[tuple[int, int]]:
    """Runs outside `main` whose own best total reaches `min_total`, in page order."""
    out: list[tuple[int, int]] = []
    for lo, hi in ((0, main[0]), (main[1], len(weights))):
        while lo < hi:
            span = best_run(weights[lo:hi])
            if span is None:
                break
            s, e = span[0] + lo, span[1] + lo
            if sum(weights[s:e]) < min_total:
                break
            out.append((s, e))
            lo = e
    return sorted(out)
