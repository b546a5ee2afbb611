"""newsx on a Dask cluster: a bag of inputs in, JSON Lines partitions out.

    from dask.distributed import Client
    import newsx.dask

    client = Client("scheduler:8786")          # or Client() for a local cluster
    bag = newsx.dask.extract_bag(["crawl/"], recursive=True)
    newsx.dask.to_jsonl(bag, "out/")           # out/part-00000.jsonl, ...

The client only lists the files (folders are walked as `newsx extract` walks them); each
worker reads and extracts its own files, and reads web archives (.warc, .wet) itself, one
record at a time, so neither side holds a crawl in memory. The optional ``dask`` extra
installs dask[bag,distributed]; nothing here is imported by the rest of newsx.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from newsx.io.batch import Result, process
from newsx.io.inputs import DEFAULT_GLOB, Item, discover
from newsx.io.warc import is_archive
from newsx.io.writers import dumps
from newsx.records import Options

#: Inputs per partition: enough to amortise a task's overhead (a few ms) over pages that
#: take ~15 ms each, small enough to spread a few thousand files over many workers.
PARTITION_SIZE = 64


def sources(
    paths: Sequence[str], *, recursive: bool = False, pattern: str = DEFAULT_GLOB
) -> list[Item]:
    """The inputs of `paths` as `newsx extract` finds them, archives not yet opened."""
    return list(discover(paths, recursive=recursive, pattern=pattern, open_archives=False))


def extract_bag(
    paths: Sequence[str],
    options: Options | None = None,
    *,
    recursive: bool = False,
    pattern: str = DEFAULT_GLOB,
    partition_size: int = PARTITION_SIZE,
) -> Any:
    """A dask.bag of (path, record, error) results, one per input or archived page: record
    is the JSON-ready dict newsx writes, or None with the error's one-line reason."""
    import dask.bag as db

    items = sources(paths, recursive=recursive, pattern=pattern)
    opts = options or Options()
    bag = db.from_sequence(items, partition_size=max(1, partition_size))
    return bag.map(_results, opts).flatten()


def _results(item: Item, options: Options) -> list[Result]:
    """What one source gives: its result, or every page's of an archive."""
    if item.error is None and is_archive(item.path):
        return [process(page, options) for page in _pages(item, options)]
    return [process(item, options)]


def _pages(item: Item, options: Options) -> Iterator[Item]:
    yield from discover([item.path], max_size=options.max_size)


def records(bag: Any) -> Any:
    """The records of a bag of results, failures left out."""
    return bag.filter(lambda r: r[1] is not None).map(lambda r: r[1])


def failures(bag: Any) -> Any:
    """(path, reason) of every input that gave no record."""
    return bag.filter(lambda r: r[1] is None).map(lambda r: (r[0], r[2]))


def to_jsonl(bag: Any, folder: str) -> list[str]:
    """Write the records as JSON Lines, one file a partition (folder/part-00000.jsonl...), and
    return the files' names. Computes the bag."""
    os.makedirs(folder, exist_ok=True)
    # The lines `newsx extract -f jsonl` writes, each ending in a newline, so that the parts
    # concatenate: to_textfiles joins a partition's items with newlines, not after each.
    parts = records(bag).map(dumps).map_partitions(_one_text)
    return list(parts.to_textfiles(os.path.join(folder, "part-*.jsonl"), name_function=_name))


def _one_text(lines: Iterable[str]) -> list[str]:
    return ["".join(f"{line}\n" for line in lines)]


def _name(index: int) -> str:
    return f"{index:05d}"
