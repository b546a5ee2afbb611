"""Guards against catastrophic slowness: hostile inputs of about 1 MB must finish in seconds.

These are not benchmarks. Each case runs in its own subprocess (so a runaway regex can be
killed) and must use less than CPU_SECONDS of processor time, many times what linear work
takes on a slow machine: only quadratic or exponential behaviour fails them. Processor
time, not wall-clock time, so a machine loaded by other work does not fail them; a case
still running after WALL_SECONDS is killed as a runaway. Two cases run at a time.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CPU_SECONDS = 10.0
WALL_SECONDS = 20 * CPU_SECONDS

PROSE = (
    "The long-awaited ferry terminal in the old harbour opened to passengers on Tuesday, "
    "three years later than the city had promised."
)


#: name -> the Python statement that does the work; `extract` is newsx.extract.
CASES: dict[str, str] = {
    "word-line": "extract('word ' * 200_000)",
    "no-space-line": "extract('a' * 1_000_000)",
    "digit-line": "extract('1' * 1_000_000)",
    "dash-line": "extract('- ' * 500_000)",
    "capitals-line": "extract('BEIJING ' * 125_000)",
    "bracket-line": "extract('[' * 1_000_000)",
    "paren-line": "extract('(' * 500_000 + ')' * 500_000)",
    "dot-line": "extract('.' * 1_000_000)",
    "space-run": "extract('x' + ' ' * 1_000_000 + 'y')",
    "tab-run": "extract('x' + '\\t' * 1_000_000 + 'y')",
    "nbsp-run": "extract('x' + '\\u00a0' * 1_000_000 + 'y')",
    "blank-lines": "extract('\\n' * 100_000 + 'x')",
    "space-lines": "extract(' \\n' * 100_000 + 'x')",
    "ip-line": "extract('3 comments\\nNic at 2011-10-23 ' + '1.1.' * 250_000)",
    "by-line": "extract('By ' + 'Jane ' * 15 + 'x' * 1_000_000)",
    "written-by-spaces": (
        f"extract('Harbour news\\n\\nWritten by\\nJane' + ' ' * 1_000_000 + 'Doe\\n\\n{PROSE}')"
    ),
    "says-spaces": "extract('Comments\\nJane says' + ' ' * 1_000_000 + 'x')",
    "by-by-by": "extract('By ' * 300_000)",
    "by-lines": "extract('By\\n' * 30_000)",
    "punctuation-lines": "extract('.\\n' * 30_000)",
    "punctuation-mix": "extract('!?.,;:-\u2013\u2014\u2026' * 100_000)",
    "digit-groups": "extract('1,2.3-4/5 ' * 100_000)",
    "date-run": "extract('2021-05-03 10:00 ' * 60_000)",
    "date-lines": "extract('Updated: 2021-05-03 10:00\\n' * 20_000)",
    "menu-lines": "extract('* Home\\n' * 20_000)",
    "paragraphs": f"extract('{PROSE}\\n\\n' * 5_000)",
    "comment-records": (
        "extract('3 comments\\n' + 'Nic at 2011-10-23175.138.64.*\\nGood.\\n' * 5_000)"
    ),
    "html-nested-classes": (
        "from newsx import extract_html; "
        "extract_html('<html><body>' + \"<div class='comment side'>\" * 5_000 + '<p>x.</p>')"
    ),
    "html-paragraphs": (
        "from newsx import extract_html; "
        f"extract_html('<html><body><div>' + '<p>{PROSE}</p>' * 5_000)"
    ),
    "html-distinct-classes": (
        "from newsx import extract_html; extract_html('<html><body>' + ''.join("
        "f\"<div class='k{i} share-{i}'><a href='#'>x{i}</a></div>\" for i in range(20_000)))"
    ),
    "html-long-class": (
        "from newsx import extract_html; "
        "extract_html(\"<html><body><div class='\" + 'a-' * 500_000 + \"'><p>Hello.</p>\")"
    ),
    "byline-name-spaces": (
        "from newsx.meta.names import names_from_byline; "
        "names_from_byline('Jane' + ' ' * 100_000 + 'Doe')"
    ),
    "cue-patterns": (
        "import re; from newsx import vocab; "
        "from newsx.vocab import authorship, calendar, cues, discussion; "
        "from newsx.meta import date_patterns; "
        "pats = [v for m in (vocab, authorship, calendar, cues, discussion, date_patterns) "
        "for v in vars(m).values() if isinstance(v, re.Pattern)]; "
        "assert len(pats) > 30, len(pats); "
        "bad = ['a' * 100_000, ' ' * 100_000, 'By ' * 30_000, '[' * 100_000, "
        "'A ' * 50_000, 'photo: ' * 15_000, 'Home >' * 15_000, '3 comments ' * 9_000, "
        "'x' + '\\u00a0' * 100_000, 'AB-' * 30_000, 'x' + ' ' * 100_000 + 'y']; "
        "[(p.match(s), p.search(s)) for p in pats for s in bad]"
    ),
}


def _run(statement: str) -> str | None:
    """None when `statement` finished within its processor time, else what went wrong."""
    code = f"import time\nfrom newsx import extract\n{statement}\nprint(time.process_time())"
    for _spawn in range(3):  # a fork can fail transiently on a loaded machine (EFAULT seen)
        try:
            out = _spawn_once(code)
            break
        except OSError:
            continue
    else:
        return "could not start a Python subprocess, three times"
    if out is None:
        return f"still running after {WALL_SECONDS:.0f} s"
    if out.returncode != 0:
        return f"failed: {out.stderr[-2000:]}"
    cpu = float(out.stdout.split()[-1])
    return None if cpu < CPU_SECONDS else f"took {cpu:.1f} s of processor time"


def _spawn_once(code: str) -> subprocess.CompletedProcess[str] | None:
    """The finished subprocess, or None when it ran out of time."""
    try:
        return subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=WALL_SECONDS,
        )
    except subprocess.TimeoutExpired:
        return None


@pytest.fixture(scope="module")
def runs() -> Iterator[dict[str, Future[str | None]]]:
    """Start every case at once, two at a time; each test waits for its own."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        yield {name: pool.submit(_run, statement) for name, statement in CASES.items()}


@pytest.mark.parametrize("name", list(CASES))
def test_no_catastrophic_slowness(name: str, runs: dict[str, Future[str | None]]) -> None:
    problem = runs[name].result()
    assert problem is None, f"{CASES[name]}: {problem}"
