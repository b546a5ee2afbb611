"""Stage 2: newsx.pipeline.features turns each line into numbers the labelling stage weighs."""

from __future__ import annotations

import pytest

from newsx.pipeline.features import Features, compute_features
from newsx.text.lines import split_lines

PROSE_EN = "The council will meet again on Friday to vote on the budget for the new year."
PROSE_DE = "Der Rat will am Freitag wieder zusammenkommen und über den Haushalt abstimmen."
PROSE_FR = "Le conseil se réunira vendredi pour voter le budget de la nouvelle année."


def feats_of(text: str) -> list[Features]:
    feats, _, _ = compute_features(split_lines(text))
    return feats


def feat(line: str, context: str = PROSE_EN) -> Features:
    """Features of `line` on a page whose prose (for the language guess) is `context`."""
    feats = feats_of(f"{context}\n{context.replace('.', ' today.')}\n{line}")
    return feats[2]


def test_one_record_per_line_blank_lines_included() -> None:
    text = f"Title\n\n{PROSE_EN}\n\n"
    assert len(feats_of(text)) == len(text.split("\n"))


def test_blank_line_gets_the_zero_record() -> None:
    assert feats_of("x\n\ny")[1] == Features()


def test_language_is_guessed_from_the_prose_lines() -> None:
    _, language, _ = compute_features(split_lines(f"Home\nWorld\n{PROSE_EN}\n{PROSE_EN}"))
    assert language == "en"


def test_counts() -> None:
    f = feat("Three short words")
    assert f.n_words == 3
    assert f.n_chars == len("Three short words")


@pytest.mark.parametrize(
    ("line", "context"),
    [
        ("The minister said that the plan would work in the end.", PROSE_EN),
        ("Der Minister sagte, dass der Plan am Ende aufgehen werde.", PROSE_DE),
        ("Le ministre a dit que le projet était prêt pour la ville.", PROSE_FR),
    ],
)
def test_prose_has_many_stopwords(line: str, context: str) -> None:
    assert feat(line, context).stop_share >= 0.3


@pytest.mark.parametrize("line", ["Breaking News", "Weather Sport Business", "Jane Doe"])
def test_menus_and_names_have_no_stopwords(line: str) -> None:
    assert feat(line).stop_share == 0.0


@pytest.mark.parametrize(
    "line",
    [
        "It ended.",
        "Did it end?",
        "It ended!",
        "He said it would end.\u201d",
        'He said "it ended."',
        "Er sagte: «Es ist vorbei.»",
        "北京今天天气晴朗。",
        "Wait for it…",
        "Here is the list:",
        "(As reported earlier.)",
    ],
)
def test_sentence_end(line: str) -> None:
    assert feat(line).sentence_end


@pytest.mark.parametrize("line", ["Breaking News", "Page 2", "See the list below", "Ends in 5"])
def test_no_sentence_end(line: str) -> None:
    assert not feat(line).sentence_end


def test_sentence_end_with_german_quotes() -> None:
    assert feat("Er sagte: \u201eDas geht nicht.\u201c", PROSE_DE).sentence_end


def test_cap_share() -> None:
    assert feat("Breaking News From Around The World").cap_share == 1.0
    assert feat("all lower case words here").cap_share == 0.0
    assert feat("Half of it").cap_share == pytest.approx(1 / 3)


@pytest.mark.parametrize(
    ("line", "separators"),
    [
        ("Home > World > Asia", 2),
        ("Sign up | Log in | Subscribe", 2),
        ("Home>>Foreign Affairs", 1),
        ("« Previous :: Next »", 1),
        ("News » Politics", 1),
        ("A sentence without any separator.", 0),
        ("Profits rose 5/10 percent", 0),  # a slash between digits, no spaces
    ],
)
def test_separators(line: str, separators: int) -> None:
    assert feat(line).separators == separators


def test_repeats_count_other_lines_with_the_same_text() -> None:
    feats = feats_of("Share\nshare\n  SHARE  \nPrint\n\n\n")
    assert [f.repeats for f in feats[:4]] == [2, 2, 2, 0]


def test_repeats_ignore_list_markers_and_spacing() -> None:
    feats = feats_of("* Latest  news\nLatest news")
    assert [f.repeats for f in feats] == [1, 1]


@pytest.mark.parametrize(
    ("line", "cjk"),
    [
        ("北京今天天气晴朗，气温较高。", True),
        ("東京の天気は晴れです。", True),
        ("서울의 날씨는 맑습니다.", True),
        ("Beijing 北京", False),  # mostly Latin
        ("Plain English line", False),
    ],
)
def test_cjk(line: str, cjk: bool) -> None:
    assert feat(line).cjk is cjk
