#!/usr/bin/env python3
"""Regenerate the golden files: tests/golden/<stem>.json for every samples/<stem>.txt.

Usage:
    python scripts/regen_golden.py            # rewrite every golden file
    python scripts/regen_golden.py --check    # exit 1 if any golden file is out of date

Each golden file holds ``newsx.extract_file(path).to_dict()`` for one sample, with "path"
set relative to the repository root (``samples/NAME.txt``, whatever the current directory),
written as JSON with indent=2, ensure_ascii=False, UTF-8 and a trailing newline.
tests/test_golden.py compares the extraction of every sample against these files.

Run it after a change that is meant to alter the output, then review the diff of
tests/golden/ before committing: every changed line there is a changed extraction.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = ROOT / "tests" / "golden"

sys.path.insert(0, str(ROOT))

import newsx  # noqa: E402  (the repository's own newsx, even when not installed)


def record(sample: Path) -> dict[str, Any]:
    """The golden record of one sample: its extraction with a repo-relative path."""
    d = newsx.extract_file(sample).to_dict()
    d["path"] = sample.resolve().relative_to(ROOT).as_posix()
    return d


def render(d: dict[str, Any]) -> str:
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


def golden_path(sample: Path) -> Path:
    return GOLDEN / f"{sample.stem}.json"


def samples() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale golden files")
    args = parser.parse_args(argv)
    GOLDEN.mkdir(parents=True, exist_ok=True)
    stale = 0
    for sample in samples():
        target = golden_path(sample)
        text = render(record(sample))
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current == text:
            continue
        stale += 1
        rel = target.relative_to(ROOT).as_posix()
        if args.check:
            print(f"out of date: {rel}")
        else:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {rel}")
    wanted = {golden_path(s).name for s in samples()}
    for orphan in sorted(p for p in GOLDEN.glob("*.json") if p.name not in wanted):
        print(f"no sample for {orphan.relative_to(ROOT).as_posix()} (left alone)")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
