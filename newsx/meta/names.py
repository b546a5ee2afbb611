"""Person names read from text: the names after "By", a line that is nothing but a name,
a name with its credentials or job title, and whether a word is a known given name.

newsx.meta.bylines decides which lines of a page to read them from.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from importlib import resources

from newsx.meta.dates import find_dates
from newsx.text.language import stopword_share
from newsx.text.lines import undouble
from newsx.text.words import words
from newsx.vocab import alt, cues
from newsx.vocab.calendar import (
    PUBLISHED_LABELS,
    UPDATED_LABELS,
)
from newsx.vocab.discussion import COMMENT_NOUNS

#: A name has at most this many words ("Maria de la Cruz Lopez Garcia").
NAME_MAX_WORDS = 6
#: A byline longer than this is a sentence: reading further only costs time.
BYLINE_MAX_CHARS = 200
#: A line holding only a name has two to four words: one word is a site or a menu item.
BARE_NAME_WORDS = (2, 4)

#: An all-capital word this short is no name nor the end of one: a language switch ("EN"),
#: a section ("IT") or a product's suffix ("Galaxy AI"). Surnames in capitals are longer.
SHORT_ACRONYM = 2
#: Separators between names; parts are stripped after splitting (no \s* around the
#: alternatives, which would rescan runs of spaces from every position). "and", "und" and
#: "with" are matched in any case ("By JANE DOE AND JOHN ROE"); the one- and two-letter
#: conjunctions only in lower case, where they cannot be an initial.
_NAME_SPLIT = re.compile(r",|;|&|\b(?i:and|und|with)\b|\bet\b|\by\b|\be\b|\ben\b|\bи\b|、")
#: Lower-case words that belong to names ("Ursula von der Leyen", "Maria de la Cruz").
PARTICLES = frozenset(
    ["de", "da", "van", "von", "der", "den", "la", "le", "del", "di", "du", "bin", "al"]
)
#: Capitalised function words that end a name in title-case text ("Letters To The Editor",
#: "Jane Doe For The Times"); the particles above stay part of names ("Von Der Leyen").
_FUNCTION_WORD = re.compile(
    r"(?:the|to|of|for|and|in|on|at|a|an|with|from|die|das|des|dem|und|mit|für|les|et|pour|"
    r"por|para|y|el)"
)
#: Articles and possessives that open the name of a team or a publication, never a
#: person's: "The Example Team", "Our Editors", "Die Redaktion".
_ARTICLES = frozenset("the our die das les los las el il het unsere unser votre notre".split())
#: Collective nouns: the words before them name a team or a desk ("Example Editorial Team").
_COLLECTIVE = re.compile(
    r"(?:team|desk|editors|editorial|newsroom|redaktion|redaktionsteam|rédaction|redacción|"
    r"redazione|redactie|crew|group|gruppe|équipe|equipo)\W*",
    re.IGNORECASE,
)
#: One-word bylines that are abbreviations for the newsroom, not a person ("Autor: red").
_NEWSROOM_ABBREVIATIONS = frozenset(["red", "red.", "rd", "ots", "pd", "bearbeitet"])
#: A word of a name: capitalised, a particle, or an initial.
_NAME_WORD = re.compile(rf"^(?:[A-ZÀ-ÞА-ЯЁ][\w'’.\-]*|{'|'.join(sorted(PARTICLES))}|[A-Z]\.)$")
#: What follows the names in a byline: a separator, or "on"/"in"/"am"/"le"/"for"/"under" before a
#: date, a category or the publication ("By Jane Doe for The Daily Example").
_TRAILING_JUNK = re.compile(
    r"[|•·∙–—:/].*$|\s(?:on|in|am|le|il|im|for|für|pour|para|per|under|unter)\s.*$",
    re.IGNORECASE,
)
#: Labels glued to the name by the dumper: "Jane DoePublished Jan 29".
_GLUED_LABEL = re.compile(
    r"(?<=[a-zà-ÿ])(?:Published|Updated|Posted|Reviewed|Medically|Fact|Veröffentlicht|"
    r"Aktualisiert)\b.*$"
)
#: Words that end the names of a byline: the labels of what follows them ("Jane Doe
#: Published 3 May", "Max Muster Erstellt am 01.01.23", "Jane Doe Last updated ...", "Jane
#: Doe 5 min read"). Matched against whole words.
LABEL_WORD = re.compile(
    alt(
        (
            *(w for w in PUBLISHED_LABELS + UPDATED_LABELS if " " not in w),
            *COMMENT_NOUNS,
            *"last reviewed fact-checked read min stand mis datum date foto fotos photo photos"
            " bild image share follow folgen lesezeit".split(),
        )
    )
    + r"\W*",
    re.IGNORECASE,
)
#: Post-nominal letters after a name: "Jane Doe, MD, FACP", "Jane Doe, Ph.D.", "Jane Doe,
#: E-RYT 500". One token of at least two capitals, where lower-case letters come at most two
#: in a row ("PhD", "MSc", "Psy.D"; not "McDonald"), perhaps with a number of hours and a
#: registered sign. They stay with the name they follow, as the byline writes them.
_POST_NOMINAL = re.compile(
    r"^(?=(?:[^A-Z]*[A-Z]){2})(?!.*[a-z]{3})[A-Z][A-Za-z.\-]{1,9}(?:\s\d{2,3})?\.?®?$"
)
#: A user handle standing alone after "by": "by jdoe", "von gizzmo", "by jdoe1984".
_HANDLE = re.compile(r"^(?=.*[^\W\d_])[\w.\-]{2,40}$")
#: Menu items glued together by the dumper: "HomeCommercial CleaningLocations". A capital
#: after four or more lower-case letters; "McDonald", "MacArthur", "DeSiato" stay names.
_GLUED = re.compile(r"[a-zà-ÿ]{4}[A-ZÀ-Þ]")
#: Alt texts of author photos: "Picture of Jane Doe", "Jane Doe avatar".
_PHOTO_OF = re.compile(
    r"^(?:picture|photo|image|avatar|portrait|headshot|foto|bild)\s+(?:of|von|de)\s+|"
    r"(?:['’]s)?\s+(?:photo|avatar|headshot|image|picture|profile\s+picture|foto)$",
    re.IGNORECASE,
)
#: "Author" before a name without the colon a byline label takes: "Author Jane Doe".
_AUTHOR_LABEL = re.compile(r"^(?:author|autor|autorin|auteur|autore|autora)\s+", re.IGNORECASE)
#: Split a line into its fields: "Jane Doe | May 3, 2021 • 5 min read".
FIELD_SPLIT = re.compile(r"\s[|•·∙/—–-]\s|[|•·∙]")


#: Titles before a name: the given name is the word after them.
_TITLES = frozenset(["dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms", "ms."])


@functools.cache
def given_names() -> frozenset[str]:
    """Lower-cased given names of many languages (newsx/data/given_names.txt, from Faker)."""
    text = (resources.files("newsx") / "data" / "given_names.txt").read_text("utf-8")
    return frozenset(w for w in text.splitlines() if w and not w.startswith("#"))


def known_given_name(ws: Sequence[str]) -> bool:
    """Whether a name starts with a known given name ("Dr. Jane Doe" with "Jane")."""
    k = 0
    while k < len(ws) - 1 and ws[k].lower() in _TITLES:
        k += 1
    return bool(ws) and ws[k].lower().rstrip(".") in given_names()


def lead_name(part: str) -> tuple[list[str], bool]:
    """The words of `part` up to the first that cannot belong to a name, and whether that
    was all of them. A word glued to the next field by the dumper ("Jane DoeMarch 3") ends
    the name after its first half; a collective noun after the words ("Example Editorial
    Team") makes them the name of a team, not of a person."""
    ws = part.split()
    out: list[str] = []
    for w in ws:
        glued = _GLUED.search(w)
        if glued:
            head = w[: glued.start() + 4]
            if _name_word(head, out):
                out.append(head)
            return _trim(out), False
        if not _name_word(w, out):
            if _COLLECTIVE.fullmatch(w):
                return [], False
            break
        out.append(w)
    return _trim(out), len(out) == len(ws)


def _name_word(w: str, before: list[str]) -> bool:
    """Whether `w` can continue the name whose words so far are `before`."""
    if not _NAME_WORD.match(w) or LABEL_WORD.fullmatch(w) or cues.NOT_A_NAME.search(w):
        return False
    if any(map(str.isdigit, w)):
        return False
    low = w.lower()
    if not before:
        return w[:1].isupper() and low not in _ARTICLES
    if low not in PARTICLES and _FUNCTION_WORD.fullmatch(low):
        return False
    return not (len(before) >= 2 and _is_acronym(w) and not all(map(_is_acronym, before)))


def _trim(out: list[str]) -> list[str]:
    while out and out[-1] in PARTICLES:
        out.pop()
    return out


def _is_acronym(word: str) -> bool:
    """ "KTRK", "AFP", "CNN": after a full name in mixed case, a station or an agency; after a
    given name it is the surname in capitals ("Jean DUPONT")."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _short_acronym(word: str) -> bool:
    """An all-capital word of at most SHORT_ACRONYM letters: "EN", "IT", "AI"."""
    return _is_acronym(word) and len(word) <= SHORT_ACRONYM


def names_from_byline(who: str, lang: str | None = None) -> tuple[list[str], str | None]:
    """Person names and a source (publisher or agency) from the text after "By". `lang` is
    the page's stopword language (None: every list's words are function words)."""
    source = None
    who = _GLUED_LABEL.sub("", who[:BYLINE_MAX_CHARS])
    m = cues.SOURCE_IN_BYLINE.search(who)
    if m:
        source = m.group("source").strip()
        who = who[: m.start()]
    hits = find_dates(who)
    if hits:
        who = who[: hits[0].start]
    who = _TRAILING_JUNK.sub("", who).strip()
    parts = [undouble(p.strip(" .")) for p in _NAME_SPLIT.split(who)]
    parts = [p for p in parts if p]
    if len(parts) == 1:
        if " " not in parts[0]:
            return single_name(parts[0], lang), source
        ws = parts[0].split()
        if LABEL_WORD.fullmatch(ws[1]):
            # A handle, then the label of the next field: "jdoe Published May 3".
            return single_name(ws[0], lang), source
    names: list[str] = []
    singles = all(" " not in p for p in parts)
    for part in parts:
        if names and _post_nominal(part):
            names[-1] = f"{names[-1]}, {part}"
            continue
        ws, whole = lead_name(part)
        if 2 <= len(ws) <= NAME_MAX_WORDS or (singles and whole and len(ws) == 1):
            names.append(_join(ws))
        if not whole:
            break  # a job title or a remark: what follows it is not a list of names
    return names, source


def _post_nominal(part: str) -> bool:
    """Letters after a name that are a degree or a membership, not a news agency or a
    broadcaster ("Jane Doe, AFP" names whom she writes for) nor a job ("Jane Doe, CEO")."""
    if _POST_NOMINAL.match(part) is None or cues.is_news_agency(part):
        return False
    return cues.NOT_A_NAME.search(part) is None


def _join(ws: list[str]) -> str:
    """The name from its words, without the full stop that ended the byline ("John Roe.");
    an initial keeps its own ("John Q.")."""
    name = " ".join(ws)
    return name[:-1] if name.endswith(".") and len(ws[-1]) > 2 else name


def single_name(word: str, lang: str | None = None) -> list[str]:
    """A one-word byline: a first name, a pen name or a user handle ("by jdoe")."""
    if not _HANDLE.match(word) or cues.NOT_A_NAME.search(word) or LABEL_WORD.fullmatch(word):
        return []
    if word.lower() in _NEWSROOM_ABBREVIATIONS or _function_words([word.lower()], lang):
        return []
    if _short_acronym(word):
        return []  # a language switch, a section or initials: "EN", "IT", "AI"
    return [word]


def _function_words(ws: Sequence[str], lang: str | None) -> bool:
    """Whether any of the lower-cased words is a function word of the page's language (of
    every language when it is not known) or of English, whose menus every page may carry
    ("The", "Our", "Updated")."""
    if stopword_share(ws, lang) > 0:
        return True
    return lang not in (None, "en") and stopword_share(ws, "en") > 0


def handle_or_given(name: str) -> bool:
    """A name of several words, a known given name or a handle with digits ("Bo2man")."""
    return " " in name or not name.isalpha() or known_given_name([name])


def bare_name(text: str, lang: str | None = None) -> str | None:
    """The name when a line is nothing but a person's name (or an author photo's alt text)."""
    text = _AUTHOR_LABEL.sub("", _PHOTO_OF.sub("", _GLUED_LABEL.sub("", text)).strip())
    text = undouble(text)
    ws = text.split()
    if not BARE_NAME_WORDS[0] <= len(ws) <= BARE_NAME_WORDS[1]:
        return None
    if _function_words([w for w in words(text) if w not in PARTICLES], lang):
        return None
    if not all(_NAME_WORD.match(w) and w[:1].isupper() for w in ws[:1] + ws[-1:]):
        return None
    if ws[0].lower() in _ARTICLES:
        return None  # "The Example Team", "Los Angeles Dodgers": in any language
    if not all(_NAME_WORD.match(w) for w in ws) or cues.NOT_A_NAME.search(text):
        return None
    if cues.BOILERPLATE.search(text) or any(map(str.isdigit, text)):
        return None
    if any(_GLUED.search(w) for w in ws):
        return None
    if _short_acronym(ws[-1]) and not _is_acronym(ws[0]):
        return None  # a product or a place: "Galaxy AI", "Example EN"
    return text


def name_line(text: str, lang: str | None = None) -> list[str]:
    """The names a line opens with when it is a name or a list of them, perhaps with a job
    title, credentials or an author photo's alt text: "Jane Doe, MS, RD", "Jane Doe and John
    Roe | Guest Columnists", "Headshot of Jane Doe, Staff Writer at Example"."""
    text = _AUTHOR_LABEL.sub("", _PHOTO_OF.sub("", _GLUED_LABEL.sub("", text)).strip())
    field = undouble(FIELD_SPLIT.split(text[:BYLINE_MAX_CHARS])[0].strip())
    names, _ = names_from_byline(field, lang)
    first = names[0].split(",")[0] if names else ""
    if not first or not field.startswith(first):
        return []
    rest = field[len(first) :].split()
    if rest and not (
        rest[0][:1] in ",;&|(<" or _NAME_SPLIT.fullmatch(rest[0]) or _is_acronym(rest[0])
    ):
        return []  # "Jane Doe says the plan will work."
    if not all(bare_name(n.split(",")[0], lang) for n in names):
        return []
    return names
