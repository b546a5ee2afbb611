"""newsx.vocab.cues: each surface pattern, with lines it must and must not match, in several
languages."""

from __future__ import annotations

import re

import pytest

from newsx.vocab import cues


def matches(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.match(text) is not None


def finds(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


# BYLINE ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("By Jane Doe", "Jane Doe"),
        ("by: Jane Doe", "Jane Doe"),
        ("BY JANE DOE AND JOHN ROE", "JANE DOE AND JOHN ROE"),
        ("Written by Jane Doe", "Jane Doe"),
        ("Photos by Jane Doe", "Jane Doe"),
        ("By Jane Doe (Example News)", "Jane Doe (Example News)"),
        ("Von Max Muster", "Max Muster"),
        ("Par Jean Dupont", "Jean Dupont"),
        ("Por María López", "María López"),
        ("Di Mario Rossi", "Mario Rossi"),
        ("Door Jan Jansen", "Jan Jansen"),
        ("от Иван Петров", "Иван Петров"),
        ("Erstellt von Max Muster", "Max Muster"),
        ("Verfasst von Max Muster", "Max Muster"),
        ("Publié par Jean Dupont", "Jean Dupont"),
        ("Scritto da Mario Rossi", "Mario Rossi"),
        ("Escrito por María López", "María López"),
    ],
)
def test_byline_by(line: str, who: str) -> None:
    m = cues.BYLINE.match(line)
    assert m is not None
    assert m.group("who") == who


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("Autor: Max Muster", "Max Muster"),
        ("Autorin: Erika Muster", "Erika Muster"),
        ("Author: Jane Doe", "Jane Doe"),
        ("Auteur : Jean Dupont", "Jean Dupont"),
        ("作者：李明", "李明"),
        ("记者：王芳", "王芳"),
        ("Автор: Иван Петров", "Иван Петров"),
        ("Autor/in: Erika Muster", "Erika Muster"),
        ("Interview: Julia Muster", "Julia Muster"),
    ],
)
def test_byline_label_colon(line: str, who: str) -> None:
    m = cues.BYLINE.match(line)
    assert m is not None
    assert m.group("who2") == who


@pytest.mark.parametrize(
    "line",
    [
        "By",
        "Bylines matter to readers",
        "Byron Smith won the race",
        "Standing by the river",
        "Nearby shops closed early",
        "Author Jane Doe",  # a label needs its colon
        "Vonage shares fell",
        "Paris is calling",
        "",
    ],
)
def test_not_byline(line: str) -> None:
    assert not matches(cues.BYLINE, line)


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("Written by:Jane Doe", "Jane Doe"),
        ("By:Jane Doe", "Jane Doe"),
        ("ByJane Doe", "Jane Doe"),  # the dumper glued the label to the name
        ("ByJane Doe Example logo", "Jane Doe Example logo"),
    ],
)
def test_byline_glued(line: str, who: str) -> None:
    m = cues.BYLINE.match(line)
    assert m is not None
    assert m.group("who") == who


@pytest.mark.parametrize("line", ["Bystander effect explained", "ByteDance shares rose", "BYU won"])
def test_not_byline_glued(line: str) -> None:
    assert not matches(cues.BYLINE, line)


# BYLINE_HANDLE ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("Posted on 2016-09-12 by tomr | Leave a comment", "tomr"),
        ("Veröffentlicht am 8. Juli 2016 von blinkfux", "blinkfux"),
        ("Posted on August 6, 2023 by jdoe_99", "jdoe_99"),
        ("Gespeichert von plimbo am 9. März 2016", "plimbo"),
    ],
)
def test_byline_handle(line: str, who: str) -> None:
    m = cues.BYLINE_HANDLE.search(line)
    assert m is not None
    assert m.group("who") == who


@pytest.mark.parametrize(
    "line", ["Posted by Jane Doe", "Standing by the river bank", "Won by 5 votes in the end"]
)
def test_not_byline_handle(line: str) -> None:
    assert not finds(cues.BYLINE_HANDLE, line)


# BYLINE_ALONE ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "By",
        "by:",
        "Written by",
        "Article written by",
        "Posted by:",
        "Author:",
        "Authors",
        "Von",
        "Geschrieben von",
        "Verfasst von:",
        "Autorin",
        "Écrit par",
        "Escrito por",
        "Scritto da",
    ],
)
def test_byline_alone(line: str) -> None:
    assert matches(cues.BYLINE_ALONE, line)


@pytest.mark.parametrize(
    "line", ["By Jane Doe", "Written", "Bystander", "Authority", "Written by hand today"]
)
def test_not_byline_alone(line: str) -> None:
    assert not matches(cues.BYLINE_ALONE, line)


# BYLINE_INLINE --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("October 11, 2023 by Jane Doe in Travel", "Jane Doe in Travel"),
        ("11. Oktober 2023 von Max Muster", "Max Muster"),
        ("11 octobre 2023 par Jean Dupont", "Jean Dupont"),
        ("2023-10-11 | by Jane Doe | 3 min read", "Jane Doe "),
    ],
)
def test_byline_inline(line: str, who: str) -> None:
    m = cues.BYLINE_INLINE.search(line)
    assert m is not None
    assert m.group("who") == who


@pytest.mark.parametrize(
    "line",
    ["October 11, 2023", "Nearby, 2023", "Won by 5 votes", "Standby mode", "bypass road"],
)
def test_not_byline_inline(line: str) -> None:
    assert not finds(cues.BYLINE_INLINE, line)


# COMMENT_START --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Leave your comment3 comments",
        "Leave your comment",
        "Leave a comment",
        "Leave a Reply",
        "Post a comment",
        "Add comment",
        "Join the discussion",
        "Comments",
        "3 comments",
        "1,024 Comments",
        "Comments (12)",
        "5 thoughts on \u201cHarbour terminal opens\u201d",
        "2 responses to Harbour terminal opens",
        "Kommentare (12)",
        "12 Kommentare",
        "Schreibe einen Kommentar",
        "Hinterlasse einen Kommentar",
        "Commentaires",
        "Laisser un commentaire",
        "Comentarios",
        "Deja un comentario",
        "Lascia un commento",
        "Deixe um comentário",
        "Plaats een reactie",
        "Laat een reactie achter",
        "Комментарии",
        "评论",
        "留言",
    ],
)
def test_comment_start(line: str) -> None:
    assert matches(cues.COMMENT_START, line)


@pytest.mark.parametrize(
    "line",
    [
        "Leave",
        "Leave the room",
        "Leave your commentary",
        "Commentary on the budget",
        "Commenting on the vote, the minister said the outcome was clear",
        "Comments from the minister were published on Monday and quickly drew criticism",
        "No comment",
        "Post office opens",
        "",
    ],
)
def test_not_comment_start(line: str) -> None:
    assert not matches(cues.COMMENT_START, line)


@pytest.mark.parametrize(
    ("heading", "none"),
    [
        ("0 Comments", True),
        ("Kommentare (0)", True),
        ("Comments ( 0 )", True),
        ("10 Comments", False),
        ("Comments (105)", False),
        ("1.0 comments", False),
        ("Leave a comment", False),
    ],
)
def test_no_comments(heading: str, none: bool) -> None:
    assert cues.no_comments(heading) is none


# RELATED_HEADER -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Related",
        "Related:",
        "Related readings:",
        "Related Articles",
        "Related stories",
        "Read more",
        "Read also:",
        "See also",
        "More stories",
        "More from Example News",
        "You may also like",
        "You might like",
        "Recommended for you",
        "Mehr zum Thema",
        "Lesen Sie auch:",
        "À lire aussi",
        "Lire aussi",
        "Voir aussi",
        "Noticias relacionadas",
        "Leggi anche",
        "Articoli correlati",
        "Veja também",
        "Leia também",
        "Lees ook",
        "Читайте также",
        "相关新闻",
        "相关阅读：",
        "関連記事",
        "관련 기사",
        "İlgili Haberler",
        "Czytaj także:",
        "Baca juga",
        "Läs också",
        "Most read",
        "Meistgelesen",
        "Самое читаемое",
    ],
)
def test_related_header(line: str) -> None:
    assert matches(cues.RELATED_HEADER, line)


@pytest.mark.parametrize(
    "line",
    [
        "Relatedly, the council voted no.",
        "Related readings show a trend",
        "Read more about our privacy policy and how we use your data",
        "See also the chart below.",
        "Reading list",
        "Moreover",
        "",
    ],
)
def test_not_related_header(line: str) -> None:
    assert not matches(cues.RELATED_HEADER, line)


# BOILERPLATE ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Share this article",
        "Tweet",
        "Email",
        "E-mail this story",
        "Print",
        "Subscribe to our newsletter",
        "Sign up",
        "Sign in",
        "Log in",
        "Login",
        "Follow us on social media",
        "We use cookies",
        "Privacy Policy",
        "All rights reserved",
        "© 2024 Example News",
        "(c) 2020 Example News",
        "Copyright Example News",
        "Advertisement",
        "Skip to content",
        "Menu",
        "Search",
        "Large Medium Small",
        "A+ A-",
        "A A+ A-",
        "Teilen",
        "Drucken",
        "Anzeige",
        "Datenschutz",
        "Impressum",
        "Partager",
        "Imprimer",
        "Publicité",
        "Compartir",
        "Publicidad",
        "Condividi",
        "Compartilhar",
        "Delen",
        "Поделиться",
        "Реклама",
        "分享",
        "打印",
    ],
)
def test_boilerplate(line: str) -> None:
    assert finds(cues.BOILERPLATE, line)


@pytest.mark.parametrize(
    "line",
    [
        "The printer jammed",
        "Researchers searched the archive",
        "Shareholders met on Monday",
        "Menus of local restaurants",
        "Large crowds gathered in the square",
        "A small town in the mountains",
        "Harbour city opens new ferry terminal",
        "",
    ],
)
def test_not_boilerplate(line: str) -> None:
    assert not finds(cues.BOILERPLATE, line)


# CAPTION_CREDIT -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Firefighters at the scene on Monday. [Agencies]",
        "A view of the harbour. [Photo/Xinhua]",
        "The minister speaks in Oslo. (Photo: AFP)",
        "Der Kanzler in Berlin. (Foto: dpa)",
        "Foto: dpa",
        "Photo: Jane Doe/Reuters",
        "Photo by Jane Doe",
        "Image © Getty",
        "Crédit : AFP",
        "The new terminal at dusk. Picture: Jane Doe",
        "(Photo credit should read AFP)",
    ],
)
def test_caption_credit(line: str) -> None:
    assert finds(cues.CAPTION_CREDIT, line)


@pytest.mark.parametrize(
    "line",
    [
        "He said it was fine.",
        "Photography is an art.",
        "Pictures of the event were shared widely.",
        "The [redacted] file was released on Monday.",
        "See note [1]",
        "The ministry (which declined to comment) said nothing.",
        "",
    ],
)
def test_not_caption_credit(line: str) -> None:
    assert not finds(cues.CAPTION_CREDIT, line)


# DATELINE -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        ("BEIJING - Visiting officials said on Thursday", "BEIJING", None),
        ("WASHINGTON, Oct 21 (Reuters) - The U.S. said", "WASHINGTON", "Reuters"),
        ("WASHINGTON, Oct. 21, 2011 (AP) — Officials said", "WASHINGTON", "AP"),
        ("BERLIN (dpa) - Die Regierung hat", "BERLIN", "dpa"),
        ("NEW YORK — Stocks rose on Monday", "NEW YORK", None),
        ("SÃO PAULO -- Markets fell", "SÃO PAULO", None),
        ("RIO DE JANEIRO – The carnival", "RIO DE JANEIRO", None),
        ("ST. PETERSBURG - The mayor", "ST. PETERSBURG", None),
        ("LOS ANGELES, Calif. - Fires spread", "LOS ANGELES", None),
    ],
)
def test_dateline(line: str, place: str, agency: str | None) -> None:
    m = cues.DATELINE.match(line)
    assert m is not None
    assert m.group("place") == place
    assert m.group("agency") == agency


@pytest.mark.parametrize(
    "line",
    [
        "Beijing - officials said",  # a dateline place is in capitals
        "BEIJING officials said on Thursday",  # no dash
        "US-CHINA talks resumed",
        "The talks went on - and on",
        "BEIJING-based firms grew",
        "",
    ],
)
def test_not_dateline(line: str) -> None:
    assert not matches(cues.DATELINE, line)


# BREADCRUMB -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("Home>>Foreign Affairs", ["Home", "Foreign Affairs"]),
        ("Home > World > Asia", ["Home", "World", "Asia"]),
        ("Home » Sport", ["Home", "Sport"]),
        ("Start / Politik", ["Start", "Politik"]),
        ("Startseite › Politik › Inland", ["Startseite", "Politik", "Inland"]),
        ("Accueil | Monde", ["Accueil", "Monde"]),
        ("Inicio :: Deportes", ["Inicio", "Deportes"]),
        ("Главная / Новости", ["Главная", "Новости"]),
        ("首页 > 新闻", ["首页", "新闻"]),
    ],
)
def test_breadcrumb(line: str, parts: list[str]) -> None:
    assert matches(cues.BREADCRUMB, line)
    assert [p.strip() for p in cues.BREADCRUMB_SPLIT.split(line)] == parts


@pytest.mark.parametrize(
    "line",
    ["Home", "Homework > play", "Home secretary resigns", "Home is where the heart is", ""],
)
def test_not_breadcrumb(line: str) -> None:
    assert not matches(cues.BREADCRUMB, line)


# COMMENT_COUNT --------------------------------------------------------------------------------


def stated_count(line: str) -> str | None:
    m = cues.COMMENT_COUNT.search(line)
    return (m.group(1) or m.group(2)) if m else None


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("Leave your comment3 comments", "3"),
        ("3 comments", "3"),
        ("1 Comment", "1"),
        ("1,024 comments", "1,024"),
        ("Comments (12)", "12"),
        ("Comments: 7", "7"),
        ("Comments [0]", "0"),
        ("Kommentare (12)", "12"),
        ("12 Antworten", "12"),
        ("15 commentaires", "15"),
        ("8 comentarios", "8"),
        ("5 thoughts on \u201cHarbour terminal opens\u201d", "5"),
        ("3 комментария", "3"),
        ("12条评论", "12"),
    ],
)
def test_comment_count(line: str, count: str) -> None:
    assert stated_count(line) == count


@pytest.mark.parametrize(
    "line", ["Comments", "Leave a comment", "No comments yet", "Comment on this story", ""]
)
def test_no_comment_count(line: str) -> None:
    assert stated_count(line) is None


# The rest -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "source"),
    [("Jane Doe (Example News)", "Example News"), ("Ma Liyao (China Daily) ", "China Daily")],
)
def test_source_in_byline(who: str, source: str) -> None:
    m = cues.SOURCE_IN_BYLINE.search(who)
    assert m is not None
    assert m.group("source") == source


@pytest.mark.parametrize("who", ["Jane Doe", "Jane Doe (left) spoke", "Jane (x)"])
def test_no_source_in_byline(who: str) -> None:
    assert not finds(cues.SOURCE_IN_BYLINE, who)


@pytest.mark.parametrize(
    "text", ["Staff Reporter", "Jane Doe, Correspondent", "News Desk", "Redaktion", "Agencies"]
)
def test_not_a_name(text: str) -> None:
    assert finds(cues.NOT_A_NAME, text)


@pytest.mark.parametrize("text", ["Jane Doe", "Max Muster", "Newsome Jones"])
def test_names_are_not_flagged(text: str) -> None:
    assert not finds(cues.NOT_A_NAME, text)
