"""Sequence decoding: the most likely walk through a small state machine over a page's lines.

An article is mostly one contiguous run of body lines, with a little furniture inside it
(a subscription box, an image credit); comments come after it. Independent per-line
decisions break runs and let stray teasers in; the decoder instead finds the best path
through five states with Viterbi, scoring each line by the classifier's
log P(class | line) - log P(class) and each step by a learned log transition probability.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from newsx.linemodel import LineClass


class State(IntEnum):
    BEFORE = 0
    """Page furniture above the article."""
    BODY = 1
    GAP = 2
    """Furniture between two stretches of the body."""
    AFTER = 3
    """Page furniture below the article."""
    COMMENTS = 4


#: The class each state emits.
EMITS: tuple[LineClass, ...] = (
    LineClass.OTHER,
    LineClass.BODY,
    LineClass.OTHER,
    LineClass.OTHER,
    LineClass.COMMENT,
)
#: Where a page may start: above the article, or straight in its body.
START: tuple[State, ...] = (State.BEFORE, State.BODY)
#: Where a page may end: anywhere but inside a gap, which by definition returns to the body.
END: tuple[State, ...] = (State.BEFORE, State.BODY, State.AFTER, State.COMMENTS)

_IMPOSSIBLE = float("-inf")
#: Transition weights at or below this are impossible moves (the model file writes -1e9).
_NEVER = -1e8


def viterbi(
    scores: Sequence[Sequence[float]], transitions: Sequence[Sequence[float]]
) -> list[State]:
    """The best state per line, given per-line class scores and log transition weights."""
    if not scores:
        return []
    n = len(State)
    # Each state's possible predecessors: most transitions are impossible (-inf or a huge
    # negative number), and skipping them halves the work per line.
    preds = [
        [(p, transitions[p][s]) for p in range(n) if transitions[p][s] > _NEVER] for s in range(n)
    ]
    emits = [int(c) for c in EMITS]
    best = [scores[0][emits[s]] if s in START else _IMPOSSIBLE for s in range(n)]
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
            nxt[s] = top + row[emits[s]]
        back.append(step)
        best = nxt
    state: int = max(END, key=best.__getitem__)
    path = [state]
    for step in reversed(back):
        state = step[state]
        path.append(state)
    path.reverse()
    return [State(s) for s in path]
