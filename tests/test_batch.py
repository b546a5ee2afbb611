"""Tests for newsx.io.batch: processing one input, and the ordered process pool."""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsx.io import batch
from newsx.io.batch import process, records, run
from newsx.io.inputs import Item, discover
from newsx.records import Options


def test_process_gives_a_record_with_path_and_encoding(corpus: Path) -> None:
    path = str(corpus / "page01.txt")
    got_path, record, error = process(Item(path, "page01.txt"), Options())
    assert (got_path, error) == (path, None)
    assert record is not None
    assert record["path"] == path and record["encoding"] == "utf-8"
    assert record["word_count"] > 0


def test_process_reads_stdin_bytes(page: Callable[[int], str]) -> None:
    item = Item("-", "stdin", data=page(3).encode("utf-16"))
    _, record, error = process(item, Options())
    assert error is None and record is not None
    assert record["path"] == "-" and record["encoding"] == "utf-16"


@pytest.mark.parametrize(
    ("content", "reason"),
    [(None, "no such file"), (b"\x00\x01binary\x00", "not a text file"), (b" \n\n", "empty file")],
)
def test_process_errors(tmp_path: Path, content: bytes | None, reason: str) -> None:
    path = tmp_path / "page.txt"
    if content is not None:
        path.write_bytes(content)
    assert process(Item(str(path), "page.txt"), Options()) == (str(path), None, reason)


def test_process_too_large_and_discovery_errors(tmp_path: Path, page: Callable[[int], str]) -> None:
    path = tmp_path / "page.txt"
    path.write_text(page(1), encoding="utf-8")
    _, _, error = process(Item(str(path), "page.txt"), Options(max_size=10))
    assert error is not None and error.startswith("file too large")
    assert process(Item("x", "x", error="boom"), Options()) == ("x", None, "boom")


def test_process_survives_a_bug_in_the_extractor(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(text: str, options: Any = None) -> Any:
        raise RuntimeError("oops")

    import newsx.api

    monkeypatch.setattr(newsx.api, "extract", broken)
    _, record, error = process(Item(str(corpus / "page01.txt"), "p"), Options())
    assert record is None and error == "internal error: RuntimeError: oops"


def test_pool_output_is_identical_and_ordered(corpus: Path) -> None:
    items = [*discover([str(corpus)], recursive=True), Item("nope.txt", "nope.txt")]
    serial = list(run(items, Options(), jobs=1))
    pooled = list(run(items, Options(), jobs=3))
    assert pooled == serial
    assert [path for path, _, _ in pooled] == [item.path for item in items]
    assert pooled[-1][2] == "no such file"


def test_pool_is_streamed_and_bounded(corpus: Path) -> None:
    consumed = 0
    lock = threading.Lock()

    def counted() -> Any:
        nonlocal consumed
        for i in range(2000):
            with lock:
                consumed += 1
            yield Item(str(corpus / f"page{i % 12:02d}.txt"), "x")

    results = run(counted(), Options(), jobs=2)
    first = next(results)
    assert first[1] is not None
    # After one result, only the peek and the pool's window have been read, not everything.
    with lock:
        assert consumed < 1000
    results.close()  # stops the pool at once


def test_records_pairs_relative_paths_and_reports_every_result(corpus: Path) -> None:
    seen: list[tuple[str, str | None]] = []
    items = list(discover([str(corpus), "missing.txt"], recursive=True))
    pairs = list(records(items, Options(), jobs=2, on_result=lambda p, e: seen.append((p, e))))
    assert [rel for rel, _ in pairs] == [item.rel for item in items[:-1]]
    assert len(seen) == 21 and seen[-1] == ("missing.txt", "no such file")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sigterm_raises() -> None:
    class Stop(BaseException):
        pass

    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(Stop), batch.sigterm_raises(Stop):
        os.kill(os.getpid(), signal.SIGTERM)
        for _ in range(1000):  # the handler runs between bytecodes
            pass
    assert signal.getsignal(signal.SIGTERM) == before
