"""Rich terminal views: an article record, the line verdicts of explain, batch progress.

The only module that imports rich. Article text is always printed as rich Text, never as
markup, so brackets and colons in a page cannot restyle or break the output.
"""

from __future__ import annotations

import errno
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from typing import IO, Any

from rich.cells import cell_len
from rich.console import Console
from rich.padding import Padding
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from newsx.records import Explanation, Label

LABEL_STYLES: dict[Label, str] = {
    Label.TITLE: "bold magenta",
    Label.BYLINE: "cyan",
    Label.DATE: "green",
    Label.SECTION: "yellow",
    Label.BODY: "default",
    Label.CAPTION: "italic blue",
    Label.RELATED: "blue",
    Label.NAVIGATION: "bright_black",
    Label.LIST: "magenta",
    Label.COMMENT_HEADER: "bold bright_yellow",
    Label.COMMENT: "bright_yellow",
    Label.BOILERPLATE: "red",
    Label.BLANK: "bright_black",
}

#: Metadata rows of the article view: (label, record field).
_META: tuple[tuple[str, str], ...] = (
    ("authors", "authors"),
    ("source", "source"),
    ("published", "published"),
    ("updated", "updated"),
    ("dateline", "dateline"),
    ("section", "section"),
    ("language", "language"),
    ("page type", "page_type"),
    ("words", "word_count"),
    ("encoding", "encoding"),
    ("bad bytes", "decode_errors"),
    ("file", "path"),
)


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # rich would exit(1) on the spot; newsx has a pool to stop and its own exit code.
        self.quiet = True
        raise BrokenPipeError(errno.EPIPE, "broken pipe")


def make_console(file: IO[str], *, plain: bool = False) -> Console:
    """A console on `file`: coloured only on a terminal (NO_COLOR honoured); plain never."""
    common: dict[str, Any] = {"highlight": False, "markup": False, "emoji": False}
    if plain:
        console = _Console(file=file, color_system=None, force_terminal=False, **common)
    else:
        console = _Console(file=file, **common)
    # Off a terminal, paragraphs stay one line each: no hard breaks, no trailing spaces.
    console.soft_wrap = not console.is_terminal
    return console


def render_articles(console: Console, records: Iterable[Mapping[str, Any]]) -> int:
    """One article view after another, a rule between. Returns how many were shown."""
    count = 0
    for record in records:
        if count:
            console.print()
            console.rule(style="bright_black")
            console.print()
        render_article(console, record)
        count += 1
    return count


def render_article(console: Console, record: Mapping[str, Any]) -> None:
    """Title, metadata table, body, captions, related links and comments of one record."""
    title = record.get("title") or "(no title)"
    console.print(Text(title, style="bold"))
    bar = "═" if console.encoding.lower().startswith("utf") else "="
    console.print(Text(bar * min(cell_len(title), console.width), style="bold"))
    console.print()
    key_width = max(len(label) for label, _ in _META)
    for label, name in _META:
        value = record.get(name)
        if value is None or value == [] or value == () or (name == "decode_errors" and not value):
            continue
        text = "; ".join(value) if isinstance(value, (list, tuple)) else f"{value}"
        console.print(Text.assemble((label.ljust(key_width), "cyan"), "  ", text))
    for paragraph in paragraphs(record.get("body") or ""):
        console.print()
        console.print(Text(paragraph))
    _render_list(console, "Captions", record.get("captions") or (), "▸ ")
    _render_list(console, "Related", record.get("related") or (), "• ")
    comments: Sequence[Mapping[str, Any]] = record.get("comments") or ()
    if comments:
        count = record.get("comment_count") or len(comments)
        _heading(console, f"Comments ({count})")
        for index, comment in enumerate(comments):
            if index:
                console.print()
            parts = [comment.get("author") or "anonymous", comment.get("date"), comment.get("ip")]
            console.print(Text(" · ".join(p for p in parts if p), style="bold"))
            said = Text(comment.get("text") or "")
            if console.soft_wrap:  # not a terminal: one line, indented
                console.print(Text("  ").append_text(said))
            else:
                console.print(Padding(said, (0, 0, 0, 2)))


def paragraphs(body: str) -> list[str]:
    """The body's paragraphs: blank-line separated, else one a line."""
    parts = [p.strip() for p in re.split(r"\n[ \t]*\n", body.strip()) if p.strip()]
    if len(parts) == 1 and "\n" in parts[0]:
        parts = [line.strip() for line in parts[0].splitlines() if line.strip()]
    return parts


def _heading(console: Console, title: str) -> None:
    console.print()
    console.print(Text(title, style="bold underline"))
    console.print()


def _render_list(console: Console, title: str, items: Sequence[str], bullet: str) -> None:
    if not items:
        return
    _heading(console, title)
    for item in items:
        line = Text(bullet, style="bright_black")
        line.append(item)
        console.print(line)


def render_explain(console: Console, explanation: Explanation) -> None:
    """The page's type and its probabilities, then one row a line: number, label, text,
    reason; one colour a label.

    The text is cut to fit the console's width; on a terminal the reason is too.
    """
    verdicts = explanation.verdicts
    types = Text("page type  ", style="bold")
    for k, (name, p) in enumerate(explanation.page_types.items()):
        types.append(f"{'' if k == 0 else ' · '}{name} {p:.2f}", style="bold" if k == 0 else "")
    console.print(types, no_wrap=True, crop=console.is_terminal)
    number_w = max(3, len(str(len(verdicts))))
    label_w = max(len(label.value) for label in Label)
    reason_w = min(max((cell_len(v.reason) for v in verdicts), default=6), console.width // 4)
    text_w = max(10, console.width - number_w - label_w - reason_w - 6)
    header = Text(style="bold")
    header.append(f"{'#':>{number_w}}  {'label':<{label_w}}  {'text':<{text_w}}  reason")
    console.print(header, no_wrap=True, crop=console.is_terminal)
    for v in verdicts:
        style = LABEL_STYLES.get(v.label, "default")
        line = Text()
        line.append(f"{v.number:>{number_w}}  ", style="bright_black")
        line.append(f"{v.label.value:<{label_w}}  ", style=style)
        text = Text(v.text.replace("\t", " "), style=style)
        text.truncate(text_w, overflow="ellipsis", pad=True)
        line.append_text(text)
        line.append("  ")
        reason = Text(v.reason, style="bright_black")
        if console.is_terminal:  # elsewhere the last column is left whole
            reason.truncate(reason_w, overflow="ellipsis")
        line.append_text(reason)
        console.print(line, no_wrap=True, crop=console.is_terminal)


class _RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed:,.1f} files/s", style="cyan")


class BatchProgress:
    """A progress bar with rate and ETA on a (terminal) stream; messages print above it.

    Refreshes itself only when advanced (no background thread, so forking a process
    pool while it is shown is safe), at most ten times a second.
    """

    def __init__(self, file: IO[str], total: int | None) -> None:
        self._console = make_console(file)
        self._progress = Progress(
            TextColumn("[bold]extracting"),
            BarColumn(),
            MofNCompleteColumn(),
            _RateColumn(),
            TimeElapsedColumn(),
            TextColumn("eta"),
            TimeRemainingColumn(),
            console=self._console,
            auto_refresh=False,
            transient=True,
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self._task = self._progress.add_task("extracting", total=total)
        self._shown = 0.0

    def __enter__(self) -> BatchProgress:
        self._progress.start()
        self._progress.refresh()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def advance(self) -> None:
        self._progress.advance(self._task)
        now = time.monotonic()
        if now - self._shown >= 0.1:
            self._shown = now
            self._progress.refresh()

    def message(self, line: str) -> None:
        self._progress.console.print(Text(line), soft_wrap=True)
