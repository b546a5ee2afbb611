"""newsx.cli_runtime: how a command runs: the summary and progress on stderr, and Ctrl-C,
SIGTERM, a closed pipe and a bug turned into one line and an exit status."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from newsx.cli_runtime import (
    EXIT_BROKEN_PIPE,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    guarded,
)
from newsx.errors import NewsxError
from tests.test_cli import jsonl, newsx

# --- guarded: one line and an exit status for whatever ends a command ---


def _raising(exc: BaseException) -> Callable[[], int]:
    def body() -> int:
        raise exc

    return body


def test_a_finished_command_gives_its_own_status() -> None:
    assert guarded(str, lambda: 0) == 0
    assert guarded(str, lambda: EXIT_FAILED) == EXIT_FAILED


@pytest.mark.parametrize(
    ("exc", "status", "message"),
    [
        (KeyboardInterrupt(), EXIT_INTERRUPTED, "newsx: interrupted after 3 inputs"),
        (NewsxError("the model file is damaged"), EXIT_FAILED, "newsx: the model file is damaged"),
        (ValueError("bad value"), EXIT_FAILED, "newsx: internal error: ValueError: bad value"),
    ],
)
def test_what_ends_a_command_becomes_one_line_and_a_status(
    capsys: pytest.CaptureFixture[str], exc: BaseException, status: int, message: str
) -> None:
    assert guarded(lambda: " after 3 inputs", _raising(exc)) == status
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() == message


def test_a_bug_shows_its_traceback_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSX_DEBUG", "1")
    with pytest.raises(ValueError, match="bad value"):
        guarded(str, _raising(ValueError("bad value")))


def test_a_closed_pipe_is_quiet(capsys: pytest.CaptureFixture[str]) -> None:
    assert guarded(str, _raising(BrokenPipeError())) == EXIT_BROKEN_PIPE
    assert capsys.readouterr().err == ""


# --- the summary and the progress of a batch ---


def test_summary_and_quiet(corpus: Path) -> None:
    loud = newsx("extract", "-f", "jsonl", str(corpus), "nope.txt")
    assert loud.stderr.splitlines()[-1].startswith("12 articles, 1 failed, ")
    quiet = newsx("extract", "-q", "-f", "jsonl", str(corpus), "nope.txt")
    assert quiet.stderr == "newsx: nope.txt: no such file\n"
    single = newsx("extract", str(corpus / "page01.txt"))
    assert single.stderr == ""


def test_progress_on_a_terminal_keeps_stdout_clean(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("newsx.cli_runtime.isatty", lambda stream: stream is sys.stderr)
    result = newsx("extract", "-f", "jsonl", str(corpus), "gone.txt")
    assert len(jsonl(result.stdout)) == 12
    assert "newsx: gone.txt: no such file" in result.stderr
    assert "12 articles, 1 failed" in result.stderr


# --- pipes and signals, in real processes ---


def test_closed_pipe_exits_quietly(corpus: Path) -> None:
    code = "import sys; from newsx.cli import main; main()"
    for fmt in ("jsonl", "text"):
        args = [sys.executable, "-c", code, "extract", "-f", fmt, "-r", "-j", "2", str(corpus)]
        proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.read(10)
        proc.stdout.close()  # like `| head -c 10`
        stderr = proc.stderr.read().decode()
        assert proc.wait(timeout=30) == 141
        assert "Traceback" not in stderr and "Exception" not in stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX signals and named pipes")
@pytest.mark.parametrize(
    ("sig", "code", "word"), [("SIGINT", 130, "interrupted"), ("SIGTERM", 143, "terminated")]
)
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_signals_exit_quietly(
    tmp_path: Path, page: Callable[[int], str], sig: str, code: int, word: str, jobs: str
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(30):
        (folder / f"p{i:02d}.txt").write_text(page(i), encoding="utf-8")
    os.unlink(folder / "p15.txt")
    os.mkfifo(folder / "p15.txt")  # nobody writes to it: the batch waits there for ever
    out = tmp_path / "out" / "all.jsonl"
    out.parent.mkdir()
    args = [sys.executable, "-c", "from newsx.cli import main; main()", "extract", "-j", jobs]
    proc = subprocess.Popen(
        [*args, str(folder), "-o", str(out)],
        stderr=subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        start_new_session=True,
    )
    assert proc.stderr is not None
    deadline = time.monotonic() + 60

    def written() -> int:
        return sum((out.parent / name).stat().st_size for name in os.listdir(out.parent))

    while written() == 0 and time.monotonic() < deadline:
        time.sleep(0.05)  # records in the temporary output: the batch is under way
    time.sleep(0.2)
    os.killpg(proc.pid, getattr(signal, sig))  # like Ctrl-C: the whole process group
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=30) == code, stderr
    assert f"newsx: {word} after 15 inputs" in stderr
    assert "Traceback" not in stderr
    assert os.listdir(out.parent) == []  # the unfinished output file is gone
