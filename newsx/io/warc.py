"""Web archives as inputs: the pages of a WARC file, or the text conversions of a WET file.

Records are read one at a time with warcio (the optional ``warc`` extra) as the batch asks
for them, so memory stays flat whatever the archive's size. Pages are HTTP responses with a
text or HTML body (requests, metadata, images and scripts are skipped) and WET "conversion"
records, which Common Crawl fills with the visible text of each page: exactly a dump.
Each becomes an input Item carrying its bytes, target URI and WARC date.
"""

from __future__ import annotations

import io
import os
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext, redirect_stderr
from dataclasses import dataclass
from typing import Any

from newsx.errors import InputError, os_reason

#: File names that are web archives.
SUFFIXES = (".warc", ".warc.gz", ".wet", ".wet.gz", ".arc", ".arc.gz")
#: Payload types that hold a page; others (images, scripts, JSON) are skipped.
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


@dataclass(frozen=True)
class ArchivedPage:
    """One page of an archive."""

    number: int
    """1-based, among the archive's pages."""
    url: str | None
    date: str | None
    """The WARC-Date: when the page was captured."""
    data: bytes | None
    error: str | None = None


class MissingWarcSupport(InputError):
    def __init__(self) -> None:
        super().__init__("web archives need warcio: pip install 'newsx[warc]'")


def is_archive(path: str) -> bool:
    return path.lower().endswith(SUFFIXES)


def pages(path: str, max_size: int) -> Iterator[ArchivedPage]:
    """The pages of the archive at `path`, in order. Raises InputError when it cannot be
    opened; a page over `max_size` bytes, or a broken archive, comes as an error page."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        raise MissingWarcSupport() from None
    try:
        fp = open(path, "rb")  # noqa: SIM115 - closed below, after the last page
    except OSError as exc:
        raise InputError(os_reason(exc)) from None
    number = 0
    with fp:
        records = iter(ArchiveIterator(fp, arc2warc=True))
        while True:
            try:
                with _quiet():
                    found = _next_page(records, max_size)
            except Exception as exc:  # warcio raises many kinds on damaged archives
                reason = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
                reason = reason.removeprefix("ERROR: ") or type(exc).__name__
                yield ArchivedPage(number + 1, None, None, None, f"broken archive: {reason}")
                return
            if found is None:
                if number == 0:
                    yield ArchivedPage(1, None, None, None, "no pages in this archive")
                return
            number += 1
            url, date, data = found
            if len(data) > max_size:
                error = f"archived page too large (more than {max_size:,} bytes)"
                yield ArchivedPage(number, url, date, None, error)
            else:
                yield ArchivedPage(number, url, date, data)


def _quiet() -> AbstractContextManager[object]:
    """warcio writes its warnings about malformed records to stderr, where newsx keeps one
    line per failed input; they are silenced, in the main thread only: redirecting the
    process-wide sys.stderr from other threads (Dask's workers) would race."""
    if threading.current_thread() is threading.main_thread():
        return redirect_stderr(io.StringIO())
    return nullcontext()


def _next_page(
    records: Iterator[Any], max_size: int
) -> tuple[str | None, str | None, bytes] | None:
    """(target URI, WARC date, up to max_size + 1 bytes) of the next page, None at the end."""
    for record in records:
        if _is_page(record):
            headers = record.rec_headers
            data = record.content_stream().read(max_size + 1)
            return headers.get_header("WARC-Target-URI"), headers.get_header("WARC-Date"), data
    return None


def _is_page(record: object) -> bool:
    rec_type = getattr(record, "rec_type", None)
    if rec_type == "conversion":
        return True
    if rec_type != "response":
        return False
    http = getattr(record, "http_headers", None)
    if http is None:
        return False
    if not (http.get_statuscode() or "").startswith("2"):
        return False
    ctype = (http.get_header("Content-Type") or "text/html").split(";")[0].strip().lower()
    return ctype in _PAGE_TYPES


def label(path: str, number: int) -> str:
    """How a page of an archive is named in messages and records: archive#N."""
    return f"{path}#{number}"


def rel_label(rel: str, number: int) -> str:
    """The page's name under --output-dir: a folder named after the archive."""
    return os.path.join(rel, f"{number:06d}")
