#!/usr/bin/env python3
"""Fit the line classifier and the decoder's transitions on the development set.

Usage:
    python scripts/train_lines.py [--devset DIR] [--extra DIR] [--folds K] [--cache FILE] [--write]

Every rendering of every page is split into lines exactly as newsx does, each line gets the
feature vector of newsx.pipeline.classifier, and a class from the gold answers:
  wcxb-dev (full gold body): BODY when most of the line's word trigrams occur in the gold body,
    OTHER when few do; short lines are BODY only when the gold holds them and both labelled
    neighbours are BODY.
  traf-a (snippets): lines holding a "with" snippet are BODY, a "without" snippet OTHER, a
    comment snippet COMMENT; other lines are left out.
A multinomial logistic regression (Adam, L2) is fitted on the standardised vectors, each page
weighing the same; the decoder's transitions are counted on the wcxb-dev label sequences.
`--folds K` reports out-of-fold line scores (folds split by site); `--write` writes
newsx/data/line_model.json. `--extra` adds renderings made by scripts/render_more.py.
Needs numpy (the dev extra).
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import pickle
import sys
from dataclasses import replace
from multiprocessing import Pool
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from devset import DEFAULT_DEVSET, HTML, ROOT, Page, fold_of, html_file, load_pages, tokens
from provenance import provenance

from newsx.api import read_text
from newsx.html.marks import Marks
from newsx.html.page import HtmlPage
from newsx.html.render import parse, render_marked
from newsx.pipeline.classifier import LineClass
from newsx.pipeline.features import compute_features
from newsx.pipeline.labelling import classifier_inputs, gather_evidence
from newsx.pipeline.line_vectors import FEATURES
from newsx.pipeline.page import Page as TextPage
from newsx.pipeline.page import read_lines
from newsx.pipeline.viterbi import State
from newsx.text.lines import Line

MODEL = ROOT / "newsx" / "data" / "line_model.json"
HTML_MODEL = ROOT / "newsx" / "data" / "html_line_model.json"
#: A line is body when this share of its word trigrams is in the gold body, other when at most
#: OTHER_SHARE is; lines in between (quotes repeated in a teaser, half-matching captions) are
#: left out of training.
BODY_SHARE = 0.5
OTHER_SHARE = 0.2
#: A snippet marks a line when this share of its trigrams falls in the line.
SNIPPET_SHARE = 0.5
L2 = 1e-3
STEPS = 150
RATE = 0.1
#: Emission scales tried (see LineModel.emission_scale), on every EMISSION_SAMPLE-th page.
EMISSION_SCALES = (1.0, 2.0, 3.0, 5.0, 8.0, 12.0, 16.0, 24.0, 32.0, 48.0, 64.0, 96.0)
#: The text model's scales stop at 16: with the wider grid it picked 48, which in-sample
#: raised every text figure a little, but out of fold (evaluate.py --folds 5) moved title
#: -0.004, snippets -0.002 and authors +0.004, so the gain was the devset's, not the method's.
TEXT_EMISSION_SCALES = EMISSION_SCALES[:7]
#: Body biases tried (LineModel.body_bias) once the scale is chosen, on every set's pages,
#: for the HTML model. The text model keeps none: there the bias chosen (1.0) added 0.006
#: body F1 and 0.008 snippet F1 but cost 0.03 of title (the headline is sought near the
#: body's start), 0.02 of authors and 0.02 more comment leak.
BODY_BIASES = (0.0, 0.25, 0.5, 1.0, 1.5, 2.0)
TEXT_BODY_BIASES = (0.0,)
EMISSION_SAMPLE = 4
#: Bias of a class with no training lines: e^-30 is "never".
UNSEEN_CLASS_BIAS = 30.0
#: Every page rendering weighs the same in the fit; each cropped copy half as much.
PAGE_WEIGHT = 100.0
CROP_WEIGHT = 10.0
#: Suffix of the rendering name of cropped copies: they are left out of the transition
#: counts (they have no furniture) and of the reports.
CUT = "+cut"
#: Counts added to every allowed transition so rare ones keep a finite cost.
SMOOTHING = 1.0
#: The set whose gold holds whole article bodies: every line of its pages has a label, so
#: its pages give the decoder's transitions and the emission scale.
FULLY_LABELLED = "wcxb-dev"

Rows = tuple[np.ndarray, np.ndarray, np.ndarray]
"""(vectors, classes with -1 for unlabelled, sample weights) of one page rendering."""


def trigrams(toks: list[str]) -> list[tuple[str, ...]]:
    return [tuple(toks[i : i + 3]) for i in range(len(toks) - 2)]


def _wcxb_classes(body: str, lines: list[Line]) -> list[int]:
    gold = tokens(body)
    gold_tri = set(trigrams(gold))
    gold_pairs = set(itertools.pairwise(gold))
    gold_words = set(gold)
    out: list[int] = []
    for line in lines:
        toks = tokens(line.text)
        if line.blank or not toks:
            out.append(-1)
        elif len(toks) >= 3:
            tri = trigrams(toks)
            share = sum(t in gold_tri for t in tri) / len(tri)
            if share >= BODY_SHARE:
                out.append(LineClass.BODY)
            elif share <= OTHER_SHARE:
                out.append(LineClass.OTHER)
            else:
                out.append(-1)
        else:
            held = tuple(toks) in gold_pairs if len(toks) == 2 else toks[0] in gold_words
            out.append(-2 if held else LineClass.OTHER)
    # Short lines the gold holds: body when sandwiched between body lines, else other.
    labelled = [i for i, c in enumerate(out) if c >= 0]
    for i, c in enumerate(out):
        if c != -2:
            continue
        before = [j for j in labelled if j < i]
        after = [j for j in labelled if j > i]
        inside = bool(before and after) and out[before[-1]] == out[after[0]] == LineClass.BODY
        out[i] = LineClass.BODY if inside else LineClass.OTHER
    return out


def _snippet_classes(gold: dict[str, object], lines: list[Line]) -> list[int]:
    out = [-1] * len(lines)
    line_tri = [set(trigrams(tokens(line.text))) for line in lines]
    groups = (
        ("without", LineClass.OTHER),
        ("comments", LineClass.COMMENT),
        ("with", LineClass.BODY),
    )
    for key, cls in groups:
        for snippet in gold.get(key) or []:  # type: ignore[attr-defined]
            tri = set(trigrams(tokens(snippet)))
            if not tri:
                continue
            for i, lt in enumerate(line_tri):
                if lt and len(tri & lt) >= SNIPPET_SHARE * len(tri):
                    out[i] = cls
    return out


def _rows(
    lines: list[Line], classes: list[int], weight: float, marks: list[Marks | None] | None
) -> Rows:
    feats, language, stopwords_of = compute_features(lines)
    page = (
        TextPage(lines, feats, language, stopwords_of)
        if marks is None
        else HtmlPage(lines, feats, language, stopwords_of, marks)
    )
    width = len(FEATURES + page.markup_features)
    x = np.array(classifier_inputs(page, gather_evidence(page)), dtype=float).reshape(-1, width)
    y = np.array([c for c, line in zip(classes, lines) if not line.blank], dtype=int)
    sizes = np.array([min(len(line.text.split()), 60) + 2 for line in lines if not line.blank])
    w = np.where(y >= 0, sizes, 0).astype(float)
    if w.sum():
        w *= weight / w.sum()
    return x, y, w


def page_rows(args: tuple[Page, str]) -> list[tuple[str, str, str, Rows]]:
    """The rows of one page rendering, plus, for pages with a full gold body, the same page
    cut right after its article and one cut right before it: dumps that end or start with
    the article exist, and without them the model learns that the edge of a page is never
    body."""
    page, rendering = args
    marks: list[Marks | None] | None = None
    try:
        text = read_text(page.texts[rendering]).text  # as newsx extract reads it
        if rendering == HTML:
            text, marks = render_marked(parse(text))
    except Exception:
        return []
    lines = read_lines(text)  # as Page.from_text reads them
    key = (page.site, page.set, rendering)
    if not page.gold.get("body"):
        return [(*key, _rows(lines, _snippet_classes(page.gold, lines), PAGE_WEIGHT, marks))]
    classes = _wcxb_classes(str(page.gold["body"]), lines)
    out = [(*key, _rows(lines, classes, PAGE_WEIGHT, marks))]
    body = [i for i, c in enumerate(classes) if c == LineClass.BODY]
    if body:
        first, last = body[0], body[-1] + 1
        cut = (page.site, page.set, rendering + CUT)
        out.append((*cut, _rows(lines[:last], classes[:last], CROP_WEIGHT, marks)))
        # Line.index still points into the whole page's marks.
        out.append((*cut, _rows(lines[first:], classes[first:], CROP_WEIGHT, marks)))
    return out


def html_pages(pages: list[Page], devset: Path) -> list[Page]:
    """The pages with their original HTML file as their one rendering (those that have one)."""
    out = []
    for page in pages:
        path = html_file(devset, page)
        if path.exists():
            out.append(replace(page, texts={HTML: path}))
    return out


def collect(pages: list[Page], jobs: int) -> list[tuple[str, str, str, Rows]]:
    work = [(p, r) for p in pages for r in sorted(p.texts)]
    with Pool(jobs) as pool:
        return [r for rows in pool.imap(page_rows, work, chunksize=8) for r in rows]


def collect_cached(
    pages: list[Page], jobs: int, cache: Path | None
) -> list[tuple[str, str, str, Rows]]:
    """collect(), kept in `cache` between runs (delete it when features or pages change)."""
    if cache and cache.exists():
        with cache.open("rb") as fp:
            return pickle.load(fp)  # type: ignore[no-any-return]
    data = collect(pages, jobs)
    if cache:
        with cache.open("wb") as fp:
            pickle.dump(data, fp)
    return data


def counted_transitions(data: list[tuple[str, str, str, Rows]]) -> np.ndarray:
    """log P(next | state), counted on the fully labelled pages (wcxb-dev). Without any
    (training on traf-a alone), on the rules' heaviest run of every page instead: snippet
    labels cover a few lines a page and give no sequence to count on, and transitions left
    at their smoothing make leaving the body as cheap as staying in it."""
    full = [d for d in data if d[1] == FULLY_LABELLED and not d[2].endswith(CUT)]
    n = len(State)
    counts = np.zeros((n, n))
    allowed = np.zeros((n, n), dtype=bool)
    for a, b in (
        (State.BEFORE, State.BEFORE),
        (State.BEFORE, State.BODY),
        (State.BODY, State.BODY),
        (State.BODY, State.GAP),
        (State.BODY, State.AFTER),
        (State.GAP, State.GAP),
        (State.GAP, State.BODY),
        (State.AFTER, State.AFTER),
    ):
        allowed[a, b] = True
    if full:
        sequences = [y for _, _, _, (_, y, _) in full]
    else:
        in_run = FEATURES.index("in_run")
        sequences = [
            np.where(x[:, in_run] > 0, LineClass.BODY, LineClass.OTHER)
            for _, _, rendering, (x, _, _) in data
            if not rendering.endswith(CUT) and len(x)
        ]
    for y in sequences:
        states = _states(y)
        for a, b in itertools.pairwise(states):
            if allowed[a, b]:
                counts[a, b] += 1
    probs = np.where(allowed, counts + SMOOTHING, 0.0)
    totals = probs.sum(axis=1, keepdims=True)
    probs = np.divide(probs, totals, out=np.zeros_like(probs), where=totals > 0)
    with np.errstate(divide="ignore"):
        return np.log(probs)


def _states(y: np.ndarray) -> list[State]:
    """The state sequence a fully labelled page walks (unlabelled lines take the last label)."""
    body = np.flatnonzero(y == LineClass.BODY)
    if not len(body):
        return []
    first, last = body[0], body[-1]
    out = []
    prev = LineClass.OTHER
    for i, c in enumerate(y):
        c = prev if c < 0 else c
        prev = c
        if i < first:
            out.append(State.BEFORE)
        elif i > last:
            out.append(State.AFTER)
        else:
            out.append(State.BODY if c == LineClass.BODY else State.GAP)
    return out


def fit(data: list[tuple[str, str, str, Rows]]) -> dict[str, Any]:
    """The model table classifier.LineModel.from_dict reads (the HTML model's when the rows
    have the markup's features)."""
    x = np.vstack([d[3][0] for d in data])
    y = np.concatenate([d[3][1] for d in data])
    w = np.concatenate([d[3][2] for d in data])
    keep = w > 0
    x, y, w = x[keep], y[keep], w[keep]
    html_features = FEATURES + HtmlPage.markup_features
    features = {len(FEATURES): FEATURES, len(html_features): html_features}.get(x.shape[1])
    if features is None:
        raise SystemExit(f"rows of {x.shape[1]} features: a stale --cache? delete it")
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    mean[0], scale[0] = 0.0, 1.0  # the bias column stays 1
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    k = len(LineClass)
    onehot = np.eye(k)[y]
    w = w / w.sum()
    theta = np.zeros((k, z.shape[1]))
    m = np.zeros_like(theta)
    v = np.zeros_like(theta)
    for step in range(1, STEPS + 1):
        s = z @ theta.T
        s -= s.max(axis=1, keepdims=True)
        p = np.exp(s)
        p /= p.sum(axis=1, keepdims=True)
        # (z.T @ r).T, not r.T @ z: OpenBLAS is a hundred times slower on the latter's shape.
        grad = (z.T @ ((p - onehot) * w[:, None])).T + L2 * theta
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        theta -= RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    prior = np.array([w[y == c].sum() for c in range(k)])
    # A class no training line has (comments, when training on wcxb-dev alone) must never be
    # chosen: dividing its near-zero posterior by a near-zero prior would make it look likely.
    for c in np.flatnonzero(prior == 0):
        theta[c] = 0.0
        theta[c, 0] = -UNSEEN_CLASS_BIAS
        prior[c] = 1.0
    table = {
        "features": list(features),
        "mean": [round(float(a), 6) for a in mean],
        "scale": [round(float(a), 6) for a in scale],
        "weights": [[round(float(a), 5) for a in row] for row in theta],
        "log_prior": [round(math.log(max(float(a), 1e-6)), 5) for a in prior],
        "transitions": [
            [round(float(a), 5) if np.isfinite(a) else -1e9 for a in row]
            for row in counted_transitions(data)
        ],
        "emission_scale": 1.0,
    }
    # The scale that decodes the labelled lines best: those of the fully labelled pages, or
    # without any, the snippet-labelled lines of the others.
    sets = (FULLY_LABELLED,) if any(d[1] == FULLY_LABELLED for d in data) else None
    sample = [d for d in data if sets is None or d[1] in sets][::EMISSION_SAMPLE]
    text = features == FEATURES
    scored = {
        a: np.mean(list(line_report({**table, "emission_scale": a}, sample, sets).values()))
        for a in (TEXT_EMISSION_SCALES if text else EMISSION_SCALES)
    }
    table["emission_scale"] = max(scored, key=scored.__getitem__)
    # Then the body bias, on the labelled lines of every page of every set.
    everything = data[::EMISSION_SAMPLE]
    biases = TEXT_BODY_BIASES if text else BODY_BIASES
    by_bias = {
        b: np.mean(list(line_report({**table, "body_bias": b}, everything, None).values()))
        for b in biases
    }
    table["body_bias"] = max(by_bias, key=by_bias.__getitem__)
    return table


def line_report(
    table: dict[str, Any],
    data: list[tuple[str, str, str, Rows]],
    sets: tuple[str, ...] | None = (FULLY_LABELLED,),
) -> dict[str, float]:
    """Word-weighted F1 of BODY among the labelled lines after decoding, per rendering, on
    the pages of `sets` (None: every set)."""
    from newsx.pipeline.classifier import LineModel
    from newsx.pipeline.viterbi import viterbi

    model = LineModel.from_dict(table)
    theta, offsets = np.array(model.weights), np.array(model.offsets)
    prior_body = model.log_prior[LineClass.BODY] - model.body_bias
    prior_out = model.log_prior_outside
    outside_classes = [LineClass.OTHER, LineClass.COMMENT]
    stats: dict[str, list[float]] = {}
    for _, set_name, rendering, (x, y, w) in data:
        if (sets is not None and set_name not in sets) or rendering.endswith(CUT) or not len(x):
            continue
        # LineModel.emissions, on a whole page at once.
        z = x @ theta.T + offsets
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        log_norm = np.log(e.sum(axis=1))
        outside = np.log(np.maximum(e[:, outside_classes].sum(axis=1), 1e-300)) - log_norm
        body = z[:, LineClass.BODY] - log_norm
        scores = model.emission_scale * np.column_stack((outside - prior_out, body - prior_body))
        path = viterbi(scores.tolist(), model.transitions)
        pred = np.array([s is State.BODY for s in path])
        gold = y == LineClass.BODY
        mask = y >= 0
        tp = float((w * (pred & gold & mask)).sum())
        fp = float((w * (pred & ~gold & mask)).sum())
        fn = float((w * (~pred & gold & mask)).sum())
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else float(not gold[mask].any())
        stats.setdefault(rendering, []).append(f1)
    return {r: float(np.mean(v)) for r, v in sorted(stats.items())}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--devset", type=Path, default=DEFAULT_DEVSET)
    ap.add_argument("--extra", type=Path, help="renderings made by scripts/render_more.py")
    ap.add_argument("--folds", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--cache", type=Path, help="keep the line vectors here between runs")
    ap.add_argument("--html", action="store_true", help="fit the HTML model on SET/html/ pages")
    args = ap.parse_args()
    pages = load_pages(args.devset, args.extra)
    if args.html:
        pages = html_pages(pages, args.devset)
    data = collect_cached(pages, args.jobs, args.cache)
    print(f"{len(data)} page renderings, {sum(len(d[3][0]) for d in data)} lines")
    if args.folds:
        oof: dict[str, list[float]] = {}
        for k in range(args.folds):
            train = [d for d in data if fold_of(d[0], args.folds) != k]
            test = [d for d in data if fold_of(d[0], args.folds) == k]
            for r, f in line_report(fit(train), test).items():
                oof.setdefault(r, []).append(f)
        for r, fs in oof.items():
            print(f"out-of-fold body-line F1 (wcxb-dev, {r}): {np.mean(fs):.3f}")
    table = fit(data)
    for r, f in line_report(table, data).items():
        print(f"in-sample body-line F1 (wcxb-dev, {r}): {f:.3f}")
    if args.write:
        hyper = {
            "l2": L2,
            "steps": STEPS,
            "rate": RATE,
            "body_share": BODY_SHARE,
            "other_share": OTHER_SHARE,
            "snippet_share": SNIPPET_SHARE,
            "page_weight": PAGE_WEIGHT,
            "crop_weight": CROP_WEIGHT,
            "smoothing": SMOOTHING,
            "emission_scales": list(TEXT_EMISSION_SCALES if not args.html else EMISSION_SCALES),
            "body_biases": list(TEXT_BODY_BIASES if not args.html else BODY_BIASES),
            "emission_sample": EMISSION_SAMPLE,
        }
        table = {
            "provenance": provenance(
                "scripts/train_lines.py",
                "html" if args.html else "text",
                args.devset,
                hyper,
                sets=sorted({d[1] for d in data}),
                renderings=sorted({d[2] for d in data if not d[2].endswith(CUT)}),
                page_renderings=sum(not d[2].endswith(CUT) for d in data),
            ),
            **table,
        }
        target = HTML_MODEL if args.html else MODEL
        target.write_text(json.dumps(table, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
