"""Say a row of a table of several columns as one sentence a card can show.

Markdown and HTML tables with a header row and three or more columns are read the same
way: the first cell names the row and every other cell is a value with its column's
header, so that each row is a sentence of its section (and a cloze of its own).
"""

from __future__ import annotations

import re

_DIGIT_RE = re.compile(r"\d")
_NUMBER_CELL_RE = re.compile(r"^[<>≈~]?\s?\d[\d.,]*$")


def _phrase(head: str) -> str:
    # A header inside a sentence: "Round keys" reads "round keys", "RAM" stays "RAM".
    return head if len(head) > 1 and head.isupper() else head[:1].lower() + head[1:]


def row_sentence(header: list[str], cells: list[str]) -> str:
    """Return a table's row as one sentence: its first cell, then each value with its header.

    Under the header "Key size | Rounds | Round keys" the row "128 bits | 10 | 11" reads "Key
    size 128 bits: 10 rounds, 11 round keys."; a row named by a word ("Light pipe") needs no
    header before it.
    """
    first = cells[0] if cells else ""
    label = f"{header[0]} {first}" if first and header and header[0] and _DIGIT_RE.search(first) else first
    values = []
    for head, cell in zip(header[1:], cells[1:]):
        if not cell:
            continue
        if not head:
            values.append(cell)
        elif _NUMBER_CELL_RE.match(cell) and head.endswith("s"):
            values.append(f"{cell} {_phrase(head)}")  # a count: "10 rounds", "11 round keys"
        else:
            values.append(f"{_phrase(head)} {cell}")  # "loss 4%"
    values += [cell for cell in cells[len(header):] if cell]  # a row longer than its header
    text = (f"{label}: " if label and values else label) + ", ".join(values)
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")
