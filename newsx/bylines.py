"""Authors and source: from "By ..." lines, from bylines inside date lines, or from a bare
name beside the date or the headline."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from importlib import resources

from newsx import cues
from newsx.dates import find_dates
from newsx.features import Features
from newsx.labels import Decision
from newsx.language import stopword_share, words
from newsx.lines import Line
from newsx.model import Label

#: A name has at most this many words ("Maria de la Cruz Lopez Garcia").
NAME_MAX_WORDS = 6
#: A byline longer than this is a sentence: reading further only costs time.
BYLINE_MAX_CHARS = 200
#: A line holding only a name has two to four words: one word is a site or a menu item.
BARE_NAME_WORDS = (2, 4)
#: A bare name counts as the byline only this close (non-blank lines) to the date or title.
BARE_NAME_REACH = 3
#: A line that carries a byline among other things ("Posted on May 3 by Jane Doe | 2
#: comments") is short; a longer one is prose that mentions someone ("... said Jane Doe").
BYLINE_LINE_MAX_WORDS = 25
#: A body line this short may still be a byline the labeller kept in the body ("Dec 19,
#: 2025 · Jane Doe"); longer body lines are prose.
SHORT_BODY_WORDS = 12
#: A name on a line of its own counts this close to the headline (non-blank lines): the
#: byline block sits under it, past a standfirst, an image and its caption.
TITLE_NAME_REACH = 6
#: A line above the headline is this much farther than one below: a name there is more
#: often the site's, or a menu's.
ABOVE_TITLE_COST = 0.5
#: A known name this close to the headline or a date line outranks a "By" line elsewhere
#: on the page; farther from them, it is as often a name in a caption or a teaser.
CLOSE_NAME_REACH = 2
#: A body line that is a name and its job title is at most this long.
NAME_LINE_WORDS = 10
#: A comment section heading ("3 comments", "Leave a reply") is at most this long.
COMMENT_HEADING_WORDS = 12

#: Separators between names; parts are stripped after splitting (no \s* around the
#: alternatives, which would rescan runs of spaces from every position). "and", "und" and
#: "with" are matched in any case ("By JANE DOE AND JOHN ROE"); the one- and two-letter
#: conjunctions only in lower case, where they cannot be an initial.
_NAME_SPLIT = re.compile(r",|;|&|\b(?i:and|und|with)\b|\bet\b|\by\b|\be\b|\ben\b|\bи\b|、")
#: Lower-case words that belong to names ("Ursula von der Leyen", "Maria de la Cruz").
_PARTICLES = frozenset(
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
_ARTICLES = frozenset(["the", "our", "die", "das", "les", "unsere", "unser", "votre", "notre"])
#: Collective nouns: the words before them name a team or a desk ("Example Editorial Team").
_COLLECTIVE = re.compile(
    r"(?:team|desk|editors|editorial|newsroom|redaktion|redaktionsteam|rédaction|redacción|"
    r"redazione|redactie|crew|group|gruppe|équipe|equipo)\W*",
    re.IGNORECASE,
)
#: Month names after a name are the date that follows it ("Jane Doe December 3, 2024");
#: the first word of a name may still be one ("April Doe", "June Roe"). Not "May", which is
#: a surname as often.
_MONTH = re.compile(
    r"(?:january|february|march|april|june|july|august|september|october|november|"
    r"december|januar|februar|märz|juni|juli|oktober|dezember|janvier|février|mars|avril|"
    r"mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|"
    r"mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\W*"
)
#: One-word bylines that are abbreviations for the newsroom, not a person ("Autor: red").
_NEWSROOM_ABBREVIATIONS = frozenset(["red", "red.", "rd", "ots", "pd", "bearbeitet"])
#: A word of a name: capitalised, a particle, or an initial.
_NAME_WORD = re.compile(rf"^(?:[A-ZÀ-ÞА-ЯЁ][\w'’.\-]*|{'|'.join(sorted(_PARTICLES))}|[A-Z]\.)$")
#: What follows the names in a byline: a separator, or "on"/"in"/"am"/"le"/"for" before a
#: date, a category or the publication ("By Jane Doe for The Daily Example").
_TRAILING_JUNK = re.compile(
    r"[|•·∙–—:/].*$|\s(?:on|in|am|le|il|im|for|für|pour|para|per)\s.*$", re.IGNORECASE
)
#: Labels glued to the name by the dumper: "Korin MillerPublished Jan 29".
_GLUED_LABEL = re.compile(
    r"(?<=[a-zà-ÿ])(?:Published|Updated|Posted|Reviewed|Medically|Fact|Veröffentlicht|"
    r"Aktualisiert)\b.*$"
)
#: Words that end the names of a byline: the labels of what follows them ("Jane Doe
#: Published 3 May", "Max Muster Erstellt am 01.01.23", "Jane Doe Last updated ...", "Jane
#: Doe 5 min read"). Matched against whole words.
_LABEL_WORD = re.compile(
    r"(?:published|updated|posted|last|reviewed|fact-checked|modified|read|min|erstellt|"
    r"veröffentlicht|aktualisiert|geändert|stand|publié|publiée|mis|publicado|actualizado|"
    r"pubblicato|aggiornato|gepubliceerd|bijgewerkt|datum|date|foto|fotos|photo|photos|"
    r"bild|image|comments?|kommentare?|share|follow|folgen|lesezeit)\W*",
    re.IGNORECASE,
)
#: Academic and professional letters after a name: "Jane Doe, MS, RDN", "Jane Doe, Ph.D.".
#: They stay with the name they follow ("Jane Doe, PhD" is one author).
_CREDENTIAL = re.compile(
    r"^(?:Ph\.?\s?D|M\.?D|D\.?O|M\.?S|M\.?A|B\.?A|B\.?S|MSc|BSc|MBA|MPH|MFA|J\.?D|LL\.?M|"
    r"Ed\.?D|Psy\.?D|Pharm\.?D|DDS|DMD|DVM|RN|NP|RD|RDN|LD|LDN|CDE|CDCES|CPA|CFA|CFP|CEPF|"
    r"CPP|PSP|LCSW|LPC|CSCS|CPT|FACP|FACS|FACLM|FAND|E-RYT(?:\s?\d+)?|RYT(?:\s?\d+)?)\.?®?$"
)
#: A user handle standing alone after "by": "by jdoe", "von gizzmo", "by freeman1984".
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
#: Who is credited "by" here did not write the article: "Photo by", "Reviewed by", "Edited by".
_NOT_WRITER = re.compile(
    r"(?:photos?|fotos?|images?|bild(?:er)?|credit|illustrat\w*|video|graphics?|grafik|"
    r"design(?:ed)?|edited|reviewed|checked|translated|übersetzt|produced|powered|hosted|"
    r"sponsored|presented|made|built|theme)\s*:?\s*$",
    re.IGNORECASE,
)
#: Words before "by" that make a byline of what follows, wherever it stands in its line:
#: "Published on May 3 by", "Veröffentlicht am 12. Juni von", "Eine Kolumne von".
_BYLINE_VERB = re.compile(
    r"(?:written|posted|published|reported|authored|erstellt|veröffentlicht|verfasst|"
    r"geschrieben|gespeichert|publiziert|eingestellt|publié|publiée|écrit|publicado|escrito|"
    r"pubblicato|scritto|gepubliceerd|geschreven|kolumne|beitrag|kommentar|article|artikel|"
    r"post|story|interview|essay|analyse|analysis|column|text|author|autor|autorin)\W*$",
    re.IGNORECASE,
)
#: A word written in lower case: "planning" in "event planning".
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-zà-ÿ][a-zà-ÿ’'-]*")
#: The "by" that ends the words before a name: "Photo by", "Foto von".
_BY_WORD = re.compile(r"\b(?:by|von|par|por|door|di|de|da)\s*:?\s*$", re.IGNORECASE)
#: A field that opens with a verb of publishing: "Posted on May 3, 2021 by jdoe".
_OPENS_WITH_VERB = re.compile(
    r"(?:posted|published|written|veröffentlicht|publiziert|erstellt|gespeichert|eingestellt|"
    r"geschrieben|publié|publiée|écrit|publicado|escrito|pubblicato|scritto|gepubliceerd)\b",
    re.IGNORECASE,
)
#: Split a line into its fields: "Jane Doe | May 3, 2021 • 5 min read".
_FIELD_SPLIT = re.compile(r"\s[|•·∙/—–-]\s|[|•·∙]")


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


def _lead_name(part: str) -> tuple[list[str], bool]:
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
    if not _NAME_WORD.match(w) or _LABEL_WORD.fullmatch(w) or cues.NOT_A_NAME.search(w):
        return False
    if any(map(str.isdigit, w)):
        return False
    low = w.lower()
    if not before:
        return w[:1].isupper() and low not in _ARTICLES
    if low not in _PARTICLES and (_FUNCTION_WORD.fullmatch(low) or _MONTH.fullmatch(low)):
        return False
    return not (len(before) >= 2 and _is_acronym(w) and not all(map(_is_acronym, before)))


def _trim(out: list[str]) -> list[str]:
    while out and out[-1] in _PARTICLES:
        out.pop()
    return out


def _is_acronym(word: str) -> bool:
    """ "KTRK", "AFP", "CNN": after a full name in mixed case, a station or an agency; after a
    given name it is the surname in capitals ("Chokri GHARBI")."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def names_from_byline(who: str) -> tuple[list[str], str | None]:
    """Person names and a source (publisher or agency) from the text after "By"."""
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
    parts = [_undouble(p.strip(" .")) for p in _NAME_SPLIT.split(who)]
    parts = [p for p in parts if p]
    if len(parts) == 1 and " " not in parts[0]:
        return _single(parts[0]), source
    names: list[str] = []
    singles = all(" " not in p for p in parts)
    credited = False
    for part in parts:
        if names and (_CREDENTIAL.match(part) or (credited and _is_acronym(part))):
            # Letters after a known one are credentials too: "Jane Doe, MD, FACOG, ABOM".
            names[-1] = f"{names[-1]}, {part}"
            credited = True
            continue
        credited = False
        ws, whole = _lead_name(part)
        if 2 <= len(ws) <= NAME_MAX_WORDS or (singles and whole and len(ws) == 1):
            names.append(_join(ws))
        if not whole:
            break  # a job title or a remark: what follows it is not a list of names
    return names, source


def _join(ws: list[str]) -> str:
    """The name from its words, without the full stop that ended the byline ("Jeff Cobb.");
    an initial keeps its own ("John Q.")."""
    name = " ".join(ws)
    return name[:-1] if name.endswith(".") and len(ws[-1]) > 2 else name


def _single(word: str) -> list[str]:
    """A one-word byline: a first name, a pen name or a user handle ("by jdoe")."""
    if not _HANDLE.match(word) or cues.NOT_A_NAME.search(word) or _LABEL_WORD.fullmatch(word):
        return []
    if word.lower() in _NEWSROOM_ABBREVIATIONS or stopword_share([word.lower()], None) > 0:
        return []
    return [word]


def _handle_or_given(name: str) -> bool:
    """A name of several words, a known given name or a handle with digits ("Bo2man")."""
    return " " in name or not name.isalpha() or known_given_name([name])


def _undouble(text: str) -> str:
    """ "Jane Doe Jane Doe" (photo alt text glued to the name) -> "Jane Doe"."""
    ws = text.split()
    half = len(ws) // 2
    if len(ws) % 2 == 0 and ws[:half] == ws[half:]:
        return " ".join(ws[:half])
    return text


def bare_name(text: str) -> str | None:
    """The name when a line is nothing but a person's name (or an author photo's alt text)."""
    text = _AUTHOR_LABEL.sub("", _PHOTO_OF.sub("", _GLUED_LABEL.sub("", text)).strip())
    text = _undouble(text)
    ws = text.split()
    if not BARE_NAME_WORDS[0] <= len(ws) <= BARE_NAME_WORDS[1]:
        return None
    if stopword_share([w for w in words(text) if w not in _PARTICLES], None) > 0:
        return None
    if not all(_NAME_WORD.match(w) and w[:1].isupper() for w in ws[:1] + ws[-1:]):
        return None
    if not all(_NAME_WORD.match(w) for w in ws) or cues.NOT_A_NAME.search(text):
        return None
    if cues.BOILERPLATE.search(text) or any(map(str.isdigit, text)):
        return None
    if any(_GLUED.search(w) for w in ws):
        return None
    return text


def name_line(text: str) -> list[str]:
    """The names a line opens with when it is a name or a list of them, perhaps with a job
    title, credentials or an author photo's alt text: "Jane Doe, MS, RD", "Jane Doe and John
    Roe | Guest Columnists", "Headshot of Jane Doe, Staff Writer at Example"."""
    text = _AUTHOR_LABEL.sub("", _PHOTO_OF.sub("", _GLUED_LABEL.sub("", text)).strip())
    field = _undouble(_FIELD_SPLIT.split(text[:BYLINE_MAX_CHARS])[0].strip())
    names, _ = names_from_byline(field)
    first = names[0].split(",")[0] if names else ""
    if not first or not field.startswith(first):
        return []
    rest = field[len(first) :].split()
    if rest and not (
        rest[0][:1] in ",;&|(" or _NAME_SPLIT.fullmatch(rest[0]) or _is_acronym(rest[0])
    ):
        return []  # "Jane Doe says the plan will work."
    if not all(bare_name(n.split(",")[0]) for n in names):
        return []
    return names


def byline_in_line(text: str, title: str | None = None) -> tuple[list[str], str | None]:
    """Names from a byline that shares its line with other fields: "Posted on May 3, 2021 by
    Jane Doe | 2 comments", "05.01.2020 | Autor: gnaddrig | Abgelegt unter: Fotos".

    "by" inside a field counts after a date, after a verb of writing ("Published ... by") or
    after the same name ("Jane Doe By Jane Doe") or the headline ("TITLE by Jane Doe"):
    elsewhere it is a headline or a sentence ("Images Validated by Example Labs"). After a
    date alone it takes a full name, not one word ("2019: Schuh von Adidas")."""
    dated: bool | None = None
    for field in _FIELD_SPLIT.split(text):
        field = field.strip()
        m = cues.BYLINE.match(field)
        if m and not _credits_other(field[: m.start("who")] if m.group("who") else ""):
            names, src = names_from_byline(m.group("who") or m.group("who2") or "")
            if names:
                return names, src
        h = cues.BYLINE_HANDLE.search(field) if _OPENS_WITH_VERB.match(field) else None
        if h and not _NOT_WRITER.search(field[: h.start()]):
            handle = _single(h.group("who"))
            if handle:
                return handle, None
        for m in cues.BYLINE_INLINE.finditer(field):
            before = field[: m.start()]
            if _credits_other(before):
                continue
            names, src = names_from_byline(m.group("who"))
            if not names:
                continue
            vouched = (
                _BYLINE_VERB.search(before)
                or bare_name(before) == names[0]
                or (title is not None and before.strip() == title.strip())
            )
            if not vouched and dated is None:
                dated = bool(find_dates(text))
            if vouched or (dated and any(" " in n for n in names)):
                return names, src
    return [], None


def _credits_other(before: str) -> bool:
    """Whether the words before "by" credit someone other than the writer ("Photo by"); an
    author's avatar ("Avatar photo by Jane Doe") is the writer's."""
    m = _NOT_WRITER.search(_BY_WORD.sub("", before))
    return m is not None and not before[: m.start()].rstrip().lower().endswith("avatar")


def name_beside_date(text: str, date_line: bool = False) -> str | None:
    """The name in a line of a name and a date and little else: "Jane Doe | May 3, 2021",
    "12/19/2025 • Philosophy • Jane Doe • 2 comments". The name must start with a known
    given name, except before the date of a date line ("Jane Doe Published 3 May 2021"):
    elsewhere two capitalised words by a date are as often a category ("Handball Schweiz")."""
    hits = find_dates(text)
    if not hits:
        return None
    pieces = []
    at = 0
    for h in hits:
        pieces.append(text[at : h.start])
        at = h.end
    pieces.append(text[at:])
    for piece in pieces:
        for field in _FIELD_SPLIT.split(piece):
            ws, _ = _lead_name(field.strip(" ,;:-–—"))
            if ws and known_given_name(ws) and (name := bare_name(" ".join(ws))):
                return name
    if date_line:
        fields = [f.strip(" ,;:-–—") for f in _FIELD_SPLIT.split(pieces[0])]
        field = next((f for f in reversed(fields) if f), "")
        ws, _ = _lead_name(field)
        if ws and all(_LABEL_WORD.fullmatch(w) for w in field.split()[len(ws) :]):
            return bare_name(" ".join(ws))
    return None


def _eligible(i: int, feats: list[Features], labels: list[Decision]) -> bool:
    """A line that may carry a byline among other fields: short, and not a body paragraph."""
    n = feats[i].n_words
    if n > BYLINE_LINE_MAX_WORDS:
        return False
    return labels[i].label is not Label.BODY or n <= SHORT_BODY_WORDS


def find_authors(
    lines: list[Line],
    feats: list[Features],
    labels: list[Decision],
    header: Sequence[int],
    anchors: Sequence[int],
    title_at: int | None = None,
) -> tuple[tuple[str, ...], str | None]:
    """Authors and source from the byline lines of the header; else from a byline inside
    another header line; else a bare name by an anchor (the title or a date line)."""
    authors: list[str] = []
    source = None
    title = lines[title_at].text if title_at is not None else None
    for i in header:
        if labels[i].label is Label.BYLINE:
            m = cues.BYLINE.match(lines[i].text)
            prefix = lines[i].text[: m.start("who")] if m and m.group("who") else ""
            if m and not _credits_other(prefix):
                names, src = names_from_byline(m.group("who") or m.group("who2") or "")
                authors += [n for n in names if n not in authors]
                source = source or src
    if authors:
        return tuple(authors), source
    handle: tuple[tuple[str, ...], str | None] | None = None
    for k, i in enumerate(header):
        text = lines[i].text
        if cues.BYLINE_ALONE.match(text) and k + 1 < len(header):
            names, src = names_from_byline(lines[header[k + 1]].text)
        elif i != title_at and _eligible(i, feats, labels):
            names, src = byline_in_line(text, title)
            if not names and (name := name_beside_date(text, labels[i].label is Label.DATE)):
                names = [name]
        else:
            continue
        if names and (len(names) > 1 or " " in names[0]):
            return tuple(names), source or src
        # A one-word name ("by jdoe") yields to a full name on a later line.
        handle = handle or ((tuple(names), source or src) if names else None)
    if handle:
        return handle
    (far, known), unknown = _name_near(lines, feats, labels, header, anchors, title_at)
    if known and far <= CLOSE_NAME_REACH:
        return tuple(known), source
    distant = _distant_byline(lines, feats, labels, header, title_at)
    return distant or tuple(known or unknown), source


def _name_near(
    lines: list[Line],
    feats: list[Features],
    labels: list[Decision],
    header: Sequence[int],
    anchors: Sequence[int],
    title_at: int | None,
) -> tuple[tuple[float, list[str]], list[str]]:
    """Names on a line of their own close to the headline or to a date or byline line: those
    that start with a known given name, nearest first (below the headline before above it),
    else a line that is nothing but an unknown name beside a date or named again elsewhere on
    the page (an author box), if the page does not write its words in lower case elsewhere:
    the nearest line is as often a category or a subheading ("Key Takeaways", "Event
    Planning"). The first comes with its distance; the second is the weaker evidence."""
    pos = {i: k for k, i in enumerate(header)}
    title = lines[title_at].text if title_at is not None else None
    near: dict[int, float] = {}
    for a in anchors:
        if a in pos:
            for i in header:
                gap = abs(pos[i] - pos[a])
                if 0 < gap <= BARE_NAME_REACH and labels[i].label is not Label.BODY:
                    near[i] = min(near.get(i, gap), gap)
    by_anchor = set(near)
    if title_at is not None and title_at in pos:
        t = pos[title_at]
        for k in range(max(0, t - TITLE_NAME_REACH), min(len(header), t + TITLE_NAME_REACH + 1)):
            i = header[k]
            if k == t or (labels[i].label is Label.BODY and feats[i].n_words > NAME_LINE_WORDS):
                continue
            far = abs(k - t) + (ABOVE_TITLE_COST if k < t else 0.0)
            near[i] = min(near.get(i, far), far)
    known: list[tuple[float, list[str]]] = []
    unknown: list[tuple[float, str]] = []
    for i, d in near.items():
        if i == title_at:
            continue
        names = name_line(lines[i].text)
        if names and known_given_name(names[0].split()):
            known.append((d, names))
        elif (name := bare_name(lines[i].text)) and (
            i in by_anchor or (name != title and _named_again(lines, i, name))
        ):
            unknown.append((d, name))
    common: set[str] | None = None
    for far, names in sorted(known, key=lambda c: c[0]):
        common = common if common is not None else _lowercase_words(lines, labels)
        # "Case Studies", "Lien Waiver": a given name that is also a word of the page's.
        ws = [w.lower() for w in names[0].split(",")[0].split() if w not in _PARTICLES]
        if not all(w in common for w in ws):
            return (far, names), []
    for _, name in sorted(unknown):
        common = common if common is not None else _lowercase_words(lines, labels)
        if not any(w.lower() in common for w in name.split() if w not in _PARTICLES):
            return (0.0, []), [name]
    return (0.0, []), []


def _named_again(lines: list[Line], at: int, name: str) -> bool:
    """Whether a line other than `at` names `name` too: an author box, "About Jane Doe",
    "More from Jane Doe". A category or a subheading under the headline seldom recurs."""
    return any(name in line.text for k, line in enumerate(lines) if k != at and not line.blank)


def _lowercase_words(lines: list[Line], labels: list[Decision]) -> set[str]:
    """Words the page writes in lower case somewhere: common nouns. A surname seldom is one
    ("Event Planning" beside a date is a category: the page says "planning" elsewhere)."""
    return {w for line in lines for w in _LOWER_WORD.findall(line.text)}


def _distant_byline(
    lines: list[Line],
    feats: list[Features],
    labels: list[Decision],
    header: Sequence[int],
    title_at: int | None,
) -> tuple[str, ...]:
    """Names from the "By" line nearest the headline elsewhere on the page, above the reader
    comments: when the headline was taken from a teaser, or an author box closes the article."""
    if not header:
        return ()
    anchor = title_at if title_at is not None else header[0]
    inside = set(header)
    comments = next(
        (
            i
            for i in range(header[0], len(lines))
            if feats[i].n_words <= COMMENT_HEADING_WORDS and cues.COMMENT_START.match(lines[i].text)
        ),
        len(lines),
    )
    found = sorted(
        (abs(i - anchor), i)
        for i in range(comments)
        if i not in inside
        and (
            labels[i].label is Label.BYLINE
            or (not lines[i].blank and cues.BYLINE_ALONE.match(lines[i].text))
        )
    )
    common: set[str] | None = None
    for _, i in found:
        names = _distant_names(lines, i, comments)
        # Far from the headline, "By Region", "by industry" or "By Use Case" is a filter:
        # one word must be a given name or a handle with digits ("by Bo2man"), and a name
        # may not be words the page writes in lower case.
        if not names or (len(names) == 1 and not _handle_or_given(names[0])):
            continue
        common = common if common is not None else _lowercase_words(lines, labels)
        if not all(w.lower() in common for w in names[0].split() if w not in _PARTICLES):
            return tuple(names)
    return ()


def _distant_names(lines: list[Line], i: int, end: int) -> list[str]:
    """The names of a byline line ("By Jane Doe"), or of a byline label alone on its line
    ("Written by") and the next non-blank line before `end`."""
    text = lines[i].text
    m = cues.BYLINE.match(text)
    if m:
        if _credits_other(text[: m.start("who")] if m.group("who") else ""):
            return []
        return names_from_byline(m.group("who") or m.group("who2") or "")[0]
    after = next((j for j in range(i + 1, end) if not lines[j].blank), None)
    if after is None or not cues.BYLINE_ALONE.match(text):
        return []
    return names_from_byline(lines[after].text)[0]
