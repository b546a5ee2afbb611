"""newsx.errors: the messages of the errors newsx raises on purpose."""

from __future__ import annotations

import errno

import pytest

from newsx.errors import (
    EmptyInputError,
    InputError,
    NewsxError,
    NotTextError,
    TooLargeError,
    os_reason,
)


def test_input_errors_are_newsx_errors_with_their_messages() -> None:
    assert issubclass(InputError, NewsxError)
    assert str(NotTextError()) == "not a text file"
    assert str(EmptyInputError()) == "empty file"
    big = TooLargeError(60_000_000, 52_428_800)
    assert str(big) == "file too large (60,000,000 bytes; the limit is 52,428,800)"
    assert (big.size, big.limit) == (60_000_000, 52_428_800)


@pytest.mark.parametrize(
    ("exc", "reason"),
    [
        (FileNotFoundError(errno.ENOENT, "No such file or directory"), "no such file"),
        (PermissionError(errno.EACCES, "Permission denied"), "permission denied"),
        (IsADirectoryError(errno.EISDIR, "Is a directory"), "is a directory"),
        (
            OSError(errno.ELOOP, "Too many levels of symbolic links"),
            "too many levels of symbolic links",
        ),
        (OSError("odd"), "odd"),
    ],
)
def test_os_reason_is_short_and_lower_case(exc: OSError, reason: str) -> None:
    assert os_reason(exc) == reason
