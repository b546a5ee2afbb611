"""Stage 2, lines (continued): the marks dumpers put around a page's words go, the words stay.

Two dumpers newsx's models were not fitted on mark up every link:

- html2text with its defaults, pandoc, markdownify and the "reader mode" of crawlers write
  markdown: a link as "[text](url)", an image as "![alt](src)", emphasis as "**bold**" and
  "_italic_";
- `lynx -dump` without `-nolist` numbers every link ("[12]Home") and lists the URLs under
  "References" at the end.

Read as they are, a menu is a run of URLs or numbers, the URLs look like the page's longest
lines, and every word carries its marks. newsx reads such a dump as the dumpers it was fitted
on write the same page (seedlike: links and emphasis dropped, an image's alt text kept): a
link becomes its text, an image its alt text, emphasis its words, and lynx's reference list
goes.

Whether a dump is markdown is read once (read_marking), before unwrap, which asks it too.
unmark runs after the hard wraps are joined, since a wrapped dump's geometry is that of the
lines with their URLs, and a link broken over two lines is whole again once they are joined.
Headings keep their "#" marks as every other dump's do (the title drops them), and code
spans keep their backticks: a reader of code wants them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from newsx.text.lines import Line

#: A link's or an image's target: a URL or a path (it has a "/", ".", "#" or ":", so that
#: "handlers[i](event)" in code is no link), possibly with one pair of brackets inside
#: ("/wiki/Python_(language)", "tel:(954) 885-7100") and a title in quotes ('(/about "About
#: us")'). Unwrapping may have put a space where the dumper broke a long URL.
_TARGET = r"\((?=[^()]*[/.#:])(?:[^()\s]|\([^()\n]*\)|\s(?=[^()\s]))*\)"
#: A link's text, with at most one pair of brackets inside ("[Demo [20 min]]", "[[2]]").
_TEXT = r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]"
#: An image, "![alt](src)": its alt text, which is what a dumper that drops images keeps.
_IMAGE = re.compile("!" + _TEXT + _TARGET)
#: A link, "[text](url)": its text. An image inside the text is read first, so a linked
#: image ("[![logo](a.svg)](/)") becomes its alt text.
_LINK = re.compile(_TEXT + _TARGET)
#: The same written as references ("[text][4]", html2text's --reference-links), and the lines
#: that define the references ("   [4]: https://..."), which go.
_REF_IMAGE = re.compile("!" + _TEXT + r"\[\d{1,5}\]")
_REF_LINK = re.compile(_TEXT + r"\[\d{1,5}\]")
_REF_DEFINITION = re.compile(r"\[\d{1,5}\]: \S+.*")
#: Strong emphasis, "**words**": the words, emphasis inside included ("**_Note_**"). Not
#: "__words__", which html2text does not write and "__init__" is.
#: Marks stand outside words and brackets, so "x**2 + y**2" keeps its own. A span holds no
#: mark of its own kind and is at most MAX_EMPHASIS characters, so that a line of unclosed
#: marks is read in one pass, not scanned to its end from every mark.
MAX_EMPHASIS = 300
_STRONG = re.compile(
    rf"(?<![\w*)])\*\*(?=[^\s*])([^*]{{1,{MAX_EMPHASIS}}}?)(?<=[^\s*])\*\*(?![\w*(])"
)
#: Emphasis, "_words_" or "*words*", only where the marks stand outside a word and a
#: bracket, so that snake_case, "__init__", "2*3*4" and "(x)*(y)*(z)" keep theirs.
_EMPHASIS = re.compile(
    rf"(?<![\w*)])([*_])(?=[^\s*_])((?:(?!\1).){{1,{MAX_EMPHASIS}}}?)(?<=[^\s*_])\1(?![\w*(])"
)
#: lynx's number before a link's text ("[12]Home", "([5]PDF)"), where a word does not end:
#: a citation mark follows one ("as reported.[12]") and stays. A number alone on its line
#: is a link without text.
_LYNX_MARK = re.compile(r"(?<![^\s(])\[\d{1,5}\](?=\S)|^\[\d{1,5}\]$")
#: The heading of lynx's list of the page's URLs, at the end of its dump, and what that list
#: holds: its sub-headings (elinks writes them without the colon) and numbered URLs, each
#: with its scheme (so that a page's own numbered citations, "1. Smith J. ...", are not one).
LYNX_REFERENCES = "References"
_LYNX_REFERENCE = re.compile(r"(?:Visible|Hidden) links:?|\d{1,5}\. [A-Za-z][\w+.-]*:.*")
#: A page is a markdown or a lynx dump when it has at least this many marked links: then
#: emphasis marks are markup too, and numbers in brackets are lynx's. Below it a stray "_x_"
#: or "[3]Intro" may be the page's own text (a footnote mark, a formula), and is left alone.
MIN_LINKS = 3


@dataclass(frozen=True)
class Marking:
    """How the dumper marked a page's links, decided once a page from its lines as the dumper
    wrote them: unwrap asks (a markdown dumper does not wrap list items), then unmark."""

    markdown: bool
    """At least MIN_LINKS markdown links, images or reference definitions: emphasis marks
    are markup too."""
    references: bool
    """At least MIN_LINKS reference definitions ("[4]: https://..."): "[text][4]" is a link.
    Read only where they are defined, since "a[i][0]" in code is no link."""


def read_marking(lines: list[Line]) -> Marking:
    """The page's Marking (a link broken over two wrapped lines is not counted; a markdown
    dump has many more than MIN_LINKS)."""
    refs = sum(1 for line in lines if _defines_reference(line))
    links = sum(_count_links(line.text) for line in lines if "](" in line.text)
    return Marking(markdown=links + refs >= MIN_LINKS, references=refs >= MIN_LINKS)


def unmark(lines: list[Line], marking: Marking) -> list[Line]:
    """The lines with markdown links and images replaced by their text, and on a markdown
    dump (`marking`) emphasis by its words and reference definitions gone; on a lynx dump
    with its link list, the link numbers and the list gone. A page without such marks is
    returned as it is."""
    lines = _unmark_lynx(lines)
    markdown, references = marking.markdown, marking.references
    out = lines
    for i, line in enumerate(lines):
        text = line.text
        if references and _defines_reference(line):
            new = _blank(line)
        elif (
            "](" in text
            or (references and "][" in text)
            or (markdown and ("*" in text or "_" in text))
        ):
            new = _plain(line, markdown, references)
        else:
            continue
        if new is not line:
            out = list(lines) if out is lines else out
            out[i] = new
    return out


def _defines_reference(line: Line) -> bool:
    return line.text[:1] == "[" and _REF_DEFINITION.fullmatch(line.text) is not None


def _count_links(text: str) -> int:
    """How many markdown links and images the text has, a linked image counted twice."""
    return len(_IMAGE.findall(text)) + len(_LINK.findall(_IMAGE.sub("", text)))


def _unmark_lynx(lines: list[Line]) -> list[Line]:
    """Without lynx's reference list and link numbers, when the dump has both."""
    end = _references_start(lines)
    if end is None or sum(len(_LYNX_MARK.findall(line.text)) for line in lines) < MIN_LINKS:
        return lines
    out = lines[:end]
    for i, line in enumerate(out):
        if "]" in line.text:
            text = " ".join(_LYNX_MARK.sub("", line.text).split())
            if not text:
                out[i] = _blank(line)
            elif text != line.text:
                out[i] = replace(line, raw=_LYNX_MARK.sub("", line.raw), text=text)
    return out


def _references_start(lines: list[Line]) -> int | None:
    """The index of lynx's "References" line when every non-blank line after it belongs to
    the list."""
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if line.blank:
            continue
        if line.text == LYNX_REFERENCES and line.bullet is None:
            return i
        if not _LYNX_REFERENCE.fullmatch(line.raw.strip()):
            return None
    return None


def _plain(line: Line, emphasis: bool, references: bool) -> Line:
    text = _strip(line.text, emphasis, references)
    if text == line.text:
        return line
    text = " ".join(text.split())
    if not text:  # an image with no alt text, a link with none: the line was empty
        return _blank(line)
    return replace(line, raw=_strip(line.raw, emphasis, references), text=text)


def _blank(line: Line) -> Line:
    """The line emptied of its marks: a blank line, without a list marker."""
    return replace(line, raw="", text="", bullet=None, blank=True)


def _strip(text: str, emphasis: bool, references: bool) -> str:
    if "](" in text:
        text = _IMAGE.sub(r"\1", text)
        text = _LINK.sub(r"\1", text)
    if references and "][" in text:
        text = _REF_IMAGE.sub(r"\1", text)
        text = _REF_LINK.sub(r"\1", text)
    if emphasis:
        text = _STRONG.sub(r"\1", text)
        text = _EMPHASIS.sub(r"\2", text)
    return text
