"""HTML pages to the visible text newsx reads.

A page that is HTML (sniffed from its first characters, not its name) is parsed with lxml
(the optional ``html`` extra) and walked once, without recursion, so deep or broken markup
costs linear time. Block elements become lines, paragraphs and headings are followed by a
blank line and list items get html2text's "  * " marker: the text reads like the dumps the
line classifier was trained on, and the same algorithm decides. The same walk records the
markup's facts about every line (newsx.html.marks), which the HTML line model reads too.

Only what no browser shows is dropped: scripts, styles, templates, embedded media, form
fields, and elements hidden by style or aria-hidden. Page chrome that HTML names (nav,
aside, a header or footer outside the article) is kept for the classifier: menus and site
headers are evidence of where the article starts, and dropping them measured worse
(docs/algorithm.md gives the figures).
"""

from __future__ import annotations

import re
from typing import Any

from newsx.errors import InputError
from newsx.html.marks import LOCAL_DEPTH, Hint, Marks, element_hints, find_container
from newsx.text.lines import LINE_BREAK

#: Elements whose content is never shown. Buttons stay: their labels are visible, and
#: parsers nest whole pages inside an unclosed one.
_INVISIBLE = frozenset(
    "head script style noscript template svg math iframe object embed canvas video audio "
    "picture source track map select datalist textarea input".split()
)
#: Elements that start a line of their own.
_BLOCK = frozenset(
    "address article aside blockquote body caption center dd details dialog div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend "
    "li main nav ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
#: Blocks followed by a blank line, as html2text writes paragraphs and headings.
_PARAGRAPH = frozenset("p h1 h2 h3 h4 h5 h6 blockquote pre figcaption table ul ol dl".split())
#: List items, rendered with a marker.
_ITEM = frozenset(("li", "dd"))
#: How much of a file the HTML sniff looks at.
_SNIFF_CHARS = 2048
_LOOKS_HTML = re.compile(
    r"\A\ufeff?\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?"
    r"(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])"
    r"|<html[\s>].*<(?:head|body)[\s>]",
    re.IGNORECASE | re.DOTALL,
)
#: A page may open with what its server printed before the template (PHP warnings in <b>
#: and <br>, a script). It is HTML when it starts with a tag and its root element, then a
#: <head> or <body>, follow within this many characters (such preambles run to a few tens
#: of kB).
_SNIFF_FAR_CHARS = 65536
_STARTS_WITH_TAG = re.compile(r"\A\ufeff?\s*<[a-z!?/]", re.IGNORECASE)
_ROOT_TAG = re.compile(r"<!doctype\s+html|<html[\s>]", re.IGNORECASE)
_HEAD_OR_BODY = re.compile(r"<(?:head|body)[\s>]", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"\A\ufeff?\s*<\?xml[^>]*>")
#: End tags of the document's root and body. Browsers ignore them and keep the content
#: after them (HTML's "after body" mode); libxml2 drops that content, and pages that close
#: their template before the article do exist.
_ROOT_END = re.compile(r"</(?:body|html)\s*>", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
#: Columns of a tab in a <pre> block, as browsers show them.
_TAB_WIDTH = 8
_CONTAINER = Hint.CONTAINER.value
_NEAR_CONTAINER = Hint.NEAR_CONTAINER.value
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


class MissingHtmlSupport(InputError):
    """HTML input without lxml installed."""

    def __init__(self) -> None:
        super().__init__("HTML input needs lxml: pip install 'newsx[html]'")


def looks_like_html(text: str) -> bool:
    """Whether a decoded file is an HTML page rather than a text dump."""
    if _LOOKS_HTML.search(text[:_SNIFF_CHARS]) is not None:
        return True
    if _STARTS_WITH_TAG.match(text) is None:
        return False
    head = text[:_SNIFF_FAR_CHARS]
    root = _ROOT_TAG.search(head)
    return root is not None and _HEAD_OR_BODY.search(head, root.end()) is not None


def parse(html: str) -> Any:
    """The lxml root element of a page. Raises MissingHtmlSupport without lxml."""
    try:
        from lxml import html as lxml_html
    except ImportError:
        raise MissingHtmlSupport() from None
    # lxml refuses a str that declares its encoding; this one is decoded already.
    cleaned = _ROOT_END.sub("", _XML_DECLARATION.sub("", html, count=1))
    # huge_tree lifts libxml2's nesting cap from 256 to 2,048 elements: past the cap the rest
    # of the page is lost, and pages with hundreds of unclosed <div>s or <font>s exist.
    parser = lxml_html.HTMLParser(huge_tree=True)
    try:
        return lxml_html.document_fromstring(cleaned, parser=parser)
    except Exception:  # lxml's ParserError: nothing in the page makes an element
        return lxml_html.document_fromstring("<html><body></body></html>")


def html_to_text(html: str) -> str:
    """The visible text of an HTML page (parse, then render)."""
    return render(parse(html))


def render(root: Any) -> str:
    """The visible text of a parsed page: one block a line, blank lines after paragraphs."""
    return render_marked(root)[0]


def render_marked(root: Any) -> tuple[str, list[Marks | None]]:
    """The visible text of a parsed page, and the markup facts of each of its lines (None
    for blank lines): what newsx.html.marks says about where each line stood."""
    from lxml import etree

    out: list[str] = []
    marks: list[Marks | None] = []
    parts: list[str] = []
    linked = 0  # visible characters of `parts` inside links
    shown = 0  # visible characters of `parts`
    item = False
    in_item = 0  # list items open: paragraphs inside one get no blank lines
    in_link = 0
    in_pre = 0  # <pre> elements open: their line breaks and indentation are kept
    container, near = find_container(root)
    # A page whose article text stands in <noscript> (served to browsers without scripts)
    # shows it, as a text browser does.
    noscript = container is not None and any(a.tag == "noscript" for a in container.iterancestors())
    hints = [0]  # per open element: its Hint bits and its ancestors'
    owns = [0] * LOCAL_DEPTH  # per open element: its own bits
    inner = [0]  # per open element: the bits of the open elements below the container
    below = [0]  # per open element: how many levels below the container it stands
    blocks = ["body"]  # the open block elements' tags

    def flush(blank: bool = False) -> None:
        # A <pre> block becomes one line too, its own lines joined by LINE_BREAK: the
        # classifier reads it whole (line by line, a code listing reads as a column of short
        # furniture lines), the body shows it line by line.
        nonlocal item, linked, shown
        if in_pre:
            rows = "".join(parts).expandtabs(_TAB_WIDTH).split("\n")
            text = LINE_BREAK.join(row.rstrip() for row in rows).strip(LINE_BREAK + " ")
        else:
            text = _SPACES.sub(" ", "".join(parts)).strip()
        parts.clear()
        if text:
            out.append(f"  * {text}" if item else text)
            local = 0
            for own in owns[-LOCAL_DEPTH:]:
                local |= own
            marks.append(
                Marks(hints[-1], local, blocks[-1], linked / max(1, shown), inner[-1], below[-1])
            )
            item = False  # a list item's marker goes on its first line only
        linked = shown = 0
        if blank and out and out[-1]:
            out.append("")
            marks.append(None)

    def add(text: str) -> None:
        nonlocal linked, shown
        parts.append(text)
        n = len(text.strip())
        shown += n
        if in_link:
            linked += n

    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, el in walker:
        if event in ("comment", "pi"):
            if el.tail:
                add(el.tail)
            continue
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if _invisible(el, tag, noscript):
                hints.append(hints[-1])
                owns.append(0)
                inner.append(inner[-1])
                below.append(below[-1])
                walker.skip_subtree()  # its "end" still comes, for the tail
                continue
            if tag == "br":
                flush()
            elif tag in _BLOCK:
                flush(blank=tag in _PARAGRAPH and not in_item)
                item = item or tag in _ITEM
                in_item += tag in _ITEM
                blocks.append(tag)
            own = element_hints(el, tag)
            if el is container:
                own |= _CONTAINER
            elif el is near:
                own |= _NEAR_CONTAINER
            inside = bool(hints[-1] & _CONTAINER)
            inner.append(inner[-1] | own if inside else 0)
            below.append(below[-1] + 1 if inside else 0)
            hints.append(hints[-1] | own)
            owns.append(own)
            in_link += tag == "a"
            in_pre += tag == "pre"
            if el.text:
                add(el.text)
            continue
        if tag in _BLOCK and not _invisible(el, tag, noscript):
            in_item -= tag in _ITEM
            flush(blank=tag in _PARAGRAPH and not in_item)
            in_pre -= tag == "pre"
            item = item and tag not in _ITEM  # an empty item leaves no marker behind
            blocks.pop()
        elif tag == "a" and not _invisible(el, tag, noscript):
            in_link -= 1
        hints.pop()
        owns.pop()
        inner.pop()
        below.pop()
        if el.tail:
            add(el.tail)
    flush()
    while out and not out[-1]:
        out.pop()
        marks.pop()
    return "\n".join(out), marks


def _invisible(el: Any, tag: str, noscript: bool = False) -> bool:
    if tag in _INVISIBLE or (tag == "dialog" and el.get("open") is None):
        return not (noscript and tag == "noscript")
    if tag in ("html", "body"):
        return False  # hidden until a script has run ("anti-flicker"): shown in the end
    # The hidden attribute is not trusted: streaming server rendering (React's <div hidden
    # id="S:0">) parks the whole article in a hidden element that a script then shows.
    if el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    return bool(style) and _HIDDEN_STYLE.search(style) is not None
