"""The newsx command line: parse arguments, read inputs, format output. Nothing more.

Exit status: 0 every input gave a record; 1 some input failed; 2 usage error; 130 Ctrl-C;
141 the output pipe was closed (`newsx ... | head`); 143 SIGTERM. Messages go to stderr,
data to stdout. Rich (newsx.terminal) is imported only when a terminal view is drawn. How a
command runs once its arguments are read (the batch, its progress, the exit codes) is
newsx.cli_runtime.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
from typing import Any

import click

from newsx import cli_runtime as runtime
from newsx.errors import NewsxError
from newsx.version import __version__

# The batch, input, writer and model modules are imported by the commands that use them, so
# that `newsx --version` and `--help` load little more than click (issue 5: start-up).
#: writers.FORMATS (tests/test_cli.py checks they agree).
FORMATS = ("text", "json", "jsonl", "csv")

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
@click.option(
    "--glob", "pattern", metavar="PATTERN", default=runtime.DEFAULT_GLOB, help=_HELP["glob"]
)
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
    job = runtime.Extraction(paths, fmt, options, fields)
    job.recursive, job.pattern = opts["recursive"], opts["pattern"]
    job.jobs = opts["jobs"] or os.cpu_count() or 1
    ctx.exit(runtime.guarded(job.note, lambda: job.run(output, output_dir, opts["quiet"])))


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
            given = [inputs.Item(file, file)]
            item = next(inputs.with_stdin(given, runtime.stdin_bytes(), options.max_size))
            text = inputs.load(item, options).text
            explanation = explain_decoded(text, options)  # an HTML page's rendered lines
        except NewsxError as exc:
            click.echo(f"newsx: {file}: {exc}", err=True)
            return runtime.EXIT_FAILED
        if fmt == "json":
            records = map(writers.verdict_record, explanation.verdicts)
            writers.write_json(records, runtime.data_stdout(), many=True)
        else:
            from newsx import terminal

            terminal.render_explain(terminal.make_console(sys.stdout), explanation)
        sys.stdout.flush()
        return 0

    ctx.exit(runtime.guarded(str, run))


def _default_format(fields: object, output: str | None, output_dir: str | None) -> str:
    """text on a terminal; else json, or the format -o FILE's extension names."""
    if output not in (None, "-"):
        from newsx.io import writers

        ext = os.path.splitext(str(output))[1].lower()
        return {v: k for k, v in writers.EXTENSIONS.items()}.get(ext, "json")
    if fields is not None or output_dir is not None or not runtime.isatty(sys.stdout):
        return "json"
    return "text"
