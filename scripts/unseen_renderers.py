#!/usr/bin/env python3
"""How the text line network reads dumps of renderers it never learned from, out of fold.

    python scripts/render_more.py ../shared/devset/SET /tmp/devset-extra/SET   # each set
    python scripts/unseen_renderers.py --extra /tmp/devset-extra [--learn-also w3m]
                                       [--folds 5] [--jobs 2] [--cache FILE]

The pages are split into site folds as scripts/evaluate.py splits them. For each fold the
text line network is fitted (scripts/train_line_net.py's fit, its hyper-parameters) on the
other folds' seedlike and inscriptis renderings, plus those of `--learn-also`; every
rendering of the held-out pages, the devset's and the extra directory's, is then extracted
with it. Only the network is refitted: the headline model and the page type model are the
shipped ones, the same for every renderer. Prints, per set and rendering, the mean of the
folds' figures (body_f1, or snip_f1 and the comment figures on traf-a) and their standard
deviation. Needs torch (the dev extra).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_line_net
from devset import DEFAULT_DEVSET, RENDERINGS, fold_of, load_pages
from evaluate import Tables, _extract, _use_models, load_scorer, write_gold_of

#: The figure each set is read by.
FIGURES = {"wcxb-dev": "body_f1", "wcxb-dev-other": "body_f1", "traf-a": "snip_f1"}
TRAF_EXTRA = ("comments_rec", "comments_leak")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--devset", type=Path, default=DEFAULT_DEVSET)
    ap.add_argument("--extra", type=Path, required=True, help="scripts/render_more.py's output")
    ap.add_argument("--learn-also", default="", help="extra renderings the network learns from")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--cache", type=Path, help="keep the network's inputs here between runs")
    args = ap.parse_args()
    learn = set(RENDERINGS) | {r for r in args.learn_also.split(",") if r}
    scorer = load_scorer(args.devset)
    pages = load_pages(args.devset, args.extra, train_line_net.SETS)
    data = train_line_net.collect(pages, args.jobs, args.cache)
    figures: dict[tuple[str, str], list[dict[str, float]]] = {}
    for k in range(args.folds):
        kept = [s for s in data if s.rendering in learn and fold_of(s.site, args.folds) != k]
        print(f"fold {k + 1}/{args.folds}: {len(kept)} renderings", file=sys.stderr)
        arrays = train_line_net.fit(kept)
        held = [p for p in pages if fold_of(p.site, args.folds) == k]
        # evaluate.py's workers: the fold's network, the shipped models for everything else
        with Pool(args.jobs, initializer=_use_models, initargs=(Tables(line_net=arrays),)) as pool:
            for name in train_line_net.SETS:
                group = [p for p in held if p.set == name]
                for rendering in sorted({r for p in group for r in p.texts}):
                    files = [p.texts[rendering] for p in group if rendering in p.texts]
                    records = [r for r in pool.imap(_extract, files, chunksize=16) if r]
                    with tempfile.TemporaryDirectory() as tmp:
                        write_gold_of(args.devset / name, {p.id for p in group}, Path(tmp))
                        (Path(tmp) / "pred.jsonl").write_text("\n".join(records) + "\n")
                        got = scorer.score(Path(tmp), Path(tmp) / "pred.jsonl")
                    figures.setdefault((name, rendering), []).append(got)
    print(f"learnt from: {', '.join(sorted(learn))}; mean ± sd of {args.folds} site folds")
    for (name, rendering), rows in sorted(figures.items()):
        keys = (FIGURES[name], *(TRAF_EXTRA if name == "traf-a" else ()))
        cells = []
        for key in keys:
            values = [r[key] for r in rows if key in r]
            sd = statistics.pstdev(values) if len(values) > 1 else 0.0
            cells.append(f"{key} {statistics.mean(values):.3f} ± {sd:.3f}")
        print(f"{name:15} {rendering:11} " + "  ".join(cells))


if __name__ == "__main__":
    main()
