"""A page as numbered lines: the shape every reader gives its text, and what a line looks like."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Heading limits: page headings are a few words ("Clinical Applications"); anything longer
# is a sentence that happens to lack a full stop.
_HEADING_MAX_WORDS = 8
_HEADING_MAX_CHARS = 60

MD_HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
LIST_RE = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+\S")
RULE_RE = re.compile(r"^\s*([-*_])(?:\s*\1){2,}\s*$")
_SENTENCE_END_RE = re.compile(r"[.!?…。！？][\"'”’)\]」』]*$")
# Split after the full stop and any closing quote, keeping both with their sentence.
_SENTENCE_SPLIT_RE = re.compile(
    r"(?:(?<=[.!?…])|(?<=[.!?…][\"'”’)\]]))\s+(?=[\"“‘(\[]?[A-Z0-9])"
)
_EMPHASIS_RE = re.compile(r"^(\*\*|__|\*|_)(.+)\1$")


@dataclass(frozen=True)
class Line:
    """One line of a page: its 1-based number in the file and its stripped text."""

    number: int  # 1-based, counting the page's original lines
    text: str  # stripped


def page_lines(text: str) -> list[Line]:
    # Split on line breaks only: str.splitlines would also split on form feeds and
    # Unicode separators and shift every line number after them.
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return [Line(i, raw.strip()) for i, raw in enumerate(text.split("\n"), start=1)]


def normal_line(text: str) -> str:
    """Return the line in lower case with single spaces: how lines are compared across pages."""
    # str.split() splits on exactly the characters the pattern \s matches; five times as
    # fast as re.sub, and every line of every page is compared this way.
    return " ".join(text.split()).casefold()


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END_RE.search(text))


def heading_text(text: str) -> str | None:
    """Return the heading a line is (without ``#`` marks, colon, emphasis), or None."""
    md = MD_HEADING_RE.match(text)
    if md:
        inner = md.group(2).rstrip(":").strip()
        return strip_emphasis(inner) or None
    if LIST_RE.match(text) or RULE_RE.match(text):
        return None
    inner = strip_emphasis(text.rstrip(":").strip())
    if not inner or len(inner) > _HEADING_MAX_CHARS:
        return None
    if len(inner.split()) > _HEADING_MAX_WORDS:
        return None
    if inner[-1] in ".!?…,;" or ends_sentence(inner):
        return None
    if not any(c.isalpha() for c in inner):
        return None
    label = re.match(r"[^:]+:\s+(\S)", inner)
    if label and not label.group(1).isupper():
        # "Reference range: 30 to 300 µg/L" is a label and its value, not a heading.
        return None
    return inner


def strip_emphasis(text: str) -> str:
    match = _EMPHASIS_RE.match(text)
    return match.group(2).strip() if match else text


def rough_sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_SPLIT_RE.split(text.strip()) if s.strip()]


@dataclass(frozen=True)
class Paragraph:
    """A paragraph's text, its first line number and the page lines it was made of."""

    text: str
    line: int
    lines: tuple[Line, ...]
