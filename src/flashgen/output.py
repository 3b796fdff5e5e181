"""Write output files so that readers never see half of one; lock and tidy an output folder."""

from __future__ import annotations

import errno
import fcntl
import itertools
import os
import re
import signal
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import OutputError

#: Every temporary file flashgen makes starts with this, whatever the name of the file it
#: stands for, so that its name stays short and a later build can recognise it.
TEMP_PREFIX = ".flashgen-"

# Temporary files: ours (".flashgen-<pid>-<n>.tmp", genanki's database ".flashgen-*.anki2"
# with SQLite's journal files), and those of earlier versions, named after their target
# (".<package>.apkg.<pid>.tmp", "..flashgen-manifest.json.<pid>.<n>.tmp").
_LEFTOVER_RE = re.compile(
    r"^(?:\.flashgen-[^/]*\.(?:tmp|anki2|anki2-journal|anki2-wal|anki2-shm)"
    r"|\.[^/]+\.apkg\.\d+\.tmp|\.\.flashgen-manifest\.json\.\d+\.\d+\.tmp)$")
_counter = itertools.count()


def temporary_path(folder: Path, suffix: str = ".tmp") -> Path:
    """Return a fresh name for a temporary file in ``folder``: short, and known as flashgen's."""
    return folder / f"{TEMP_PREFIX}{os.getpid()}-{next(_counter)}{suffix}"


def is_leftover(name: str) -> bool:
    """Return whether ``name`` is a temporary file that flashgen makes (see ``remove_leftovers``)."""
    return bool(_LEFTOVER_RE.match(name))


def remove_leftovers(folder: Path) -> list[str]:
    """Delete the temporary files an interrupted run left in ``folder``; return their names.

    Only call this holding the folder's lock (``folder_lock``): a running build's files
    would otherwise be taken from under it.
    """
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if is_leftover(entry.name) and entry.is_file(follow_symlinks=False):
            try:
                os.unlink(entry.path)
            except OSError:
                continue  # reported, if it matters, when the build writes
            removed.append(entry.name)
    return removed


@contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on an output folder; stop at once if another run holds it.

    The lock is the kernel's (``flock``) on the folder itself, so no lock file is left
    in it, and it ends with the process that holds it however that process ends: a
    killed build never leaves the folder locked.
    """
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError as exc:
        raise OutputError(f"cannot open the output folder: {exc.strerror or exc}", folder) from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN):
                raise OutputError(f"cannot lock the output folder: {exc.strerror or exc}", folder) from exc
            raise OutputError("another flashgen build is writing into this folder; run this one "
                              "when it has finished", folder) from None
        yield
    finally:
        os.close(fd)  # closing releases the lock


@contextmanager
def interrupts_deferred() -> Iterator[None]:
    """Let Ctrl-C (SIGINT) wait until the block has run, then raise KeyboardInterrupt.

    Used while a build moves its packages into place, so that an interrupt leaves the
    new set complete rather than half moved. SIGKILL cannot be deferred; the manifest
    says what holds then (see ``build.build``).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: received.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if received:
        raise KeyboardInterrupt


def write_atomic(path: str | os.PathLike, data: bytes | Iterable[bytes], what: str = "output") -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder; return nothing.

    The temporary file sits next to the target so that ``os.replace`` is a rename within
    one file system: the old file stays whole until the new one is complete. ``what``
    names the file in error messages ("term file", "build manifest", ...).
    """
    dest = Path(path)
    _move_into_place([(_write_temporary(dest, data, what), dest)], what)


def write_all_atomic(files: Iterable[tuple[Path, bytes | Iterable[bytes]]], what: str = "output") -> None:
    """Write every file, or none: each to a temporary file first, then all moved into place.

    A failure while any of them is written (a full disk) removes the temporary files and
    leaves every target as it was. Ctrl-C while they move waits until all have moved.
    """
    written: list[tuple[Path, Path]] = []
    try:
        for dest, data in files:
            written.append((_write_temporary(dest, data, what), dest))
    except BaseException:
        _move_into_place(written, what, moving=False)
        raise
    with interrupts_deferred():
        _move_into_place(written, what)


def _move_into_place(written: list[tuple[Path, Path]], what: str, moving: bool = True) -> None:
    """Move each temporary file onto its target, in order; remove the ones not moved.

    With ``moving`` false, only remove them (a run that failed before all were written).
    """
    left = list(written)
    try:
        while moving and left:
            tmp, dest = left[0]
            try:
                os.replace(tmp, dest)
            except OSError as exc:
                raise OutputError(f"cannot write the {what}: {exc.strerror or exc}", dest) from exc
            left.pop(0)
    finally:
        for tmp, _ in left:
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass  # a read-only or vanished folder: the error raised is the one to report


def _write_temporary(dest: Path, data: bytes | Iterable[bytes], what: str) -> Path:
    """Write ``data`` to a new temporary file next to ``dest``, synced to disk; return its path."""
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the folder for the {what}: {exc.strerror or exc}",
                          dest.parent) from exc
    tmp: Path | None = None
    try:
        for _ in range(100):
            candidate = temporary_path(dest.parent)
            try:
                # 0o666 lets the umask decide the final mode, as for any new file.
                fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            except FileExistsError:
                continue
            tmp = candidate
            break
        else:
            raise OutputError(f"cannot create a temporary file next to the {what}", dest)
        with os.fdopen(fd, "wb") as fh:
            # Pieces are written as they come, so a large file need not be held whole.
            for piece in (data,) if isinstance(data, bytes) else data:
                fh.write(piece)
            fh.flush()
            os.fsync(fh.fileno())
        done, tmp = tmp, None
        return done
    except OSError as exc:
        raise OutputError(f"cannot write the {what}: {exc.strerror or exc}", dest) from exc
    finally:
        if tmp is not None:
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass  # a read-only or vanished folder: the error above is the one to report
