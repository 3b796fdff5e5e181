"""Render a deck's terms: reuse the last build's cards of unchanged terms, render the rest.

A term's cards depend only on the term, the templates, the deck-wide ``DeckRendering``
and flashgen's own code (see ``cards.render_term``). The cache in the output folder
keys each term's cards by a digest of exactly those inputs, so a card is reused only
when everything it is rendered from is unchanged; any doubt renders it again. Terms
left to render go to a pool of processes when there are many, and come back in order,
so the cards are the same as a serial build's.

Cards that go through the cache are *lean*: their ``prompts`` and ``answers`` (plain
text kept for ``lint`` and ``stats``, which never reach a package) are cut down to as
many empty prompts as the note has Anki cards. That is half of a rendered card's memory.

A term's entry keeps its cards topic by topic, each topic's summed up first (``Part``), so
that a rebuild can count every card and fingerprint every topic without decoding them,
and leave unread the topics of packages known to hold their cards already (``Unread``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sys
import tempfile
import weakref
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from .cards import DeckRendering, Templates, TermCards, load_templates, render_term
from .model import CARD_FIELDS, Card, Term, card_of, card_values
from .output import write_atomic
from .workpool import Workers

CACHE_NAME = ".flashgen-cache"
#: Changes whenever the cache's lines change shape.
CACHE_FORMAT = 3
#: Fewer terms than this to render are rendered in this process: starting workers costs
#: more than it saves.
POOL_MIN_TERMS = 300

_PROMPTS, _ANSWERS = CARD_FIELDS.index("prompts"), CARD_FIELDS.index("answers")
_POSITION, _TOPIC = CARD_FIELDS.index("position"), CARD_FIELDS.index("topic")


@lru_cache(maxsize=None)
def _blank(count: int) -> tuple[str, ...]:
    return ("",) * count


def lean(card: Card) -> Card:
    """Return the card without the plain text of its prompts and answers, keeping its count of
    Anki cards: everything a package is written from, and half the memory."""
    if not card.answers and all(not p for p in card.prompts):
        return card
    # Made by position: ``dataclasses.replace`` costs three times as much per card.
    values = card_values(card)
    values[_PROMPTS], values[_ANSWERS] = _blank(len(card.prompts)), ()
    return card_of(values)


def lean_cards(result: TermCards) -> TermCards:
    """Return a term's cards made lean (see ``lean``)."""
    return TermCards(tuple(lean(c) for c in result.cards), result.failures)


def canonical(value: object) -> object:
    """Return ``value`` as plain JSON data that tells apart every two different values.

    Only the kinds of value that rendering inputs are made of are accepted; anything else
    raises TypeError, so that an input added later cannot be left out of a cache key
    unnoticed.
    """
    kind = type(value)
    if kind is str:  # most values: looked for first (a build keys every term on every run)
        return value
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, (tuple, list)):
        return [canonical(v) for v in value]
    if isinstance(value, Path):
        return ["path", str(value)]
    if isinstance(value, dict):
        return ["dict", sorted([canonical(k), canonical(v)] for k, v in value.items())]
    names = _FIELD_NAMES.get(kind)
    if names is None and dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(value))
    if names is not None:
        return [kind.__name__, {name: canonical(getattr(value, name)) for name in names}]
    raise TypeError(f"cannot key a cache on a {type(value).__name__}")


#: The fields of each kind of dataclass ``canonical`` has met, in their order.
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _digest(*parts: object) -> str:
    text = json.dumps([canonical(p) for p in parts], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def code_digest() -> str:
    """Return a digest of the code that renders cards: flashgen's own files and the libraries'."""
    from importlib.metadata import PackageNotFoundError, version

    digest = hashlib.sha256(f"{CACHE_FORMAT}\0{sys.version_info[:2]}".encode())
    # Every library whose data or code shapes a card: the tagger's lexicon (textblob), the
    # plurals of names (inflect), the sentence splitter, the templates' engine.
    for library in ("jinja2", "nupunkt", "markupsafe", "textblob", "inflect"):
        try:
            digest.update(f"\0{library} {version(library)}".encode())
        except PackageNotFoundError:
            digest.update(f"\0{library} ?".encode())
    # flashgen's version alone would not do: a changed checkout keeps its version.
    package = Path(__file__).resolve().parent
    # Its code and its data (the English word list the cloze chooser scores words by).
    files = (p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts
             and p.suffix in (".py", ".gz", ".txt"))
    for path in sorted(files):
        digest.update(f"\0{path.relative_to(package).as_posix()}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def templates_digest(templates: Templates) -> str:
    """Return a digest of every template file, in search order."""
    digest = hashlib.sha256()
    for folder in templates.folders:
        digest.update(f"\0folder {folder}".encode())
        for path in sorted(p for p in folder.iterdir() if p.is_file()):
            digest.update(f"\0{path.name}\0".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def deck_key(rendering: DeckRendering, templates: Templates) -> str:
    """Return the digest of everything a deck's terms share as inputs of their cards.

    The deck's names and recurring phrases are left out: each term is keyed by those its
    own text can hold, the only ones its cards read (``term_key``), so that a new term,
    a renamed one or a phrase starting to recur renders again the terms whose text they
    touch, not the whole deck.
    """
    return _digest(code_digest(), templates_digest(templates), rendering.shared())


def term_key(deck: str, term: Term, rendering: DeckRendering, memo: Memo | None = None) -> str:
    """Return the cache key of a term's cards, given its deck's ``deck_key``.

    With ``memo``, the words the term's text can name others by come from the last build
    when the term is unchanged (finding them is most of the key's cost).
    """
    own = memo.term_digest(term) if memo is not None else _digest(term)
    words = memo.name_words(own, rendering.deck.id, term) if memo is not None else None
    return _digest(deck, own, rendering.names_for(term, words), sorted(rendering.recurring_of(term.id)))


def _encode(cards: Sequence[Card], offset: int = 0) -> str:
    """Return a term's cards as one line: the summary of its parts (see ``Part``), then each
    part's cards as JSON, tab-separated (JSON writes a tab inside a string as ``\\t``).
    Positions are counted within the term: less ``offset``, where the cards were numbered
    across the deck."""
    return _encode_parts(cards, offset)[0]


def _encode_parts(cards: Sequence[Card], offset: int = 0) -> tuple[str, tuple[Part, ...]]:
    """Return what ``_encode`` returns, and the term's parts."""
    rows: dict[str, list[list]] = {}
    anki: dict[str, int] = {}
    for card in cards:
        row = card_values(card)
        if offset:
            row[_POSITION] -= offset
        rows.setdefault(card.topic, []).append(row)
        anki[card.topic] = anki.get(card.topic, 0) + card.anki_cards
    segments = [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in rows.values()]
    parts = tuple(Part(topic, len(r), anki[topic], hashlib.sha256(segment.encode("utf-8")).hexdigest())
                  for (topic, r), segment in zip(rows.items(), segments))
    summary = json.dumps([[p.topic, p.cards, p.anki_cards, p.digest] for p in parts],
                         ensure_ascii=False, separators=(",", ":"))
    return "\t".join([summary, *segments]), parts


@dataclass(frozen=True, slots=True)
class Part:
    """A term's cards of one topic, as the render cache's entry of the term sums them up:
    how many there are, how many Anki cards they make and a digest of all of them
    (positions counted within the term), so that a package of unchanged parts can be
    known without reading its cards."""

    topic: str
    cards: int
    anki_cards: int
    digest: str


@dataclass(frozen=True, slots=True)
class _Entry:
    """A term's entry of the render cache, its parts' cards not decoded yet."""

    parts: tuple[Part, ...]
    segments: tuple[str, ...]


def _entry(text: str) -> _Entry:
    """Return a term's entry (see ``_encode``), its summary checked; raise ValueError if damaged."""
    head, *segments = text.rstrip("\n").split("\t")  # JSON holds no line break of its own
    summary = json.loads(head)
    if not isinstance(summary, list) or len(summary) != len(segments):
        raise ValueError("not an entry of a term's cards")
    parts = []
    for item in summary:
        if not (isinstance(item, list) and len(item) == 4 and isinstance(item[0], str)
                and all(isinstance(n, int) for n in item[1:3]) and isinstance(item[3], str)):
            raise ValueError("not a part of a term's cards")
        parts.append(Part(*item))
    return _Entry(tuple(parts), tuple(segments))


#: Fields that many cards share a value of (the deck, the term, the topic, the tags).
_SHARED = tuple(i for i, f in enumerate(CARD_FIELDS)
                if f in ("deck", "deck_title", "topic", "topic_title", "term_id", "term_name", "kind",
                         "tags", "source", "context", "back", "extra", "prompts", "answers"))


#: Fields that hold tuples, which JSON gives back as lists.
_TUPLES = tuple(i for i, f in enumerate(dataclasses.fields(Card)) if str(f.type).startswith("tuple"))


def _card(values: list, shared: dict) -> Card:
    for index in _TUPLES:
        values[index] = tuple(values[index])
    # One object per repeated value, as rendering makes them: decoded or unpickled, each
    # card would otherwise hold copies of its own (a third more memory in a large build).
    for index in _SHARED:
        value = values[index]
        values[index] = shared.setdefault(value, value)
    return card_of(values)


def _decode(text: str, shared: dict) -> tuple[Card, ...]:
    # The term's cards in the order it reads: its parts' cards by their positions.
    return tuple(sorted(map(card_of, _cached_rows(_entry(text), shared)), key=lambda c: c.position))


def _cached_rows(entry: _Entry, shared: dict, unread: Collection[str] = ()) -> list[list]:
    """Return the value of every field of each card of an entry, checked, as ``_card`` takes
    them, but for the cards of the ``unread`` topics: cards made only once their place in
    the deck is known are made once."""
    cards = []
    for part, segment in zip(entry.parts, entry.segments):
        if part.topic in unread:
            continue
        if hashlib.sha256(segment.encode("utf-8")).hexdigest() != part.digest:
            raise ValueError("a part that is not the one summed up")
        values_of_part = json.loads(segment)
        if not isinstance(values_of_part, list) or len(values_of_part) != part.cards:
            raise ValueError("a part of another size")
        for values in values_of_part:
            if len(values) != len(CARD_FIELDS) or not isinstance(values[_POSITION], int) \
                    or values[_TOPIC] != part.topic:
                raise ValueError("a card of another shape")
            for index in _TUPLES:
                values[index] = tuple(values[index])
            for index in _SHARED:
                value = values[index]
                values[index] = shared.setdefault(value, value)
        cards.extend(values_of_part)
    return cards


def _placed(cards: list[list], offset: int) -> tuple[Card, ...]:
    if offset:
        for values in cards:
            values[_POSITION] += offset
    return tuple(card_of(values) for values in cards)


def _shared_copy(result: TermCards, shared: dict) -> TermCards:
    cards = tuple(_card(card_values(c), shared) for c in result.cards)
    return TermCards(cards, result.failures)


class RenderCache:
    """The lean cards (see ``lean``) of the last build's terms, by cache key, kept in the output folder.

    Only the place of each entry in the file is held in memory; an entry is read when a
    term asks for it, and copied when the cache is saved. The cache is only ever a
    shortcut: a file that cannot be read or an entry that does not decode is ignored,
    and those terms are rendered again.
    """

    #: The file's name in the output folder, what messages call it, and its first line.
    NAME, WHAT = CACHE_NAME, "render cache"
    HEAD = f"flashgen render cache {CACHE_FORMAT}\n".encode()

    def __init__(self, folder: Path | None):
        self.path = folder / self.NAME if folder is not None else None
        self._file = None
        self._old: dict[str, tuple[str, int, int]] = {}  # key -> (deck id, offset, length)
        self._new: dict[str, tuple[str, int, int] | tuple[str, object]] = {}
        self._spill: BinaryIO | None = None  # new lines of the memo, see ``_keep_line``
        self.shared: dict = {}  # see _card
        self.memo: Memo | None = Memo(self)  # entries of this file, see ``Memo``
        if self.path is None:
            return
        try:
            self._file = self.path.open("rb")
            head = self._file.readline()
            if head != self.HEAD:
                raise ValueError("not a render cache of this format")
            offset = len(head)
            for line in self._file:
                if line.endswith(b"\n"):  # a cut-off last line is left out
                    key, deck, _ = line.split(b"\t", 2)
                    self._old[key.decode("ascii")] = (deck.decode("utf-8"), offset, len(line))
                offset += len(line)
        except (OSError, UnicodeDecodeError, ValueError):
            self._old = {}
            self.close()

    def __del__(self) -> None:
        self.close()

    @property
    def size(self) -> int:
        """Return how many entries the last build left in the file."""
        return len(self._old)

    def close(self) -> None:
        """Close the file of the last build's cache, and let go of the lines kept for the next."""
        if self._file is not None:
            self._file.close()
            self._file = None
        if self._spill is not None:
            self._spill.close()
            self._spill = None

    def _keep_line(self, key: str, deck: str, value: str) -> None:
        """Keep a new entry's line, encoded, for ``save``: in a temporary file rather than in
        memory, since a build keeps such lines of every term and page until it saves them."""
        if self._spill is None:
            self._spill = tempfile.TemporaryFile(prefix=".flashgen-")
        line = f"{key}\t{deck}\t{value}\n".encode("utf-8")
        offset = self._spill.seek(0, os.SEEK_END)
        self._spill.write(line)
        self._new[key] = (deck, _Kept(offset, len(line)))

    def _kept_line(self, kept: _Kept) -> bytes:
        assert self._spill is not None
        self._spill.seek(kept.offset)
        return self._spill.read(kept.length)

    def _line(self, offset: int, length: int) -> bytes:
        assert self._file is not None
        self._file.seek(offset)
        return self._file.read(length)

    def _decode_value(self, text: str) -> object:
        return _decode(text, self.shared)

    def _encode_value(self, value: object) -> str:
        cards, offset = value  # type: ignore[misc]  # what ``put`` stored
        return _encode(cards, offset)

    def get(self, key: str, deck: str):
        """Return the cards stored under ``key``, or None; found, they are kept for the next build."""
        return self._get(key, deck, self._decode_value)

    def _get(self, key: str, deck: str, decode: Callable[[str], object], keep: bool = True):
        """Return the value stored under ``key``, decoded, or None; found, it is kept for the
        next build unless ``keep`` is false (then ``keep`` it once it is used)."""
        entry = self._old.get(key)
        if entry is None or entry[0] != deck or self._file is None:
            return None
        try:
            line = self._line(entry[1], entry[2])
            value = decode(line.split(b"\t", 2)[2].decode("utf-8"))
        except (OSError, ValueError, TypeError, IndexError, KeyError):
            return None
        if keep:
            self._new[key] = entry
        return value

    def forget(self, key: str) -> None:
        """Forget the last build's entry under ``key`` (found damaged)."""
        self._old.pop(key, None)
        self._new.pop(key, None)

    def keep(self, key: str, deck: str) -> None:
        """Keep the last build's entry under ``key``, unread, for the next build (if it has one)."""
        entry = self._old.get(key)
        if entry is not None and entry[0] == deck:
            self._new.setdefault(key, entry)

    def put(self, key: str, deck: str, cards: Sequence[Card], offset: int = 0) -> None:
        """Store a term's cards, made lean, under ``key`` for the next build. ``offset``: how
        far the cards' positions are numbered past the term's own (the cards the build
        keeps, numbered across the deck, rather than a second copy of each)."""
        self._new[key] = (deck, (tuple(lean(c) for c in cards), offset))  # encoded only when saved

    def save(self, decks: Sequence[str]) -> None:
        """Write the cache: this build's terms, and the last build's of decks not built now."""
        if self.path is None:
            return
        built = set(decks)
        entries = dict(self._new)
        for key, entry in self._old.items():
            if entry[0] not in built:
                entries.setdefault(key, entry)
        if entries == self._old:
            self.close()
            return  # nothing to change: the folder stays as it is

        def lines() -> Iterator[bytes]:
            yield self.HEAD
            # Entries kept from the last build's file are copied as they were, a run of
            # lines that lie one after another there in one read (the file is sorted too).
            start = end = 0
            for key in sorted(entries):
                entry = entries[key]
                if len(entry) == 3:
                    if entry[1] != end or end - start >= _COPY_CHUNK:
                        if end > start:
                            yield self._line(start, end - start)
                        start = entry[1]
                    end = entry[1] + entry[2]
                    continue
                if end > start:
                    yield self._line(start, end - start)
                    start = end = 0
                if isinstance(entry[1], _Kept):
                    yield self._kept_line(entry[1])
                    continue
                yield f"{key}\t{entry[0]}\t{self._encode_value(entry[1])}\n".encode("utf-8")
            if end > start:
                yield self._line(start, end - start)

        try:
            write_atomic(self.path, lines(), self.WHAT)
        finally:
            self.close()


#: At most this many bytes of the last build's cache are copied at once when it is saved.
_COPY_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class _Kept:
    """Where ``RenderCache._keep_line`` put a new entry's line."""

    offset: int
    length: int


#: Starts the key of every entry of a ``Memo`` in the render cache's file (cards' keys are hex).
MEMO_PREFIX = "memo:"


def _plain_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class Memo:
    """What the last build worked out from a term's text or its cards, or from a page, by
    a digest of everything it was worked out from: the words a term's text can name other
    terms by (``name_words``), the digests of its notes (``NoteMemo``), a page's lines
    (``pagecache.PageCache.lines``). Its entries are plain JSON data in its cache's file,
    kept and saved with the cache's own; like them, only ever a shortcut."""

    def __init__(self, cache: RenderCache):
        # Not a reference: the cache holds its memo, and a cycle would keep the cache's
        # file open until the collector runs (a failed build would leave it open).
        self._cache = weakref.proxy(cache)
        #: Each term's cache key, by deck and term id, as ``render_terms`` found it.
        self.term_keys: dict[tuple[str, str], str] = {}
        # Each term's digest, by the term object's identity (the term is kept with it, so
        # that the identity stays its own): asked for its phrases, then for its key.
        self._term_digests: dict[int, tuple[Term, str]] = {}

    def get(self, key: str, deck: str, keep: bool = True) -> object:
        """Return the value kept under ``key`` for the deck, or None; found, it is kept
        for the next build, unless ``keep`` is false."""
        return self._cache._get(MEMO_PREFIX + key, deck, json.loads, keep)

    def keep(self, key: str, deck: str) -> None:
        """Keep the value under ``key`` for the next build, unread."""
        self._cache.keep(MEMO_PREFIX + key, deck)

    def put(self, key: str, deck: str, value: object) -> None:
        """Keep ``value`` (plain JSON data) under ``key`` for the next build.

        Encoded and set aside now, not held until the cache is saved: a build makes an
        entry of every term and page, and a list of words or lines held as objects takes
        several times the memory of its text (at 10,000 pages, a hundred MiB for the name
        words alone).
        """
        self._cache._keep_line(MEMO_PREFIX + key, deck, _plain_json(value))

    def name_words(self, term_digest: str, deck: str, term: Term) -> frozenset[str]:
        """Return ``cloze.name_words`` of the term's texts, given the digest of the term."""
        from .cloze import name_words

        key = _digest("name words", code_digest(), term_digest)
        found = self.get(key, deck)
        if isinstance(found, list) and all(isinstance(w, str) for w in found):
            return frozenset(found)
        words = name_words(text for _, text, _ in term.texts())
        self.put(key, deck, sorted(words))
        return words

    def term_digest(self, term: Term) -> str:
        """Return the digest of everything a term holds (``_digest(term)``), worked out once."""
        known = self._term_digests.get(id(term))
        if known is not None and known[0] is term:
            return known[1]
        digest = _digest(term)
        self._term_digests[id(term)] = (term, digest)
        return digest

    def page_phrases(self, deck: str, terms: Sequence[Term], pool: Workers | None = None,
                     ) -> dict[str, frozenset[str]]:
        """Return ``keyphrases.page_phrases`` of each term's texts, by the term's id: the
        last build's where the term is unchanged, the others worked out (by ``pool``'s
        workers when there are many). Kept as one string, the phrases a line each (a phrase
        is words with single spaces between them), which reads back faster than a list."""
        from .keyphrases import page_phrases

        found: dict[str, frozenset[str]] = {}
        missing: list[tuple[Term, str]] = []
        for term in terms:
            key = _digest("page phrases", code_digest(), self.term_digest(term))
            kept = self.get(key, deck)
            if isinstance(kept, str):
                found[term.id] = frozenset(kept.split("\n")) if kept else frozenset()
            else:
                missing.append((term, key))
        texts = [tuple(text for _, text, _ in term.texts()) for term, _ in missing]
        worked = pool.map(_phrases_job, texts, at_least=POOL_MIN_TERMS) if pool is not None else None
        for (term, key), phrases in zip(missing, worked if worked is not None else map(page_phrases, texts)):
            self.put(key, deck, "\n".join(sorted(phrases)))
            found[term.id] = phrases
        return found

    def notes(self) -> NoteMemo:
        """Return the digests of the last build's notes, by the cache keys of their terms."""
        return NoteMemo(self)


def notes_key(term: str, deck: str) -> str:
    """Return the memo's key of the notes of a term (by its cache key) in one Anki deck."""
    return hashlib.sha256(f"notes\0{term}\0{deck}".encode("utf-8")).hexdigest()


class NoteMemo:
    """The digest and first note id of each note (``anki.describe_package``) of a term in
    one Anki deck (a package's topic), kept under the term's cache key and the deck's name.

    Everything a note's digest is made of comes from its cards, its GUID, its deck's
    name and its Source field; given the term's cache key, its cards are what the render
    cache holds under that key, except their positions (which no digest reads) and the
    key and GUID a cloze note carries over from the last build (``continuity``). So a
    note is looked up by its term's key and its deck's name, then its Source field and GUID.
    """

    def __init__(self, memo: Memo):
        self._memo = memo
        self._old: dict[str, dict] = {}
        self._new: dict[str, dict[str, dict[str, list]]] = {}
        self._decks: dict[str, str] = {}
        # The notes of one term in one deck with one Source field, last build's and this
        # one's: a package's notes come term by term, so most lookups ask the same again.
        self._asked: tuple[str, str, str, str] | None = None
        self._before: dict = {}
        self._now: dict[str, list] | None = None

    def _notes(self, card: Card, deck: str, source: str) -> None:
        asked = (card.deck, card.term_id, deck, source)
        if asked == self._asked:
            return
        self._asked, self._before, self._now = asked, {}, None
        term = self._memo.term_keys.get((card.deck, card.term_id))
        if term is None:
            return
        key = notes_key(term, deck)
        old = self._old.get(key)
        if old is None:
            found = self._memo.get(key, card.deck)
            old = self._old[key] = found if isinstance(found, dict) else {}
        before = old.get(source)
        self._before = before if isinstance(before, dict) else {}
        self._decks[key] = card.deck
        self._now = self._new.setdefault(key, {}).setdefault(source, {})

    def get(self, card: Card, deck: str, source: str) -> tuple[str, int] | None:
        """Return the digest and first note id of the note ``card`` starts, or None."""
        self._notes(card, deck, source)
        value = self._before.get(card.guid)
        if self._now is None or not (isinstance(value, list) and len(value) == 2
                                     and isinstance(value[0], str) and isinstance(value[1], int)):
            return None
        self._now[card.guid] = value
        return value[0], value[1]

    def put(self, card: Card, deck: str, source: str, digest: str, nid: int) -> None:
        """Keep a note's digest and first note id under its term's key."""
        self._notes(card, deck, source)
        if self._now is not None:
            self._now[card.guid] = [digest, nid]

    def done(self) -> None:
        """Keep, for the next build, exactly the notes this build described of each term."""
        for key, notes in self._new.items():
            if notes != self._old.get(key):
                self._memo.put(key, self._decks[key], notes)


@dataclass
class DeckParts:
    """What ``render_terms`` found of a deck's topics: for each topic with cards, a digest
    of everything its cards are (``fingerprints``), how many Anki cards they make, and
    which terms (in the order the cards come) have cards in it; and the topics whose cards
    it left unread (see ``Unread``), with the cards of them that it rendered all the same
    (of terms whose text changed but not these cards), not numbered across the deck."""

    fingerprints: dict[str, str]
    anki_cards: dict[str, int]
    terms: dict[str, tuple[str, ...]]
    unread: frozenset[str] = frozenset()
    rendered: tuple[Card, ...] = ()


class Unread:
    """Lets ``render_terms`` leave the cards of whole topics unread: ``choose`` is given the
    deck's rendering and each topic's fingerprint (see ``DeckParts``), once the deck's
    terms are keyed and the changed ones rendered, and returns the topics whose cards the
    build does not need (their packages are known to hold them already). What was found
    of each deck is kept in ``decks``."""

    def __init__(self, choose: Callable[[DeckRendering, dict[str, str]], Collection[str]]):
        self.choose = choose
        self.decks: dict[str, DeckParts] = {}


def _deck_parts(rendering: DeckRendering, terms: Sequence[Term], parts: Sequence[tuple[Part, ...]],
                shared: str) -> DeckParts:
    """Return each topic's fingerprint: the deck's shared inputs, and every card of the topic
    by its term's part (its digest, and the term's Source field, which its notes show)."""
    rows: dict[str, list[tuple[str, str, str]]] = {}
    anki: dict[str, int] = {}
    for term, term_parts in zip(terms, parts):  # terms in the order their cards come
        for part in term_parts:
            rows.setdefault(part.topic, []).append((term.id, term.source or "", part.digest))
            anki[part.topic] = anki.get(part.topic, 0) + part.anki_cards
    order = [t for t, _ in rendering.titles if t in rows]
    order += sorted(set(rows) - set(order))
    return DeckParts({t: _digest("topic", shared, t, rows[t]) for t in order}, {t: anki[t] for t in order},
                     {t: tuple(r[0] for r in rows[t]) for t in order})


def render_terms(rendering: DeckRendering, terms: Sequence[Term], templates: Templates,
                 templates_dir: Path | None, cache: RenderCache | None = None,
                 on_term: Callable[[], None] | None = None,
                 file_order: Sequence[str] | None = None, unread: Unread | None = None,
                 pool: Workers | None = None) -> list[TermCards]:
    """Return each term's cards, in the order of ``terms``: from the cache, else rendered.

    With a cache, every card returned is lean (see ``lean``), whether cached or rendered now.
    With ``file_order`` (the deck's term ids in the order its files are read), the cards
    are numbered across the deck as ``cards.deck_cards`` numbers them (``placed=True``
    tells it so): cached cards are then made once, in their place. With ``unread`` too,
    the cards of the topics it chooses are left out, and cached ones not even decoded;
    the positions of the others count them all the same. With ``pool``, its workers render.
    """
    results: list[TermCards | None] = [None] * len(terms)
    # The parts of cached terms whose cards are not made yet: their cards are read again
    # once it is known which are needed (a large deck's entries, held, take hundreds of MiB).
    cached: dict[int, tuple[Part, ...]] = {}
    parts: dict[int, tuple[Part, ...]] = {}
    keys: list[str] = []
    deck = rendering.deck.id
    shared = ""
    if cache is not None:
        shared = deck_key(rendering, templates)
        memo = cache.memo
        for index, term in enumerate(terms):
            key = term_key(shared, term, rendering, memo)
            keys.append(key)
            if memo is not None:
                memo.term_keys[(deck, term.id)] = key
            if file_order is not None:
                found = cache._get(key, deck, lambda text: _entry(text).parts)
                if found is not None:
                    cached[index] = parts[index] = found
            else:
                cards = cache.get(key, deck)
                if cards is not None:
                    results[index] = TermCards(cards)
            if index in cached or results[index] is not None:
                if on_term:
                    on_term()
    missing = [i for i, r in enumerate(results) if r is None and i not in cached]
    for index, result in zip(missing, _render(rendering, [terms[i] for i in missing], templates,
                                              templates_dir, on_term, make_lean=cache is not None, pool=pool)):
        results[index] = result
        if cache is not None and not result.failures:
            if file_order is None:
                cache.put(keys[index], deck, result.cards)
            else:
                # Encoded now, positions counted within the term, and set aside on disk.
                text, parts[index] = _encode_parts(result.cards)
                cache._keep_line(keys[index], deck, text)
    if file_order is None:
        return results  # type: ignore[return-value]  # every place is filled
    counts = {terms[i].id: sum(p.cards for p in cached[i]) if i in cached else len(r.cards)  # type: ignore[union-attr]
              for i, r in enumerate(results)}
    offsets, offset = {}, 0
    for term_id in file_order:
        offsets[term_id] = offset
        offset += counts[term_id]
    left: Collection[str] = ()
    if unread is not None and cache is not None and len(parts) == len(terms):
        found_parts = _deck_parts(rendering, terms, [parts[i] for i in range(len(terms))], shared)
        left = frozenset(unread.choose(rendering, found_parts.fingerprints))
        unread.decks[deck] = replace(found_parts, unread=left, rendered=tuple(
            c for i in missing for c in results[i].cards if c.topic in left))  # type: ignore[union-attr]
    for index, term in enumerate(terms):
        if index in cached:
            values = cache._get(keys[index], deck, lambda text: _cached_rows(  # type: ignore[union-attr]
                _entry(text), cache.shared, left))  # type: ignore[union-attr]
            if values is None or sum(p.cards for p in cached[index] if p.topic not in left) != len(values):
                # A damaged entry: forgotten, and the deck made again without it.
                cache.forget(keys[index])  # type: ignore[union-attr]
                return render_terms(rendering, terms, templates, templates_dir, cache, None, file_order, unread,
                                    pool)
            results[index] = TermCards(_placed(values, offsets[term.id]))
            continue
        result = results[index]
        cards = [c for c in result.cards if c.topic not in left] if left else result.cards  # type: ignore[union-attr]
        if offsets[term.id] or len(cards) != len(result.cards):  # type: ignore[union-attr]
            results[index] = TermCards(_placed([card_values(c) for c in cards],
                                               offsets[term.id]), result.failures)  # type: ignore[union-attr]
    return results  # type: ignore[return-value]  # every place is filled


def _render(rendering: DeckRendering, terms: Sequence[Term], templates: Templates,
            templates_dir: Path | None, on_term: Callable[[], None] | None,
            make_lean: bool = False, pool: Workers | None = None) -> Iterator[TermCards]:
    own = pool is None  # started for these terms alone, and stopped after them
    pool = Workers() if pool is None else pool
    try:
        pooled = pool.map(_render_job, terms, (rendering, templates_dir, make_lean), at_least=POOL_MIN_TERMS)
        if pooled is not None:
            shared: dict = {}
            results = (_shared_copy(r, shared) for r in pooled)
        else:
            results = (render_term(rendering, term, templates) for term in terms)
            results = (lean_cards(r) for r in results) if make_lean else results
        for result in results:
            if on_term:
                on_term()
            yield result
    finally:
        if own:
            pool.close()


def _phrases_job(_: None, texts: tuple[str, ...]) -> frozenset[str]:
    """Return ``keyphrases.page_phrases`` of a term's texts, in a worker process."""
    from .keyphrases import page_phrases

    return page_phrases(texts)


@lru_cache(maxsize=4)
def _worker_templates(templates_dir: Path | None) -> Templates:
    """Return the templates, loaded once in a worker process."""
    return load_templates(templates_dir)


def _render_job(context: tuple[DeckRendering, Path | None, bool], term: Term) -> TermCards:
    """Return a term's cards, rendered in a worker process with the deck-wide inputs."""
    rendering, templates_dir, make_lean = context
    result = render_term(rendering, term, _worker_templates(templates_dir))
    # Made lean here, the cards also cost less to send back.
    return lean_cards(result) if make_lean else result
