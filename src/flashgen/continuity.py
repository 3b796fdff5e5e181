"""Keep a cloze note's identity across changes of what it hides, through the last build.

A cloze note is first known by its sentence's key phrases (see ``cards._cloze_cards``),
so that editing other words of the sentence updates it in place. But a better chooser,
or an author's ``cloze: hide``, changes the key phrases of a sentence that did not
change at all, and the learner's reviewed note would sit beside a new one in Anki.
So, before a build into a folder packages anything, every cloze sentence is matched
against the cloze notes of the same term and topic that the last build wrote there:

1. the same sentence, word for word, keeps that note;
2. else a note with the same key phrases is kept (an edited word of the sentence);
3. else a nearly identical sentence (most of its words in the same order) keeps its note;
4. else the sentence is a new note.

The last build's sentences are read from its packages in the output folder (only from
packages still exactly as written, as the manifest records them), and only for a term
and topic whose key phrases changed, or where two sentences hide the same phrases: those
are told apart by a counter, that is, by their order, which an edit can change. Without the output folder's record — a fresh
folder, or a deleted manifest — cloze notes are known by their key phrases alone.

A note's key names its topic, and the topic a heading lands on can change without the
section changing: a deck's ``synonyms``, or a flashgen that maps more headings to
standard topics ("Principle of operation" to mechanism). A section whose topic is new
for its term takes over a topic the term no longer has in this build when their
question cards answer alike (most of their words in the same order, as for sentences):
its question note keeps its key, and its cloze sentences are matched against that
topic's cloze notes as above. A section removed and another one added in its place
share no answer, and the new one is new notes. Anki then updates the
notes in place, keeping their reviews; their cards stay in the deck of the old topic,
as after any change of a note's deck.
"""

from __future__ import annotations

import difflib
import html
import re
import sqlite3
import zipfile
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from .cards import card_guid
from .manifest import Manifest, PackageRecord, file_digest
from .model import Card

#: How alike (difflib's ratio over words) an edited sentence must be to keep its note.
NEAR = 0.6

# An author's blank may carry a hint after "::" (the answer's own colons are entities).
_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::.*?)?\}\}", re.DOTALL)


def sentence_of(text: str) -> str:
    """Return the plain sentence of a cloze note's Text field, its blanks' hints left out:
    a hint added or changed is not an edit of the sentence."""
    return " ".join(html.unescape(_CLOZE.sub(r"\1", text)).split())


def _group(key: str) -> tuple[str, ...] | None:
    """Return (deck, term, topic) of a cloze card key, or None for other kinds."""
    parts = key.split("/", 4)
    return tuple(parts[:3]) if len(parts) == 5 and parts[3] == "cloze" else None


def _question(key: str) -> tuple[str, ...] | None:
    """Return (deck, term, topic) of a section's question card key, or None for other kinds."""
    parts = key.split("/")
    return tuple(parts[:3]) if len(parts) == 4 and parts[3] == "qa" else None


def carry_over(cards: Sequence[Card], previous: Manifest, out: Path,
               unread: Collection[tuple[str, str, str]] = ()) -> tuple[Card, ...]:
    """Return the cards with each cloze note given the identity it had in the last build,
    and each section that moved to another topic its notes of the old one.

    ``unread``: the (deck, term, topic) of cards left out of ``cards``, whose packages are
    left as the last build wrote them (their notes keep their keys: see ``build._unread``).
    A term's topics among them are no topics gone for it.
    """
    # Most builds change no cloze note's key phrases and move no section: when the last
    # build had a note of every key, and no key is told from another by order alone,
    # nothing is matched.
    keys_before = {note.key for record in previous.packages for note in record.notes}
    counted = {_group(key) for key in keys_before if _counted(key)}
    if all(card.key in keys_before and not _counted(card.key) and _group(card.key) not in counted
           for card in cards if card.kind in ("cloze", "qa")):
        return tuple(cards)
    old: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    questions: dict[tuple[str, ...], str] = {}
    for record in previous.packages:
        for note in record.notes:
            group = _group(note.key)
            if group is not None:
                old.setdefault(group, []).append((note.key, note.guid))
            elif (topic := _question(note.key)) is not None:
                questions[topic] = note.guid
    if not old and not questions:
        return tuple(cards)
    new: dict[tuple[str, ...], list[int]] = {}
    for index, card in enumerate(cards):
        if card.kind == "cloze":
            new.setdefault(_group(card.key) or (), []).append(index)
    texts: dict[str, str] | None = None
    keys: dict[int, str] = {}
    moved = _moved_topics(cards, old, questions, previous, out, unread)
    for index, card in enumerate(cards):
        topic = _question(card.key)
        if topic in moved:
            keys[index] = "/".join((*moved[topic], "qa"))
    for group, indexes in new.items():
        before = old.get(moved.get(group, group))
        if not before:
            continue
        if _known(cards, indexes, before):
            continue  # every sentence is known by the same phrases as before
        if texts is None:
            texts = _last_sentences(previous, out, _unmatched(cards, new, old, moved))
        keys.update(_match(cards, indexes, before, texts))
    if not keys:
        return tuple(cards)
    out_cards = list(cards)
    for index, key in keys.items():
        if key != cards[index].key:
            out_cards[index] = replace(cards[index], key=key, guid=card_guid(key))
    return tuple(out_cards)


def _moved_topics(cards: Sequence[Card], old: dict[tuple[str, ...], list[tuple[str, str]]],
                  questions: dict[tuple[str, ...], str], previous: Manifest,
                  out: Path, unread: Collection[tuple[str, str, str]] = ()) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Return, for each (deck, term, topic) new for its term, the one gone that it takes over."""
    now: dict[tuple[str, str], set[str]] = {}
    for card in cards:
        now.setdefault((card.deck, card.term_id), set()).add(card.topic)
    for deck, term, topic in unread:
        now.setdefault((deck, term), set()).add(topic)
    before: dict[tuple[str, str], set[str]] = {}
    for deck, term, topic in (*old, *questions):
        before.setdefault((deck, term), set()).add(topic)
    gone = {term: topics - now.get(term, set()) for term, topics in before.items()}
    gone = {term: topics for term, topics in gone.items() if topics}
    if not gone:
        return {}
    appeared = {term: sorted(now.get(term, set()) - before[term]) for term in gone}
    # The answers only of the questions a new topic may take over.
    asked = {(*term, v) for term, topics in gone.items() if appeared[term] for v in topics}
    answers: dict[str, str] | None = None
    moved: dict[tuple[str, ...], tuple[str, ...]] = {}
    for term, topics in gone.items():
        if not appeared[term]:
            continue
        vanished = sorted(topics)
        if answers is None:
            answers = _last_texts(previous, out, lambda key: _question(key) in asked, answers=True)
        new_answers = {c.topic: _plain(c.back) for c in cards
                       if (c.deck, c.term_id) == term and c.kind == "qa" and _question(c.key)}
        pairs = []
        for a in appeared[term]:
            for v in vanished:
                was = answers.get(questions.get((*term, v), ""))
                if a in new_answers and was is not None:
                    ratio = difflib.SequenceMatcher(None, new_answers[a].casefold().split(),
                                                    was.casefold().split(), autojunk=False).ratio()
                    if ratio >= NEAR:
                        pairs.append((-ratio, a, v))
        taken: set[str] = set()
        for _, a, v in sorted(pairs):
            if (*term, a) not in moved and v not in taken:
                moved[(*term, a)] = (*term, v)
                taken.add(v)
    return moved


def _plain(fragment: str) -> str:
    """Return the words of an HTML fragment of a card, without its markup."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def _match(cards: Sequence[Card], indexes: list[int], before: list[tuple[str, str]],
           texts: dict[str, str]) -> dict[int, str]:
    """Return the key each of the group's new cards gets, matched against the old notes."""
    sentences = {i: sentence_of(cards[i].front) for i in indexes}
    old_text = {k: texts.get(g) for k, g in before}
    free = dict.fromkeys(k for k, _ in before)  # old keys not yet taken, in order
    result: dict[int, str] = {}
    # 1. The same sentence.
    by_text: dict[str, list[str]] = {}
    for k in free:
        if old_text[k] is not None:
            by_text.setdefault(old_text[k], []).append(k)
    for i in indexes:
        candidates = [k for k in by_text.get(sentences[i], ()) if k in free]
        if candidates:
            result[i] = candidates[0]
            del free[candidates[0]]
    # 2. The same key phrases.
    for i in indexes:
        if i not in result and cards[i].key in free:
            result[i] = cards[i].key
            del free[cards[i].key]
    # 3. A nearly identical sentence, the most alike pairs first.
    pairs = []
    for i in indexes:
        if i in result:
            continue
        words = sentences[i].casefold().split()
        for k in free:
            if old_text[k] is None:
                continue
            ratio = difflib.SequenceMatcher(None, words, old_text[k].casefold().split(), autojunk=False).ratio()
            if ratio >= NEAR:
                pairs.append((-ratio, indexes.index(i), i, k))
    for _, _, i, k in sorted(pairs):
        if i not in result and k in free:
            result[i] = k
            del free[k]
    # 4. New notes, told apart from every note of the group, old or new.
    used = set(result.values()) | set(free)
    for i in indexes:
        if i in result:
            continue
        key, n = cards[i].key, 1
        while key in used:
            n += 1
            key = f"{cards[i].key}#{n}"
        result[i] = key
        used.add(key)
    return result


def _unmatched(cards: Sequence[Card], new: dict[tuple[str, ...], list[int]],
               old: dict[tuple[str, ...], list[tuple[str, str]]],
               moved: dict[tuple[str, ...], tuple[str, ...]]) -> set[tuple[str, ...]]:
    """Return the groups of the last build's cloze notes that some sentence is matched against:
    those of a group with a sentence not known by its key phrases (see ``carry_over``)."""
    groups = set()
    for group, indexes in new.items():
        was = moved.get(group, group)
        if old.get(was) and not _known(cards, indexes, old[was]):
            groups.add(was)
    return groups


def _counted(key: str) -> bool:
    """Whether a cloze card key is told from another of its sentence's phrases by a counter
    ("iron deficiency#2"), that is, by the order of the sentences that hide them."""
    return _group(key) is not None and "#" in key.rsplit("/", 1)[1]


def _known(cards: Sequence[Card], indexes: list[int], before: list[tuple[str, str]]) -> bool:
    """Whether every sentence of a group is known by the key it had in the last build.

    A key with a counter is not: deleting or moving the first of two sentences that hide
    the same phrases gives the second the first one's key, and with it its note and reviews,
    while the second's own note stays in the collection with the same sentence. Such
    sentences are matched by their words."""
    known = {k for k, _ in before}
    return all(cards[i].key in known and not _counted(cards[i].key) for i in indexes) \
        and not any(_counted(k) for k in known)


def _last_sentences(previous: Manifest, out: Path, groups: set[tuple[str, ...]]) -> dict[str, str]:
    """Return the sentence of every cloze note of ``groups`` (deck, term, topic) in the last
    build's intact packages, by GUID."""
    return _last_texts(previous, out, lambda key: _group(key) in groups)


def _last_texts(previous: Manifest, out: Path, kind, answers: bool = False) -> dict[str, str]:
    """Return the plain text of every note whose key ``kind`` accepts in the last build's
    intact packages, by GUID: a cloze note's sentence, or with ``answers`` a question
    note's answer. Only the
    packages that hold such a note are read: unpacking each costs about as much as
    writing it."""
    found: dict[str, str] = {}
    for record in previous.packages:
        wanted = {n.guid for n in record.notes if kind(n.key)}
        if wanted:
            found.update(_package_texts(out / record.path, record, wanted, answers))
    return found


def _package_texts(path: Path, record: PackageRecord, wanted: set[str],
                   answers: bool) -> Iterable[tuple[str, str]]:
    try:
        if file_digest(path) != record.file_digest:
            return []  # changed since it was written: not ours to read
        with zipfile.ZipFile(path) as archive:
            data = archive.read("collection.anki2")
    except (OSError, KeyError, zipfile.BadZipFile):
        return []
    db = sqlite3.connect(":memory:")
    try:
        db.deserialize(data)
        rows = db.execute("select guid, flds from notes").fetchall()
    except sqlite3.DatabaseError:
        return []
    finally:
        db.close()
    if answers:  # the Back field, after Front
        return [(guid, _plain(fields.split("\x1f")[1])) for guid, fields in rows if guid in wanted]
    return [(guid, sentence_of(fields.split("\x1f", 1)[0])) for guid, fields in rows if guid in wanted]
