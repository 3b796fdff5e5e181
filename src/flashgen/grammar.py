"""How a term's name reads inside a sentence: its grammatical number and its capitals."""

from __future__ import annotations

import re
from functools import lru_cache

NUMBERS = ("singular", "plural")

_WORD = re.compile(r"[\w'’-]+")
#: An abbreviation's plural: capitals or digits, then a lower-case "s" (SCFAs, BCAAs).
_ABBREVIATION_PLURAL = re.compile(r"^[A-Z0-9][A-Z0-9-]*[A-Z0-9]s$")
#: Singular nouns that an inflection library takes for plurals ("sepsis", "pancreas",
#: "lactobacillus"): medical vocabulary is full of Greek and Latin singulars in -s.
_SINGULAR_ENDINGS = ("ss", "us", "is", "as", "ens")


def _is_abbreviation(word: str) -> bool:
    """Return whether ``word`` is written as an abbreviation or symbol (TSH, VO2, HbA1c, T3)."""
    return sum(ch.isupper() for ch in word) >= 2 or re.search(r"[A-Z]\d|\d[A-Z]", word) is not None


@lru_cache(maxsize=1)
def inflect_engine():
    """Return inflect's engine, the one source of singulars and plurals (names and headings)."""
    # inflect wraps each of its functions in typeguard's @typechecked, which re-reads and
    # recompiles their source at import: about 1.3 s on this project's machines, paid by
    # every build whose headings or names end like a plural. Its checks only guard
    # argument types, and flashgen passes it plain strings, so the decorator is made a
    # no-op while inflect is imported (0.05 s) and put back at once.
    try:
        import typeguard
    except ImportError:  # an inflect that no longer uses it
        import inflect

        return inflect.engine()
    checked = typeguard.typechecked
    typeguard.typechecked = _unchecked
    try:
        import inflect
    finally:
        typeguard.typechecked = checked
    return inflect.engine()


def _unchecked(target=None, **_options):
    """Stand in for ``typeguard.typechecked`` (used bare or with options): return what it wraps."""
    return target if target is not None else (lambda function: function)


@lru_cache(maxsize=65536)
def name_number(name: str) -> str:
    """Return "plural" or "singular": the grammatical number of a name, from its last word."""
    words = _WORD.findall(name)
    if not words:
        return "singular"
    last = words[-1].rstrip("-0123456789") or words[-1]  # "peptide-1" is counted as "peptide"
    if _is_abbreviation(last):
        return "plural" if _ABBREVIATION_PLURAL.match(last) else "singular"
    word = last.lower()
    if word.endswith(_SINGULAR_ENDINGS) or not word.endswith(("s", "a", "i", "ae")):
        return "singular"  # only those endings make English, Latin or Greek plurals
    singular = inflect_engine().singular_noun(word)
    # False: not a plural; the word itself: a noun of one form ("series", "diabetes").
    return "plural" if singular and singular != word else "singular"


def prose_name(name: str, texts: tuple[str, ...] = ()) -> str:
    """Return the name as it is written inside a sentence ("Beta blockers" → "beta blockers").

    The term's own texts decide first: where they use the name after a sentence's first
    word, that spelling is kept (so "TSH" and "Crohn's disease" stay as written, and a
    name the texts write in lower case is lower-cased). Otherwise a first word capitalised
    only because it starts the name is lower-cased, unless the name is in Title Case or
    the word is possessive, an abbreviation or a symbol.
    """
    seen = _used_inside_sentences(name, texts)
    if seen is not None:
        return seen
    words = name.split(" ")
    first = words[0]
    if not first[:1].isupper() or _is_abbreviation(first) or re.search(r"['’]s$", first):
        return name
    rest = [w for w in words[1:] if w[:1].isalpha()]
    if rest and all(w[:1].isupper() and not _is_abbreviation(w) for w in rest):
        return name  # "Cortisol Awakening Response": maybe a proper name; keep the author's capitals
    return first[0].lower() + first[1:] + name[len(first):]


def _used_inside_sentences(name: str, texts: tuple[str, ...]) -> str | None:
    """Return the spelling the texts give ``name`` where it does not start a sentence, if any."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", re.IGNORECASE)
    for text in texts:
        for m in pattern.finditer(text):
            before = text[:m.start()].rstrip(" \"'“‘(")
            if before and not before.endswith((".", "!", "?", ":", "\n")):
                return m.group(0)
    return None
