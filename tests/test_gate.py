"""The evaluation gate (scripts/gate.py): what fails it, without running the evaluation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))

import gate  # noqa: E402  (a script, found through the path above)
from devset import SCORED_SETS, digest  # noqa: E402

FLOORS = {
    "shipped": {
        "wcxb-dev": {"text": {"body_f1": 0.90}, "html": {"body_f1": 0.94}},
        "traf-a": {"text": {"snip_f1": 0.84, "comments_leak": 0.05}},
    }
}


def _results(body: float = 0.91, html: float = 0.945, snip: float = 0.85, leak: float = 0.04):
    return {
        "shipped": {
            "wcxb-dev": {"text": {"body_f1": body}, "html": {"body_f1": html}},
            "traf-a": {"text": {"snip_f1": snip, "comments_leak": leak}},
        }
    }


def test_figures_at_or_above_their_floors_pass() -> None:
    assert gate.check(FLOORS, _results()) == []
    assert gate.check(FLOORS, _results(body=0.90, leak=0.05)) == []


def test_a_figure_below_its_floor_fails() -> None:
    failures = gate.check(FLOORS, _results(html=0.939))
    assert failures == ["shipped wcxb-dev html body_f1: 0.939 below its floor 0.94"]


def test_a_leak_above_its_ceiling_fails() -> None:
    failures = gate.check(FLOORS, _results(leak=0.051))
    assert failures == ["shipped traf-a text comments_leak: 0.051 above its ceiling 0.05"]


def test_a_missing_figure_fails_rather_than_counting_as_zero() -> None:
    results = _results()
    del results["shipped"]["traf-a"]["text"]["comments_leak"]
    del results["shipped"]["wcxb-dev"]["html"]
    failures = gate.check(FLOORS, results)
    assert "shipped traf-a text comments_leak: missing from the results" in failures
    assert "shipped wcxb-dev html body_f1: missing from the results" in failures


def test_a_missing_kind_of_run_fails() -> None:
    assert len(gate.check(FLOORS, {})) == 4


def test_the_gate_fails_without_the_devset(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "gate.py"), "--devset", str(tmp_path / "none")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert "no devset at" in done.stderr


def _tiny_devset(root: Path, body: str) -> Path:
    for name in SCORED_SETS:
        (root / name / "text" / "seedlike").mkdir(parents=True)
        (root / name / "gold.jsonl").write_text('{"id": "a"}\n')
        (root / name / "text" / "seedlike" / "a.txt").write_text(body)
    return root


def test_a_devset_other_than_the_pinned_one_is_refused(tmp_path: Path) -> None:
    devset = _tiny_devset(tmp_path / "d", "one page")
    pinned = digest(devset)
    assert gate.verify_devset(devset, pinned) is None
    (devset / "traf-a" / "text" / "seedlike" / "a.txt").write_text("one page, edited")
    problem = gate.verify_devset(devset, pinned)
    assert problem is not None and "not the one the floors were set on" in problem


def test_the_shipped_config_pins_a_digest_and_floors_every_reported_figure() -> None:
    config = gate.load_config()
    assert config["devset_digest"].startswith("sha256:")
    from evaluate import FIGURES

    for kind in gate.KINDS:
        for name in SCORED_SETS:
            for row in ("text", "html"):
                have = set(config["floors"][kind][name][row])
                assert have == set(FIGURES[name]), (kind, name, row)


def test_an_unknown_kind_of_run_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "gate.json"
    path.write_text('{"devset_digest": "x", "folds": 5, "floors": {"bogus": {}}}')
    with pytest.raises(SystemExit):
        gate.load_config(path)


def test_floors_are_raised_from_a_report_and_never_lowered() -> None:
    floors = {"shipped": {"wcxb-dev": {"text": {"body_f1": 0.90}}}}
    figures = {
        "wcxb-dev": {"text": {"body_f1": 0.95}, "seedlike": {"body_f1": 0.99}},
        "traf-a": {"text": {"snip_f1": 0.85, "comments_leak": 0.04}},
    }
    up = gate.raised(floors, "shipped", figures)
    assert up["shipped"]["wcxb-dev"] == {"text": {"body_f1": 0.94}}  # renderings: no floors
    assert up["shipped"]["traf-a"]["text"] == {"snip_f1": 0.84, "comments_leak": 0.05}
    down = gate.raised(up, "shipped", {"wcxb-dev": {"text": {"body_f1": 0.80}}})
    assert down["shipped"]["wcxb-dev"]["text"]["body_f1"] == 0.94
    assert floors == {"shipped": {"wcxb-dev": {"text": {"body_f1": 0.90}}}}  # not changed


def test_floors_leave_room_for_the_networks_arithmetic() -> None:
    figures = {
        "traf-a": {"text": {"snip_f1": 0.85, "comments_leak": 0.04}, "html": {"snip_f1": 0.9}}
    }
    floors = gate.raised({}, "out_of_fold", figures)["out_of_fold"]["traf-a"]
    assert floors["text"] == {"snip_f1": 0.84, "comments_leak": 0.05}
    assert floors["html"] == {"snip_f1": 0.89}
