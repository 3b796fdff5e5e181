"""Count a build's cards per topic and kind and measure how long their answers are."""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from .cards import deck_topics, topic_titles
from .model import KINDS, Card, Deck


def answer_words(cards: Sequence[Card]) -> list[int]:
    """Return the length in words of every Anki card's answer."""
    return [len(answer.split()) for card in cards for answer in card.answers]


def format_stats(decks: Sequence[Deck], cards: Sequence[Card]) -> str:
    """Return, for each deck, a table of Anki cards per topic and kind and of answer lengths."""
    blocks = []
    for deck in decks:
        mine = [c for c in cards if c.deck == deck.id]
        kinds = [k for k in KINDS if any(c.kind == k for c in mine)]
        titles = topic_titles(deck)
        rows: list[list[str]] = [["topic", *kinds, "total"]]
        for topic in deck_topics(deck):
            here = [c for c in mine if c.topic == topic]
            if here:
                rows.append([titles[topic], *(str(_count(here, k)) for k in kinds), str(_count(here))])
        rows.append(["total", *(str(_count(mine, k)) for k in kinds), str(_count(mine))])
        rows.append([])
        rows.append(["answer words", *kinds, "all"])
        groups = [[c for c in mine if c.kind == k] for k in kinds] + [mine]
        rows.append(["median", *(_median(g) for g in groups)])
        rows.append(["max", *(_max(g) for g in groups)])
        blocks.append(f"{deck.title} ({deck.id})\n" + _table(rows))
    return "\n\n".join(blocks)


def _count(cards: Sequence[Card], kind: str | None = None) -> int:
    return sum(c.anki_cards for c in cards if kind is None or c.kind == kind)


def _median(cards: Sequence[Card]) -> str:
    lengths = answer_words(cards)
    return f"{statistics.median(lengths):g}" if lengths else "-"


def _max(cards: Sequence[Card]) -> str:
    lengths = answer_words(cards)
    return str(max(lengths)) if lengths else "-"


def _table(rows: list[list[str]]) -> str:
    width = max(len(r[0]) for r in rows if r)
    columns = max(len(r) for r in rows)
    widths = [max((len(r[i]) for r in rows if len(r) > i), default=0) for i in range(columns)]
    lines = []
    for row in rows:
        if not row:
            lines.append("")
            continue
        cells = [row[0].ljust(width)] + [cell.rjust(max(widths[i], 5)) for i, cell in enumerate(row) if i]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)
