"""Records to bytes on a stream: JSON, JSON Lines and CSV, plus all-or-nothing output files.

Writers take any iterable and write it element by element, so a batch is never held in memory.
Streams must be text streams opened with ``newline=""`` (CSV rows end in CRLF, RFC 4180).
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from typing import Any, TextIO

from newsx.records import FIELD_NAMES, LineVerdict

Record = Mapping[str, Any]
#: Draws articles as text on a stream (newsx.terminal does; writers stay free of rich).
TextRenderer = Callable[[Iterable[Record], TextIO], object]

FORMATS: tuple[str, ...] = ("text", "json", "jsonl", "csv")
EXTENSIONS: dict[str, str] = {"text": ".txt", "json": ".json", "jsonl": ".jsonl", "csv": ".csv"}

#: The CSV columns when --fields is not given: the scalar fields a spreadsheet wants.
CSV_FIELDS: tuple[str, ...] = (
    "path",
    "title",
    "authors",
    "source",
    "published",
    "updated",
    "dateline",
    "section",
    "language",
    "word_count",
    "comment_count",
    "body",
)

#: Characters json.dumps leaves raw that str.splitlines() and JavaScript treat as line breaks.
#: They can only occur inside strings, so escaping them keeps one record on one line.
_LINE_BREAKS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def select(record: Record, fields: Sequence[str] | None) -> dict[str, Any]:
    """The record restricted to `fields`, in that order (all of it when fields is None)."""
    if fields is None:
        return dict(record)
    return {name: record.get(name) for name in fields}


def dumps(value: Any, *, indent: int | None = None) -> str:
    """JSON text: UTF-8 characters as they are, one line unless indent is given."""
    separators = (",", ": ") if indent is not None else (",", ":")
    text = json.dumps(value, ensure_ascii=False, indent=indent, separators=separators)
    return text.translate(_LINE_BREAKS)


def write_json(articles: Iterable[Record], fp: TextIO, *, many: bool) -> int:
    """Write one object (many=False) or an array streamed element by element (many=True).

    With many=False an empty iterable writes nothing and a second record is a ValueError.
    Returns the number of records written.
    """
    count = 0
    if not many:
        for record in articles:
            if count:
                raise ValueError("write_json(many=False) got more than one record")
            fp.write(dumps(record, indent=2) + "\n")
            count += 1
        return count
    fp.write("[")
    for record in articles:
        element = dumps(record, indent=2).replace("\n", "\n  ")
        fp.write(("\n  " if count == 0 else ",\n  ") + element)
        count += 1
    fp.write("\n]\n" if count else "]\n")
    return count


def write_jsonl(records: Iterable[Record], fp: TextIO) -> int:
    """Write one compact JSON object a line. Returns the number of records written."""
    count = 0
    for record in records:
        fp.write(dumps(record) + "\n")
        count += 1
    return count


def write_csv(records: Iterable[Record], fp: TextIO, fields: Sequence[str] = CSV_FIELDS) -> int:
    """Write a header row, then one row a record (RFC 4180 quoting, CRLF line ends).

    Lists of strings are joined with "; " (authors, captions, related); comments, being
    structured, are written as a JSON array; None is an empty cell.
    """
    unknown = [name for name in fields if name not in FIELD_NAMES]
    if unknown:
        raise ValueError(f"unknown fields: {', '.join(unknown)}")
    writer = csv.writer(fp, lineterminator="\r\n")
    writer.writerow(fields)
    count = 0
    for record in records:
        writer.writerow([cell(record.get(name)) for name in fields])
        count += 1
    return count


def cell(value: Any) -> str:
    """One value as CSV text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        if all(isinstance(item, str) for item in value):
            return "; ".join(value)
        return dumps(list(value))
    if isinstance(value, dict):
        return dumps(value)
    return str(value)


@contextmanager
def atomic_output(path: str) -> Iterator[TextIO]:
    """A UTF-8 text file that appears whole at `path` when the block ends, or not at all.

    Writes to a hidden temporary file in the same directory and renames it over `path`;
    on any exception (KeyboardInterrupt included) the temporary file is removed.
    """
    directory, name = os.path.split(os.path.abspath(path))
    tmp = os.path.join(directory, f".{name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with open(fd, "w", encoding="utf-8", newline="") as fp:
            yield fp
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


def write_format(
    records: Iterable[Record],
    fp: TextIO,
    fmt: str,
    *,
    fields: Sequence[str] | None = None,
    many: bool = True,
    render_text: TextRenderer | None = None,
) -> None:
    """Write records in one of FORMATS; `fields` applies to json, jsonl and csv."""
    if fmt == "text":
        if render_text is None:
            raise ValueError("the text format needs a renderer")
        render_text(records, fp)
    elif fmt == "csv":
        write_csv(records, fp, fields or CSV_FIELDS)
    elif fmt in ("json", "jsonl"):
        chosen = (select(record, fields) for record in records)
        if fmt == "json":
            write_json(chosen, fp, many=many)
        else:
            write_jsonl(chosen, fp)
    else:
        raise ValueError(f"unknown format {fmt!r}")


def write_tree(
    pairs: Iterable[tuple[str, Record]],
    directory: str,
    fmt: str,
    *,
    on_error: Callable[[str, str], None],
    fields: Sequence[str] | None = None,
    render_text: TextRenderer | None = None,
) -> int:
    """One file per (relative path, record) under `directory`, with the format's extension.

    A file that cannot be written, would overwrite its own input or was already written
    in this run is reported through on_error(path, reason); the others go on. Returns how
    many files were written.
    """
    written: dict[str, str] = {}
    for rel, record in pairs:
        source = str(record.get("path"))
        target = os.path.join(directory, os.path.splitext(rel)[0] + EXTENSIONS[fmt])
        if target in written:
            on_error(source, f"{target} was already written for {written[target]}")
            continue
        try:
            os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
            if _same_file(target, source):
                on_error(source, f"{target} would overwrite the input")
                continue
            with atomic_output(target) as fp:
                write_format([record], fp, fmt, fields=fields, many=False, render_text=render_text)
        except OSError as exc:
            on_error(target, exc.strerror or str(exc))
            continue
        written[target] = source
    return len(written)


def _same_file(a: str, b: str) -> bool:
    return os.path.exists(a) and os.path.exists(b) and os.path.samefile(a, b)


def verdict_record(verdict: LineVerdict) -> dict[str, Any]:
    """One line of `newsx explain -f json`."""
    v = verdict
    return {
        "line": v.number,
        "label": v.label.value,
        "reason": v.reason,
        "score": v.score,
        "text": v.text,
    }
