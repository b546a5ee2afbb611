"""newsx.io.decoding: bytes to text, with the encoding detected (or forced) and binaries refused."""

from __future__ import annotations

import codecs
import gzip

import pytest

from newsx.errors import EmptyInputError, InputError, NotTextError
from newsx.io.decoding import decode_bytes

EN = (
    "Harbour city opens new ferry terminal\n\n"
    "The long-awaited ferry terminal in the old harbour opened to passengers on Tuesday, "
    "three years later than the city had promised. Officials said the building cost almost "
    "twice the original budget.\n"
)
#: Accents, typographic quotes, the euro sign and dashes: Windows-1252 bytes 0x80-0x9f.
FR = (
    "Le maire a inauguré mardi le nouveau terminal de ferry dans le vieux port, avec trois ans "
    "de retard sur le calendrier prévu. « C'est une journée très importante pour notre ville », "
    "a déclaré l'élu devant une foule nombreuse. Les commerçants du quartier, qui se plaignaient "
    "depuis longtemps du manque de passage, espèrent désormais une hausse de leur chiffre "
    "d'affaires. Le coût du bâtiment a presque doublé – il dépasse 40 millions d’euros (40 €M) – "
    "ce qui a provoqué des critiques de l’opposition municipale, mais le résultat semble plaire.\n"
)
ZH = (
    "北京——中俄两国周四在北京举行第六轮战略安全磋商，双方表示将进一步增进政治互信，"
    "加强在地区和国际事务中的协调与合作。专家认为，两国关系正处于历史最好时期，"
    "双方在能源、贸易和人文交流等领域的合作不断深化。据悉，今年以来两国高层交往频繁，"
    "经贸合作取得新的进展，双边贸易额预计将再创新高。分析人士指出，中俄两国在许多重大"
    "国际问题上立场相近，保持密切沟通有利于维护地区和平与稳定。\n"
)


def test_utf8() -> None:
    assert decode_bytes(FR.encode("utf-8")) == (FR, "utf-8", 0)


def test_ascii_is_utf8() -> None:
    assert decode_bytes(EN.encode("ascii")) == (EN, "utf-8", 0)


def test_utf8_bom_is_dropped() -> None:
    assert decode_bytes(codecs.BOM_UTF8 + FR.encode("utf-8")) == (FR, "utf-8", 0)


@pytest.mark.parametrize(
    ("bom", "codec", "name"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    ],
)
@pytest.mark.parametrize("text", [FR, ZH], ids=["fr", "zh"])
def test_utf16_and_utf32_with_bom(bom: bytes, codec: str, name: str, text: str) -> None:
    assert decode_bytes(bom + text.encode(codec)) == (text, name, 0)


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        pytest.param(ZH, "gb18030", id="zh-gb18030"),
        pytest.param(FR, "cp1252", id="fr-cp1252"),
    ],
)
def test_legacy_encodings_are_detected(text: str, codec: str) -> None:
    data = text.encode(codec)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    decoded, name, _ = decode_bytes(data)
    assert decoded == text
    assert codecs.lookup(name).name == codecs.lookup(codec).name


@pytest.mark.parametrize(
    "data",
    [
        b"Harbour\x00city\x00opens",
        "Harbour city".encode("utf-16-le"),  # UTF-16 without BOM is full of NUL bytes
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        b"GIF89a\x01\x00\x01\x00",
        b"PK\x03\x04\x14\x00\x00\x00",
        b"\x7fELF\x02\x01\x01",
    ],
)
def test_binary_is_not_text(data: bytes) -> None:
    with pytest.raises(NotTextError, match=r"^not a text file$"):
        decode_bytes(data)


def test_binary_after_the_sniffed_head_is_still_caught() -> None:
    with pytest.raises(NotTextError):
        decode_bytes(EN.encode() * 200 + b"\x00\x01\x00\x00" * 20_000)


def test_a_few_stray_nul_bytes_are_dropped_not_fatal() -> None:
    text, _, _ = decode_bytes(EN.encode() * 20 + b"\x00" * 5 + EN.encode())
    assert "\x00" not in text
    assert text.startswith(EN)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b" ",
        b"  \n\t\r\n  ",
        codecs.BOM_UTF8,
        codecs.BOM_UTF8 + b"\n\n",
        codecs.BOM_UTF16_LE + " \n ".encode("utf-16-le"),
        "\u00a0\u3000\n".encode(),
    ],
)
def test_empty_and_whitespace_only(data: bytes) -> None:
    with pytest.raises(EmptyInputError, match=r"^empty file$"):
        decode_bytes(data)


def test_empty_input_is_an_input_error() -> None:
    assert issubclass(EmptyInputError, InputError)
    assert issubclass(NotTextError, InputError)


@pytest.mark.parametrize(
    ("text", "codec"), [(FR, "utf-8"), (ZH, "gb18030")], ids=["fr-utf-8", "zh-gb18030"]
)
def test_gzip_is_decompressed(text: str, codec: str) -> None:
    decoded, _, _ = decode_bytes(gzip.compress(text.encode(codec)))
    assert decoded == text


def test_gzip_of_binary_is_not_text() -> None:
    with pytest.raises(NotTextError):
        decode_bytes(gzip.compress(b"%PDF-1.7\n"))


def test_gzip_of_nothing_is_empty() -> None:
    with pytest.raises(EmptyInputError):
        decode_bytes(gzip.compress(b""))


@pytest.mark.parametrize(
    "data",
    [
        b"\x1f\x8b",
        b"\x1f\x8b\x08\x00",
        gzip.compress(EN.encode())[:-6],  # truncated
        pytest.param(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03garbage, not deflate data"),
    ],
    ids=["magic-only", "header-only", "truncated", "corrupt-stream"],
)
def test_broken_gzip_is_an_input_error(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^broken gzip data"):
        decode_bytes(data)


@pytest.mark.parametrize(
    ("encoding", "name"),
    [("latin-1", "iso8859-1"), ("cp1252", "cp1252"), ("UTF-8", "utf-8"), ("gbk", "gbk")],
)
def test_forced_encoding(encoding: str, name: str) -> None:
    text = "Café crème"
    data = text.encode(encoding)
    assert decode_bytes(data, encoding) == (text, name, 0)


def test_forced_encoding_wins_over_detection() -> None:
    data = "Café".encode()
    assert decode_bytes(data, "latin-1") == ("CafÃ©", "iso8859-1", 0)


def test_forced_encoding_replaces_undecodable_bytes_and_counts_them() -> None:
    assert decode_bytes(b"caf\xe9 au lait, caf\xe9 noir", "utf-8") == (
        "caf\ufffd au lait, caf\ufffd noir",
        "utf-8",
        2,
    )


def test_utf8_with_a_damaged_byte_stays_utf8() -> None:
    data = FR.encode("utf-8")
    cut = data.index(b" ")  # between two characters
    text, name, replaced = decode_bytes(data[:cut] + b"\xff" + data[cut:])
    assert (name, replaced) == ("utf-8", 1)
    assert text == FR[:2] + "\ufffd" + FR[2:]


def test_a_code_page_is_not_mistaken_for_damaged_utf8() -> None:
    text, name, replaced = decode_bytes(FR.encode("cp1252"))
    assert text == FR and replaced == 0
    assert name != "utf-8"


def test_an_encoded_replacement_character_is_not_counted() -> None:
    assert decode_bytes("a \ufffd b".encode()) == ("a \ufffd b", "utf-8", 0)


def test_unknown_forced_encoding() -> None:
    with pytest.raises(InputError, match="unknown encoding 'no-such-codec'"):
        decode_bytes(b"hello", "no-such-codec")


def test_forced_encoding_still_refuses_empty_input() -> None:
    with pytest.raises(EmptyInputError):
        decode_bytes(b"   ", "latin-1")
