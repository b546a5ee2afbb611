"""The library's entry points: text in, Article out."""

from __future__ import annotations

import dataclasses
import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsx.errors import InputError, TooLargeError, os_reason
from newsx.io.decoding import Decoded, decode_bytes
from newsx.pipeline.page import Page
from newsx.pipeline.stages import run
from newsx.records import Article, Explanation, LineVerdict, Options

_DEFAULT = Options()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused for the block, as it was before after it.

    An extraction allocates a few small objects per line and makes no reference cycles, so
    reference counting frees everything; but each full collection walks every live object,
    and a 10 MB dump holds millions. Measured: 26 % of the time of a 10 MB dump and 12 % of
    a 1 MB one went to the collector, which made the cost per line grow with the dump.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def extract(text: str, options: Options | None = None) -> Article:
    """Extract the article, its metadata and its comments from the visible text of a page.

    Pure: no I/O, never raises on any string.
    """
    with _collector_paused():
        return run(Page.from_text(text), options or _DEFAULT).article


def extract_html(html: str, options: Options | None = None) -> Article:
    """Extract the article of an HTML page: its visible text is read as a dump is, and its
    markup (JSON-LD, meta tags, <h1>) settles the title, dates and authors.

    Pure: no I/O. Needs lxml (the ``html`` extra); raises InputError without it.
    """
    from newsx.html.reader import extract_html as from_html

    with _collector_paused():
        return from_html(html, options or _DEFAULT)


def explain(text: str, options: Options | None = None) -> list[LineVerdict]:
    """Every line of the normalised text with the label newsx gave it and why."""
    return list(explain_page(text, options).verdicts)


def explain_page(text: str, options: Options | None = None) -> Explanation:
    """The kind of page (P(type) for every type) and every line's verdict."""
    with _collector_paused():
        result = run(Page.from_text(text), options or _DEFAULT)
    return Explanation(result.page_types, result.verdicts)


def explain_decoded(text: str, options: Options | None = None) -> Explanation:
    """explain_page() for a decoded file: an HTML page's rendered lines, read with its
    markup."""
    from newsx.html.render import looks_like_html

    if not looks_like_html(text):
        return explain_page(text, options)
    from newsx.html.reader import explain_html

    with _collector_paused():
        return explain_html(text, options or _DEFAULT)


def read_text(path: str | os.PathLike[str], options: Options | None = None) -> Decoded:
    """Read and decode a dump: (text, encoding, replaced). Raises InputError subclasses."""
    opts = options or _DEFAULT
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError("is a directory")
        size = p.stat().st_size
        if size > opts.max_size:
            raise TooLargeError(size, opts.max_size)
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(os_reason(exc)) from None
    return decode_bytes(data, opts.encoding)


def extract_decoded(text: str, options: Options | None = None) -> Article:
    """A decoded file's article: extract_html when it is an HTML page, else extract."""
    from newsx.html.render import looks_like_html

    return (extract_html if looks_like_html(text) else extract)(text, options)


def extract_file(path: str | os.PathLike[str], options: Options | None = None) -> Article:
    """Read, decode and extract one file; the record carries its path and encoding."""
    text, encoding, replaced = read_text(path, options)
    article = extract_decoded(text, options)
    return dataclasses.replace(
        article, path=os.fspath(path), encoding=encoding, decode_errors=replaced
    )
