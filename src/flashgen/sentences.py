"""Split term text into sentences, the unit a short card asks about.

nupunkt, a Punkt splitter with an English model in its wheel, decides where sentences
end: it knows abbreviations ("Dr.", "vs.", "et al."), decimals, initials ("A. V. Hill"),
"e.g."/"i.e.", quotes and brackets, and it runs in time linear in the text, so pages of
any size split quickly. benchmarks/splitters.py compares it with other splitters.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .model import split_paragraphs


@lru_cache(maxsize=1)
def _tokenizer():
    # Imported on first use: a rebuild that renders nothing never needs it.
    from nupunkt import load

    return load("default")


# Abbreviations that introduce what follows and never end a sentence. nupunkt splits
# after them when a lone capital comes next ("one flat, e.g. F major"), taking the capital
# for an initial that starts a sentence.
_NEVER_LAST = re.compile(r"(?<![\w.])(?:e\.g|i\.e|cf|viz)\.$", re.IGNORECASE)


@lru_cache(maxsize=4096)  # cards and lints split the same texts again
def split_sentences(text: str) -> tuple[str, ...]:
    """Return the sentences of ``text``, paragraph by paragraph, each stripped of spaces."""
    tokenizer = _tokenizer()
    out: list[str | None] = []
    for paragraph in split_paragraphs(text):
        pieces = [s.strip() for s in tokenizer.tokenize(paragraph) if s.strip()]
        for piece in pieces:
            if out and out[-1] is not None and _NEVER_LAST.search(out[-1]):
                out[-1] = f"{out[-1]} {piece}"
            else:
                out.append(piece)
        out.append(None)  # a paragraph's last sentence is never joined to the next one
    return tuple(s for s in out if s is not None)
