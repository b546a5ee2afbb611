"""Tests for newsx.batch: input discovery, reading, and the ordered process pool."""

from __future__ import annotations

import io
import os
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsx import batch
from newsx.batch import Item, discover, process, records, run, with_stdin
from newsx.model import Options


def paths(items: list[Item]) -> list[str]:
    return [item.path for item in items]


def test_folder_gives_its_txt_files_sorted(corpus: Path) -> None:
    items = list(discover([str(corpus)]))
    assert paths(items) == [str(corpus / f"page{i:02d}.txt") for i in range(12)]
    assert all(item.error is None for item in items)
    assert items[0].rel == "page00.txt"


def test_recursive_goes_into_subfolders_in_sorted_order(corpus: Path) -> None:
    items = list(discover([str(corpus)], recursive=True))
    assert len(items) == 20
    assert items[-1].path == str(corpus / "sub" / "page19.txt")
    assert items[-1].rel == os.path.join("sub", "page19.txt")
    assert not any(".hidden" in p for p in paths(items))  # dot files are skipped


def test_glob_chooses_other_names(corpus: Path) -> None:
    assert paths(list(discover([str(corpus)], pattern="*.md"))) == [str(corpus / "note.md")]


def test_files_and_stdin_come_as_given(corpus: Path, tmp_path: Path) -> None:
    args = [str(tmp_path / "missing.txt"), "-", str(corpus / "page03.txt")]
    items = list(discover(args))
    assert paths(items) == args
    assert items[1].rel == "stdin"
    assert all(item.error is None for item in items)  # a missing file fails when read


def test_folder_without_matching_files_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("x", encoding="utf-8")
    [item] = list(discover([str(tmp_path)]))
    assert item.error == "no files matching *.txt"


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_symlink_loop_is_an_error_for_that_entry(corpus: Path) -> None:
    os.symlink(corpus, corpus / "sub" / "loop")
    os.symlink("self.txt", corpus / "self.txt")  # a link to itself
    items = list(discover([str(corpus)], recursive=True))
    errors = {item.path: item.error for item in items if item.error}
    assert errors == {str(corpus / "sub" / "loop"): "symbolic link loop"}
    results = {path: error for path, _, error in run(items, Options())}
    assert "symbolic links" in str(results[str(corpus / "self.txt")])
    assert len(items) == 22


@pytest.mark.skipif(sys.platform != "linux", reason="byte file names")
def test_name_not_valid_utf8_is_an_error_for_that_entry(
    tmp_path: Path, page: Callable[[int], str]
) -> None:
    (tmp_path / "good.txt").write_text(page(1), encoding="utf-8")
    bad = os.path.join(os.fsencode(tmp_path), b"bad\xff.txt")
    try:
        with open(bad, "w", encoding="utf-8") as fp:
            fp.write(page(2))
    except OSError:
        pytest.skip("the file system refuses names that are not UTF-8")
    items = list(discover([str(tmp_path)]))
    assert [item.error for item in items] == ["file name is not valid UTF-8", None]
    assert items[0].path.endswith("bad\\xff.txt")  # printable in a message


def test_with_stdin_reads_in_order_and_limits_size() -> None:
    items = [Item("-", "stdin"), Item("a.txt", "a.txt")]
    got = list(with_stdin(items, io.BytesIO(b"hello"), max_size=100))
    assert got[0].data == b"hello" and got[1].data is None
    [big] = with_stdin([Item("-", "stdin")], io.BytesIO(b"x" * 11), max_size=10)
    assert big.error == "input too large (more than 10 bytes)"
    [none] = with_stdin([Item("-", "stdin")], None, max_size=10)
    assert none.error == "no standard input"


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

    monkeypatch.setattr(batch, "extract", broken)
    _, record, error = process(Item(str(corpus / "page01.txt"), "p"), Options())
    assert record is None and error == "internal error: RuntimeError: oops"


def test_pool_output_is_identical_and_ordered(corpus: Path) -> None:
    items = [*discover([str(corpus)], recursive=True), Item("nope.txt", "nope.txt")]
    serial = list(run(items, Options(), jobs=1))
    pooled = list(run(items, Options(), jobs=3))
    assert pooled == serial
    assert [path for path, _, _ in pooled] == paths(items)
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


def test_os_reason_and_printable() -> None:
    assert batch.os_reason(FileNotFoundError(2, "No such file or directory")) == "no such file"
    assert batch.os_reason(OSError(40, "Too many levels of symbolic links")).startswith("too")
    assert batch.printable("a\udcffb") == "a\\xffb"
