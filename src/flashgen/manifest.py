"""Remember what the last build wrote, so that rebuilds skip unchanged packages and update the rest.

The manifest lives in the output folder as ``.flashgen-manifest.json``. For each package
it records the digest of everything that went into it, the modification time it was
given, the digest of the file written, and each card's key, GUID, digest and, where it
differs from the package's, the modification time its note was given.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from . import __version__
from .anki import NoteDigest, PackageContent
from .errors import OutputError, Problem
from .output import write_atomic

MANIFEST_NAME = ".flashgen-manifest.json"
FORMAT = 1
#: The latest modification time a package may get: the end of the year 9999, in seconds.
LATEST_TIME = 253402300799

#: What a comparison can say about a package. MISSING: unchanged content, but its file
#: is gone or differs from what was written, so it is written again.
NEW, CHANGED, MISSING, UNCHANGED, STALE = "new", "changed", "missing", "unchanged", "stale"

_LABELS = {NEW: "new package {}", CHANGED: "changed package {}",
           MISSING: "missing package {} (unchanged, written again)",
           UNCHANGED: "package {}", STALE: "stale package {} (no longer built; build removes it)"}

#: What reading a manifest that was edited or cut short can raise: a missing key, a value of
#: the wrong type or shape, and a number too large for an id or a time ("nid": 1e400).
_DAMAGED = (KeyError, TypeError, ValueError, AttributeError, OverflowError)


@dataclass(frozen=True, slots=True)
class NoteRecord(NoteDigest):
    """One note as a build wrote it: its identity, digest and note id, and the
    modification time it was given (0 only for a record not yet written)."""

    time: int = 0


@dataclass(frozen=True)
class PackageRecord:
    """One package as a build wrote it.

    A record read from a manifest may hold its notes as the manifest's text until they
    are first asked for (see ``read_manifest``): decoded, a 10,000-page build's notes take
    twice the memory of their text, and a build holds them from its start to its end.
    """

    path: str
    decks: tuple[str, ...]
    digest: str
    timestamp: int
    file_digest: str
    notes: tuple[NoteRecord, ...]
    #: ("<deck>/<topic>", Anki deck name) for each topic in the package, so that a later
    #: build can tell when a deck was retitled (older manifests do not have it).
    anki_decks: tuple[tuple[str, str], ...] = ()

    def __getattr__(self, name: str):
        # Called only for an attribute not set: the notes of a record read as text.
        if name != "notes" or "_text" not in self.__dict__:
            raise AttributeError(name)
        return self.decode()

    def decode(self, strings: Mapping[str, NoteDigest] | None = None) -> tuple[NoteRecord, ...]:
        """Return the notes, decoded from the manifest's text if still held as text, and
        keep them decoded (see ``decoded``)."""
        if "_text" not in self.__dict__:
            return self.notes
        notes = self.decoded(strings)
        object.__setattr__(self, "notes", notes)
        del self.__dict__["_text"]
        return notes

    def decoded(self, strings: Mapping[str, NoteDigest] | None = None) -> tuple[NoteRecord, ...]:
        """Return the notes, decoding them afresh from the manifest's text if they are still
        held as text. ``strings``, a card key to a card: a note of that key and GUID takes
        the card's strings instead of copies of its own (see ``Manifest.decode``)."""
        text = self.__dict__.get("_text")
        if text is None:
            return self.notes
        try:
            return _notes(_DECODER.decode(text.decode("utf-8")), self.timestamp, strings)
        except _DAMAGED as e:
            raise OutputError(f"the build manifest is damaged ({type(e).__name__}: {e}); delete it to "
                              f"write every package again", path=self.__dict__["_where"]) from e

    @classmethod
    def from_text(cls, path: str, decks: tuple[str, ...], digest: str, timestamp: int, file_digest: str,
                  anki_decks: tuple[tuple[str, str], ...], text: bytes, where: Path) -> PackageRecord:
        """Return a record whose notes are decoded from ``text`` (a JSON object of cards in
        UTF-8, as the manifest at ``where`` holds it) when first asked for."""
        record = object.__new__(cls)
        for name, value in (("path", path), ("decks", decks), ("digest", digest), ("timestamp", timestamp),
                            ("file_digest", file_digest), ("anki_decks", anki_decks), ("_text", text),
                            ("_where", where)):
            object.__setattr__(record, name, value)
        return record


@dataclass(frozen=True)
class LastBuild:
    """The last build into a folder: a digest of all its inputs and what it reported.

    When the next build's inputs have the same digest and its packages are still as
    written, that build would change nothing, and it is skipped (see ``build.build``).
    """

    inputs: str
    packages: tuple[str, ...]
    cards: int
    warnings: tuple[tuple[str | None, int | None, str], ...] = ()
    set_aside: int = 0


@dataclass(frozen=True)
class Manifest:
    """Every package flashgen has written into one output folder."""

    packages: tuple[PackageRecord, ...] = ()
    last_build: LastBuild | None = None

    def find(self, path: str) -> PackageRecord | None:
        """Return the record of the package at ``path`` (a file name), or None."""
        return next((p for p in self.packages if p.path == path), None)

    def decode(self, cards: Iterable[NoteDigest]) -> None:
        """Decode the notes of every record still held as text, each note of the same key and
        GUID as one of ``cards`` (this build's cards or notes) with that card's strings.

        Decoded as the manifest is read, the last build's notes of a 10,000-page folder took
        185 MiB from a build's start to its end, with strings of their own; as text they take
        about the manifest's size (80 MB) while the deck renders, and decoded afterwards from
        the cards' strings, the note records and their digests and ids.
        """
        if all("_text" not in r.__dict__ for r in self.packages):
            return
        by_key = {c.key: c for c in cards}
        for record in self.packages:
            record.decode(by_key)

    def by_key(self) -> dict[str, NoteRecord]:
        """Return every note of every record by its key, worked out once for the manifest
        (each package a build writes looks up the times of the notes of all)."""
        found = self.__dict__.get("_by_key")
        if found is None:
            found = {n.key: n for r in self.packages for n in r.notes}
            object.__setattr__(self, "_by_key", found)
        return found

    def unknown_ids(self) -> frozenset[str]:
        """Return the keys of the notes recorded without a note id, worked out once."""
        found = self.__dict__.get("_unknown")
        if found is None:
            found = frozenset(n.key for r in self.packages for n in r.notes if n.nid is None)
            object.__setattr__(self, "_unknown", found)
        return found

    def newest(self) -> int | None:
        """Return the latest timestamp given to any package, or None when there is none."""
        return max((p.timestamp for p in self.packages), default=None)


@dataclass(frozen=True)
class Planned:
    """A package the current build makes: its file name, flashgen decks and content."""

    path: str
    decks: tuple[str, ...]
    content: PackageContent
    anki_decks: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class PackageChange:
    """How one package compares with the last build, and which of its cards differ."""

    path: str
    status: str
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()


@dataclass(frozen=True)
class Changes:
    """How a build compares with the last build into the same folder.

    ``search`` finds, in Anki's browser, exactly the notes no longer built (see
    ``removed_search``); empty when none is removed.
    """

    packages: tuple[PackageChange, ...]
    #: Warnings about what Anki will do with the changes (see ``notices.py``).
    notices: tuple[str, ...] = ()
    search: str = ""
    #: Warnings about the sources, as a build gives them (not part of ``lines``).
    warnings: tuple[Problem, ...] = ()

    def with_status(self, *statuses: str) -> tuple[PackageChange, ...]:
        """Return the packages whose status is one of ``statuses``."""
        return tuple(p for p in self.packages if p.status in statuses)

    def count(self, which: str) -> int:
        """Return how many cards are ``added``, ``changed`` or ``removed``."""
        return sum(len(getattr(p, which)) for p in self.packages)

    def lines(self) -> list[str]:
        """Return a report for people: each package to write or remove, its cards, a summary."""
        lines: list[str] = []
        for package in self.packages:
            if package.status == UNCHANGED and not (package.added or package.changed or package.removed):
                continue
            lines.append(_LABELS[package.status].format(package.path))
            for which, keys in (("added", package.added), ("changed", package.changed),
                                ("removed", package.removed)):
                lines.extend(f"  {which} {key}" for key in keys)
        lines.extend(self.notices)
        to_write = len(self.with_status(NEW, CHANGED, MISSING))
        lines.append(f"{self.count('added')} added, {self.count('changed')} changed, "
                     f"{self.count('removed')} removed notes; {to_write} to write, "
                     f"{len(self.with_status(STALE))} stale, {len(self.with_status(UNCHANGED))} unchanged packages")
        if self.search:
            lines.append(search_line(self.search))
        return lines


def keep_unknown_ids(previous: Manifest, notes: Sequence[NoteDigest]) -> tuple[NoteDigest, ...]:
    """Return ``notes``, without an id where the last build recorded none.

    Such a note came from an older flashgen, and its collection keeps the id it got then
    whatever a newer package says, so the id stays unknown for good.
    """
    unknown = previous.unknown_ids()
    if not unknown:
        return tuple(notes)
    return tuple(replace(n, nid=None) if n.key in unknown else n for n in notes)


def search_line(search: str) -> str:
    """Return the line that tells where to find the notes a build no longer makes."""
    return f"find them in Anki's browser with: {search}"


#: The note type of each kind of note, by the kind in its key.
_NOTE_TYPES = {"cloze": "flashgen Cloze", "both-ways": "flashgen Definition"}


def removed_search(removed: Sequence[NoteDigest], built: Sequence[NoteDigest]) -> str:
    """Return an Anki search that finds exactly the ``removed`` notes, or "" for none.

    A note first written with a chosen note id is found by it (``nid:``). A note from an
    older flashgen has an id that only the collection knows; it is found by its note
    type and its ``term::`` and ``topic::`` tags, leaving out by id the notes of the same
    kind that are still built (a note of that kind also from an older flashgen and still
    built would be found with it).
    """
    known = sorted({n.nid for n in removed if n.nid is not None})
    parts = [f"nid:{','.join(map(str, known))}"] if known else []
    groups = dict.fromkeys(_group(n.key) for n in removed if n.nid is None)
    still: dict[tuple[str, str, str], set[int]] = {}
    for note in built if groups else ():  # only notes without a known id need the others
        if note.nid is not None:
            still.setdefault(_group(note.key), set()).add(note.nid)
    for group in groups:
        note_type, term, topic = group
        part = f'"note:{note_type}" "tag:term::{_escape(term)}" "tag:topic::{_escape(topic)}"'
        if group in still:
            part += f" -nid:{','.join(map(str, sorted(still[group])))}"
        parts.append(f"({part})")
    return " OR ".join(parts)


def _group(key: str) -> tuple[str, str, str]:
    """Return the note type, term id and topic of a note, from its key."""
    _, term, topic, rest = key.split("/", 3)
    kind = rest.split("/", 1)[0]
    return _NOTE_TYPES.get(kind, "flashgen Q&A"), term, topic


def _escape(text: str) -> str:
    """Return ``text`` with Anki's search wildcards and quotes made literal."""
    return re.sub(r'([\\*_"])', r"\\\1", text)


def file_digest(path: Path) -> str:
    """Return the SHA-256 of a file's bytes, in hex."""
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def package_time(input_time: int, path: str, digest: str, previous: Manifest) -> int:
    """Return the modification time to give a package whose content has ``digest``.

    Unchanged content keeps the time it had, so its bytes stay the same. Changed content
    must look newer to Anki than anything imported from this folder before, or Anki keeps
    the old notes; sources restored from a backup or an archive, copied with their times
    kept, or built with a fixed SOURCE_DATE_EPOCH can carry older times, so the last
    build's newest time is a floor. Comparing against every package, not only this one, keeps notes and the note
    type newer even when they move between packages (``--single``) or all change at once.
    """
    before = previous.find(path)
    if before is not None and before.digest == digest:
        return before.timestamp
    newest = previous.newest()
    return input_time if newest is None else max(input_time, newest + 1)


def note_times(timestamp: int, notes: Sequence[NoteDigest], previous: Manifest) -> tuple[NoteRecord, ...]:
    """Return the notes of a package written at ``timestamp``, each with the time to give it.

    A note whose content the last build wrote already keeps that note's time, so that
    Anki finds it no newer than its copy and reports only the notes that changed as
    updated. A changed or new note gets the package's time, which ``package_time`` makes
    newer than anything written before.
    """
    before = previous.by_key()
    out = []
    for note in notes:
        old = before.get(note.key)
        kept = old is not None and old.guid == note.guid and old.digest == note.digest
        if kept and old.nid == note.nid:
            out.append(old)  # the very record it would make: one object for both manifests
        else:
            out.append(NoteRecord(note.key, note.guid, note.digest, note.nid, time=old.time if kept else timestamp))
    return tuple(out)


def shared(previous: Manifest, planned: Sequence[Planned]) -> Manifest:
    """Return ``previous`` with each note that a planned package holds again, the same in
    key, GUID and digest, recorded with that note's strings instead of copies of its own.

    A build that renders every note again into a folder with a manifest (as the first
    after flashgen changed) holds the last build's records and this build's notes until it
    writes the manifest: made of the same strings, the records take a third of the memory.
    The records are given their shared notes in place, one package at a time, so that the
    copies are let go as it goes rather than held beside the shared notes to the end; their
    values do not change. A package left unread (its notes the records' own) has nothing
    to share.
    """
    if not previous.packages:
        return previous  # a first build: no records to share with
    now: dict[str, NoteDigest] = {}
    unread: set[int] = set()
    for package in planned:
        record = previous.find(package.path)
        if record is not None and package.content.notes is record.notes:
            unread.add(id(record.notes))
        else:
            now.update((n.key, n) for n in package.content.notes)
    if not now:
        return previous
    for record in previous.packages:
        if id(record.notes) in unread:
            continue
        notes = []
        for old in record.notes:
            note = now.get(old.key)
            if note is None or note.guid != old.guid or note.digest != old.digest:
                notes.append(old)
            elif old.key is note.key and old.guid is note.guid and old.digest is note.digest \
                    and old.nid == note.nid:
                notes.append(old)  # made of the note's strings already (see ``Manifest.decode``)
            else:
                notes.append(NoteRecord(note.key, note.guid, note.digest,
                                        note.nid if note.nid == old.nid else old.nid, old.time))
        object.__setattr__(record, "notes", tuple(notes))
    for cached in ("_by_key", "_unknown"):
        previous.__dict__.pop(cached, None)  # they would hold the copies
    return previous


def compare(previous: Manifest, planned: Sequence[Planned], out: Path) -> Changes:
    """Return what the planned packages add, change and remove against ``previous``."""
    built_decks = {d for p in planned for d in p.decks}
    paths = {p.path for p in planned}
    stale = [r for r in previous.packages if r.path not in paths and built_decks.intersection(r.decks)]
    # Cards are compared across packages, so a card that moves to another package
    # unchanged (``--single``) is neither added nor removed.
    if all(built_decks.intersection(r.decks) for r in previous.packages):
        before = previous.by_key()  # kept for ``note_times``, which asks the same of every package
    else:
        before = {n.key: n for r in previous.packages if built_decks.intersection(r.decks) for n in r.notes}
    now = {n.key for p in planned for n in p.content.notes}
    changes: list[PackageChange] = []
    for package in planned:
        record = previous.find(package.path)
        if record is None:
            status = NEW
        elif record.digest != package.content.digest:
            status = CHANGED
        elif not intact(out / package.path, record):
            status = MISSING
        else:
            status = UNCHANGED
        notes = package.content.notes
        changes.append(PackageChange(
            package.path, status,
            added=tuple(n.key for n in notes if n.key not in before),
            changed=tuple(n.key for n in notes if n.key in before and before[n.key].digest != n.digest),
            removed=tuple(n.key for n in (record.notes if record else ()) if n.key not in now),
        ))
    for record in stale:
        changes.append(PackageChange(record.path, STALE,
                                     removed=tuple(n.key for n in record.notes if n.key not in now)))
    gone = [before[k] for k in sorted({key for change in changes for key in change.removed})]
    # The notes still built matter only to a removed note without a known id.
    built = keep_unknown_ids(previous, [n for p in planned for n in p.content.notes]) \
        if any(n.nid is None for n in gone) else []
    return Changes(tuple(changes), search=removed_search(gone, built))


def intact(path: Path, record: PackageRecord) -> bool:
    try:
        return file_digest(path) == record.file_digest
    except OSError:
        return False


def updated(previous: Manifest, written: Iterable[PackageRecord], stale: Iterable[str]) -> Manifest:
    """Return the manifest after a build: this build's packages, others kept, stale ones gone."""
    records = {r.path: r for r in previous.packages}
    for path in stale:
        records.pop(path, None)
    records.update((r.path, r) for r in written)
    return Manifest(tuple(records[p] for p in sorted(records)), previous.last_build)


def unchanged_build(out: Path, previous: Manifest, inputs: str) -> LastBuild | None:
    """Return the last build when it had exactly these inputs and its packages are intact."""
    last = previous.last_build
    if last is None or last.inputs != inputs:
        return None
    for name in last.packages:
        record = previous.find(name)
        if record is None or not intact(out / name, record):
            return None
    return last


def remove_stale(out: Path, previous: Manifest, changes: Changes) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Delete stale packages that still hold what flashgen wrote; return (removed, left in place)."""
    removed: list[str] = []
    kept: list[str] = []
    for change in changes.with_status(STALE):
        record = previous.find(change.path)
        path = out / change.path
        if record is not None and intact(path, record):
            path.unlink()
            removed.append(change.path)
        elif path.exists():
            # Someone replaced the file since flashgen wrote it: not ours to delete.
            kept.append(change.path)
    return tuple(removed), tuple(kept)


def read_manifest(out: Path) -> Manifest:
    """Return the manifest in ``out``, or an empty one when there is none."""
    path = out / MANIFEST_NAME
    try:
        data, failure = _parse(path.read_text(encoding="utf-8"), path)
    except FileNotFoundError:
        return Manifest()
    except (OSError, ValueError) as e:  # ValueError: bad JSON, bad UTF-8, a huge number
        raise OutputError(f"cannot read the build manifest ({e}); delete it to write every "
                          f"package again", path=path) from e
    try:
        if data["format"] != FORMAT:
            raise OutputError(f"the build manifest has format {data['format']!r}, this flashgen "
                              f"reads format {FORMAT}; delete it to write every package again", path=path)
        last = data.get("last_build")
        last_build = None if last is None else LastBuild(
            inputs=str(last["inputs"]), packages=tuple(str(p) for p in last["packages"]),
            cards=int(last["cards"]),
            warnings=tuple((w[0], w[1], str(w[2])) for w in last["warnings"]),
            set_aside=int(last["set_aside"]))
        if failure is not None:
            raise failure
        return Manifest(tuple(p if isinstance(p, PackageRecord) else _record(p, path) for p in data["packages"]),
                        last_build)
    except _DAMAGED as e:
        raise OutputError(f"the build manifest is damaged ({type(e).__name__}: {e}); delete it to "
                          f"write every package again", path=path) from e


_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")


def _space(text: str, at: int) -> int:
    return _SPACE.match(text, at).end()  # type: ignore[union-attr]  # matches anywhere


def _expect(text: str, at: int, chars: str) -> tuple[str, int]:
    char = text[at:at + 1]
    if not char or char not in chars:
        raise ValueError(f"expected {' or '.join(map(repr, chars))} at character {at}")
    return char, _space(text, at + 1)


def _parse(text: str, where: Path) -> tuple[dict, Exception | None]:
    """Return the manifest's JSON object with its packages made records one at a time.

    Decoded whole, the JSON of a 10,000-page build's manifest (400,000 notes) takes
    400 MiB before it is turned into records; a package at a time, one package's worth.
    Each package's notes are kept as their text (see ``PackageRecord.from_text``).
    Returns the first error met making a record, to be raised once the format is known.
    Raises ValueError where the text is not JSON.
    """
    data: dict = {}
    failure: Exception | None = None
    _, at = _expect(text, _space(text, 0), "{")
    closed = text[at:at + 1] == "}"
    at = _space(text, at + 1) if closed else at
    while not closed:
        key, at = _DECODER.raw_decode(text, at)
        if not isinstance(key, str):
            raise ValueError(f"expected a name at character {at}")
        _, at = _expect(text, _space(text, at), ":")
        if key == "packages" and text[at:at + 1] == "[":
            records: list = []
            at = _space(text, at + 1)
            done = text[at:at + 1] == "]"
            at = _space(text, at + 1) if done else at
            while not done:
                value, at = _package(text, at)
                try:
                    records.append(_record(value, where))
                except _DAMAGED as e:
                    failure = failure or e
                char, at = _expect(text, _space(text, at), ",]")
                done = char == "]"
            data[key] = records
        else:
            data[key], at = _DECODER.raw_decode(text, at)
        char, at = _expect(text, _space(text, at), ",}")
        closed = char == "}"
    if at != len(text):
        raise ValueError(f"extra data at character {at}")
    return data, failure


#: Where ``_package`` keeps the text of a package's cards, beside its decoded fields.
_CARDS_TEXT = "\0cards"


def _package(text: str, at: int) -> tuple[object, int]:
    """Return the JSON value of one package at ``at``, its cards (an object) left as their
    text under ``_CARDS_TEXT``, and where the value ends."""
    if text[at:at + 1] != "{":
        return _DECODER.raw_decode(text, at)  # not an object: ``_record`` says what is wrong
    fields: dict = {}
    _, at = _expect(text, at, "{")
    closed = text[at:at + 1] == "}"
    at = at + 1 if closed else at
    while not closed:
        key, at = _DECODER.raw_decode(text, at)
        if not isinstance(key, str):
            raise ValueError(f"expected a name at character {at}")
        _, at = _expect(text, _space(text, at), ":")
        start = at
        value, at = _DECODER.raw_decode(text, at)  # for the cards, decoded only to find their end
        fields.pop(key, None)
        if key == "cards":
            fields.pop(_CARDS_TEXT, None)
        if key == "cards" and isinstance(value, dict):
            # As UTF-8: a package's text holding one Greek letter takes two bytes a character as a string.
            fields[_CARDS_TEXT] = text[start:at].encode("utf-8")
        else:
            fields[key] = value
        del value
        char, at = _expect(text, _space(text, at), ",}")
        closed = char == "}"
    return fields, at


def _record(data: dict, where: Path) -> PackageRecord:
    path = str(data["path"])
    # Stale packages are deleted by this name: it must stay a package inside the folder.
    if Path(path).name != path or not path.endswith(".apkg") or path.startswith("."):
        raise ValueError(f"{path!r} is not a package file name")
    decks = tuple(str(d) for d in data["decks"])
    digest = str(data["content"])
    timestamp = _time(data["timestamp"])
    file = str(data["file"])
    anki_decks = tuple((str(k), str(v)) for k, v in data.get("anki_decks", {}).items())
    if _CARDS_TEXT in data:
        return PackageRecord.from_text(path, decks, digest, timestamp, file, anki_decks, data[_CARDS_TEXT], where)
    return PackageRecord(path, decks, digest, timestamp, file, _notes(data["cards"], timestamp), anki_decks)


def _notes(cards: dict, timestamp: int, strings: Mapping[str, NoteDigest] | None = None) -> tuple[NoteRecord, ...]:
    """Return the records of a package's notes from the manifest's JSON of its cards.

    ``strings``, a card key to a card (or note) of this build: a note of the same key and
    GUID is recorded with that card's strings rather than copies of them.
    """
    lend = strings.get if strings else {}.get
    notes = []
    append = notes.append
    for key, value in cards.items():
        guid, nid = str(value["guid"]), value.get("nid")
        card = lend(key)
        if card is not None and card.guid == guid:
            key, guid = card.key, card.guid
        # Notes without a time of their own were written with the package's.
        append(NoteRecord(str(key), guid, str(value["content"]), None if nid is None else int(nid),
                          int(value.get("time", timestamp))))
    return tuple(notes)


def _time(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= LATEST_TIME:
        raise ValueError(f"timestamp {str(value)[:40]} is not a time between 1970 and 9999")
    return value


#: One encoder for every value: ``json.dumps`` with options makes a new one per call, and
#: a manifest writes three strings for each of hundreds of thousands of notes.
_ENCODER = json.JSONEncoder(ensure_ascii=False)


#: How many notes' lines ``_manifest_chunks`` makes into one piece.
_NOTES_AT_ONCE = 2000


def _manifest_chunks(manifest: Manifest) -> Iterator[bytes]:
    # Written piece by piece with the C JSON encoder: a manifest of half a million cards
    # built as one nested value (and pretty-printed by Python code) took more memory
    # than the whole rest of a build.
    dump = _ENCODER.encode

    yield f'{{"format": {FORMAT}, "generator": {dump(f"flashgen {__version__}")}, "packages": ['.encode("utf-8")
    for index, r in enumerate(manifest.packages):
        head = dump({"path": r.path, "decks": list(r.decks), "content": r.digest, "timestamp": r.timestamp,
                     "file": r.file_digest, **({"anki_decks": dict(r.anki_decks)} if r.anki_decks else {})})[:-1]
        comma = "," if index else ""
        yield f'{comma}\n {head}, "cards": {{\n  '.encode("utf-8")
        # A few thousand notes at a time: a package's notes made one string (and its
        # bytes) took tens of MiB at the peak of a build that writes every package.
        for start in range(0, len(r.notes), _NOTES_AT_ONCE):
            cards = ",\n  ".join(f'{dump(n.key)}: {{"guid": {dump(n.guid)}, "content": {dump(n.digest)}'
                                 + (f', "time": {n.time}' if n.time != r.timestamp else "")
                                 + ("}" if n.nid is None else f', "nid": {n.nid}}}')
                                 for n in r.notes[start:start + _NOTES_AT_ONCE])
            yield ((",\n  " if start else "") + cards).encode("utf-8")
        yield b"\n }}"
    yield b"\n]"
    last = manifest.last_build
    if last is not None:
        yield (', "last_build": ' + dump({
            "inputs": last.inputs, "packages": list(last.packages), "cards": last.cards,
            "warnings": [list(w) for w in last.warnings], "set_aside": last.set_aside})).encode("utf-8")
    yield b"}\n"


def write_manifest(out: Path, manifest: Manifest, read: Manifest | None = None) -> bool:
    """Replace the manifest in ``out`` atomically; return False when it already said the same.

    ``read``: the manifest read from ``out`` before. A manifest that differs from it
    cannot be written as the same bytes, so it is written without comparing.
    """
    path = out / MANIFEST_NAME
    if read is None or manifest == read:
        # Compared and written piece by piece: a large manifest is never held whole in memory.
        new = hashlib.sha256()
        for piece in _manifest_chunks(manifest):
            new.update(piece)
        try:
            if file_digest(path) == new.hexdigest():
                return False
        except OSError:
            pass
    write_atomic(path, _manifest_chunks(manifest), "build manifest")
    return True
