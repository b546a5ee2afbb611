"""The extraction of a batch, in input order, on a process pool.

`process` never raises; `run` yields one (path, record, error) per item, in input order, streamed:
with jobs > 1, Pool.imap over chunks of items (`process_chunk`), a bounded number of items
in flight, so memory does not grow with the number of files.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import closing, contextmanager, suppress
from functools import partial
from itertools import chain, islice
from typing import Any, TypeAlias

from newsx.errors import NewsxError
from newsx.io.inputs import Item, load
from newsx.records import Options

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


def process(item: Item, options: Options) -> Result:
    """Read and extract one item: (path, record, None) or (path, None, reason). Never raises."""
    from newsx.api import extract_decoded  # not at import: `newsx --version` is quick

    try:
        text, encoding, replaced = load(item, options)
        article = extract_decoded(text, _with_capture_day(options, item))
    except NewsxError as exc:
        return item.path, None, str(exc)
    except Exception as exc:  # a bug in one page's extraction must not end the batch
        return item.path, None, f"internal error: {type(exc).__name__}: {exc}"
    record = dataclasses.replace(
        article,
        path=item.path,
        url=item.url or article.url,
        warc_date=item.warc_date,
        encoding=encoding,
        decode_errors=replaced,
    ).to_dict()
    return item.path, record, None


def _with_capture_day(options: Options, item: Item) -> Options:
    """A web archive's page counts relative dates from its capture day, unless the options
    set a reference date."""
    if item.warc_date is None or options.reference_date is not None:
        return options
    from newsx.meta.stated_dates import capture_day

    day = capture_day(item.warc_date)
    return options if day is None else dataclasses.replace(options, reference_date=day)


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
