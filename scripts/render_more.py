#!/usr/bin/env python3
"""Render a devset's HTML with other dumpers (lynx, w3m, html2text), for testing newsx off its
tuning set.

Usage:
    python scripts/render_more.py ../shared/devset/wcxb-dev /tmp/devset-extra/wcxb-dev
    python scripts/render_more.py ../shared/devset/traf-a /tmp/devset-extra/traf-a

Options: [--renderers lynx,w3m] [--jobs 2] [--timeout 20] [--width 80]

Renderers: `lynx` (`lynx -dump -nolist`), `w3m` (`w3m -dump`), and two that mark every
link, as their users get them by default: `lynx-refs` (`lynx -dump`: "[12]Home" and the
"References" list of URLs at the end) and `html2text` (html2text's command with its defaults:
markdown links, images and emphasis, wrapped at 78 columns); `html2text-refs` is the latter
with `--reference-links` ("[Home][1]", and "[1]: /" lines after each block).

Every SET_DIR/html/ID.html.gz is decompressed and piped into each renderer; the dump is
written as UTF-8 to OUT/<renderer>/ID.txt, the layout `newsx extract` and the shared scorer
expect. The page's charset is taken as UTF-8 when its bytes decode as UTF-8, else from its
<meta> charset declaration, else UTF-8. A page that fails (bad gzip, non-zero exit, timeout,
empty dump) is skipped with a message on stderr. Needs `lynx` and/or `w3m` on PATH
(Debian: `apt-get install lynx w3m`), and for `html2text` the html2text package. Standard
library only.
"""

from __future__ import annotations

import argparse
import codecs
import gzip
import importlib.util
import re
import shutil
import subprocess
import sys
from multiprocessing import Pool
from pathlib import Path

RENDERERS = ("lynx", "w3m")
#: Every renderer this script knows (RENDERERS are the default), and the program it runs.
PROGRAMS = {
    "lynx": "lynx",
    "w3m": "w3m",
    "lynx-refs": "lynx",
    "html2text": sys.executable,
    "html2text-refs": sys.executable,
}
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)


def detect_charset(data: bytes) -> str:
    """UTF-8 if the bytes decode as such, else the declared <meta> charset, else UTF-8."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    match = META_CHARSET.search(data[:16384])
    if match:
        name = match.group(1).decode("ascii").lower()
        try:
            codecs.lookup(name)
        except LookupError:
            pass
        else:
            return name
    return "utf-8"


def command(renderer: str, charset: str, width: int) -> list[str]:
    """The command line that dumps HTML read on stdin as plain text on stdout."""
    if renderer in ("lynx", "lynx-refs"):
        # -nolist: no trailing "References" list and no inline [n] link numbers
        listing = ["-nolist"] if renderer == "lynx" else []
        return [
            "lynx",
            "-dump",
            *listing,
            "-display_charset=utf-8",
            f"-assume_charset={charset}",
            f"-width={width}",
            "-stdin",
        ]
    if renderer == "w3m":
        return [
            "w3m",
            "-dump",
            "-T",
            "text/html",
            "-cols",
            str(width),
            "-I",
            charset,
            "-O",
            "UTF-8",
        ]
    if renderer in ("html2text", "html2text-refs"):
        style = ["--reference-links"] if renderer == "html2text-refs" else []
        return [sys.executable, "-m", "html2text", *style, "-", charset]
    raise ValueError(f"unknown renderer: {renderer}")


def render(task: tuple[str, str, str, int, float]) -> tuple[str, str, str | None]:
    """Render one page with one renderer; return (renderer, page id, error or None)."""
    renderer, src, out_dir, width, timeout = task
    page_id = Path(src).name.split(".", 1)[0]
    try:
        data = gzip.decompress(Path(src).read_bytes())
    except (OSError, EOFError) as exc:
        return renderer, page_id, f"cannot read: {exc}"
    cmd = command(renderer, detect_charset(data), width)
    try:
        proc = subprocess.run(cmd, input=data, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return renderer, page_id, f"timed out after {timeout:g} s"
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        return renderer, page_id, f"exit {proc.returncode}: {err[-1] if err else ''}"
    text = proc.stdout.decode("utf-8", "replace")
    if not text.strip():
        return renderer, page_id, "empty dump"
    (Path(out_dir) / renderer / f"{page_id}.txt").write_text(text, encoding="utf-8")
    return renderer, page_id, None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set_dir", type=Path, help="devset set dir holding html/ID.html.gz")
    parser.add_argument("out_dir", type=Path, help="output dir; dumps go to OUT/<renderer>/")
    parser.add_argument(
        "--renderers", default=",".join(RENDERERS), help="comma-separated (default: lynx,w3m)"
    )
    parser.add_argument("--jobs", "-j", type=int, default=2, help="worker processes (2)")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds per page (20)")
    parser.add_argument("--width", type=int, default=80, help="dump width in columns (80)")
    args = parser.parse_args(argv)

    renderers = [r.strip() for r in args.renderers.split(",") if r.strip()]
    for renderer in renderers:
        if renderer not in PROGRAMS:
            parser.error(f"unknown renderer {renderer!r} (choose from {', '.join(PROGRAMS)})")
        if shutil.which(PROGRAMS[renderer]) is None:
            parser.error(f"{PROGRAMS[renderer]} is not on PATH")
        if renderer.startswith("html2text") and importlib.util.find_spec("html2text") is None:
            parser.error("html2text is not installed (pip install html2text)")
    pages = sorted((args.set_dir / "html").glob("*.html.gz"))
    if not pages:
        parser.error(f"no html/*.html.gz under {args.set_dir}")

    for renderer in renderers:
        (args.out_dir / renderer).mkdir(parents=True, exist_ok=True)
    tasks = [
        (renderer, str(page), str(args.out_dir), args.width, args.timeout)
        for renderer in renderers
        for page in pages
    ]
    done = dict.fromkeys(renderers, 0)
    with Pool(args.jobs) as pool:
        for renderer, page_id, error in pool.imap_unordered(render, tasks, chunksize=4):
            if error is None:
                done[renderer] += 1
            else:
                print(f"{renderer}: {page_id}: skipped ({error})", file=sys.stderr)
    for renderer in renderers:
        print(f"{renderer}: {done[renderer]}/{len(pages)} pages -> {args.out_dir / renderer}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
