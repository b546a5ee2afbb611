"""scripts/author_precision.py: the share of given authors that are right."""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))

from author_precision import load_scorer, precision  # noqa: E402  (a script, found through the path above)

# A stand-in for ../shared/eval/score.py: names compared as sets of lower-cased names.
SCORER = """
def names(v):
    if not v:
        return frozenset()
    if isinstance(v, list):
        v = "; ".join(v)
    return frozenset(p.strip().lower() for p in v.split(";") if p.strip())
"""


def test_precision_counts_given_right_and_unnamed(tmp_path: Path) -> None:
    (tmp_path / "eval").mkdir()
    (tmp_path / "eval" / "score.py").write_text(SCORER, encoding="utf-8")
    set_dir = tmp_path / "devset" / "set"
    set_dir.mkdir(parents=True)
    gold = [
        {"id": "a", "author": "Jane Doe"},
        {"id": "b", "author": "John Roe"},
        {"id": "c", "author": None},
        {"id": "d"},
    ]
    set_dir.joinpath("gold.jsonl").write_text(
        "".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8"
    )
    records = [
        {"path": "x/a.txt", "authors": ["jane doe"]},  # right
        {"path": "x/b.txt", "authors": ["Store Locator"]},  # wrong
        {"path": "x/c.txt", "authors": ["Product Tour"]},  # a page without an author
        {"path": "x/d.txt", "authors": []},
    ]
    preds = tmp_path / "records.jsonl"
    preds.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    line = precision(load_scorer(set_dir), set_dir, preds)
    assert "3 records give authors, 1 right (0.333)" in line
    assert "1 of 2 pages without a gold author got one" in line
