"""Lay cards out on printable sheets and write them as PDF or print-ready HTML.

Every sheet is two pages: the fronts of its cards, then their backs. Each back page is
mirrored so that duplex printing puts every answer behind its own question:

* ``flip="long"``: the printer turns the sheet over its long edge. On a portrait page
  that edge is vertical, so the back of the card printed at the top left sits at the top
  right of the back page (mirrored left-right).
* ``flip="short"``: the printer turns the sheet over its short edge, which on a portrait
  page is horizontal, so the back of a top-row card sits in the bottom row (mirrored
  top-bottom). Text itself is never mirrored or rotated: duplex printers already print
  the back page upright for the chosen edge.

On a landscape page the long edge is the horizontal one, so there the two choices swap
their mirror axes. Presets with one card per page fill the page with the card, so both
choices give the same result for them.

Text is measured with the same font metrics the PDF is drawn with, so the layout is
exact: a side that does not fit at its base size is shrunk in half-point steps down to
``min_size`` and, if it still does not fit, continued on further cards marked (1/2),
(2/2) ... The HTML output places the very same lines, so both outputs agree.
"""

from __future__ import annotations

import base64
import html
import io
import os
import re
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

from .errors import FlashgenError, Problem, counted
from .model import Card
from .output import write_atomic

MM = 72 / 25.4
INCH = 72.0

A4 = (210 * MM, 297 * MM)
LETTER = (8.5 * INCH, 11 * INCH)

# Fira Sans ships on PyPI as static TTFs and covers Latin, Greek, Cyrillic, the common
# math relations and arrows, which glossary text about physiology tends to use.
FONT_FAMILY = "Fira Sans"
_FACE_FILES = {
    "regular": "FiraSans-Regular.ttf",
    "bold": "FiraSans-Bold.ttf",
    "italic": "FiraSans-Italic.ttf",
    "bolditalic": "FiraSans-BoldItalic.ttf",
}
_PDF_NAMES = {face: f"Flashgen-FiraSans-{face}" for face in _FACE_FILES}

_LEADING = 1.25  # line distance as a multiple of the font size
_PARAGRAPH_GAP = 0.45  # extra space between paragraphs, in ems
_LABEL_GAP = 2 * MM  # between the content and the deck/topic/number label
_LABEL_GRAY = 0.4
_SIZE_STEP = 0.5
_LEGIBLE_MIN = 7.0


@dataclass(frozen=True)
class Rect:
    """A rectangle in PDF points, origin at the bottom left of the page."""

    x: float
    y: float
    width: float
    height: float

    @property
    def top(self) -> float:
        """Return the y coordinate of the upper edge."""
        return self.y + self.height

    @property
    def right(self) -> float:
        """Return the x coordinate of the right edge."""
        return self.x + self.width


@dataclass(frozen=True)
class SheetLayout:
    """Page size, card grid and type sizes of one kind of print sheet, in points.

    ``margin`` is the blank border of the page, where the cut marks go; ``padding`` is
    kept free of text inside each card. ``front_size`` and ``back_size`` are the sizes
    text starts at before it is shrunk to fit, never below ``min_size``.
    """

    name: str
    page_width: float
    page_height: float
    columns: int = 2
    rows: int = 4
    margin: float = 10 * MM
    padding: float = 4 * MM
    flip: str = "long"
    front_size: float = 14.0
    back_size: float = 11.0
    min_size: float = _LEGIBLE_MIN
    label_size: float = _LEGIBLE_MIN
    cut_marks: bool = True

    def __post_init__(self) -> None:
        problems = []
        if self.flip not in ("long", "short"):
            problems.append(f"flip must be 'long' or 'short', not {self.flip!r}")
        if self.columns < 1 or self.rows < 1:
            problems.append("a sheet needs at least one column and one row")
        if self.min_size < _LEGIBLE_MIN or self.label_size < _LEGIBLE_MIN:
            problems.append(f"text smaller than {_LEGIBLE_MIN:g} pt is not legible on paper")
        if self.min_size > min(self.front_size, self.back_size):
            problems.append("min_size must not exceed the front and back sizes")
        if not problems and (self.card_width <= 2 * self.padding + 4 * self.back_size
                             or self.card_height <= 2 * self.padding + 4 * self.label_size):
            problems.append("the cards are too small for their padding and text")
        if problems:
            raise FlashgenError(f"sheet layout {self.name!r}: " + "; ".join(problems))

    @property
    def card_width(self) -> float:
        """Return the width of one card."""
        return (self.page_width - 2 * self.margin) / self.columns

    @property
    def card_height(self) -> float:
        """Return the height of one card."""
        return (self.page_height - 2 * self.margin) / self.rows

    @property
    def per_page(self) -> int:
        """Return how many cards one page holds."""
        return self.columns * self.rows

    def front_rects(self) -> tuple[Rect, ...]:
        """Return the card rectangles of a front page, row by row from the top left."""
        w, h = self.card_width, self.card_height
        top = self.page_height - self.margin
        return tuple(
            Rect(self.margin + c * w, top - (r + 1) * h, w, h)
            for r in range(self.rows)
            for c in range(self.columns)
        )

    def back_rect(self, front: Rect) -> Rect:
        """Return where the back of the card at ``front`` goes on the back page."""
        portrait = self.page_height >= self.page_width
        if (self.flip == "long") == portrait:
            return Rect(self.page_width - front.right, front.y, front.width, front.height)
        return Rect(front.x, self.page_height - front.top, front.width, front.height)


PRESETS: dict[str, SheetLayout] = {
    layout.name: layout
    for layout in (
        SheetLayout("a4-2x4", *A4),
        SheetLayout("a4-3x4", *A4, columns=3, rows=4, front_size=12, back_size=9.5),
        SheetLayout("letter-2x4", *LETTER, margin=0.4 * INCH),
        SheetLayout("letter-3x4", *LETTER, columns=3, rows=4, margin=0.4 * INCH,
                    front_size=12, back_size=9.5),
        # One card per page of the card's own size, for printers that feed index cards
        # or cut A7 stock: nothing to cut, so no marks, and a wider padding because most
        # printers cannot print the outer few millimetres of a sheet.
        SheetLayout("index-3x5", 5 * INCH, 3 * INCH, columns=1, rows=1, margin=0,
                    padding=0.25 * INCH, cut_marks=False),
        SheetLayout("a7", 105 * MM, 74 * MM, columns=1, rows=1, margin=0,
                    padding=6 * MM, cut_marks=False),
    )
}
DEFAULT_LAYOUT = "a4-2x4"


def get_layout(name: str = DEFAULT_LAYOUT, flip: str = "long") -> SheetLayout:
    """Return the preset called ``name`` set to duplex-flip on the ``flip`` edge."""
    try:
        layout = PRESETS[name]
    except KeyError:
        known = ", ".join(sorted(PRESETS))
        raise FlashgenError(f"unknown sheet layout {name!r}; choose one of {known}") from None
    return replace(layout, flip=flip)


@dataclass(frozen=True)
class SheetReport:
    """What a print run produced, for the command to tell its user."""

    layout: str
    pages: int
    cards: int
    printed: int
    shrunk: int
    split: int
    shrunk_keys: tuple[str, ...] = ()
    split_keys: tuple[str, ...] = ()
    #: What the sources gave warnings about (a page skipped with --keep-going, a guessed encoding).
    warnings: tuple[Problem, ...] = ()

    def summary(self) -> str:
        """Return a one-line account of the run."""
        text = (f"printed {counted(self.cards, 'card')} as {counted(self.printed, 'paper card')} on "
                f"{counted(self.pages, 'page')} ({self.layout})")
        if self.shrunk:
            text += f"; {self.shrunk} shrunk to fit"
        if self.split:
            text += f"; {self.split} continued on extra cards"
        return text


@dataclass(frozen=True)
class TextRun:
    """A piece of text in one face, drawn with its baseline starting at (x, y)."""

    x: float
    y: float
    text: str
    face: str
    size: float
    gray: float = 0.0


@dataclass(frozen=True)
class TextLine:
    """Runs that share one baseline; ``x``/``y`` is the line start on the page."""

    x: float
    y: float
    size: float
    runs: tuple[TextRun, ...]


@dataclass(frozen=True)
class PlacedCard:
    """One side of one printed card: its rectangle and the lines drawn in it."""

    rect: Rect
    number: int
    piece: int
    pieces: int
    key: str
    lines: tuple[TextLine, ...]


@dataclass(frozen=True)
class SheetPage:
    """One page of the output; fronts are pages 1, 3, 5 ..., backs 2, 4, 6 ..."""

    number: int
    side: str
    cards: tuple[PlacedCard, ...]


@dataclass(frozen=True)
class SheetPlan:
    """Every page with every line placed, ready to be drawn as PDF or HTML."""

    layout: SheetLayout
    pages: tuple[SheetPage, ...]
    report: SheetReport
    title: str = ""
    faces: frozenset[str] = field(default_factory=frozenset)
    #: When the cards' sources were last changed (seconds since 1970), the PDF's date.
    date: int | None = None
    subject: str = ""


# --- cloze --------------------------------------------------------------------------

_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::(.*?))?\}\}", re.DOTALL)


_NUMBERED_CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::.*?)?\}\}", re.DOTALL)


def paper_cards(cards: Sequence[Card]) -> list[Card]:
    """Return the cards as Anki shows them: a cloze note with N clozes becomes N cards.

    Each card keeps one cloze and shows the others' text, so that paper asks one fact at
    a time and holds as many cards as the Anki decks.
    """
    out: list[Card] = []
    for card in cards:
        numbers = sorted({int(n) for n, _ in _NUMBERED_CLOZE.findall(card.front)}) if card.kind == "cloze" else []
        if len(numbers) <= 1:
            out.append(card)
            continue
        for number in numbers:
            front = _NUMBERED_CLOZE.sub(lambda m: m.group(0) if int(m.group(1)) == number else m.group(2),
                                        card.front)
            out.append(replace(card, front=front, key=f"{card.key}#c{number}"))
    return out


def cloze_for_paper(fragment: str) -> tuple[str, str]:
    """Return (question, answer) HTML: cloze deletions hidden as [...] and filled in.

    A deletion with a hint, ``{{c1::zonulin::protein}}``, shows as ``[protein]``. Every
    deletion in ``fragment`` is hidden; ``paper_cards`` leaves one per card.
    """
    question = _CLOZE.sub(lambda m: f"[{m.group(2)}]" if m.group(2) else "[...]", fragment)
    answer = _CLOZE.sub(lambda m: f"<b>{m.group(1)}</b>", fragment)
    return question, answer


def paper_sides(card: Card) -> tuple[str, str]:
    """Return the (front, back) HTML to print for ``card``, cloze markup resolved."""
    # Only a cloze note's markup is markup: "{{c1::…}}" typed into a term's text shows
    # literally in Anki, and so it does on paper.
    if card.kind != "cloze" or not _CLOZE.search(card.front):
        return card.front, card.back
    question, answer = cloze_for_paper(card.front)
    if card.context:
        # A sentence that does not name its term would be a riddle without it.
        question = f"<div><b>{html.escape(card.context, quote=False)}</b></div><div>{question}</div>"
    back = f"<div>{answer}</div>{card.back}" if card.back.strip() else answer
    return question, back


# --- reading the card HTML ------------------------------------------------------------

_BLOCK_TAGS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
               "blockquote", "section", "table", "tr"}
_SKIP_TAGS = {"script", "style", "template", "head", "title"}


@dataclass(frozen=True)
class _Block:
    """A paragraph or list item: runs of (text, face), plus list depth and bullet."""

    runs: tuple[tuple[str, str], ...]
    depth: int = 0
    bullet: str = ""


def _face(bold: int, italic: int) -> str:
    return ("bold" if bold else "") + ("italic" if italic else "") or "regular"


class _FragmentReader(HTMLParser):
    """Reduce a card fragment to blocks of styled text; unknown tags keep their text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[_Block] = []
        self._runs: list[tuple[str, str]] = []
        self._bold = self._italic = self._skip = 0
        self._lists: list[list] = []  # [tag, next number]
        self._bullet = ""

    def _flush(self) -> None:
        if any(text.strip() for text, _ in self._runs if text != "\n"):
            self.blocks.append(_Block(tuple(self._runs), len(self._lists), self._bullet))
            # Only the item's first block gets the bullet; an empty block before it
            # (as in <li><p>...) must not use it up.
            self._bullet = ""
        self._runs = []

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in ("b", "strong") or tag.startswith("h") and tag[1:].isdigit():
            self._bold += 1
        elif tag in ("i", "em"):
            self._italic += 1
        elif tag == "br":
            self._runs.append(("\n", "regular"))
        elif tag in ("td", "th"):
            self._runs.append((" ", "regular"))
        if tag in _BLOCK_TAGS:
            self._flush()
            if tag in ("ul", "ol"):
                self._lists.append([tag, 1])
            elif tag == "li":
                if self._lists and self._lists[-1][0] == "ol":
                    self._bullet = f"{self._lists[-1][1]}."
                    self._lists[-1][1] += 1
                else:
                    self._bullet = "•"

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self._runs.append(("\n", "regular"))
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in ("b", "strong") or tag.startswith("h") and tag[1:].isdigit():
            self._bold = max(0, self._bold - 1)
        elif tag in ("i", "em"):
            self._italic = max(0, self._italic - 1)
        if tag in _BLOCK_TAGS:
            self._flush()
            if tag == "li":
                self._bullet = ""  # an item without text leaves no bullet behind
            if tag in ("ul", "ol") and self._lists:
                self._lists.pop()

    def handle_data(self, data):
        if not self._skip and data:
            self._runs.append((data, _face(self._bold, self._italic)))

    def close(self):
        super().close()
        self._flush()


@lru_cache(maxsize=4096)
def _read_fragment(fragment: str) -> tuple[_Block, ...]:
    reader = _FragmentReader()
    # NFC first: the PDF draws one glyph per code point, so a base letter followed by a
    # combining accent would print as two glyphs instead of one accented letter.
    reader.feed(unicodedata.normalize("NFC", fragment))
    reader.close()
    return tuple(reader.blocks)


# --- fonts and measuring ----------------------------------------------------------------

@lru_cache(maxsize=1)
def _font_dir() -> Path:
    try:
        import fontpkg_fira_sans
    except ImportError as exc:  # pragma: no cover - a broken install, not user input
        raise FlashgenError(
            "printing needs the fontpkg-fira-sans package; reinstall flashgen") from exc
    return Path(fontpkg_fira_sans.ROOT) / "files"


@lru_cache(maxsize=1)
def _fonts() -> dict:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts = {}
    registered = set(pdfmetrics.getRegisteredFontNames())
    for face, filename in _FACE_FILES.items():
        name = _PDF_NAMES[face]
        # Asked for an unknown name, getFont goes looking through reportlab's Type 1
        # metrics files first, which costs more than loading the TTF.
        if name in registered:
            fonts[face] = pdfmetrics.getFont(name)
        else:
            fonts[face] = TTFont(name, str(_font_dir() / filename))
            pdfmetrics.registerFont(fonts[face])
    return fonts


def _metrics() -> tuple[float, float]:
    face = _fonts()["regular"].face
    return face.ascent / 1000, face.descent / 1000


@lru_cache(maxsize=200_000)
def _unit_width(text: str, face: str) -> float:
    return _fonts()[face].stringWidth(text, 1.0)


def _missing(text: str, face: str) -> list[str]:
    glyphs = _fonts()[face].face.charToGlyph
    return [ch for ch in text if ord(ch) not in glyphs and ch not in "\n"]


# --- breaking text into lines -------------------------------------------------------------

_WS = re.compile(r"[ \t\n\r\f\v\u200b]+")
_INVISIBLE = str.maketrans("", "", "\u00ad\ufeff")
_NEWLINE = ()  # a forced line break among the words


@dataclass(frozen=True)
class _Line:
    """A line laid out at one size, relative to its text box."""

    gap: float  # space above it when it is not the first line of a box
    height: float
    indent: float
    segments: tuple[tuple[float, str, str], ...]  # (dx, text, face)
    width: float


def _words(block: _Block) -> list[tuple]:
    words: list[tuple] = []
    current: list[tuple[str, str]] = []
    for text, face in block.runs:
        if text == "\n":
            if current:
                words.append(tuple(current))
                current = []
            words.append(_NEWLINE)
            continue
        parts = _WS.split(text.translate(_INVISIBLE))
        for i, part in enumerate(parts):
            if i and current:
                words.append(tuple(current))
                current = []
            if part:
                current.append((part, face))
    if current:
        words.append(tuple(current))
    while words and words[-1] is _NEWLINE:
        words.pop()
    return words


def _word_width(word: tuple, size: float) -> float:
    return sum(_unit_width(text, face) for text, face in word) * size


def _break_long_word(word: tuple, size: float, width: float) -> list[tuple]:
    """Cut a word wider than the line into pieces that fit, character by character."""
    pieces: list[tuple] = []
    current: list[tuple[str, str]] = []
    used = 0.0
    for text, face in word:
        for ch in text:
            w = _unit_width(ch, face) * size
            if current and used + w > width:
                pieces.append(tuple(current))
                current, used = [], 0.0
            if current and current[-1][1] == face:
                current[-1] = (current[-1][0] + ch, face)
            else:
                current.append((ch, face))
            used += w
    if current:
        pieces.append(tuple(current))
    return pieces


def _layout_blocks(blocks: tuple[_Block, ...], size: float, width: float) -> list[_Line]:
    """Break blocks into lines at ``size``, greedily, never wider than ``width``."""
    lines: list[_Line] = []
    leading = size * _LEADING
    for b_index, block in enumerate(blocks):
        indent = block.depth * 1.3 * size
        bullet_w = _unit_width(block.bullet, "regular") * size if block.bullet else 0.0
        if block.depth and block.bullet:
            # A long item number ("12.") must not reach into the item's text.
            indent = max(indent, (block.depth - 1) * 1.3 * size + bullet_w + 0.4 * size)
        avail = max(width - indent, size)
        gap = _PARAGRAPH_GAP * size if b_index else 0.0
        segs: list[tuple[float, str, str]] = []
        x = 0.0
        has_words = mergeable = False
        if block.bullet:
            # Nested items hang their bullet in the indent; a stray item without a list
            # has no indent, so its bullet takes room on the line instead.
            if block.depth:
                segs.append((-(bullet_w + 0.35 * size), block.bullet, "regular"))
            else:
                segs.append((0.0, block.bullet, "regular"))
                x = _unit_width(block.bullet + " ", "regular") * size

        def emit() -> None:
            nonlocal segs, x, gap, has_words, mergeable
            lines.append(_Line(gap, leading, indent, tuple(segs), x))
            segs, x, gap, has_words, mergeable = [], 0.0, 0.0, False, False

        for word in _words(block):
            if word is _NEWLINE:
                emit()
                continue
            w = _word_width(word, size)
            pieces = [word] if w <= avail else _break_long_word(word, size, avail)
            for piece in pieces:
                w = _word_width(piece, size)
                if has_words:
                    space = _unit_width(" ", segs[-1][2]) * size
                    if x + space + w > avail:
                        emit()
                    else:
                        # The space belongs to the run before it, so that every run's
                        # width is exactly what the PDF will advance.
                        dx, text, face = segs[-1]
                        segs[-1] = (dx, text + " ", face)
                        x += space
                for text, face in piece:
                    if mergeable and segs[-1][2] == face:
                        dx, prev, _ = segs[-1]
                        segs[-1] = (dx, prev + text, face)
                    else:
                        segs.append((x, text, face))
                    x += _unit_width(text, face) * size
                    mergeable = True
                has_words = True
        if segs:
            emit()
    return lines


def _height(lines: Sequence[_Line]) -> float:
    return sum(line.height + (line.gap if i else 0.0) for i, line in enumerate(lines))


def _paginate(lines: list[_Line], height: float) -> list[list[_Line]]:
    chunks: list[list[_Line]] = [[]]
    used = 0.0
    for line in lines:
        need = line.height + (line.gap if chunks[-1] else 0.0)
        if chunks[-1] and used + need > height:
            chunks.append([])
            used, need = 0.0, line.height
        chunks[-1].append(line)
        used += need
    return chunks


def _sizes(base: float, minimum: float) -> list[float]:
    sizes, size = [], base
    while size > minimum + 1e-9:
        sizes.append(size)
        size -= _SIZE_STEP
    sizes.append(minimum)
    return sizes


def _fit(blocks, base, minimum, width, height):
    """Return (size, chunks): the largest size that fits in the fewest cards."""
    sizes = _sizes(base, minimum)
    for size in sizes:
        lines = _layout_blocks(blocks, size, width)
        if _height(lines) <= height:
            return size, [lines]
    needed = len(_paginate(_layout_blocks(blocks, minimum, width), height))
    for size in sizes:
        chunks = _paginate(_layout_blocks(blocks, size, width), height)
        if len(chunks) <= needed:
            return size, chunks
    raise AssertionError("unreachable: the minimum size always paginates")


# --- planning pages ---------------------------------------------------------------------------

def _label_text(card: Card, number: int, piece: int, pieces: int) -> str:
    parts = [p for p in (card.deck_title or card.deck, card.topic_title or card.topic) if p]
    text = " · ".join(parts + [f"#{number}"])
    if pieces > 1:
        text += f" ({piece}/{pieces})"
    return unicodedata.normalize("NFC", text)


def _place(lines: Sequence[_Line], box: Rect, size: float, align: str, valign: str,
           gray: float = 0.0) -> list[TextLine]:
    ascent, _ = _metrics()
    total = _height(lines)
    top = box.top
    if valign == "middle":
        top = box.top - (box.height - total) / 2
    elif valign == "bottom":
        top = box.y + total
    placed: list[TextLine] = []
    y = top
    for i, line in enumerate(lines):
        if i:
            y -= line.gap
        baseline = y - ascent * size
        x0 = box.x + line.indent
        if align == "center":
            x0 = box.x + (box.width - line.width) / 2
        runs = tuple(TextRun(x0 + dx, baseline, text, face, size, gray)
                     for dx, text, face in line.segments)
        placed.append(TextLine(x0, baseline, size, runs))
        y -= line.height
    return placed


def _check_font(card: Card, number: int, texts: Sequence[tuple[str, str]],
                problems: list[Problem]) -> None:
    missing: list[str] = []
    for text, face in texts:
        for ch in _missing(text, face):
            if ch not in missing:
                missing.append(ch)
    if missing:
        chars = ", ".join(f"{ch!r} (U+{ord(ch):04X})" for ch in missing)
        where = card.topic_title or card.topic
        problems.append(Problem(
            card.source or None, card.line,
            f"card #{number} {card.term_name!r} (topic {where!r}) uses {chars}, "
            f"which the print font {FONT_FAMILY} lacks"))


def plan_sheets(cards: Sequence[Card], layout: SheetLayout | str = DEFAULT_LAYOUT,
                title: str = "") -> SheetPlan:
    """Return the placed pages for ``cards``; raise FlashgenError for unprintable text."""
    if isinstance(layout, str):
        layout = get_layout(layout)
    if not cards:
        raise FlashgenError("there are no cards to print")
    inner_w = layout.card_width - 2 * layout.padding
    inner_h = layout.card_height - 2 * layout.padding
    label_size = layout.label_size
    problems: list[Problem] = []
    faces: set[str] = set()

    # Each entry: (card, number, piece, pieces, front lines, back lines) in card-local
    # coordinates; placed on pages once every card is known to print.
    pieces_out: list[tuple[Card, int, int, int, list[TextLine], list[TextLine]]] = []
    shrunk: list[str] = []
    split: list[str] = []
    for number, card in enumerate(cards, start=1):
        front_html, back_html = paper_sides(card)
        front_blocks = _read_fragment(front_html)
        back_blocks = _read_fragment(back_html)
        if not front_blocks:
            front_blocks = (_Block(((card.term_name, "bold"),)),)
        runs = [r for b in front_blocks + back_blocks for r in b.runs]
        runs += [(b.bullet, "regular") for b in front_blocks + back_blocks if b.bullet]
        label_probe = _label_text(card, number, 1, 1)
        runs.append((label_probe, "regular"))
        before = len(problems)
        _check_font(card, number, runs, problems)
        if len(problems) > before:
            continue
        for _, face in runs:
            faces.add(face)

        # The label is measured with the widest piece marker it may get.
        label_lines = _layout_blocks(
            (_Block(((_label_text(card, number, 99, 99), "regular"),)),),
            label_size, inner_w)
        label_h = _height(label_lines)
        content_h = inner_h - label_h - _LABEL_GAP
        if content_h < layout.min_size * _LEADING:
            problems.append(Problem(card.source or None, card.line,
                                    f"card #{number} {card.term_name!r}: its deck and topic "
                                    f"titles leave no room for text on {layout.name} cards"))
            continue
        f_size, f_chunks = _fit(front_blocks, layout.front_size, layout.min_size,
                                inner_w, content_h)
        b_size, b_chunks = _fit(back_blocks, layout.back_size, layout.min_size,
                                inner_w, content_h) if back_blocks else (layout.back_size, [[]])
        count = max(len(f_chunks), len(b_chunks))
        if f_size < layout.front_size or b_size < layout.back_size:
            shrunk.append(card.key)
        if count > 1:
            split.append(card.key)
        for piece in range(1, count + 1):
            local = Rect(layout.padding, layout.padding, inner_w, inner_h)
            content = Rect(local.x, local.y + label_h + _LABEL_GAP, inner_w, content_h)
            label_box = Rect(local.x, local.y, inner_w, label_h)
            label = _layout_blocks((_Block(((_label_text(card, number, piece, count),
                                             "regular"),)),), label_size, inner_w)
            # A front that needed several cards continues like the back; once it has
            # run out, later pieces repeat its last part so each card still has a prompt.
            f_lines = f_chunks[min(piece, len(f_chunks)) - 1]
            b_lines = b_chunks[piece - 1] if piece <= len(b_chunks) else []
            front = (_place(f_lines, content, f_size, "center", "middle")
                     + _place(label, label_box, label_size, "left", "bottom", _LABEL_GRAY))
            back = (_place(b_lines, content, b_size, "left", "top")
                    + _place(label, label_box, label_size, "left", "bottom", _LABEL_GRAY))
            pieces_out.append((card, number, piece, count, front, back))
    if problems:
        raise FlashgenError.from_problems(problems)

    slots = layout.front_rects()
    pages: list[SheetPage] = []
    for start in range(0, len(pieces_out), layout.per_page):
        batch = pieces_out[start:start + layout.per_page]
        fronts, backs = [], []
        for (card, number, piece, count, f_lines, b_lines), slot in zip(batch, slots):
            fronts.append(PlacedCard(slot, number, piece, count, card.key,
                                     _shift(f_lines, slot.x, slot.y)))
            mirrored = layout.back_rect(slot)
            backs.append(PlacedCard(mirrored, number, piece, count, card.key,
                                    _shift(b_lines, mirrored.x, mirrored.y)))
        pages.append(SheetPage(len(pages) + 1, "front", tuple(fronts)))
        pages.append(SheetPage(len(pages) + 1, "back", tuple(backs)))

    report = SheetReport(layout.name, len(pages), len(cards), len(pieces_out),
                         len(shrunk), len(split), tuple(shrunk), tuple(split))
    if not title:
        decks = list(dict.fromkeys(c.deck_title or c.deck for c in cards))
        title = ", ".join(decks)
    topics = ", ".join(dict.fromkeys(c.topic_title or c.topic for c in cards))
    subject = f"Flashcards: {topics}" if topics else ""
    return SheetPlan(layout, tuple(pages), report, title, frozenset(faces), subject=subject)


def _shift(lines: Sequence[TextLine], dx: float, dy: float) -> tuple[TextLine, ...]:
    return tuple(
        TextLine(line.x + dx, line.y + dy, line.size,
                 tuple(TextRun(r.x + dx, r.y + dy, r.text, r.face, r.size, r.gray)
                       for r in line.runs))
        for line in lines)


# --- drawing --------------------------------------------------------------------------

def _cut_marks(layout: SheetLayout) -> list[tuple[float, float, float, float]]:
    """Return short lines in the margin, in line with every edge between cards."""
    m = layout.margin
    if not layout.cut_marks or m < 4 * MM:
        return []
    inner = m - 1.5 * MM  # stop short of the cards so no mark prints on one
    outer = max(m - 8 * MM, 1 * MM)
    w, h = layout.page_width, layout.page_height
    marks = []
    for c in range(layout.columns + 1):
        x = m + c * layout.card_width
        marks.append((x, h - outer, x, h - inner))
        marks.append((x, outer, x, inner))
    for r in range(layout.rows + 1):
        y = h - m - r * layout.card_height
        marks.append((outer, y, inner, y))
        marks.append((w - outer, y, w - inner, y))
    return marks


def render_pdf(plan: SheetPlan) -> bytes:
    """Return the PDF bytes of ``plan``; the same plan always gives the same bytes."""
    from reportlab.pdfgen.canvas import Canvas

    fonts = _fonts()
    layout = plan.layout
    buffer = io.BytesIO()
    # invariant=1 fixes the document ID and dates (reportlab takes the date from
    # SOURCE_DATE_EPOCH when it is set), so identical cards give identical files.
    pdf = Canvas(buffer, pagesize=(layout.page_width, layout.page_height),
                 invariant=1, pageCompression=1)
    pdf.setTitle(plan.title or "flashcards")
    # The decks stand in for an author (term files name none); without these reportlab
    # writes "anonymous", "unspecified" and, with invariant=1, 2000-01-01.
    pdf.setAuthor(plan.title or "flashgen")
    pdf.setSubject(plan.subject or "flashcards")
    pdf.setCreator("flashgen")
    if plan.date is not None:
        stamp = time.strftime("D:%Y%m%d%H%M%S+00'00'", time.gmtime(plan.date))
        pdf.setDateFormatter(lambda *_: stamp)
    marks = _cut_marks(layout)
    for page in plan.pages:
        if page.side == "front" and marks:
            pdf.setLineWidth(0.25)
            pdf.setStrokeGray(0.3)
            pdf.lines(marks)
        for placed in page.cards:
            text = pdf.beginText()
            current = None
            for line in placed.lines:
                for run in line.runs:
                    key = (run.face, run.size, run.gray)
                    if key != current:
                        text.setFont(fonts[run.face].fontName, run.size)
                        text.setFillGray(run.gray)
                        current = key
                    text.setTextOrigin(run.x, run.y)
                    text.textOut(run.text)
            pdf.drawText(text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _pt(value: float) -> str:
    return f"{value:.2f}pt"


def render_html(plan: SheetPlan) -> str:
    """Return a self-contained print-ready HTML page with the same pages as the PDF."""
    layout = plan.layout
    ascent, descent = _metrics()
    w, h = layout.page_width, layout.page_height
    faces_css = []
    for face in sorted(plan.faces | {"regular"}):
        data = base64.b64encode((_font_dir() / _FACE_FILES[face]).read_bytes()).decode()
        weight = "bold" if "bold" in face else "normal"
        style = "italic" if "italic" in face else "normal"
        faces_css.append(
            f"@font-face{{font-family:'FlashgenSans';font-weight:{weight};"
            f"font-style:{style};src:url(data:font/ttf;base64,{data}) format('truetype');}}")
    css = f"""
@page {{ size: {_pt(w)} {_pt(h)}; margin: 0; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: 'FlashgenSans', sans-serif; color: #000; }}
.page {{ position: relative; width: {_pt(w)}; height: {_pt(h)}; overflow: hidden;
        break-after: page; page-break-after: always; background: #fff; }}
.page:last-child {{ break-after: auto; page-break-after: auto; }}
.card {{ position: absolute; }}
.ln {{ position: absolute; white-space: pre; line-height: {ascent - descent:.4f};
      font-kerning: none; font-variant-ligatures: none; }}
.b {{ font-weight: bold; }} .i {{ font-style: italic; }}
.cut {{ position: absolute; background: #4d4d4d; }}
@media screen {{
  body {{ background: #888; }}
  .page {{ margin: 12pt auto; box-shadow: 0 1pt 6pt rgba(0,0,0,.4); }}
}}
"""
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           HTML_GENERATOR,
           f"<title>{html.escape(plan.title or 'flashcards')}</title>",
           "<style>", *faces_css, css, "</style></head><body>"]
    marks = _cut_marks(layout)
    for page in plan.pages:
        out.append(f'<section class="page {page.side}" data-page="{page.number}">')
        if page.side == "front":
            for x1, y1, x2, y2 in marks:
                left, top = min(x1, x2), h - max(y1, y2)
                width, height = max(abs(x2 - x1), 0.25), max(abs(y2 - y1), 0.25)
                out.append(f'<i class="cut" style="left:{_pt(left)};top:{_pt(top)};'
                           f'width:{_pt(width)};height:{_pt(height)}"></i>')
        for placed in page.cards:
            r = placed.rect
            out.append(f'<div class="card" data-number="{placed.number}" '
                       f'data-piece="{placed.piece}/{placed.pieces}" '
                       f'style="left:{_pt(r.x)};top:{_pt(h - r.top)};'
                       f'width:{_pt(r.width)};height:{_pt(r.height)}">')
            for line in placed.lines:
                # The line box is as tall as the font's ascent plus descent, so its top
                # sits one ascent above the baseline the PDF uses.
                top = (r.top - line.y) - ascent * line.size
                gray = line.runs[0].gray if line.runs else 0.0
                color = f";color:rgb({gray * 100:.0f}%,{gray * 100:.0f}%,{gray * 100:.0f}%)" \
                    if gray else ""
                spans = []
                cursor = line.x
                for run in line.runs:
                    cls = " ".join(c for c, on in (("b", "bold" in run.face),
                                                   ("i", "italic" in run.face)) if on)
                    pad = run.x - cursor
                    style = f' style="margin-left:{_pt(pad)}"' if abs(pad) > 0.01 else ""
                    attr = f' class="{cls}"' if cls else ""
                    spans.append(f"<span{attr}{style}>{html.escape(run.text)}</span>")
                    cursor = run.x + _unit_width(run.text, run.face) * run.size
                out.append(f'<div class="ln" style="left:{_pt(line.x - r.x)};top:{_pt(top)};'
                           f'font-size:{_pt(line.size)}{color}">{"".join(spans)}</div>')
            out.append("</div>")
        out.append("</section>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# --- writing files --------------------------------------------------------------------------

def _as_plan(cards: Sequence[Card] | SheetPlan, layout: SheetLayout | str) -> SheetPlan:
    return cards if isinstance(cards, SheetPlan) else plan_sheets(cards, layout)


def write_pdf(cards: Sequence[Card] | SheetPlan, path: str | os.PathLike,
              layout: SheetLayout | str = DEFAULT_LAYOUT) -> SheetReport:
    """Write the cards (or a ready plan) as a duplex PDF at ``path``; return the report."""
    plan = _as_plan(cards, layout)
    write_atomic(path, render_pdf(plan), "PDF")
    return plan.report


#: The line that marks an HTML file as flashgen's print output (``print`` replaces only those).
HTML_GENERATOR = '<meta name="generator" content="flashgen">'


def write_html(cards: Sequence[Card] | SheetPlan, path: str | os.PathLike,
               layout: SheetLayout | str = DEFAULT_LAYOUT) -> SheetReport:
    """Write the cards (or a ready plan) as print-ready HTML at ``path``; return the report."""
    plan = _as_plan(cards, layout)
    write_atomic(path, render_html(plan).encode("utf-8"), "HTML file")
    return plan.report
