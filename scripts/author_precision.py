#!/usr/bin/env python3
"""How often the authors newsx gives are right: the precision the shared scorer leaves out.

Usage:
    python scripts/author_precision.py SET_DIR RECORDS.jsonl [SET_DIR RECORDS.jsonl ...]

../shared/eval/score.py scores authors only on pages whose gold names one, so a name given
to a page without an author ("Store Locator" by the headline of a shop's blog) costs it
nothing. For each set and its records (`newsx extract -f jsonl SET_DIR/text/RENDERING/`)
this prints: the records that give authors, how many of those equal the gold (names
compared as the scorer compares them), that share, and how many pages whose gold names no
author got one anyway. Standard library only; the scorer is imported from SET_DIR/../../eval.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType


def load_scorer(set_dir: Path) -> ModuleType:
    path = set_dir.resolve().parent.parent / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"author_precision: no scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def precision(scorer: ModuleType, set_dir: Path, records: Path) -> str:
    gold = {}
    with open(set_dir / "gold.jsonl", encoding="utf-8") as fp:
        for line in fp:
            g = json.loads(line)
            gold[g["id"]] = g
    given = right = unnamed = named_anyway = 0
    with open(records, encoding="utf-8") as fp:
        for line in fp:
            rec = json.loads(line)
            g = gold.get(Path(str(rec.get("path", ""))).name.split(".")[0])
            if g is None:
                continue
            ours, theirs = scorer.names(rec.get("authors")), scorer.names(g.get("author"))
            if ours:
                given += 1
                right += ours == theirs
            if not theirs:
                unnamed += 1
                named_anyway += bool(ours)
    share = right / given if given else 0.0
    return (
        f"{set_dir.name} {records.name}: {given} records give authors, {right} right "
        f"({share:.3f}); {named_anyway} of {unnamed} pages without a gold author got one"
    )


def main() -> int:
    args = sys.argv[1:]
    if not args or len(args) % 2:
        print(__doc__.strip().splitlines()[3], file=sys.stderr)
        return 2
    for set_dir, records in zip(args[::2], args[1::2]):
        print(precision(load_scorer(Path(set_dir)), Path(set_dir), Path(records)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
