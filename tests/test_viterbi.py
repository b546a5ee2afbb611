"""The Viterbi decoder over the four page states."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

from hypothesis import given
from hypothesis import strategies as st

from newsx.pipeline.viterbi import EMITS, END, START, State, viterbi

B, S, G, A = State.BEFORE, State.BODY, State.GAP, State.AFTER
ALLOWED = {
    B: (B, S),
    S: (S, G, A),
    G: (G, S),
    A: (A,),
}


def transitions(stay: float = 0.9) -> list[list[float]]:
    """Stay with probability `stay`, share the rest among the allowed moves."""
    out = []
    for a in State:
        moves = [b for b in ALLOWED[a] if b is not a]
        row = [-math.inf] * len(State)
        row[a] = math.log(stay)
        for b in moves:
            row[b] = math.log((1 - stay) / len(moves))
        out.append(row)
    return out


def scores(classes: str) -> list[list[float]]:
    """One (outside, body) score row per character: o = outside, b = body (log-odds of 3)."""
    index = {"o": 0, "b": 1}
    return [[3.0 if k == index[ch] else -3.0 for k in range(2)] for ch in classes]


def test_empty_page_has_no_states() -> None:
    assert viterbi([], transitions()) == []


def test_furniture_then_body_then_furniture() -> None:
    assert viterbi(scores("oobbbboo"), transitions()) == [B, B, S, S, S, S, A, A]


def test_one_weak_line_inside_the_body_does_not_split_it() -> None:
    path = viterbi(scores("obbbobbbo"), transitions())
    assert path[4] is G
    assert path[1:8].count(S) == 6 and path[-1] is A


def test_a_page_may_open_with_its_body() -> None:
    assert viterbi(scores("bbo"), transitions())[0] is S


def test_after_the_article_the_body_does_not_reopen() -> None:
    # AFTER only stays AFTER: once the path has left the article, no later line is body.
    path = viterbi(scores("obbbbooooobboooobobb"), transitions())
    if A in path:
        assert S not in path[path.index(A) :]


def test_a_page_does_not_end_inside_a_gap() -> None:
    assert viterbi(scores("obbbbo"), transitions())[-1] is A


def test_every_state_emits_a_score() -> None:
    assert len(EMITS) == len(State)
    assert set(EMITS) == {0, 1}


def _path_score(
    path: Sequence[int], scores: list[list[float]], transitions: list[list[float]]
) -> float:
    total = sum(scores[k][EMITS[s]] for k, s in enumerate(path))
    return total + sum(transitions[a][b] for a, b in itertools.pairwise(path))


_ALLOWED = st.lists(st.lists(st.booleans(), min_size=4, max_size=4), min_size=4, max_size=4)
_WEIGHTS = st.lists(
    st.lists(st.integers(-4, 0).map(float), min_size=4, max_size=4), min_size=4, max_size=4
)


@given(
    st.lists(
        st.lists(st.integers(-5, 5).map(float), min_size=2, max_size=2), min_size=1, max_size=6
    ),
    st.lists(
        st.lists(st.integers(-4, 0).map(float), min_size=4, max_size=4), min_size=4, max_size=4
    ),
    _ALLOWED,
)
def test_viterbi_against_brute_force(
    scores: list[list[float]], weights: list[list[float]], allowed: list[list[bool]]
) -> None:
    # Always allow staying in a state, so that some path exists.
    transitions = [
        [w if ok or a == b else -1e9 for b, (w, ok) in enumerate(zip(row, oks))]
        for a, (row, oks) in enumerate(zip(weights, allowed))
    ]
    paths = [
        p
        for p in itertools.product(range(len(State)), repeat=len(scores))
        if p[0] in START
        and p[-1] in END
        and all(transitions[a][b] > -1e8 for a, b in itertools.pairwise(p))
    ]
    best = max(_path_score(p, scores, transitions) for p in paths)
    got = viterbi(scores, transitions)
    assert len(got) == len(scores)
    assert tuple(got) in {tuple(State(s) for s in p) for p in paths}
    assert _path_score([int(s) for s in got], scores, transitions) == best
