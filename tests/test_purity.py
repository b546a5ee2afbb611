"""The core library imports neither the CLI's dependencies (click, rich) nor, for a text dump
without relative dates to resolve, dateutil (loaded on first use)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "newsx"
#: The only modules allowed to use click and rich.
FRONT_END = {"__main__.py", "cli.py", "cli_runtime.py", "terminal.py"}
CORE = sorted(p for p in PACKAGE.rglob("*.py") if p.name not in FRONT_END or p.parent != PACKAGE)
_UI_IMPORT = re.compile(r"^\s*(?:import\s+(?:click|rich)\b|from\s+(?:click|rich)\b)", re.MULTILINE)


def test_extracting_a_dump_loads_no_ui_modules_and_no_date_library() -> None:
    code = (
        "import newsx, sys; newsx.extract('x'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('click','rich','dateutil')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=60,
    )
    assert out.stdout.strip() == "[]"


def test_there_are_core_modules() -> None:
    names = {str(p.relative_to(PACKAGE)) for p in CORE}
    assert {"api.py", "pipeline/stages.py", "text/normalize.py", "pipeline/labelling.py"} <= names


@pytest.mark.parametrize("path", CORE, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_module_does_not_import_click_or_rich(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert not _UI_IMPORT.search(source)
    for needle in ("import click", "import rich", "from rich", "from click"):
        assert needle not in source


@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        ("import click", True),
        ("    from rich.console import Console", True),
        ("import rich.text", True),
        ("import clickhouse", False),
        ("from richtext import x", False),
        ("# we never import click here", False),
    ],
)
def test_the_import_check_itself(line: str, flagged: bool) -> None:
    assert bool(_UI_IMPORT.search(line)) is flagged
