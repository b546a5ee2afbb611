"""Every data file under newsx/data/ says where it came from; a learned one must have been
fitted on the pinned devset with the feature definitions the code has now."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "newsx" / "data"
sys.path.insert(0, str(REPO / "scripts"))

from gate import load_config  # noqa: E402  (scripts, found through the path above)
from provenance import MODELS, feature_fingerprint  # noqa: E402

KEYS = {"script", "commit", "devset_digest", "features", "hyper_parameters", "sets", "renderings"}


def _provenance(name: str) -> dict[str, object]:
    path = DATA / name
    if path.suffix == ".npz":  # arrays, with the provenance in the JSON of its "meta" array
        import numpy as np

        with np.load(path, allow_pickle=False) as arrays:
            table = json.loads(str(arrays["meta"]))
    else:
        table = json.loads(path.read_text(encoding="utf-8"))
    assert "provenance" in table, f"{name} says nothing of where it came from"
    block: dict[str, object] = table["provenance"]
    return block


@pytest.mark.parametrize("name", sorted(MODELS))
def test_a_learned_file_records_its_provenance(name: str) -> None:
    block = _provenance(name)
    assert set(block) >= KEYS
    assert re.fullmatch(r"[0-9a-f]{40}", str(block["commit"])), "trained on uncommitted code"
    assert block["hyper_parameters"]
    assert (REPO / str(block["script"])).is_file()


@pytest.mark.parametrize("name", sorted(MODELS))
def test_a_learned_file_was_fitted_on_the_pinned_devset(name: str) -> None:
    assert _provenance(name)["devset_digest"] == load_config()["devset_digest"]


@pytest.mark.parametrize("name", sorted(MODELS))
def test_a_learned_file_matches_the_feature_definitions_of_the_code(name: str) -> None:
    recorded = _provenance(name)["features"]
    assert recorded == feature_fingerprint(MODELS[name]), (
        f"{name} was fitted on other feature definitions than the code's: train it again "
        f"({_provenance(name)['script']} --write)"
    )


def test_every_data_file_names_its_source() -> None:
    for path in sorted(DATA.rglob("*")):
        if path.is_dir():
            continue
        if path.name in MODELS:
            continue  # checked above
        if path.parent.name == "stopwords":
            assert (path.parent / "README.md").is_file()
        elif path.suffix == ".txt":
            assert path.read_text(encoding="utf-8").startswith("#"), f"{path.name}: no source"
        else:
            pytest.fail(f"{path.relative_to(REPO)}: a data file no test knows the source of")
