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
# A rule: "---", "* * *", and a line of nothing but long dashes or box lines ("—", "────")
# that a page copied as text puts where its rule was.
RULE_RE = re.compile(r"^\s*(?:([-*_])(?:\s*\1){2,}|[—–―─━═]+)\s*$")
_SENTENCE_END_RE = re.compile(r"[.!?…。！？][\"'”’)\]」』]*$")
# Split after the full stop and any closing quote, keeping both with their sentence.
# The stop of a short title before a name ("St. Anthony", "Dr. Lee", "Mt. Fuji") ends no sentence.
_SENTENCE_SPLIT_RE = re.compile(
    r"(?:(?<=[.!?…])(?<!\b[A-Z][a-z]\.)|(?<=[.!?…][\"'”’)\]]))\s+(?=[\"“‘(\[]?[A-Z0-9])"
)
_EMPHASIS_RE = re.compile(r"^(\*\*|__|\*|_)(.+)\1$")


@dataclass(frozen=True)
class Line:
    """One line of a page: its 1-based number in the file and its stripped text."""

    number: int  # 1-based, counting the page's original lines
    text: str  # stripped
    quoted: bool = False  # set off as a quotation (markdown's "> …"), its marks dropped
    row: bool = False  # a row of a table, said as a sentence: a line of its own in its section


def page_lines(text: str) -> list[Line]:
    # Split on line breaks only: str.splitlines would also split on form feeds and
    # Unicode separators and shift every line number after them.
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return [Line(i, clean_text(raw)) for i, raw in enumerate(text.split("\n"), start=1)]


# Characters a browser does not show: zero-width spaces that documentation sites put after
# a heading's anchor, word joiners, a BOM inside the text, soft hyphens. Left in, they make
# "Pitfalls" a different heading from "Pitfalls". Joiners that shape scripts (U+200C/D) stay.
_INVISIBLE_RE = re.compile("[\u200b\u2060\ufeff\u00ad]")
# Reference marks of a wiki or a paper: "[1]", "[2][3]", "[a]" right after a word or a
# stop, and bracketed editorial notes ("[citation needed]", "[clarification needed]").
_REFERENCE_MARK_RE = re.compile(
    r"(?:(?<=[.,;:!?)\"”’])|(?<=[^\W\d_]{3}))(?:\[(?:\d{1,3}|note \d{1,3})\])+(?=[\s.,;:!?)\"”’]|$)"
    r"|(?<=[.,;:!?)\"”’])(?:\[[a-z]\])+(?=\s|$)"
    # A markdown footnote's mark ("… seconds.[^1]"), not its text ("[^1]: Notes …").
    r"|(?<=\S)\[\^[\w-]{1,20}\](?!:)"
    r"|\s?\[(?:citation|clarification|verification|attribution|page|year|when|who|which|by whom|"
    r"according to whom|dubious|disputed|failed verification|better source)[^\]]{0,30}\]",
    re.IGNORECASE,
)


# The anchor a documentation page puts after a heading: "Allophone ¶".
# And the edit link a wiki puts after one: "History[edit]", "Forms [edit source]".
_ANCHOR_MARK_RE = re.compile(r"\s*(?:[¶§🔗]|\[\s*edit(?:\s+source)?\s*(?:\|\s*edit source\s*)?\])\s*$")


def clean_text(text: str) -> str:
    """Return a line's text stripped, without invisible characters, reference and anchor marks."""
    text = _ANCHOR_MARK_RE.sub("", _INVISIBLE_RE.sub("", text))
    if "[" in text:
        text = _REFERENCE_MARK_RE.sub("", text)
    return text.strip()


def normal_line(text: str) -> str:
    """Return the line in lower case with single spaces: how lines are compared across pages."""
    # str.split() splits on exactly the characters the pattern \s matches; five times as
    # fast as re.sub, and every line of every page is compared this way.
    return " ".join(text.split()).casefold()


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END_RE.search(text))


# A transcription between slashes or square brackets, as dictionaries give it ("/ˈfɜːn/"):
# it holds a sign of the phonetic alphabet, which a path ("/etc/") does not.
_PRONUNCIATION_RE = re.compile(r"^(?:/[^/\s][^/]{0,40}/|\[[^\]\s][^\]]{0,40}\])(?:\s|$)")
_PHONETIC_SIGNS = frozenset("ˈˌːəɪʊʃʒθðŋɑɒɔɛæʌɜɐɚɝʔɾɲʎχɣβɸ")


def _is_pronunciation(text: str) -> bool:
    found = _PRONUNCIATION_RE.match(text)
    return found is not None and any(c in _PHONETIC_SIGNS for c in found.group(0))


def heading_text(text: str) -> str | None:
    """Return the heading a line is (without ``#`` marks, colon, emphasis), or None."""
    md = MD_HEADING_RE.match(text)
    if md:
        inner = md.group(2).rstrip(":").strip()
        return strip_emphasis(inner) or None
    if LIST_RE.match(text) or RULE_RE.match(text) or (text.startswith("|") and text.endswith("|")):
        return None  # a list item, a rule, a table's row
    inner = strip_emphasis(text.rstrip(":").strip())
    if not inner or len(inner) > _HEADING_MAX_CHARS:
        return None
    if len(inner.split()) > _HEADING_MAX_WORDS:
        return None
    if inner[-1] in ".!?…,;" or ends_sentence(inner):
        return None
    if not any(c.isalpha() for c in inner) or (inner.startswith("`") and inner.endswith("`")):
        return None  # no words, or a line of code
    if _is_pronunciation(inner):
        return None  # how the term is said ("/klwɑːzəˈneɪ/ · from French …"), not a heading
    label = re.match(r"[^:]+:\s+(\S)", inner)
    if label and not label.group(1).isupper():
        # "Reference range: 30 to 300 µg/L" is a label and its value, not a heading.
        return None
    return inner


def strip_emphasis(text: str) -> str:
    match = _EMPHASIS_RE.match(text)
    return match.group(2).strip() if match else text


def without_lead_bold(text: str) -> str:
    """Return a paragraph without the bold marks round its first words ("**Supersedure** is …")."""
    return re.sub(r"^(\*\*|__)(.+?)\1", r"\2", text)


def rough_sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_SPLIT_RE.split(text.strip()) if s.strip()]


_QUESTION_LABEL_RE = re.compile(r"^(?:\*\*)?(?:Q|Question)\s*\d*\s*[:.)]\s*(?:\*\*)?\s*(?P<text>\S.*)$")
_ANSWER_LABEL_RE = re.compile(r"^(?:\*\*)?(?:A|Answer)\s*\d*\s*[:.)]\s*(?:\*\*)?\s*(?P<text>\S.*)$")


def unlabelled_questions(lines: list[Line]) -> list[Line]:
    """Return an FAQ's "Q: …" / "A: …" lines as a heading per question over its answer.

    A page of two or more labelled questions, each answered, reads like a page of question
    headings; elsewhere "A: …" and "Q: …" are left as written.
    """
    questions = [i for i, line in enumerate(lines) if _QUESTION_LABEL_RE.match(line.text)
                 and line.text.rstrip().endswith("?")]
    answers = [i for i, line in enumerate(lines) if _ANSWER_LABEL_RE.match(line.text)]
    if len(questions) < 2 or len(answers) < len(questions):
        return lines
    out = list(lines)
    for indexes, label, prefix in ((questions, _QUESTION_LABEL_RE, "## "), (answers, _ANSWER_LABEL_RE, "")):
        for i in indexes:
            found = label.match(lines[i].text)
            assert found is not None
            out[i] = Line(lines[i].number, prefix + found.group("text"))
    return out


@dataclass(frozen=True)
class Paragraph:
    """A paragraph's text, its first line number and the page lines it was made of."""

    text: str
    line: int
    lines: tuple[Line, ...]


_DIGIT_RE = re.compile(r"\d")


def is_value_cell(text: str) -> bool:
    """Return whether a table cell holds a value ("20 L", "67–75%", "Yes"), not a definition.

    A definition is a phrase of several words; a value is a word or two, or a short run of
    words around a number.
    """
    words = text.split()
    return len(words) <= 2 or (len(words) <= 6 and bool(_DIGIT_RE.search(text)))


def is_value_table(values: list[str]) -> bool:
    """Return whether a two-column table's right cells are mostly values: a table of facts
    about one thing (a product's specification, typical figures), not a list of terms."""
    return sum(1 for value in values if is_value_cell(value)) * 2 >= len(values)
