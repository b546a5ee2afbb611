"""Time newsx against a floor, its own CLI, trafilatura and jusText; check scaling and memory.

    python benchmarks/bench.py                 # every devset text, median of 3 runs
    python benchmarks/bench.py --quick         # smoke test: 200 files, 1 run, no memory test
    python benchmarks/bench.py --limit 1500    # a spread of 1,500 files of the corpus

The corpus is every ../shared/devset/*/text/*/*.txt (relative to the repository), or with
--corpus DIR the DIR/*/text/*/*.txt files, else every *.txt under DIR. All texts are read
as UTF-8. Each in-process contender (the floor, newsx.extract, trafilatura, jusText) runs in
a fresh Python process of its own, which imports its library and processes one file untimed
(lazy set-up), then does --runs timed passes over the corpus; a pass reads every file,
processes it and writes one JSON line per file to /dev/null. CLI rows time whole
`newsx extract` processes, start-up included. A Markdown table goes to stdout, progress to
stderr. Standard library only; trafilatura and justext are used when importable and skipped
with a note otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from contextlib import suppress
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "devset"
SAMPLE = REPO / "samples" / "000_12856c3b11aa1456.txt"
MB = 1_000_000

QUICK_LIMIT = 200
STARTUP_REPEATS, QUICK_STARTUP_REPEATS = 10, 3
SCALING_SIZES, QUICK_SCALING_SIZES = (1 * MB, 10 * MB), (MB // 10, 1 * MB)
SCALING_TARGET = 12.0
MEMORY_FILES = (1_000, 10_000)
MEMORY_TARGET = 1.5

IN_PROCESS = ("floor", "newsx", "newsx-linear", "trafilatura", "justext")
LABELS = {
    "floor": "floor: read, split lines, tokenise, JSON line",
    "newsx": "newsx.extract + json.dumps(to_dict()), in-process",
    "newsx-linear": "the same with the logistic line model instead of the network",
    "cli1": "`newsx extract -q -f jsonl -j 1`",
    "cli2": "`newsx extract -q -f jsonl -j 2`",
    "trafilatura": "trafilatura.extract, text as HTML `<p>`s",
    "justext": "justext.justext (English stoplist), text as HTML `<p>`s",
}

# Runs a command and reports its peak RSS: the children's high-water mark of a process that
# has no other children, so earlier runs cannot inflate it.
RSS_PROBE = (
    "import resource, subprocess, sys\n"
    "run = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
    "sys.stderr.buffer.write(run.stderr)\n"
    "print(run.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def rss_bytes(maxrss: int) -> int:
    """getrusage's ru_maxrss in bytes: it is in bytes on macOS, in KiB elsewhere."""
    return maxrss if sys.platform == "darwin" else maxrss * 1024


# --- workers: run in a child process, print one JSON object to stdout -----------------------


def as_html(text: str) -> str:
    """The text as a minimal HTML page, one <p> per non-blank line."""
    import html

    paragraphs = "".join(
        f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip()
    )
    return "<html><body>" + paragraphs + "</body></html>"


def make_processor(kind: str) -> Callable[[str, str], str]:
    """Import the contender and return path, text -> one JSON line."""
    if kind == "floor":
        import re

        words = re.compile(r"\w+")

        def floor(path: str, text: str) -> str:
            text.splitlines()
            return json.dumps({"path": path, "tokens": len(words.findall(text))})

        return floor
    if kind == "newsx":
        import newsx

        def run_newsx(path: str, text: str) -> str:
            return json.dumps(newsx.extract(text).to_dict())

        return run_newsx
    if kind == "newsx-linear":  # the line model the network replaced, on the same pipeline
        import newsx
        from newsx.api import _collector_paused  # as newsx.extract runs, for a fair race
        from newsx.pipeline.classifier import default_model
        from newsx.pipeline.page import Page
        from newsx.pipeline.stages import Models, run

        linear = Models(default_model("text"))

        def run_linear(path: str, text: str) -> str:
            with _collector_paused():
                article = run(Page.from_text(text), newsx.Options(), linear).article
            return json.dumps(article.to_dict())

        return run_linear
    if kind == "trafilatura":
        import logging

        import trafilatura

        logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

        def run_trafilatura(path: str, text: str) -> str:
            # with_metadata: newsx extracts metadata too, so this is the fair comparison
            extracted = trafilatura.extract(as_html(text), with_metadata=True)
            return json.dumps({"path": path, "text": extracted})

        return run_trafilatura
    if kind == "justext":
        import justext

        stoplist = justext.get_stoplist("English")

        def run_justext(path: str, text: str) -> str:
            paragraphs = justext.justext(as_html(text), stoplist)
            body = "\n".join(p.text for p in paragraphs if not p.is_boilerplate)
            return json.dumps({"path": path, "text": body})

        return run_justext
    raise ValueError(f"unknown worker {kind!r}")


def worker_pass(kind: str, files: Sequence[str], runs: int) -> dict[str, object]:
    process = make_processor(kind)
    with open(files[0], encoding="utf-8", errors="replace") as handle, suppress(Exception):
        process(files[0], handle.read())  # warm-up, untimed: lazy set-up, first-call caches
    times, errors = [], 0
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for _ in range(runs):
            errors = 0
            start = time.perf_counter()
            for path in files:
                with open(path, encoding="utf-8", errors="replace") as handle:
                    text = handle.read()
                try:
                    line = process(path, text)
                except Exception:
                    errors += 1
                    continue
                sink.write(line + "\n")
            times.append(time.perf_counter() - start)
    return {"times": times, "errors": errors}


def build_dump(files: Sequence[str], size: int, stride: int = 1) -> str:
    """Every `stride`-th devset text concatenated (cycling if need be), cut to about `size`
    bytes. The scaling test builds its small dump with a stride of big/small, so both dumps
    sample the same kinds of page: the first megabyte of the corpus alone holds a third
    fewer lines per byte than the first ten, which would read as superlinear time."""
    chosen = files[::stride] or files
    parts: list[bytes] = []
    total, i = 0, 0
    while total < size:
        data = Path(chosen[i % len(chosen)]).read_bytes() + b"\n\n"
        parts.append(data)
        total += len(data)
        i += 1
    blob = b"".join(parts)[:size]
    cut = blob.rfind(b"\n")
    return blob[: cut if cut > 0 else size].decode("utf-8", errors="ignore")


def worker_scale(files: Sequence[str], sizes: Sequence[int], runs: int) -> dict[str, object]:
    import newsx

    newsx.extract(Path(files[0]).read_text(encoding="utf-8", errors="replace"))  # warm-up
    out = []
    for size in sizes:
        text = build_dump(files, size, stride=max(1, round(max(sizes) / size)))
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            newsx.extract(text)
            times.append(time.perf_counter() - start)
        out.append({"bytes": len(text.encode()), "lines": text.count("\n"), "times": times})
    # The process's peak memory, reached on the largest dump (the last). None where the
    # resource module is missing (Windows).
    try:
        import resource

        peak = rss_bytes(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    except ImportError:
        peak = None
    return {"sizes": out, "peak_rss": peak}


def worker_main(args: argparse.Namespace) -> int:
    files = Path(args.list).read_text(encoding="utf-8").splitlines()
    if args.worker == "scale":
        sizes = [int(s) for s in args.sizes.split(",")]
        result = worker_scale(files, sizes, args.runs)
    else:
        result = worker_pass(args.worker, files, args.runs)
    print(json.dumps(result))
    return 0


# --- the driver ------------------------------------------------------------------------------


def note(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def find_corpus(corpus: Path, limit: int | None) -> list[str]:
    files = sorted(corpus.glob("*/text/*/*.txt")) or sorted(corpus.rglob("*.txt"))
    names = [str(f) for f in files]
    if limit is not None and 0 < limit < len(names):
        # An even spread, so a limited corpus still draws on every set and renderer.
        names = [names[i * len(names) // limit] for i in range(limit)]
    return names


def newsx_command() -> list[str]:
    """The newsx entry point beside this interpreter: a pyenv shim would add its own start-up."""
    for candidate in (Path(sys.executable).parent / "newsx", shutil.which("newsx")):
        if candidate and os.access(candidate, os.X_OK):
            return [str(candidate)]
    return [sys.executable, "-c", "import sys; from newsx.cli import main; sys.exit(main())"]


def version_of(module: str) -> str | None:
    from importlib import metadata

    try:
        __import__(module)
        return metadata.version(module)
    except Exception:
        return None


def run_worker(kind: str, list_file: Path, runs: int, sizes: str | None = None) -> dict:
    cmd = [sys.executable, __file__, "--worker", kind, "--list", str(list_file)]
    cmd += ["--runs", str(runs)]
    if sizes:
        cmd += ["--sizes", sizes]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"bench: worker {kind} failed with exit status {proc.returncode}")
    return json.loads(proc.stdout.splitlines()[-1])


def symlink_folder(root: Path, name: str, files: Sequence[str], count: int) -> Path:
    """A folder of `count` symlinks cycling through `files`, named so they sort in order."""
    folder = root / name
    folder.mkdir()
    for i in range(count):
        source = files[i % len(files)]
        (folder / f"{i:06d}_{os.path.basename(source)}").symlink_to(source)
    return folder


def cli_inputs(root: Path, files: Sequence[str]) -> list[str]:
    """The files as arguments, or a folder of symlinks when they would not fit on a command."""
    room = os.sysconf("SC_ARG_MAX") // 4 if hasattr(os, "sysconf") else 32_000
    if sum(len(f) + 1 for f in files) < room:
        return list(files)
    return [str(symlink_folder(root, "cli-inputs", files, len(files)))]


def failures(cmd: Sequence[str], rc: int, stderr: str, what: str | None = None) -> str | None:
    """One line on a command that did not exit 0: how many inputs failed, and why."""
    if rc == 0:
        return None
    if what is None:
        shown = shlex.join([Path(cmd[0]).name, *cmd[1:7]])
        what = f"`{shown} ...`" if len(cmd) > 7 else f"`{shown}`"
    reasons = [
        line.rsplit(": ", 1)[-1] for line in stderr.splitlines() if line.startswith("newsx:")
    ]
    if rc == 1 and reasons:
        why = ", ".join(sorted(set(reasons)))
        return f"{what}: exit status 1, {len(reasons)} input(s) gave no record ({why})"
    return f"{what}: exit status {rc}: {stderr.strip()[-300:]}"


def time_command(
    cmd: Sequence[str], repeats: int, warm_up: bool = True, problems: list[str] | None = None
) -> list[float]:
    """Wall times of `repeats` runs of `cmd`, after an untimed one if `warm_up`."""
    times = []
    for i in range(repeats + warm_up):
        start = time.perf_counter()
        proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
        elapsed = time.perf_counter() - start
        problem = failures(cmd, proc.returncode, proc.stderr.decode(errors="replace"))
        if problem and problems is not None and problem not in problems:
            problems.append(problem)
        if i >= warm_up:
            times.append(elapsed)
    return times


def peak_rss(cmd: Sequence[str], what: str, problems: list[str]) -> tuple[float, float]:
    """(peak RSS in MB, wall seconds) of one run of `cmd`."""
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", RSS_PROBE, *cmd], capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - start
    rc, maxrss = proc.stdout.split()
    problem = failures(cmd, int(rc), proc.stderr, what)
    if problem:
        problems.append(problem)
    return rss_bytes(int(maxrss)) / MB, elapsed


def fmt_ratio(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}×" if value >= 10 else f"{value:.2f}×"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, metavar="DIR")
    parser.add_argument("--limit", type=int, metavar="N", help="use N files spread over it")
    parser.add_argument("--runs", type=int, default=3, metavar="N", help="[default: 3]")
    parser.add_argument("--quick", action="store_true", help="200 files, 1 run, no memory test")
    parser.add_argument("--worker", choices=[*IN_PROCESS, "scale"], help=argparse.SUPPRESS)
    parser.add_argument("--list", help=argparse.SUPPRESS)
    parser.add_argument("--sizes", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker_main(args)

    limit, runs = args.limit, max(1, args.runs)
    if args.quick:
        limit, runs = min(limit or QUICK_LIMIT, QUICK_LIMIT), 1
    files = find_corpus(args.corpus, limit)
    if not files:
        parser.error(f"no *.txt files in {args.corpus}")
    corpus_mb = sum(os.path.getsize(f) for f in files) / MB
    newsx = newsx_command()
    versions = {name: version_of(name) for name in ("newsx", "trafilatura", "justext")}
    n = len(files)

    lines_after: list[str] = []
    with tempfile.TemporaryDirectory(prefix="newsx-bench-") as tmp:
        root = Path(tmp)
        list_file = root / "files.txt"
        list_file.write_text("\n".join(files) + "\n", encoding="utf-8")

        medians: dict[str, float] = {}
        skipped: list[str] = []
        problems: list[str] = []
        for kind in IN_PROCESS:
            if kind in ("trafilatura", "justext") and versions[kind] is None:
                skipped.append(f"{kind}: not importable (pip install {kind}), skipped.")
                continue
            note(f"{kind}: {n} files, {runs} run(s) in one process ...")
            result = run_worker(kind, list_file, runs)
            medians[kind] = statistics.median(result["times"])
            if result["errors"]:
                lines_after.append(f"- {kind} raised on {result['errors']} of {n} files.")

        arguments = cli_inputs(root, files)
        for jobs in (1, 2):
            note(f"newsx extract -j {jobs}: {n} files, {runs} run(s) ...")
            cmd = [*newsx, "extract", "-q", "-f", "jsonl", "-j", str(jobs), *arguments]
            times = time_command(cmd, runs, warm_up=False, problems=problems)
            medians[f"cli{jobs}"] = statistics.median(times)

        floor, base = medians["floor"], medians["newsx"]
        table = [
            "| what | seconds (median) | pages/s | × floor | ÷ newsx in-process |",
            "|---|---:|---:|---:|---:|",
        ]
        for kind in ("floor", "newsx", "newsx-linear", "cli1", "cli2", "trafilatura", "justext"):
            if kind not in medians:
                continue
            seconds = medians[kind]
            versus = seconds / base if kind in ("newsx-linear", "trafilatura", "justext") else None
            table.append(
                f"| {LABELS[kind]} | {seconds:.2f} | {n / seconds:,.0f} "
                f"| {fmt_ratio(seconds / floor)} | {fmt_ratio(versus)} |"
            )
        speed_up = medians["cli1"] / medians["cli2"]
        lines_after.append(
            f"- CLI speed-up, -j 2 over -j 1: {speed_up:.2f}× ({os.cpu_count()} CPUs)"
        )
        lines_after += [f"- {s}" for s in skipped]

        # Start-up.
        repeats = QUICK_STARTUP_REPEATS if args.quick else STARTUP_REPEATS
        sample = str(SAMPLE) if SAMPLE.exists() else files[0]
        note(f"start-up: median of {repeats} ...")
        startup = {
            "`python -c pass`": [sys.executable, "-c", "pass"],
            "`newsx --version`": [*newsx, "--version"],
            f"`newsx extract {os.path.relpath(sample, REPO)} -f json`": [
                *newsx,
                "extract",
                sample,
                "-f",
                "json",
            ],
        }
        parts = []
        for label, cmd in startup.items():
            seconds = statistics.median(time_command(cmd, repeats, problems=problems))
            parts.append(f"{label} {seconds * 1000:.0f} ms")
        lines_after.append(f"- start-up, wall time, median of {repeats}: " + "; ".join(parts))

        # Scaling.
        sizes = QUICK_SCALING_SIZES if args.quick else SCALING_SIZES
        note(f"scaling: newsx.extract on {' and '.join(f'{s / MB:g} MB' for s in sizes)} ...")
        scaled = run_worker("scale", list_file, runs, ",".join(map(str, sizes)))
        (small, lines_small, t_small), (big, lines_big, t_big) = (
            (s["bytes"], s["lines"], statistics.median(s["times"])) for s in scaled["sizes"]
        )
        ratio = t_big / t_small
        verdict = "ok" if ratio <= SCALING_TARGET else "ABOVE TARGET"
        lines_after.append(
            f"- scaling, newsx.extract on one concatenated dump: {small / MB:.1f} MB "
            f"({lines_small:,} lines) {t_small:.2f} s, {big / MB:.1f} MB ({lines_big:,} lines) "
            f"{t_big:.2f} s; ratio {ratio:.1f}× for {big / small:.1f}× the text "
            f"(target ≤ {SCALING_TARGET:g}×: {verdict})"
            + (
                f"; peak RSS of the scaling process {scaled['peak_rss'] / MB:,.0f} MB"
                if scaled.get("peak_rss")
                else ""
            )
        )

        # Memory.
        if args.quick:
            lines_after.append("- memory: skipped (--quick)")
        else:
            measured = []
            for count in MEMORY_FILES:
                note(f"memory: newsx extract -j 1 over {count:,} files ...")
                folder = symlink_folder(root, f"mem-{count}", files, count)
                cmd = [*newsx, "extract", "-q", "-f", "jsonl", "-j", "1", str(folder)]
                what = f"`newsx extract -q -f jsonl -j 1` over {count:,} files"
                rss, seconds = peak_rss(cmd, what, problems)
                measured.append((count, rss, seconds))
            (few, rss_few, s_few), (many, rss_many, s_many) = measured
            ratio = rss_many / rss_few
            verdict = "ok" if ratio <= MEMORY_TARGET else "ABOVE TARGET"
            lines_after.append(
                f"- memory, peak RSS of `newsx extract -q -f jsonl -j 1`: {few:,} files "
                f"{rss_few:.0f} MB ({s_few:.0f} s), {many:,} files {rss_many:.0f} MB "
                f"({s_many:.0f} s); ratio {ratio:.2f}× (target ≤ {MEMORY_TARGET:g}×: {verdict})"
            )

    shown = ", ".join(f"{k} {v}" for k, v in versions.items() if v)
    print(
        f"Corpus: {n:,} files, {corpus_mb:.1f} MB ({args.corpus}); median of {runs} run(s); "
        f"Python {platform.python_version()}, {shown}; {os.cpu_count()} CPUs.\n"
    )
    print("\n".join(table))
    print()
    print("\n".join(lines_after + [f"- {p}" for p in problems]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
