"""The inputs of a batch, found in order: files, folders' files, the standard input.

Discovery never raises: an argument or folder entry that cannot be used becomes an Item
carrying its error, so that it reaches the output stream in its place.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import os
from collections.abc import Iterable, Iterator, Sequence
from typing import BinaryIO

from newsx.errors import NewsxError, os_reason
from newsx.io import warc
from newsx.io.decoding import Decoded, decode_bytes
from newsx.records import DEFAULT_MAX_SIZE, Options

STDIN = "-"
DEFAULT_GLOB = "*.txt"


@dataclasses.dataclass(frozen=True)
class Item:
    """One input: a file, the standard input, or an entry that could not be used."""

    path: str
    """As given or discovered; "-" for the standard input. Becomes the record's path."""
    rel: str
    """Path relative to the folder argument it came from (its name for a file argument)."""
    data: bytes | None = None
    """The standard input's or an archived page's bytes, read in the main process."""
    error: str | None = None
    """Why this entry cannot be processed, found during discovery."""
    url: str | None = None
    """An archived page's target URI."""
    warc_date: str | None = None
    """When an archived page was captured (its WARC-Date)."""


def discover(
    paths: Sequence[str],
    *,
    recursive: bool = False,
    pattern: str = DEFAULT_GLOB,
    max_size: int = DEFAULT_MAX_SIZE,
    open_archives: bool = True,
) -> Iterator[Item]:
    """Every input of `paths`, in order: files as given, folders' matching files sorted, and
    the pages of web archives (.warc, .wet...), read one at a time.

    Folders yield the files whose name matches `pattern` (subfolders too when recursive,
    following symbolic links but not loops); names starting with "." are skipped. With
    open_archives False, an archive is one Item, to be opened by whoever processes it.
    """
    for item in _discover(paths, recursive, pattern):
        if (
            open_archives
            and item.error is None
            and item.path != STDIN
            and warc.is_archive(item.path)
        ):
            yield from _archived(item, max_size)
        else:
            yield item


def _archived(archive: Item, max_size: int) -> Iterator[Item]:
    try:
        for page in warc.pages(archive.path, max_size):
            yield Item(
                warc.label(archive.path, page.number),
                warc.rel_label(archive.rel, page.number),
                data=page.data,
                error=page.error,
                url=page.url,
                warc_date=page.date,
            )
    except NewsxError as exc:
        yield dataclasses.replace(archive, error=str(exc))


def _discover(paths: Sequence[str], recursive: bool, pattern: str) -> Iterator[Item]:
    for path in paths:
        if path == STDIN:
            yield Item(STDIN, "stdin")
        elif not _is_utf8(path):
            yield Item(printable(path), printable(path), error="file name is not valid UTF-8")
        elif os.path.isdir(path):
            found = False
            for item in _walk(path, "", recursive, pattern, frozenset()):
                found = True
                yield item
            if not found:
                yield Item(path, path, error=f"no files matching {pattern}")
        else:
            yield Item(path, os.path.basename(path))


def _walk(
    folder: str, rel: str, recursive: bool, pattern: str, seen: frozenset[tuple[int, int]]
) -> Iterator[Item]:
    try:
        stat = os.stat(folder)
        seen = seen | {(stat.st_dev, stat.st_ino)}
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        yield Item(folder, rel or folder, error=os_reason(exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(folder, entry.name)
        entry_rel = os.path.join(rel, entry.name) if rel else entry.name
        if not _is_utf8(entry.name):
            yield Item(printable(path), printable(entry_rel), error="file name is not valid UTF-8")
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False  # a broken link or a link loop: reading it will say which
        if not is_dir:
            if fnmatch.fnmatchcase(entry.name, pattern):
                yield Item(path, entry_rel)
            continue
        if not recursive:
            continue
        try:
            stat = os.stat(path)
        except OSError as exc:
            yield Item(path, entry_rel, error=os_reason(exc))
            continue
        if (stat.st_dev, stat.st_ino) in seen:
            yield Item(path, entry_rel, error="symbolic link loop")
            continue
        yield from _walk(path, entry_rel, recursive, pattern, seen)


def with_stdin(items: Iterable[Item], stdin: BinaryIO | None, max_size: int) -> Iterator[Item]:
    """The items, the standard input's bytes read (in this process) when its turn comes."""
    for item in items:
        if item.path == STDIN and item.error is None and item.data is None:
            try:
                data = stdin.read(max_size + 1) if stdin is not None else None
            except OSError as exc:
                item = dataclasses.replace(item, error=os_reason(exc))
            else:
                if data is None:
                    item = dataclasses.replace(item, error="no standard input")
                elif len(data) > max_size:
                    error = f"input too large (more than {max_size:,} bytes)"
                    item = dataclasses.replace(item, error=error)
                else:
                    item = dataclasses.replace(item, data=data)
        yield item


def load(item: Item, options: Options) -> Decoded:
    """The decoded text of an item. Raises NewsxError."""
    if item.error is not None:
        raise NewsxError(item.error)
    if item.data is not None:
        return decode_bytes(item.data, options.encoding)
    from newsx.api import read_text

    return read_text(item.path, options)


def printable(path: str) -> str:
    """A path fit for a message: undecodable bytes of its name shown as \\xNN escapes."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _is_utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
