"""Find where a text spells out an abbreviation: words whose initials make it ("Network address translation" for NAT)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache

#: A word, hyphenated parts included ("Point-to-Point"), not starting with a digit.
_WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[\w'’]+)*")
#: Small words an expansion may have between its initials ("Bill of Materials" for BOM).
_SMALL = frozenset({"of", "the", "and", "for", "in", "to", "on", "with", "a", "an", "de"})
_ARTICLES = frozenset({"the", "a", "an"})
#: Searched anywhere in a text, an expansion of fewer letters is too often chance.
_ANYWHERE_LETTERS = 3


def is_abbreviation(name: str) -> bool:
    """Return whether ``name`` is written as an abbreviation of capitals (NAT, OSPF, ATIS)."""
    return 2 <= len(name) <= 8 and name.isalpha() and name.isupper()


def _initials_end(words: list[str], at: int, letters: str) -> int | None:
    """Return the index after the last word of an expansion of ``letters`` starting at ``at``, or None."""

    def match(i: int, k: int) -> int | None:
        if k == len(letters):
            return i
        if i >= len(words):
            return None
        word = words[i].lower()
        parts = [p for n, p in enumerate(word.split("-")) if p and (n == 0 or p not in _SMALL)]
        tries = []
        if len(parts) > 1 and "".join(p[0] for p in parts) == letters[k:k + len(parts)]:
            tries.append(len(parts))  # "Point-to-Point" gives P, P
        if word[:1] == letters[k]:
            tries.append(1)
        if k and word in _SMALL:
            tries.insert(0, 0)  # a small word is passed over before it is taken for a letter
        for step in tries:
            end = match(i + 1, k + step)
            if end is not None:
                return end
        return None

    if at >= len(words) or words[at].lower() in _SMALL:
        return None
    return match(at, 0)


@lru_cache(maxsize=1024)
def _bracketed(abbreviation: str) -> re.Pattern[str]:
    """Return the expression of "(ABBREVIATION)", spaces allowed inside the brackets."""
    return re.compile(r"\(\s*" + re.escape(abbreviation) + r"\s*\)")


def spelled_out(abbreviation: str, text: str, anywhere: bool = False) -> list[str]:
    """Return the expansions of ``abbreviation`` in ``text``, as the text writes them.

    Looked for at the start of the text (after an article) and right before
    "(ABBREVIATION)"; with ``anywhere``, at every word too (for abbreviations of three
    letters or more).
    """
    if not is_abbreviation(abbreviation):
        return []
    letters = abbreviation.lower()
    spans = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]
    words = [w for _, _, w in spans]
    found: list[str] = []

    def add(start: int, end: int | None) -> None:
        if end is not None:
            found.append(text[spans[start][0]:spans[end - 1][1]])

    first = 1 if words and words[0].lower() in _ARTICLES else 0
    add(first, _initials_end(words, first, letters))
    ends = [end for _, end, _ in spans]
    for m in _bracketed(abbreviation).finditer(text) if abbreviation in text else ():
        last = bisect.bisect_right(ends, m.start()) - 1  # the last word ending before the brackets
        if last < 0:
            continue
        for start in range(last, max(-1, last - 2 * len(letters)), -1):
            if _initials_end(words, start, letters) == last + 1:
                add(start, last + 1)
                break
    if anywhere and len(letters) >= _ANYWHERE_LETTERS:
        for start in range(len(words)):
            if words[start].lower()[:1] == letters[0]:  # no expansion starts at another letter
                add(start, _initials_end(words, start, letters))
    return list(dict.fromkeys(found))


def expansions(names: Iterable[str], text: str) -> tuple[str, ...]:
    """Return every expansion that ``text`` gives of the abbreviations among ``names``."""
    return tuple(dict.fromkeys(e for name in names for e in spelled_out(name, text)))
