"""The errors flashgen reports to its users.

Every error a user can cause by their input is a ``FlashgenError``; the CLI catches only
this class, prints its message on one line and exits with status 1.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, located as precisely as we know."""

    path: str | None
    line: int | None
    message: str

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return one_line(f"{where}{self.message}")


_UNPRINTABLE_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def one_line(text: str) -> str:
    """Return ``text`` fit for one line of a terminal: line breaks become spaces, and other
    control characters (from file names or quoted input) are shown as escapes (``\\x1b``)."""
    def shown(match: re.Match) -> str:
        char = match.group()
        if char in "\n\r\t":
            return " "
        return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"
    return _UNPRINTABLE_RE.sub(shown, text)


def counted(count: int, noun: str) -> str:
    """Return a count with its noun, in the plural unless it is one: "1 page", "3 pages"."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


@lru_cache(maxsize=8)
def _real_folder(cwd: str) -> str:
    return os.path.realpath(cwd)


def display_path(path: str | Path) -> str:
    """Return ``path`` relative to the working directory when it lies below it.

    Both are compared with their links resolved. Called for every source file (its
    Source field and messages), so it resolves the path once and compares strings;
    the working folder is resolved once for each folder it is.
    """
    shown = str(Path(path))
    real = os.path.realpath(shown)
    folder = _real_folder(os.getcwd())
    if real == folder:
        return "."
    prefix = folder if folder.endswith(os.sep) else folder + os.sep
    if real.startswith(prefix):
        return real[len(prefix):]
    return shown


class FlashgenError(Exception):
    """Base class of every error caused by the user's input or settings."""

    #: What the user can do about it, said once after the problems ("" when nothing is to say).
    hint: str = ""

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        self.problems: tuple[Problem, ...] = (
            Problem(display_path(path) if path is not None else None, line, message),
        )
        super().__init__(str(self.problems[0]))

    @classmethod
    def from_problems(cls, problems: list[Problem] | tuple[Problem, ...], hint: str = "") -> "FlashgenError":
        """Return one error carrying every problem found, first one as its message."""
        err = cls.__new__(cls)
        err.problems = tuple(problems)
        err.hint = hint
        text = str(problems[0])
        if len(problems) > 1:
            text += f" (and {len(problems) - 1} more)"
        Exception.__init__(err, text)
        return err


class ValidationError(FlashgenError):
    """Source files that cannot be read or do not follow the term file format."""


class TemplateError(FlashgenError):
    """A card template that is missing, malformed or uses an unknown variable."""


class OutputError(FlashgenError):
    """An output that cannot be written, or two outputs that would collide."""
