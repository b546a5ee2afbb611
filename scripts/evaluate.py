#!/usr/bin/env python3
"""Score newsx on the development set, per set and rendering, with the shared scorer.

Usage:
    python scripts/evaluate.py [--devset DIR] [--extra DIR] [--html] [--folds K | --cross]
                               [--cache FILE] [--jobs N] [--json] [--check]

Runs newsx in-process over every text of ../shared/devset (both renderings, plus those of
`--extra`, made by scripts/render_more.py), writes the predictions as JSON Lines, scores them
with ../shared/eval/score.py and prints a Markdown table: one row per set and rendering, plus
the mean of the two devset renderings (the figure the issues quote). `--html` adds a row for
the devset's original HTML files, read by `newsx.extract_html`. `--check` exits 1 when a mean
figure (or, with --html, an HTML figure) falls below its floor in FLOORS: the CI gate.

`--folds K` scores out of fold: the pages are split into K folds by site, and each fold is
extracted with a line classifier (scripts/train_lines.py) and headline weights
(scripts/train_title.py) fitted on the other folds only, so no page is scored by a model
that saw its site. `--cross` trains on one set and scores the
other, both ways round. Both need numpy (the dev extra); `--cache` keeps the line vectors.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from multiprocessing import Pool
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from devset import DEFAULT_DEVSET, RENDERINGS, SETS, Page, fold_of, html_file, load_pages

import newsx
from newsx.html_input import extract_html
from newsx.htmltext import looks_like_html
from newsx.linemodel import LineModel
from newsx.pipeline import run

FIGURES = {
    "wcxb-dev": ("body_f1", "title", "authors", "date"),
    "traf-a": ("snip_f1", "title", "authors", "date", "comments_rec", "comments_leak"),
}
#: The CI gate: mean-of-renderings figures the devset must keep (set just under today's).
#: Lower-is-better figures are listed with a "max:" prefix.
FLOORS: dict[str, dict[str, float]] = {
    "wcxb-dev": {"body_f1": 0.90, "title": 0.74, "authors": 0.58, "date": 0.73},
    "traf-a": {"snip_f1": 0.84, "comments_rec": 0.59, "max:comments_leak": 0.05},
}

#: Floors of the HTML row (--html).
HTML_FLOORS: dict[str, dict[str, float]] = {
    "wcxb-dev": {"body_f1": 0.935, "title": 0.85, "authors": 0.73, "date": 0.85},
    "traf-a": {"snip_f1": 0.91, "comments_rec": 0.58, "max:comments_leak": 0.05},
}
HTML = "html"

_MODEL: LineModel | None = None
_HTML_MODEL: LineModel | None = None
_TITLE_WEIGHTS: tuple[float, ...] | None = None
_OPTIONS = newsx.Options()


@dataclass(frozen=True)
class Models:
    """What a fold is extracted with; None fields mean the shipped model."""

    lines: dict[str, Any] | None = None
    """A line model table (scripts/train_lines.py)."""
    title: tuple[float, ...] | None = None
    """Headline weights in newsx.headline.FEATURES order (scripts/train_title.py)."""
    html_lines: dict[str, Any] | None = None
    """An HTML line model table (scripts/train_lines.py --html)."""


def _use_models(models: Models) -> None:
    global _MODEL, _HTML_MODEL, _TITLE_WEIGHTS
    _MODEL = LineModel.from_dict(models.lines) if models.lines else None
    _HTML_MODEL = LineModel.from_dict(models.html_lines) if models.html_lines else None
    _TITLE_WEIGHTS = models.title


def _extract(path: Path) -> str:
    try:
        text = newsx.read_text(path).text
    except newsx.NewsxError:
        return ""
    if looks_like_html(text):
        article = extract_html(text, _OPTIONS, _HTML_MODEL, _TITLE_WEIGHTS)
    else:
        article = run(text, _OPTIONS, _MODEL, _TITLE_WEIGHTS).article
    record = article.to_dict()
    record["path"] = str(path)
    return json.dumps(record, ensure_ascii=False)


def load_scorer(devset: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", devset.parent / "eval" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {devset.parent / 'eval' / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _runs(
    pages: list[Page], folds: int, cross: bool, jobs: int, cache: Path | None
) -> Iterator[tuple[list[Page], Models]]:
    """(pages to extract, the models to extract them with), fold by fold. A fold's line
    classifier and headline weights are both fitted on the other folds' pages only."""
    if not folds and not cross:
        yield pages, Models()
        return
    import train_title
    from train_lines import collect_cached, fit

    # The text models learn from the text renderings, the HTML line model from the HTML files.
    taught = [replace(p, texts={r: f for r, f in p.texts.items() if r != HTML}) for p in pages]
    data = collect_cached(taught, jobs, cache)
    html = [replace(p, texts={HTML: p.texts[HTML]}) for p in pages if HTML in p.texts]
    html_cache = cache.with_name(f"{cache.stem}-html{cache.suffix}") if cache else None
    html_data = collect_cached(html, jobs, html_cache) if html else []

    def trained(keep: Callable[[str, str], bool]) -> Models:
        """The models, fitted on the pages keep(site, set) accepts."""
        table = fit([d for d in data if keep(d[0], d[1])])
        train = [p for p in taught if keep(p.site, p.set)]
        title = train_title.fit(train_title.collect(train, jobs, table))
        html_table = fit([d for d in html_data if keep(d[0], d[1])]) if html_data else None
        return Models(table, tuple(float(w) for w in title), html_table)

    if cross:  # train on one set, score the other
        for train_set, test_set in zip(SETS, reversed(SETS)):
            print(f"evaluate: trained on {train_set}, scoring {test_set}", file=sys.stderr)
            models = trained(lambda _site, s, name=train_set: s == name)
            yield [p for p in pages if p.set == test_set], models
        return
    for k in range(folds):
        print(f"evaluate: fold {k + 1}/{folds}", file=sys.stderr)
        models = trained(lambda site, _set, k=k: fold_of(site, folds) != k)
        yield [p for p in pages if fold_of(p.site, folds) == k], models


def evaluate(
    devset: Path,
    jobs: int,
    extra: Path | None = None,
    folds: int = 0,
    cross: bool = False,
    cache: Path | None = None,
    html: bool = False,
) -> dict[str, dict[str, dict[str, float]]]:
    """{set: {rendering, "html" or "mean": {figure: value}}}."""
    scorer = load_scorer(devset)
    pages = load_pages(devset, extra)
    if html:
        pages = [_with_html(devset, p) for p in pages]
    renderings = sorted({r for p in pages for r in p.texts}, key=lambda r: (r not in RENDERINGS, r))
    results: dict[str, dict[str, dict[str, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        preds = {(s, r): Path(tmp) / f"{s}-{r}.jsonl" for s in SETS for r in renderings}
        for chunk, models in _runs(pages, folds, cross, jobs, cache):
            with Pool(jobs, initializer=_use_models, initargs=(models,)) as pool:
                for name in SETS:
                    for rendering in renderings:
                        files = [
                            p.texts[rendering]
                            for p in chunk
                            if p.set == name and rendering in p.texts
                        ]
                        with preds[name, rendering].open("a", encoding="utf-8") as fp:
                            for line in pool.imap(_extract, files, chunksize=16):
                                if line:
                                    fp.write(line + "\n")
        for name in SETS:
            gold_dir = devset / name
            results[name] = {}
            for rendering in renderings:
                scores = scorer.score(gold_dir, preds[name, rendering])
                results[name][rendering] = {k: scores[k] for k in FIGURES[name] if k in scores}
            results[name]["mean"] = {
                k: sum(results[name][r][k] for r in RENDERINGS) / len(RENDERINGS)
                for k in results[name][RENDERINGS[0]]
            }
    return results


def _with_html(devset: Path, page: Page) -> Page:
    path = html_file(devset, page)
    return replace(page, texts={**page.texts, HTML: path}) if path.exists() else page


def table(results: dict[str, dict[str, dict[str, float]]]) -> str:
    rows = []
    for name, per in results.items():
        figs = FIGURES[name]
        rows.append(f"\n| {name} | " + " | ".join(figs) + " |")
        rows.append("|---|" + "---|" * len(figs))
        for rendering, scores in per.items():
            cells = " | ".join(f"{scores[k]:.3f}" if k in scores else "-" for k in figs)
            rows.append(f"| {rendering} | {cells} |")
    return "\n".join(rows).strip()


def check(results: dict[str, dict[str, dict[str, float]]]) -> list[str]:
    failures = []
    gates = [(name, "mean", floors) for name, floors in FLOORS.items()]
    gates += [(name, HTML, f) for name, f in HTML_FLOORS.items() if HTML in results[name]]
    for name, row, floors in gates:
        mean = results[name][row]
        if row == HTML:
            name = f"{name} (html)"
        for key, bound in floors.items():
            if key.startswith("max:"):
                fig = key[4:]
                if mean.get(fig, 0.0) > bound:
                    failures.append(f"{name} {fig} {mean[fig]:.3f} > {bound}")
            elif mean.get(key, 0.0) < bound:
                failures.append(f"{name} {key} {mean.get(key, 0.0):.3f} < {bound}")
    return failures


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--devset", type=Path, default=DEFAULT_DEVSET)
    ap.add_argument("--extra", type=Path, help="more renderings, from scripts/render_more.py")
    ap.add_argument("--folds", type=int, default=0, help="score out of fold, K folds by site")
    ap.add_argument("--cross", action="store_true", help="train on one set, score the other")
    ap.add_argument("--html", action="store_true", help="also score the devset's HTML files")
    ap.add_argument("--cache", type=Path, help="line vectors cache shared with train_lines.py")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--check", action="store_true", help="fail when a figure is below its floor")
    args = ap.parse_args()
    if not args.devset.is_dir():
        print(f"evaluate: no devset at {args.devset}; skipped", file=sys.stderr)
        return 0
    results = evaluate(
        args.devset, args.jobs, args.extra, args.folds, args.cross, args.cache, args.html
    )
    print(json.dumps(results, indent=2) if args.json else table(results))
    if args.check:
        failures = check(results)
        for f in failures:
            print(f"evaluate: below the floor: {f}", file=sys.stderr)
        return 1 if failures else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
