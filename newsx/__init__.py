"""newsx: turn the plain-text dump of a news page into a clean article record.

>>> import newsx
>>> article = newsx.extract(open("page.txt").read())
>>> article.title, article.authors, article.body

Names load on first use (PEP 562), so `newsx --version` and `import newsx.cli` do not pay
for compiling the extraction patterns.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from newsx.version import __version__

if TYPE_CHECKING:
    from newsx.api import explain, extract, extract_file, extract_html, read_text
    from newsx.errors import NewsxError
    from newsx.records import Article, Comment, Label, LineVerdict, Options

_HOMES = {
    "explain": "newsx.api",
    "extract": "newsx.api",
    "extract_file": "newsx.api",
    "extract_html": "newsx.api",
    "read_text": "newsx.api",
    "NewsxError": "newsx.errors",
    "Article": "newsx.records",
    "Comment": "newsx.records",
    "Label": "newsx.records",
    "LineVerdict": "newsx.records",
    "Options": "newsx.records",
}

__all__ = [
    "Article",
    "Comment",
    "Label",
    "LineVerdict",
    "NewsxError",
    "Options",
    "__version__",
    "explain",
    "extract",
    "extract_file",
    "extract_html",
    "read_text",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'newsx' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value
