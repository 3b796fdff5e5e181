"""Run a whole build: load and check every source, render cards, then write packages."""

from __future__ import annotations

import hashlib
import json
import os
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__, manifest
from .collect import fewer_collections
from .anki import PackageContent, PackageDeck, check_note_templates, describe_package, write_package
from .templatefiles import template_files, template_folders
from .errors import FlashgenError, OutputError, Problem, TemplateError, ValidationError, display_path
from .model import KINDS, Card, Deck
from .output import folder_lock, interrupts_deferred, remove_leftovers, temporary_path
from .sources import definition_only, is_page, load_decks, sectionless_pages, source_files
from .terms import deck_settings_file, load_deck_settings
from .topics import topic_key

if TYPE_CHECKING:
    # Imported where they are used, so that a rebuild that finds nothing changed (which
    # needs none of them) starts sooner: see ``_unchanged_build``.
    from .cards import Templates
    from .pagecache import PageCache
    from .rendering import DeckParts, RenderCache, Unread
    from .sheets import SheetReport
    from .workpool import Workers


#: What the jobs of a build's stages (reading, finding phrases, rendering) need: imported by
#: each worker as it starts, ready before the first pages reach it.
WORKER_IMPORTS = ("flashgen.readers", "flashgen.rendering")

#: How a long run reports progress: called with a stage ("read", "render", "write"), the
#: number of steps done and the number of steps in that stage.
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class BuildConfig:
    """What to build and where: the CLI's options as one value."""

    sources: tuple[Path, ...] = (Path("decks"),)
    out: Path = Path("out")
    templates: Path | None = None
    single: bool = False
    kinds: tuple[str, ...] | None = None
    keep_going: bool = False


@dataclass(frozen=True)
class PackagePlan:
    """One package to write: its path, its decks and the newest time of its inputs."""

    path: Path
    decks: tuple[PackageDeck, ...]
    timestamp: int
    origin: str = ""
    deck: str = ""
    #: The topics of its cards, and the render cache's key of their fingerprints (see
    #: ``package_key``), for a build that knows them.
    topics: tuple[str, ...] = ()
    fingerprint: str = ""
    #: For a package left as the last build wrote it, its cards unread: how many it holds.
    unread_cards: int | None = None

    @property
    def card_count(self) -> int:
        """Return how many cards the package holds."""
        if self.unread_cards is not None:
            return self.unread_cards
        return sum(c.anki_cards for d in self.decks for c in d.cards)


@dataclass(frozen=True)
class Prepared:
    """Everything a build has checked and rendered, before anything is written."""

    decks: tuple[Deck, ...]
    cards: tuple[Card, ...]
    templates: Templates
    warnings: tuple[Problem, ...]
    #: What rendering found of each deck's topics (by deck id), when it was asked to;
    #: ``cards`` then holds none of the topics it left unread.
    parts: Mapping[str, DeckParts] | None = None
    #: The (deck, topic) of every card whose note keeps an identity of the last build's.
    carried: frozenset[tuple[str, str]] = frozenset()

    @property
    def set_aside(self) -> int:
        """Return how many lines of page text were kept off the cards as site noise."""
        return sum(len(t.related) + len(t.discarded) for d in self.decks for t in d.terms if is_page(t))


@dataclass(frozen=True)
class BuildResult:
    """What a build made: every package, and which it wrote, left as they were or removed."""

    packages: tuple[Path, ...]
    cards: int
    warnings: tuple[Problem, ...]
    set_aside: int = 0
    written: tuple[Path, ...] = ()
    unchanged: tuple[Path, ...] = ()
    removed: tuple[Path, ...] = ()
    kept_stale: tuple[Path, ...] = ()
    #: An Anki search for the notes this build no longer makes (see ``manifest.removed_search``).
    search: str = ""


def prepare(sources: Sequence[Path], templates_dir: Path | None = None,
            kinds: Sequence[str] | None = None, keep_going: bool = False,
            progress: Progress | None = None, cache: RenderCache | None = None,
            page_cache: PageCache | None = None, unread: Unread | None = None,
            pool: Workers | None = None) -> Prepared:
    """Return the loaded decks and their rendered cards; raise FlashgenError on any problem.

    With ``cache``, terms whose cards' inputs are unchanged take their cards from it, and
    the cards of the others are stored in it. With ``unread`` too, the cards of the topics
    it chooses are left out (see ``rendering.Unread``). With ``pool``, the work is spread
    over its workers, which stay up for the caller; else over workers of its own.
    """
    try:
        return _prepare(sources, templates_dir, kinds, keep_going, progress, cache, page_cache, unread, pool)
    except OSError as e:
        # A folder or file that exists but cannot be read (permissions, a disk error).
        where = e.filename if isinstance(e.filename, str) else None
        raise ValidationError(f"cannot read: {e.strerror or e}", path=where) from e


def _prepare(sources: Sequence[Path], templates_dir: Path | None, kinds: Sequence[str] | None,
             keep_going: bool, progress: Progress | None, cache: RenderCache | None,
             page_cache: PageCache | None = None, unread: Unread | None = None,
             pool: Workers | None = None) -> Prepared:
    from .cards import load_templates
    from .workpool import Workers

    if kinds is not None:
        unknown = [k for k in kinds if k not in KINDS]
        if unknown:
            raise ValidationError(f"unknown card kind {unknown[0]!r} (known: {', '.join(KINDS)})")
    templates = load_templates(templates_dir)
    _check_template_files(templates)
    if pool is not None:
        return _prepared(sources, templates, templates_dir, kinds, keep_going, progress, cache, page_cache,
                         unread, pool)
    # One set of worker processes for the whole run: started when the pages or terms are
    # many enough, then used by every later stage and deck.
    with Workers(imports=WORKER_IMPORTS) as own:
        return _prepared(sources, templates, templates_dir, kinds, keep_going, progress, cache, page_cache,
                         unread, own)


def _prepared(sources: Sequence[Path], templates: Templates, templates_dir: Path | None,
              kinds: Sequence[str] | None, keep_going: bool, progress: Progress | None,
              cache: RenderCache | None, page_cache: PageCache | None, unread: Unread | None,
              pool: Workers) -> Prepared:
    from .cards import deck_cards, deck_rendering, term_order
    from .rendering import render_terms
    from .safety import check_cards

    if progress:
        progress("read", 0, 1)
    decks, warnings = load_decks(sources, keep_going, page_cache, pool)
    if progress:
        progress("read", 1, 1)
    problems: list[Problem] = check_note_templates(templates)
    if problems:
        raise ValidationError.from_problems(problems)
    cards: list[Card] = []
    total = sum(len(d.terms) for d in decks)
    rendered = 0

    def term_done() -> None:
        nonlocal rendered
        rendered += 1
        if progress:
            progress("render", rendered, total)

    for deck in decks:
        memo = cache.memo if cache is not None else None
        phrases = None
        if memo is not None and "cloze" in (kinds or deck.kinds or KINDS):
            found = memo.page_phrases(deck.id, deck.terms, pool)
            phrases = lambda term, found=found: found[term.id]  # noqa: E731
        by_term = render_terms(deck_rendering(deck, kinds, phrases), term_order(deck), templates, templates_dir,
                               cache, on_term=term_done, file_order=[t.id for t in deck.terms], unread=unread,
                               pool=pool)
        try:
            cards.extend(deck_cards(deck, by_term, placed=True))
        except FlashgenError as e:
            problems.extend(e.problems)
    _check_unique_guids(cards, problems)
    problems.extend(check_cards(decks, cards))
    if problems:
        raise FlashgenError.from_problems(problems)
    warnings = (*warnings, *_overlong_sentences(decks, kinds))
    return Prepared(decks, tuple(cards), templates, warnings, dict(unread.decks) if unread is not None else None)


def _check_template_files(templates: Templates) -> None:
    """Raise TemplateError naming each template file that is not UTF-8 text, or is a folder."""
    problems = [Problem(display_path(p), None, "is a folder, not a template file")
                for p in sorted(templates.folders[0].iterdir())
                if p.is_dir() and p.name.endswith((".j2", ".html", ".css"))]
    for path in templates.files():
        try:
            data = path.read_bytes()
        except OSError as e:
            problems.append(Problem(display_path(path), None, f"cannot read template: {e.strerror or e}"))
            continue
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as e:
            problems.append(Problem(display_path(path), data.count(b"\n", 0, e.start) + 1,
                                    "template is not UTF-8 text; save it as UTF-8"))
    if problems:
        raise TemplateError.from_problems(problems)


def _overlong_sentences(decks: Sequence[Deck], kinds: Sequence[str] | None) -> list[Problem]:
    """Return a warning for every sentence too long to become a cloze card."""
    from .cards import MAX_CLOZE_SENTENCE_CHARS
    from .sentences import split_sentences

    found = []
    for deck in decks:
        if "cloze" not in (kinds or deck.kinds or KINDS):
            continue
        for term in deck.terms:
            for where, text, line in term.texts():
                if len(text) <= MAX_CLOZE_SENTENCE_CHARS:
                    continue  # too short to hold such a sentence; no need to split it again
                for sentence in split_sentences(text):
                    if len(sentence) > MAX_CLOZE_SENTENCE_CHARS:
                        found.append(Problem(term.path, line, (
                            f"{where} of {term.name!r} has a sentence of {len(sentence):,} characters "
                            f"(more than {MAX_CLOZE_SENTENCE_CHARS:,}); it gets no cloze card: "
                            f"{sentence[:50]!r}…")))
    return found


def _check_unique_guids(cards: Sequence[Card], problems: list[Problem]) -> None:
    first: dict[str, Card] = {}
    for card in cards:
        other = first.setdefault(card.guid, card)
        if other is not card and not (card.template and other.template and card.key == other.key
                                      and card.template != other.template):  # one note's cards
            problems.append(Problem(card.source, card.line,
                                    f"card {card.key!r} would share its Anki note with {other.source}"
                                    f"{':' + str(other.line) if other.line else ''} ({other.key!r})"))


def source_timestamp(paths: Sequence[str | Path], mtimes: dict[str | Path, int] | None = None) -> int:
    """Return the build time: SOURCE_DATE_EPOCH, or the newest modification time of ``paths``.

    Deriving it from the inputs keeps rebuilds of unchanged sources identical. It is only
    a lower bound: the manifest raises it when changed content would otherwise not look
    newer than the last build (see ``manifest.package_time``).
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is not None and epoch.strip():
        try:
            value = int(epoch)
        except ValueError:
            raise ValidationError(f"SOURCE_DATE_EPOCH must be a whole number of seconds, not {epoch[:40]!r}") from None
        if not 0 <= value <= manifest.LATEST_TIME:
            raise ValidationError(f"SOURCE_DATE_EPOCH must lie between 0 and {manifest.LATEST_TIME} "
                                  f"(the end of the year 9999), not {epoch[:40]}")
        return value
    mtimes = {} if mtimes is None else mtimes  # kept by the caller, for files it asks about again
    for path in paths:
        if path not in mtimes:
            mtimes[path] = int(Path(path).stat().st_mtime)
    return max(mtimes[p] for p in paths)


#: The longest package file name written; most file systems allow 255 bytes.
MAX_PACKAGE_NAME = 120


def package_name(stem: str) -> str:
    """Return the package file name for ``stem`` (an ASCII slug): ``<stem>.apkg``.

    A stem too long for a file name (a topic from a long heading) is cut, and ends with
    the first 10 hex digits of its SHA-256 so that cut names stay distinct.
    """
    name = f"{stem}.apkg"
    if len(name) <= MAX_PACKAGE_NAME:
        return name
    digest = hashlib.sha256(stem.encode("utf-8")).hexdigest()[:10]
    return f"{stem[:MAX_PACKAGE_NAME - 16].rstrip('-')}-{digest}.apkg"


def plan_packages(prepared: Prepared, out: Path, single: bool = False) -> list[PackagePlan]:
    """Return the packages to write: one per deck and topic, or one per deck with ``single``."""
    from .cards import deck_topics, topic_titles

    template_files = prepared.templates.files()
    plans: list[PackagePlan] = []
    mtimes: dict[str | Path, int] = {}  # each file is asked about by every package it goes into
    for deck in prepared.decks:
        titles = topic_titles(deck)
        found = prepared.parts.get(deck.id) if prepared.parts is not None else None
        unread = found.unread if found is not None else frozenset()
        deck_cards = [c for c in prepared.cards if c.deck == deck.id]
        grouped: dict[str, list[Card]] = {}
        for card in deck_cards:
            grouped.setdefault(card.topic, []).append(card)
        by_topic = {t: tuple(grouped.get(t, ())) for t in deck_topics(deck) if t in grouped or t in unread}
        settings = [f for f in [deck_settings_file(Path(deck.path))] if f is not None]
        parts = [PackageDeck(f"{deck.title}::{titles[t]}", "", cs) for t, cs in by_topic.items()]
        # The description belongs to the deck, not to each topic: it goes on the parent
        # deck, which every package carries (empty of notes) so that Anki shows it there.
        parent = PackageDeck(deck.title, deck.description, ())
        if single:
            groups = [(out / package_name(deck.id), [parent, *parts], deck_cards, tuple(by_topic))]
        else:
            groups = [(out / package_name(f"{deck.id}-{t}"), [parent, p], list(by_topic[t]), (t,))
                      for t, p in zip(by_topic, parts)]
        for path, package_decks, cards, topics in groups:
            fingerprint = ""
            if found is not None and all(t in found.fingerprints for t in topics):
                fingerprint = package_key(path.name, [found.fingerprints[t] for t in topics])
            if topics and unread.issuperset(topics):
                # Left as the last build wrote it: nothing of it is written or read.
                plans.append(PackagePlan(path, tuple(package_decks), 0, deck.path, deck.id, topics, fingerprint,
                                         unread_cards=sum(found.anki_cards[t] for t in topics)))  # type: ignore[union-attr]
                continue
            inputs = sorted({c.source for c in cards}) + settings + template_files
            plans.append(PackagePlan(path, tuple(package_decks), source_timestamp(inputs, mtimes), deck.path,
                                     deck.id, topics, fingerprint))
    _check_unique_paths(plans)
    return plans


def _check_unique_paths(plans: Sequence[PackagePlan]) -> None:
    seen: dict[str, PackagePlan] = {}
    problems: list[Problem] = []
    for plan in plans:
        # Case-insensitive or normalising file systems (macOS, Windows) would store two
        # names that differ only in case or Unicode form as one file.
        name = unicodedata.normalize("NFC", plan.path.name).casefold()
        other = seen.setdefault(name, plan)
        if other is not plan:
            problems.append(Problem(display_path(plan.path), None,
                                    f"two packages would be written to this path: "
                                    f"{other.decks[-1].name!r} from {other.origin} and "
                                    f"{plan.decks[-1].name!r} from {plan.origin}"))
    if problems:
        raise OutputError.from_problems(problems)


class CardSources(Mapping[str, str]):
    """The Source field of each card of a build, by card key, found through the card's term.

    One entry per term rather than per card (a 10,000-page build has 400,000 cards): a
    card key starts with its deck and term id, ``deck/term/...`` (see ``manifest._group``).
    """

    def __init__(self, terms: dict[tuple[str, str], str], keys: tuple[str, ...]):
        self._terms = terms
        self._keys = keys

    def lookup_only(self) -> CardSources:
        """Return the same sources without the list of keys, for a writer that only looks
        them up: what a worker process is sent with every package it writes."""
        return CardSources(self._terms, ())

    def __getitem__(self, key: str) -> str:
        deck, term, *_ = key.split("/", 2)
        return self._terms[(deck, term)]

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        deck, term, *_ = key.split("/", 2)  # asked for every note: without Mapping's layers
        return self._terms.get((deck, term), default)

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


def source_fields(prepared: Prepared) -> CardSources:
    return CardSources({(t.deck, t.id): t.source or "" for d in prepared.decks for t in d.terms},
                       tuple(c.key for c in prepared.cards))


def package_key(name: str, fingerprints: Sequence[str]) -> str:
    """Return the render cache memo's key of a package (by file name) whose topics have
    these fingerprints (``rendering.DeckParts``): under it, the digest of what it held."""
    from .rendering import _digest

    return _digest("package", name, list(fingerprints))


def _unread(previous: manifest.Manifest | None, config: BuildConfig, cache: RenderCache) -> Unread | None:
    """Return what lets rendering leave unread the topics of packages the last build wrote
    with the same cards, still as it wrote them; None without a memo to remember them by.

    A package is left unread when the memo holds, under the fingerprints of its topics
    (every card of each, the deck's settings and titles, the templates, flashgen's code;
    see ``rendering.DeckParts``), the digest of its content, when the manifest's record of
    it has that digest and its Anki decks' names, and when its file is as written. The
    memo gets such a digest only from a build whose notes of that package all kept their
    own identities (see ``_carried_over``), so the same cards give the same notes again.
    """
    from .rendering import Unread

    memo = cache.memo
    if memo is None:
        return None

    def choose(rendering, fingerprints: dict[str, str]) -> set[str]:
        deck = rendering.deck
        if previous is None or not previous.packages:
            return set()
        if config.single:
            groups = [(package_name(deck.id), list(fingerprints))]
        else:
            groups = [(package_name(f"{deck.id}-{t}"), [t]) for t in fingerprints]
        left: set[str] = set()
        for name, topics in groups:
            record = previous.find(name)
            if record is None or record.decks != (deck.id,):
                continue
            key = package_key(name, [fingerprints[t] for t in topics])
            if memo.get(key, deck.id, keep=False) != record.digest:
                continue
            names = tuple(sorted((f"{deck.id}/{t}", f"{deck.title}::{rendering.title[t]}") for t in topics))
            if record.anki_decks != names or not manifest.intact(config.out / name, record):
                continue
            memo.keep(key, deck.id)
            left.update(topics)
        return left

    return Unread(choose)


def _planned(prepared: Prepared, plans: Sequence[PackagePlan], sources: Mapping[str, str],
             cache: RenderCache | None = None,
             previous: manifest.Manifest | None = None) -> list[manifest.Planned]:
    from .rendering import notes_key

    # The digests of unchanged terms' notes come from the cache's memo (see ``NoteMemo``).
    memo = cache.memo if cache is not None else None
    known = memo.notes() if memo is not None else None
    planned = []
    for plan in plans:
        if plan.unread_cards is not None:
            record = previous.find(plan.path.name) if previous is not None else None
            if record is None:  # the manifest was rewritten since the packages were chosen
                raise OutputError("the last build's record changed while this command ran; run it again",
                                  path=plan.path)
            planned.append(manifest.Planned(record.path, record.decks,
                                            PackageContent(record.digest, record.notes), record.anki_decks))
            if known is not None and prepared.parts is not None:
                # The notes of its terms rendered again (their text changed elsewhere) are
                # described all the same, for the memo to know them under their new keys.
                rendered = prepared.parts[plan.deck].rendered
                for topic, anki_deck in zip(plan.topics, plan.decks[1:]):
                    cards = tuple(c for c in rendered if c.topic == topic)
                    if cards:
                        describe_package([replace(anki_deck, cards=cards)], prepared.templates, sources, known)
            continue
        planned.append(manifest.Planned(plan.path.name,
                                        tuple(sorted({c.deck for d in plan.decks for c in d.cards})),
                                        describe_package(plan.decks, prepared.templates, sources, known),
                                        _anki_decks(plan)))
    if known is not None:
        known.done()
    if memo is None or prepared.parts is None:
        return planned
    for plan, package in zip(plans, planned):
        if not plan.fingerprint:
            continue
        if plan.unread_cards is not None:
            # Its terms' notes stay known to the memo, unread as the package.
            found = prepared.parts[plan.deck]
            for topic, anki_deck in zip(plan.topics, plan.decks[1:]):
                for term in found.terms[topic]:
                    memo.keep(notes_key(memo.term_keys[(plan.deck, term)], anki_deck.name), plan.deck)
        elif not any((plan.deck, t) in prepared.carried for t in plan.topics):
            memo.put(plan.fingerprint, plan.deck, package.content.digest)
    return planned


def _anki_decks(plan: PackagePlan) -> tuple[tuple[str, str], ...]:
    """Return each deck and topic of a package's cards (``deck/topic``), with its Anki deck's name."""
    return tuple(sorted({(f"{deck}/{topic}", name) for deck, topic, name in
                         {(c.deck, c.topic, d.name) for d in plan.decks for c in d.cards}}))


def _output_folder(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise OutputError("output path exists and is not a folder", path=out)
    for parent in out.absolute().parents:
        if parent.exists():
            if not parent.is_dir():
                raise OutputError(f"cannot make the output folder: {display_path(parent)} is a file",
                                  path=out)
            break


def _parent_exists(out: Path) -> None:
    """Raise OutputError unless ``out`` is an existing folder or one that can be made in an
    existing folder: a mistyped parent is refused rather than made."""
    parent = out.absolute().parent
    if not out.is_dir() and not parent.is_dir():
        raise OutputError(f"cannot make the output folder: the folder {display_path(parent)} it goes in "
                          f"does not exist; make it first or check the path", path=out)


def _file_folder_exists(path: Path) -> None:
    """Raise OutputError unless the folder ``path`` is written in exists."""
    folder = path.absolute().parent
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        raise OutputError(f"the folder {display_path(folder)} {what}; make it first or give another path",
                          path=path)


def input_digest(config: BuildConfig) -> str | None:
    """Return a digest of everything a build's output depends on, or None if a source is missing.

    That is every source file's path and bytes, every template file's, the options, the
    working folder (pages' Source fields are shown relative to it), SOURCE_DATE_EPOCH and
    flashgen's version.
    """
    try:
        files = source_files(config.sources)
    except OSError:
        return None  # the full build reports the folder it cannot read
    if files is None:
        return None
    try:
        files += template_files(template_folders(config.templates))
    except FlashgenError:
        return None
    digest = hashlib.sha256(json.dumps({
        "flashgen": __version__, "single": config.single, "kinds": config.kinds,
        "keep_going": config.keep_going, "cwd": os.getcwd(),
        "epoch": os.environ.get("SOURCE_DATE_EPOCH"),
    }, sort_keys=True).encode("utf-8"))
    for path in files:
        try:
            data = path.read_bytes()
        except OSError:
            return None
        digest.update(f"\0{path.resolve()}\0{display_path(path)}\0{len(data)}\0".encode("utf-8"))
        digest.update(data)
    return digest.hexdigest()


def _unchanged_build(config: BuildConfig) -> tuple[str | None, BuildResult | None, manifest.Manifest | None]:
    """Return the inputs' digest, the last build's result when it would be built again
    unchanged, and the manifest read (None when there is none to read, or it is damaged)."""
    inputs = input_digest(config)
    if not config.out.is_dir():
        return inputs, None, None
    try:
        previous = manifest.read_manifest(config.out)
    except FlashgenError:
        return inputs, None, None  # the full build reports it, after any problem with the sources
    last = manifest.unchanged_build(config.out, previous, inputs) if inputs is not None else None
    if last is None:
        return inputs, None, previous
    packages = tuple(config.out / name for name in last.packages)
    return inputs, BuildResult(packages, last.cards, tuple(Problem(*w) for w in last.warnings),
                               set_aside=last.set_aside, unchanged=packages), previous


def build(config: BuildConfig, progress: Progress | None = None) -> BuildResult:
    """Check every source, then write every changed package atomically; return what was done.

    When nothing that goes into the packages has changed since the last build into the
    same folder and its packages are as written, nothing is rendered or written, and the
    last build's result is returned. The output folder is locked for the whole build, and
    temporary files an interrupted build left in it are removed first.
    """
    from .workpool import Workers

    out = config.out
    _output_folder(out)
    _parent_exists(out)
    # One set of worker processes for the whole build, reading and rendering to writing;
    # started only when a stage has work enough for them.
    with fewer_collections(), Workers(imports=WORKER_IMPORTS) as pool:
        if not out.is_dir():
            return _build(config, progress, locked=False, pool=pool)  # nothing to lock or tidy yet
        with folder_lock(out):
            remove_leftovers(out)
            return _build(config, progress, locked=True, pool=pool)


def _build(config: BuildConfig, progress: Progress | None, locked: bool, pool: Workers) -> BuildResult:
    inputs, unchanged, previous = _unchanged_build(config)
    if unchanged is not None:
        return unchanged
    from .pagecache import PageCache
    from .rendering import RenderCache

    cache = RenderCache(config.out)
    pages = PageCache(config.out)
    prepared = prepare(config.sources, config.templates, config.kinds, config.keep_going, progress, cache,
                       pages, _unread(previous, config, cache), pool)
    out = config.out
    if previous is None:
        previous = manifest.read_manifest(out)
    previous.decode(prepared.cards)  # held as text while rendering
    prepared = _carried_over(prepared, previous, out)
    plans = plan_packages(prepared, out, config.single)
    sources = source_fields(prepared)
    planned = _planned(prepared, plans, sources, cache, previous)
    previous = manifest.shared(previous, planned)
    changes = manifest.compare(previous, planned, out)
    _check_package_paths(plans, changes)
    if not locked:
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise OutputError(f"cannot make the output folder: {e.strerror or e}", path=out) from e
    if not locked:
        with folder_lock(out):
            if (out / manifest.MANIFEST_NAME).exists():
                cache.close()
                pages.close()
                return _build(config, progress, locked=True, pool=pool)  # another build got here first
            return _write(config, prepared, plans, planned, changes, previous, sources, inputs, progress,
                          (cache, pages), pool)
    return _write(config, prepared, plans, planned, changes, previous, sources, inputs, progress, (cache, pages),
                  pool)


def _write(config: BuildConfig, prepared: Prepared, plans: Sequence[PackagePlan],
           planned: Sequence[manifest.Planned], changes: manifest.Changes, previous: manifest.Manifest,
           sources: Mapping[str, str], inputs: str | None, progress: Progress | None,
           caches: Sequence[RenderCache], pool: Workers) -> BuildResult:
    """Write the changed packages to temporary files, then move them and the manifest into place."""
    import sqlite3

    out = config.out
    written: list[tuple[Path, Path]] = []
    records: list[manifest.PackageRecord] = []
    jobs: list[_PackageJob] = []
    chosen: list[tuple[int, PackagePlan, manifest.Planned, int, tuple[manifest.NoteRecord, ...]]] = []
    current = out
    try:
        for done, (plan, package, change) in enumerate(zip(plans, planned, changes.packages)):
            if change.status == manifest.UNCHANGED:
                continue
            current = plan.path
            if plan.unread_cards is not None:
                # Found as written when its cards were left unread, changed since.
                raise OutputError("changed while this build ran; build again to write it", path=plan.path)
            timestamp = manifest.package_time(plan.timestamp, package.path, package.content.digest, previous)
            # A short name of flashgen's own, whatever the package's name, so that even a
            # long one fits and an interrupted build's file is recognised and removed.
            temporary = temporary_path(out, ".apkg.tmp")
            written.append((temporary, plan.path))
            notes = manifest.note_times(timestamp, manifest.keep_unknown_ids(previous, package.content.notes),
                                        previous)
            jobs.append(_PackageJob(plan.decks, temporary, timestamp,
                                    {n.guid: n.time for n in notes if n.time != timestamp}))
            chosen.append((done, plan, package, timestamp, notes))
        if progress:
            progress("write", 0, len(plans))
        for (done, plan, package, timestamp, notes), (digest, failure) in zip(
                chosen, _write_packages(jobs, prepared.templates, sources, pool)):
            if failure is not None:
                # Name the package, not the temporary file it was being written to.
                raise OutputError(f"cannot write package: {failure}", path=plan.path)
            records.append(manifest.PackageRecord(package.path, package.decks, package.content.digest,
                                                  timestamp, digest, notes, package.anki_decks))
            if progress:
                progress("write", done + 1, len(plans))
    except BaseException as e:
        # Workers still writing are stopped first; then their files go with ours (the
        # folder is locked: every temporary file in it is this build's).
        pool.close()
        _remove(temporary for temporary, _ in written)
        remove_leftovers(out)
        if isinstance(e, (OSError, sqlite3.Error)):
            raise OutputError(f"cannot write package: {_reason(e)}", path=current) from e
        raise
    if progress:
        progress("write", len(plans), len(plans))
    stale = [c.path for c in changes.with_status(manifest.STALE)]
    last_build = previous.last_build
    # The inputs are recorded with the packages they made. A build that leaves every
    # package as it was (sections reordered, say) leaves the manifest as it was too, so
    # that it stays byte-identical; the next build then runs in full once more.
    if inputs is not None and (records or stale):
        last_build = manifest.LastBuild(
            inputs, tuple(p.path.name for p in plans), sum(p.card_count for p in plans),
            tuple((w.path, w.line, w.message) for w in prepared.warnings), prepared.set_aside)
    with interrupts_deferred():
        # The manifest describes the new packages before any of them is moved into place.
        # Killed before it is written, a build leaves everything as it was; killed after,
        # each package is either new (its file matches the manifest) or still old, and
        # the next build writes the old ones again. Stale packages stay in the manifest
        # until they are deleted, so that the next build still knows to delete them.
        try:
            if records or stale:
                # The render and page caches are keyed by everything their entries are
                # made from, so they are right whichever packages end up in place; saved
                # only with the manifest, so that a build that changes no package leaves
                # the folder exactly as it was.
                for cache in caches:
                    cache.save([d.id for d in prepared.decks])
                manifest.write_manifest(out, replace(
                    manifest.updated(previous, records, ()), last_build=None if stale else last_build),
                    read=previous)
        except BaseException:
            _remove(temporary for temporary, _ in written)
            raise
        try:
            for temporary, final in written:
                os.replace(temporary, final)
            removed, kept = manifest.remove_stale(out, previous, changes)
        except OSError as e:
            raise OutputError(f"cannot move the new packages into place: {_reason(e)}; the "
                              "next build completes the set", path=out) from e
        if stale:
            manifest.write_manifest(out, replace(manifest.updated(previous, records, stale),
                                                 last_build=last_build))
    return BuildResult(
        tuple(p.path for p in plans), sum(p.card_count for p in plans), prepared.warnings,
        set_aside=prepared.set_aside,
        written=tuple(final for _, final in written),
        unchanged=tuple(out / c.path for c in changes.with_status(manifest.UNCHANGED)),
        removed=tuple(out / name for name in removed),
        kept_stale=tuple(out / name for name in kept),
        search=changes.search,
    )


@dataclass(frozen=True)
class _PackageJob:
    """One package to write to its temporary file, as a worker process is sent it."""

    decks: tuple[PackageDeck, ...]
    path: Path
    timestamp: int
    note_times: dict[str, int]


def _write_packages(jobs: Sequence[_PackageJob], templates: Templates, sources: CardSources,
                    pool: Workers) -> Iterator[tuple[str | None, str | None]]:
    """Write each job's package; give, in order, its file's digest or why it could not be written.

    The packages are written by the build's workers when they have been started (a build
    of many pages), two at a time on two cores; else here, one after another (starting
    workers costs more than a few packages take to write).
    """
    context = (templates, sources.lookup_only())
    done = pool.map(_write_one, jobs, context, at_least=len(jobs) + 1)
    return done if done is not None else (_write_one(context, job) for job in jobs)


def _write_one(context: tuple[Templates, CardSources], job: _PackageJob) -> tuple[str | None, str | None]:
    import sqlite3

    templates, sources = context
    try:
        write_package(job.decks, job.path, job.timestamp, templates, sources, note_times=job.note_times)
        return manifest.file_digest(job.path), None
    except (OSError, sqlite3.Error) as e:
        return None, _reason(e)


def _check_package_paths(plans: Sequence[PackagePlan], changes: manifest.Changes) -> None:
    """Raise OutputError, before anything is written, where a package would replace a file
    that flashgen did not write: a folder, or a file the manifest does not know that is
    not a flashgen package (one written before the manifest was deleted is)."""
    problems = []
    for plan, change in zip(plans, changes.packages):
        if plan.path.is_dir():
            problems.append(Problem(display_path(plan.path), None, "is a folder where the package "
                                    "would be written; move it away"))
        elif change.status == manifest.NEW and os.path.lexists(plan.path) and not _is_flashgen_package(plan.path):
            problems.append(Problem(display_path(plan.path), None, "exists and is not a package flashgen "
                                    "wrote; move it away or build into another folder"))
    if problems:
        raise OutputError.from_problems(problems)


def _is_flashgen_package(path: Path) -> bool:
    """Return whether ``path`` is laid out as ``write_package`` writes: two entries, fixed dates."""
    import zipfile  # needed only where a new package's path is already taken

    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (OSError, zipfile.BadZipFile):
        return False
    return [e.filename for e in entries] == ["collection.anki2", "media"] and all(
        e.date_time == (1980, 1, 1, 0, 0, 0) for e in entries)


def _reason(error: Exception) -> str:
    """Return why an output could not be written, in words: "No space left on device"."""
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return " ".join(str(error).split()) or type(error).__name__


def _remove(paths: Iterable[Path]) -> None:
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only folder: the next build into it removes the file


def diff(config: BuildConfig) -> manifest.Changes:
    """Return what ``build`` would add, change and remove against the last build; write nothing."""
    from .notices import moved_decks, new_identities
    from .pagecache import PageCache
    from .rendering import RenderCache

    cache, pages = RenderCache(config.out), PageCache(config.out)  # read, never saved
    try:
        read = manifest.read_manifest(config.out) if config.out.is_dir() else None
    except FlashgenError:
        read = None  # reported below, after any problem with the sources
    prepared = prepare(config.sources, config.templates, config.kinds, config.keep_going, cache=cache,
                       page_cache=pages, unread=_unread(read, config, cache))
    pages.close()
    _output_folder(config.out)
    # The manifest the packages to leave unread were chosen from; read again only to report
    # why it could not be read.
    previous = read if read is not None else manifest.read_manifest(config.out)
    prepared = _carried_over(prepared, previous, config.out)
    plans = plan_packages(prepared, config.out, config.single)
    planned = _planned(prepared, plans, source_fields(prepared), cache, previous)
    cache.close()
    changes = manifest.compare(previous, planned, config.out)
    # Compared with nothing, everything is new: say so, since a mistyped --out looks the same.
    first = () if previous.packages else (
        f"note: no earlier build is recorded in {display_path(config.out)}/ (no {manifest.MANIFEST_NAME} "
        "there), so every package and note counts as new",)
    return replace(changes, notices=(*first, *moved_decks(previous, planned, changes), *new_identities(changes)),
                   warnings=prepared.warnings)


def _carried_over(prepared: Prepared, previous: manifest.Manifest, out: Path) -> Prepared:
    """Return ``prepared`` with its cloze notes, and sections moved to another topic, keeping
    the identities the last build gave them."""
    from .continuity import carry_over

    unread = {(deck, term, topic) for deck, found in (prepared.parts or {}).items()
              for topic in found.unread for term in found.terms[topic]}
    cards = carry_over(prepared.cards, previous, out, unread)
    if cards == prepared.cards:
        return prepared
    carried = frozenset((c.deck, c.topic) for before, c in zip(prepared.cards, cards) if c is not before)
    return replace(prepared, cards=cards, carried=carried)


def check(sources: Sequence[Path], templates_dir: Path | None = None,
          kinds: Sequence[str] | None = None, keep_going: bool = False) -> Prepared:
    """Check sources and templates as a build would, writing nothing; return what was checked."""
    return prepare(sources, templates_dir, kinds, keep_going)



@dataclass(frozen=True)
class PrintConfig:
    """What to print and how: the print command's options as one value."""

    sources: tuple[Path, ...] = (Path("decks"),)
    out: Path = Path("cards.pdf")
    html: Path | None = None
    templates: Path | None = None
    kinds: tuple[str, ...] | None = None
    topics: tuple[str, ...] | None = None
    layout: str = "a4-2x4"
    flip: str = "long"
    keep_going: bool = False


def check_print_outputs(config: PrintConfig) -> None:
    """Raise OutputError unless ``print`` may write its files: it replaces only its own.

    A path may be new, or an earlier ``print`` output: a PDF whose Creator is flashgen,
    or an HTML file with flashgen's generator line. A source, a template or any other
    existing file is refused, and so is one path for both the PDF and the HTML.
    """
    outputs = [(config.out, "PDF", _is_flashgen_pdf)]
    for path in (config.out, config.html):
        if path is not None:
            _file_folder_exists(path)  # print makes no folders: a missing one is a typo
    if config.html is not None:
        outputs.append((config.html, "HTML", _is_flashgen_html))
        if _same_file(config.out, config.html):
            raise OutputError("the PDF and the HTML file would be written to one path; "
                              "give --out and --html different names", path=config.html)
    try:
        inputs = [*(source_files(config.sources) or ()), *template_files(template_folders(config.templates))]
    except OSError:
        inputs = []  # a folder that cannot be read: prepare() names it
    for path, kind, ours in outputs:
        if not os.path.lexists(path) or path.is_dir():
            continue  # new, or a folder (refused with its own message below)
        for source in inputs:
            if _same_file(path, source):
                what = "template" if source.name.endswith((".j2", ".html", ".css")) else "source"
                raise OutputError(f"output path is a {what} file; give another name for the {kind}",
                                  path=path)
        if not ours(path):
            raise OutputError(f"exists and is not {_article(kind)} {kind} file flashgen printed; move it away or "
                              f"give another name (print replaces only its own output)", path=path)


def _article(word: str) -> str:
    """Return "a" or "an" for a word: an abbreviation said letter by letter goes by the letter's sound."""
    vowel_sounds = "AEFHILMNORSX" if word.isupper() else "AEIOU"
    return "an" if word[:1].upper() in vowel_sounds else "a"


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def _is_flashgen_pdf(path: Path) -> bool:
    """Return whether ``path`` is a PDF whose Creator is flashgen (as ``write_pdf`` sets it)."""
    marker = b"/Creator (flashgen)"
    try:
        with path.open("rb") as f:
            if f.read(5) != b"%PDF-":
                return False
            tail = b""
            while chunk := f.read(1 << 20):
                if marker in tail + chunk:
                    return True
                tail = chunk[-len(marker):]
    except OSError:
        return False
    return False


def _is_flashgen_html(path: Path) -> bool:
    """Return whether ``path`` starts like an HTML file of ``write_html``."""
    from .sheets import HTML_GENERATOR

    try:
        with path.open("rb") as f:
            head = f.read(4096)
    except OSError:
        return False
    return head.startswith(b"<!DOCTYPE html>") and (
        HTML_GENERATOR.encode("ascii") in head[:1024]
        or b"font-family:'FlashgenSans'" in head)  # written before the generator line


def print_sheets(config: PrintConfig) -> SheetReport:
    """Check every source, lay its cards out on duplex sheets, write the PDF (and HTML)."""
    from .sheets import get_layout, paper_cards, plan_sheets, write_html, write_pdf

    layout = get_layout(config.layout, config.flip)
    check_print_outputs(config)
    prepared = prepare(config.sources, config.templates, config.kinds, config.keep_going)
    cards = list(prepared.cards)
    if config.topics:
        wanted = {topic_key(t) for t in config.topics}
        known = {c.topic for c in cards}
        missing = sorted(wanted - known)
        if missing:
            raise ValidationError(f"no cards of topic {missing[0]!r} (topics here: {', '.join(sorted(known))})")
        cards = [c for c in cards if c.topic in wanted]
    for path in (config.out, config.html):
        if path is not None and path.is_dir():
            raise OutputError("output path is a folder; give a file name", path=path)
    plan = plan_sheets(paper_cards(cards), layout)
    plan = replace(plan, date=source_timestamp(sorted({c.source for c in cards}))) if cards else plan
    # Both files are laid out from one plan before either is written, so a problem with
    # the cards stops the run with nothing written.
    report = write_pdf(plan, config.out)
    if config.html is not None:
        write_html(plan, config.html)
    return replace(report, warnings=prepared.warnings)


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote: term files, warnings and how much site noise was set aside."""

    files: tuple[Path, ...]
    warnings: tuple[Problem, ...]
    set_aside: int
    #: For information: the pages whose terms are a definition alone (see ``definition_only``).
    infos: tuple[Problem, ...] = ()
    #: How many of ``files`` replaced a term file that was there (with --force).
    replaced: int = 0


#: How many existing term files an import that would replace them names one by one.
_NAMED_EXISTING = 3


def import_pages(pages: Sequence[Path], out: Path, keep_going: bool = False,
                 force: bool = False) -> ImportResult:
    """Read glossary pages and write one term file per term into ``out``; return what was written.

    ``out`` is a deck folder: its ``deck.yaml`` synonyms apply to the pages' headings.
    Existing term files are replaced only with ``force``, so curated files are not lost.
    """
    from .curate import fit_for_deck
    from .pages import read_pages, write_term_files

    if out.exists() and not out.is_dir():
        raise OutputError("output path exists and is not a folder", path=out)
    _parent_exists(out)
    problems: list[Problem] = []
    settings = load_deck_settings(out, problems) if out.is_dir() else None
    if problems:
        raise ValidationError.from_problems(problems)
    synonyms = dict(settings.synonyms) if settings else None
    deck_id = settings.id if settings else (out.resolve().name or "deck")
    run = read_pages(pages, deck_id, synonyms=synonyms, keep_going=keep_going)
    if not run.terms:
        raise ValidationError("no page could be read; nothing written")
    # What a page may say but a term file may not (a "Definition" heading, one heading
    # twice, an id another file has) is changed here, so that build accepts every file.
    terms, notes = fit_for_deck(run.terms, out, settings or Deck(id=deck_id, title=deck_id))
    existing = sorted(out / f"{t.id}.yaml" for t in terms if (out / f"{t.id}.yaml").exists())
    if not force:
        if len(existing) > _NAMED_EXISTING:
            # A glossary imported again: one line, not one per entry.
            named = ", ".join(p.name for p in existing[:_NAMED_EXISTING])
            how_many = (f"all {len(terms)}" if len(existing) == len(terms)
                        else f"{len(existing)} of the {len(terms)}")
            raise OutputError(f"{how_many} term files to write already exist ({named}, …); use --force "
                              "to replace them", path=out)
        if existing:
            raise OutputError.from_problems([
                Problem(display_path(p), None, "already exists; use --force to replace it")
                for p in existing])
    files = write_term_files(terms, out, settings or Deck(id=deck_id, title=deck_id))
    return ImportResult(tuple(files), (*run.warnings, *notes, *sectionless_pages(terms)), run.set_aside,
                        tuple(definition_only(terms)), replaced=len(existing))
