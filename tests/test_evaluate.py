"""The evaluation script's helpers (scripts/evaluate.py), without running the evaluation."""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))

from evaluate import provenance, write_gold_of  # noqa: E402  (a script, found through the path above)


def test_write_gold_of_keeps_the_named_pages_whole(tmp_path: Path) -> None:
    records = [
        {"id": "a", "body": "first\u2028still the first record"},
        {"id": "b", "body": "second"},
        {"id": "c", "body": "third"},
    ]
    set_dir = tmp_path / "set"
    set_dir.mkdir()
    set_dir.joinpath("gold.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    dest = tmp_path / "fold"
    dest.mkdir()
    write_gold_of(set_dir, {"a", "c"}, dest)
    lines = dest.joinpath("gold.jsonl").read_text(encoding="utf-8").split("\n")
    assert [json.loads(line) for line in lines if line] == [records[0], records[2]]


def test_cross_source_figures_are_not_called_in_sample() -> None:
    assert provenance(0).startswith("In-sample")
    assert provenance(0, cross=True).startswith("Cross-source")
    assert provenance(5).startswith("Out of fold, 5 folds")
