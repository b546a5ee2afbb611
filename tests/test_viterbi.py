"""The Viterbi decoder over the four page states."""

from __future__ import annotations

import math

from newsx.pipeline.viterbi import EMITS, State, viterbi

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
