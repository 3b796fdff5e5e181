"""Characters that must never reach a card, and a last check of everything a package holds.

Anki separates a note's fields with U+001F, so that character in any field makes Anki
refuse the whole package; the other C0 and C1 control characters, and lone surrogates
(which cannot be written as UTF-8 at all), have no place in card text either. Tab, line
feed, carriage return and form feed are ordinary white space in text and are allowed.
"""

from __future__ import annotations

import re
from pathlib import Path
from collections.abc import Iterable, Sequence

from .errors import Problem, display_path
from .model import Card, Deck

_UNSAFE_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_NAMES = {0x00: "NUL", 0x07: "BEL", 0x08: "backspace", 0x1B: "ESC",
          0x1F: "Anki's field separator"}


def unsafe_character(text: str) -> tuple[int, str] | None:
    """Return (offset, description) of the first character that must not reach a card, or None."""
    match = _UNSAFE_RE.search(text)
    if match is None:
        return None
    code = ord(match.group())
    if 0xD800 <= code <= 0xDFFF:
        return match.start(), f"a lone surrogate U+{code:04X} (not a character; cannot be saved as UTF-8)"
    name = _NAMES.get(code)
    return match.start(), f"control character U+{code:04X}" + (f" ({name})" if name else "")


def check_cards(decks: Sequence[Deck], cards: Iterable[Card]) -> list[Problem]:
    """Return a problem for every card or deck name that holds a character Anki cannot take.

    Term files and pages are checked when they are read; this catches what other routes
    bring in: folder and file names, and templates.
    """
    problems: list[Problem] = []
    for deck in decks:
        for what, text in (("deck title", deck.title), ("deck description", deck.description)):
            found = unsafe_character(text)
            if found:
                problems.append(Problem(deck.path, None, f"{what} contains {found[1]}"))
        if "::" in deck.title:
            from .terms import deck_settings_file  # terms.py uses this module

            settings = deck_settings_file(Path(deck.path))
            problems.append(Problem(display_path(settings) if settings else deck.path, None, f"deck title {deck.title!r} contains '::', which "
                                    "Anki reads as a subdeck; write it without"))
    titles: set[tuple[str, str]] = set()
    cards = list(cards)
    for card in cards:
        if "::" in card.topic_title and (card.deck, card.topic_title) not in titles:
            titles.add((card.deck, card.topic_title))
            problems.append(Problem(card.source or None, card.line,
                                    f"heading {card.topic_title!r} contains '::', which Anki reads as "
                                    "a subdeck; write it without"))
    # Searched a thousand cards at a time: one regular-expression pass over their joined
    # text costs a fraction of one search per field; only a chunk with a find is walked.
    for start in range(0, len(cards), 1000):
        chunk = cards[start:start + 1000]
        joined = "\n".join(f"{c.front}\n{c.back}\n{c.term_name}\n{c.topic_title}\n{c.context}\n"
                            f"{c.extra}\n{c.key}\n{' '.join(c.tags)}" for c in chunk)
        if _UNSAFE_RE.search(joined):
            problems.extend(_card_problems(chunk))
    return problems


def _card_problems(cards: Sequence[Card]) -> list[Problem]:
    problems = []
    for card in cards:
        fields = (("question", card.front), ("answer", card.back), ("term name", card.term_name),
                  ("topic title", card.topic_title), ("context", card.context),
                  ("extra", card.extra), ("identity", card.key), *(("tag", t) for t in card.tags))
        for what, text in fields:
            found = unsafe_character(text)
            if found:
                problems.append(Problem(card.source or None, card.line,
                                        f"the {what} of card {card.key!r} contains {found[1]}"))
                break
    return problems
