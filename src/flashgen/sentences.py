"""Split term text into sentences, the unit a short card asks about."""

from __future__ import annotations

from functools import lru_cache

import pysbd

from .model import split_paragraphs


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    # clean=False keeps the author's characters, so a sentence can be found again in its
    # paragraph and shown exactly as written.
    return pysbd.Segmenter(language="en", clean=False)


@lru_cache(maxsize=4096)  # cards and lints split the same texts again
def split_sentences(text: str) -> tuple[str, ...]:
    """Return the sentences of ``text``, paragraph by paragraph, each stripped of spaces."""
    out: list[str] = []
    for paragraph in split_paragraphs(text):
        out.extend(s.strip() for s in _segmenter().segment(paragraph) if s.strip())
    return tuple(out)
