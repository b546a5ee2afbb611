#!/usr/bin/env python3
"""Score newsx on the development set, per set and rendering, with the shared scorer.

Usage:
    python scripts/evaluate.py [--devset DIR] [--extra DIR] [--html] [--folds K | --cross]
                               [--cache FILE] [--jobs N] [--json]

Runs newsx in-process over every text of ../shared/devset (both renderings, plus those of
`--extra`, made by scripts/render_more.py), writes the predictions as JSON Lines, scores them
with ../shared/eval/score.py and prints a Markdown table: one row per set and rendering, plus
"text", the mean of the two devset renderings (the figure the issues quote). `--html` adds a
row for the devset's original HTML files, read by `newsx.extract_html`. wcxb-dev-other (pages
of other types than articles) is scored, and learned from by the line networks and the page
type model; the logistic line models and the headline model learn from the article sets.

Without `--folds` the shipped models extract every page: an in-sample figure, since they
were fitted on these pages. `--folds K` scores out of fold: the pages are split into K folds
by site, and each fold is extracted with the learned parts (see REFITTED) fitted on the
other folds only; the table gives the pooled figure with the mean ± standard deviation over
the folds. What is not refitted (NOT_REFITTED) was chosen on the whole devset, so even these
figures are not free of it. `--cross` scores each set with line and headline models
trained without it (wcxb-dev-other with models from both article sets, which never see it);
the page type model is refitted by site folds there, as one set holds every type but the
article. Both
need numpy (the dev extra); `--cache` keeps the line vectors; `--keep DIR` keeps the
records, to study what a figure is made of.

scripts/gate.py runs this with the shipped models and out of fold, and checks the floors.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from multiprocessing import Pool
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ablations
from devset import (
    DEFAULT_DEVSET,
    HTML,
    RENDERINGS,
    SCORED_SETS,
    SETS,
    Page,
    fold_of,
    load_pages,
    with_html,
)

import newsx
from newsx.html.reader import extract_html
from newsx.html.render import looks_like_html
from newsx.meta.headline import FEATURES
from newsx.meta.title_model import TitleModel
from newsx.pipeline.classifier import LineModel
from newsx.pipeline.line_net import LineNet, default_net
from newsx.pipeline.page import Page as TextPage
from newsx.pipeline.page_type import PageTypeModel
from newsx.pipeline.stages import SHIPPED, Models, run

FIGURES = {
    "wcxb-dev": ("body_f1", "title", "authors", "date", "page_type"),
    "wcxb-dev-other": ("body_f1", "title", "authors", "date", "page_type"),
    "traf-a": ("snip_f1", "title", "authors", "date", "comments_rec", "comments_leak"),
}
#: Figures where less is better: their gate bound is a ceiling, not a floor.
LOWER_IS_BETTER = frozenset({"comments_leak"})
#: The row of the mean of the two devset renderings (the original HTML files' row is HTML).
TEXT = "text"
#: What `--folds` fits again on each fold's training pages.
REFITTED = (
    "text line network (weights, transitions, class prior)",
    "text line model (weights, transitions, emission scale; used where no network is shipped)",
    "HTML line network (weights, transitions, class prior; where one is shipped)",
    "HTML line model (weights, transitions, emission scale, body bias)",
    "headline model",
)
#: What `--folds` does not fit again: chosen by hand, or by grid, on the whole devset.
NOT_REFITTED = (
    "hand rules and their thresholds",
    "the grids the emission scale and body bias are picked from",
    "the line networks' hyper-parameters and emission scale (chosen on the research's folds)",
    "word lists and the given-names list",
    "which features the models read",
)

_TEXT_MODELS = SHIPPED
_HTML_MODELS = SHIPPED
_OPTIONS = newsx.Options()

Figures = dict[str, dict[str, dict[str, float]]]
"""{set: {row: {figure: value}}}; a row is a rendering, TEXT or HTML."""


@dataclass(frozen=True)
class Report:
    figures: Figures
    """Pooled over all pages of a set."""
    folds: dict[str, dict[str, dict[str, list[float]]]] = field(default_factory=dict)
    """{set: {row: {figure: [value of each fold]}}}; empty without --folds."""

    def spread(self, name: str, row: str, figure: str) -> tuple[float, float] | None:
        """(mean, standard deviation) of a figure over the folds, None without folds."""
        values = self.folds.get(name, {}).get(row, {}).get(figure)
        if not values or len(values) < 2:
            return None
        return statistics.mean(values), statistics.stdev(values)


#: Folds by site for the page type model when --cross scores wcxb-dev-other.
CROSS_TYPE_FOLDS = 5


@dataclass(frozen=True)
class Tables:
    """What a fold is extracted with, as the training scripts write it; None fields mean
    the shipped model."""

    lines: dict[str, Any] | None = None
    """A line model table (scripts/train_lines.py)."""
    title: dict[str, Any] | None = None
    """A headline model table (scripts/train_title.py)."""
    html_lines: dict[str, Any] | None = None
    """An HTML line model table (scripts/train_lines.py --html)."""
    page_type: dict[str, Any] | None = None
    """The arrays of a page type model (scripts/train_page_type.py)."""
    line_net: dict[str, Any] | None = None
    """The arrays of a text line network (scripts/train_line_net.py); it scores text
    pages in place of `lines`."""
    html_net: dict[str, Any] | None = None
    """The arrays of an HTML line network (scripts/train_line_net.py --html); it scores
    HTML pages in place of `html_lines`."""


def _use_models(tables: Tables, variant: str = ablations.NONE) -> None:
    """A worker's set-up: the fold's models, and the rule the variant removes."""
    global _TEXT_MODELS, _HTML_MODELS
    ablations.apply(variant)
    types = PageTypeModel(**tables.page_type) if tables.page_type else None
    title = TitleModel.from_dict(tables.title, FEATURES) if tables.title else None
    _TEXT_MODELS = Models(_scorer(tables.line_net, tables.lines), title, types)
    _HTML_MODELS = Models(_scorer(tables.html_net, tables.html_lines), title, types)


def _scorer(net: dict[str, Any] | None, lines: dict[str, Any] | None) -> LineModel | LineNet | None:
    """A kind of page's line scorer: its network where one was fitted, else its line model;
    None for the shipped one."""
    if net:
        return LineNet.from_arrays(net)
    return LineModel.from_dict(lines) if lines else None


def _extract(path: Path) -> str:
    try:
        text = newsx.read_text(path).text
    except newsx.NewsxError:
        return ""
    if looks_like_html(text):
        article = extract_html(text, _OPTIONS, _HTML_MODELS)
    else:
        article = run(TextPage.from_text(text), _OPTIONS, _TEXT_MODELS).article
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
) -> Iterator[tuple[list[Page], Tables]]:
    """(pages to extract, the models to extract them with), fold by fold. A fold's learned
    parts (REFITTED) are fitted on the other folds' pages of the training sets only."""
    if not folds and not cross:
        yield pages, Tables()
        return
    import train_line_net
    import train_page_type
    import train_title
    from train_lines import collect_cached, fit

    trainable = [p for p in pages if p.set in SETS]
    # The text models learn from the text renderings, the HTML ones from the HTML files.
    taught = [_text_only(p) for p in trainable]
    data = collect_cached(taught, jobs, cache)
    html = [_html_only(p) for p in trainable if HTML in p.texts]
    html_data = collect_cached(html, jobs, _beside(cache, "html")) if html else []
    typed = [p for p in pages if p.set in train_page_type.TYPED_SETS]
    type_rows = train_page_type.collect(typed, jobs)

    def types_without(k: int, folds: int) -> dict[str, Any]:
        """The page type model, fitted on the typed pages outside site fold k."""
        return train_page_type.fit([r for r in type_rows if fold_of(r[0], folds) != k])

    # Each line network, where one is shipped, learns from its kind of rendering of its sets.
    net_sets = [p for p in pages if p.set in train_line_net.SETS]
    net_data: list[train_line_net.Sample] = []
    if default_net() is not None:
        net_text = [_text_only(p) for p in net_sets]
        net_data = train_line_net.collect(net_text, jobs, _beside(cache, "net"))
    html_net_data: list[train_line_net.Sample] = []
    if default_net(HTML) is not None:
        net_html = [_html_only(p) for p in net_sets if HTML in p.texts]
        html_net_data = train_line_net.collect(net_html, jobs, _beside(cache, "html-net"))

    def trained(keep: Callable[[str, str], bool]) -> Tables:
        """The line and headline models, fitted on the pages keep(site, set) accepts."""
        table = fit([d for d in data if keep(d[0], d[1])])
        kept = [s for s in net_data if keep(s.site, s.set)]
        net = train_line_net.fit(kept) if kept else None
        train = [p for p in taught if keep(p.site, p.set)]
        title = train_title.fit(train_title.collect(train, jobs, table, net))
        html_table = fit([d for d in html_data if keep(d[0], d[1])]) if html_data else None
        html_kept = [s for s in html_net_data if keep(s.site, s.set)]
        html_net = train_line_net.fit(html_kept, train_line_net.HTML_HYPER) if html_kept else None
        return Tables(table, title, html_table, line_net=net, html_net=html_net)

    if cross:
        # The line and headline models learn from the other article set (from both when
        # wcxb-dev-other is scored), never from the scored one. wcxb-dev-other holds every
        # page type but the article, so the page type model cannot leave a whole set out:
        # it is refitted by site folds instead, never seeing the sites of the pages it types.
        for test_set in dict.fromkeys((*SETS, *(p.set for p in pages))):
            if not any(p.set == test_set for p in pages):
                continue
            print(f"evaluate: scoring {test_set}, trained without it", file=sys.stderr)
            models = trained(lambda _site, s, name=test_set: s in SETS and s != name)
            for k in range(CROSS_TYPE_FOLDS):
                types = types_without(k, CROSS_TYPE_FOLDS)
                chunk = [
                    p for p in pages if p.set == test_set and fold_of(p.site, CROSS_TYPE_FOLDS) == k
                ]
                yield chunk, replace(models, page_type=types)
        return
    for k in range(folds):
        print(f"evaluate: fold {k + 1}/{folds}", file=sys.stderr)
        models = trained(lambda site, _set, k=k: fold_of(site, folds) != k)
        models = replace(models, page_type=types_without(k, folds))
        yield [p for p in pages if fold_of(p.site, folds) == k], models


def _text_only(page: Page) -> Page:
    """The page with its text renderings only."""
    return replace(page, texts={r: f for r, f in page.texts.items() if r != HTML})


def _html_only(page: Page) -> Page:
    """The page with its original HTML file as its one rendering (it must have one)."""
    return replace(page, texts={HTML: page.texts[HTML]})


def _beside(cache: Path | None, tag: str) -> Path | None:
    """The cache file of another kind of inputs, next to `cache` (none without one)."""
    return cache.with_name(f"{cache.stem}-{tag}{cache.suffix}") if cache else None


def evaluate(
    devset: Path,
    jobs: int,
    extra: Path | None = None,
    folds: int = 0,
    cross: bool = False,
    cache: Path | None = None,
    html: bool = False,
    sets: tuple[str, ...] = SCORED_SETS,
    variants: tuple[str, ...] = (ablations.NONE,),
    keep: Path | None = None,
) -> dict[str, Report]:
    """Extract and score every page of `sets`, with `folds` fold by fold as well: a report
    for each variant (scripts/ablations.py: ablations.NONE is the pipeline as shipped,
    another removes one rule), every variant extracted with the same models of each fold.
    `keep` is a directory to leave the records in, for study; else they are deleted."""
    scorer = load_scorer(devset)
    pages = load_pages(devset, extra, tuple(s for s in sets if s not in SETS) + SETS)
    if html:
        pages = [with_html(devset, p) for p in pages]
    renderings = sorted({r for p in pages for r in p.texts}, key=lambda r: (r not in RENDERINGS, r))
    reports: dict[str, Report] = {}
    with tempfile.TemporaryDirectory() as scratch:
        tmp = keep or scratch
        roots = {v: Path(tmp) / f"variant-{n}" for n, v in enumerate(variants)}
        chunks: list[list[Page]] = []
        for k, (chunk, models) in enumerate(_runs(pages, folds, cross, jobs, cache)):
            chunks.append(chunk)
            for variant, root in roots.items():
                root.mkdir(parents=True, exist_ok=True)
                _extract_chunk(root, k, chunk, models, variant, sets, renderings, jobs)
        for variant, root in roots.items():
            reports[variant] = _score(scorer, devset, root, sets, renderings, chunks, folds)
    return reports


def _extract_chunk(
    root: Path,
    k: int,
    chunk: list[Page],
    models: Tables,
    variant: str,
    sets: tuple[str, ...],
    renderings: list[str],
    jobs: int,
) -> None:
    """Write the records of a fold's pages, set by set and rendering by rendering."""
    with Pool(jobs, initializer=_use_models, initargs=(models, variant)) as pool:
        for name in sets:
            for rendering in renderings:
                files = [
                    p.texts[rendering] for p in chunk if p.set == name and rendering in p.texts
                ]
                with _preds(root, name, rendering, k).open("w", encoding="utf-8") as fp:
                    for line in pool.imap(_extract, files, chunksize=16):
                        if line:
                            fp.write(line + "\n")


def _score(
    scorer: ModuleType,
    devset: Path,
    root: Path,
    sets: tuple[str, ...],
    renderings: list[str],
    chunks: list[list[Page]],
    folds: int,
) -> Report:
    """The figures of the records under `root`: pooled over the folds, and fold by fold."""
    figures: Figures = {name: {} for name in sets}
    per_fold: dict[str, dict[str, dict[str, list[float]]]] = {}
    for name in sets:
        gold = devset / name
        for rendering in renderings:
            pooled = _preds(root, name, rendering, None)
            with pooled.open("w", encoding="utf-8") as out:
                for k in range(len(chunks)):
                    out.write(_preds(root, name, rendering, k).read_text(encoding="utf-8"))
            figures[name][rendering] = _figures(scorer, name, gold, pooled)
        figures[name][TEXT] = _mean_of_renderings(figures[name])
        if folds > 1:
            per_fold[name] = _fold_figures(scorer, root, name, gold, renderings, chunks)
    return Report(figures, per_fold)


def _preds(root: Path, name: str, rendering: str, fold: int | None) -> Path:
    return root / f"{name}-{rendering}-{'all' if fold is None else fold}.jsonl"


def _figures(scorer: ModuleType, name: str, gold: Path, preds: Path) -> dict[str, float]:
    scores = scorer.score(gold, preds)
    if "page_type" in FIGURES[name]:
        scores["page_type"] = page_type_accuracy(gold, preds)
    return {k: float(scores[k]) for k in FIGURES[name] if k in scores}


def page_type_accuracy(gold: Path, preds: Path) -> float:
    """The share of the set's pages whose record names the gold page type (an article
    where the gold gives none: wcxb-dev). A page without a record counts as wrong."""
    lines = gold.joinpath("gold.jsonl").read_text(encoding="utf-8").split("\n")
    want = {g["id"]: g.get("type") or "article" for g in map(json.loads, filter(None, lines))}
    got = {}
    for line in preds.read_text(encoding="utf-8").split("\n"):
        if line:
            record = json.loads(line)
            got[Path(record["path"]).name.split(".")[0]] = record.get("page_type")
    return sum(got.get(i) == t for i, t in want.items()) / max(1, len(want))


def _mean_of_renderings(rows: dict[str, dict[str, float]]) -> dict[str, float]:
    """The TEXT row: each figure's mean over the devset's two renderings."""
    first = rows.get(RENDERINGS[0], {})
    return {
        k: sum(rows[r][k] for r in RENDERINGS) / len(RENDERINGS)
        for k in first
        if all(k in rows.get(r, {}) for r in RENDERINGS)
    }


def write_gold_of(set_dir: Path, ids: set[str], dest: Path) -> None:
    """Write dest/gold.jsonl: the gold records of set_dir whose id is in `ids`, so that the
    shared scorer scores those pages only."""
    # split("\n"), not splitlines(): gold bodies hold U+2028 and other line separators.
    lines = set_dir.joinpath("gold.jsonl").read_text(encoding="utf-8").split("\n")
    kept = [line for line in lines if line.strip() and json.loads(line)["id"] in ids]
    dest.joinpath("gold.jsonl").write_text("".join(g + "\n" for g in kept), encoding="utf-8")


def _fold_figures(
    scorer: ModuleType,
    root: Path,
    name: str,
    gold: Path,
    renderings: list[str],
    chunks: list[list[Page]],
) -> dict[str, dict[str, list[float]]]:
    """Each fold's figures, scored against the gold records of that fold's pages only."""
    out: dict[str, dict[str, list[float]]] = {}
    for k, chunk in enumerate(chunks):
        ids = {p.id for p in chunk if p.set == name}
        if not ids:
            continue
        fold_gold = root / f"gold-{name}-{k}"
        fold_gold.mkdir()
        write_gold_of(gold, ids, fold_gold)
        rows = {r: _figures(scorer, name, fold_gold, _preds(root, name, r, k)) for r in renderings}
        rows[TEXT] = _mean_of_renderings(rows)
        for row, figs in rows.items():
            for fig, value in figs.items():
                out.setdefault(row, {}).setdefault(fig, []).append(value)
    return out


def table(report: Report) -> str:
    """Markdown: a table per set, a row per rendering; "pooled (mean ± sd over folds)"."""
    rows = []
    for name, per in report.figures.items():
        figs = FIGURES[name]
        rows.append(f"\n| {name} | " + " | ".join(figs) + " |")
        rows.append("|---|" + "---|" * len(figs))
        for row, scores in per.items():
            cells = []
            for k in figs:
                cell = f"{scores[k]:.3f}" if k in scores else "-"
                spread = report.spread(name, row, k)
                if spread is not None:
                    cell += f" ({spread[0]:.3f} ± {spread[1]:.3f})"
                cells.append(cell)
            rows.append(f"| {row} | {' | '.join(cells)} |")
    return "\n".join(rows).strip()


def provenance(folds: int, cross: bool = False) -> str:
    """What the figures are: in-sample, cross-source, or which parts were refitted per
    fold."""
    if cross:
        return (
            "Cross-source: each set is extracted with the line and headline models fitted "
            "without it (wcxb-dev-other with those of both article sets); the page type model "
            f"is refitted by {CROSS_TYPE_FOLDS} site folds. Not refitted (chosen on the whole "
            f"devset): {'; '.join(NOT_REFITTED)}."
        )
    if not folds:
        return "In-sample: the shipped models, fitted on these pages, extract every page."
    return (
        f"Out of fold, {folds} folds by site; refitted per fold: {'; '.join(REFITTED)}. "
        f"Not refitted (chosen on the whole devset): {'; '.join(NOT_REFITTED)}. "
        "Cells: the pooled figure (mean ± standard deviation over the folds)."
    )


def ablation_table(reports: dict[str, Report]) -> str:
    """Markdown: a row per removed rule, each figure of the text and HTML rows as the
    change from the pipeline as shipped (the first row)."""
    base = reports[ablations.NONE].figures
    cols = [
        (name, row, fig)
        for name, figs in FIGURES.items()
        if name in base
        for row in (TEXT, HTML)
        if row in base[name]
        for fig in figs
        if fig != "page_type"
    ]
    head = [f"{name} {fig} ({row})" for name, row, fig in cols]
    out = ["| removed | " + " | ".join(head) + " |", "|---|" + "---:|" * len(cols)]
    for variant, report in reports.items():
        cells = []
        for name, row, fig in cols:
            value = report.figures[name][row].get(fig, float("nan"))
            was = base[name][row].get(fig, float("nan"))
            cells.append(f"{value:.3f}" if variant == ablations.NONE else f"{value - was:+.3f}")
        label = "nothing (as shipped)" if variant == ablations.NONE else variant
        out.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(out)


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
    ap.add_argument(
        "--keep", type=Path, help="leave the records here (variant-N/SET-RENDERING-FOLD.jsonl)"
    )
    ap.add_argument(
        "--ablate",
        metavar="RULES",
        help="also score with each of these hand rules removed (comma-separated names of "
        f"scripts/ablations.py, or 'all': {', '.join(ablations.ABLATIONS)})",
    )
    args = ap.parse_args()
    if not args.devset.is_dir():
        print(f"evaluate: no devset at {args.devset}", file=sys.stderr)
        return 2
    removed: tuple[str, ...] = ()
    if args.ablate:
        removed = (
            tuple(ablations.ABLATIONS) if args.ablate == "all" else tuple(args.ablate.split(","))
        )
        unknown = [r for r in removed if r not in ablations.ABLATIONS]
        if unknown:
            print(f"evaluate: no rule named {', '.join(unknown)} to remove", file=sys.stderr)
            return 2
    reports = evaluate(
        args.devset,
        args.jobs,
        args.extra,
        args.folds,
        args.cross,
        args.cache,
        args.html,
        variants=(ablations.NONE, *removed),
        keep=args.keep,
    )
    report = reports[ablations.NONE]
    if args.json:
        print(
            json.dumps(
                {
                    "figures": report.figures,
                    "folds": report.folds,
                    **(
                        {"ablations": {v: r.figures for v, r in reports.items() if v}}
                        if removed
                        else {}
                    ),
                },
                indent=2,
            )
        )
    else:
        print(provenance(args.folds, args.cross) + "\n\n" + table(report))
        if removed:
            print("\n" + ablation_table(reports))
    return 0


if __name__ == "__main__":
    sys.exit(main())
