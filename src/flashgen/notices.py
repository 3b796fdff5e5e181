"""Warnings for ``diff`` about what Anki will do with a change that the note list hides.

Anki matches notes by GUID, so an updated note keeps its reviews. But two kinds of change
surprise people there:

- a deck retitled (``title`` in deck.yaml, or a custom heading's wording): Anki updates
  the notes in place but leaves their cards in the deck they were in, and makes the new
  deck empty;
- a cloze note of one term that hides a name of another term: adding an alias to one
  term can give another term's sentence a new cloze, hence a new note.
"""

from __future__ import annotations

from collections.abc import Sequence

from .manifest import Changes, Manifest, Planned

#: How a cloze note's key names a phrase that is another term's name: "term:<id>".
_OTHER_TERM = "term:"


def moved_decks(previous: Manifest, planned: Sequence[Planned], changes: Changes) -> list[str]:
    """Return a warning for each Anki deck whose notes stay but whose name changes."""
    before: dict[str, str] = {}
    for record in previous.packages:
        before.update(record.anki_decks)
    kept_notes = {n.key for p in previous.packages for n in p.notes} & {
        n.key for p in planned for n in p.content.notes}
    warnings = []
    seen: set[tuple[str, str]] = set()
    for package in planned:
        for topic, name in package.anki_decks:
            old = before.get(topic)
            if old is None or old == name or (old, name) in seen:
                continue
            seen.add((old, name))
            count = sum(1 for n in package.content.notes if n.key in kept_notes and _topic(n.key) == topic)
            if count:
                warnings.append(
                    f"warning: deck {old!r} is now {name!r}: Anki updates its {count} notes in place "
                    f"but leaves their cards in {old!r}; rename that deck in Anki before importing, "
                    "or move the cards afterwards (see 'Retitled decks' in the README)")
    return warnings


def _topic(key: str) -> str:
    """Return "<deck>/<topic>" of a card key "<deck>/<term id>/<topic>/<kind>[/<role>]"."""
    parts = key.split("/", 3)
    return f"{parts[0]}/{parts[2]}" if len(parts) > 2 else key


def _phrases(key: str) -> tuple[str, frozenset[str], frozenset[str]]:
    """Return a cloze key's note (deck/term/topic), its own phrases and the other terms it hides."""
    prefix, _, role = key.rpartition("/cloze/")
    phrases = set(role.split("#")[0].split("+"))
    others = frozenset(p[len(_OTHER_TERM):] for p in phrases if p.startswith(_OTHER_TERM))
    return prefix, frozenset(p for p in phrases if not p.startswith(_OTHER_TERM)), others


def new_identities(changes: Changes) -> list[str]:
    """Return a line for each cloze note that is new only because it hides another term's name.

    It is paired with the removed note of the same term, topic and own phrases.
    """
    removed: dict[tuple[str, frozenset[str]], list[tuple[str, frozenset[str]]]] = {}
    for package in changes.packages:
        for key in package.removed:
            if "/cloze/" in key:
                prefix, own, others = _phrases(key)
                removed.setdefault((prefix, own), []).append((key, others))
    lines = []
    for package in changes.packages:
        for key in package.added:
            if "/cloze/" not in key:
                continue
            prefix, own, others = _phrases(key)
            for old_key, old_others in removed.get((prefix, own), []):
                if old_others == others:
                    continue
                gained, lost = sorted(others - old_others), sorted(old_others - others)
                why = "; ".join(
                    [f"it now hides a name of {', '.join(repr(t) for t in gained)}"] * bool(gained)
                    + [f"it no longer hides a name of {', '.join(repr(t) for t in lost)}"] * bool(lost))
                lines.append(f"note: {key} replaces {old_key}: {why} (another term's names, or the "
                             "sentence, changed); Anki makes it a new note and keeps the old one")
                break
    return lines
