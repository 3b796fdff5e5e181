"""The interface every page reader implements, and the registry that picks one by file ending."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from .lines import Line


class Reader:
    """One input format: the file endings it takes and how its text becomes numbered lines.

    A reader only lays a page out as lines (headings as markdown ``#`` lines where the
    format marks them); decoding, noise, naming and sections are shared by every format.
    """

    #: The lower-case file endings this reader takes, with their dot.
    suffixes: ClassVar[tuple[str, ...]] = ()
    #: What the format is called in messages.
    label: ClassVar[str] = ""
    #: Where the format comes in lists of endings (lower first), whatever the import order.
    rank: ClassVar[int] = 100

    def lines(self, text: str, path: str) -> list[Line]:
        """Return the page's text as numbered lines; raise ``ValidationError`` if unreadable."""
        raise NotImplementedError


_READERS: list[Reader] = []


def register(reader: type[Reader]) -> type[Reader]:
    """Add a reader class to the registry; return it unchanged (for use as a decorator)."""
    _READERS.append(reader())
    return reader


def readers() -> tuple[Reader, ...]:
    """Return every registered reader, by rank."""
    return tuple(sorted(_READERS, key=lambda r: r.rank))


def reader_for(path: str | Path) -> Reader | None:
    """Return the reader for a file by its ending, or None when no reader takes it."""
    suffix = Path(path).suffix.lower()
    for reader in _READERS:
        if suffix in reader.suffixes:
            return reader
    return None
