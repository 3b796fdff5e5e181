"""Split term text into sentences, the unit a short card asks about.

pysbd knows abbreviations, decimals, initials, quotes and lists, but it is slow: it runs
dozens of regular expressions per paragraph and finds each sentence again in the
paragraph, which grows with the square of the paragraph's length. Most glossary prose
needs none of that care, so a paragraph made only of plain sentences (words, commas,
no quotes or brackets, every full stop after an ordinary word and before a capital) is
split directly; its result is the one pysbd gives (the tests check this on generated
text). Anything else goes to pysbd, in pieces of bounded length.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd

from .model import split_paragraphs

#: A paragraph longer than this is cut at likely sentence ends before pysbd sees it, and a
#: piece still longer than this is taken as one sentence, so that no text makes pysbd's
#: quadratic work unbounded.
MAX_PYSBD_CHARS = 5_000

# Characters of a plain paragraph: anything else (quotes, brackets, other punctuation,
# non-ASCII letters) may change where pysbd ends a sentence.
_PLAIN = re.compile(r"[A-Za-z0-9 ,;:%/'’.-]*")
# An apostrophe that is not inside a word may open or close a quotation.
_LOOSE_APOSTROPHE = re.compile(r"(?<![A-Za-z])['’]|['’](?![A-Za-z])")
_INNER_DOT = re.compile(r"(?<=\d)\.(?=\d)|(?<![A-Za-z.])(?:e\.g|i\.e)\.(?=,? [a-z])")
_LAST_WORD = re.compile(r"(?:^| )([A-Za-z]+)$")
_ROMAN = frozenset("i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx".split())
# Likely sentence ends, where an overlong paragraph is cut before pysbd sees it.
_LIKELY_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    # clean=False keeps the author's characters, so a sentence can be found again in its
    # paragraph and shown exactly as written.
    return pysbd.Segmenter(language="en", clean=False)


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    # Every word pysbd treats specially before a full stop.
    rules = _segmenter().language_module.Abbreviation
    words = [*rules.ABBREVIATIONS, *rules.PREPOSITIVE_ABBREVIATIONS, *rules.NUMBER_ABBREVIATIONS]
    return frozenset(w.casefold() for w in words) | _ROMAN


def fast_split(paragraph: str) -> list[str] | None:
    """Return the sentences of a paragraph of plain sentences, or None when pysbd must decide.

    ``paragraph`` is on one line with single spaces, as ``split_paragraphs`` gives it.
    """
    if not _PLAIN.fullmatch(paragraph) or _LOOSE_APOSTROPHE.search(paragraph):
        return None
    # Full stops inside a decimal or in "e.g."/"i.e." before a small letter end nothing;
    # they are set aside while the sentence ends are found.
    masked = _INNER_DOT.sub(lambda m: m.group().replace(".", "\0"), paragraph)
    pieces = masked.split(". ")
    if paragraph.endswith("."):
        pieces[-1] = pieces[-1][:-1]
        ends = len(pieces)
    else:
        ends = len(pieces) - 1
    sentences = []
    abbreviations = _abbreviations()
    for index, piece in enumerate(pieces):
        if "." in piece or not piece.strip() or (index and not "A" <= piece[0] <= "Z"):
            return None
        if index < ends:
            word = _LAST_WORD.search(piece)
            # Single letters are initials or list markers, others are abbreviations.
            if word is None or len(word.group(1)) < 2 or word.group(1).casefold() in abbreviations:
                return None
            sentences.append(piece + ".")
        else:
            sentences.append(piece)
    return [s.strip().replace("\0", ".") for s in sentences if s.strip()]


# A paragraph may be cut at plain sentence ends only when nothing in it makes pysbd look
# beyond one sentence: quotes and brackets (a quotation spans sentences), and list markers
# ("a.", "ii.", "3.") that pysbd pairs across the paragraph.
_SPANNING = re.compile(r"[\"“”‘«»()\[\]{}]|(?<![A-Za-z0-9.])[A-Za-z]+\.|\d\.(?!\d)")
_PLAIN_END = re.compile(r"(?<![^ ])([A-Za-z]{2,})\. (?=[A-Z])")


def _spans_sentences(paragraph: str) -> bool:
    if _LOOSE_APOSTROPHE.search(paragraph):
        return True
    for m in _SPANNING.finditer(paragraph):
        word = m.group()[:-1].casefold()
        # "e.g." and "i.e." are abbreviations, not list items "e." and "i.".
        if word in ("e", "i") and paragraph[m.end():m.end() + 2].casefold() in ("g.", "e."):
            continue
        if len(word) > 1 and word.isalpha() and word not in _ROMAN:
            continue
        return True
    return False


def _split_paragraph(paragraph: str) -> list[str]:
    """Return the sentences of one paragraph, as pysbd would split it."""
    fast = fast_split(paragraph)
    if fast is not None:
        return fast
    if _spans_sentences(paragraph):
        return _pysbd_split(paragraph)
    # Cut at plain sentence ends (an ordinary word, a full stop, a capital): pysbd ends a
    # sentence there too. Plain pieces are sentences; pysbd decides within the others.
    out: list[str] = []
    start = 0
    abbreviations = _abbreviations()
    for m in _PLAIN_END.finditer(paragraph):
        if m.group(1).casefold() in abbreviations:
            continue
        out.extend(_split_piece(paragraph[start:m.end() - 1]))
        start = m.end()
    out.extend(_split_piece(paragraph[start:]))
    return out


def _split_piece(piece: str) -> list[str]:
    fast = fast_split(piece)
    return fast if fast is not None else _pysbd_split(piece)


def _pysbd_split(paragraph: str) -> list[str]:
    if len(paragraph) <= MAX_PYSBD_CHARS:
        return _segmenter().segment(paragraph)
    out: list[str] = []
    chunk_start = 0
    last_cut = 0
    for m in _LIKELY_END.finditer(paragraph):
        if m.start() - chunk_start > MAX_PYSBD_CHARS and last_cut > chunk_start:
            out.extend(_piece(paragraph[chunk_start:last_cut]))
            chunk_start = last_cut
        last_cut = m.end()
    if len(paragraph) - chunk_start > MAX_PYSBD_CHARS and last_cut > chunk_start:
        out.extend(_piece(paragraph[chunk_start:last_cut]))
        chunk_start = last_cut
    out.extend(_piece(paragraph[chunk_start:]))
    return out


def _piece(text: str) -> list[str]:
    # A stretch without a likely sentence end is one sentence (too long for a cloze anyway).
    if len(text) > MAX_PYSBD_CHARS:
        return [text]
    return _segmenter().segment(text)


@lru_cache(maxsize=4096)  # cards and lints split the same texts again
def split_sentences(text: str) -> tuple[str, ...]:
    """Return the sentences of ``text``, paragraph by paragraph, each stripped of spaces."""
    out: list[str] = []
    for paragraph in split_paragraphs(text):
        out.extend(s.strip() for s in _split_paragraph(paragraph) if s.strip())
    return tuple(out)
