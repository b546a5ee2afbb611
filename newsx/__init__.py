"""newsx: turn the plain-text dump of a news page into a clean article record.

>>> import newsx
>>> article = newsx.extract(open("page.txt").read())
>>> article.title, article.authors, article.body
"""

from newsx.api import explain, extract, extract_file, read_text
from newsx.errors import NewsxError
from newsx.model import Article, Comment, Label, LineVerdict, Options
from newsx.version import __version__

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
    "read_text",
]
