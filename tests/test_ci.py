"""`.ci/run` fails the run when any of its steps fails, and runs the README's test command.

The script is run in a scratch copy of the repository layout with every command it calls
(pip, python, ruff, mypy) replaced by a stub that logs its arguments and fails on demand.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
STUB = """#!/bin/sh
echo "$(basename "$0") $*" >> "$CI_LOG"
case " $(basename "$0") $* " in *"$CI_FAIL"*) exit 1;; esac
exit 0
"""


def _run_ci(tmp_path: Path, fail: str) -> tuple[int, list[str]]:
    (tmp_path / ".ci").mkdir()
    shutil.copy(REPO / ".ci" / "run", tmp_path / ".ci" / "run")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name in ("pip", "python", "ruff", "mypy"):
        (bin_dir / name).write_text(STUB)
        (bin_dir / name).chmod(0o755)
    log = tmp_path / "log"
    env = {
        **os.environ,
        "PATH": f"{bin_dir}:/usr/bin:/bin",
        "CI_LOG": str(log),
        "CI_FAIL": fail,
    }
    done = subprocess.run(["bash", str(tmp_path / ".ci" / "run")], env=env, capture_output=True)
    return done.returncode, log.read_text().splitlines() if log.exists() else []


def test_every_step_runs_when_all_pass(tmp_path: Path) -> None:
    code, log = _run_ci(tmp_path, fail="(nothing fails)")
    assert code == 0
    assert log == [
        "pip install -e .[dev]",
        "python -m pytest",
        "ruff check .",
        "ruff format --check .",
        "mypy --strict newsx",
        "python scripts/gate.py",
    ]


@pytest.mark.parametrize(
    ("fail", "last"),
    [
        ("pip install", "pip install -e .[dev]"),
        ("python -m pytest", "python -m pytest"),
        ("ruff check", "ruff check ."),
        ("ruff format", "ruff format --check ."),
        ("mypy", "mypy --strict newsx"),
        ("scripts/gate.py", "python scripts/gate.py"),
    ],
)
def test_a_failing_step_fails_the_run_and_stops_it(tmp_path: Path, fail: str, last: str) -> None:
    code, log = _run_ci(tmp_path, fail=fail)
    assert code != 0
    assert log[-1] == last  # nothing after the failed step ran


def test_ci_runs_the_readme_test_command() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"To run the tests:\n\n```sh\n(.+?)\n```", readme)
    assert blocks, "the README has no test command"
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert any(line.startswith(blocks[0]) for line in ci.splitlines())
