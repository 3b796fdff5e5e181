"""Glossary pages: read them (through the readers in ``readers/``) and write terms back as term files.

Each input format has its reader in ``readers/``; this module keeps the names the rest of
flashgen imports, and turns terms into the YAML of term files for ``flashgen import``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import yaml

from .errors import OutputError, Problem
from .model import Term
from .output import write_all_atomic
from .readers import PAGE_SUFFIXES, PageRun, decode_page, parse_page, read_pages, repeated_lines
from .model import Deck
from .terms import CLOZE_KEYS, TERM_KEYS, existing_author_keys
from .topics import slug

__all__ = ["PAGE_SUFFIXES", "PageRun", "decode_page", "parse_page", "read_pages",
           "repeated_lines", "term_to_yaml", "write_term_files"]

# --------------------------------------------------------------------------- term files


_YAML_BREAKS = ("\x85", "\u2028", "\u2029")


class _TermDumper(yaml.SafeDumper):
    """A safe dumper that writes multi-line strings as literal blocks."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    # PyYAML falls back to a quoted style by itself when a block cannot hold the value
    # (trailing spaces, special characters), so asking for "|" never loses text. NEL and
    # the Unicode line/paragraph separators are the exception: YAML reads them as line
    # breaks, and only the double-quoted style escapes them.
    if any(c in value for c in _YAML_BREAKS):
        style = '"'
    elif "\n" in value:
        style = "|"
    else:
        style = None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_TermDumper.add_representer(str, _represent_str)


def term_to_yaml(term: Term, kept: dict[str, object] | None = None) -> str:
    """Return the term as the text of a term file.

    ``kept`` holds keys of a file being replaced that only its author writes (see
    ``terms.existing_author_keys``); they are written as they were, after the page's keys.
    """
    data: dict[str, object] = {"id": term.id, "name": term.name}
    if term.aliases:
        data["aliases"] = list(term.aliases)
    data["definition"] = term.definition
    data["sections"] = [{"heading": s.heading, "text": s.text} for s in term.sections]
    if term.related:
        data["related"] = list(term.related)
    if term.discarded:
        data["discarded"] = list(term.discarded)
    if term.source:
        data["source"] = term.source
    steer = {k: list(getattr(term.cloze, k)) for k in CLOZE_KEYS if getattr(term.cloze, k)}
    if steer:
        data["cloze"] = steer
    for key, value in (kept or {}).items():
        if value in ([], {}, None, "") or (key == "source" and term.source):
            continue  # a page's own source wins over the one in the file it replaces
        data[key] = value
    data = {k: data[k] for k in TERM_KEYS if k in data}
    text = yaml.dump(
        data,
        Dumper=_TermDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=4096,
    )
    if term.source or not term.path:
        return text
    origin = " ".join(Path(term.path).name.split())
    return (f"# Imported from {origin}. Add 'source:' (a web address or a book) to show\n"
            f"# on the cards where the text comes from.\n{text}")


def write_term_files(terms: Iterable[Term], out_dir: Path | str, deck: Deck | None = None) -> list[Path]:
    """Return the paths of the ``<id>.yaml`` files written into ``out_dir``, one per term.

    Each file is replaced atomically, keeping what its author added that a page never
    holds (``number``, ``article``, ``cards``, ``cloze``, ``source``), and the files are
    written all or none: a failure leaves the folder as it was (a folder made for them is
    removed again). Two terms with the same id, or an id that is not a slug, raise
    ``OutputError`` naming the pages before anything is written.
    """
    terms = list(terms)
    by_id: dict[str, Term] = {}
    problems: list[Problem] = []
    for term in terms:
        if not term.id or slug(term.id) != term.id:
            # The id becomes a file name; anything but a slug could leave the folder.
            problems.append(Problem(term.path or None, None, f"term id {term.id!r} is not a slug"))
        elif term.id in by_id:
            first = by_id[term.id]
            problems.append(
                Problem(
                    term.path or None,
                    None,
                    f"term id {term.id!r} is also the id of {first.path or first.name!r}; "
                    "rename one of the terms",
                )
            )
        else:
            by_id[term.id] = term
    if problems:
        raise OutputError.from_problems(problems)

    out = Path(out_dir)
    made = not out.exists()
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create folder: {exc.strerror or exc}", out)
    files: list[tuple[Path, bytes]] = []
    for term in terms:
        target = out / f"{term.id}.yaml"
        # What the author added to a file being replaced is kept: a page has none of it.
        kept = existing_author_keys(target, deck or Deck(id=out.name, title=out.name)) \
            if target.is_file() else {}
        files.append((target, term_to_yaml(term, kept).encode("utf-8")))
    # All or none: a disk that fills up half-way leaves no half of a glossary behind.
    try:
        write_all_atomic(files, "term file")
    except BaseException:
        if made:
            try:
                out.rmdir()
            except OSError:
                pass  # not empty after all, or gone: it is left as it is
        raise
    return [target for target, _ in files]
