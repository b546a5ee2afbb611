"""newsx.dask: the same records as `newsx extract`, computed on a local Dask cluster."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsx.cli import main
from tests.conftest import make_page
from tests.test_warc import URLS, write_warc

distributed = pytest.importorskip("distributed")
import newsx.dask  # noqa: E402  (after the skip: it needs dask)


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A local cluster of 2 worker processes, as the issue asks."""
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def cli_records(*args: str) -> list[dict[str, Any]]:
    result = CliRunner().invoke(main, ["extract", "-q", "-f", "jsonl", *args])
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_same_records_as_the_cli(client: Any, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(40):
        (folder / f"p{i:02d}.txt").write_text(make_page(i), encoding="utf-8")
    (folder / "p05.txt").write_bytes(b"")  # fails: empty
    archive = tmp_path / "crawl.warc.gz"
    write_warc(archive)
    bag = newsx.dask.extract_bag([str(folder), str(archive)], partition_size=8)
    assert bag.npartitions == 6
    out = tmp_path / "out"
    files = newsx.dask.to_jsonl(bag, str(out))
    assert [Path(f).name for f in files] == [f"part-{i:05d}.jsonl" for i in range(6)]
    text = "".join(Path(f).read_text() for f in files)
    assert text.endswith("\n") and "\n\n" not in text  # the parts concatenate
    got = [json.loads(line) for line in text.splitlines()]
    assert got == cli_records(str(folder), str(archive))
    assert [r["url"] for r in got[-2:]] == URLS
    assert newsx.dask.failures(bag).compute() == [(str(folder / "p05.txt"), "empty file")]
    workers = {w for w in client.run(lambda: 1)}
    assert len(workers) == 2
