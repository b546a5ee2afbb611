#!/usr/bin/env python3
"""Score newsx on the development set, per set and rendering, with the shared scorer.

Usage:
    python scripts/evaluate.py [--devset DIR] [--jobs N] [--json] [--check]

Runs newsx in-process over every text of ../shared/devset (both renderings), writes the
predictions as JSON Lines, scores them with ../shared/eval/score.py and prints a Markdown
table: one row per set and rendering, plus the mean of the renderings (the figure the issues
quote). `--check` exits 1 when a mean figure falls below the floors in FLOORS: the CI gate.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from multiprocessing import Pool
from pathlib import Path
from types import ModuleType

import newsx

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DEVSET = ROOT.parent / "shared" / "devset"
SETS = ("wcxb-dev", "traf-a")
RENDERINGS = ("seedlike", "inscriptis")
FIGURES = {
    "wcxb-dev": ("body_f1", "title", "authors", "date"),
    "traf-a": ("snip_f1", "title", "authors", "date", "comments_rec", "comments_leak"),
}
#: The CI gate: mean-of-renderings figures the devset must keep (set just under today's).
#: Lower-is-better figures are listed with a "max:" prefix.
FLOORS: dict[str, dict[str, float]] = {
    "wcxb-dev": {"body_f1": 0.875, "title": 0.70, "authors": 0.40, "date": 0.64},
    "traf-a": {"snip_f1": 0.81, "comments_rec": 0.28, "max:comments_leak": 0.10},
}


def _extract(path: str) -> str:
    try:
        return json.dumps(newsx.extract_file(path).to_dict(), ensure_ascii=False)
    except newsx.NewsxError:
        return ""


def load_scorer(devset: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", devset.parent / "eval" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {devset.parent / 'eval' / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def evaluate(devset: Path, jobs: int) -> dict[str, dict[str, dict[str, float]]]:
    """{set: {rendering or "mean": {figure: value}}}."""
    scorer = load_scorer(devset)
    results: dict[str, dict[str, dict[str, float]]] = {}
    with Pool(jobs) as pool, tempfile.TemporaryDirectory() as tmp:
        for name in SETS:
            results[name] = {}
            for rendering in RENDERINGS:
                files = sorted(str(p) for p in (devset / name / "text" / rendering).glob("*.txt"))
                pred = Path(tmp) / f"{name}-{rendering}.jsonl"
                with pred.open("w", encoding="utf-8") as fp:
                    for line in pool.imap(_extract, files, chunksize=16):
                        if line:
                            fp.write(line + "\n")
                scores = scorer.score(devset / name, pred)
                results[name][rendering] = {k: scores[k] for k in FIGURES[name] if k in scores}
            results[name]["mean"] = {
                k: sum(results[name][r][k] for r in RENDERINGS) / len(RENDERINGS)
                for k in results[name][RENDERINGS[0]]
            }
    return results


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
    for name, floors in FLOORS.items():
        mean = results[name]["mean"]
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
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--check", action="store_true", help="fail when a figure is below its floor")
    args = ap.parse_args()
    if not args.devset.is_dir():
        print(f"evaluate: no devset at {args.devset}; skipped", file=sys.stderr)
        return 0
    results = evaluate(args.devset, args.jobs)
    print(json.dumps(results, indent=2) if args.json else table(results))
    if args.check:
        failures = check(results)
        for f in failures:
            print(f"evaluate: below the floor: {f}", file=sys.stderr)
        return 1 if failures else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
