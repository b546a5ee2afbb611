"""Stage 4b: newsx.comments.threads splits the comment section into records."""

from __future__ import annotations

import pytest

from newsx.comments.threads import CommentSection, parse_comments
from newsx.pipeline.features import compute_features
from newsx.records import Comment, Label
from newsx.text.lines import split_lines
from newsx.text.normalize import normalize
from newsx.vocab import cues

C1 = "What a lovely idea, I hope the council keeps its promise this time."
C2 = "I doubt it will be finished before the next election, to be honest."
C3 = "Good news for the traders on the waterfront at last."


def section(text: str, start: int = 0) -> tuple[list[str], CommentSection]:
    lines = split_lines(normalize(text))
    feats, _, _ = compute_features(lines)
    return [line.text for line in lines], parse_comments(lines, feats, start)


def test_name_at_date_with_masked_ip() -> None:
    _, s = section(f"3 comments\nNic at 2011-10-23175.138.64.*\n{C1}\n")
    assert s.comments == (Comment("Nic", "2011-10-23", "175.138.64.*", C1),)


@pytest.mark.parametrize(
    ("header", "author", "date", "ip"),
    [
        ("Nic at 2011-10-23175.138.64.*", "Nic", "2011-10-23", "175.138.64.*"),
        ("Canada at 2011-10-2270.36.49.*", "Canada", "2011-10-22", "70.36.49.*"),
        ("ari at 2011-10-21175.137.234.*", "ari", "2011-10-21", "175.137.234.*"),
        ("Anna at 2020-05-01 10.0.*.*", "Anna", "2020-05-01", "10.0.*.*"),
        ("Tom at 2020-05-01 10:15", "Tom", "2020-05-01T10:15", None),
        ("Paul on March 3, 2020", "Paul", "2020-03-03", None),
        ("Anna am 21. Oktober 2011", "Anna", "2011-10-21", None),
        ("Jean le 21 octobre 2011", "Jean", "2011-10-21", None),
        ("Jane Doe | 2020-05-01", "Jane Doe", "2020-05-01", None),
        ("Jane Doe 2020-05-01", "Jane Doe", "2020-05-01", None),
    ],
)
def test_header_lines(header: str, author: str, date: str, ip: str | None) -> None:
    _, s = section(f"Comments\n{header}\n{C1}\n")
    assert len(s.comments) == 1
    c = s.comments[0]
    assert (c.author, c.date, c.ip, c.text) == (author, date, ip, C1)


def test_unmasked_ip_is_not_kept() -> None:
    _, s = section(f"Comments\nNic at 2011-10-23 175.138.64.12\n{C1}\n")
    assert s.comments[0].ip is None


@pytest.mark.parametrize(
    ("header", "author"),
    [("Jane says:", "Jane"), ("Jane Doe says", "Jane Doe"), ("Max sagt:", "Max")],
)
def test_says_header(header: str, author: str) -> None:
    _, s = section(f"Comments\n{header}\n{C1}\n")
    assert s.comments == (Comment(author, None, None, C1),)


def test_several_comments_in_order_with_multi_line_text() -> None:
    text = f"4 comments\n\nJane says:\n{C1}\n{C3}\nTom at 2020-05-01 10:15\n{C2}\n"
    _, s = section(text)
    assert [c.author for c in s.comments] == ["Jane", "Tom"]
    assert s.comments[0].text == f"{C1}\n{C3}"
    assert s.comments[1].text == C2


@pytest.mark.parametrize(
    "control", ["Reply", "Report abuse", "Like", "3 likes", "12", "Antworten", "Répondre"]
)
def test_control_lines_are_not_comment_text(control: str) -> None:
    lines, s = section(f"Comments\nJane says:\n{C1}\n{control}\nTom says:\n{C2}\n{control}\n")
    assert [c.text for c in s.comments] == [C1, C2]
    relabelled = {lines[i]: d.label for i, d in s.changes}
    assert relabelled[control] is Label.BOILERPLATE


@pytest.mark.parametrize(
    ("heading", "count"),
    [
        ("Leave your comment3 comments", 3),
        ("3 comments", 3),
        ("Comments (12)", 12),
        ("1,024 comments", 1024),
        ("Kommentare (7)", 7),
        ("Leave a comment", None),
        ("Comments", None),
    ],
)
def test_stated_count(heading: str, count: int | None) -> None:
    _, s = section(f"{heading}\nJane says:\n{C1}\n")
    assert s.stated_count == count


def test_section_ends_at_a_following_list_block() -> None:
    text = (
        f"3 comments\nJane says:\n{C1}\nTom says:\n{C2}\n\n"
        "Most Popular\n\n  1. Harbour reopens\n  2. Bridge repairs begin\n"
    )
    lines, s = section(text)
    assert [c.text for c in s.comments] == [C1, C2]
    assert lines[s.end] == "Most Popular"
    assert all(i < s.end for i, _ in s.changes)


def test_section_ends_at_a_heading_followed_by_short_lines() -> None:
    text = f"Comments\nJane says:\n{C1}\n\nSelections for you\n\nBridge repairs begin\n"
    lines, s = section(text)
    assert [c.text for c in s.comments] == [C1]
    assert lines[s.end] == "Selections for you"


def test_comment_form_before_the_first_comment_is_boilerplate() -> None:
    lines, s = section(f"Leave your comment3 comments\n\n  1. Name\n\nJane says:\n{C1}\n")
    labels = {lines[i]: d.label for i, d in s.changes}
    assert labels["Leave your comment3 comments"] is Label.COMMENT_HEADER
    assert labels["Name"] is Label.BOILERPLATE
    assert labels["Jane says:"] is Label.COMMENT_HEADER
    assert labels[C1] is Label.COMMENT
    assert [c.author for c in s.comments] == ["Jane"]


def test_headers_without_text_give_no_record() -> None:
    _, s = section(f"Comments\nJane says:\nTom says:\n{C2}\n")
    assert [c.author for c in s.comments] == ["Tom"]


def test_empty_section() -> None:
    _, s = section("Leave a comment\n\nName\n\nEmail\n")
    assert s.comments == ()
    assert s.stated_count is None


def test_start_is_the_heading_index() -> None:
    _, s = section(f"Some article text here.\n\n2 comments\nJane says:\n{C1}\n", start=2)
    assert s.stated_count == 2
    assert s.comments == (Comment("Jane", None, None, C1),)
    assert min(i for i, _ in s.changes) == 2


def test_comment_text_mentioning_a_date_is_not_a_header() -> None:
    text = "It happened to me on March 3, 2020."
    _, s = section(f"2 comments\nJane at 2020-05-01\n{text}\nTom at 2020-05-02\n{C2}\n")
    assert [(c.author, c.text) for c in s.comments] == [("Jane", text), ("Tom", C2)]


# --- Layouts of real comment sections -------------------------------------------------


def test_says_over_date_with_buttons_and_signature_lines() -> None:
    # WordPress in German: "X sagt:" over its date; a signature line before "Antworten"
    # does not end the section.
    text = (
        "12 Kommentare\n\n"
        "  * Erika Muster sagt:\n\n14. November 2018 um 10:42 Uhr\n\n"
        f"{C1}\nErika\n\nAntworten\n\n"
        "    * Max Beispiel sagt:\n\n14. November 2018 um 12:05 Uhr\n\n"
        f"{C2}\n\nAntworten\n"
    )
    _, s = section(text)
    assert [(c.author, c.date) for c in s.comments] == [
        ("Erika Muster", "2018-11-14T10:42"),
        ("Max Beispiel", "2018-11-14T12:05"),
    ]
    assert s.comments[0].text == f"{C1}\nErika"


@pytest.mark.parametrize(
    ("header", "author", "date"),
    [
        ("  1. Jane RoeMay 12, 2018 at 3:20 PM", "Jane Roe", "2018-05-12T15:20"),
        ("  1. Mila8\\. Juli 2016 um 11:52", "Mila", "2016-07-08T11:52"),
        ("John Roe March 14, 2016 at 12:41 pm Reply", "John Roe", "2016-03-14T12:41"),
        ("Max Muster,  Fr 17 Apr 2020 / 09:12  Antworten", "Max Muster", "2020-04-17T09:12"),
        ("14.08.21 | 17:06    Kuchenfreundin", "Kuchenfreundin", "2021-08-14T17:06"),
        (
            "Anna Beispiel am 27\\. Oktober 2022 - 14:26 Permanenter Link",
            "Anna Beispiel",
            "2022-10-27T14:26",
        ),
    ],
)
def test_header_shapes(header: str, author: str, date: str) -> None:
    # Blogger glues the name to the date; html2text escapes "18\."; buttons, weekdays and
    # a name after the date are not part of the name.
    _, s = section(f"Comments\n\n{header}\n\n{C1}\n")
    assert [(c.author, c.date) for c in s.comments] == [(author, date)]


@pytest.mark.parametrize(
    ("name", "stamp", "date"),
    [
        ("  * #### Fritzabc", "17\\. 03. 2021, 09:52", "2021-03-17T09:52"),
        ("  * maestrina", "Mai 9, 2019", "2019-05-09"),
        ("Stiller Leser", "16\\. Feb 2021", "2021-02-16"),
        ("Heidjer71", "28.11.2022, 20.41 Uhr", "2022-11-28"),
    ],
)
def test_name_line_over_date_line(name: str, stamp: str, date: str) -> None:
    text = f"Kommentare\n\n{name}\n\n{stamp}\n\n{C1}\n\n{name}\n\n{stamp}\n\n{C2}\n"
    _, s = section(text)
    author = name.lstrip(" *#")
    assert [(c.author, c.date, c.text) for c in s.comments] == [
        (author, date, C1),
        (author, date, C2),
    ]


def test_relative_time_stamps_and_thread_markers() -> None:
    # Reddit: "level 1" / "52 points · 4 years ago" over each comment.
    text = (
        "27 comments\n\nlevel 1\n\n52 points · 4 years ago\n\n"
        f"{C1}\n\nContinue this thread\n\nlevel 2\n\n7 points · 4 years ago · edited\n\n{C2}\n"
    )
    lines, s = section(text)
    assert [c.text for c in s.comments] == [C1, C2]
    assert all(c.author is None for c in s.comments)
    labels = {lines[i]: d.label for i, d in s.changes}
    assert labels["level 2"] is Label.BOILERPLATE


def test_blogger_numbered_comments_with_reply_buttons() -> None:
    text = (
        "17 comments:\n\n  1. GretaJune 12, 2018 at 2:14 PM\n\nWhat a view :)\n\n"
        "ReplyDelete\n\nReplies\n\nReply\n\n"
        "  2. Anna From The Little Blue KitchenJune 12, 2018 at 4:47 PM\n\n"
        f"{C2}\n\nReplyDelete\n\nReplies\n\nReply\n\n"
        f"  3. Mira travelsJune 12, 2018 at 7:03 PM\n\n{C3}\n\nReplyDelete\n"
    )
    _, s = section(text)
    assert [c.text for c in s.comments] == ["What a view :)", C2, C3]


def test_stamp_closing_each_comment() -> None:
    # The name and text come first, the time stamp closes the comment.
    text = (
        "Dein Kommentar\n\nGartenfee\n\nSehr hübsch, nur fehlt mir leider der Platz für so "
        "viele Pflanzen.\n\n12. Oktober um 09:14\n\nEntdecke weitere Wohnideen\n"
    )
    _, s = section(text)
    assert [c.text for c in s.comments] == [
        "Gartenfee\nSehr hübsch, nur fehlt mir leider der Platz für so viele Pflanzen."
    ]


def test_blogger_date_after_the_text_is_the_comments_date() -> None:
    text = (
        f"3 comments:\n\nAnonymous said...\n\n{C1}\n\nMarch 3, 2011 at 5:01 PM\n\n"
        f"Tom said...\n\n{C2}\n\nMarch 4, 2011 at 6:02 PM\n"
    )
    _, s = section(text)
    assert [(c.author, c.date, c.text) for c in s.comments] == [
        ("Anonymous", "2011-03-03T17:01", C1),
        ("Tom", "2011-03-04T18:02", C2),
    ]


def test_pingbacks_and_forms_inside_the_section_are_not_comments() -> None:
    text = (
        "5 Gedanken zu „Ein langer Sommer“\n\n  1. Pingback: Anderes Blog | Recht\n\n"
        f"  2. Max Muster sagt:\n\n3\\. Mai 2015 um 9:41 Uhr\n\n{C1}\n\nAntworten\n\n"
        "Schreibe einen Kommentar Antworten abbrechen\n\n"
        "Deine E-Mail-Adresse wird nicht veröffentlicht.\n"
    )
    _, s = section(text)
    assert [(c.author, c.text) for c in s.comments] == [("Max Muster", C1)]


def test_zero_comments_counter_reads_nothing() -> None:
    _, s = section(f"0 Comments\n\nBy Jane Doe\n\nMarch 3, 2020\n\n{C1}\n")
    assert s.comments == ()
    assert s.stated_count == 0
    assert [i for i, _ in s.changes] == [0]


@pytest.mark.parametrize(
    "heading",
    [
        "5 Gedanken zu „Ein langer Sommer“",
        "Ein Gedanke zu „Ist das Rad noch zu retten?“",
        "± 4 Kommentare zu „Kartoffelsuppe“",
        "{ 14 comments… read them below or add one }",
        "7 responses to “The Quietest Town on the Coast: A Look Back at the Old Mill’s Bell”",
        "1 reply on “Warum Musterstadt zu laut ist”",
        "Un commentaire",
        "One Comment",
        "9 Comments. Leave new",
        "Kommentare Schreibe einen Kommentar",
        "Leserbriefe (150)",
        "17 Antworten zu QRS",
    ],
)
def test_comment_headings(heading: str) -> None:
    assert cues.COMMENT_START.match(heading)


@pytest.mark.parametrize(
    "line",
    [
        "Thoughts on rain jackets from a city cyclist who never thought he would need one",
        "23 Kommentare  E-Mail Twitter Facebook WhatsApp",
        "Ein Kommentar: Die Regierung muss jetzt handeln und die Steuern senken",
    ],
)
def test_not_comment_headings(line: str) -> None:
    assert not cues.COMMENT_START.match(line)
