"""Time newsx and trafilatura on the same HTML pages, in-process, one CPU each.

    python benchmarks/html_bench.py                  # every ../shared/devset/*/html/*.html.gz
    python benchmarks/html_bench.py --limit 300      # 300 pages spread evenly over them
    python benchmarks/html_bench.py --corpus DIR     # every *.html and *.html.gz under DIR

The pages are read and decoded once, before timing. Each contender then extracts every page
--runs times in this process: newsx.extract_html with its markup; the same pipeline with the
HTML logistic line model the HTML line network replaced (old and new model side by side);
trafilatura.extract with `with_metadata=True` (newsx extracts metadata too, so this is the
fair comparison), when importable. The median pass's process time is reported. A Markdown
table goes to stdout. Needs the html extra; trafilatura comes with the bench extra.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "devset"


def pages(corpus: Path, limit: int | None) -> list[str]:
    files = sorted(corpus.glob("*/html/*.html.gz")) or sorted(
        [*corpus.rglob("*.html"), *corpus.rglob("*.html.gz")]
    )
    if limit and len(files) > limit:
        step = len(files) / limit
        files = [files[int(i * step)] for i in range(limit)]
    out = []
    for f in files:
        data = f.read_bytes()
        out.append(
            (gzip.decompress(data) if f.suffix == ".gz" else data).decode("utf-8", "replace")
        )
    return out


def timed(extract: Callable[[str], object], docs: list[str], runs: int) -> float:
    extract(docs[0])  # imports, models
    passes = []
    for _ in range(runs):
        start = time.process_time()
        for doc in docs:
            extract(doc)
        passes.append(time.process_time() - start)
    return statistics.median(passes)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    docs = pages(args.corpus, args.limit)
    if not docs:
        print(f"html_bench: no HTML pages under {args.corpus}", file=sys.stderr)
        return 1
    import newsx
    from newsx.api import _collector_paused  # as newsx.extract_html runs, for a fair race
    from newsx.html.reader import extract_html
    from newsx.pipeline.classifier import default_model
    from newsx.pipeline.stages import Models

    linear = Models(default_model("html"))

    def newsx_linear(doc: str) -> object:
        with _collector_paused():
            return extract_html(doc, newsx.Options(), linear)

    rows = [
        ("newsx.extract_html", timed(newsx.extract_html, docs, args.runs)),
        ("the same with the HTML logistic line model", timed(newsx_linear, docs, args.runs)),
    ]
    try:
        import trafilatura
    except ImportError:
        print("html_bench: trafilatura not installed; its row is skipped", file=sys.stderr)
    else:

        def with_metadata(doc: str) -> object:
            return trafilatura.extract(doc, with_metadata=True)

        rows.append(
            ("trafilatura.extract, with_metadata=True", timed(with_metadata, docs, args.runs))
        )
    mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    print(f"{len(docs)} HTML pages, {mb:.0f} MB, median of {args.runs} passes, process time\n")
    print("| what | seconds | pages/s | ms a page |")
    print("|---|---:|---:|---:|")
    for name, seconds in rows:
        rate, each = len(docs) / seconds, 1000 * seconds / len(docs)
        print(f"| {name} | {seconds:.1f} | {rate:.0f} | {each:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
