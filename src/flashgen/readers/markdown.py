"""Read markdown pages (``.md``): ``#`` headings, lists and emphasis as written."""

from __future__ import annotations

from .base import register
from .text import TextReader


@register
class MarkdownReader(TextReader):
    """A markdown page; its lines as written, ``#`` lines are headings, a first ``# Title`` names the term."""

    suffixes = (".md",)
    label = "markdown"
    rank = 2
