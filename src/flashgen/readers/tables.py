"""Say a row of a table of several columns as one sentence a card can show.

Markdown and HTML tables with a header row and three or more columns, and tables of two
columns of values, are read the same way: the first cell names the row and every other
cell is a value after its column's header, so that each row is a sentence of its section
(and a cloze of its own) with no header word run into a value.
"""

from __future__ import annotations

import re

_DIGIT_RE = re.compile(r"\d")
_NUMBER_CELL_RE = re.compile(r"^[<>≈~]?\s?\d[\d.,]*$")
# A column's header is a label of a few words.
_LABEL_MAX_WORDS = 6


def _phrase(head: str) -> str:
    # A header inside a sentence: "Round keys" reads "round keys", "RAM" stays "RAM".
    return head if len(head) > 1 and head.isupper() else head[:1].lower() + head[1:]


def reads_as_header(first: list[str], body: list[list[str]]) -> bool:
    """Return whether a table's first row, written as ordinary cells, names its columns.

    Its cells are all short labels (a few words, no digits, no sentence), and the rows under
    it are not: some cell below holds a figure or a phrase longer than any label.
    """
    def label(cell: str) -> bool:
        return bool(cell) and len(cell.split()) <= _LABEL_MAX_WORDS and not _DIGIT_RE.search(cell) \
            and not cell.endswith((".", "!", "?"))
    return all(label(cell) for cell in first) and any(
        _DIGIT_RE.search(cell) or len(cell.split()) > _LABEL_MAX_WORDS for row in body for cell in row)


def row_sentence(header: list[str], cells: list[str]) -> str:
    """Return a table's row as one sentence: its first cell, then each value with its header.

    A value is given after its column's header and a colon, never run into it: under
    "Grit | Abrasive | Used for" the row "Coarse | Silicon carbide | Shaping the bevel" reads
    "Coarse — abrasive: Silicon carbide; used for: Shaping the bevel.". A count reads as one
    ("10 rounds" under "Rounds"); a row named by a figure ("128 bits") is named with its
    column's header ("Key size 128 bits"), a row named by a word needs none.
    """
    first = cells[0] if cells else ""
    label = f"{header[0]} {first}" if first and header and header[0] and _DIGIT_RE.search(first) else first
    values = []
    labelled = False
    for head, cell in zip(header[1:], cells[1:]):
        if not cell:
            continue
        if not head:
            values.append(cell)
        elif _NUMBER_CELL_RE.match(cell) and head.endswith("s"):
            values.append(f"{cell} {_phrase(head)}")  # a count: "10 rounds", "11 round keys"
        else:
            values.append(f"{_phrase(head)}: {cell}")  # "loss: 4%"
            labelled = True
    values += [cell for cell in cells[len(header):] if cell]  # a row longer than its header
    # Values with headers are parted by semicolons, as their own text may hold commas.
    joined = ("; " if labelled else ", ").join(values)
    text = (f"{label}{' —' if labelled else ':'} " if label and values else label) + joined
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")


# A row's values after its name: " — header: value; header: value".
_ROW_VALUES_RE = re.compile(r" — (?=[^:;—]{1,80}: )(?P<values>[^—]+)$")


def column_labels(sentence: str) -> tuple[str, ...]:
    """Return the column headers a row sentence (``row_sentence``) names its values by.

    They label the facts and are never themselves what a cloze should ask: in "Coarse —
    abrasive: Silicon carbide; used for: Shaping the bevel." they are "abrasive" and "used for".
    """
    found = _ROW_VALUES_RE.search(sentence.rstrip())
    if not found:
        return ()
    labels = []
    for part in found.group("values").split("; "):
        head, colon, _ = part.partition(": ")
        if colon and len(head.split()) <= _LABEL_MAX_WORDS:
            labels.append(head.strip())
    return tuple(labels)
