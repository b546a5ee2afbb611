"""newsx.api: extract, explain, read_text and extract_file."""

from __future__ import annotations

import dataclasses
import gzip
import os
from pathlib import Path

import pytest

import newsx
from newsx.errors import EmptyInputError, InputError, NewsxError, NotTextError, TooLargeError
from newsx.records import Article, Options

PAGE = (
    "Harbour city opens new ferry terminal\n\nBy Jane Doe\n\nMarch 3, 2021\n\n"
    "The long-awaited ferry terminal in the old harbour opened to passengers on Tuesday, "
    "three years later than the city had promised.\n\n"
    "Officials said the building cost almost twice the original budget, but they expect it "
    "to carry more than a million travellers in its first year.\n"
)


def test_public_names() -> None:
    for name in ("Article", "Comment", "Label", "LineVerdict", "NewsxError", "Options"):
        assert hasattr(newsx, name)
    assert callable(newsx.extract)
    assert callable(newsx.explain)
    assert callable(newsx.extract_file)
    assert callable(newsx.read_text)
    assert isinstance(newsx.__version__, str)


def test_extract_returns_an_article() -> None:
    a = newsx.extract(PAGE)
    assert isinstance(a, Article)
    assert a.title == "Harbour city opens new ferry terminal"
    assert a.path is None
    assert a.encoding is None


def test_extract_file_records_path_and_encoding(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_bytes(PAGE.encode("utf-16"))
    a = newsx.extract_file(p)
    assert a.path == str(p)
    assert a.encoding == "utf-16"
    assert a.title == "Harbour city opens new ferry terminal"
    assert a == dataclasses.replace(newsx.extract(PAGE), path=str(p), encoding="utf-16")


def test_extract_file_keeps_the_path_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    a = newsx.extract_file("page.txt")
    assert a.path == "page.txt"
    assert a.encoding == "utf-8"


def test_extract_file_accepts_str_and_pathlike(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_text(PAGE, encoding="utf-8")
    assert newsx.extract_file(str(p)) == newsx.extract_file(p)


def test_extract_file_gzip(tmp_path: Path) -> None:
    p = tmp_path / "page.txt.gz"
    p.write_bytes(gzip.compress(PAGE.encode("utf-8")))
    a = newsx.extract_file(p)
    assert a.title == "Harbour city opens new ferry terminal"
    assert a.encoding == "utf-8"


def test_extract_file_forced_encoding(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_bytes(PAGE.replace("Harbour", "Hárbour").encode("latin-1"))
    a = newsx.extract_file(p, Options(encoding="latin-1"))
    assert a.title == "Hárbour city opens new ferry terminal"
    assert a.encoding == "iso8859-1"


def test_extract_file_options_reach_the_extraction(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_text(PAGE, encoding="utf-8")
    assert newsx.extract_file(p, Options(comments=False)).comment_count is None
    assert newsx.extract_file(p).comment_count == 0


def test_read_text(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_bytes(b"\xef\xbb\xbf" + PAGE.encode("utf-8"))
    assert newsx.read_text(p) == (PAGE, "utf-8", 0)


def test_too_large(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_bytes(b"x" * 12_345)
    with pytest.raises(TooLargeError) as info:
        newsx.extract_file(p, Options(max_size=1_000))
    message = str(info.value)
    assert "12,345" in message
    assert "1,000" in message
    assert message == "file too large (12,345 bytes; the limit is 1,000)"
    assert info.value.size == 12_345
    assert info.value.limit == 1_000
    assert isinstance(info.value, InputError)


def test_exactly_max_size_is_allowed(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_text(PAGE, encoding="utf-8")
    size = p.stat().st_size
    assert newsx.extract_file(p, Options(max_size=size)).title is not None


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^no such file$"):
        newsx.extract_file(tmp_path / "nope.txt")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^is a directory$"):
        newsx.extract_file(tmp_path)


def test_directory_with_a_small_size_limit(tmp_path: Path) -> None:
    for i in range(200):  # a directory whose own size exceeds the limit
        (tmp_path / f"{'x' * 100}{i}").touch()
    assert tmp_path.stat().st_size > 100
    with pytest.raises(InputError, match=r"^is a directory$"):
        newsx.extract_file(tmp_path, Options(max_size=100))


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions and a non-root user"
)
def test_unreadable_file(tmp_path: Path) -> None:
    p = tmp_path / "secret.txt"
    p.write_text(PAGE, encoding="utf-8")
    p.chmod(0)
    with pytest.raises(InputError, match=r"^permission denied$"):
        newsx.extract_file(p)


@pytest.mark.parametrize(
    ("data", "error"),
    [(b"", EmptyInputError), (b" \n ", EmptyInputError), (b"%PDF-1.4\n", NotTextError)],
)
def test_extract_file_errors(tmp_path: Path, data: bytes, error: type[InputError]) -> None:
    p = tmp_path / "page.txt"
    p.write_bytes(data)
    with pytest.raises(error):
        newsx.extract_file(p)


def test_errors_are_newsx_errors() -> None:
    assert issubclass(InputError, NewsxError)
    assert newsx.NewsxError is NewsxError


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n" * 50,
        "\x00",
        "\ud800 lone surrogate",
        "\ufeff",
        "By",
        "By \n",
        "* ",
        "1.",
        "Home>>",
        "Home > > >",
        "Leave a comment",
        "3 comments\nNic at 2011-10-23175.138.64.*",
        "3 comments\nNic at 2011-10-23175.138.64.*\n",
        "Related:\n",
        "Written by\n",
        "[Agencies]",
        "BEIJING - ",
        "\u2028\u2029\x85",
        "🙂" * 100,
        "北京" * 500,
        "a" * 10_000,
        "By Jane Doe\n" * 50,
        "March 3, 2021\n" * 50,
        "\t\r\n\x0b\x0c",
    ],
)
def test_extract_never_raises_on_odd_strings(text: str) -> None:
    a = newsx.extract(text)
    assert isinstance(a, Article)
    assert isinstance(a.body, str)
    verdicts = newsx.explain(text)
    assert len(verdicts) >= 1


def test_extract_does_not_count_words_it_did_not_keep() -> None:
    a = newsx.extract("* Home\n* World\n* Sport\n")
    assert a.body == ""
    assert a.word_count == 0


def test_the_garbage_collector_is_paused_only_during_extraction() -> None:
    import gc

    seen: list[bool] = []
    gc.callbacks.append(lambda phase, info: seen.append(True))
    try:
        assert gc.isenabled()
        newsx.extract(PAGE * 50)
        assert gc.isenabled()
        gc.disable()
        newsx.extract(PAGE)
        assert not gc.isenabled()  # left as it was found
    finally:
        gc.enable()
        gc.callbacks.pop()
