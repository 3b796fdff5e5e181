"""The worker processes a long run spreads its work over, started once and shared by its stages.

Reading a run of pages, finding each term's phrases and rendering a deck's terms are each
many independent jobs of a few milliseconds, done in the order of their inputs. On a
machine of several cores they go to spawned worker processes and their results come back
in the same order, so that what is built does not depend on how many workers did it.
The workers are started when a stage first has enough jobs to be worth it, and serve
every later stage of the run (a new pool per stage and deck would cost its start each time).
"""

from __future__ import annotations

import gc
import os
import pickle
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from .collect import GC_THRESHOLD

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

Item = TypeVar("Item")
Result = TypeVar("Result")


def workers() -> int:
    """Return how many processes may work at once: the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def chunk_size(jobs: int, count: int) -> int:
    """Return how many jobs to send a worker at a time: few enough that the workers end
    together, enough that sending them costs little."""
    return max(1, min(64, jobs // (count * 8)))


class Workers:
    """Worker processes for one run, started at first use and stopped by ``close``.

    ``map(job, items, context, at_least)`` gives ``job(context, item)`` for each item;
    ``context`` (what every job of the stage shares: a deck's inputs, say) reaches each
    worker once per stage, whatever the number of items.
    """

    def __init__(self, count: int | None = None, imports: Sequence[str] = ()):
        self.count = workers() if count is None else count
        #: Modules each worker imports as it starts, before it is sent any work: those of
        #: the jobs to come, so that a worker started early (``start``) gets them ready.
        self.imports = tuple(imports)
        self._pool: Pool | None = None
        self._unavailable = False
        self._stage = 0

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the workers, if they were started."""
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def start(self) -> None:
        """Start the workers now, ahead of the first ``map`` that will use them, so that
        they get ready while this process goes on (nothing on one core)."""
        if self.count >= 2:
            self._start()

    @property
    def started(self) -> bool:
        return self._pool is not None

    def map(self, job: Callable[[Any, Item], Result], items: Sequence[Item], context: object = None,
            at_least: int = 1) -> Iterator[Result] | None:
        """Return an iterator over ``job(context, item)`` for each of ``items``, in order,
        worked out by the workers; or None, for the caller to do the work itself, when that
        is as quick: one core, fewer than ``at_least`` items while no worker has started,
        or no process pool on this system (no shared semaphores, say).

        ``job`` must be a function of a module (workers import it by name), and an
        iterator returned must be used up before the next ``map``.
        """
        if self.count < 2 or not items or (self._pool is None and len(items) < at_least):
            return None
        pool = self._start()
        if pool is None:
            return None
        self._stage += 1
        shared = pickle.dumps(context, protocol=pickle.HIGHEST_PROTOCOL)
        size = chunk_size(len(items), self.count)
        chunks = [(job, self._stage, shared, items[k:k + size]) for k in range(0, len(items), size)]
        return (result for results in pool.imap(_run, chunks) for result in results)

    def _start(self) -> Pool | None:
        if self._pool is None and not self._unavailable:
            import multiprocessing

            # Spawned, not forked: a fresh interpreter per worker is safe whatever threads
            # the caller runs.
            try:
                self._pool = multiprocessing.get_context("spawn").Pool(self.count, initializer=_start_worker,
                                                                       initargs=(self.imports,))
            except OSError:
                self._unavailable = True
        return self._pool


def _start_worker(imports: Sequence[str]) -> None:
    import importlib

    gc.set_threshold(*GC_THRESHOLD)  # see collect.fewer_collections; a worker lives for one run
    for name in imports:
        importlib.import_module(name)


#: The stage whose context this worker holds, and the context.
_context: tuple[int, object] = (0, None)


def _run(chunk: tuple[Callable[[Any, Any], Any], int, bytes, Sequence[Any]]) -> list[Any]:
    global _context
    job, stage, shared, items = chunk
    if _context[0] != stage:
        _context = (stage, pickle.loads(shared))
    return [job(_context[1], item) for item in items]
