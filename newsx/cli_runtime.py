"""How a command of the newsx CLI runs: its exit codes, signals and streams, and one
`newsx extract` over its inputs, with progress, failures and the summary on stderr.

newsx.cli parses the arguments and hands over to this module; like it, this module is the
front end, and the only place beside newsx.terminal where rich may be drawn.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, closing, nullcontext, suppress
from typing import IO, TYPE_CHECKING, Any, BinaryIO, TextIO

import click

from newsx.errors import NewsxError, os_reason

if TYPE_CHECKING:
    from newsx.io import batch, inputs, writers
    from newsx.records import Options

#: Exit status: some input failed; Ctrl-C; the output pipe was closed; SIGTERM.
EXIT_FAILED, EXIT_INTERRUPTED, EXIT_BROKEN_PIPE, EXIT_TERMINATED = 1, 130, 141, 143
#: inputs.DEFAULT_GLOB, for a job made without --glob (tests/test_cli.py checks they agree).
DEFAULT_GLOB = "*.txt"


class Extraction:
    """One run of `newsx extract`: inputs, results, output, progress and summary."""

    recursive, pattern, jobs = False, DEFAULT_GLOB, 1

    def __init__(
        self, paths: Sequence[str], fmt: str, options: Options, fields: Sequence[str] | None
    ) -> None:
        self.paths, self.fmt, self.options, self.fields = paths, fmt, options, fields
        self.done = self.failed = 0
        self.total: int | None = None
        self.progress: Any = None  # a terminal.BatchProgress while one is shown

    def items(self) -> Iterator[inputs.Item]:
        from newsx.io import inputs

        return inputs.discover(
            self.paths,
            recursive=self.recursive,
            pattern=self.pattern,
            max_size=self.options.max_size,
        )

    def note(self) -> str:
        """How far it got, for the message of an interrupted run."""
        of = f" of {self.total:,}" if self.total is not None else ""
        return f" after {self.done:,}{of} inputs"

    def run(self, output: str | None, output_dir: str | None, quiet: bool) -> int:
        started = time.monotonic()
        progress: AbstractContextManager[object] = nullcontext()
        to_file = output not in (None, "-") or output_dir is not None
        if not quiet and isatty(sys.stderr) and (to_file or not isatty(sys.stdout)):
            self.total = sum(1 for _ in self.items())
            if self.total > 1:
                from newsx import terminal

                progress = self.progress = terminal.BatchProgress(sys.stderr, self.total)
        with progress:
            self.write(output, output_dir)
        if self.done > 1 and not quiet:
            ok, elapsed = self.done - self.failed, time.monotonic() - started
            noun = "article" if ok == 1 else "articles"
            click.echo(f"{ok:,} {noun}, {self.failed:,} failed, {elapsed:.1f} s", err=True)
        return EXIT_FAILED if self.failed else 0

    def write(self, output: str | None, output_dir: str | None) -> None:
        from newsx.io import batch, inputs

        items = inputs.with_stdin(self.items(), stdin_bytes(), self.options.max_size)
        pairs = batch.records(items, self.options, jobs=self.jobs, on_result=self.on_result)
        with closing(pairs):  # on any error, the pool stops now, not at exit
            self._write(pairs, output, output_dir)

    def _write(
        self, pairs: Iterator[batch.Pair], output: str | None, output_dir: str | None
    ) -> None:
        from newsx.io import writers
        from newsx.io.warc import is_archive

        kw: dict[str, Any] = {"fields": self.fields, "render_text": text_view(plain=True)}
        if output_dir is not None:
            writers.write_tree(pairs, output_dir, self.fmt, on_error=self.fail, **kw)
            return
        records = (record for _, record in pairs)
        # One file (or stdin) gives a JSON object; a folder or several PATHs an array.
        kw["many"] = len(self.paths) > 1 or any(
            p != "-" and (os.path.isdir(p) or is_archive(p)) for p in self.paths
        )
        if output is None or output == "-":
            fp = sys.stdout if self.fmt == "text" else data_stdout()
            kw["render_text"] = text_view(plain=False)
            writers.write_format(records, fp, self.fmt, **kw)
            sys.stdout.flush()
            return
        try:
            with writers.atomic_output(output) as fp:
                writers.write_format(records, fp, self.fmt, **kw)
        except OSError as exc:
            self.fail(output, os_reason(exc))

    def on_result(self, path: str, error: str | None) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress.advance()
        if error is not None:
            self.fail(path, error)

    def fail(self, path: str, reason: str) -> None:
        self.failed += 1
        if self.progress is not None:
            self.progress.message(f"newsx: {path}: {reason}")
        else:
            click.echo(f"newsx: {path}: {reason}", err=True)


def text_view(*, plain: bool) -> writers.TextRenderer:
    def render(records: Iterable[Mapping[str, Any]], fp: TextIO) -> None:
        from newsx import terminal

        terminal.render_articles(terminal.make_console(fp, plain=plain), records)

    return render


class _Terminated(BaseException):
    """SIGTERM, raised in the main thread as KeyboardInterrupt is for SIGINT."""


def guarded(note: Callable[[], str], body: Callable[[], int]) -> int:
    """Run a command body; Ctrl-C, SIGTERM and a closed stdout become quiet exit codes."""
    from newsx.io import batch

    try:
        with batch.sigterm_raises(_Terminated):
            return body()
    except KeyboardInterrupt:
        click.echo(f"\nnewsx: interrupted{note()}", err=True)
        return EXIT_INTERRUPTED
    except _Terminated:
        click.echo(f"newsx: terminated{note()}", err=True)
        return EXIT_TERMINATED
    except BrokenPipeError:
        # As the Python docs advise: point stdout at devnull so that the flush at exit
        # cannot raise BrokenPipeError again; then exit like a process killed by SIGPIPE.
        with suppress(OSError, ValueError, AttributeError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except NewsxError as exc:
        click.echo(f"newsx: {exc}", err=True)
        return EXIT_FAILED
    except OSError as exc:  # writing stdout failed: disk full, ...
        click.echo(f"newsx: <stdout>: {os_reason(exc)}", err=True)
        return EXIT_FAILED
    except Exception as exc:  # a bug: one line, unless asked for the traceback
        if os.environ.get("NEWSX_DEBUG"):
            raise
        click.echo(f"newsx: internal error: {type(exc).__name__}: {exc}", err=True)
        return EXIT_FAILED


def data_stdout() -> TextIO:
    """stdout for JSON and CSV: UTF-8 whatever the locale, no newline translation."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        with suppress(ValueError, OSError):
            reconfigure(encoding="utf-8", newline="")
    return sys.stdout


def stdin_bytes() -> BinaryIO | None:
    return getattr(sys.stdin, "buffer", None)


def isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (ValueError, AttributeError):
        return False
