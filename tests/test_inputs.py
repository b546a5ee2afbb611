"""Tests for newsx.io.inputs: input discovery and the standard input."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsx.io import inputs
from newsx.io.batch import run
from newsx.io.inputs import Item, discover, with_stdin
from newsx.records import Options


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


def test_printable() -> None:
    assert inputs.printable("a\udcffb") == "a\\xffb"
