"""scripts/ablations.py: each hand rule beside the model can be removed, and removing it
changes what newsx gives on a page the rule acts on."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))

import ablations  # noqa: E402

TITLE = "Harbour city opens a new ferry terminal after years of delay"
PARAGRAPH = (
    "The new terminal, built on the site of the old fish market, will serve three ferry "
    "lines and is expected to handle two million passengers a year when it is finished."
)
#: A page where the headline stands again inside the body, as a teaser does.
REPEATED_TITLE = f"{TITLE}\n\n{PARAGRAPH}\n\n{TITLE}\n\n{PARAGRAPH} It opens in May.\n"

_PROBE = """
import sys
sys.path.insert(0, {scripts!r})
import ablations, newsx
ablations.apply({name!r})
print(getattr(newsx.extract({text!r}), {field!r}))
"""


def _extracted(name: str, text: str, field: str = "body") -> str:
    """The record's `field` (its body by default) as newsx gives it with rule `name` removed,
    in a process of its own: removing a rule replaces a function for the rest of the
    process."""
    code = _PROBE.format(scripts=str(REPO / "scripts"), name=name, text=text, field=field)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout


def test_every_rule_has_a_description_and_a_remover() -> None:
    assert ablations.NONE not in ablations.ABLATIONS
    for name, (what, remove) in ablations.ABLATIONS.items():
        assert name and what and callable(remove)


def test_removing_a_rule_changes_the_record_and_nothing_removes_nothing() -> None:
    assert TITLE not in _extracted(ablations.NONE, REPEATED_TITLE)
    assert TITLE in _extracted("title-repeats", REPEATED_TITLE)


def test_the_site_name_rule_can_be_removed() -> None:
    page = (
        f"Harbour Times\n\n* Home\n* News\n* Sport\n\n{TITLE} | Harbour Times\n\n"
        f"By Jane Doe\n\n{PARAGRAPH}\n\n{PARAGRAPH} It opens in May.\n"
    )
    assert _extracted(ablations.NONE, page, "title").strip() == TITLE
    assert _extracted("site-name", page, "title").strip() == f"{TITLE} | Harbour Times"


def test_an_unknown_rule_is_refused() -> None:
    with pytest.raises(KeyError):
        ablations.apply("no-such-rule")
