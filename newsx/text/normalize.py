"""Stage 1, normalise: one canonical form of the text, whatever tool dumped the page."""

from __future__ import annotations

import re

#: Characters that render as a space: no-break, figure, narrow no-break, ideographic spaces
#: and the en/em family. Dumps keep them where the HTML had &nbsp; and friends.
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
#: Invisible characters that only break word matching: zero-width space, word joiner, soft
#: hyphen and the BOM.
_INVISIBLE = re.compile("[\u200b\u2060\u00ad\ufeff]")
#: The zero-width (non-)joiners go too, except inside the words of scripts that spell with
#: them (Persian "می\u200cخواهم", Indic half forms, emoji sequences): a joiner goes after a
#: space, ASCII, a Latin letter or another invisible, and before a space or the end.
#: Direction marks of right-to-left text (U+200E, U+200F, U+061C) are not touched.
_SPARE_JOINER = re.compile(
    "(?<![^\\s!-~\u00a0-\u024f\u200b-\u200d\u2060\ufeff])[\u200c\u200d]|[\u200c\u200d](?!\\S)"
)
#: C0/C1 control characters other than the newline: terminals would act on them.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
#: Line ends. U+2028 LINE SEPARATOR is not one of them: it breaks a line inside a paragraph,
#: and newsx.text.lines keeps such a line whole for the classifier and its breaks for the body
#: (the HTML reader writes a <pre> block's lines so).
_NEWLINES = re.compile(r"\r\n?|[\u2029\x85]")
#: Markdown escapes that html2text-style dumpers put before list-like starts ("1\\. ") and
#: emphasis characters; the page itself never had the backslash. A number's escaped full
#: stop counts mid-line too: the dumper escapes it at the start of a line of its own, and
#: that line may be joined to the one before ("moving to Pylint 4\\. Tests").
_MD_ESCAPE = re.compile(r"(\d)\\(?=\.(?:\s|$))|\\(?=[-*_+#`])", re.MULTILINE)
#: Brackets html2text-style dumpers escape in a link's or an image's text: "Facebook
#: \\(39%\\)", "\\[Rates\\]". Only an escaped pair around words is undone; a pair with a
#: space inside ("find . \\( -name x \\)") is a shell command or a formula, whose backslash
#: the page had.
_MD_ESCAPED_PAIR = re.compile(
    r"(?<!\\)\\\((?=\S)([^()\\\n]*?\S)\\\)|(?<!\\)\\\[(?=\S)([^\[\]\\\n]*?\S)\\\]"
)


#: Placeholders text browsers print for what has no text: lynx's "(BUTTON)", "[USEMAP]",
#: "[IMG]" and image file names in brackets ("[jane-150x150.png]").
_PLACEHOLDER = re.compile(
    r"\((?:BUTTON|submit|reset)\) ?|\[(?:USEMAP|IMG|INLINE|LINK|EMBED)\] ?"
    r"|\[[^\[\]\n]{0,80}\.(?:png|jpe?g|gif|svg|webp|avif)\] ?",
    re.IGNORECASE,
)


def normalize(text: str) -> str:
    """NBSP and tabs become spaces, CRLF, CR and the paragraph separator become LF, controls
    go; blank lines and line separators (U+2028) stay."""
    text = _NEWLINES.sub("\n", text)
    if "\u200c" in text or "\u200d" in text:  # rare: spare the regex elsewhere
        text = _SPARE_JOINER.sub("", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _CONTROL.sub("", text)
    text = _PLACEHOLDER.sub("", text)
    if "\\" in text:  # most dumps have no backslash: spare the patterns
        text = _MD_ESCAPE.sub(r"\1", text)
        text = _MD_ESCAPED_PAIR.sub(_unescape_pair, text)
    # Per-line rstrip, not a "[ ]+$" pattern: that rescans long space runs from every space.
    return "\n".join(line.rstrip(" ") for line in text.split("\n"))


def _unescape_pair(m: re.Match[str]) -> str:
    """ "\\(words\\)" -> "(words)", "\\[words\\]" -> "[words]"."""
    return f"({m.group(1)})" if m.group(1) is not None else f"[{m.group(2)}]"
