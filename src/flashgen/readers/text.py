"""Read plain text pages (``.txt``): text copied from a web page or typed by hand."""

from __future__ import annotations

import re

from .base import Reader, register
from .lines import LIST_RE, Line, ends_sentence, normal_line, page_lines, rough_sentences
from .noise import is_divider, is_header_furniture, page_furniture


@register
class TextReader(Reader):
    """A plain text page; its lines are the file's lines, headings are guessed from their shape."""

    suffixes = (".txt",)
    label = "text"
    rank = 1

    def lines(self, text: str, path: str) -> list[Line]:
        """Return the file's lines, numbered from 1, with question headings marked as headings
        and quotation marks dropped."""
        return question_headings(capital_title(wrapped_items(
            unhyphenated(without_page_breaks(self.unquoted(page_lines(text)))))))

    def unquoted(self, lines: list[Line]) -> list[Line]:
        """Return the lines with quotation marks dropped (a format that reads its own keeps them)."""
        return _quotations(lines)


# A line quoted on a forum or in a mail, copied with its mark ("> The curd is ready …"):
# the mark is not text. A sign before a number ("> 140/90 mmHg") is "more than" and stays.
_QUOTE_MARK_RE = re.compile(r"^>\s+(?=[^\W\d_]|[\"“‘(])")


def _quotations(lines: list[Line]) -> list[Line]:
    """Return the lines with a quotation's ``>`` mark dropped and the line marked as quoted."""
    return [Line(line.number, _QUOTE_MARK_RE.sub("", line.text), quoted=True) if _QUOTE_MARK_RE.match(line.text)
            else line for line in lines]


# A list item broken off at about this length was wrapped by hand, as a printed page wraps it.
_WRAPPED_ITEM_MIN_CHARS = 60


def wrapped_items(lines: list[Line]) -> list[Line]:
    """Return the lines with each hand-wrapped numbered or bulleted item joined into one line.

    A printed sheet wraps a long step ("5. Put both figures into the formula above. Example:
    … gives" / "FOC = 100 × … = 12 %."): a line right under an item that stops mid-sentence,
    itself no item, heading or rule, goes on with that item.
    """
    out: list[Line] = []
    for line in lines:
        above = out[-1] if out else None
        if (above is not None and line.text and LIST_RE.match(above.text) and not ends_sentence(above.text)
                and len(above.text) >= _WRAPPED_ITEM_MIN_CHARS and not LIST_RE.match(line.text)
                and not is_divider(line.text) and not line.text.startswith("#")):
            out[-1] = Line(above.number, f"{above.text} {line.text}", above.quoted)
            continue
        out.append(line)
    return out


_TITLE_MAX_WORDS = 8


def capital_title(lines: list[Line]) -> list[Line]:
    """Return the lines with a page's opening line in capitals marked as its ``# Title``.

    A handout or a printed sheet sets its title in capitals ("FRONT OF CENTRE (FOC)"), often
    right above a subtitle with no blank line between; the title names the term.
    """
    first = next((k for k, line in enumerate(lines) if line.text), None)
    if first is None:
        return lines
    text = lines[first].text
    letters = [c for c in re.sub(r"\([^()]*\)", "", text) if c.isalpha()]
    if (len(letters) < 3 or not all(c.isupper() for c in letters) or ends_sentence(text)
            or len(text.split()) > _TITLE_MAX_WORDS or LIST_RE.match(text) or text.startswith("#")):
        return lines
    below = [line.text for line in lines[first + 1:first + 3]]
    if below and below[0] and (is_header_furniture(below[0]) or (
            len(below) == 2 and _TAGLINE_RE.match(below[0]) and is_header_furniture(below[1]))):
        # "TRAILCRAFT" right over "Courses   Shop   Log in", or over its motto in small
        # letters and then its menu: a site's name, not a sheet's title; the page's own
        # title comes further down.
        return lines
    out = [*lines[:first], Line(lines[first].number, "# " + text), Line(lines[first].number, "")]
    for index in range(first + 1, len(lines)):
        line = lines[index]
        numbered = _NUMBERED_CAPITALS_RE.match(line.text)
        alone = not lines[index - 1].text and (index + 1 == len(lines) or not lines[index + 1].text)
        # "2. METRIC" on a line of its own: the sheet's numbered section headings.
        out.append(Line(line.number, "## " + numbered.group("heading")) if numbered and alone else line)
    return out


# A site's motto under its name: a few words in small letters, no stop ("brewing without
# the guesswork").
_TAGLINE_RE = re.compile(r"^[a-z][\w'’,&-]*(?: [\w'’,&-]+){1,7}$")
_NUMBERED_CAPITALS_RE = re.compile(r"^\d{1,2}[.)]?\s+(?P<heading>[A-Z][A-Z'’&/ -]*[A-Z])$")


def without_page_breaks(lines: list[Line]) -> list[Line]:
    """Return a printed page's lines with each page break's footer and header moved out of the text.

    A sentence or a step that runs on over a page break ("… or the back of a" / footer, header /
    "knife — and …") is rejoined; the footer and header lines go to the end of the page, where
    they are set aside as the site's text (see ``page_furniture``).
    """
    furniture = page_furniture(lines)
    if not furniture:
        return lines

    def part_of_break(line: Line) -> bool:
        return not line.text or is_divider(line.text) or normal_line(line.text) in furniture

    kept: list[Line] = []
    moved: list[Line] = []
    index = 0
    while index < len(lines):
        if not (lines[index].text and part_of_break(lines[index])):
            kept.append(lines[index])
            index += 1
            continue
        end = index
        while end < len(lines) and part_of_break(lines[end]):
            end += 1
        block = lines[index:end]
        if not any(line.text and normal_line(line.text) in furniture for line in block):
            kept.extend(block)
            index = end
            continue
        moved += [line for line in block if line.text and not is_divider(line.text)]
        before = next((line.text for line in reversed(kept) if line.text), "")
        after = lines[end].text if end < len(lines) else ""
        runs_on = bool(before) and not ends_sentence(before) and after[:1].islower()
        # A break inside a sentence joins its two halves, whatever blank lines stood around
        # the header; elsewhere it stays a paragraph break.
        if runs_on:
            while kept and not kept[-1].text:
                kept.pop()
        else:
            kept.append(Line(block[0].number, ""))
        index = end
    if moved:
        kept += [Line(moved[0].number, ""), *moved]
    return kept


# A word broken at the end of a printed line, its hyphen last ("… ex-" over "ceeds …").
_BROKEN_WORD_RE = re.compile(r"(?<![\w-])(?P<head>(?:[^\W\d_]+-)*)(?P<piece>[^\W\d_]+)-$")
# "pre-" over "and post-war": a hyphen left for the word to come, no word broken.
_SUSPENDED_RE = re.compile(r"^(?:and|or|to|nor|as\s+well)\b")
_NEXT_PIECE_RE = re.compile(r"^(?P<piece>[a-z][\w'’]*?)(?=[^\w'’]|$)")


def unhyphenated(lines: list[Line]) -> list[Line]:
    """Return the lines with each word that a printed page broke over two lines made whole.

    A document copied from a PDF keeps the hyphens its layout put at line ends ("the car-" over
    "rying amount"): the word is joined up on the upper line. The hyphen goes when the page or
    the English word list writes the word whole ("carrying"), or when a piece is no word of its
    own ("hyper-" over "glycaemia"); it stays in a compound of two words that is written so
    ("well-" over "known").
    """
    text = " ".join(line.text for line in lines).casefold()
    out = list(lines)
    emptied: set[int] = set()  # lines whose whole text went up to join the word above
    for index in range(len(out) - 1):
        above, below = out[index], out[index + 1]
        broken = _BROKEN_WORD_RE.search(above.text)
        following = _NEXT_PIECE_RE.match(below.text)
        if not broken or not following or LIST_RE.match(below.text) or _SUSPENDED_RE.match(below.text):
            continue
        piece, rest = broken.group("piece"), following.group("piece")
        whole, hyphened = (piece + rest).casefold(), f"{piece}-{rest}".casefold()
        from ..keyphrases import known_word  # the word list is loaded only for a page that breaks words

        if re.search(rf"(?<![\w-]){re.escape(hyphened)}(?![\w-])", text) and not re.search(
                rf"(?<![\w-]){re.escape(whole)}(?![\w-])", text):
            joined = f"{piece}-{rest}"
        elif known_word(whole) or not (known_word(piece.casefold()) and known_word(rest.casefold())):
            joined = piece + rest
        else:
            joined = f"{piece}-{rest}"
        remainder = below.text[following.end():].lstrip()
        out[index] = Line(above.number, above.text[:broken.start("piece")] + joined
                          + (remainder[:1] if remainder[:1] in ",.;:!?)" else ""), above.quoted)
        if remainder[:1] in ",.;:!?)":
            remainder = remainder[1:].lstrip()
        # The rest of the lower line stays where it was; a line left empty would break the
        # paragraph, so the word's end and what follows it stay together.
        if remainder:
            out[index + 1] = Line(below.number, remainder, below.quoted)
        else:
            out[index + 1] = Line(below.number, "", below.quoted)
            emptied.add(index + 1)
    return [line for index, line in enumerate(out) if index not in emptied]


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


def _after_break(before: str, unwrapped: bool) -> bool:
    """Return whether a line stands after a break: a blank line, a list item, or the end of a
    paragraph written on one line (a long one, or any on a page whose lines are never wrapped)."""
    return (not before or bool(LIST_RE.match(before))
            or (ends_sentence(before) and (unwrapped or len(before) > _PARAGRAPH_LINE_MIN_CHARS)))


def _wraps_lines(lines: list[Line]) -> bool:
    """Return whether a page wraps its paragraphs by hand: somewhere a line stops inside a
    sentence and the next goes on with it in small letters ("… of decayed" over "plants …")."""
    return any(above.text and below.text[:1].islower() and not ends_sentence(above.text)
               and not LIST_RE.match(below.text)
               for above, below in zip(lines, lines[1:]))


def question_headings(lines: list[Line]) -> list[Line]:
    """Return the lines with each question that stands as a heading marked ``## …``.

    A text page copied from the web loses its heading marks; a question keeps its question
    mark and so reads as a sentence. It is a heading when it stands on a line of its own after
    a break, below the page's first paragraph of prose, asks about its subject in a few words,
    and has a paragraph of prose right under it, as the page's other headings have.
    """
    out = list(lines)
    prose_seen = False
    # A page without blank lines that never wraps a line puts one paragraph on each: a short
    # definition's line ends its paragraph too. Where blank lines part the paragraphs, lines
    # without one between them (an FAQ's questions and answers) stay one run.
    texts = [line.text for line in lines]
    while texts and not texts[-1]:
        texts.pop()
    unwrapped = all(texts[next((i for i, t in enumerate(texts) if t), 0):]) and not _wraps_lines(lines)
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
        if (text.endswith("?") and (_after_break(before, unwrapped) or steps) and len(rough_sentences(text)) == 1
                and len(text.split()) <= _QUESTION_HEADING_MAX_WORDS and text.lstrip("¿¡")[:1].isupper()
                and _ASKS_RE.match(text) and ends_sentence(below) and not below.endswith("?")
                and len(below.split()) >= _PROSE_MIN_WORDS):
            out[index] = Line(line.number, "## " + text)
    return out
