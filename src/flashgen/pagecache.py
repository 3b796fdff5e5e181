"""Reuse the last build's reading of a page whose every input is unchanged.

Reading a page into terms (``readers.build_terms``) depends on the page's text and path,
the deck's id and heading synonyms, flashgen's code — and on one thing from the other
pages of the run: which lines repeat across them (boilerplate, set aside). It looks at
that set only to ask whether one of its own lines is in it. So a page's terms are keyed
by a digest of exactly those inputs, with the repeated lines cut down to the ones that
occur on the page: a line of this page that starts or stops repeating elsewhere changes
the key, any other change on other pages does not.

The entries live next to the render cache in the output folder, in a file of the same
shape (see ``rendering.RenderCache``), and are saved with it.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .model import ClozeKeys, Section, Term
from .readers.lines import Line, normal_line
from .readers.noise import repeat_candidates
from .rendering import RenderCache, _digest, code_digest

PAGES_NAME = ".flashgen-pages"
#: Changes whenever the entries change shape.
PAGES_FORMAT = 1

_TERM_FIELDS = tuple(f.name for f in dataclasses.fields(Term))
_SECTION_FIELDS = tuple(f.name for f in dataclasses.fields(Section))


def page_key(path: str, text: str, lines: Sequence[Line] | PageLines, deck: str,
             synonyms: Mapping[str, str] | None, noise: frozenset[str]) -> str:
    """Return the key of a page's terms: everything ``build_terms`` reads to make them.

    ``lines``: the page's lines, or what ``PageLines`` keeps of them.
    """
    if isinstance(lines, PageLines):
        # Only a line of at least as many words as a repeated line can be one.
        repeated = sorted(lines.long & noise) if noise else []
    else:
        repeated = sorted({normal_line(line.text) for line in lines} & noise) if noise else []
    return _digest(PAGES_FORMAT, code_digest(), path, text, deck,
                   sorted((synonyms or {}).items()), repeated)


def _plain(name: str, value: object) -> object:
    if name == "sections":
        return [[getattr(s, f) for f in _SECTION_FIELDS] for s in value]  # type: ignore[attr-defined]
    if name == "cards" and value == ():
        return []
    if name == "cloze" and value == ClozeKeys():
        return None
    if value is None or isinstance(value, (str, int)):
        return value
    if isinstance(value, tuple) and all(isinstance(v, str) for v in value):
        return list(value)
    raise TypeError(f"a page's term has a {name} the page cache cannot keep")


def _term(values: list) -> Term:
    if len(values) != len(_TERM_FIELDS):
        raise ValueError("a term of another shape")
    fields = {}
    for name, value in zip(_TERM_FIELDS, values):
        if name == "sections":
            value = tuple(Section(*s) for s in value)
        elif name == "cloze":
            value = ClozeKeys() if value is None else None
        elif isinstance(value, list):
            value = tuple(value)
        fields[name] = value
    if fields["cloze"] is None:
        raise ValueError("cloze keys are not kept")
    return Term(**fields)


def encode_terms(terms: Sequence[Term]) -> str:
    """Return a page's terms as one line of JSON; raise TypeError for a term it cannot hold."""
    return json.dumps([[_plain(n, getattr(t, n)) for n in _TERM_FIELDS] for t in terms],
                      ensure_ascii=False, separators=(",", ":"))


def decode_terms(text: str) -> tuple[Term, ...]:
    """Return the terms ``encode_terms`` wrote."""
    return tuple(_term(values) for values in json.loads(text))


@dataclass(frozen=True)
class PageLines:
    """What reading a run of pages needs of a page's lines before it parses any page: its
    ``repeat_candidates`` (the prose lines that count as repeated when another page has
    them) and all its lines long enough to be one (both lower case, single spaces)."""

    prose: frozenset[str]
    long: frozenset[str]

    @classmethod
    def of(cls, lines: Sequence[Line]) -> PageLines:
        prose, others = repeat_candidates(lines)
        return cls(frozenset(prose), frozenset(prose | others))


class PageCache(RenderCache):
    """The terms the last build read from each page, by ``page_key``."""

    NAME, WHAT = PAGES_NAME, "page cache"
    HEAD = f"flashgen page cache {PAGES_FORMAT}\n".encode()

    def _decode_value(self, text: str) -> object:
        return decode_terms(text)

    def _encode_value(self, value: object) -> str:
        return encode_terms(value)  # type: ignore[arg-type]  # the terms ``put`` stored

    def put(self, key: str, deck: str, terms: Sequence[Term]) -> None:  # type: ignore[override]
        """Store a page's terms under ``key``; terms that would not read back the same are not kept."""
        try:
            same = decode_terms(encode_terms(terms)) == tuple(terms)
        except (TypeError, ValueError):
            return
        if same:
            # The terms, not their text: the deck holds them anyway, and they are encoded
            # again only when the cache is saved.
            self._new[key] = (deck, tuple(terms))

    def known_lines(self, path: str, text: str, deck: str) -> PageLines | None:
        """Return the page's ``PageLines`` as the last build kept them, or None: then the
        page is laid out, and what is needed of its lines kept with ``keep_lines``. Laying
        a page out depends only on its text, its path (which reader reads it) and
        flashgen's code."""
        found = self.memo.get(_lines_key(path, text), deck) if self.memo is not None else None
        if (isinstance(found, list) and len(found) == 2
                and all(isinstance(part, list) and all(isinstance(x, str) for x in part) for part in found)):
            return PageLines(frozenset(found[0]), frozenset(found[0]) | frozenset(found[1]))
        return None

    def keep_lines(self, path: str, text: str, deck: str, lines: Sequence[Line]) -> PageLines:
        """Return the ``PageLines`` of a page just laid out, kept for the next build."""
        kept = PageLines.of(lines)
        if self.memo is not None:
            self.memo.put(_lines_key(path, text), deck, [sorted(kept.prose), sorted(kept.long - kept.prose)])
        return kept

    def find(self, path: str, text: str, lines: Sequence[Line] | PageLines, deck: str,
             synonyms: Mapping[str, str] | None, noise: frozenset[str]) -> tuple[str, list[Term] | None]:
        """Return the page's key, and the terms the last build read from it when that key
        is the same (else None: the page is parsed, and its terms ``put`` under the key)."""
        key = page_key(path, text, lines, deck, synonyms, noise)
        found = self.get(key, deck)
        return key, None if found is None else list(found)  # type: ignore[call-overload]


def _lines_key(path: str, text: str) -> str:
    return _digest("page lines", PAGES_FORMAT, code_digest(), path, text)
