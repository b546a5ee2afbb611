#!/usr/bin/env python3
"""Fit the headline model (newsx.meta.title_model) on the development set.

Usage:
    python scripts/train_title.py [--devset DIR] [--extra DIR] [--folds 5] [--jobs 2] [--write]

For every page with a gold title, in every rendering, the candidates of
`newsx.meta.headline.candidates` are collected; those whose title (`metadata.title_of`, what
the record would say) matches the gold title (the scorer's normalisation) are the answers: a
headline written twice, above the article and in a breadcrumb or a share box, is right
wherever it is picked. Pages where no candidate matches teach nothing and are left out;
`--extra` adds the renderings scripts/render_more.py made. A candidate's score
is linear in its standardised features plus a hidden layer of HIDDEN tanh units; the scores
of a page's candidates go through one softmax, and the likelihood of a page is the
probability of its answers together, fitted with an L2 penalty by full-batch Adam with torch
(the dev extra).

It prints top-1 accuracy in-sample and out-of-fold with folds split by site, so no site is
scored by weights that saw it. `--write` stores the model in newsx/data/title_model.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from multiprocessing import Pool
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from devset import DEFAULT_DEVSET, ROOT, Page, fold_of, load_pages, tokens
from provenance import provenance

from newsx.meta.headline import FEATURES, candidates
from newsx.meta.metadata import title_of
from newsx.meta.title_model import TitleModel
from newsx.pipeline.classifier import LineModel
from newsx.pipeline.line_net import LineNet
from newsx.pipeline.page import Page as TextPage
from newsx.pipeline.stages import analyse

MODEL = ROOT / "newsx" / "data" / "title_model.json"
#: Hidden units of the scorer, its L2 penalty and its training, chosen out of fold (5 site
#: folds, top-1 over the pages whose title is among the candidates): a linear scorer got
#: 0.785; 8 units 0.799 (seeds 1 to 3: 0.799, 0.800, 0.798), gaining on three folds of
#: five, level on one, 0.009 lower on one; 4 and 16 units did as well; with L2 1e-3 the
#: hidden units lost (0.773), with 3e-2 they gained less (0.797). Rechecked when every
#: candidate whose title is right became an answer (out of fold 0.870, against 0.861 when
#: only the first was, both counting any right pick): 16 units 0.870, 32 units 0.871, 8
#: units with L2 3e-3 0.868, 16 with 3e-3 0.858; 8 and 1e-2 kept.
HIDDEN = 8
L2 = 1e-2
STEPS = 600
RATE = 0.01
SEED = 1


def norm(text: str | None) -> str:
    """A title as the shared scorer compares them."""
    return " ".join(tokens(text))


#: One page rendering's candidates: its site, the candidates' feature matrix, and the indices
#: of the right ones.
Candidates = tuple[str, np.ndarray, tuple[int, ...]]


def page_candidates(page: Page, model: LineModel | LineNet | None = None) -> list[Candidates]:
    """(site, candidate matrix, indices of the right candidates) per rendering of one page.

    `model` replaces the shipped line classifier, whose body run the candidates depend on
    (the evaluation's folds)."""
    title = page.gold.get("title")
    if not isinstance(title, str) or not title:
        return []
    want = norm(title)
    out = []
    for path in page.texts.values():
        text_page = TextPage.from_text(path.read_text(encoding="utf-8", errors="replace"))
        a = analyse(text_page, model)
        lines, layout = text_page.lines, a.layout
        cands = candidates(text_page, layout.decisions, layout.body)
        hits = tuple(
            k for k, c in enumerate(cands) if norm(title_of(lines[c.index].text, lines)) == want
        )
        if hits:
            x = np.array([c.vector for c in cands], dtype=float)
            out.append((page.site, x, hits))
    return out


_MODEL: LineModel | LineNet | None = None


def _use_model(table: dict[str, Any] | None, net: dict[str, Any] | None = None) -> None:
    global _MODEL
    _MODEL = None
    if net:
        _MODEL = LineNet.from_arrays(net)
    elif table:
        _MODEL = LineModel.from_dict(table)


def _page_candidates(page: Page) -> list[Candidates]:
    return page_candidates(page, _MODEL)


def collect(
    pages: list[Page],
    jobs: int,
    line_table: dict[str, Any] | None = None,
    net: dict[str, Any] | None = None,
) -> list[Candidates]:
    """The candidates of every page, with the line network of `net` (its arrays), else the
    line model of `line_table`, else the shipped scorer."""
    with Pool(jobs, initializer=_use_model, initargs=(line_table, net)) as pool:
        per_page = pool.map(_page_candidates, pages, chunksize=8)
    return [row for rows in per_page for row in rows]


def fit(pages: list[Candidates]) -> dict[str, Any]:
    """The table of a TitleModel: full-batch Adam on the mean negative log-likelihood of
    each page's right candidates together (the summed softmax of its candidates over the
    right ones), plus L2 on every weight. Needs torch (the dev extra); one thread and a fixed
    seed, so the same pages give the same weights."""
    import torch

    torch.set_num_threads(1)
    torch.manual_seed(SEED)
    x = np.vstack([p[1] for p in pages])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    xs = torch.tensor((x - mean) / scale, dtype=torch.float32)
    sizes = [len(p[1]) for p in pages]
    group = torch.tensor(np.repeat(np.arange(len(pages)), sizes))
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    right = np.zeros(len(x))
    for start, p in zip(starts, pages):
        right[start + np.array(p[2])] = 1.0
    answers = torch.tensor(right, dtype=torch.float32)
    linear = torch.nn.Linear(len(FEATURES), 1, bias=False)
    hidden = torch.nn.Linear(len(FEATURES), HIDDEN)
    output = torch.nn.Linear(HIDDEN, 1, bias=False)
    params = [*linear.parameters(), *hidden.parameters(), *output.parameters()]
    opt = torch.optim.Adam(params, lr=RATE)
    n = len(pages)
    for _ in range(STEPS):
        s = (linear(xs) + output(torch.tanh(hidden(xs)))).squeeze(1)
        top = torch.zeros(n).scatter_reduce(0, group, s, reduce="amax", include_self=False)
        e = torch.exp(s - top[group])
        total = torch.zeros(n).index_add(0, group, e)
        found = torch.zeros(n).index_add(0, group, e * answers)
        nll = -(torch.log(found) - torch.log(total)).mean()
        loss = nll + L2 * sum((w**2).sum() for w in params)
        opt.zero_grad()
        loss.backward()
        opt.step()

    def values(t: torch.Tensor) -> Any:
        return np.round(t.detach().numpy().astype(float), 6).tolist()

    return {
        "features": list(FEATURES),
        "mean": np.round(mean, 6).tolist(),
        "scale": np.round(scale, 6).tolist(),
        "linear": values(linear.weight[0]),
        "hidden": values(hidden.weight.T),
        "hidden_bias": values(hidden.bias),
        "output": values(output.weight[0]),
    }


def accuracy(table: dict[str, Any], pages: list[Candidates]) -> float:
    """Share of the pages whose best-scored candidate is a right one."""
    model = TitleModel.from_dict(table, FEATURES)
    return sum(int(model.best(x) in right) for _, x, right in pages) / max(1, len(pages))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--devset", type=Path, default=DEFAULT_DEVSET)
    ap.add_argument("--extra", type=Path, help="renderings made by scripts/render_more.py")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    loaded = load_pages(args.devset, args.extra)
    pages = collect(loaded, args.jobs)
    by_fold = []
    for k in range(args.folds):
        train = [p for p in pages if fold_of(p[0], args.folds) != k]
        test = [p for p in pages if fold_of(p[0], args.folds) == k]
        by_fold.append((accuracy(fit(train), test), len(test)))
    table = fit(pages)
    oof = sum(a * n for a, n in by_fold) / max(1, len(pages))
    print(f"pages with the title among the candidates: {len(pages)}")
    print(
        f"top-1 accuracy: in-sample {accuracy(table, pages):.3f}, out-of-fold {oof:.3f} "
        f"({args.folds} folds by site: {', '.join(f'{a:.3f}' for a, _ in by_fold)})"
    )
    if args.write:
        MODEL.write_text(
            json.dumps(
                {
                    "provenance": provenance(
                        "scripts/train_title.py",
                        "title",
                        args.devset,
                        {"hidden": HIDDEN, "l2": L2, "steps": STEPS, "rate": RATE, "seed": SEED},
                        sets=sorted({p.set for p in loaded}),
                        renderings=sorted({r for p in loaded for r in p.texts}),
                        page_renderings=len(pages),
                    ),
                    "out_of_fold_top1": round(oof, 4),
                    **table,
                },
                indent=2,
            )
            + "\n",
            encoding="utf-8",
        )
        print(f"wrote {MODEL}")


if __name__ == "__main__":
    main()
