"""Sequence decoding: the most likely walk through a small state machine over a page's lines.

An article is mostly one contiguous run of body lines, with a little furniture inside it
(a subscription box, an image credit). Independent per-line decisions break runs and let
stray teasers in; the decoder instead finds the best path through four states with Viterbi,
scoring each line by how much more (or less) likely the classifier finds it body than the
average line, and each step by a learned log transition probability.

The decoder tells body from everything else only. Reader comments are not body, and the
classifier's comment class counts as "outside" here; where the comment section starts and
what its records are is decided by the comment parser (newsx.comments.threads), which reads the
section's headers. A decoder state of its own for comments took body lines for comments on
pages with no comment section at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum


class State(IntEnum):
    BEFORE = 0
    """Page furniture above the article."""
    BODY = 1
    GAP = 2
    """Furniture between two stretches of the body."""
    AFTER = 3
    """Page furniture, related links and comments below the article."""


#: Which of a line's two scores (0: outside the body, 1: body) each state emits.
EMITS: tuple[int, ...] = (0, 1, 0, 0)
#: Where a page may start: above the article, or straight in its body.
START: tuple[State, ...] = (State.BEFORE, State.BODY)
#: Where a page may end: anywhere but inside a gap, which by definition returns to the body.
END: tuple[State, ...] = (State.BEFORE, State.BODY, State.AFTER)

_IMPOSSIBLE = float("-inf")
#: Transition weights at or below this are impossible moves (the model file writes -1e9).
_NEVER = -1e8


def viterbi(
    scores: Sequence[Sequence[float]], transitions: Sequence[Sequence[float]]
) -> list[State]:
    """The best state per line, given per-line (outside, body) scores and log transitions."""
    if not scores:
        return []
    n = len(State)
    # Each state's possible predecessors: most transitions are impossible (-inf or a huge
    # negative number), and skipping them halves the work per line.
    preds = [
        [(p, transitions[p][s]) for p in range(n) if transitions[p][s] > _NEVER] for s in range(n)
    ]
    best = [scores[0][EMITS[s]] if s in START else _IMPOSSIBLE for s in range(n)]
    back: list[list[int]] = []
    for row in scores[1:]:
        step = [0] * n
        nxt = [_IMPOSSIBLE] * n
        for s in range(n):
            top, arg = _IMPOSSIBLE, 0
            for p, t in preds[s]:
                v = best[p] + t
                if v > top:
                    top, arg = v, p
            step[s] = arg
            nxt[s] = top + row[EMITS[s]]
        back.append(step)
        best = nxt
    state: int = max(END, key=best.__getitem__)
    path = [state]
    for step in reversed(back):
        state = step[state]
        path.append(state)
    path.reverse()
    return [State(s) for s in path]
