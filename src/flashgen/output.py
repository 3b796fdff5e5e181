"""Write output files so that readers never see half of one."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from .errors import OutputError


def write_atomic(path: str | os.PathLike, data: bytes | Iterable[bytes], what: str = "output") -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder; return nothing.

    The temporary file sits next to the target so that ``os.replace`` is a rename within
    one file system: the old file stays whole until the new one is complete. ``what``
    names the file in error messages ("term file", "build manifest", ...).
    """
    dest = Path(path)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the folder for the {what}: {exc.strerror or exc}",
                          dest.parent) from exc
    tmp: Path | None = None
    try:
        for attempt in range(100):
            candidate = dest.parent / f".{dest.name}.{os.getpid()}.{attempt}.tmp"
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
        os.replace(tmp, dest)
        tmp = None
    except OSError as exc:
        raise OutputError(f"cannot write the {what}: {exc.strerror or exc}", dest) from exc
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
