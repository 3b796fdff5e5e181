"""Write Anki packages (.apkg) from rendered cards; the only module that uses genanki."""

from __future__ import annotations

import hashlib
import html
import itertools
import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from . import __version__
from .errors import Problem
from .model import Card

if TYPE_CHECKING:
    import zipfile

    import genanki  # imported where it is used: a build that writes nothing never needs it

    from .cards import Templates

#: The fields of flashgen's note type. Anki refuses to update notes whose note type gains,
#: loses or renames a field, so this list is fixed for good: new information goes into an
#: existing field (``Extra`` is free for that), never into a new one.
QA_FIELDS: tuple[str, ...] = ("Front", "Back", "Term", "Topic", "Source", "Extra")
QA_MODEL_NAME = "flashgen Q&A"

#: The fields of flashgen's cloze note type, fixed for good like ``QA_FIELDS``. ``Text``
#: holds the sentence with its clozes; ``Context`` names the term when the sentence does not.
CLOZE_FIELDS: tuple[str, ...] = ("Text", "Context", "Extra", "Term", "Topic", "Source")
CLOZE_MODEL_NAME = "flashgen Cloze"

#: The fields of the note type of a term's definition note, fixed for good like
#: ``QA_FIELDS``: its "Forward" card shows ``Front`` and ``Back``, its "Reverse" card
#: ``ReverseFront`` and ``ReverseBack``. A card whose front field is empty is not made.
DEFINITION_FIELDS: tuple[str, ...] = ("Front", "Back", "ReverseFront", "ReverseBack", "Term", "Topic",
                                      "Source", "Extra")
DEFINITION_MODEL_NAME = "flashgen Definition"

# Zip entries carry this date so that unchanged sources give identical packages.
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def stable_id(name: str) -> int:
    """Return a positive 53-bit id derived from ``name`` (for decks and note types)."""
    digest = hashlib.sha256(("flashgen:" + name).encode("utf-8")).digest()
    # Anki stores ids as JSON numbers too; 53 bits stay exact there. Keep clear of small
    # ids, which Anki uses for its own default deck (1).
    return (int.from_bytes(digest[:8], "big") >> 11) | (1 << 40)


@dataclass(frozen=True)
class PackageDeck:
    """One Anki deck inside a package: its full name (``A::B``), description and cards."""

    name: str
    description: str
    cards: tuple[Card, ...]


#: Names Anki fills in on any card besides the note's fields.
_SPECIAL_FIELDS = frozenset({"FrontSide", "Tags", "Type", "Deck", "Subdeck", "Card", "CardFlag",
                             "CardID"})
_REFERENCE = re.compile(r"\{\{([#^/]?)([^{}]*)\}\}")
#: Each note-type template file and the fields it may refer to.
NOTE_TEMPLATES: dict[str, tuple[str, ...]] = {
    "note-front.html": QA_FIELDS, "note-back.html": QA_FIELDS,
    "cloze-front.html": CLOZE_FIELDS, "cloze-back.html": CLOZE_FIELDS,
    "definition-front.html": DEFINITION_FIELDS,
    "reverse-front.html": DEFINITION_FIELDS, "reverse-back.html": DEFINITION_FIELDS,
}


def check_note_templates(templates: Templates) -> list[Problem]:
    """Return a problem for every field a note-type template names that its note type lacks.

    Anki accepts such a template and shows the card with an error in place of the field,
    so a replaced template is checked here, before any package is written.
    """
    problems: list[Problem] = []
    for name, fields in NOTE_TEMPLATES.items():
        path = templates.find(name)
        if path is None:
            problems.append(Problem(None, None, f"template {name!r} not found in: {templates.searched()}"))
            continue
        text = path.read_text(encoding="utf-8")
        uses_cloze = False
        for m in _REFERENCE.finditer(text):
            # "{{text:hint:Field}}": filters come first, the field is after the last colon.
            filters, _, field = m.group(2).strip().rpartition(":")
            uses_cloze |= "cloze" in filters.split(":")
            if field not in fields and field not in _SPECIAL_FIELDS:
                line = text.count("\n", 0, m.start()) + 1
                problems.append(Problem(str(path), line, f"{{{{{m.group(2).strip()}}}}} names no field of "
                                        f"this note type (its fields: {', '.join(fields)})"))
        problems = list(dict.fromkeys(problems))  # "{{#F}}…{{/F}}" on one line is one mistake
        if name.startswith("cloze-") and not uses_cloze:
            problems.append(Problem(str(path), None, "a cloze template must show the cloze text, "
                                    "e.g. {{cloze:Text}}; without it Anki makes no cards"))
    return problems


def _note_type(templates: Templates, key: str, name: str, fields: tuple[str, ...],
               cards: Sequence[tuple[str, str, str]], cloze: bool = False) -> genanki.Model:
    """Return a note type: its card templates (name, question file, answer file) and the CSS."""
    import genanki

    return genanki.Model(
        model_id=stable_id("note-type:" + key),
        name=name,
        fields=[{"name": f} for f in fields],
        templates=[{"name": card, "qfmt": templates.read(front), "afmt": templates.read(back)}
                   for card, front, back in cards],
        css=templates.read("note.css"),
        sort_field_index=fields.index("Term"),
        model_type=genanki.Model.CLOZE if cloze else genanki.Model.FRONT_BACK,
    )


def qa_model(templates: Templates) -> genanki.Model:
    """Return flashgen's question-and-answer note type, its HTML and CSS from the templates."""
    return _note_type(templates, "qa", QA_MODEL_NAME, QA_FIELDS, [("Card", "note-front.html", "note-back.html")])


def cloze_model(templates: Templates) -> genanki.Model:
    """Return flashgen's cloze note type, its HTML and CSS from the templates."""
    return _note_type(templates, "cloze", CLOZE_MODEL_NAME, CLOZE_FIELDS,
                      [("Cloze", "cloze-front.html", "cloze-back.html")], cloze=True)


def definition_model(templates: Templates) -> genanki.Model:
    """Return the note type of a term's definition note: a forward and a reverse card template."""
    # The forward card's answer side is the Q&A card's: same fields, same look.
    return _note_type(templates, "definition", DEFINITION_MODEL_NAME, DEFINITION_FIELDS,
                      [("Forward", "definition-front.html", "note-back.html"),
                       ("Reverse", "reverse-front.html", "reverse-back.html")])


def note_cards(cards: Sequence[Card]) -> list[tuple[Card, ...]]:
    """Return the cards grouped into notes: a definition note's cards share a GUID."""
    notes: dict[str, list[Card]] = {}
    for card in cards:
        notes.setdefault(card.guid, []).append(card)
    return [tuple(group) for group in notes.values()]


@dataclass(frozen=True, slots=True)
class _NoteRow:
    """One note as it goes into a package, before genanki's objects are made of it."""

    card: Card  # its first card: key and GUID
    model: str  # "qa", "cloze" or "definition"
    fields: list[str]
    tags: list[str]
    due: int
    note_id: int


def _escaped(text: str, cache: dict[str, str]) -> str:
    # Term names, topic titles and sources repeat on many notes: escaped once each.
    found = cache.get(text)
    if found is None:
        found = cache[text] = html.escape(text, quote=False)
    return found


def _definition_fields(cards: tuple[Card, ...], source: str, escaped: dict[str, str]) -> list[str]:
    first = cards[0]
    fields = dict.fromkeys(DEFINITION_FIELDS, "")
    fields.update(Term=_escaped(first.term_name, escaped), Topic=_escaped(first.topic_title, escaped),
                  Source=_escaped(source, escaped), Extra=first.extra)
    for card in cards:
        prefix = "Reverse" if card.template == "Reverse" else ""
        fields.update({prefix + "Front": card.front, prefix + "Back": card.back})
    return [fields[f] for f in DEFINITION_FIELDS]


def _note_fields(card: Card, source: str, escaped: dict[str, str]) -> list[str]:
    term, topic, source = (_escaped(card.term_name, escaped), _escaped(card.topic_title, escaped),
                           _escaped(source, escaped))
    if card.kind == "cloze":
        # The cloze markup is built around text that is already escaped (see cloze.py).
        # Fields in the order of CLOZE_FIELDS.
        return [card.front, html.escape(card.context, quote=False), card.extra, term, topic, source]
    return [card.front, card.back, term, topic, source, card.extra]  # the order of QA_FIELDS


assert CLOZE_FIELDS == ("Text", "Context", "Extra", "Term", "Topic", "Source")
assert QA_FIELDS == ("Front", "Back", "Term", "Topic", "Source", "Extra")


def _note_rows(decks: Sequence[PackageDeck], sources: Mapping[str, str] | None) -> list[list[_NoteRow]]:
    """Return the notes of each deck of a package, with their fields, tags and note ids."""
    sources = {} if sources is None else sources
    escaped: dict[str, str] = {}
    taken: set[int] = set()
    rows = []
    for deck in decks:
        deck_rows = []
        for cards in note_cards(deck.cards):
            card = cards[0]
            model, fields, due = _note_content(cards, sources.get(card.key, ""), escaped)
            deck_rows.append(_NoteRow(card, model, fields, list(card.tags), due,
                                      _free_id(note_id(card.guid), taken)))
        rows.append(deck_rows)
    return rows


def _note_content(cards: tuple[Card, ...], source: str, escaped: dict[str, str]) -> tuple[str, list[str], int]:
    """Return a note's type (as ``_NoteRow.model`` names it), fields and position, from its cards."""
    card = cards[0]
    for tag in card.tags:
        if " " in tag:  # as genanki would refuse it, but before anything is written
            raise ValueError(f"Tag {tag!r} contains a space; this is not allowed!")
    if card.template:
        return "definition", _definition_fields(cards, source, escaped), min(c.position for c in cards)
    return _model_name(card), _note_fields(card, source, escaped), card.position


def _model_name(card: Card) -> str:
    """Return the name ``_NoteRow.model`` gives the note type of the note ``card`` starts."""
    return "definition" if card.template else "cloze" if card.kind == "cloze" else "qa"


def _free_id(nid: int, taken: set[int]) -> int:
    """Return ``nid``, or the next id not in ``taken`` (two GUIDs with one id: rare, and settled
    in note order), and take it."""
    while nid in taken:
        nid += 1
    taken.add(nid)
    return nid


def _models(decks: Sequence[PackageDeck], templates: Templates) -> dict[str, genanki.Model]:
    """Return the note types a package's notes use, by the names ``_NoteRow.model`` gives them."""
    models = {"qa": qa_model(templates)}
    # The cloze note type enters a package only with a cloze note, so packages without
    # clozes stay as they were.
    if any(c.kind == "cloze" for d in decks for c in d.cards):
        models["cloze"] = cloze_model(templates)
    if any(c.template for d in decks for c in d.cards):
        models["definition"] = definition_model(templates)
    return models


#: Note ids are derived from GUIDs into the years 2000 to 2019 (Anki reads a note id as
#: its creation time in milliseconds): a note first imported from a flashgen package
#: keeps that id in the collection, so Anki's browser can find it again by ``nid:``.
_NOTE_ID_START, _NOTE_ID_SPAN = 946_684_800_000, 631_152_000_000


def note_id(guid: str) -> int:
    """Return the note id a package gives the note with ``guid`` (before any clash is resolved)."""
    digest = hashlib.sha256(("flashgen-note:" + guid).encode("utf-8")).digest()
    return _NOTE_ID_START + int.from_bytes(digest[:8], "big") % _NOTE_ID_SPAN


@lru_cache(maxsize=1)
def _note_class() -> type:
    """Return genanki's note class written with a chosen note id, not the package's next one."""
    import genanki

    class Note(genanki.Note):
        note_id = 0

        def write_to_db(self, cursor, timestamp, deck_id, id_gen):  # noqa: D102 - genanki hook
            # genanki takes the note id, then the card ids, from ``id_gen``: put ours first.
            super().write_to_db(cursor, timestamp, deck_id, itertools.chain([self.note_id], id_gen))

    return Note


def _deck_id(deck: PackageDeck) -> int:
    return stable_id("deck:" + deck.name)


def _deck_description(deck: PackageDeck) -> str:
    return html.escape(deck.description, quote=False)


def genanki_package(decks: Sequence[PackageDeck], templates: Templates,
                    sources: Mapping[str, str] | None) -> genanki.Package:
    import genanki

    models = _models(decks, templates)
    note_class = _note_class()
    package_decks = []
    for deck, rows in zip(decks, _note_rows(decks, sources)):
        gdeck = genanki.Deck(_deck_id(deck), deck.name, description=_deck_description(deck))
        gdeck.add_model(models["qa"])
        for row in rows:
            note = note_class(model=models[row.model], fields=row.fields, guid=row.card.guid,
                              tags=row.tags, due=row.due)
            note.note_id = row.note_id
            gdeck.add_note(note)
        package_decks.append(gdeck)
    return genanki.Package(package_decks)


@dataclass(frozen=True, slots=True)  # one per note: hundreds of thousands in a large build
class NoteDigest:
    """One card's note as it goes into a package: its card key, GUID and content digest.

    ``nid`` is the note id the package gives it; None for a note first written by a
    flashgen that did not choose note ids, whose id in a collection is unknown.
    """

    key: str
    guid: str
    digest: str
    nid: int | None = None


@dataclass(frozen=True)
class PackageContent:
    """A digest of everything a package holds except its timestamp, and one per note."""

    digest: str
    notes: tuple[NoteDigest, ...]


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _digest(value: object) -> str:
    return hashlib.sha256(_ENCODER.encode(value).encode("utf-8")).hexdigest()


class KnownNotes(Protocol):
    """Note digests worked out before, by a card's term, its deck and its Source field
    (see ``rendering.NoteMemo``)."""

    def get(self, card: Card, deck: str, source: str) -> tuple[str, int] | None: ...

    def put(self, card: Card, deck: str, source: str, digest: str, nid: int) -> None: ...


def describe_package(decks: Sequence[PackageDeck], templates: Templates,
                     sources: Mapping[str, str] | None = None, known: KnownNotes | None = None) -> PackageContent:
    """Return the digests of what ``write_package`` would write, without writing anything.

    With ``known``, a note whose digest (and first note id) it holds is not digested again,
    and the digest of every other note is given to it.
    """
    models = _models(decks, templates)
    model_ids = {name: m.model_id for name, m in models.items()}
    notes: list[NoteDigest] = []
    layout = []
    sources = {} if sources is None else sources
    escaped: dict[str, str] = {}
    taken: set[int] = set()
    # Taken from the very values genanki's objects are made of when the package is written
    # (``genanki_package``), so that nothing that reaches the package (fields, tags, deck
    # names, note-type HTML and CSS) can change unnoticed.
    used: dict[int, genanki.Model] = {}
    for deck in decks:
        deck_notes = []
        for cards in note_cards(deck.cards):
            card = cards[0]
            source = sources.get(card.key, "")
            found = known.get(card, deck.name, source) if known is not None else None
            if found is None:
                model, fields, _ = _note_content(cards, source, escaped)
                digest, first_id = _digest({"deck": deck.name, "model": model_ids[model], "guid": card.guid,
                                            "fields": fields, "tags": list(card.tags)}), note_id(card.guid)
                if known is not None:
                    known.put(card, deck.name, source, digest, first_id)
            else:
                model, (digest, first_id) = _model_name(card), found
            used[model_ids[model]] = models[model]
            deck_notes.append(NoteDigest(card.key, card.guid, digest, _free_id(first_id, taken)))
        notes.extend(deck_notes)
        # Positions (``due``) are left out: Anki keeps an imported card's position, so a
        # package whose only change is the order of sections is not worth writing again.
        layout.append({"id": _deck_id(deck), "name": deck.name, "description": _deck_description(deck),
                       "notes": [n.digest for n in deck_notes]})
    digest = _digest({
        "flashgen": __version__,
        "note_types": [{"id": m.model_id, "name": m.name, "type": m.model_type, "fields": m.fields,
                        "templates": m.templates, "css": m.css, "sort": m.sort_field_index}
                       for _, m in sorted(used.items())],
        "decks": layout,
    })
    return PackageContent(digest, tuple(notes))


def write_package(decks: Sequence[PackageDeck], path: Path, timestamp: int,
                  templates: Templates, sources: Mapping[str, str] | None = None,
                  note_times: dict[str, int] | None = None) -> None:
    """Write the decks to ``path`` as a deflated, reproducible .apkg; returns nothing.

    ``timestamp`` becomes the note type's modification time and every note's, except
    the notes ``note_times`` gives a time of their own (by GUID): Anki updates an
    existing note on import only when its time is newer than its own copy's.
    ``sources`` maps a card key to the text shown in its Source field.
    """
    import shutil
    import sqlite3
    import tempfile
    import zipfile

    package = genanki_package(decks, templates, sources)

    # genanki's own write_to_file leaves its SQLite file in $TMPDIR and stores the zip
    # uncompressed with the clock's dates; writing the database ourselves next to the
    # output avoids all three.
    fd, db_name = tempfile.mkstemp(prefix=".flashgen-", suffix=".anki2", dir=path.parent)
    os.close(fd)
    try:
        connection = sqlite3.connect(db_name)
        try:
            # A scratch file, zipped and deleted next: no journal to keep and nothing to
            # wait on the disk for (neither changes a byte of the database).
            connection.execute("pragma journal_mode = off")
            connection.execute("pragma synchronous = off")
            package.write_to_db(connection.cursor(), timestamp, itertools.count(timestamp * 1000))
            if note_times:
                # By id, not by GUID: the notes table has no index on its GUIDs.
                ids = dict(connection.execute("select guid, id from notes"))
                connection.executemany("update notes set mod = ? where id = ?",
                                       ((t, ids[guid]) for guid, t in note_times.items()))
            connection.commit()
        finally:
            connection.close()
        del package  # the notes are in the database now; free them before zipping
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            # Streamed from the file, so a large collection is never held in memory twice.
            with open(db_name, "rb") as db, archive.open(_entry("collection.anki2"), "w") as entry:
                shutil.copyfileobj(db, entry, 1 << 20)
            archive.writestr(_entry("media"), json.dumps({}).encode("utf-8"))
    finally:
        Path(db_name).unlink(missing_ok=True)


def _entry(name: str) -> zipfile.ZipInfo:
    """Return a zip entry with a fixed date and mode, so that equal content gives equal bytes."""
    import zipfile

    info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info
