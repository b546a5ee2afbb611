"""Bytes to text: the one place newsx guesses an encoding."""

from __future__ import annotations

import codecs
import gzip
import zlib
from typing import NamedTuple

from newsx.errors import EmptyInputError, InputError, NotTextError

#: Byte-order marks, longest first so UTF-32-LE is not mistaken for UTF-16-LE.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Signatures of binary formats people mistake for text dumps.
_BINARY_MAGIC: tuple[bytes, ...] = (
    b"%PDF-",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"PK\x03\x04",
    b"\x7fELF",
)

_GZIP_MAGIC = b"\x1f\x8b"

#: Encodings chosen when they decode as cleanly as the detector's first pick.
_TIE_PREFERENCE = ("cp1252", "iso8859_1")

#: Binaries are full of NUL bytes; a crawled text dump may carry a few stray ones (seen: 22
#: in 12 kB), which are dropped. Above this share of NULs the file is not text.
MAX_NUL_SHARE = 0.01

#: How much of a file the binary sniff looks at: enough to see a NUL in any real binary.
_SNIFF_BYTES = 8192


#: A file that is UTF-8 but for a few damaged bytes (a cut download, a bad copy) is read as
#: UTF-8 with those bytes replaced, not handed to the detector, which then picks a code page
#: and garbles every accented letter (seen: one stray byte in German text gave ISO 8859-14).
#: Legacy encodings seldom form valid multi-byte UTF-8 by chance: per undecodable sequence,
#: measured 0 valid characters for Windows-1251/1252 and KOI8-R text and at most 0.25 for
#: GB18030, Big5, Shift_JIS and EUC-KR. Three or more per undecodable one means UTF-8.
MIN_VALID_PER_INVALID_UTF8 = 3


class Decoded(NamedTuple):
    """A decoded dump."""

    text: str
    encoding: str
    """The codec's name, e.g. "utf-8", "gb18030", "cp1252"."""
    replaced: int = 0
    """Undecodable byte sequences replaced by U+FFFD."""


def decode_bytes(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode a page dump: its text, the encoding used and how many bytes were undecodable.

    Order: a forced encoding, a byte-order mark, UTF-8 (with a few damaged bytes allowed),
    then charset-normalizer's guess (GB18030, Windows-1252, Latin-1...). Undecodable bytes
    become U+FFFD. Raises NotTextError or EmptyInputError.
    """
    if data[:2] == _GZIP_MAGIC:
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(f"broken gzip data: {exc}") from None
    if encoding is not None:
        try:
            name = codecs.lookup(encoding).name
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}") from None
        return _checked(*_decode(data, encoding), name)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _checked(*_decode(data, name), name.replace("-sig", ""))
    head = data[:_SNIFF_BYTES]
    if head.count(b"\x00") > MAX_NUL_SHARE * len(head) or head.startswith(_BINARY_MAGIC):
        raise NotTextError()
    text, replaced = _decode(data, "utf-8")
    if not replaced:
        return _checked(text, 0, "utf-8")
    valid = len(text) - len(text.encode("ascii", "ignore")) - replaced
    if valid >= MIN_VALID_PER_INVALID_UTF8 * replaced:
        return _checked(text, replaced, "utf-8")
    return _checked_guess(data)


def _decode(data: bytes, codec: str) -> tuple[str, int]:
    """The text, undecodable sequences replaced, and how many there were."""
    try:
        return data.decode(codec), 0
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
        # Each undecodable sequence is one U+FFFD with "replace" and nothing with "ignore".
        return text, len(text) - len(data.decode(codec, errors="ignore"))


def _checked_guess(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    results = from_bytes(data)
    best = results.best()
    if best is None:
        raise NotTextError()
    # Single-byte Latin code pages often decode the same bytes equally well (cp1250 and
    # cp1252 tie on French and German); the Western one is by far the likelier.
    text, name = str(best), best.encoding
    for preferred in _TIE_PREFERENCE:
        tied = [m for m in results if m.encoding == preferred and m.chaos <= best.chaos]
        if tied:
            text, name = str(tied[0]), preferred
            break
        # The detector may not list the Western page at all; it ties if it reads the same.
        if data.decode(preferred, errors="replace") == text:
            name = preferred
            break
    return _checked(text, 0, name.replace("_", "-"))


def _checked(text: str, replaced: int, encoding: str) -> Decoded:
    if text.count("\x00") > MAX_NUL_SHARE * len(text):
        raise NotTextError()
    text = text.replace("\x00", "")
    if not text.strip():
        raise EmptyInputError()
    return Decoded(text, encoding, replaced)
