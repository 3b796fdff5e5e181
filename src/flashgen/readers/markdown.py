"""Read markdown pages (``.md``): ``#`` headings, lists and emphasis as written."""

from __future__ import annotations

from .base import Reader, register
from .lines import Line, page_lines


@register
class MarkdownReader(Reader):
    """A markdown page; ``#`` lines are headings, a first ``# Title`` names the term."""

    suffixes = (".md",)
    label = "markdown"

    def lines(self, text: str, path: str) -> list[Line]:
        """Return the file's lines, numbered from 1."""
        return page_lines(text)
