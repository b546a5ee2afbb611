"""HTML pages: rendered to text, extracted as any dump is, then checked against the markup.

The body and comments come from the same algorithm as every dump's, with one change: the
line classifier is the HTML model, which also reads what the markup says about each line
(newsx.html.marks: link share, block tag, the ancestors' tags and class words). The markup's
statements (newsx.html.page_meta) then settle what the text reads least well, by rules
measured on the devset's HTML (scripts/evaluate.py --html):

- title: the text's headline when the markup agrees with it (an <h1> or the JSON-LD or Open
  Graph headline); else the page's first <h1>, which is the headline far more often than the
  line the text chose; else the text's.
- dates: the text's date when the markup states the same day (with the markup's time and
  zone); else the markup's datePublished; else the text's; else dateModified, or a date in
  the canonical URL. Pages show the date of their current version, which the markup often
  calls dateModified, so the text is asked first; the date a page shows is its published
  date, as for a text dump, and a later stated one its update.
- authors: the text's byline; else the authors the markup names, organisations left out
  where JSON-LD types them (markup names need no cleaning: running them through the byline
  reader measured worse).
"""

from __future__ import annotations

import dataclasses
import re

from newsx.html.page import HtmlPage
from newsx.html.page_meta import PageMeta, read_meta
from newsx.html.render import parse, render_marked
from newsx.pipeline.stages import SHIPPED, Models, run
from newsx.records import Article, Explanation, Options
from newsx.text.language import LANGUAGES

_WORD = re.compile(r"\w+")


def extract_html(html: str, options: Options | None = None, models: Models = SHIPPED) -> Article:
    """The article of an HTML page. `models` as in pipeline.stages.run.

    Raises htmltext.MissingHtmlSupport when lxml is not installed."""
    page, meta = read_page(html)
    article = run(page, options or Options(), models).article
    return merge(article, meta)


def read_page(html: str) -> tuple[HtmlPage, PageMeta]:
    """The page the stages read (rendered lines, their marks, the types the markup
    declares) and the metadata the markup states."""
    root = parse(html)
    meta = read_meta(root)
    return HtmlPage.from_rendered(*render_marked(root), meta.declared_types), meta


def explain_html(html: str, options: Options | None = None) -> Explanation:
    """The kind of page, and every rendered line with the label the extraction gave it and
    why."""
    result = run(read_page(html)[0], options or Options())
    return Explanation(result.page_types, result.verdicts)


def merge(article: Article, meta: PageMeta) -> Article:
    """The text's record with the markup's statements weighed in (see the module's rules)."""
    published, updated = _dates(article, meta)
    language = article.language
    if language is None and meta.language in LANGUAGES:
        language = meta.language
    return dataclasses.replace(
        article,
        url=article.url or meta.url,
        title=_title(article.title, meta),
        authors=article.authors or meta.authors,
        published=published,
        updated=updated,
        language=language,
    )


def _norm(text: str | None) -> str:
    return " ".join(_WORD.findall((text or "").lower()))


def _title(title: str | None, meta: PageMeta) -> str | None:
    stated = {_norm(t) for t in (meta.headline, *meta.h1) if t}
    if title is not None and _norm(title) in stated:
        return title
    return meta.h1[0] if meta.h1 else title


def _dates(article: Article, meta: PageMeta) -> tuple[str | None, str | None]:
    shown = article.published or article.updated
    stated = [d for d in (meta.published, meta.updated) if d]
    if shown:
        for d in stated:
            if d[:10] == shown[:10] or (len(shown) < 10 and d.startswith(shown)):
                # The date the page shows is its published date, as for a text dump; a
                # later one the markup or the text states is its update.
                later = [x for x in (*stated, article.updated) if x and x[:10] > d[:10]]
                return d, max(later) if later else None
    if meta.published:
        return meta.published, meta.updated
    if shown:
        return article.published or article.updated, None
    return meta.updated or meta.url_date, None
