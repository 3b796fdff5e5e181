"""Find the decks and term files named on the command line and load them, all checked."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from .curate import fit_sections
from .errors import FlashgenError, Problem, ValidationError, counted, display_path
from .model import Deck, Term
from .pages import PAGE_SUFFIXES, read_pages
from .readers import is_page_name, page_files
from .topics import heading_forms
from .terms import (TERM_SUFFIXES, check_unique_ids, deck_settings_file, is_deck_file_name, is_term_file_name,
                    load_deck_settings, load_term, term_files)

if TYPE_CHECKING:
    from .pagecache import PageCache
    from .workpool import Workers

SOURCE_SUFFIXES = TERM_SUFFIXES + PAGE_SUFFIXES


def _is_deck_folder(folder: Path) -> bool:
    if deck_settings_file(folder) is not None:
        return True
    # Whether it holds one term file or page: the first found will do, unsorted.
    with os.scandir(folder) as entries:
        return any((is_page_name(e.name) or (is_term_file_name(e.name) and not e.name.startswith(".")))
                   and e.is_file() for e in entries)


def is_page(term: Term) -> bool:
    """Return whether a term was read from a glossary page rather than a term file."""
    return Path(term.path).suffix.lower() in PAGE_SUFFIXES


def _deck_folders(sources: Sequence[Path], problems: list[Problem]) -> dict[Path, list[Path] | None]:
    """Return each deck folder with the files chosen in it (None: all of its term files)."""
    chosen: dict[Path, list[Path] | None] = {}
    for source in sources:
        if source.is_file():
            if not (is_term_file_name(source.name) or source.suffix.lower() in PAGE_SUFFIXES):
                problems.append(Problem(display_path(source), None,
                                        "not a term file or page (expected "
                                        f"{', '.join(SOURCE_SUFFIXES)})"))
                continue
            folder = source.parent.resolve()
            files = chosen.setdefault(folder, [])
            # A link is read under its own name: the name it points to may end otherwise
            # ("glossary.md" -> "notes/glossary.markdown") and tells neither kind nor reader.
            named = folder / source.name
            if files is not None and named not in files:
                files.append(named)
        elif source.is_dir():
            if _is_deck_folder(source):
                chosen[source.resolve()] = None
                continue
            # A browser saves a page's images and scripts in "<page>_files"; it is no deck.
            found = [d for d in sorted(source.iterdir())
                     if d.is_dir() and not d.name.endswith("_files") and _is_deck_folder(d)]
            if not found:
                problems.append(Problem(display_path(source), None,
                                        "no term files or pages here or in its subfolders "
                                        f"(expected {', '.join('*' + x for x in SOURCE_SUFFIXES)})"))
            for folder in found:
                chosen[folder.resolve()] = None
        else:
            problems.append(Problem(display_path(source), None, "no such file or folder"))
    return chosen


def source_files(sources: Sequence[Path]) -> list[Path] | None:
    """Return every file ``load_decks`` would read for ``sources``, or None if some is missing."""
    problems: list[Problem] = []
    files: list[Path] = []
    for folder, chosen in _deck_folders(sources, problems).items():
        settings = deck_settings_file(folder)
        files += [settings] if settings else []
        files += chosen if chosen is not None else term_files(folder) + page_files(folder)
    return None if problems else files


def load_decks(sources: Sequence[Path], keep_going: bool = False, page_cache: PageCache | None = None,
               pool: Workers | None = None) -> tuple[tuple[Deck, ...], tuple[Problem, ...]]:
    """Return the decks in ``sources`` and warnings; raise ValidationError listing every problem.

    Term files and glossary pages may be mixed. With ``keep_going`` a page that cannot be
    read is skipped with a warning instead of stopping the run. With ``page_cache``, pages
    whose inputs are unchanged give the terms the last build read from them. With ``pool``,
    its workers parse the pages.
    """
    problems: list[Problem] = []
    warnings: list[Problem] = []
    decks: list[Deck] = []
    hint = ""  # what the pages' reader advises, when they stop the run
    for folder, files in _deck_folders(sources, problems).items():
        settings = load_deck_settings(folder, problems)
        terms: list[Term] = []
        chosen = files if files is not None else term_files(folder) + page_files(folder)
        for path in (p for p in chosen if is_term_file_name(p.name)):
            term = load_term(path, settings, problems)
            if term is not None:
                terms.append(term)
        pages = [Path(display_path(p.parent)) / p.name for p in chosen if p.suffix.lower() in PAGE_SUFFIXES]
        if pages:
            try:
                run = read_pages(pages, settings.id, synonyms=dict(settings.synonyms),
                                 keep_going=keep_going, cache=page_cache, pool=pool)
            except FlashgenError as e:
                problems.extend(e.problems)
                hint = hint or e.hint
            else:
                # A page may head two sections on one topic, or one on the definition: built,
                # each would ask the same question twice ("What is X?"), so they are read
                # together, as `import` writes them.
                terms.extend(fit_sections(term, dict(settings.synonyms))[0] for term in run.terms)
                warnings.extend(run.warnings)
        skipped = [w for w in warnings if w.message.startswith("skipped: ")
                   and w.path in {str(p) for p in pages}]
        if not terms and skipped and not problems:
            # Every page was skipped: the reasons are the error, not a warning nobody sees.
            problems.extend(skipped)
            problems.append(Problem(display_path(folder), None,
                                    "deck has no term files, and " + ("its one page was skipped" if len(pages) == 1 else
                                                                     f"all its {len(pages)} pages were skipped")))
        elif not terms and files is None and not problems:
            problems.append(Problem(display_path(folder), None, "deck has no term files"))
        warnings.extend(sectionless_pages(terms))
        check_unique_ids(terms, problems)
        if files is None:  # only a whole deck shows which settings nothing uses
            warnings.extend(_unused_settings(folder, settings, terms))
            warnings.extend(_unread_subfolders(folder))
        decks.append(replace(settings, terms=tuple(terms)))
    _check_unique_decks(decks, problems)
    if problems:
        # Sorted by place so that a user can walk through a file from top to bottom.
        problems.sort(key=lambda p: (p.path or "", p.line or 0))
        raise ValidationError.from_problems(problems, hint=hint)
    return tuple(decks), tuple(warnings)


def _by_page(terms: Sequence[Term]) -> dict[str, list[Term]]:
    """Return the terms read from glossary pages, by page, in the order they were read."""
    found: dict[str, list[Term]] = {}
    for term in terms:
        if is_page(term):
            found.setdefault(term.path, []).append(term)
    return found


#: How many paragraphs a definition of its own runs to at most; more look like an article.
_DEFINITION_PARAGRAPHS = 2


def _lost_sections(term: Term) -> str | None:
    """Return what suggests that the page of this one term had sections that were not read.

    Lines set aside as site noise may have been its headed parts, and a definition longer
    than a definition's one or two paragraphs is an article whose headings may not have
    been recognised as such. A short page that only defines its term (a dictionary's
    entry) shows neither: nothing was lost.
    """
    if term.sections:
        return None
    set_aside = len(term.related) + len(term.discarded)
    if set_aside:
        return (f"{counted(set_aside, 'line')} of it {'was' if set_aside == 1 else 'were'} set aside as "
                "site noise ('flashgen check --verbose' lists them)")
    paragraphs = sum(1 for part in term.definition.split("\n\n") if part.strip())
    if paragraphs > _DEFINITION_PARAGRAPHS:
        return f"its definition runs to {paragraphs} paragraphs, which may hold headings not read as such"
    return None


def sectionless_pages(terms: Sequence[Term]) -> list[Problem]:
    """Return a warning for each page of one term that gave only a definition, where it
    looks as if its sections were lost (``_lost_sections``), so that the user looks.

    The entries of a glossary list, and other terms that are a definition alone, are no
    fault: ``definition_only`` counts them, for information.
    """
    found = []
    for path, read in _by_page(terms).items():
        why = _lost_sections(read[0]) if len(read) == 1 else None
        if why:
            found.append(Problem(path, read[0].line, "only a definition was read from this page, no "
                                                     f"sections, so it makes only Definition cards: {why}"))
    return found


def definition_only(terms: Sequence[Term], itemised: bool = False) -> list[Problem]:
    """Return, for information, how many terms are a definition alone, once per page or folder.

    Such a term is no fault: a glossary entry, a term file its author kept short or a
    page that only defines its term makes only Definition cards. Each glossary list
    gets one line, and the other such terms of each folder one more; with ``itemised``,
    each of those gets a line of its own. A page whose sections look lost is not counted
    (``sectionless_pages`` warns about it).
    """
    found = []
    alone: dict[str, list[Term]] = {}
    for path, read in _by_page(terms).items():
        bare = sum(not t.sections for t in read)
        if len(read) == 1:
            if bare and not _lost_sections(read[0]):
                alone.setdefault(display_path(Path(path).parent), []).append(read[0])
        elif bare:
            count = "each" if bare == len(read) else f"{bare} of them"
            found.append(Problem(path, None, f"{len(read)} glossary entries, {count} a definition "
                                             "without sections, as list entries usually are: "
                                             f"{'they make' if bare > 1 else 'it makes'} only Definition cards"))
    for term in terms:
        if not is_page(term) and not term.sections:
            alone.setdefault(display_path(Path(term.path).parent), []).append(term)
    for folder, bare in alone.items():
        if itemised or len(bare) == 1:
            found += [Problem(t.path, t.line, f"term {t.name!r} is a definition without sections: "
                                              "it makes only Definition cards") for t in bare]
        else:
            found.append(Problem(folder, None, f"{len(bare)} terms are a definition without sections: "
                                               "they make only Definition cards "
                                               "('flashgen check --verbose' lists them)"))
    return found


def _unread_subfolders(folder: Path) -> list[Problem]:
    """Return a warning for each subfolder of a deck folder that holds term files or pages.

    A deck is one folder: files put in a folder of their own inside it are not read, and
    without a word the user would think their cards were built.
    """
    shown = display_path(folder)
    return [Problem(display_path(sub), None, f"subfolder not read: a deck is the files directly in {shown}; "
                                             "move them up, or name the subfolder to build it as a deck of its own")
            for sub in sorted(folder.iterdir(), key=lambda p: p.name)
            if sub.is_dir() and not sub.name.startswith(".") and not sub.name.endswith("_files")
            and _is_deck_folder(sub)]


def _unused_settings(folder: Path, deck: Deck, terms: Sequence[Term]) -> list[Problem]:
    """Return a warning for each deck.yaml synonym and topic that no term of the deck uses.

    A misspelt heading in a synonym ("Lab Vlaues") is otherwise silent: its sections
    become a topic of their own, and their notes change identity.
    """
    settings = deck_settings_file(folder)
    if settings is None:
        return []
    shown = display_path(settings)
    forms = {form for t in terms for s in t.sections for form in heading_forms(s.heading)}
    used = {s.topic for t in terms for s in t.sections} | {"definition"}
    found = []
    for heading, _ in deck.synonyms:
        if heading not in forms:
            found.append(Problem(shown, None, f"synonym {heading!r} matches no heading of this deck"))
    for topic in deck.topic_order:
        if topic not in used:
            found.append(Problem(shown, None, f"topic {topic!r} in 'topics' is used by no term of this deck"))
    return found


def _check_unique_decks(decks: list[Deck], problems: list[Problem]) -> None:
    first: dict[str, Deck] = {}
    for deck in decks:
        if deck.id in first:
            problems.append(Problem(deck.path, None, f"deck name {deck.id!r} is also the name of "
                                    f"{first[deck.id].path}; their packages would overwrite each other"))
        else:
            first[deck.id] = deck
