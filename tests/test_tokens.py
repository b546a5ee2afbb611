"""newsx.pipeline.tokens: the hashed tokens the line network reads."""

from __future__ import annotations

import zlib

import numpy as np

from newsx.pipeline.tokens import BITS, MAX_WORDS, hash_ids, line_tokens, page_ids
from newsx.text.lines import split_lines


def test_a_line_gives_its_words_bigrams_ends_and_shape() -> None:
    toks = line_tokens("Hello, world.", "  * Hello, world.")
    assert toks == ["hello", "world", "hello world", "^hello", "$world", "#b*", "#n2", "#e."]


def test_each_cjk_ideograph_is_a_word() -> None:
    assert line_tokens("中俄磋商。", "中俄磋商。")[:4] == ["中", "俄", "磋", "商"]


def test_shape_tokens_of_a_numbered_unended_line() -> None:
    toks = line_tokens("3 things", "3 things")
    assert toks[-3:] == ["#bd", "#n2", "#e_"]


def test_long_lines_share_a_length_token_per_ten_words() -> None:
    text = " ".join(f"w{i}" for i in range(100))
    toks = line_tokens(text, text)
    assert "#n16" in toks  # counted on the first MAX_WORDS (48): 12 + 48 // 10
    assert sum(not t.startswith(("#", "^", "$")) and " " not in t for t in toks) == MAX_WORDS


def test_the_hash_is_stable_across_runs_and_machines() -> None:
    # CRC-32, not Python's salted str hash: these values must never change, or a shipped
    # network reads other buckets than it was trained on.
    assert hash_ids(["hello", "hello world"]) == [42630, 4485]
    assert hash_ids(["hello"], bits=8) == [zlib.crc32(b"hello") & 0xFF]
    assert all(0 <= i < 1 << BITS for i in hash_ids(line_tokens("Ünïcode — “quotes”", "x")))


def test_page_ids_skip_blank_lines_and_offset_each_line() -> None:
    lines = split_lines("One line here.\n\nTwo\n")
    ids, offsets = page_ids(lines)
    assert offsets.tolist() == [0, 10, 16]  # 3 words, 2 bigrams, 2 ends, 3 shapes; then 6
    assert ids.dtype == np.int64 and len(ids) == offsets[-1]
    assert ids[10:16].tolist() == hash_ids(line_tokens("Two", "Two"))


def test_an_empty_page_has_no_ids_and_one_offset() -> None:
    ids, offsets = page_ids(split_lines(""))
    assert ids.shape == (0,) and offsets.tolist() == [0]
