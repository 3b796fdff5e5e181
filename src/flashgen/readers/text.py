"""Read plain text pages (``.txt``): text copied from a web page or typed by hand."""

from __future__ import annotations

from .base import Reader, register
from .lines import Line, page_lines


@register
class TextReader(Reader):
    """A plain text page; its lines are the file's lines, headings are guessed from their shape."""

    suffixes = (".txt",)
    label = "text"
    rank = 1

    def lines(self, text: str, path: str) -> list[Line]:
        """Return the file's lines, numbered from 1."""
        return page_lines(text)
