"""Split term text into sentences, the unit a short card asks about.

nupunkt, a Punkt splitter with an English model in its wheel, decides where sentences
end: it knows abbreviations ("Dr.", "vs.", "et al."), decimals, initials ("A. V. Hill"),
"e.g."/"i.e.", quotes and brackets, and it runs in time linear in the text, so pages of
any size split quickly. benchmarks/splitters.py compares it with other splitters.
"""

from __future__ import annotations

from functools import lru_cache

from .model import split_paragraphs


@lru_cache(maxsize=1)
def _tokenizer():
    # Imported on first use: a rebuild that renders nothing never needs it.
    from nupunkt import load

    return load("default")


@lru_cache(maxsize=4096)  # cards and lints split the same texts again
def split_sentences(text: str) -> tuple[str, ...]:
    """Return the sentences of ``text``, paragraph by paragraph, each stripped of spaces."""
    tokenizer = _tokenizer()
    out: list[str] = []
    for paragraph in split_paragraphs(text):
        out.extend(s.strip() for s in tokenizer.tokenize(paragraph) if s.strip())
    return tuple(out)
