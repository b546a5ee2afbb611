"""Time newsx.dask on a local cluster of 1 and of 2 worker processes over the same files.

    python benchmarks/dask_bench.py                  # every ../shared/devset/*/text/*/*.txt
    python benchmarks/dask_bench.py --corpus DIR     # every *.txt under DIR

Each run starts a LocalCluster (processes, one thread each), extracts every file with
newsx.dask.extract_bag and writes JSON Lines partitions with newsx.dask.to_jsonl into a
temporary folder; the wall time of extraction and writing is reported (cluster start-up
excluded), median of --runs. Needs the dask extra. A Markdown table goes to stdout.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "devset"


def corpus_files(corpus: Path) -> list[str]:
    files = sorted(corpus.glob("*/text/*/*.txt")) or sorted(corpus.rglob("*.txt"))
    return [str(f) for f in files]


def timed_run(files: list[str], workers: int, runs: int) -> list[float]:
    from dask.distributed import Client, LocalCluster

    import newsx.dask

    times = []
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster),
    ):
        warm = newsx.dask.extract_bag(files[: workers * 4], partition_size=4)
        warm.count().compute()  # workers import newsx and load its models
        for _ in range(runs):
            with tempfile.TemporaryDirectory() as out:
                start = time.perf_counter()
                newsx.dask.to_jsonl(newsx.dask.extract_bag(files), out)
                times.append(time.perf_counter() - start)
    return times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    files = corpus_files(args.corpus)
    if not files:
        print(f"dask_bench: no .txt files under {args.corpus}", file=sys.stderr)
        return 1
    rows = []
    for workers in (1, 2):
        print(f"dask_bench: {workers} worker(s), {len(files):,} files ...", file=sys.stderr)
        rows.append((workers, statistics.median(timed_run(files, workers, args.runs))))
    base = rows[0][1]
    print(f"Corpus: {len(files):,} files; median of {args.runs} run(s); {os.cpu_count()} CPUs.\n")
    print("| LocalCluster workers | seconds (median) | pages/s | speed-up |")
    print("|---:|---:|---:|---:|")
    for workers, seconds in rows:
        print(
            f"| {workers} | {seconds:.2f} | {len(files) / seconds:,.0f} | {base / seconds:.2f}× |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
