"""The name of the site or section that a headline line carries after the headline itself:
"The Ultimate Checklist | Bridgestone Tires", "Barbecue charbon inox 1600 - Martinsen",
"How meditation rewires brains | Opinion".

Pages print the document's title, which names the site, as the visible headline often
enough that a user would otherwise see the site's name in every title of a crawl. A name is
recognised by the page itself, not by a list: the tail after the headline's last separator
stands alone as a line elsewhere on the page (the logo's text, a menu entry, the section's
heading). A headline's own second half ("Kim Jong Un: Der Diktator ist zurück - Donald Trump
ist „glücklich“") is no line of its own and stays.
"""

from __future__ import annotations

import re

from newsx.text.lines import Line

#: The marks that set a name after a headline, each between spaces: a hyphen or slash
#: without spaces is part of a word ("AC/DC", "Wi-Fi"), and a colon opens a headline's own
#: second half ("Critics' Choice: Best Exhibitions").
_SEPARATOR = re.compile(r"\s+[|–—·/-]\s+")
#: A site's or section's name is short; a longer tail is the headline's own.
NAME_MAX_WORDS = 3
#: What is left must still be a headline, not a single word before a site's name.
HEAD_MIN_WORDS = 2
#: Marks around a line's text that are no part of the name (markdown headings, rules).
_MARKS = "#*=_ \t"


def without_site_name(title: str, lines: list[Line]) -> str:
    """`title` without the name after its last separator, when that name is the whole text
    of a line of the page."""
    cuts = list(_SEPARATOR.finditer(title))
    if not cuts:
        return title
    cut = cuts[-1]
    head, tail = title[: cut.start()], title[cut.end() :]
    name = tail.strip(_MARKS).casefold()
    if len(name.split()) > NAME_MAX_WORDS or len(head.split()) < HEAD_MIN_WORDS:
        return title
    if not any(c.isalpha() for c in name):
        return title  # a price range's end ("$10.93 - $17.00") or a number, no name
    for line in lines:
        if not line.blank and line.text.strip(_MARKS).casefold() == name:
            return head
    return title
