"""The worker processes a long build spreads its work over: how many may run, and a pool of them.

Reading a run of pages and rendering a deck's terms are each many independent jobs of a
few milliseconds, done in order of the inputs; on a machine of several cores they are
shared out to spawned worker processes, and their results come back in the same order,
so that what is built does not depend on how many workers did it.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from .collect import GC_THRESHOLD

if TYPE_CHECKING:
    from multiprocessing.pool import Pool


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


@contextmanager
def worker_pool(count: int, initializer: Callable[..., None], initargs: tuple[Any, ...] = ()) -> Iterator[Pool | None]:
    """Give a pool of ``count`` worker processes, each started with ``initializer(*initargs)``,
    or None where this system gives no process pool (no shared semaphores, say): the caller
    then does the work itself."""
    import multiprocessing

    # Spawned, not forked: a fresh interpreter per worker is safe whatever threads the
    # caller runs.
    context = multiprocessing.get_context("spawn")
    try:
        pool = context.Pool(count, initializer=_start, initargs=(initializer, initargs))
    except OSError:
        yield None
        return
    with pool:
        yield pool


def _start(initializer: Callable[..., None], initargs: tuple[Any, ...]) -> None:
    gc.set_threshold(*GC_THRESHOLD)  # see collect.fewer_collections; a worker lives for one build
    initializer(*initargs)
