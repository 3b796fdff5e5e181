"""The frozen records that pass between flashgen's stages."""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields

#: Card kinds flashgen knows how to make: ``qa`` asks about a whole section, ``forward``
#: asks for the term's short definition, ``reverse`` for the term of a definition, and
#: ``cloze`` hides the key phrases of each sentence.
KINDS: tuple[str, ...] = ("qa", "forward", "reverse", "cloze")


def split_paragraphs(text: str) -> tuple[str, ...]:
    """Return the paragraphs of ``text`` (split at blank lines), each joined onto one line."""
    # Line breaks inside a paragraph come from wrapping, not from the author's intent.
    return tuple(" ".join(p.split()) for p in text.split("\n\n") if p.strip())


#: A line that starts an item of a list: "- ", "* ", "• " or a number ("1. ", "2) ").
_ITEM = re.compile(r"\s*(?:([-*•])|(\d{1,3})[.)])\s+(?=\S)")
#: A line that ends a sentence, after any closing quotes or brackets.
_LINE_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)\]]*$")


class Paragraph(str):
    """A paragraph of an answer, on one line, that may end in a list of items.

    As a string it is the paragraph joined onto one line, as ``split_paragraphs`` gives it,
    so a template that shows ``{{ p }}`` reads as before; ``items`` are the list's items
    without their markers (none when the paragraph holds no list), ``lead`` the text before
    them and ``ordered`` whether they were numbered; ``rows`` are its lines when each is a
    whole sentence of its own (a table's rows), shown a line each, else none.
    """

    lead: str
    items: tuple[str, ...]
    ordered: bool
    rows: tuple[str, ...]

    def __new__(cls, text: str) -> Paragraph:
        self = super().__new__(cls, " ".join(text.split()))
        lines = text.strip().split("\n")
        starts = [i for i, line in enumerate(lines) if _ITEM.match(line)]
        self.lead, self.items, self.ordered, self.rows = str(self), (), False, ()
        # Lines that each hold a whole sentence are the author's, not wrapping: a table's
        # rows, as a page's import writes them ("Hot track — typical rate: 1.5 L/h."), or
        # one sentence a line. Wrapping leaves a line in mid-sentence.
        kept = [" ".join(line.split()) for line in lines if line.strip()]
        if len(kept) >= 2 and len(starts) < 2 and all(
                _LINE_ENDS_SENTENCE.search(line) and not line[:1].islower() for line in kept):
            self.rows = tuple(kept)
        # One marked line is more likely a wrapped dash than a list.
        if len(starts) >= 2:
            bounds = zip(starts, [*starts[1:], len(lines)])
            self.items = tuple(" ".join(_ITEM.sub("", lines[a], count=1).split() + " ".join(lines[a + 1:b]).split())
                               for a, b in bounds)
            self.lead = " ".join(" ".join(lines[:starts[0]]).split())
            self.ordered = all(_ITEM.match(lines[i]).group(2) for i in starts)
        return self


def answer_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Return the paragraphs of ``text`` as ``split_paragraphs`` does, each knowing its list.

    The lines of a list ("- a probe", "2. Dig") are the author's, not wrapping, so a card
    can show them as a list instead of running them into one line.
    """
    return tuple(Paragraph(p) for p in text.split("\n\n") if p.strip())


@dataclass(frozen=True)
class Section:
    """One heading of a term and its prose; paragraphs are separated by a blank line."""

    heading: str
    topic: str
    text: str
    line: int | None = None

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """Return the section's paragraphs, each on one line."""
        return split_paragraphs(self.text)


@dataclass(frozen=True)
class OwnCard:
    """A card the author wrote in a term file: a question and answer, or a cloze sentence.

    ``cloze`` holds the author's ``{{c1::…}}`` markup, already checked; ``id`` is the
    author's name for the card, else empty (then its identity is derived, see owncards.py).
    """

    topic: str
    heading: str
    question: str = ""
    answer: str = ""
    cloze: str = ""
    id: str = ""
    line: int | None = None


@dataclass(frozen=True)
class ClozeKeys:
    """The author's say over a term's cloze cards: the ``cloze:`` key of its term file.

    ``hide``: phrases always hidden; ``keep``: phrases never hidden; ``skip``: sentences
    (or a part of each that finds it) that get no cloze card. ``lines`` gives the line of
    each entry, for messages.
    """

    hide: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()
    skip: tuple[str, ...] = ()
    lines: tuple[tuple[str, str, int | None], ...] = ()

    def entries(self) -> tuple[tuple[str, str, int | None], ...]:
        """Return (key, entry, line) for every entry, in the file's order."""
        return self.lines or tuple((k, e, None) for k in ("hide", "keep", "skip") for e in getattr(self, k))


@dataclass(frozen=True)
class Term:
    """One glossary term, read from a term file or a page, already validated."""

    id: str
    name: str
    definition: str
    deck: str
    aliases: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
    related: tuple[str, ...] = ()
    discarded: tuple[str, ...] = ()
    source: str | None = None
    path: str = ""
    line: int | None = None
    definition_line: int | None = None
    #: "singular" or "plural" when the term file says so; else computed from the name.
    number: str | None = None
    #: "the", "a", "an" or "none" when the term file says which article the prompts put
    #: before the name; else found from the term's text.
    article: str | None = None
    #: The author's own cards, in the order the file lists them.
    cards: tuple[OwnCard, ...] = ()
    cloze: ClozeKeys = ClozeKeys()

    @property
    def definition_at(self) -> int | None:
        """Return the line where the definition is written, else where the term starts."""
        return self.definition_line or self.line

    def texts(self) -> tuple[tuple[str, str, int | None], ...]:
        """Return (what, text, line) for the definition and each section, for messages."""
        return (("definition", self.definition, self.definition_at),
                *((f"section {s.heading!r}", s.text, s.line) for s in self.sections))


@dataclass(frozen=True)
class Deck:
    """A folder of terms and the settings of its ``deck.yaml``."""

    id: str
    title: str
    description: str = ""
    topic_order: tuple[str, ...] = ()
    synonyms: tuple[tuple[str, str], ...] = ()
    kinds: tuple[str, ...] = ()
    terms: tuple[Term, ...] = ()
    path: str = ""


@dataclass(frozen=True, slots=True)  # half a million of these in a large build
class Card:
    """One rendered flashcard: what Anki shows and what a print sheet shows.

    ``front`` and ``back`` are HTML fragments rendered from the templates, with all
    source text escaped. ``key`` is the card's stable identity (deck, term id, topic,
    kind, and for some kinds a role), from which its note GUID is derived.

    A ``cloze`` card is one Anki note that makes a card per hidden phrase: ``front`` is its
    cloze markup (filled in, it is also the answer), ``back`` what the answer adds to it
    (nothing yet) and ``context`` the term's name when the sentence does not name it.
    ``prompts`` and ``answers`` are plain text, one pair per Anki card, for checks and
    statistics.
    """

    deck: str
    deck_title: str
    topic: str
    topic_title: str
    term_id: str
    term_name: str
    kind: str
    front: str
    back: str
    key: str
    guid: str
    tags: tuple[str, ...] = ()
    source: str = ""
    line: int | None = None
    extra: str = ""
    context: str = ""
    prompts: tuple[str, ...] = ()
    answers: tuple[str, ...] = ()
    #: Where the note's new cards come in Anki (their "due" number): the order the deck's
    #: term files are read, and within a term the order it reads, definition first.
    position: int = 0
    #: For a card of a note with several card templates (a term's definition note:
    #: "Forward" or "Reverse"), which of them it is; cards of one note share key and GUID.
    template: str = ""

    @property
    def anki_cards(self) -> int:
        """Return how many cards Anki makes from this note (one per cloze, else one)."""
        return max(1, len(self.prompts)) if self.kind == "cloze" else 1


_CARD_SLOTS = tuple(Card.__dict__[f.name].__set__ for f in fields(Card))


def _slot_setter() -> Callable[[Sequence[object]], Card]:
    """Return ``card_of``: a function that unpacks the values and sets each slot by name.

    Written out field by field (as ``dataclasses`` writes ``__init__``) rather than as a
    loop over the slots: a quarter of the loop's cost per card.
    """
    names = [f"v{i}" for i in range(len(_CARD_SLOTS))]
    setters = [f"_set{i}" for i in range(len(_CARD_SLOTS))]
    lines = [f"def card_of(values, _new=object.__new__, _Card=Card, "
             f"{', '.join(f'{s}=_SLOTS[{i}]' for i, s in enumerate(setters))}):",
             f"    {', '.join(names)}, = values",
             "    card = _new(_Card)",
             *(f"    {s}(card, {n})" for s, n in zip(setters, names)),
             "    return card"]
    namespace: dict = {"_SLOTS": _CARD_SLOTS, "Card": Card}
    exec("\n".join(lines), namespace)  # noqa: S102 - code made here from the field count alone
    return namespace["card_of"]


#: ``card_of(values)``: ``Card(*values)`` for a value of every field, in their order, without
#: its checks (ValueError for too many or too few values). Made slot by slot, a card costs a
#: small part of what the frozen class's ``__init__`` costs (it sets each field through
#: ``object.__setattr__``); a one-page edit of a large deck makes every cached card again,
#: in its place in the deck.
card_of = _slot_setter()

#: The names of a card's fields, in their order: the order of ``card_values`` and ``card_of``.
CARD_FIELDS = tuple(f.name for f in fields(Card))
_CARD_VALUES = operator.attrgetter(*CARD_FIELDS)
_POSITION = CARD_FIELDS.index("position")


def card_values(card: Card) -> list:
    """Return the value of each of the card's fields, in their order: what ``card_of`` takes
    back, to make a card changed in a field or two without ``dataclasses.replace``."""
    return list(_CARD_VALUES(card))


def with_position(card: Card, position: int) -> Card:
    """Return ``dataclasses.replace(card, position=position)``, made slot by slot as ``card_of``
    makes a card: every rendered card is numbered so, and ``replace`` looks the fields up anew
    for each and sets them through the frozen class's ``__init__``."""
    values = card_values(card)
    values[_POSITION] = position
    return card_of(values)
