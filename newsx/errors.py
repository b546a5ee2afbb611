"""Errors the core raises. The CLI turns each into a one-line message and an exit status."""

from __future__ import annotations


class NewsxError(Exception):
    """Base class of every error newsx raises on purpose."""


class InputError(NewsxError):
    """An input that cannot be turned into text: unreadable, binary, empty or too large."""


class NotTextError(InputError):
    """The bytes are not text (NUL bytes, an image, a PDF...)."""

    def __init__(self) -> None:
        super().__init__("not a text file")


class EmptyInputError(InputError):
    """The input holds nothing but whitespace."""

    def __init__(self) -> None:
        super().__init__("empty file")


class TooLargeError(InputError):
    """The input is bigger than Options.max_size."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"file too large ({size:,} bytes; the limit is {limit:,})")
        self.size = size
        self.limit = limit


def os_reason(exc: OSError) -> str:
    """A short lower-case reason for an OSError, as the one-line messages say it."""
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    reason = exc.strerror or str(exc)
    return reason[:1].lower() + reason[1:]
