"""Read plain text pages (``.txt``): text copied from a web page or typed by hand."""

from __future__ import annotations

import re

from .base import Reader, register
from .lines import LIST_RE, Line, ends_sentence, page_lines, rough_sentences


@register
class TextReader(Reader):
    """A plain text page; its lines are the file's lines, headings are guessed from their shape."""

    suffixes = (".txt",)
    label = "text"
    rank = 1

    def lines(self, text: str, path: str) -> list[Line]:
        """Return the file's lines, numbered from 1, with question headings marked as headings."""
        return question_headings(page_lines(text))


# A question heading asks about its subject ("What causes it?", "Who is at risk?"); the
# site's question to the reader does not open so ("Ready to rope up?", "Spotted an error?").
_ASKS_RE = re.compile(
    r"¿?(?:what|why|how|when|where|which|who|whose|is|are|does|do|did|can|should|will|"
    # The question words of the languages pages most often come in: a page is read as it is.
    r"wie|was|warum|wann|wo|wer|welche[rsmn]?|woher|wozu|"
    r"come|cosa|che|perché|quando|dove|chi|quali?|"
    r"comment|que|qu'est-ce|pourquoi|quand|où|qui|quel(?:le)?s?|"
    r"cómo|qué|por qué|cuándo|dónde|quién|cuál(?:es)?|"
    r"hoe|wat|waarom|wanneer|waar|"
    r"jak|co|dlaczego|kiedy|gdzie|kto)(?!\w)",
    re.IGNORECASE)
_QUESTION_HEADING_MAX_WORDS = 10
# Prose under a heading is a sentence of some length, not a button or a stamp ("Reply · 3 likes").
_PROSE_MIN_WORDS = 6


_STEP_RE = re.compile(r"^\s*\d{1,3}[.)]\s+\S")

# A page copied from a browser puts each paragraph on a line of its own, longer than a
# hand-wrapped line: the end of such a line is a break too.
_PARAGRAPH_LINE_MIN_CHARS = 120


def _after_break(before: str) -> bool:
    """Return whether a line stands after a break: a blank line, a list item, or the end of a
    paragraph written on one line."""
    return (not before or bool(LIST_RE.match(before))
            or (ends_sentence(before) and len(before) > _PARAGRAPH_LINE_MIN_CHARS))


def question_headings(lines: list[Line]) -> list[Line]:
    """Return the lines with each question that stands as a heading marked ``## …``.

    A text page copied from the web loses its heading marks; a question keeps its question
    mark and so reads as a sentence. It is a heading when it stands on a line of its own after
    a break, below the page's first paragraph of prose, asks about its subject in a few words,
    and has a paragraph of prose right under it, as the page's other headings have.
    """
    out = list(lines)
    prose_seen = False
    for index, line in enumerate(lines):
        text = line.text
        if not text:
            continue
        if not prose_seen:
            prose_seen = ends_sentence(text) and len(text.split()) >= 8 and not text.endswith("?")
            continue
        below = lines[index + 1].text if index + 1 < len(lines) else ""
        if not below and index + 2 < len(lines):
            # "When should it be done?", a blank line, then its answer or its steps.
            below = lines[index + 2].text
        before = lines[index - 1].text if index else ""
        # A question over numbered steps ("How is it done?" over "1. Mix …") heads them even on
        # a page without blank lines, when it starts afresh after a finished sentence.
        steps = bool(_STEP_RE.match(below)) and ends_sentence(before)
        if (text.endswith("?") and (_after_break(before) or steps) and len(rough_sentences(text)) == 1
                and len(text.split()) <= _QUESTION_HEADING_MAX_WORDS and text.lstrip("¿¡")[:1].isupper()
                and _ASKS_RE.match(text) and ends_sentence(below) and not below.endswith("?")
                and len(below.split()) >= _PROSE_MIN_WORDS):
            out[index] = Line(line.number, "## " + text)
    return out
