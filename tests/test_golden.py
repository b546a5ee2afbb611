"""Each sample's extraction equals its golden file, tests/golden/<stem>.json.

When a change is meant to alter the output, regenerate them with
``python scripts/regen_golden.py`` and review the diff of tests/golden/.
"""

from __future__ import annotations

import difflib
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
GOLDEN = ROOT / "tests" / "golden"


def _load_regen() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "regen_golden", ROOT / "scripts" / "regen_golden.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


regen = _load_regen()


def test_there_are_samples() -> None:
    assert SAMPLES


def test_every_sample_has_a_golden_file_and_back() -> None:
    assert {p.stem for p in SAMPLES} == {p.stem for p in GOLDEN.glob("*.json")}


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_golden_file_format(sample: Path) -> None:
    text = (GOLDEN / f"{sample.stem}.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert text == json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    assert data["path"] == f"samples/{sample.name}"


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_extraction_matches_golden(
    sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # the result must not depend on the current directory
    golden = GOLDEN / f"{sample.stem}.json"
    expected = golden.read_text(encoding="utf-8")
    got = regen.render(regen.record(sample))
    if got != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                got.splitlines(keepends=True),
                fromfile=f"tests/golden/{golden.name} (expected)",
                tofile=f"extract_file(samples/{sample.name}) (got)",
            )
        )
        pytest.fail(
            f"extraction of samples/{sample.name} differs from its golden file.\n"
            "If the change is intended, run: python scripts/regen_golden.py\n\n"
            + diff
            + _body_diff(json.loads(expected)["body"], json.loads(got)["body"]),
            pytrace=False,
        )


def _body_diff(expected: str, got: str) -> str:
    """The body one paragraph a line: JSON puts it all on one line, too long to read a diff."""
    if expected == got:
        return ""
    lines = difflib.unified_diff(
        [p + "\n" for p in expected.split("\n\n")],
        [p + "\n" for p in got.split("\n\n")],
        fromfile="body paragraphs (expected)",
        tofile="body paragraphs (got)",
    )
    return "\n" + "".join(lines)


def test_record_uses_a_repo_relative_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    d = regen.record(SAMPLES[0])
    assert d["path"] == f"samples/{SAMPLES[0].name}"
    assert list(d) == list(json.loads(regen.render(d)))
