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
    # Values with headers are parted by semicolons, as their own text may hold commas, and
    # so are phrases of words ("The glaze pulls back; Dust on the bisque"), never figures.
    prose = any(len(value.split()) >= 3 and not _DIGIT_RE.search(value) for value in values)
    joined = ("; " if labelled or prose else ", ").join(values)
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


# The two headers of a table of advice or of a weighing-up, whose columns are two lists side
# by side, not rows of a term and its definition: "Do | Don't", "Pros | Cons", "Vorteile |
# Nachteile". A cell is one item of its column, unrelated to the cell beside it.
_FOR_HEADS = frozenset({
    "do", "dos", "do's", "what to do", "things to do", "try", "recommended", "yes", "pros", "pro",
    "advantages", "benefits", "strengths", "for", "good", "right",
    "tun", "was sie tun können", "empfohlen", "vorteile", "pro", "richtig", "ja",
    "à faire", "a faire", "conseillé", "avantages", "pour", "oui",
    "qué hacer", "hacer", "sí", "recomendado", "ventajas", "a favor",
    "cosa fare", "da fare", "fare", "sì", "vantaggi", "pro", "consigliato",
    "wel doen", "doen", "voordelen", "aanbevolen",
    "rób", "co robić", "zalety", "tak", "zalecane",
})
_AGAINST_HEADS = frozenset({
    "don't", "don’t", "dont", "do not", "don'ts", "don’ts", "dont's", "what not to do", "things to avoid",
    "avoid", "not recommended", "no", "cons", "con", "disadvantages", "drawbacks", "risks", "weaknesses",
    "against", "bad", "wrong",
    "lassen", "vermeiden", "was sie vermeiden sollten", "nicht empfohlen", "nachteile", "contra", "kontra",
    "falsch", "nein",
    "à éviter", "a éviter", "à ne pas faire", "déconseillé", "inconvénients", "contre", "non",
    "qué no hacer", "no hacer", "evitar", "no recomendado", "desventajas", "inconvenientes", "en contra",
    "cosa non fare", "da evitare", "non fare", "evitare", "svantaggi", "contro", "sconsigliato",
    "niet doen", "vermijden", "nadelen", "afgeraden", "nee",
    "nie rób", "czego nie robić", "unikaj", "wady", "nie", "niezalecane",
})
# Headers that read as the start of the item's own sentence: "Do" + "wear soft shoes".
_IMPERATIVE_HEADS = frozenset({"do", "don't", "don’t", "do not", "avoid", "try", "tun", "lassen", "vermeiden",
                               "evitar", "evitare", "unikaj", "rób", "nie rób"})


def _head(cell: str) -> str:
    return " ".join(cell.casefold().replace("’", "'").strip(" :*").split())


def is_two_lists(header: list[str]) -> bool:
    """Return whether a two-column table's header names two lists side by side (Do / Don't,
    Pros / Cons, in the common European languages): its rows pair no term with a definition."""
    if len(header) != 2:
        return False
    first, second = _head(header[0]), _head(header[1])
    return (first in _FOR_HEADS and second in _AGAINST_HEADS) or (first in _AGAINST_HEADS and second in _FOR_HEADS)


def column_items(header: list[str], rows: list[list[str]]) -> list[str]:
    """Return a table of two lists as items of its section, a column after the other, each
    item said with its column's header: "Do wear shoes with cushioned heels.", "Cons: heavy.".
    An empty cell (one list is shorter) is no item."""
    items = []
    for k, head in enumerate(header):
        label = " ".join(head.split()).strip(" :")
        for cells in rows:
            cell = cells[k].strip() if k < len(cells) else ""
            if not cell:
                continue
            if _head(label) in _IMPERATIVE_HEADS and cell.casefold().startswith(_head(label) + " "):
                text = cell[:1].upper() + cell[1:]  # "do regular stretching" under "Do" says it already
            elif _head(label) in _IMPERATIVE_HEADS:
                text = f"{label[:1].upper()}{label[1:]} {cell[:1].lower() + cell[1:] if not cell[:2].isupper() else cell}"
            else:
                text = f"{label}: {cell}"
            items.append(text if text.endswith((".", "!", "?")) else text + ".")
    return items
