"""Choose what to hide in a sentence and write it as an Anki cloze, escaped and checked."""

from __future__ import annotations

import html
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import NamedTuple

from .expansions import is_abbreviation, spelled_out
from .keyphrases import (ListItem, content_stem, deck_key_phrases, everyday_compounds, holds_fact, hyphenated,
                         sentence_lists,
                         sentence_tokens, unbroken, unit_symbol, whole_name, zipf)

#: The most clozes one sentence becomes; beyond this a note reads as a puzzle, not a fact.
MAX_CLOZES = 4
#: What a hidden phrase looks like in a prompt, as Anki shows it.
BLANK = "[...]"

OWN_TERM = "~term"

# Scores of the phrases the deck itself names; general-language key phrases score
# between WORTH_ASKING and about 8 (see keyphrases.py). The author's ``hide`` wins over all.
_S_FORCED, _S_OWN, _S_OTHER, _S_ABBREVIATION = 100.0, 20.0, 12.0, 7.0
# A word at least this common (Zipf scale: "or" 6.9, "change" 5.6, "art" 5.2) is an
# everyday word first and a deck's name second.
_EVERYDAY = 5.0
#: The least score of a sentence's fourth cloze (a weak one is a worse card than three).
_S_FOURTH = 2.0
#: A named document or case holding a deck name is hidden whole up to this many words
#: ("International Convention on Maritime Liens and Mortgages 1993" has eight).
_NAME_SPACES = 10

_WORDS = re.compile(r"\w+")
_IN_PARENTHESES = re.compile(r"\(([A-Za-z][A-Za-z0-9-]{1,11})\)")
#: An abbreviation in brackets, a plural or a following word or two included: "(EMI)", "(SSRIs)", "(HPA axis)",
#: a Greek letter too: "(TNF-α)".
_ABBREVIATION_AFTER = re.compile(r"\(\s*([A-Za-z][A-Za-z0-9α-ωΑ-Ω-]{1,11})((?:\s+[a-z]+){0,2})\s*\)")
#: An abbreviation ending on a Greek letter, and the letters' names: "TNF-α", "IFNγ".
_GREEK_SUFFIX = re.compile(r"([A-Z]{2,8})-?([α-ω])")
_GREEK_NAMES = dict(zip("αβγδεζηθικλμνξοπρστυφχψω", """alpha beta gamma delta epsilon zeta eta theta iota kappa
lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega""".split()))
#: A quantity with its unit, then the same in other units in brackets: "20 °C (68 °F)".
_QUANTITY_WORDS = r"[−+-]?\d[\d,.]*\s?(?:°\s?[CF]|[^\W\d_][\w/²³]{0,6})"
_CONVERSION = re.compile(r"(?<![\w.,])" + _QUANTITY_WORDS + r"(?P<gap>\s*)(?P<opening>\()\s*"
                         r"(?:about\s+|approx\.\s+|approximately\s+|c\.\s+|~\s?)?" + _QUANTITY_WORDS + r"\s*\)")
#: A unit's symbol in brackets: "(J/kg)", "(Pa)", "(m/s²)".
_UNIT_AFTER = re.compile(r"\(\s*([µμ]?[A-Za-zΩ]{1,5}(?:/[A-Za-z]{1,5})*[²³]?)\s*\)")
#: An abbreviation with what it stands for in brackets after it: "LPS (lipopolysaccharide)".
_ABBREVIATION_BEFORE = re.compile(
    r"(?<![\w-])([A-Za-z][A-Za-z0-9-]{1,11})\s*\(\s*((?:the\s+|an?\s+)?[^\W\d_][^\W\d]*(?:[\s-][^\W\d]+){0,6})\s*\)")


@dataclass(frozen=True)
class Names:
    """The names of one term, to be hidden as one phrase: ``key`` says whose they are."""

    key: str
    variants: tuple[str, ...]


@dataclass(frozen=True)
class Cloze:
    """One sentence written as a cloze note.

    ``text`` is the note's Text field (escaped HTML with ``{{cN::…}}`` markup);
    ``answers`` and ``prompts`` are plain text, one per cloze number; ``phrases`` are the
    identities of the sentence's key phrases, what a note's GUID is derived from.
    """

    sentence: str
    text: str
    answers: tuple[str, ...]
    prompts: tuple[str, ...]
    phrases: tuple[str, ...]
    names_term: bool


class _Group(NamedTuple):
    """A phrase to hide, with every form it takes in the sentence."""

    key: str
    score: float
    variants: tuple[str, ...]
    #: What the group counts as in a note's identity, when that is not its key.
    identity: str = ""


def phrase_pattern(variants: Iterable[str]) -> re.Pattern[str]:
    """Return a regex finding any of ``variants`` as whole words, any case, plural or possessive."""
    if isinstance(variants, tuple):
        return _pattern_of(variants)  # a term's names: the same tuple for each of its sentences
    return _pattern_of(tuple(variants))


@lru_cache(maxsize=4096)
def _pattern_of(variants: tuple[str, ...]) -> re.Pattern[str]:
    return _compiled(tuple(sorted({v.strip() for v in variants if v.strip()}, key=lambda v: (-len(v), v))))


def _alternative(part: str) -> str:
    # "Benford's law" is the name written "Benford’s law" too: either apostrophe matches.
    return r"\s+".join(_APOSTROPHE.sub("['’]", re.escape(w)) for w in part.split())


_APOSTROPHE = re.compile("['’]")


def _compile(parts: tuple[str, ...]) -> re.Pattern[str]:
    # Longest first, so that "increased intestinal permeability" wins over its tail.
    body = "|".join(_alternative(p) for p in parts)
    return re.compile(rf"(?<!\w)(?:{body})(?:e?s|['’]s)?(?!\w)", re.IGNORECASE)


_compiled = lru_cache(maxsize=4096)(_compile)


class NameIndex:
    """The names of a deck's terms, searchable in one pass over a sentence.

    One regular expression with an alternative per name is tried at every position of
    every sentence, which grows with the size of the deck. The index instead looks up the
    words of the sentence among the names' first words and tries only the names found
    there, in the order the single expression would try them; the matches are the same.
    """

    def __init__(self, names: Iterable[Names]):
        self.owner: dict[str, Names] = {}
        for entry in names:
            for variant in entry.variants:
                self.owner.setdefault(_name_key(variant), entry)
        self._lookup = _WordLookup(self.owner) if self.owner else None

    def find(self, sentence: str) -> list[tuple[int, int, Names]]:
        """Return (start, end, names) for every term name in ``sentence``."""
        found = []
        for start, end in self._lookup.finditer(sentence) if self._lookup else ():
            text = _name_key(sentence[start:end])
            for suffix in ("", "'s", "es", "s"):
                stem = text[: len(text) - len(suffix)] if suffix else text
                if text.endswith(suffix) and stem in self.owner:
                    found.append((start, end, self.owner[stem]))
                    break
        return found


@lru_cache(maxsize=4096)
def _everyday(name: str) -> bool:
    """Return whether a name is one word so common in English that it is mostly not the name."""
    return " " not in name and "-" not in name and zipf(name) >= _EVERYDAY


def _written_as_word(sentence: str, start: int, end: int) -> bool:
    """Return whether a deck name found at ``start`` is an everyday word used as one: a name
    such as "Or" (heraldry) or "Change" (bell ringing) is the name only where it is written
    with its capital inside the sentence ("a chief Or over azure"), not in "azure or gules"."""
    return _everyday(_identity(sentence[start:end])) and not (start and sentence[start].isupper())


def _abbreviation_lowered(sentence: str, start: int, end: int, variants: Sequence[str]) -> bool:
    """Return whether the name found at ``start`` is one that is written in capitals ("ET",
    "TT") but stands in the sentence in small letters: then it is a word of its own (the
    French "et", "tt" of a web address), not the abbreviation."""
    found = sentence[start:end]
    if found.isupper():
        return False
    stem = _identity(found)
    for variant in variants:
        if variant.isupper() and sum(c.isalpha() for c in variant) >= 2:
            written = _identity(variant)
            if stem == written or (stem.startswith(written) and stem[len(written):] in ("s", "es", "'s", "’s")):
                return True
    return False


try:  # the characters that re's IGNORECASE takes as one besides their lower case
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - other Python versions
    _EXTRA_CASES = {}
import _sre

_RUN = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_WORD_CHAR = re.compile(r"\w")
_SUFFIXES = ("es", "s", "'s", "’s", "")


def _fold(run: str) -> str:
    """Return text folded so that two texts IGNORECASE matches to each other are equal."""
    if run.isascii():
        return run.lower()
    out = []
    for char in run:
        if char == "’":  # either apostrophe, as in a name's expression
            out.append("'")
            continue
        low = _sre.unicode_tolower(ord(char))
        out.append(chr(min((low, *_EXTRA_CASES.get(low, ())))))
    return "".join(out)


class _WordLookup:
    """``phrase_pattern(parts).finditer`` by looking up each word instead of trying every part."""

    def __init__(self, parts: Iterable[str]):
        # The order phrase_pattern gives its alternatives: the first that matches wins.
        self.parts = sorted({p.strip() for p in parts if p.strip()}, key=lambda v: (-len(v), v))
        self.by_word: dict[str, list[int]] = {}
        self.other: list[int] = []  # parts not starting with a word character (few)
        for rank, part in enumerate(self.parts):
            first = _RUN.match(part)
            key = _fold(first.group()) if first else None
            if key is None:
                self.other.append(rank)
            else:
                self.by_word.setdefault(key, []).append(rank)
        # Each word-start part as its words, folded, for matching without an expression.
        self.words: dict[int, tuple[str, ...]] = {}
        self.patterns: dict[int, re.Pattern[str]] = {}
        self.starts = ([re.compile(rf"(?=(?<!\w)(?:{_alternative(self.parts[r])}))", re.IGNORECASE)
                        for r in self.other])

    def _match(self, rank: int, sentence: str, start: int) -> int | None:
        """Return where part ``rank`` matches at ``start`` (with phrase_pattern's rules), or None."""
        words = self.words.get(rank)
        if words is None:
            folded = tuple(_fold(w) for w in self.parts[rank].split())
            if rank in self.other:
                pattern = self.patterns.get(rank)
                if pattern is None:
                    pattern = self.patterns[rank] = _compile((self.parts[rank],))
                m = pattern.match(sentence, start)
                return m.end() if m else None
            words = self.words[rank] = folded  # type: ignore[assignment]
        at = start
        for index, word in enumerate(words):
            if index:
                space = _SPACE.match(sentence, at)
                if space is None:
                    return None
                at = space.end()
            if _fold(sentence[at:at + len(word)]) != word:
                return None
            at += len(word)
        # (?:e?s|['’]s)?(?!\w), tried in the order the expression tries it.
        for suffix in _SUFFIXES:
            end = at + len(suffix)
            if _fold(sentence[at:end]) == suffix and not _WORD_CHAR.match(sentence, end):
                return end
        return None

    def finditer(self, sentence: str) -> Iterable[tuple[int, int]]:
        """Yield (start, end) of each match, as the single expression's finditer would."""
        candidates: dict[int, list[int]] = {}
        low = sentence.lower() if sentence.isascii() else None  # _fold of ASCII is lower()
        by_word = self.by_word
        for m in _RUN.finditer(low if low is not None else sentence):
            key = m.group() if low is not None else _fold(m.group())
            ranks = by_word.get(key, ())
            if key[-1] == "s" and (key[:-1] in by_word or key.endswith("es") and key[:-2] in by_word):
                # a plural: the names filed under its singular too
                ranks = [*ranks, *by_word.get(key[:-1], ()), *(by_word.get(key[:-2], ()) if key.endswith("es") else ())]
            if ranks:
                candidates[m.start()] = list(ranks)  # a copy: names not starting a word are added below
        for rank, starts in zip(self.other, self.starts):
            for m in starts.finditer(sentence):
                candidates.setdefault(m.start(), []).append(rank)
        at = 0
        for start in sorted(candidates):
            if start < at:
                continue
            for rank in sorted(set(candidates[start])):
                end = self._match(rank, sentence, start)
                if end is not None:
                    yield start, end
                    at = end
                    break


def name_word(variant: str) -> str | None:
    """Return the word a ``NameIndex`` files a name under (its first, folded), or None
    for a name that does not start with a word character (looked for everywhere)."""
    first = _RUN.match(_identity(variant).strip())
    return _fold(first.group()) if first else None


def name_words(texts: Iterable[str]) -> frozenset[str]:
    """Return every word a ``NameIndex`` looks names up by in ``texts``: the names it can
    find there are those filed under one of these words (``name_word``), and no others."""
    runs: set[str] = set()
    for text in texts:
        runs.update(_RUN.findall(text))
    words: set[str] = set()
    for run in runs:  # each distinct word folded once, however often the texts use it
        key = _fold(run)
        words.add(key)
        if key.endswith("s"):
            words.add(key[:-1])
            if key.endswith("es"):
                words.add(key[:-2])
    return frozenset(words)


def find_phrases(variants: Iterable[str], text: str) -> Iterable[tuple[int, int]]:
    """Yield (start, end) of each match of ``phrase_pattern(variants)`` in ``text``.

    Compiling an expression for every phrase (each sentence hides its own) cost more
    than searching with it; the word lookup finds the same matches without one.
    """
    return _lookup(tuple(variants)).finditer(text)


@lru_cache(maxsize=8192)
def _lookup(variants: tuple[str, ...]) -> _WordLookup:
    return _WordLookup(variants)


def mask_names(text: str, variants: Iterable[str], mask: str = "___") -> str:
    """Return ``text`` with every occurrence of the names in ``variants`` replaced by ``mask``."""
    out, at = [], 0
    for start, end in find_phrases(variants, text):
        out += [text[at:start], mask]
        at = end
    return "".join(out) + text[at:]


def sentence_matches(entry: str, sentence: str) -> bool:
    """Return whether a ``cloze: skip`` entry names ``sentence``: all of it, or a part of it."""
    wanted = " ".join(entry.casefold().split())
    return bool(wanted) and wanted in " ".join(sentence.casefold().split())


def abbreviations(texts: Iterable[str]) -> tuple[str, ...]:
    """Return the abbreviations that ``texts`` define in parentheses, such as ``(LPS)``."""
    return _abbreviations_in(tuple(texts))  # asked again for each of a term's sections


@lru_cache(maxsize=1024)
def _abbreviations_in(texts: tuple[str, ...]) -> tuple[str, ...]:
    found: dict[str, None] = {}
    for text in texts:
        for m in _IN_PARENTHESES.finditer(text):
            word = m.group(1)
            if sum(c.isupper() for c in word) >= 2:
                found[word] = None
    return tuple(found)


def abbreviation_expansions(texts: Iterable[str]) -> Mapping[str, tuple[str, ...]]:
    """Return what each abbreviation that ``texts`` define in brackets stands for.

    "electromagnetic interference (EMI)" gives EMI its expansion, whether or not the
    letters are the initials, and so does "LPS (lipopolysaccharide)": a later sentence
    that shows the expansion cannot hide the abbreviation alone.
    """
    return _expansions_in(tuple(texts))  # asked again for each of a term's sections


@lru_cache(maxsize=1024)
def _expansions_in(texts: tuple[str, ...]) -> Mapping[str, tuple[str, ...]]:
    found: dict[str, dict[str, None]] = {}
    for text in texts:
        if "(" not in text:
            continue
        for m in _ABBREVIATION_AFTER.finditer(text):
            if not _acronym(m.group(1)):
                continue
            # The clause before the brackets, and in it the phrase that ends there.
            clause_start = max(text.rfind(c, 0, m.start()) for c in ".;:(")
            before = text[clause_start + 1:m.start()].rstrip()
            ends = [before[p.start:p.end] for p in deck_key_phrases(before, frozenset()) if p.end == len(before)]
            if ends:
                found.setdefault(m.group(1), {})[min(ends, key=len)] = None
        for m in _ABBREVIATION_BEFORE.finditer(text):
            if _acronym(m.group(1)) and not _acronym(m.group(2).split()[0]):
                found.setdefault(m.group(1), {})[re.sub(r"^(?:the|an?)\s+", "", m.group(2))] = None
    return MappingProxyType({abbreviation: tuple(forms) for abbreviation, forms in found.items()})


def _identity(text: str) -> str:
    return " ".join(text.casefold().split())


def _name_key(text: str) -> str:
    """Return a name as the name index files it: its identity, written with either apostrophe."""
    return _identity(text).replace("’", "'")


def _candidates(sentence: str, own: Names, others: NameIndex | None, known: Sequence[str],
                hide_own: bool = True, hide: Sequence[str] = (),
                keep: Sequence[str] = (),
                recurring: frozenset[str] = frozenset(),
                cohesive: bool = True, own_evidence: bool = True,
                english: bool = True) -> list[tuple[int, int, _Group]]:
    """Return every phrase worth hiding as (start, end, group), best first, ties by position.

    ``hide`` are phrases the author wants hidden, ``keep`` phrases never to hide;
    ``recurring`` the phrases that recur across the deck's pages. Without ``own_evidence``
    the term's names are no evidence that the sentence states a fact. Text that is not
    ``english`` has only what needs no grammar hidden: the author's phrases, the deck's
    names and abbreviations, numbers and formulas, and words written like codes.
    """
    found: list[tuple[int, int, _Group]] = []

    def add(start: int, end: int, key: str, score: float, variants: tuple[str, ...],
            identity: str = "") -> None:
        found.append((start, end, _Group(key, score, variants, identity)))

    for phrase in hide:
        for start, end in find_phrases((phrase,), sentence):
            add(start, end, _identity(phrase), _S_FORCED, (sentence[start:end],))
    if own.variants and hide_own:
        for m in phrase_pattern(own.variants).finditer(sentence):
            if not _abbreviation_lowered(sentence, m.start(), m.end(), own.variants):
                add(m.start(), m.end(), own.key, _S_OWN, own.variants)
    for start, end, names in others.find(sentence) if others else ():
        # The deck's index holds the term itself too, already hidden as its own names.
        if (set(names.variants) != set(own.variants) and not _written_as_word(sentence, start, end)
                and not _abbreviation_lowered(sentence, start, end, names.variants)):
            add(start, end, names.key, _S_OTHER, names.variants)
    if known:
        for m in phrase_pattern(known).finditer(sentence):
            if not _spelled_out_before(sentence, m.start(), m.end()):
                add(m.start(), m.end(), _identity(m.group()), _S_ABBREVIATION, (m.group(),))
    deck_names = sum(_S_ABBREVIATION <= c[2].score < _S_FORCED and (own_evidence or c[2].score != _S_OWN)
                     for c in found)
    if english and not holds_fact(sentence, deck_names, cohesive):
        # Padding ("Understanding this framework is fundamental to…"): nothing concrete to
        # ask, whatever rare words it uses; only the author's own phrases are hidden.
        return [c for c in found if c[2].score >= _S_FORCED]
    deck_spans = [(c[0], c[1], c[2].score) for c in found if _S_ABBREVIATION <= c[2].score < _S_FORCED]
    compounds = hyphenated(sentence)
    for p in deck_key_phrases(sentence, recurring):
        if not english and not (p.identity.startswith(("number", "formula:"))
                                or _acronym(sentence[p.start:p.end]) and " " not in sentence[p.start:p.end]):
            continue  # the tagger and the word list read English only
        for a, b in compounds:
            if p.start < b and a < p.end:
                # "7-dehydrocholesterol", "25-hydroxyvitamin D": the compound is hidden whole.
                p = p._replace(start=min(p.start, a), end=max(p.end, b))
                if not p.identity.startswith(("number", "formula:")):
                    p = p._replace(identity=_identity(sentence[p.start:p.end]))
        text = sentence[p.start:p.end]
        score = p.score
        # A compound whose head is a deck name ("Type Ia supernova", "comparative
        # negligence") or a name holding one ("Habeas Corpus Act 1679") is the more
        # precise fact: hidden whole, never the deck name out of it.
        for start, end, named in deck_spans:
            if p.start <= start and end <= p.end and (p.start, p.end) != (start, end) and \
                    "(" not in text and (whole_name(text) and text.count(" ") < _NAME_SPACES or text.count(" ") < 5
                                         and end == p.end and _kind_of(sentence, p.start, start)):
                score = max(score, named + 0.5)
        add(p.start, p.end, p.identity if not p.identity.startswith("number") else _identity(text),
            score, (text,), identity=p.identity if p.identity.startswith("number") else "")
    if own.variants and hide_own:
        found = _without_own_modifier(sentence, found, own.key)
    if own.variants and not hide_own:
        # The term's names stay visible, and so stay out of what a cloze hides ("TSH" of
        # "raise TSH release"), but for a kind of the term: "comparative negligence".
        names = [m.span() for m in phrase_pattern(own.variants).finditer(sentence)]
        # A named document or case holding the name is a thing of its own: "the
        # International Convention on Maritime Liens and Mortgages 1993" of "maritime lien".
        found = [c for c in found if c[2].score >= _S_FORCED
                 or not any(c[0] < b and a < c[1] and c[1] != b and not (
                     c[0] <= a and b <= c[1] and whole_name(sentence[c[0]:c[1]])) for a, b in names)]
        for start, end in _other_names(sentence, names):
            # "Propolis, also called "bee glue", is …": the other name, beside the one
            # shown, is a fact about the term.
            add(start, end, _identity(sentence[start:end]), _S_OTHER, (sentence[start:end],))
    kept = _kept_spans(sentence, keep)
    if keep:
        found = [c for c in found if c[2].score >= _S_FORCED
                 or not any(c[0] < e and s < c[1] for s, e in kept)]
    found += _one_facts(sentence, found, kept)
    wholes = unbroken(sentence)
    if wholes:
        # Never part of a quoted name or a hyphenated compound (the author's phrases aside).
        found = [c for c in found if c[2].score >= _S_FORCED or not any(
            c[0] < b and a < c[1] and not (c[0] <= a and b <= c[1]) for a, b in wholes)]
    found.sort(key=lambda c: (-c[2].score, c[0], -(c[1] - c[0])))
    return found


def _kept_spans(sentence: str, keep: Sequence[str]) -> list[tuple[int, int]]:
    """Return where the phrases the author keeps visible stand in the sentence."""
    return [span for phrase in keep for span in find_phrases((phrase,), sentence)]


def _member_lists(sentence: str, keep: Sequence[str]) -> tuple[tuple[ListItem, ...], ...]:
    """Return the sentence's lists (``keyphrases.sentence_lists``), an item the author keeps
    visible no member to ask."""
    lists = sentence_lists(sentence)
    if not lists or not keep:
        return lists
    kept = _kept_spans(sentence, keep)
    return tuple(tuple(it._replace(member=False) if any(it.start < e and s < it.end for s, e in kept) else it
                       for it in items) for items in lists)


def _without_own_modifier(sentence: str, found: list[tuple[int, int, _Group]],
                          own_key: str) -> list[tuple[int, int, _Group]]:
    """Return the candidates less the term's names when one of them only modifies a noun after it.

    Where the term's name stands before the noun of a compound ("the sapwood ratio" for
    Sapwood), hiding it asks nothing the card does not show: the blank is the term the
    card is about, and a blank for another of its occurrences is read off this one. Nor
    is the compound hidden whole, as where the name stays visible: what is left of the
    sentence is asked, if anything.
    """
    own = [(a, b) for a, b, g in found if g.key == own_key]
    if not own:
        return found
    compounds = [(a, b) for a, b, g in found if g.key != own_key and g.score < _S_FORCED]
    # A possessive ("zonulin's level") is the term's own thing, not a compound.
    covered = [b for a, b in own if any(s <= a and b < e for s, e in compounds)
               and not sentence[a:b].endswith(("'s", "\u2019s", "'", "\u2019"))]
    if not covered:
        return found
    # The word after the name must be a noun it modifies, not a conjunct ("sapwood and heartwood").
    heads = {t.start for t in sentence_tokens(sentence) if t.tag.startswith("NN")}
    if not any(len(sentence[b:]) - len(sentence[b:].lstrip(" -")) == 1 and b + 1 in heads for b in covered):
        return found
    return [c for c in found if c[2].key != own_key and (c[2].score >= _S_FORCED or not any(
        c[0] < b and a < c[1] and not (c[0] < a and c[1] == b) for a, b in own))]


def _other_names(sentence: str, names: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return where the sentence gives the term another of its names after the first it shows.

    A name in brackets ("Dead reckoning (DR)") is not one: its abbreviation is read from
    the name before it.
    """
    if len(names) < 2:
        return []
    first = _identity(sentence[names[0][0]:names[0][1]])
    return [(a, b) for a, b in names[1:] if _identity(sentence[a:b]).rstrip("s") != first.rstrip("s")
            and first not in _identity(sentence[a:b]) and _identity(sentence[a:b]) not in first
            and not sentence[:a].rstrip().endswith("(")]


def _without_topic_words(sentence: str, groups: list[_Group], topic: frozenset[str]) -> list[_Group]:
    """Return the chosen groups less the single words the term keeps coming back to, beside another.

    A common noun the term's other sentences use as well ("the brood nest", "brood cells",
    "the brood box") is what the term is about, the frame of its facts, and a reader of
    one card sees it on the next; hidden, it asks what every card gives away. Beside
    another chosen phrase it stays visible (and no weaker phrase takes its place); alone,
    it keeps the sentence's only cloze. A name, a code, one item of a list ("Doric, Ionic
    and Corinthian"), the deck's names and the author's phrases are not such words.
    """
    rest = [g for g in groups if not (g.score < _S_ABBREVIATION and len(g.variants) == 1
                                      and _topic_word(sentence, g.variants[0], topic))]
    return rest if rest and len(rest) < len(groups) else groups


def _without_earlier(groups: list[_Group], earlier: str) -> list[_Group]:
    """Return the chosen groups less the phrases the term's earlier sentences gave already, beside another.

    A reader meets a term's sentences in order: a phrase an earlier one stated ("the
    flight feathers", "EPA") is given here, the frame of what this sentence adds, and is
    a fact of the sentence that introduced it. Beside another chosen phrase it stays
    visible (where it took one of the four blanks, the next phrase worth asking takes it:
    ``make_cloze``); alone, it keeps the sentence's only cloze. The deck's names and the author's
    phrases are not given so, nor a letter English writes as a word (a note "A"), which a
    lower-case text holds by chance; a symbol the text used already ("Z", "φ") is given.
    """
    rest = [g for g in groups if g.score >= _S_ABBREVIATION or not _stated(g.variants[0], earlier)]
    return rest if rest and len(rest) < len(groups) else groups


#: The letters English writes as words, which a lower-case text holds by chance ("a", "I").
_LETTER_WORDS = frozenset("aio")


def _stated(phrase: str, earlier: str) -> bool:
    """Return whether ``earlier`` (lower case) holds ``phrase``, its last word in any ending."""
    low = phrase.casefold()
    if len(low) < 2 and (not low.isalpha() or low in _LETTER_WORDS):
        return False
    low = low[:-1] if low.endswith("s") and len(low) > 3 else low
    at = earlier.find(low)
    while at >= 0:
        end = at + len(low)
        if earlier.startswith("es", end):
            end += 2
        elif earlier.startswith("s", end):
            end += 1
        if (at == 0 or not earlier[at - 1].isalnum()) and not earlier[end:end + 1].isalnum():
            return True
        at = earlier.find(low, at + 1)
    return False


_LIST_JOIN = re.compile(r"(?:,|\s(?:and|or))(?:\s+(?:the|an?))?\s*$")
#: A topic word at least this common in English is the field's common vocabulary; a rarer one
#: ("austenite", "enantiomers") is jargon that is a fact wherever it stands.
_TOPIC_ZIPF = 2.5


def _topic_word(sentence: str, text: str, topic: frozenset[str]) -> bool:
    """Return whether ``text``, a chosen phrase, is one lower-case word of ``topic`` that no list holds."""
    if not text.isalpha() or content_stem(text) not in topic or zipf(text) < _TOPIC_ZIPF:
        return False
    at = sentence.find(text)
    if at < 0 or (at and not text.islower()):
        return False  # (a sentence's first word is capitalised by its place)
    after = sentence[at + len(text):].lstrip()
    return not (_LIST_JOIN.search(sentence[:at]) or after.startswith((",", "and ", "or ")))


def _acronym(word: str) -> bool:
    """Return whether ``word`` is written as an abbreviation: "EMI", "SSRIs", "DPP-4", "HbA1c"."""
    return sum(c.isupper() for c in word) >= 2 and word[:1].isalpha()


def _abbreviation_units(sentence: str, found: Sequence[tuple[int, int, _Group]]) -> list[tuple[int, int, int, int]]:
    """Return where the sentence gives an abbreviation with what it stands for.

    Each is (start, end of the part before the brackets, start of the brackets, end):

    "electromagnetic interference (EMI)", "Bacterial lipopolysaccharide (LPS)", "selective
    serotonin reuptake inhibitors (SSRIs)", "LPS (lipopolysaccharide)": each is one fact,
    whether or not the letters are the initials of the words.
    """
    units: list[tuple[int, int, int, int]] = []
    if "(" not in sentence:
        return units  # every expression below starts at a bracket
    for m in _ABBREVIATION_AFTER.finditer(sentence):
        if not _acronym(m.group(1)):
            small = _small_letters_spelled(sentence, m)
            if small is not None:
                units.append(small)
            continue
        before = sentence[:m.start()].rstrip()
        ends_at = len(before)
        singular = m.group(1)[:-1] if m.group(1).endswith("s") and m.group(1)[:-1].isupper() else m.group(1)
        # Where the expansion starts: at the words whose initials spell the abbreviation,
        # else at the shortest phrase ending right before the brackets ("carbonic acid
        # (H2CO3)", not a verb taken in with it).
        # (Small letters inside are initials too: "heart failure with preserved ejection fraction (HFpEF)".)
        letters = singular.upper() if singular.isalpha() and singular[:1].isupper() else singular
        starts = [ends_at - len(e) for e in spelled_out(letters, before, anywhere=True)
                  if is_abbreviation(letters) and before.endswith(e)]
        greek = _GREEK_SUFFIX.fullmatch(singular)
        if greek and not starts and re.search(rf"\s{_GREEK_NAMES[greek.group(2)]}$", before, re.IGNORECASE):
            # "tumour necrosis factor alpha (TNF-α)": the initials spell the words before the letter's name.
            rest = before[:-len(_GREEK_NAMES[greek.group(2)])].rstrip()
            starts = [len(rest) - len(e) for e in spelled_out(greek.group(1), rest, anywhere=True)
                      if rest.endswith(e)]
        if not starts:
            ending = [c for c in found if c[1] == ends_at and c[0] < ends_at]
            starts = [max(c[0] for c in ending)] if ending else []
        if starts:
            units.append((min(starts), ends_at, m.start(), m.end()))
    for m in _UNIT_AFTER.finditer(sentence):
        # "joules per kilogram (J/kg)", "pascals (Pa)": a unit and its symbol are one fact.
        parts = m.group(1).split("/")
        before = sentence[:m.start()].rstrip()
        if not _acronym(m.group(1)) and len(m.group(1)) >= 2:
            quantity = _quantity_spelled(sentence, found, len(before), m.group(1))
            if quantity is not None:
                units.append((quantity, len(before), m.start(), m.end()))
                continue
        if _acronym(m.group(1)) or len(m.group(1)) < 2 or not unit_symbol(m.group(1)):  # not "loss (L)"
            continue
        words = list(re.finditer(r"[^\W\d_][\w-]*", before))
        k = len(words)
        for part in reversed(parts):
            k -= 1
            if k < 0 or words[k].end() != len(before) and part is parts[-1] or \
                    words[k].group()[:1].casefold() != part.lstrip("µμ")[:1].casefold():
                k = -1
                break
            if part is not parts[0]:
                k -= 1
                if k < 0 or words[k].group().casefold() != "per":
                    k = -1
                    break
        if k >= 0 and len(words[k].group()) > 2:
            units.append((words[k].start(), len(before), m.start(), m.end()))
    for m in _CONVERSION.finditer(sentence):
        # "20 °C (68 °F)", "3 miles (4.8 km)": a quantity and its conversion are one fact;
        # either one shown gives the other away.
        units.append((m.start(), m.start("opening") - len(m.group("gap")), m.start("opening"), m.end()))
    for m in _ABBREVIATION_BEFORE.finditer(sentence):
        abbreviation, words = m.group(1), m.group(2)
        if not _acronym(abbreviation) or _acronym(words.split()[0]):
            continue
        content = re.sub(r"^(?:the|an?)\s+", "", words)
        singular = abbreviation.rstrip("s") if abbreviation[:-1].isupper() else abbreviation
        if content[:1].casefold() == abbreviation[:1].casefold() or \
                is_abbreviation(singular) and spelled_out(singular, content):
            units.append((m.start(), m.start() + len(abbreviation), m.start(), m.end()))
    return units


def _small_letters_spelled(sentence: str, m: re.Match[str]) -> tuple[int, int, int, int] | None:
    """Return the unit of words and their abbreviation in small letters in the brackets at
    ``m`` ("beats per second (bps)", "parts per million (ppm)"), as _abbreviation_units
    gives it, when the letters spell the initials of the words right before them."""
    letters = m.group(1)
    if m.group(2) or not (letters.isalpha() and letters.islower() and 2 <= len(letters) <= 5):
        return None
    before = sentence[:m.start()].rstrip()
    spelled = [e for e in spelled_out(letters.upper(), before, anywhere=True) if before.endswith(e)]
    if not spelled:
        return None
    return len(before) - len(max(spelled, key=len)), len(before), m.start(), m.end()


_QUANTITY = re.compile(r"[−+±~<>≈-]?\d[\d,.]*\s+([^\W\d_].*)")


def _quantity_spelled(sentence: str, found: Sequence[tuple[int, int, _Group]], end: int, symbol: str) -> int | None:
    """Return where a number and its unit start when the unit ends at ``end`` and ``symbol``, in
    brackets after it, is written from its letters: "10 gigabits per second (Gbps)"."""
    for start, stop, _ in found:
        m = _QUANTITY.fullmatch(sentence[start:stop]) if stop == end else None
        if m is None:
            continue
        unit = iter(m.group(1).casefold())
        letters = symbol.casefold()
        if letters[0] == m.group(1)[:1].casefold() and all(c in unit for c in letters):
            return start  # (each letter of the symbol found in order in the unit's words)
    return None


def _one_facts(sentence: str, found: Sequence[tuple[int, int, _Group]],
               kept: Sequence[tuple[int, int]]) -> list[tuple[int, int, _Group]]:
    """Return a candidate for each abbreviation given with its expansion, hiding both.

    Either half alone would be read from the other ("electromagnetic interference
    ([...])"), so the pair is hidden as the phrase it outscores: the best one inside it.
    """
    out = []
    for start, middle, opening, end in _abbreviation_units(sentence, found):
        if any(start < e and s < end for s, e in kept):
            continue  # the author keeps part of it visible
        inside = [c for c in found if start < c[1] and c[0] < end]
        if not inside:
            continue
        best = min(inside, key=lambda c: (-c[2].score, c[0]))[2]
        halves = ((start, middle), (opening + 1, end - 1))
        if best.score >= _S_ABBREVIATION and all(
                any(c[2].key == best.key and c[0] <= s < e <= c[1] + 1 for c in inside) for s, e in halves):
            continue  # both halves are names of one term: one cloze already, as they stand
        if best.score >= _S_FORCED and any(c[2].score >= _S_FORCED and c[2] is not best for c in inside):
            continue  # two phrases of the author's: they choose
        # A phrase the expansion or the abbreviation is the end of is hidden whole: "Carlson
        # trophic state index (TSI)", "2 LSB (least significant bits)", a count with what it counts.
        wider = min([start, *(c[0] for c in inside if c[1] <= middle)])
        if not any(t.tag.startswith("VB") for t in sentence_tokens(sentence) if wider <= t.start < start):
            start = wider  # but not a verb the tagger took in: "to form weak carbonic acid (H2CO3)"
        text = sentence[start:end]
        # The deck's names are found where they stand; a key phrase by its text, which is now the pair.
        variants = (*best.variants, text) if best.score >= _S_ABBREVIATION else (text,)
        out.append((start, end, _Group(best.key, best.score + 0.5, variants, best.identity)))
    return out


def _kind_of(sentence: str, start: int, end: int) -> bool:
    """Return whether the words in ``sentence[start:end]`` name a kind: an adjective, a name, a compound.

    "comparative", "Type Ia", "Core-collapse", "aeolian" make a kind of what follows; a plain noun
    ("serum zonulin") says where it is measured and an everyday adjective ("a single
    HbA1c") how many; there the deck's name stays the fact.
    """
    return any(t.tag in ("NNP", "NNPS") or "-" in t.text or zipf(t.text) < 3.0
               or t.tag in ("JJ", "JJR") and zipf(t.text) < 5.0  # not "a single HbA1c"
               for t in sentence_tokens(sentence) if start <= t.start and t.end <= end)


def _spelled_out_before(sentence: str, start: int, end: int) -> bool:
    """Return whether ``sentence[start:end]`` is an abbreviation in brackets right after words."""
    return (sentence[start - 1:start] == "(" and sentence[end:end + 1] == ")"
            and sentence[:start - 1].rstrip() != sentence[:start - 1] and bool(sentence[:start - 1].strip()))


def _choose(candidates: list[tuple[int, int, _Group]], sentence: str = "",
            lists: Sequence[Sequence[ListItem]] = ()) -> list[_Group]:
    """Return the groups of the candidates that fit without overlapping, best first.

    The members of one of the sentence's ``lists`` are asked alike (see ``_list_siblings``).
    """
    taken: list[tuple[int, int]] = []
    groups: dict[str, _Group] = {}
    where: dict[str, list[tuple[int, int]]] = {}
    for start, end, group in candidates:
        for s, e in taken:  # a loop, not any(): this runs for every candidate of every sentence
            if start < e and s < end:
                break
        else:
            taken.append((start, end))
            where.setdefault(group.key, []).append((start, end))
            if group.key in groups:
                old = groups[group.key]
                merged = tuple(dict.fromkeys(old.variants + group.variants))
                groups[group.key] = _Group(old.key, old.score, merged, old.identity)
            else:
                groups[group.key] = group
    chosen = list(groups.values())[:MAX_CLOZES]
    # A fourth blank makes the card a puzzle: it is asked only for a clear fact.
    chosen = chosen if len(chosen) < MAX_CLOZES or chosen[-1].score >= _S_FOURTH else chosen[:-1]
    for siblings, tail in _list_siblings(sentence, chosen, where, lists) if lists and chosen else ():
        # A list's members are asked alike where the blanks fit beside what the sentence
        # asks already; where they do not, the members the ranking chose (the rarest) are
        # asked, and nothing else is given up for a member. Its everyday tail ("and other
        # irritants") stands for the rest, and is not asked.
        chosen = [g for g in chosen if g.key not in tail]
        if len(chosen) + len(siblings) <= MAX_CLOZES:
            chosen = [*chosen, *siblings]
    return chosen


def _list_siblings(sentence: str, groups: Sequence[_Group], where: Mapping[str, list[tuple[int, int]]],
                   lists: Sequence[Sequence[ListItem]]) -> Iterator[tuple[tuple[_Group, ...], set[str]]]:
    """Yield, for each list that the chosen ``groups`` hide members of, a group for each member
    they leave visible, at the standing of the weakest member hidden, and the keys of the
    groups that hide a word of its everyday tail.

    "linked with chronic stress, [burnout], depression and poor sleep" asks one item of four, and
    the learner cannot tell which is missing: the members of one list are of one kind. A list
    that a chosen phrase runs into or across, or of which the author's phrases hide a member,
    is left as it is.
    """
    keys = {g.key for g in groups}
    for items in lists:
        hiding: dict[int, list[_Group]] = {}
        clear = True
        for g in groups:
            for s, e in where[g.key]:
                inside = [k for k, it in enumerate(items) if it.start <= s and e <= it.end]
                if inside:
                    hiding.setdefault(inside[0], []).append(g)
                elif any(s < it.end and it.start < e for it in items):
                    clear = False
        hidden = [g for k, it in enumerate(items) if it.member for g in hiding.get(k, ())]
        if not clear or not hidden or any(len(gs) > 1 or gs[0].score >= _S_FORCED for gs in hiding.values()):
            continue
        standing = min(g.score for g in hidden)
        texts = [sentence[it.start:it.end] for k, it in enumerate(items) if it.member and k not in hiding]
        siblings = tuple(_Group(_identity(text), standing, (text,)) for text in texts)
        if not any(g.key in keys for g in siblings):
            yield siblings, {g.key for k, gs in hiding.items() if items[k].filler for g in gs}


def _occurrences(sentence: str, groups: Sequence[_Group],
                 found: dict[str, list[tuple[int, int]]]) -> dict[str, list[tuple[int, int]]]:
    """Return where each group's phrase occurs in the sentence, by group key.

    The deck's names and the author's phrases were searched for everywhere in the
    sentence already (``found``); a key phrase is looked for again, since it may also
    stand inside a longer phrase.
    """
    folded = sentence.lower() if sentence.isascii() else None
    out: dict[str, list[tuple[int, int]]] = {}
    for group in groups:
        if group.score >= _S_ABBREVIATION and group.key in found:
            out[group.key] = found[group.key]
        elif folded is not None and len(group.variants) == 1:
            out[group.key] = _literal(folded, group.variants[0].lower())
        else:
            out[group.key] = list(find_phrases(group.variants, sentence))
    return out


def _spans(groups: Sequence[_Group], where: dict[str, list[tuple[int, int]]]) -> list[tuple[int, int, int]]:
    """Return (start, end, group index) for every occurrence of every group, none overlapping."""
    taken: list[tuple[int, int, int]] = []
    for index in sorted(range(len(groups)), key=lambda i: -groups[i].score):
        for start, end in where[groups[index].key]:
            if not any(start < e and s < end for s, e, _ in taken):
                taken.append((start, end, index))
    return sorted(taken)


def _literal(folded: str, phrase: str) -> list[tuple[int, int]]:
    """Return where ``phrase`` stands in ``folded`` as whole words (both lower-case ASCII).

    ``find_phrases`` finds the same for such a phrase, plurals and possessives aside,
    but builds a word index per phrase; a sentence's own key phrases need none.
    """
    found, at = [], folded.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if not (at and (folded[at - 1].isalnum() or folded[at - 1] == "_")) and \
                not (end < len(folded) and (folded[end].isalnum() or folded[end] == "_")):
            found.append((at, end))
        at = folded.find(phrase, end if found and found[-1][1] == end else at + 1)
    return found


def _prompt(sentence: str, spans: Sequence[tuple[int, int, int]], hidden: int) -> str:
    out, at = [], 0
    for start, end, index in spans:
        out.append(sentence[at:start])
        out.append(BLANK if index == hidden else sentence[start:end])
        at = end
    out.append(sentence[at:])
    return "".join(out)


@lru_cache(maxsize=64)
def _context_words(context: str) -> frozenset[str]:
    """Return the words of a card's context in lower case (the same for each cloze of a sentence)."""
    return frozenset(_WORDS.findall(context.casefold()))


def _leaks(group: _Group, shown: str, sentence: str, spans: Sequence[tuple[int, int, int]],
           index: int, context: str = "", spelled: Mapping[str, Sequence[str]] | None = None) -> bool:
    """Return whether a prompt would still show some of the text the group hides.

    Besides the whole phrase, its rare words count when the card's context shows them:
    "haemoglobin variants" is given away by the context "Glycated Haemoglobin".
    """
    hidden = {sentence[s:e].casefold() for s, e, i in spans if i == index}
    hidden |= {v.casefold() for v in group.variants}
    visible = shown.casefold()
    for h in hidden:  # a loop, not any(): asked of every cloze in every round
        if h.strip() and h in visible:
            return True
    words = _context_words(context)
    if words and any(w in words and zipf(w) < 3.5 for h in hidden for w in _WORDS.findall(h) if len(w) >= 4):
        return True
    # A name with its abbreviation in brackets ("Bone density (BD)", in everyday words) is
    # read off the context when it shows both: the term's names above the sentence.
    if "\n" in context and any("(" in h for h in hidden):
        lines = {_identity(line) for line in context.split("\n")}
        for h in hidden:
            parts = [part for part in map(_identity, re.split(r"[()]", h)) if part]
            if len(parts) > 1 and all(part in lines for part in parts):
                return True
    # An abbreviation is read from its expansion wherever the card shows it: the term's
    # name above the sentence, or an earlier clause ("Electromagnetic interference is…; EMI…").
    for s, e, i in spans:
        if i == index:
            word = sentence[s:e]
            word = word[:-1] if word.endswith("s") and word[:-1].isupper() else word
            if is_abbreviation(word) and spelled_out(word, shown, anywhere=True):
                return True
            forms = (spelled or {}).get(sentence[s:e]) or (spelled or {}).get(word) or ()
            if any(f.casefold() in visible for f in forms):
                return True
    return False


def _forms_index(text: str) -> tuple[frozenset[str], dict[str, list[str]]]:
    """Return the words of ``text``, and those not everyday filed by their first five letters (for _shows_form)."""
    words = frozenset(_WORDS.findall(text))
    by_prefix: dict[str, list[str]] = {}
    for v in words:
        if len(v) >= 5 and zipf(v) < 4.5:
            by_prefix.setdefault(v[:5], []).append(v)
    return words, by_prefix


def _gives_away(sentence: str, groups: Sequence[_Group], spans: Sequence[tuple[int, int, int]], index: int,
                visible: tuple[frozenset[str], dict[str, list[str]]], context: str) -> bool:
    """Return whether a word form or a compound shown on the card reads out what group ``index`` hides.

    "called an [...]" under the visible word "Annealing" asks for "annealer"; "[...]" is
    "softer lactic acid" where another cloze shows "lactic acid bacteria"; "The [...] is…"
    hides "Advanced Encryption Standard (AES)" beneath the context "Advanced Encryption
    Standard". A word form counts in ``visible``, the words of the plain text (as the
    first choice left it: a phrase dropped since then does not make another one leak)
    and of the context (in lower case, ``context``); a compound also in another cloze's
    text, when that cloze is the stronger one (of two equal, the earlier), so that of
    two clozes that show each other one stays.
    """
    hidden = [_WORDS.findall(sentence[s:e].casefold()) for s, e, i in spans if i == index]
    if any(_shows_form(words, visible) for words in hidden):
        return True
    if not any(len(words) > 1 for words in hidden):
        return False  # one word: no two of them to show
    stronger = [sentence[s:e] for s, e, i in spans
                if i != index and (groups[i].score, -i) > (groups[index].score, -index)]
    shown = " " + " ".join(_WORDS.findall(" \n ".join((context, *stronger)).casefold())) + " "
    return any(_shows_run(words, shown) for words in hidden)


def _shows_form(hidden: Sequence[str], visible: tuple[frozenset[str], dict[str, list[str]]]) -> bool:
    """Return whether visible words read out a hidden phrase by another form of its rare words.

    Every word of the phrase that is not an everyday one must be shown, one of them at
    least in another form ("annealer" beside "Annealing", "aligners" beneath "Clear
    Aligner Therapy"): a phrase with a word of its own left ("core-collapse supernovae"
    beneath "Supernova", "annual depreciation" beside "depreciated") still asks that word.
    """
    words, by_prefix = visible
    if not by_prefix:
        return False  # no word that is not an everyday one: no other form to show
    other_form = False
    for w in hidden:
        if len(w) < 3 or zipf(w) >= 5.5 and not any(c.isdigit() for c in w) or w in words:
            continue
        if len(w) < 5 or zipf(w) >= 4.0 or not any(
                len(os.path.commonprefix((v, w))) >= len(w) - 3 for v in by_prefix.get(w[:5], ())):
            return False
        other_form = True
    return other_form


def _shows_run(hidden: Sequence[str], shown: str) -> bool:
    """Return whether two words of a hidden phrase, one of them rare, stand together in
    ``shown`` (its words in lower case, each between spaces)."""
    for a, b in zip(hidden, hidden[1:]):
        if len(a) >= 3 and len(b) >= 3 and f" {a} {b} " in shown and min(zipf(a), zipf(b)) < 4.0:
            return True
    return False


#: Words at least this common ("green", "world", "public") show nothing of a phrase by recurring.
_ECHO_ZIPF = 5.0


@lru_cache(maxsize=256)
def _word_spans(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """Return (start, end, word in lower case) for each word of the sentence."""
    if sentence.isascii():  # lower() is casefold() there, and keeps every word where it stands
        return tuple([(m.start(), m.end(), m.group()) for m in _WORDS.finditer(sentence.lower())])
    return tuple((m.start(), m.end(), m.group().casefold()) for m in _WORDS.finditer(sentence))


@lru_cache(maxsize=256)
def _echo_words(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """Return the ``_word_spans`` that can echo a phrase: three letters or more, not everyday ones."""
    return tuple(w for w in _word_spans(sentence) if len(w[2]) >= 3 and zipf(w[2]) < _ECHO_ZIPF)


def _echoes(sentence: str, spans: Sequence[tuple[int, int, int]], index: int) -> tuple[bool, list[tuple[int, int]]]:
    """Return whether the rest of the sentence shows what group ``index`` hides, and where.

    A phrase is read from its own words left visible elsewhere in the sentence: "[...], a
    toxin of Vibrio cholerae … the name comes from the zonula occludens" hides "Zonula
    occludens toxin". It counts as shown when two of its words stand together in the
    visible text, or more than half of its words do; the spans returned are those runs of
    two words or more, which can be hidden with it.
    """
    hidden = [(s, e) for s, e, i in spans if i == index]
    # Only a phrase of two words or more that are not everyday ones can be echoed; most
    # are a single word, and need none of the work below (nor the sentence's rare words).
    several = [(s, e) for s, e in hidden if not _WORDS.fullmatch(sentence, s, e)]
    rare = _echo_words(sentence) if several else ()
    owns = [(s, e, own) for s, e in several if len(own := {w for a, b, w in rare if s <= a and b <= e}) >= 2]
    if not owns:
        return False, []
    words = _word_spans(sentence)
    # Words of another cloze are another fact; whether they show this one whole is
    # _leaks's to say. Here only the sentence's plain text counts.
    # A run of its words counts unless another cloze holds all of it.
    def plain(a: int, b: int) -> bool:
        return not any(a < e and s < b for s, e, _ in spans)

    if len(hidden) == 1:  # as most are: the words wholly before or after the one span
        s, e = hidden[0]
        outside = [w for w in words if w[1] <= s or w[0] >= e]
    else:
        outside = [w for w in words if not any(w[0] < e and s < w[1] for s, e in hidden)]
    shown, runs = False, []
    for s, e, own in owns:
        found: list[tuple[int, int]] = []
        run: list[tuple[int, int, str]] = []
        for word in [*(w for w in outside if w[2] in own), None]:
            if run and (word is None or sentence[run[-1][1]:word[0]].strip(" -")):
                if len(run) >= 2 and any(plain(a, b) for a, b, _ in run):
                    found.append((run[0][0], run[-1][1]))
                run = []
            if word is not None:
                run.append(word)
        seen = {w for a, b, w in outside if w in own and plain(a, b)}
        if found or 2 * len(seen) > len(own):
            shown = True
            runs += found
    return shown, runs


def make_cloze(sentence: str, own: Names, others: NameIndex | None = None, known: Sequence[str] = (),
               context: Sequence[str] = (), hide_own: bool = True, hide: Sequence[str] = (),
               keep: Sequence[str] = (), recurring: frozenset[str] = frozenset(),
               cohesive: bool = True, spelled: Mapping[str, Sequence[str]] | None = None,
               own_alone: bool = False, english: bool = True, topic: frozenset[str] = frozenset(),
               earlier: str = "") -> Cloze | None:
    """Return the sentence as a cloze note, or None when it holds nothing worth asking.

    ``own`` are the term's names (the first is shown as context when the sentence does not
    name the term), ``others`` the names of the deck's terms, ``known`` abbreviations
    the term defines, ``context`` other text the prompt shows, such as the topic: a hidden
    phrase may appear in none of it. With ``hide_own`` false the term's names stay
    visible, for a sentence another card already asks the term of. ``hide`` and ``keep``
    are the author's: phrases always hidden, and phrases never hidden. ``recurring`` are
    the phrases that recur across the deck's pages that the term's text holds
    (``keyphrases.deck_phrases``).
    ``cohesive`` says whether the sentence shares a content word with the rest of its
    term (``keyphrases.holds_fact``). ``spelled`` gives what the term's abbreviations
    stand for (``abbreviation_expansions``): an abbreviation is not hidden where its
    expansion stays visible. With ``own_alone`` (and ``hide_own`` false) the term's names
    are hidden only when nothing else of the sentence is, and the sentence states a fact
    without them: "{{c1::HbA1c}} also lags behind sudden changes.", but not "HbA1c is a
    topic every clinician should master." Text that is not ``english``
    (``language.reads_as_english``) has only what needs no grammar hidden (see ``_candidates``).
    ``topic`` are the content words the term's other sentences use as well: one of them
    alone is not hidden beside another phrase worth asking (see ``_without_topic_words``).
    ``earlier`` is what a reader has met of the term before the sentence (its definition,
    the section's earlier sentences), in lower case: a phrase it gave already is not hidden
    beside another (see ``_without_earlier``).
    """
    names_term = bool(own.variants) and bool(phrase_pattern(own.variants).search(sentence))
    own_evidence = True
    if own_alone and not hide_own:
        if names_term:
            shown = make_cloze(sentence, own, others, known, context, False, hide, keep, recurring, cohesive, spelled,
                               english=english, topic=topic, earlier=earlier)
            if shown is not None:
                return shown
            own_evidence = False
        hide_own = True  # a sentence that does not name the term shows it as context, as ever
    if not hide_own:
        # The names the card shows (its other names given after the first may be asked).
        spans = [m.span() for m in phrase_pattern(own.variants).finditer(sentence)]
        asked = {_identity(sentence[a:b]) for a, b in _other_names(sentence, spans)}
        context = (*context, *(v for v in own.variants if _identity(v) not in asked))
    elif not names_term and own.variants:
        context = (*context, own.variants[0])
    candidates = _candidates(sentence, own, others, known, hide_own, hide, keep, recurring, cohesive,
                             own_evidence, english)
    lists = _member_lists(sentence, keep) if english else ()
    groups = _choose(candidates, sentence, lists)
    if topic:
        groups = _without_topic_words(sentence, groups, topic)
    chosen = groups
    if earlier and len(groups) > 1:
        kept = _without_earlier(groups, earlier)
        if len(kept) < len(groups) == MAX_CLOZES:
            # The blanks were full: the slot a given phrase leaves goes to the next phrase
            # worth asking that nothing before gave.
            stay = {g.key for g in kept}
            gone = {g.key for g in groups} - stay
            more = _choose([c for c in candidates if c[2].key not in gone], sentence, lists)
            more = _without_topic_words(sentence, more, topic) if topic else more
            kept = [g for g in more if g.key in stay or not _stated(g.variants[0], earlier)]
        groups = kept
    found: dict[str, list[tuple[int, int]]] = {}
    for start, end, group in candidates:
        if group.score >= _S_ABBREVIATION:
            found.setdefault(group.key, []).append((start, end))
    cloze = _build(sentence, groups, context, names_term, _occurrences(sentence, groups, found), spelled)
    if cloze is None and not hide_own and names_term and english:
        return _everyday_instead(sentence, own, others, known, context, hide, keep, recurring, cohesive, spelled,
                                 topic, lists)
    if cloze is None:
        return None
    # The note is known by every key phrase of its sentence, also those left visible:
    # because the prompt would give them away (which depends on the term's name shown
    # beside it, so a rename would otherwise change what its notes are known by and
    # duplicate them in Anki), or because another card asks for the term (which depends
    # on the kinds built, so adding reverse cards would do the same), or because an
    # earlier sentence gave them (which depends on the text before it, so an edit there
    # would do the same).
    keys = chosen if hide_own else _without_topic_words(
        sentence, _choose(_candidates(sentence, own, others, known, True, hide, keep, recurring, cohesive), sentence, lists), topic)
    if keys:
        # Built directly: dataclasses.replace inspects the fields on every call.
        cloze = Cloze(cloze.sentence, cloze.text, cloze.answers, cloze.prompts,
                      tuple(g.identity or g.key for g in keys), cloze.names_term)
    return cloze


def _everyday_instead(sentence: str, own: Names, others: NameIndex | None, known: Sequence[str],
                      context: Sequence[str], hide: Sequence[str], keep: Sequence[str], recurring: frozenset[str],
                      cohesive: bool, spelled: Mapping[str, Sequence[str]] | None, topic: frozenset[str],
                      lists: Sequence[Sequence[ListItem]]) -> Cloze | None:
    """Return the cloze of a sentence that shows its term's name and has nothing else worth
    asking, but states a fact: its compound of everyday words ("the vertical distance from
    the baseline", "a reference level") asks that fact, where hiding the name asks which
    term it is, as the reverse card does. None when it has no such compound.
    """
    named = _choose(_candidates(sentence, own, others, known, True, hide, keep, recurring, cohesive, False),
                    sentence, lists)
    named = _without_topic_words(sentence, named, topic) if topic else named
    if not named or any(g.score != _S_OWN for g in named):
        return None  # no fact without the name, or what there is to ask is the name's
    everyday = _everyday_compound(sentence, own.variants)
    if everyday is None or everyday in hide:
        return None  # (in hide: the compound tried already, and given away by the card)
    shown = make_cloze(sentence, own, others, known, context, False, (*hide, everyday), keep, recurring,
                       cohesive, spelled, topic=topic)
    if shown is None:
        return None
    # Known, as with the name hidden, by the name: the note keeps its reviews whether a
    # reverse card is built or not.
    return Cloze(shown.sentence, shown.text, shown.answers, shown.prompts,
                 tuple(g.identity or g.key for g in named), shown.names_term)


def _everyday_compound(sentence: str, variants: Sequence[str]) -> str | None:
    """Return the sentence's compound of everyday words with the rarest word, outside the
    term's names, or None: the fact a sentence in everyday words states."""
    names = [m.span() for m in phrase_pattern(variants).finditer(sentence)]
    best, rarest = None, 0.0
    for p in everyday_compounds(sentence):
        text = sentence[p.start:p.end].casefold()
        if any(p.start < b and a < p.end for a, b in names) or text.endswith((" one", " ones")) or \
                text.rsplit(" ", 1)[-1] in _PARTITIVES and _OF.match(sentence, p.end):
            continue  # "the first ones" stands for a noun; "the average number of …" counts what follows
        rarity = max(_RARITY_CEILING - zipf(w.strip("'’s")) for w in sentence[p.start:p.end].split())
        if best is None or rarity > rarest:
            best, rarest = sentence[p.start:p.end], rarity
    return best


# Nouns that say how much of what follows their "of" there is: the fact is what follows.
_PARTITIVES = frozenset("number amount proportion share fraction quantity percentage part portion majority".split())
_OF = re.compile(r"\s+of\s")
# What a word's rarity is counted from (the word list's Zipf scale).
_RARITY_CEILING = 8.0


def _build(sentence: str, groups: list[_Group], context: Sequence[str],
           names_term: bool, where: dict[str, list[tuple[int, int]]],
           spelled: Mapping[str, Sequence[str]] | None = None) -> Cloze | None:
    extra = " \n ".join(context)
    absorbed: set[str] = set()
    initial: list[tuple[int, int, int]] | None = None
    while groups:
        spans = _spans(groups, where)
        if initial is None:
            # What the first choice leaves in plain text, with the context: a phrase
            # dropped later does not make another one leak (see _gives_away).
            initial = spans
            plain, at = [], 0
            for s, e, _ in spans:
                plain.append(sentence[at:s])
                at = e
            plain.append(sentence[at:])
            shown_words = _forms_index(" \n ".join((*plain, *context)).casefold())
            context_text = " \n ".join(context).casefold()
        present = {i for _, _, i in spans}
        echoed = {i: _echoes(sentence, spans, i) for i in present}
        # A phrase whose words recur visibly is hidden there too, as one cloze, when that
        # takes nothing from another cloze; else it gives itself away and is dropped.
        # A weaker cloze standing in the way ("zonula" of "the zonula occludens") gives way.
        grow = next((i for i, (shown, runs) in echoed.items() if shown and runs
                     and groups[i].key not in absorbed
                     and not any(s < e2 and s2 < e and groups[j].score >= groups[i].score
                                 for s, e in runs for s2, e2, j in spans if j != i)), None)
        if grow is not None:
            key = groups[grow].key
            absorbed.add(key)
            runs = echoed[grow][1]
            where = {**where, key: sorted({*where[key], *runs})}
            groups = [g for j, g in enumerate(groups) if j == grow or not any(
                s < e2 and s2 < e for s, e in runs for s2, e2, k in spans if k == j)]
            continue
        leaking = [i for i, g in enumerate(groups)
                   if i not in present or echoed[i][0]
                   or _leaks(g, _prompt(sentence, spans, i) + " \n " + extra, sentence, spans, i, extra,
                             spelled)
                   or _gives_away(sentence, groups, spans, i, shown_words, context_text)]
        if not leaking:
            return _write(sentence, groups, spans, names_term)
        # Dropping a phrase shows it again, which may uncover another; so check afresh.
        groups = [g for i, g in enumerate(groups) if i not in leaking]
    return None


def _write(sentence: str, groups: list[_Group], spans: list[tuple[int, int, int]],
           names_term: bool) -> Cloze:
    # Cloze numbers follow the order in which phrases first appear in the sentence.
    order: list[int] = []
    for _, _, index in spans:
        if index not in order:
            order.append(index)
    number = {index: n for n, index in enumerate(order, start=1)}
    text, at = [], 0
    for start, end, index in spans:
        text.append(_escape(sentence[at:start]))
        text.append("{{c%d::%s}}" % (number[index], _escape(sentence[start:end])))
        at = end
    text.append(_escape(sentence[at:]))
    answers = tuple(next(sentence[s:e] for s, e, i in spans if i == index) for index in order)
    prompts = tuple(_prompt(sentence, spans, index) for index in order)
    return Cloze(sentence=sentence, text="".join(text), answers=answers, prompts=prompts,
                 phrases=tuple(groups[index].key for index in order), names_term=names_term)


def _escape(text: str) -> str:
    """Return source text as HTML that Anki's cloze parser cannot mistake for markup."""
    # Braces could open or close a cloze and "::" inside one would start a hint, so none of
    # them reach Anki as characters; entities look the same on the card.
    out = html.escape(text, quote=False)
    return out.replace("{", "&#123;").replace("}", "&#125;").replace(":", "&#58;")
