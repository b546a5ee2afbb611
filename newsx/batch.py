"""The inputs of a batch, found in order, and their extraction, in order, on a process pool.

Discovery never raises: an argument or folder entry that cannot be used becomes an Item
carrying its error, so that it reaches the output stream in its place. `process` never
raises either; `run` yields one (path, record, error) per item, in input order, streamed:
with jobs > 1, Pool.imap over chunks of items (`process_chunk`), a bounded number of items
in flight, so memory does not grow with the number of files.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import closing, contextmanager, suppress
from functools import partial
from itertools import chain, islice
from typing import Any, BinaryIO, TypeAlias

from newsx.api import extract, read_text
from newsx.decode import decode_bytes
from newsx.errors import NewsxError
from newsx.model import Options

STDIN = "-"
DEFAULT_GLOB = "*.txt"

#: What a worker sends back: the item's path, then its record or the reason it has none.
Result: TypeAlias = tuple[str, dict[str, Any] | None, str | None]
#: A record that came out, with the path of its input relative to its folder argument.
Pair: TypeAlias = tuple[str, dict[str, Any]]

#: Items the pool may hold at once, per worker process and chunk: bounds memory.
_WINDOW_CHUNKS = 4
#: Items looked at before the pool starts, per worker, to size the pool and its chunks.
_PEEK_PER_JOB = 32
_MAX_CHUNKSIZE = 16
#: Seconds between looks at the pool's workers while waiting for a result.
_POLL = 0.25
#: Seconds a stopped pool may take to tidy up, twice, before it is left to the exiting process.
_CLOSE_TIMEOUT = 0.3
#: The signals that stop a batch (Ctrl-C, kill): the main process acts on them.
_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


@dataclasses.dataclass(frozen=True)
class Item:
    """One input: a file, the standard input, or an entry that could not be used."""

    path: str
    """As given or discovered; "-" for the standard input. Becomes the record's path."""
    rel: str
    """Path relative to the folder argument it came from (its name for a file argument)."""
    data: bytes | None = None
    """The standard input's bytes, read in the main process."""
    error: str | None = None
    """Why this entry cannot be processed, found during discovery."""


def discover(
    paths: Sequence[str], *, recursive: bool = False, pattern: str = DEFAULT_GLOB
) -> Iterator[Item]:
    """Every input of `paths`, in order: files as given, folders' matching files sorted.

    Folders yield the files whose name matches `pattern` (subfolders too when recursive,
    following symbolic links but not loops); names starting with "." are skipped.
    """
    for path in paths:
        if path == STDIN:
            yield Item(STDIN, "stdin")
        elif not _is_utf8(path):
            yield Item(printable(path), printable(path), error="file name is not valid UTF-8")
        elif os.path.isdir(path):
            found = False
            for item in _walk(path, "", recursive, pattern, frozenset()):
                found = True
                yield item
            if not found:
                yield Item(path, path, error=f"no files matching {pattern}")
        else:
            yield Item(path, os.path.basename(path))


def _walk(
    folder: str, rel: str, recursive: bool, pattern: str, seen: frozenset[tuple[int, int]]
) -> Iterator[Item]:
    try:
        stat = os.stat(folder)
        seen = seen | {(stat.st_dev, stat.st_ino)}
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        yield Item(folder, rel or folder, error=os_reason(exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(folder, entry.name)
        entry_rel = os.path.join(rel, entry.name) if rel else entry.name
        if not _is_utf8(entry.name):
            yield Item(printable(path), printable(entry_rel), error="file name is not valid UTF-8")
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False  # a broken link or a link loop: reading it will say which
        if not is_dir:
            if fnmatch.fnmatchcase(entry.name, pattern):
                yield Item(path, entry_rel)
            continue
        if not recursive:
            continue
        try:
            stat = os.stat(path)
        except OSError as exc:
            yield Item(path, entry_rel, error=os_reason(exc))
            continue
        if (stat.st_dev, stat.st_ino) in seen:
            yield Item(path, entry_rel, error="symbolic link loop")
            continue
        yield from _walk(path, entry_rel, recursive, pattern, seen)


def with_stdin(items: Iterable[Item], stdin: BinaryIO | None, max_size: int) -> Iterator[Item]:
    """The items, the standard input's bytes read (in this process) when its turn comes."""
    for item in items:
        if item.path == STDIN and item.error is None and item.data is None:
            try:
                data = stdin.read(max_size + 1) if stdin is not None else None
            except OSError as exc:
                item = dataclasses.replace(item, error=os_reason(exc))
            else:
                if data is None:
                    item = dataclasses.replace(item, error="no standard input")
                elif len(data) > max_size:
                    error = f"input too large (more than {max_size:,} bytes)"
                    item = dataclasses.replace(item, error=error)
                else:
                    item = dataclasses.replace(item, data=data)
        yield item


def load(item: Item, options: Options) -> tuple[str, str]:
    """The decoded text of an item and its encoding. Raises NewsxError."""
    if item.error is not None:
        raise NewsxError(item.error)
    if item.data is not None:
        return decode_bytes(item.data, options.encoding)
    return read_text(item.path, options)


def process(item: Item, options: Options) -> Result:
    """Read and extract one item: (path, record, None) or (path, None, reason). Never raises."""
    try:
        text, encoding = load(item, options)
        article = extract(text, options)
    except NewsxError as exc:
        return item.path, None, str(exc)
    except Exception as exc:  # a bug in one page's extraction must not end the batch
        return item.path, None, f"internal error: {type(exc).__name__}: {exc}"
    record = dataclasses.replace(article, path=item.path, encoding=encoding).to_dict()
    return item.path, record, None


def run(items: Iterable[Item], options: Options, *, jobs: int = 1) -> Generator[Result, None, None]:
    """Process the items on `jobs` processes, yielding results in input order as they come.

    With one job or a single item no pool is started. Closing the generator early (or an
    exception such as KeyboardInterrupt while it waits) terminates the pool.
    """
    it = iter(items)
    peek = max(2, jobs * _PEEK_PER_JOB)
    head = list(islice(it, peek))
    if jobs <= 1 or len(head) <= 1:
        for item in chain(head, it):
            yield process(item, options)
        return
    total = len(head) if len(head) < peek else None
    processes = min(jobs, total) if total else jobs
    chunksize = max(1, min(_MAX_CHUNKSIZE, (total or peek) // (processes * 4)))
    yield from _pooled(chain(head, it), options, processes, chunksize)


def records(
    items: Iterable[Item],
    options: Options,
    *,
    jobs: int = 1,
    on_result: Callable[[str, str | None], None],
) -> Generator[Pair, None, None]:
    """(item.rel, record) for each item that gave a record, in order, via `run`.

    on_result(path, error) is called once per item, error None on success, before the
    record is yielded.
    """
    rels: deque[str] = deque()  # results come back in item order: pair them up

    def tapped() -> Iterator[Item]:
        for item in items:
            rels.append(item.rel)
            yield item

    with closing(run(tapped(), options, jobs=jobs)) as results:  # stops the pool early
        for path, record, error in results:
            rel = rels.popleft()
            on_result(path, (error or "failed") if record is None else None)
            if record is not None:
                yield rel, record


def process_chunk(chunk: list[Item], options: Options) -> list[Result]:
    """`process` over a chunk of items: the task a pool worker runs."""
    return [process(item, options) for item in chunk]


def _pooled(
    items: Iterator[Item], options: Options, processes: int, chunksize: int
) -> Generator[Result, None, None]:
    # Pool.imap over chunks of items, as imap(chunksize=n) does inside, but with an
    # iterator whose next() takes a timeout, so that the main thread wakes up now and
    # then: to act on a signal the OS gave to one of the pool's threads (only the main
    # thread runs Python's signal handlers), and to notice dead workers, whose tasks
    # would otherwise be waited for for ever.
    import multiprocessing

    window = threading.Semaphore(processes * chunksize * _WINDOW_CHUNKS)
    stop = threading.Event()

    def chunks() -> Iterator[list[Item]]:
        # Runs in the pool's task thread; holds back once the window is full.
        chunk: list[Item] = []
        for item in items:
            while not window.acquire(timeout=0.05):
                if stop.is_set():
                    return
            chunk.append(item)
            if len(chunk) == chunksize:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    before = set(multiprocessing.active_children())
    # Ctrl-C and SIGTERM wait while the pool starts: its workers and threads are born
    # blocking them (a worker unblocks them once it ignores SIGINT), and no worker can be
    # started but left untracked by an exception.
    masked = _mask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        pool = multiprocessing.Pool(processes, initializer=_init_worker)
    except BaseException:
        _mask(signal.SIG_SETMASK, masked)
        raise
    workers = set(multiprocessing.active_children()) - before
    finished = False
    try:
        _mask(signal.SIG_SETMASK, masked)  # a signal that came meanwhile is raised here
        results = pool.imap(partial(process_chunk, options=options), chunks())
        while True:
            try:
                done = results.next(timeout=_POLL)
            except multiprocessing.TimeoutError:
                _check_workers(workers)
                continue
            except StopIteration:
                break
            for result in done:
                window.release()
                yield result
        finished = True
    finally:
        stop.set()
        if finished:
            pool.close()
            pool.join()
        else:
            _abandon(pool, before)


def _check_workers(workers: set[Any]) -> None:
    """Raise if a pool worker has ended: they only end when the pool is closed."""
    for worker in workers:
        code = worker.exitcode
        if code is None:
            continue
        if -code in _STOP_SIGNALS:
            # Ctrl-C or SIGTERM went to the process group and this process missed it.
            signal.raise_signal(-code)
        raise NewsxError(f"a worker process ended unexpectedly (exit status {code})")


def _mask(how: int, signals: Iterable[int] | None) -> set[int] | None:
    """pthread_sigmask where there is one; returns the previous mask."""
    if signals is None or not hasattr(signal, "pthread_sigmask"):
        return None
    return set(signal.pthread_sigmask(how, signals))


def _abandon(pool: Any, before: set[Any]) -> None:
    """Stop a pool at once (Ctrl-C, SIGTERM, closed output) without ever hanging.

    A worker stopped by a signal may die half-way through writing a result, leaving the
    pool's pipes or locks unusable, so that pool.terminate() waits forever. It gets a
    moment in a thread of its own; then any worker still there is killed, and it is left.
    """
    import multiprocessing

    closer = threading.Thread(target=pool.terminate, name="newsx-pool-closer", daemon=True)
    closer.start()
    closer.join(timeout=_CLOSE_TIMEOUT)
    for worker in set(multiprocessing.active_children()) - before:  # what is left
        with suppress(Exception):
            worker.kill()
    if closer.is_alive():
        closer.join(timeout=_CLOSE_TIMEOUT)


@contextmanager
def sigterm_raises(exception: type[BaseException]) -> Iterator[None]:
    """Within the block, SIGTERM raises `exception` in the main thread (elsewhere: no-op)."""

    owner = os.getpid()

    def handler(signum: int, frame: object) -> None:
        if os.getpid() != owner:  # a pool worker forked a moment ago: just end it
            os._exit(128 + signum)
        raise exception()

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _init_worker() -> None:
    # Ctrl-C is the main process's business (it stops the pool); SIGTERM, once inherited
    # from the main process's handler, goes back to simply ending the worker.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _mask(signal.SIG_UNBLOCK, _STOP_SIGNALS)


def os_reason(exc: OSError) -> str:
    """A short lower-case reason for an OSError, in the words of newsx.read_text."""
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    reason = exc.strerror or str(exc)
    return reason[:1].lower() + reason[1:]


def printable(path: str) -> str:
    """A path fit for a message: undecodable bytes of its name shown as \\xNN escapes."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _is_utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
