#!/usr/bin/env python3
"""The CI gate: the devset figures the README reports must not fall below their floors.

Usage:
    python scripts/gate.py [--devset DIR] [--jobs N] [--only shipped|out_of_fold]

The floors, and the digest of the devset they were set on, are in scripts/gate.json:

    {"devset_digest": "sha256:...", "folds": 5,
     "floors": {"shipped" | "out_of_fold": {SET: {ROW: {FIGURE: BOUND}}}}}

ROW is "text" (the mean of the two devset renderings) or "html"; FIGURE one of
scripts/evaluate.py's FIGURES. "shipped" runs the models in newsx/data on every page (an
in-sample figure); "out_of_fold" refits the learned parts per fold (evaluate.py --folds). A
bound is a floor, or a ceiling for the figures in LOWER_IS_BETTER (comment leak).

The gate fails, rather than skips, when the devset is missing or is not the one the floors
were set on, and when a figure with a floor is missing from the results. A floor is raised
when a change raises its figure; it is never lowered in the change that lowers the figure.
When one must move down (a deliberate trade of one figure for another, a new devset), that
is a change of its own, and its message and the issue's note say why.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ablations
from devset import DEFAULT_DEVSET, digest
from evaluate import HTML, LOWER_IS_BETTER, Figures, Report, evaluate, provenance, table

GATE = Path(__file__).with_name("gate.json")
#: The kinds of run a floor can be set on.
KINDS = ("shipped", "out_of_fold")

Floors = dict[str, dict[str, dict[str, dict[str, float]]]]
"""{kind: {set: {row: {figure: bound}}}}"""


def check(floors: Floors, results: dict[str, Figures]) -> list[str]:
    """One message per figure below its floor (above its ceiling), or missing."""
    failures = []
    for kind, per_set in floors.items():
        for name, rows in per_set.items():
            for row, bounds in rows.items():
                got = results.get(kind, {}).get(name, {}).get(row, {})
                for figure, bound in bounds.items():
                    where = f"{kind} {name} {row} {figure}"
                    value = got.get(figure)
                    if value is None:
                        failures.append(f"{where}: missing from the results")
                    elif figure in LOWER_IS_BETTER and value > bound:
                        failures.append(f"{where}: {value:.3f} above its ceiling {bound}")
                    elif figure not in LOWER_IS_BETTER and value < bound:
                        failures.append(f"{where}: {value:.3f} below its floor {bound}")
    return failures


def verify_devset(devset: Path, expected: str) -> str | None:
    """Why the devset cannot be gated on, or None when it is the pinned one."""
    if not devset.is_dir():
        return f"no devset at {devset}: the gate needs it (../shared/devset beside the checkout)"
    actual = digest(devset)
    if actual != expected:
        return (
            f"the devset at {devset} is not the one the floors were set on "
            f"(digest {actual}, gate.json pins {expected})"
        )
    return None


def load_config(path: Path = GATE) -> dict[str, Any]:
    if not path.exists():
        raise SystemExit(f"gate: no {path}")
    config: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    unknown = set(config["floors"]) - set(KINDS)
    if unknown:
        raise SystemExit(f"gate: unknown kinds of run in {path}: {sorted(unknown)}")
    return config


#: How far under a measured figure a floor raised from it sits. Every figure is decided by a
#: line network (text pages by one, HTML pages by another): out of fold each is refitted with
#: torch per fold, and one thread and a fixed seed give the same weights on one machine, but
#: another CPU's floating-point kernels may round differently; shipped, its float32 products
#: may too, and a flipped line can move a whole snippet (one of traf-a's 188 comment snippets
#: is 0.005 of the leak; one page of ~300 with an author, 0.0017). A tenth of a typical fold
#: spread (0.01 to 0.05) absorbs that.
MARGIN = 0.01


def raised(floors: Floors, kind: str, figures: Figures) -> Floors:
    """The floors with those of `kind` raised to each figure less MARGIN (a lower-is-better
    figure's ceiling lowered to it plus MARGIN) where that is tighter, and set where there
    was none; a floor is never lowered here."""
    out = json.loads(json.dumps(floors))
    for name, rows in figures.items():
        for row, values in rows.items():
            if row not in ("text", HTML):
                continue
            bounds = out.setdefault(kind, {}).setdefault(name, {}).setdefault(row, {})
            for figure, value in values.items():
                if figure in LOWER_IS_BETTER:
                    new = round(value + MARGIN, 3)
                    bounds[figure] = min(bounds.get(figure, new), new)
                else:
                    new = round(value - MARGIN, 3)
                    bounds[figure] = max(bounds.get(figure, new), new)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--devset", type=Path, default=DEFAULT_DEVSET)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", choices=KINDS, help="run and check one kind of floors only")
    ap.add_argument(
        "--raise-from",
        nargs=2,
        metavar=("KIND", "REPORT"),
        help="raise KIND's floors from an evaluate.py --json report, and write gate.json",
    )
    args = ap.parse_args()
    config = load_config()
    if args.raise_from:
        kind, report = args.raise_from
        figures = json.loads(Path(report).read_text(encoding="utf-8"))["figures"]
        config["floors"] = raised(config["floors"], kind, figures)
        GATE.write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
        print(f"gate: {kind} floors raised from {report}", file=sys.stderr)
        return 0
    floors: Floors = config["floors"]
    if args.only:
        floors = {args.only: floors[args.only]}
    problem = verify_devset(args.devset, config["devset_digest"])
    if problem:
        print(f"gate: {problem}", file=sys.stderr)
        return 1
    results: dict[str, Figures] = {}
    for kind in floors:
        folds = config["folds"] if kind == "out_of_fold" else 0
        html = any(HTML in rows for rows in floors[kind].values())
        reports = evaluate(args.devset, args.jobs, folds=folds, html=html)
        report: Report = reports[ablations.NONE]
        results[kind] = report.figures
        print(f"## {kind}\n\n{provenance(folds)}\n\n{table(report)}\n", flush=True)
    failures = check(floors, results)
    for f in failures:
        print(f"gate: {f}", file=sys.stderr)
    if not failures:
        print("gate: every figure is at or above its floor", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
