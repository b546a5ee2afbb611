"""The line network's dense inputs: the classifier's vector of every line (FEATURES), more
facts of the line's shape, where it stands on the page, what the whole page looks like, and
a few of its facts over windows of neighbouring lines. numpy, a whole page at once.

There is no fact of the script (features.cjk): the devset's only CJK lines are language
menus, and with one the network learned that Chinese is furniture (as the classifier did).

The network (newsx.pipeline.line_net) sees each line through these and its hashed words;
its convolutions see further neighbours, but the windows give it the page's texture around
a line directly, which a small network learns faster from.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from newsx.pipeline.labelling import Evidence
from newsx.pipeline.line_rules import is_date_line
from newsx.pipeline.line_vectors import FEATURES, WEIGHT_SCALE
from newsx.pipeline.page import Page
from newsx.pipeline.text_stats import TEXT_STATS, text_stats
from newsx.records import Label

#: Lines of at most this many words are short (menu items, headings, labels).
SHORT_WORDS = 3
#: Prose weights beyond this many WEIGHT_SCALE units are clipped (as in the classifier).
WEIGHT_CLIP = 1.5
#: Neighbours read one by one (lines above: negative), and the radii of the windows whose
#: means are read: the next paragraph, the block, the screen, the page region.
OFFSETS = (-3, -2, -1, 1, 2, 3)
RADII = (2, 5, 12, 30)
#: The cues of line_rules.cue_label, in the order of their one-hot columns.
CUE_LABELS = (Label.BYLINE, Label.DATE, Label.NAVIGATION, Label.RELATED)
_CUE_COLUMN = {label: k for k, label in enumerate(CUE_LABELS)}

OWN = (
    "log_chars_again",  # as FEATURES' log_chars: the research's layout, kept
    "log_repeats",
    "numbered",
    "log_indent",
    "date_line",
    *(f"cue_is_{label.value}" for label in CUE_LABELS),
    *TEXT_STATS,
)
POSITION = (
    "line_position",
    "weight_position",
    "word_position",
    "bullet_run",
    "short_run",
    "prose_run",
    "indented_run",
)
PAGE = (
    "page_log_lines",
    "page_log_words",
    "page_log_weight",
    "page_prose",
    "page_bullets",
    "page_short",
    "page_mean_log_words",
    "page_positive",
    "page_in_run",
    "page_currency",
    "page_cap_share",
)
#: The facts read over the neighbours and windows.
SIGNALS = (
    "log_words",
    "stop_share",
    "sentence_end",
    "prose",
    "weight",
    "bullet",
    "repeated",
    "cap_share",
    "short",
    "punct_share",
    "digit_share",
    "raw_indent",
    "in_run",
)
RICH_FEATURES: tuple[str, ...] = (
    FEATURES
    + OWN
    + POSITION
    + PAGE
    + tuple(f"{s}@{d:+d}" for d in OFFSETS for s in SIGNALS)
    + tuple(f"{s}~{r}" for r in RADII for s in SIGNALS)
)


def shift(a: np.ndarray, d: int) -> np.ndarray:
    """`a` shifted so that row k holds row k + d (zeros beyond the page)."""
    out = np.zeros_like(a)
    if d > 0:
        out[:-d] = a[d:]
    elif d < 0:
        out[-d:] = a[:d]
    else:
        out[:] = a
    return out


def window_means(a: np.ndarray, radii: Sequence[int]) -> list[np.ndarray]:
    """For each radius r, row k: the mean of rows k - r .. k + r that exist (one running
    sum for every radius)."""
    n = len(a)
    total = np.vstack([np.zeros((1, a.shape[1]), a.dtype), np.cumsum(a, axis=0)])
    k = np.arange(n)
    out = []
    for radius in radii:
        lo, hi = np.clip(k - radius, 0, n), np.clip(k + radius + 1, 0, n)
        out.append((total[hi] - total[lo]) / (hi - lo)[:, None])
    return out


def run_length(flag: np.ndarray) -> np.ndarray:
    """log(1 + length) of the run of flagged lines each flagged line stands in; 0 elsewhere."""
    n = len(flag)
    flag = flag.astype(bool)
    if not n:
        return np.zeros(0, np.float32)
    starts = np.flatnonzero(np.r_[True, flag[1:] != flag[:-1]])
    lengths = np.diff(np.r_[starts, n])
    per_line = np.repeat(lengths, lengths)
    return np.where(flag, np.log1p(per_line), 0.0).astype(np.float32)


def net_features(page: Page) -> tuple[str, ...]:
    """The columns rich_features gives for a page: RICH_FEATURES, then what the page's
    source says of each line (page.markup_features; nothing for a dump)."""
    return RICH_FEATURES + page.markup_features


def rich_features(page: Page, ev: Evidence, base: np.ndarray) -> np.ndarray:
    """(n, len(net_features(page))) for the n non-blank lines; `base` holds their classifier
    vectors (labelling.classifier_inputs: FEATURES, then the markup's facts)."""
    idx = page.filled
    n = len(idx)
    if n == 0:
        return np.zeros((0, len(net_features(page))), np.float32)
    every = np.asarray(base, np.float32)
    x, markup = every[:, : len(FEATURES)], every[:, len(FEATURES) :]
    col = {name: x[:, k] for k, name in enumerate(FEATURES)}
    lines = [page.lines[i] for i in idx]
    feats = [page.feats[i] for i in idx]
    cues = [ev.cues[i] for i in idx]
    n_words = np.array([f.n_words for f in feats], np.float32)
    log_words = np.log1p(n_words)
    raw_weight = np.array([ev.weighted[i][0] for i in idx], np.float32)
    weight = np.clip(raw_weight / WEIGHT_SCALE, -WEIGHT_CLIP, WEIGHT_CLIP)
    bullet = np.array([line.bullet is not None for line in lines], np.float32)
    short = (n_words <= SHORT_WORDS).astype(np.float32)
    prose = col["prose"]
    # A date line is cued DATE, unless the byline pattern matched it first.
    date_line = [
        c is not None
        and (c.label is Label.DATE or (c.label is Label.BYLINE and is_date_line(line, f)))
        for c, line, f in zip(cues, lines, feats)
    ]
    cue_hot = np.zeros((n, len(CUE_LABELS)), np.float32)
    for k, c in enumerate(cues):
        if c is not None and c.label in _CUE_COLUMN:
            cue_hot[k, _CUE_COLUMN[c.label]] = 1.0
    stats = text_stats([line.text for line in lines], [line.raw for line in lines])
    own = np.column_stack(
        [
            np.log1p([f.n_chars for f in feats]),
            np.log1p([f.repeats for f in feats]),
            [(line.bullet or "")[:1].isdigit() for line in lines],
            np.log1p([line.indent for line in lines]),
            date_line,
            cue_hot,
            stats,
        ]
    )
    positive = np.maximum(weight, 0) * WEIGHT_SCALE
    weight_sum = np.cumsum(positive)
    word_sum = np.cumsum(n_words)
    total_weight, total_words = max(float(weight_sum[-1]), 1.0), max(float(word_sum[-1]), 1.0)
    raw_indent = stats[:, TEXT_STATS.index("raw_indent")]
    position = np.column_stack(
        [
            np.arange(n) / n,
            (weight_sum - positive) / total_weight,
            (word_sum - n_words) / total_words,
            run_length(bullet > 0),
            run_length(short > 0),
            run_length(prose > 0),
            run_length(raw_indent > 0),
        ]
    )
    whole = np.array(
        [
            np.log1p(n),
            np.log1p(total_words),
            np.log1p(total_weight),
            prose.mean(),
            bullet.mean(),
            short.mean(),
            log_words.mean(),
            (positive > 0).mean(),
            col["in_run"].mean(),
            stats[:, TEXT_STATS.index("currency")].mean(),
            np.mean([f.cap_share for f in feats]),
        ],
        np.float32,
    )
    signals = np.column_stack(
        [
            log_words,
            col["stop_share"],
            col["sentence_end"],
            prose,
            weight,
            bullet,
            col["repeated"],
            col["cap_share"],
            short,
            stats[:, TEXT_STATS.index("punct_share")],
            col["digit_share"],
            raw_indent,
            col["in_run"],
        ]
    ).astype(np.float32)
    windows = [shift(signals, d) for d in OFFSETS] + window_means(signals, RADII)
    page_cols = np.broadcast_to(whole, (n, len(whole)))
    return _side_by_side((x, own, position, page_cols, *windows, markup))


def _side_by_side(blocks: Sequence[np.ndarray]) -> np.ndarray:
    """The blocks' columns in one float32 array, written in place: stacking them first made
    a float64 copy of the whole (n, len(RICH_FEATURES)) matrix."""
    out = np.empty((len(blocks[0]), sum(b.shape[1] for b in blocks)), np.float32)
    at = 0
    for block in blocks:
        out[:, at : at + block.shape[1]] = block
        at += block.shape[1]
    return out
