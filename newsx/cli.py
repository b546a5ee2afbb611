"""The newsx command line: parse arguments, read inputs, format output. Nothing more.

Exit status: 0 every input gave a record; 1 some input failed; 2 usage error; 130 Ctrl-C;
141 the output pipe was closed (`newsx ... | head`); 143 SIGTERM. Messages go to stderr,
data to stdout. Rich (newsx.terminal) is imported only when a terminal view is drawn.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, closing, nullcontext, suppress
from typing import IO, TYPE_CHECKING, Any, BinaryIO, TextIO

import click

from newsx.errors import NewsxError, os_reason
from newsx.version import __version__

if TYPE_CHECKING:
    from newsx.io import batch, inputs, writers
    from newsx.records import Options

# The batch, input, writer and model modules are imported by the commands that use them, so
# that `newsx --version` and `--help` load little more than click (issue 5: start-up).
#: writers.FORMATS and inputs.DEFAULT_GLOB (tests/test_cli.py checks they agree).
FORMATS = ("text", "json", "jsonl", "csv")
DEFAULT_GLOB = "*.txt"

EXIT_FAILED, EXIT_INTERRUPTED, EXIT_BROKEN_PIPE, EXIT_TERMINATED = 1, 130, 141, 143

EXTRACT_EPILOG = """\b
Examples:
  newsx extract page.txt                show it (JSON when stdout is not a terminal)
  newsx extract page.txt | jq .title
  newsx extract - < page.txt            read the standard input
  newsx extract -f jsonl -r dumps/ > articles.jsonl
  newsx extract -f csv --fields path,title,published dumps/ -o articles.csv
  newsx extract -j 8 --output-dir out/ dumps/
  newsx extract -f jsonl --glob '*.html' saved-pages/
  newsx extract -f jsonl CC-MAIN-2024-10-00000.warc.wet.gz | jq -r .url

\b
Exit status: 0 every input gave a record, 1 some failed (one line each
on stderr), 2 usage error, 130 interrupted, 141 output pipe closed.
"""

EXPLAIN_EPILOG = """\b
Examples:
  newsx explain page.txt                one row a line: number, label, text, reason
  newsx explain page.txt | less -S
  newsx explain -f json page.txt | jq '.[] | select(.label == "title")'
  newsx explain --encoding gb18030 - < page.txt
"""

_HELP = {
    "format": "Output format.  [default: text on a terminal, else json]",
    "fields": "Fields of json, jsonl and csv output, in this order.",
    "output": "Write to FILE (whole, or not at all) instead of stdout.",
    "output-dir": "Write one file per input under DIR, mirroring folder arguments.",
    "glob": "Names of the files to take from folders.  [default: *.txt]",
    "jobs": "Worker processes for a batch.  [default: number of CPUs]",
    "encoding": "Read inputs in this encoding instead of detecting it.",
    "explain-format": "A table of the lines (coloured on a terminal), or JSON.  [default: text]",
    "explain-encoding": "Read FILE in this encoding instead of detecting it.",
    "max-size": "Refuse inputs larger than this (bytes, or 500K, 20M, 1G).  [default: 50M]",
    "reference-date": "Read relative dates ('3 hours ago') as counted back from this day (web"
    " archive pages count from their capture date).",
}
_SIZE_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def _check_size(ctx: click.Context, param: click.Parameter, value: str | None) -> int:
    if value is None:
        from newsx.records import DEFAULT_MAX_SIZE

        return DEFAULT_MAX_SIZE
    match = re.fullmatch(r"\s*(\d+)\s*([kmg]?)(?:i?b)?\s*", value, re.IGNORECASE)
    if not match:
        raise click.BadParameter(f"{value!r} is not a size (bytes, or 500K, 20M, 1G)")
    return int(match[1]) * _SIZE_UNITS[match[2].lower()]


def _check_encoding(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None:
        try:
            codecs.lookup(value)
        except LookupError:
            raise click.BadParameter(f"unknown encoding {value!r}") from None
    return value


def _check_fields(ctx: click.Context, param: click.Parameter, value: str | None) -> Any:
    if value is None:
        return None
    from newsx.records import FIELD_NAMES

    names = [name.strip() for name in value.split(",") if name.strip()]
    unknown = [name for name in names if name not in FIELD_NAMES]
    if unknown or not names:
        bad = ", ".join(unknown) or repr(value)
        raise click.BadParameter(f"unknown field {bad}; valid names: {', '.join(FIELD_NAMES)}")
    return tuple(dict.fromkeys(names))


class _Group(click.Group):
    def main(self, *args: Any, **kwargs: Any) -> Any:
        # The program is newsx however it was started: in messages and in _NEWSX_COMPLETE.
        kwargs.setdefault("prog_name", "newsx")
        return super().main(*args, **kwargs)


@click.group("newsx", cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="newsx")
def main() -> None:
    """Turn plain-text dumps of news pages into article records.

    \b
    newsx extract PATH...   articles as text, JSON, JSON Lines or CSV
    newsx explain FILE      how each line of a dump was read, and why
    """


_IN = click.Path(allow_dash=True)
_FILE = click.Path(dir_okay=False, allow_dash=True)


@main.command(epilog=EXTRACT_EPILOG)
@click.argument("paths", nargs=-1, required=True, metavar="PATH...", type=_IN)
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), help=_HELP["format"])
@click.option("--fields", metavar="A,B,C", callback=_check_fields, help=_HELP["fields"])
@click.option("-o", "--output", metavar="FILE", type=_FILE, help=_HELP["output"])
@click.option(
    "--output-dir", metavar="DIR", type=click.Path(file_okay=False), help=_HELP["output-dir"]
)
@click.option("-r", "--recursive", is_flag=True, help="Look into subfolders of folders too.")
@click.option("--glob", "pattern", metavar="PATTERN", default=DEFAULT_GLOB, help=_HELP["glob"])
@click.option("-j", "--jobs", metavar="N", type=click.IntRange(min=1), help=_HELP["jobs"])
@click.option("--encoding", metavar="NAME", callback=_check_encoding, help=_HELP["encoding"])
@click.option("--max-size", metavar="SIZE", callback=_check_size, help=_HELP["max-size"])
@click.option("--no-comments", is_flag=True, help="Leave reader comments out of the records.")
@click.option(
    "--reference-date",
    metavar="YYYY-MM-DD",
    type=click.DateTime(["%Y-%m-%d"]),
    help=_HELP["reference-date"],
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, no summary.")
@click.pass_context
def extract(ctx: click.Context, /, paths: tuple[str, ...], **opts: Any) -> None:
    """Extract the article of each PATH: a file, a folder (its *.txt files) or - for stdin.

    A file may be a text dump, an HTML page (read with the html extra) or a WARC or WET
    archive (.warc, .warc.gz, .wet.gz; the warc extra), whose every page is extracted.
    Records come out in the order of the inputs. JSON is one object for a single file and
    an array for a folder or several PATHs.
    """
    output, output_dir, fields = opts["output"], opts["output_dir"], opts["fields"]
    if output is not None and output_dir is not None:
        raise click.UsageError("use either -o/--output or --output-dir, not both")
    fmt = opts["fmt"] or _default_format(fields, output, output_dir)
    if fields is not None and fmt == "text":
        raise click.UsageError("--fields works with -f json, jsonl and csv")
    from newsx.records import Options

    day = opts["reference_date"]
    options = Options(
        comments=not opts["no_comments"],
        encoding=opts["encoding"],
        max_size=opts["max_size"],
        reference_date=day.date() if day is not None else None,
    )
    job = _Extraction(paths, fmt, options, fields)
    job.recursive, job.pattern = opts["recursive"], opts["pattern"]
    job.jobs = opts["jobs"] or os.cpu_count() or 1
    ctx.exit(_guarded(job.note, lambda: job.run(output, output_dir, opts["quiet"])))


@main.command(epilog=EXPLAIN_EPILOG)
@click.argument("file", metavar="FILE", type=_FILE)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    help=_HELP["explain-format"],
)
@click.option(
    "--encoding", metavar="NAME", callback=_check_encoding, help=_HELP["explain-encoding"]
)
@click.pass_context
def explain(ctx: click.Context, /, file: str, fmt: str, encoding: str | None) -> None:
    """Show every line of FILE (- for stdin) with the label newsx gave it and the reason.

    -f json gives a JSON array of {line, label, reason, score, text} instead.
    """
    from newsx.records import Options

    options = Options(encoding=encoding)

    def run() -> int:
        from newsx.api import explain_decoded
        from newsx.io import inputs, writers

        try:
            item = next(inputs.with_stdin([inputs.Item(file, file)], _stdin(), options.max_size))
            text = inputs.load(item, options).text
            explanation = explain_decoded(text, options)  # an HTML page's rendered lines
        except NewsxError as exc:
            click.echo(f"newsx: {file}: {exc}", err=True)
            return EXIT_FAILED
        if fmt == "json":
            records = map(writers.verdict_record, explanation.verdicts)
            writers.write_json(records, _data_stdout(), many=True)
        else:
            from newsx import terminal

            terminal.render_explain(terminal.make_console(sys.stdout), explanation)
        sys.stdout.flush()
        return 0

    ctx.exit(_guarded(str, run))


class _Extraction:
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
        if not quiet and _isatty(sys.stderr) and (to_file or not _isatty(sys.stdout)):
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

        items = inputs.with_stdin(self.items(), _stdin(), self.options.max_size)
        pairs = batch.records(items, self.options, jobs=self.jobs, on_result=self.on_result)
        with closing(pairs):  # on any error, the pool stops now, not at exit
            self._write(pairs, output, output_dir)

    def _write(
        self, pairs: Iterator[batch.Pair], output: str | None, output_dir: str | None
    ) -> None:
        from newsx.io import writers
        from newsx.io.warc import is_archive

        kw: dict[str, Any] = {"fields": self.fields, "render_text": _text_view(plain=True)}
        if output_dir is not None:
            writers.write_tree(pairs, output_dir, self.fmt, on_error=self.fail, **kw)
            return
        records = (record for _, record in pairs)
        # One file (or stdin) gives a JSON object; a folder or several PATHs an array.
        kw["many"] = len(self.paths) > 1 or any(
            p != "-" and (os.path.isdir(p) or is_archive(p)) for p in self.paths
        )
        if output is None or output == "-":
            fp = sys.stdout if self.fmt == "text" else _data_stdout()
            kw["render_text"] = _text_view(plain=False)
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


def _text_view(*, plain: bool) -> writers.TextRenderer:
    def render(records: Iterable[Mapping[str, Any]], fp: TextIO) -> None:
        from newsx import terminal

        terminal.render_articles(terminal.make_console(fp, plain=plain), records)

    return render


def _default_format(fields: object, output: str | None, output_dir: str | None) -> str:
    """text on a terminal; else json, or the format -o FILE's extension names."""
    if output not in (None, "-"):
        from newsx.io import writers

        ext = os.path.splitext(str(output))[1].lower()
        return {v: k for k, v in writers.EXTENSIONS.items()}.get(ext, "json")
    if fields is not None or output_dir is not None or not _isatty(sys.stdout):
        return "json"
    return "text"


class _Terminated(BaseException):
    """SIGTERM, raised in the main thread as KeyboardInterrupt is for SIGINT."""


def _guarded(note: Callable[[], str], body: Callable[[], int]) -> int:
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


def _data_stdout() -> TextIO:
    """stdout for JSON and CSV: UTF-8 whatever the locale, no newline translation."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        with suppress(ValueError, OSError):
            reconfigure(encoding="utf-8", newline="")
    return sys.stdout


def _stdin() -> BinaryIO | None:
    return getattr(sys.stdin, "buffer", None)


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (ValueError, AttributeError):
        return False
