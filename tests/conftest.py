"""Fixtures shared by the CLI and batch tests: the repository's samples and a generated corpus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def in_repo(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in the repository root, so that `samples/...` paths work as in the README."""
    monkeypatch.chdir(REPO)
    return REPO


def make_page(index: int) -> str:
    """A small, distinct news page dump."""
    return (
        f"Home >> World\n\nHarbour {index} reopens after the storm\n\n"
        f"By Reporter {index} (Daily Test)\n2021-05-{index % 28 + 1:02d} 10:00\n\n"
        f"PORT {index} - The harbour reopened on Monday, {index} days after the storm closed it, "
        "officials said, and the first ships were unloaded by noon.\n\n"
        "Fishermen said the damage was less than feared, though several boats were lost.\n\n"
        f"The city will spend {index * 1000} dollars on repairs, the mayor said.\n"
    )


@pytest.fixture
def page() -> Callable[[int], str]:
    """make_page, for tests that write pages of their own."""
    return make_page


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of 20 pages: 12 at the top, 8 in sub/, plus a note.md and a hidden file."""
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    for i in range(12):
        (root / f"page{i:02d}.txt").write_text(make_page(i), encoding="utf-8")
    for i in range(12, 20):
        (root / "sub" / f"page{i:02d}.txt").write_text(make_page(i), encoding="utf-8")
    (root / "note.md").write_text(make_page(99), encoding="utf-8")
    (root / ".hidden.txt").write_text(make_page(98), encoding="utf-8")
    return root


# Hypothesis profiles for tests/test_properties.py: "newsx" (200 examples, the default, so CI
# stays fast) and "long". Set NEWSX_HYPOTHESIS_EXAMPLES=5000 (any count) for a long run: the
# "long" profile then has that many examples and is loaded for the whole session.
def _register_hypothesis_profiles() -> None:
    import os

    from hypothesis import HealthCheck, settings

    slow = [HealthCheck.too_slow, HealthCheck.data_too_large]
    settings.register_profile("newsx", max_examples=200, deadline=None, suppress_health_check=slow)
    examples = os.environ.get("NEWSX_HYPOTHESIS_EXAMPLES", "").strip()
    count = int(examples) if examples.isdigit() and int(examples) > 0 else 5000
    settings.register_profile("long", max_examples=count, deadline=None, suppress_health_check=slow)
    if examples:
        settings.load_profile("long")


_register_hypothesis_profiles()
