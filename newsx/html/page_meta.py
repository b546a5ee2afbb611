"""What an HTML page's markup says about its article: JSON-LD, meta tags, <title>, <h1>, <time>.

These are the publisher's own statements (schema.org NewsArticle, Open Graph, Dublin Core),
which a text dump has lost. newsx.html.reader weighs them against what the text says.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from newsx.meta.stated_dates import stated_date
from newsx.vocab import alt
from newsx.vocab.authorship import BY_WORDS

#: schema.org types whose headline, author and dates are the page's article.
_ARTICLE_TYPES = frozenset(
    "Article NewsArticle ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle "
    "BackgroundNewsArticle ReviewNewsArticle BlogPosting SocialMediaPosting LiveBlogPosting "
    "TechArticle ScholarlyArticle Report HowTo Recipe".split()
)
_PAGE_TYPES = frozenset(["WebPage", "ItemPage", "AboutPage", "Blog"])
#: Types that name a person rather than an organisation.
_PERSON_TYPES = frozenset({"Person"})
#: Meta tags, by name or property, in the order they are trusted.
_TITLE_META = ("og:title", "twitter:title", "dc.title", "title")
_AUTHOR_META = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author")
_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "dc.date",
    "dc.date.issued",
    "date",
    "pubdate",
    "publishdate",
    "parsely-pub-date",
    "sailthru.date",
)
_UPDATED_META = ("article:modified_time", "og:updated_time", "datemodified", "dc.date.modified")
#: JSON-LD blocks bigger than this are data dumps, not article metadata.
MAX_JSON_LD_CHARS = 500_000
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b)\s*")
_ET_AL = re.compile(r",?\s+et\s+al\.?\s*$", re.IGNORECASE)
#: "By Jane Doe" in an author meta tag. Not the Romance "de" or "di", which start surnames.
_BY = re.compile(rf"^{alt(BY_WORDS)}\s+", re.IGNORECASE)
_URLISH = re.compile(r"^(?:https?:)?//|^www\.", re.IGNORECASE)


@dataclass(frozen=True)
class PageMeta:
    """The article metadata a page's markup states; None or () where it states nothing."""

    headline: str | None = None
    """JSON-LD headline, else og:title and its kin."""
    h1: tuple[str, ...] = ()
    """The texts of the page's <h1> elements."""
    html_title: str | None = None
    """The <title> element."""
    authors: tuple[str, ...] = ()
    """Persons named as authors by JSON-LD, else the author meta tags."""
    published: str | None = None
    updated: str | None = None
    """ISO 8601 dates or date-times."""
    language: str | None = None
    """The <html lang> attribute's primary subtag, lower-cased."""
    url: str | None = None
    """The canonical URL (link rel=canonical, else og:url)."""
    url_date: str | None = None
    """A date written in the URL's path (/2021/05/03/), which news sites often do."""
    declared_types: tuple[str, ...] = ()
    """What the page says it is: its og:type and the @type of its JSON-LD objects, lower
    case, in page order ("article", "product", "discussionforumposting")."""


def read_meta(root: Any) -> PageMeta:
    """The metadata of a parsed page (an lxml root)."""
    metas = _meta_tags(root)
    ld = list(_json_ld(root))
    # An article object first; a WebPage's statements only when there is none.
    articles = [item for item in ld if _types(item) & _ARTICLE_TYPES] + [
        item for item in ld if _types(item) & _PAGE_TYPES
    ]
    main = articles[0] if articles else {}
    headline = _text(main.get("headline")) or _first(metas, _TITLE_META)
    authors = _ld_authors(main) or tuple(
        a for name in _AUTHOR_META for a in _split_authors(metas.get(name)) if not _URLISH.match(a)
    )
    published = stated_date(_text(main.get("datePublished"))) or _first_date(metas, _PUBLISHED_META)
    updated = stated_date(_text(main.get("dateModified"))) or _first_date(metas, _UPDATED_META)
    micro = _microdata_dates(root)
    published = published or micro.get("datepublished")
    updated = updated or micro.get("datemodified")
    if published is None:
        published = _time_element(root)
    title_el = root.find(".//title")
    lang = (root.get("lang") or "").split("-")[0].strip().lower() or None
    links = [el.get("href") for el in root.iter("link") if _rel_canonical(el.get("rel"))]
    url = next((u.strip() for u in [*links, metas.get("og:url")] if _absolute(u)), None)
    return PageMeta(
        headline=_clean(headline),
        h1=tuple(t for t in (_clean(h.text_content()) for h in root.iter("h1")) if t),
        html_title=_clean(title_el.text_content()) if title_el is not None else None,
        authors=tuple(dict.fromkeys(a for a in (_clean(x) for x in authors) if a)),
        published=published,
        updated=updated if updated != published else None,
        language=lang,
        url=url,
        url_date=_url_date(url),
        declared_types=_declared_types(metas.get("og:type"), ld),
    )


def _meta_tags(root: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = el.get("content")
        if key and value and value.strip() and key not in out:
            out[key] = value.strip()
    return out


def _json_ld(root: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object in the page's ld+json scripts, @graph members included."""
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = script.text or ""
        if len(raw) > MAX_JSON_LD_CHARS:
            continue
        try:  # strict=False: raw newlines inside strings are common in real blocks
            data = json.loads(raw, strict=False)
        except (ValueError, RecursionError):
            continue
        stack = [data]  # popped from the end, so items are pushed in reverse: page order
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(reversed(graph))


def _declared_types(og_type: str | None, ld: list[dict[str, Any]]) -> tuple[str, ...]:
    found = [og_type or ""] + [t for item in ld for t in sorted(_types(item))]
    return tuple(dict.fromkeys(t.strip().lower() for t in found if t.strip()))


def _types(item: dict[str, Any]) -> set[str]:
    t = item.get("@type")
    values = t if isinstance(t, list) else [t]
    return {v.rsplit("/", 1)[-1] for v in values if isinstance(v, str)}


def _ld_authors(item: dict[str, Any]) -> tuple[str, ...]:
    raw = item.get("author") or item.get("creator")
    values = raw if isinstance(raw, list) else [raw]
    out: list[str] = []
    for v in values:
        if isinstance(v, dict):
            if _types(v) and not _types(v) & _PERSON_TYPES:
                continue  # an Organization: the source, not an author
            out += _split_authors(_text(v.get("name")))
        elif isinstance(v, str) and not _URLISH.match(v):
            out += _split_authors(v)
    return tuple(out)


def _split_authors(value: str | None) -> list[str]:
    if not value:
        return []
    value = _ET_AL.sub("", _BY.sub("", value.strip()))
    return [p.strip() for p in _AUTHOR_SPLIT.split(value) if p.strip()]


def _text(value: object) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    return value.strip() if isinstance(value, str) and value.strip() else None


def _first(metas: dict[str, str], names: tuple[str, ...]) -> str | None:
    return next((metas[n] for n in names if n in metas), None)


def _first_date(metas: dict[str, str], names: tuple[str, ...]) -> str | None:
    return next((iso for n in names if (iso := stated_date(metas.get(n))) is not None), None)


def _microdata_dates(root: Any) -> dict[str, str]:
    """schema.org microdata on any element: itemprop="datePublished" content or datetime."""
    out: dict[str, str] = {}
    for el in root.xpath("//*[@itemprop]"):
        prop = (el.get("itemprop") or "").strip().lower()
        if prop in ("datepublished", "datemodified") and prop not in out:
            iso = stated_date(el.get("content") or el.get("datetime") or el.text_content())
            if iso is not None:
                out[prop] = iso
    return out


def _time_element(root: Any) -> str | None:
    """The datetime of the first <time> element in the article, else in the page."""
    for scope in (root.find(".//article"), root):
        if scope is None:
            continue
        for el in scope.iter("time"):
            iso = stated_date(el.get("datetime"))
            if iso is not None:
                return iso
    return None


_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[-_]|$)"
)


def _rel_canonical(rel: str | None) -> bool:
    return "canonical" in (rel or "").lower().split()


def _absolute(url: str | None) -> bool:
    """Only an absolute http(s) URL names the page; a relative one needs a base it lacks."""
    return bool(url) and re.match(r"\s*https?://[^/\s]+", url or "", re.IGNORECASE) is not None


def _url_date(url: str | None) -> str | None:
    m = _URL_DATE.search(url or "")
    if m is None:
        return None
    try:
        return datetime.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = " ".join(text.split())
    return text or None
