"""Read glossary pages of every format into terms: one reader per format, shared rules for the rest.

Each input format has a reader of its own — ``text.py`` (.txt), ``markdown.py`` (.md),
``html.py`` (.html, .htm) — that lays the page out as numbered lines. What every format
shares lives beside them: ``decoding.py`` turns bytes into text, ``noise.py`` recognises
site noise, ``naming.py`` finds the term's name and aliases, ``glossary.py`` cuts a list
of many terms into entries, and ``structure.py`` builds a term from lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import FlashgenError, Problem, ValidationError, counted, display_path
from ..model import Term
from ..topics import slug
from ..workpool import Workers
from .base import Reader, reader_for, readers
from .decoding import decode_page
from .glossary import Entry, defined_despite_words, definition_lines_as_list, looks_like_list, split_entries
from .html import HtmlReader
from .lines import Line, unlabelled_questions
from .markdown import MarkdownReader, plain_markdown
from .naming import is_qualifier, split_abbreviation
from .noise import page_furniture, repeated_among, repeated_in, repeated_lines, search_boxes
from .structure import build_term
from .text import TextReader

if TYPE_CHECKING:
    from ..pagecache import PageCache, PageLines

#: The file name endings of pages; folders expand to the files with these endings.
PAGE_SUFFIXES: tuple[str, ...] = tuple(s for r in readers() for s in r.suffixes)
#: Said after the pages that cannot be read, when they stop the run.
KEEP_GOING_HINT = "with --keep-going, pages that cannot be read are skipped and the others are used"
#: The page endings as messages list them: ".txt, .md, .html or .htm".
_ENDINGS = ", ".join(PAGE_SUFFIXES[:-1]) + " or " + PAGE_SUFFIXES[-1]

__all__ = ["PAGE_SUFFIXES", "HtmlReader", "MarkdownReader", "PageRun", "Reader", "TextReader",
           "build_terms", "decode_page", "is_page_name", "page_files", "parse_page", "read_pages", "reader_for",
           "repeated_lines", "set_aside_notes"]


def is_page_name(name: str) -> bool:
    """Return whether a file of this name in a folder is a page to read.

    A README next to the pages describes them, and a hidden file (an editor's draft,
    a system's metadata) is no one's page.
    """
    return (Path(name).suffix.lower() in PAGE_SUFFIXES and not name.startswith(".")
            and not name.upper().startswith("README"))


def page_files(folder: Path) -> list[Path]:
    """Return the glossary pages directly inside a folder, sorted by name."""
    return sorted((p for p in folder.iterdir() if is_page_name(p.name) and p.is_file()), key=lambda p: p.name)


def _reader(path: str | Path) -> Reader:
    # A page of an unknown ending (a test's "page") is read as plain text.
    return reader_for(path) or reader_for("page.txt")  # type: ignore[return-value]


def _form_lines(lines: list[Line]) -> tuple[set[int], tuple[str, ...]]:
    """Return the places of a form's lone labels and buttons (``search_boxes``) with the
    definition lines a definition list gives them, and their texts, each label with its own.

    "Sign up" over ": Create a free account." is the form's, the two together; a label over a
    definition that reads as one ("Password" over ": A string of characters known only to
    its owner …") is an entry of the list.
    """
    boxes: set[int] = set()
    texts: list[str] = []
    for k in sorted(search_boxes(lines)):
        after = []
        for j in range(k + 1, len(lines)):
            if not lines[j].text.startswith(":"):
                break
            after.append(j)
        said = lines[k].text + "".join((": " if n == 0 else " ") + lines[j].text[1:].strip()
                                       for n, j in enumerate(after))
        if after and defined_despite_words(said):
            continue
        boxes |= {k, *after}
        texts.append(said)
    return boxes, tuple(texts)


def build_terms(
    lines: list[Line],
    path: str,
    deck: str,
    *,
    synonyms: Mapping[str, str] | None = None,
    noise_lines: frozenset[str] = frozenset(),
    skipped: list[Problem] | None = None,
) -> list[Term]:
    """Return the terms of a page's lines: one per entry of a glossary list, else the page's one term.

    Raises ``ValidationError`` naming the page when a page that presents itself as a
    glossary list has no entry that can be read. An entry that cannot be read is skipped,
    with a warning added to ``skipped``, when the page's readable entries outnumber such
    entries; otherwise the page is refused with every entry's reason.
    """
    lines = unlabelled_questions(lines)
    # A printed page's running headers and footers are the document's, not the term's.
    noise_lines = noise_lines | page_furniture(lines)
    # A site's search box ("Search the glossary…") is no title, and makes no page a list.
    boxes, box_lines = _form_lines(lines)
    if boxes:
        lines = [Line(line.number, "") if k in boxes else line for k, line in enumerate(lines)]
    entries = split_entries(lines, synonyms)
    if not entries:
        if looks_like_list(lines):
            raise ValidationError(
                "glossary list with no entries: expected 'Term: definition' or 'Term — definition' "
                "lines, a bold or heading term followed by its paragraph, or a definition list",
                path)
        term = build_term(definition_lines_as_list(lines), path, deck, synonyms=synonyms,
                          noise_lines=noise_lines)
        term = replace(term, discarded=box_lines + term.discarded)
        return _plain_html([_bracketed_alias(term)], path)
    terms: list[Term] = []
    failed: list[tuple[Entry, tuple[Problem, ...]]] = []
    for entry in entries:
        try:
            term = build_term(list(entry.lines), path, deck, synonyms=synonyms,
                              noise_lines=noise_lines, entry=True)
        except FlashgenError as exc:
            failed.append((entry, exc.problems))
            continue
        term = _bracketed_alias(term)
        preamble = entry.preamble if terms or failed else box_lines + entry.preamble
        terms.append(replace(term, line=entry.line,
                             discarded=preamble + term.discarded + entry.furniture + entry.closing))
    if failed and (skipped is None or len(terms) <= len(failed)):
        # Say why the page was split at all: a reader who sees "no definition" on a page
        # that opens with one needs to know it was read as a list, and as which entries.
        why = _as_list(entries)
        raise ValidationError.from_problems([
            replace(problem, message=f"{why}; entry '{entry.name}': {problem.message}")
            for entry, problems in failed for problem in problems])
    for entry, problems in failed:
        # One odd entry of a long list costs that entry, not the page.
        reasons = "; ".join(problem.message for problem in problems)
        skipped.append(Problem(display_path(path), entry.line, f"glossary entry '{entry.name}' skipped: {reasons}"))  # type: ignore[union-attr]
    return _plain_html(terms, path)


def _as_list(entries: list) -> str:
    names = ", ".join(f"'{entry.name}'" for entry in entries[:3]) + (", …" if len(entries) > 3 else "")
    return f"read as a glossary list of {len(entries)} entries ({names})"


def _bracketed_alias(term: Term) -> Term:
    """Return the term with a bracketed end of its name made an alias of it."""
    name, abbreviation = split_abbreviation(term.name)
    if not (abbreviation and slug(name)):
        return term
    if is_qualifier(abbreviation, name, term.definition):
        # "Tempering (chocolate)": the bracket says which tempering; the card names it as
        # the definition does, and the qualifier is no other name of it.
        return replace(term, id=slug(name), name=name)
    # "Basal metabolic rate (BMR)", "TTL (time to live)", a page titled "SEER (Seasonal
    # Energy Efficiency Ratio)": the name, and the bracketed abbreviation or expansion.
    aliases = tuple(dict.fromkeys((abbreviation, *term.aliases)))
    return replace(term, id=slug(name), name=name, aliases=aliases)


_BOLD_RE = re.compile(r"\*\*(\S(?:.*?\S)?)\*\*")
# A paragraph of code, as the HTML reader marks a <pre> block.
_CODE_LINE_RE = re.compile(r"(?m)^`([^`\n]+)`$")


def _plain_html(terms: list[Term], path: str) -> list[Term]:
    """Return the terms without inline markup: the bold marks the HTML reader puts round a
    leading <b>Term</b>, and a markdown page's links and emphasis."""
    reader = reader_for(path)
    if isinstance(reader, HtmlReader):
        def plain(text: str) -> str:
            # <strong> anywhere in the text, a list item's lead-in included ("- **Swarming:** …"),
            # and in a heading ("<b>Name</b> · 4 days ago"); and the marks round a <pre> block.
            return _CODE_LINE_RE.sub(r"\1", _BOLD_RE.sub(r"\1", text))
    elif isinstance(reader, MarkdownReader):
        plain = plain_markdown
    else:
        return terms

    # Markup never reaches a card, the name's and the headings' included ("*Term*" → "Term").
    return [replace(term, name=plain(term.name).strip("*_ ") or term.name,
                    aliases=tuple(plain(alias) for alias in term.aliases),
                    definition=plain(term.definition),
                    sections=tuple(replace(s, heading=plain(s.heading) or s.heading, text=plain(s.text))
                                   for s in term.sections))
            for term in terms]


def parse_page(
    text: str,
    path: str,
    deck: str,
    *,
    synonyms: Mapping[str, str] | None = None,
    noise_lines: frozenset[str] = frozenset(),
) -> Term:
    """Return the one term a page's text describes, read by the reader of its file ending (see ``build_term``)."""
    path = str(path)
    term = build_term(unlabelled_questions(_reader(path).lines(text, path)), path, deck,
                      synonyms=synonyms, noise_lines=noise_lines)
    return _plain_html([term], path)[0]


@dataclass(frozen=True)
class PageRun:
    """The terms read from one run of pages, the warnings met and how many lines were set aside."""

    terms: tuple[Term, ...]
    warnings: tuple[Problem, ...]
    set_aside: int


def _expand(paths: Iterable[Path | str]) -> tuple[list[Path], list[Problem], list[Problem]]:
    """Return the pages that ``paths`` name, what is wrong with them, and warnings."""
    files: list[Path] = []
    problems: list[Problem] = []
    warnings: list[Problem] = []
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            # The pages a build reads from the folder, no more: import writes what build reads.
            found = page_files(path)
            if not found:
                problems.append(
                    Problem(display_path(path), None, f"folder holds no {_ENDINGS} pages")
                )
            candidates = found
            warnings += [Problem(display_path(sub), None, "subfolder not read: only the pages directly in "
                                                          f"{display_path(path)} are; name it to read its pages too")
                         for sub in _page_subfolders(path)]
        elif path.is_file():
            if path.suffix.lower() not in PAGE_SUFFIXES:
                problems.append(
                    Problem(display_path(path), None, f"not a page: expected a {_ENDINGS} file")
                )
                continue
            candidates = [path]
        else:
            problems.append(Problem(display_path(path), None, "no such file or folder"))
            continue
        for candidate in candidates:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                files.append(candidate)
    return files, problems, warnings


def _page_subfolders(folder: Path) -> list[Path]:
    """Return the subfolders of ``folder`` that hold pages, but not the "<page>_files" folder
    of a page's pictures and scripts that a browser saves beside it, nor hidden ones."""
    return [sub for sub in sorted(folder.iterdir(), key=lambda p: p.name)
            if sub.is_dir() and not sub.name.startswith(".") and not sub.name.endswith("_files")
            and page_files(sub)]


def read_pages(
    paths: Iterable[Path | str],
    deck: str,
    *,
    synonyms: Mapping[str, str] | None = None,
    keep_going: bool = False,
    cache: PageCache | None = None,
    pool: Workers | None = None,
) -> PageRun:
    """Return the terms of the given pages and folders of pages, read together as one run.

    Lines repeated across the run's pages are boilerplate. Without ``keep_going`` any bad
    page raises one ``ValidationError`` listing every bad page; with it, bad pages are
    skipped and reported among the warnings. With ``cache``, a page whose inputs are
    unchanged gives the terms the last build read from it (see ``pagecache.py``). With
    ``pool``, its workers lay the pages out and parse them (started at once when most of
    many pages are to be parsed).
    """
    files, problems, warnings = _expand(paths)
    if pool is not None and len(files) >= POOL_MIN_PAGES and (cache is None or cache.size < POOL_MIN_PAGES):
        # Most of the pages are to be parsed by the workers: started now, they get ready
        # while the pages are read and laid out here.
        pool.start()
    # Problems are listed in page order, whichever stage found them.
    page_problems: dict[Path, list[Problem]] = {file: [] for file in files}
    texts: list[tuple[Path, str]] = []
    for file in files:
        try:
            data = file.read_bytes()
        except OSError as exc:
            page_problems[file].append(
                Problem(display_path(file), None, f"cannot read: {exc.strerror or exc}")
            )
            continue
        try:
            text, warning = decode_page(data, file)
        except FlashgenError as exc:
            page_problems[file].extend(exc.problems)
            continue
        if warning:
            warnings.append(warning)
        texts.append((file, text))

    terms: list[Term] = []
    # Each page is laid out as lines first: which lines repeat across the run's pages is
    # known only then, and every page's reading depends on it.
    jobs: list[tuple[Path, str, list[Line] | None]] = []
    keys: list[str | None] = []  # a page's key in the cache
    found: dict[int, list[Term]] = {}  # by place in jobs: the cache's terms of an unchanged page
    if cache is None:
        laid_out: list[tuple[Path, str, list[Line]]] = []
        for (file, text), (lines, failed) in zip(texts, lay_out_pages(texts, pool)):
            if failed:
                page_problems[file].extend(failed)
            else:
                laid_out.append((file, text, lines))
        noise = repeated_in(lines for _, _, lines in laid_out)
        jobs = list(laid_out)  # type: ignore[arg-type]  # every page has its lines
        keys = [None] * len(jobs)
    else:
        # A page unchanged since the last build is laid out only if it must be parsed
        # again (a line of it started or stopped repeating elsewhere).
        kept: list[tuple[Path, str, list[Line] | None, PageLines]] = []
        known = [cache.known_lines(str(file), text, deck) for file, text in texts]
        fresh = iter(lay_out_pages([page for page, summary in zip(texts, known) if summary is None], pool))
        for (file, text), summary in zip(texts, known):
            if summary is not None:
                kept.append((file, text, None, summary))
                continue
            lines, failed = next(fresh)
            if failed:
                page_problems[file].extend(failed)
            else:
                kept.append((file, text, lines, cache.keep_lines(str(file), text, deck, lines)))
        noise = repeated_among(summary.prose for *_, summary in kept)
        for index, (file, text, lines, summary) in enumerate(kept):
            key, known = cache.find(str(file), text, summary, deck, synonyms, noise)
            if known is not None:
                found[index] = known
            jobs.append((file, text, lines))
            keys.append(key)
    todo = [job for index, job in enumerate(jobs) if index not in found]
    parsed = iter(parse_pages(todo, deck, synonyms, noise, pool))
    for index, (file, _, _) in enumerate(jobs):
        if index in found:
            terms.extend(found[index])
            continue
        page_terms, skipped, page_failed = next(parsed)
        if page_failed:
            page_problems[file].extend(page_failed)
            continue
        terms.extend(page_terms)
        warnings.extend(skipped)
        key = keys[index]
        if key is not None and not skipped:  # a page read with warnings is read again, to give them again
            cache.put(key, deck, page_terms)  # type: ignore[union-attr]  # a key is a cache's
    for file in files:
        problems.extend(page_problems[file])

    if problems and not keep_going:
        # Only where other pages were read does skipping the bad ones leave something to use.
        raise ValidationError.from_problems(problems, hint=KEEP_GOING_HINT if terms else "")
    warnings.extend(Problem(p.path, p.line, f"skipped: {p.message}") for p in problems)
    set_aside = sum(len(t.related) + len(t.discarded) for t in terms)
    return PageRun(terms=tuple(terms), warnings=tuple(warnings), set_aside=set_aside)


#: Fewer pages than this are parsed in this process: starting workers costs more than it saves.
POOL_MIN_PAGES = 200

#: One page's reading: its terms, the warnings of the entries it skipped, and the problems
#: that stopped it (then no terms).
Parsed = tuple[list[Term], list[Problem], tuple[Problem, ...]]


def parse_pages(jobs: Sequence[tuple[Path, str, list[Line] | None]], deck: str,
                synonyms: Mapping[str, str] | None, noise: frozenset[str],
                pool: Workers | None = None) -> list[Parsed]:
    """Return the reading of each page (its path, text, and lines or None to lay it out
    again), in order: by worker processes (``pool``'s, else a pool of its own) when there
    are many pages and cores."""
    context = (deck, synonyms, noise)
    own = pool is None  # started for these pages alone, and stopped after them
    pool = Workers() if pool is None else pool
    try:
        parsed = pool.map(_parse, jobs, context, at_least=POOL_MIN_PAGES)
        return list(parsed) if parsed is not None else [_parse(context, job) for job in jobs]
    finally:
        if own:
            pool.close()


def lay_out_pages(pages: Sequence[tuple[Path, str]],
                  pool: Workers | None = None) -> list[tuple[list[Line], tuple[Problem, ...]]]:
    """Return each page's lines (its path and text), or the problems that stopped laying
    it out, in order: by ``pool``'s workers when they are started or the pages many."""
    worked = pool.map(_lay_out, pages, at_least=POOL_MIN_PAGES) if pool is not None else None
    return list(worked) if worked is not None else [_lay_out(None, page) for page in pages]


def _lay_out(_: None, page: tuple[Path, str]) -> tuple[list[Line], tuple[Problem, ...]]:
    file, text = page
    try:
        return _reader(file).lines(text, str(file)), ()
    except FlashgenError as exc:
        return [], exc.problems


def _parse(context: tuple[str, Mapping[str, str] | None, frozenset[str]],
           job: tuple[Path, str, list[Line] | None]) -> Parsed:
    deck, synonyms, noise = context
    file, text, lines = job
    skipped: list[Problem] = []
    try:
        terms = build_terms(lines if lines is not None else _reader(file).lines(text, str(file)),
                            str(file), deck, synonyms=synonyms, noise_lines=noise, skipped=skipped)
    except FlashgenError as exc:
        return [], [], exc.problems
    return terms, skipped, ()


def set_aside_notes(terms: Iterable[Term], verbose: bool = False) -> list[str]:
    """Return one line per page saying how many of its lines were set aside; with ``verbose``, each line too."""
    by_page: dict[str, list[tuple[str, str]]] = {}
    for term in terms:
        if reader_for(term.path) is None:
            continue  # a term file: what it keeps under related/discarded is the user's
        found = by_page.setdefault(term.path, [])
        found += [("related", text) for text in term.related]
        found += [("discarded", text) for text in term.discarded]
    notes = []
    for path, found in by_page.items():
        if not found:
            continue
        notes.append(f"{display_path(path)}: {counted(len(found), 'line')} set aside as site noise")
        if verbose:
            notes += [f"  {kind}: {text}" for kind, text in found]
    return notes
