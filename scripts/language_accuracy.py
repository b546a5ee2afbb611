"""How often a record's `language` is the page's own `<html lang>`, over the devset.

    python scripts/language_accuracy.py [--devset DIR] [--jobs N] [--json]

The gold is the primary subtag of the `<html lang="…">` attribute of each page's original
HTML (pages without one are left out). Each page is read three ways: its two text renderings
and its HTML. On the HTML path newsx falls back to that same attribute when it cannot tell
the language from the text, so the HTML figure flatters it; the text figures do not.
Prints a table per language: pages, right, wrong (another code) and none (no code given).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from devset import DEFAULT_DEVSET, HTML, RENDERINGS, SCORED_SETS, html_file, load_pages

import newsx

#: The `lang` attribute of the <html> element: its primary subtag.
_HTML_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.I)
#: How much of a page is searched for its <html> element.
_HEAD_BYTES = 200_000


def gold_language(path: Path) -> str | None:
    """The page's <html lang> primary subtag, lower-cased, or None."""
    with gzip.open(path) as fp:
        m = _HTML_LANG.search(fp.read(_HEAD_BYTES))
    return m.group(1).decode("ascii").lower() if m else None


def _language(job: tuple[str, Path]) -> tuple[str, str | None]:
    rendering, path = job
    try:
        if rendering == HTML:
            with gzip.open(path, "rt", encoding="utf-8", errors="replace") as fp:
                article = newsx.extract_html(fp.read())
        else:
            article = newsx.extract(path.read_text(encoding="utf-8"))
    except newsx.NewsxError:
        return rendering, None
    return rendering, article.language


def measure(devset: Path, jobs: int) -> dict[str, dict[str, Counter[str]]]:
    """{rendering: {gold language: Counter(right, wrong, none)}}."""
    jobs_list: list[tuple[str, Path]] = []
    golds: list[str] = []
    for page in load_pages(devset, sets=SCORED_SETS):
        source = html_file(devset, page)
        gold = gold_language(source) if source.exists() else None
        if gold is None:
            continue
        for rendering in RENDERINGS:
            jobs_list.append((rendering, page.texts[rendering]))
            golds.append(gold)
        jobs_list.append((HTML, source))
        golds.append(gold)
    table: dict[str, dict[str, Counter[str]]] = {}
    with Pool(jobs) as pool:
        for gold, (rendering, got) in zip(golds, pool.imap(_language, jobs_list, chunksize=8)):
            verdict = "none" if got is None else "right" if got == gold else "wrong"
            table.setdefault(rendering, {}).setdefault(gold, Counter())[verdict] += 1
    return table


def markdown(table: dict[str, dict[str, Counter[str]]]) -> str:
    renderings = list(table)
    langs = sorted(
        {g for rows in table.values() for g in rows},
        key=lambda g: (-sum(table[renderings[0]].get(g, Counter()).values()), g),
    )
    head = (
        "| language | pages | " + " | ".join(f"{r} right / wrong / none" for r in renderings) + " |"
    )
    rows = [head, "|---|---:|" + "---:|" * len(renderings)]
    for lang in [*langs, "all"]:
        cells = []
        n = 0
        for r in renderings:
            c = (
                sum(table[r].values(), Counter())
                if lang == "all"
                else table[r].get(lang, Counter())
            )
            n = sum(c.values())
            cells.append(
                f"{c['right'] / max(1, n):.3f} ({c['right']} / {c['wrong']} / {c['none']})"
            )
        rows.append(f"| {lang} | {n} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--devset", type=Path, default=DEFAULT_DEVSET)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--json", action="store_true", help="print the counts as JSON")
    args = ap.parse_args()
    table = measure(args.devset, args.jobs)
    if args.json:
        print(json.dumps({r: {g: dict(c) for g, c in rows.items()} for r, rows in table.items()}))
    else:
        print(markdown(table))


if __name__ == "__main__":
    main()
