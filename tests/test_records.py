"""newsx.records: frozen records, their field order and their JSON-ready form."""

from __future__ import annotations

import dataclasses
import json

import pytest

from newsx.records import (
    DEFAULT_MAX_SIZE,
    FIELD_NAMES,
    Article,
    Comment,
    Label,
    LineVerdict,
    Options,
)

ARTICLE = Article(
    path="samples/x.txt",
    title="Harbour city opens new ferry terminal",
    authors=("Jane Doe", "John Roe"),
    source="Example Times",
    published="2021-03-03",
    updated="2021-03-04T09:15",
    dateline="OSLO",
    section="Local",
    language="en",
    body="First.\n\nSecond.",
    captions=("A photo. [AFP]",),
    related=("Bus lanes approved",),
    comments=(Comment("Jane", "2021-03-04", "10.0.*.*", "Nice."), Comment(text="Anon.")),
    comment_count=2,
    word_count=2,
    encoding="utf-8",
)


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (ARTICLE, "title"),
        (Comment(), "text"),
        (Options(), "comments"),
        (LineVerdict(1, "x", Label.BODY, "why"), "label"),
    ],
)
def test_records_are_frozen(record: object, field: str) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(record, field, None)


def test_to_dict_field_order_is_field_names() -> None:
    assert tuple(ARTICLE.to_dict()) == FIELD_NAMES
    assert tuple(Article().to_dict()) == FIELD_NAMES


def test_field_names() -> None:
    assert FIELD_NAMES == (
        "path",
        "url",
        "warc_date",
        "title",
        "authors",
        "source",
        "published",
        "updated",
        "dateline",
        "section",
        "language",
        "page_type",
        "body",
        "captions",
        "related",
        "comments",
        "comment_count",
        "word_count",
        "encoding",
        "decode_errors",
    )


def test_to_dict_uses_lists_not_tuples() -> None:
    d = ARTICLE.to_dict()
    assert d["authors"] == ["Jane Doe", "John Roe"]
    assert d["captions"] == ["A photo. [AFP]"]
    assert d["related"] == ["Bus lanes approved"]
    assert all(not isinstance(v, tuple) for v in d.values())
    assert isinstance(d["comments"], list)


def test_comments_become_dicts_in_field_order() -> None:
    d = ARTICLE.to_dict()
    assert d["comments"] == [
        {"author": "Jane", "date": "2021-03-04", "ip": "10.0.*.*", "text": "Nice."},
        {"author": None, "date": None, "ip": None, "text": "Anon."},
    ]
    assert list(d["comments"][0]) == ["author", "date", "ip", "text"]


def test_to_dict_round_trips_through_json() -> None:
    d = ARTICLE.to_dict()
    assert json.loads(json.dumps(d, ensure_ascii=False)) == d


def test_empty_article() -> None:
    d = Article().to_dict()
    assert d["authors"] == []
    assert d["comments"] == []
    assert d["body"] == ""
    assert d["comment_count"] is None
    assert d["word_count"] == 0
    assert d["title"] is None


def test_to_dict_does_not_share_state_with_the_record() -> None:
    d = ARTICLE.to_dict()
    d["authors"].append("Someone Else")
    assert ARTICLE.authors == ("Jane Doe", "John Roe")


def test_options_defaults() -> None:
    o = Options()
    assert o.comments is True
    assert o.encoding is None
    assert o.max_size == DEFAULT_MAX_SIZE == 50 * 1024 * 1024


def test_records_compare_by_value() -> None:
    assert Comment("a", text="b") == Comment("a", text="b")
    assert dataclasses.replace(ARTICLE, title="Other") != ARTICLE


def test_label_values_are_unique_strings() -> None:
    values = [label.value for label in Label]
    assert len(values) == len(set(values))
    assert Label("comment-header") is Label.COMMENT_HEADER
    assert Label.BODY.value == "body"


def test_line_verdict_default_score() -> None:
    assert LineVerdict(3, "text", Label.BODY, "why").score == 0.0
