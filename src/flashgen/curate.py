"""Make terms read from pages fit to be written as term files that ``build`` accepts.

A page may say things a term file may not: a "Definition" or "Meaning" heading (the
definition has a key of its own), one heading twice (a term has one section per topic),
or a name whose id another file of the deck already uses. ``fit_for_deck`` changes such
terms in the way that loses no text, and says what it changed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from .errors import Problem, display_path
from .model import Deck, Section, Term
from .terms import load_term, term_files
from .readers.structure import section_topic

#: Ids longer than this are cut and end with a hash: an id is also a file name.
MAX_ID = 100


def existing_ids(folder: Path, deck: Deck) -> dict[str, Path]:
    """Return the id of every term file in ``folder`` with its file (the stem when it cannot be read)."""
    found: dict[str, Path] = {}
    if not folder.is_dir():
        return found
    for path in term_files(folder):
        term = load_term(path, deck, [])
        found.setdefault(term.id if term is not None and term.id else path.stem, path)
    return found


def fit_for_deck(terms: Sequence[Term], folder: Path,
                 deck: Deck) -> tuple[tuple[Term, ...], tuple[Problem, ...]]:
    """Return the terms made fit for term files in ``folder``, and a note on each change.

    - a section on the topic ``definition`` is added to the definition as a paragraph;
    - sections on one topic are merged into the first, their texts as paragraphs;
    - an id used by another term file of the folder, or by an earlier term of this
      import, or whose file ``<id>.yaml`` holds another term, gets ``-2`` (or ``-3`` …);
      a file that holds the same id is replaced only with ``--force``, as before;
    - an id over ``MAX_ID`` characters is cut and ends with a hash of the whole;
    - empty list entries are left out.
    """
    synonyms = dict(deck.synonyms)
    taken = existing_ids(folder, deck)
    used: dict[str, Term] = {}  # the ids given so far, each with its term
    fitted: list[Term] = []
    notes: list[Problem] = []
    for term in terms:
        term, changes = fit_sections(term, synonyms)
        notes.extend(changes)
        term_id = wanted = _short_id(term.id)

        def free(candidate: str) -> bool:
            # Free: no other file has the id, and its file is new or holds this id (it is
            # then the file an earlier import of the page wrote, replaced with --force).
            path = folder / f"{candidate}.yaml"
            holder = taken.get(candidate)
            return candidate not in used and (holder == path or (holder is None and not path.exists()))

        number = 1
        while not free(term_id):
            number += 1
            term_id = _short_id(f"{wanted}-{number}")
        if term_id != term.id:
            holder = taken.get(wanted)
            why = (_used_by(used[wanted], term) if wanted in used
                   else f"is already the id of {display_path(holder)}" if holder is not None
                   else f"is the name of {display_path(folder / (wanted + '.yaml'))}, which holds "
                        "another term" if wanted == term.id else "is too long for a file name")
            notes.append(Problem(term.path or None, term.line,
                                 f"id {term.id[:60]!r} {why}; this term gets id {term_id!r}"))
        used[term_id] = term
        fitted.append(replace(term, id=term_id, aliases=_nonempty(term.aliases),
                              related=_nonempty(term.related), discarded=_nonempty(term.discarded)))
    return tuple(fitted), tuple(notes)


def _used_by(earlier: Term, term: Term) -> str:
    """Say which term of this import took an id first: an entry of the same page, or another page."""
    if earlier.path == term.path:
        return f"is also the id of the entry {earlier.name!r}" + (f" on line {earlier.line}" if earlier.line else "")
    return f"is also the id of {earlier.name!r} from {display_path(earlier.path)}, in this import"


def fit_sections(term: Term, synonyms: Mapping[str, str]) -> tuple[Term, list[Problem]]:
    """Return the term with sections on the definition added to it and sections of one topic
    merged, in page order, and a note on each change: one question per topic and term."""
    definition = term.definition
    notes: list[Problem] = []
    merged: dict[str, Section] = {}
    discarded = list(term.discarded)
    for section in term.sections:
        heading = " ".join(section.heading.split())
        if not section.text.strip():
            discarded.append(heading)  # kept with the term, though it has nothing to ask
            continue
        topic = section_topic(heading, (term.name, *term.aliases), synonyms)
        if topic == "definition":
            definition = f"{definition}\n\n{section.text}"
            notes.append(Problem(term.path or None, section.line,
                                 f"section {heading!r} added to the definition"))
        elif topic in merged:
            first = merged[topic]
            merged[topic] = replace(first, text=f"{first.text}\n\n{section.text}")
            notes.append(Problem(term.path or None, section.line,
                                 f"section {heading!r} merged into the earlier section {first.heading!r} (one topic)"))
        else:
            merged[topic] = replace(section, heading=heading, topic=topic)
    return replace(term, definition=definition, sections=tuple(merged.values()),
                   discarded=tuple(discarded)), notes


def _short_id(term_id: str) -> str:
    if len(term_id) <= MAX_ID:
        return term_id
    digest = hashlib.sha256(term_id.encode("utf-8")).hexdigest()[:10]
    return f"{term_id[:MAX_ID - 11].rstrip('-_')}-{digest}"


def _nonempty(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(i for i in items if i.strip())
