"""Run a whole build: load and check every source, render cards, then write packages."""

from __future__ import annotations

import hashlib
import json
import os
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from . import __version__, manifest
from .continuity import carry_over
from .anki import PackageDeck, check_note_templates, describe_package, write_package
from .cards import MAX_CLOZE_SENTENCE_CHARS, Templates, deck_topics, load_templates, render_deck, topic_titles
from .errors import FlashgenError, OutputError, Problem, ValidationError, display_path
from .model import KINDS, Card, Deck
from .sheets import SheetReport, get_layout, paper_cards, plan_sheets, write_html, write_pdf
from .pages import PageRun, read_pages, write_term_files
from .sentences import split_sentences
from .sources import is_page, load_decks, source_files
from .terms import load_deck_settings
from .topics import topic_key


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

    @property
    def card_count(self) -> int:
        """Return how many cards the package holds."""
        return sum(c.anki_cards for d in self.decks for c in d.cards)


@dataclass(frozen=True)
class Prepared:
    """Everything a build has checked and rendered, before anything is written."""

    decks: tuple[Deck, ...]
    cards: tuple[Card, ...]
    templates: Templates
    warnings: tuple[Problem, ...]

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


def prepare(sources: Sequence[Path], templates_dir: Path | None = None,
            kinds: Sequence[str] | None = None, keep_going: bool = False,
            progress: Progress | None = None) -> Prepared:
    """Return the loaded decks and their rendered cards; raise FlashgenError on any problem."""
    if kinds is not None:
        unknown = [k for k in kinds if k not in KINDS]
        if unknown:
            raise ValidationError(f"unknown card kind {unknown[0]!r} (known: {', '.join(KINDS)})")
    templates = load_templates(templates_dir)
    if progress:
        progress("read", 0, 1)
    decks, warnings = load_decks(sources, keep_going)
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
        try:
            cards.extend(render_deck(deck, templates, kinds, on_term=term_done))
        except FlashgenError as e:
            problems.extend(e.problems)
    _check_unique_guids(cards, problems)
    if problems:
        raise FlashgenError.from_problems(problems)
    warnings = (*warnings, *_overlong_sentences(decks, kinds))
    return Prepared(decks, tuple(cards), templates, warnings)


def _overlong_sentences(decks: Sequence[Deck], kinds: Sequence[str] | None) -> list[Problem]:
    """Return a warning for every sentence too long to become a cloze card."""
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
        if other is not card:
            problems.append(Problem(card.source, card.line,
                                    f"card {card.key!r} would share its Anki note with {other.source}"
                                    f"{':' + str(other.line) if other.line else ''} ({other.key!r})"))


def source_timestamp(paths: Sequence[str | Path]) -> int:
    """Return the build time: SOURCE_DATE_EPOCH, or the newest modification time of ``paths``.

    Deriving it from the inputs keeps rebuilds of unchanged sources identical. It is only
    a lower bound: the manifest raises it when changed content would otherwise not look
    newer than the last build (see ``manifest.package_time``).
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is not None and epoch.strip():
        try:
            return int(epoch)
        except ValueError:
            raise ValidationError(f"SOURCE_DATE_EPOCH must be a whole number of seconds, not {epoch!r}") from None
    return max(int(Path(p).stat().st_mtime) for p in paths)


def plan_packages(prepared: Prepared, out: Path, single: bool = False) -> list[PackagePlan]:
    """Return the packages to write: one per deck and topic, or one per deck with ``single``."""
    template_files = prepared.templates.files()
    plans: list[PackagePlan] = []
    for deck in prepared.decks:
        titles = topic_titles(deck)
        deck_cards = [c for c in prepared.cards if c.deck == deck.id]
        by_topic = {t: tuple(c for c in deck_cards if c.topic == t) for t in deck_topics(deck)}
        by_topic = {t: cs for t, cs in by_topic.items() if cs}
        settings = [Path(deck.path) / n for n in ("deck.yaml", "deck.yml") if (Path(deck.path) / n).is_file()]
        parts = [PackageDeck(f"{deck.title}::{titles[t]}", deck.description, cs) for t, cs in by_topic.items()]
        if single:
            groups = [(out / f"{deck.id}.apkg", parts, deck_cards)]
        else:
            groups = [(out / f"{deck.id}-{t}.apkg", [p], list(by_topic[t])) for t, p in zip(by_topic, parts)]
        for path, package_decks, cards in groups:
            inputs = sorted({c.source for c in cards}) + settings + template_files
            plans.append(PackagePlan(path, tuple(package_decks), source_timestamp(inputs), deck.path))
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
                                    f"{other.decks[0].name!r} from {other.origin} and "
                                    f"{plan.decks[0].name!r} from {plan.origin}"))
    if problems:
        raise OutputError.from_problems(problems)


def source_fields(prepared: Prepared) -> dict[str, str]:
    terms = {(t.deck, t.id): t for d in prepared.decks for t in d.terms}
    return {c.key: terms[(c.deck, c.term_id)].source or "" for c in prepared.cards}


def _planned(prepared: Prepared, plans: Sequence[PackagePlan],
             sources: dict[str, str]) -> list[manifest.Planned]:
    return [manifest.Planned(plan.path.name,
                             tuple(sorted({c.deck for d in plan.decks for c in d.cards})),
                             describe_package(plan.decks, prepared.templates, sources))
            for plan in plans]


def _output_folder(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise OutputError("output path exists and is not a folder", path=out)
    for parent in out.absolute().parents:
        if parent.exists():
            if not parent.is_dir():
                raise OutputError(f"cannot make the output folder: {display_path(parent)} is a file",
                                  path=out)
            break


def input_digest(config: BuildConfig) -> str | None:
    """Return a digest of everything a build's output depends on, or None if a source is missing.

    That is every source file's path and bytes, every template file's, the options, the
    working folder (pages' Source fields are shown relative to it), SOURCE_DATE_EPOCH and
    flashgen's version.
    """
    files = source_files(config.sources)
    if files is None:
        return None
    try:
        files += load_templates(config.templates).files()
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


def _unchanged_build(config: BuildConfig) -> tuple[str | None, BuildResult | None]:
    """Return the inputs' digest, and the last build's result when it would be built again unchanged."""
    inputs = input_digest(config)
    if inputs is None or not config.out.is_dir():
        return inputs, None
    try:
        previous = manifest.read_manifest(config.out)
    except FlashgenError:
        return inputs, None  # the full build reports it, after any problem with the sources
    last = manifest.unchanged_build(config.out, previous, inputs)
    if last is None:
        return inputs, None
    packages = tuple(config.out / name for name in last.packages)
    return inputs, BuildResult(packages, last.cards, tuple(Problem(*w) for w in last.warnings),
                               set_aside=last.set_aside, unchanged=packages)


def build(config: BuildConfig, progress: Progress | None = None) -> BuildResult:
    """Check every source, then write every changed package atomically; return what was done.

    When nothing that goes into the packages has changed since the last build into the
    same folder and its packages are as written, nothing is rendered or written, and the
    last build's result is returned.
    """
    inputs, unchanged = _unchanged_build(config)
    if unchanged is not None:
        return unchanged
    prepared = prepare(config.sources, config.templates, config.kinds, config.keep_going, progress)
    out = config.out
    _output_folder(out)
    previous = manifest.read_manifest(out)
    prepared = _carried_over(prepared, previous, out)
    plans = plan_packages(prepared, out, config.single)
    sources = source_fields(prepared)
    planned = _planned(prepared, plans, sources)
    changes = manifest.compare(previous, planned, out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(f"cannot make the output folder: {e.strerror or e}", path=out) from e
    written: list[tuple[Path, Path]] = []
    records: list[manifest.PackageRecord] = []
    current = out
    try:
        for done, (plan, package, change) in enumerate(zip(plans, planned, changes.packages)):
            if progress:
                progress("write", done, len(plans))
            if change.status == manifest.UNCHANGED:
                continue
            current = plan.path
            timestamp = manifest.package_time(plan.timestamp, package.path, package.content.digest, previous)
            temporary = out / f".{plan.path.name}.{os.getpid()}.tmp"
            written.append((temporary, plan.path))
            write_package(plan.decks, temporary, timestamp, prepared.templates, sources)
            records.append(manifest.PackageRecord(package.path, package.decks, package.content.digest,
                                                  timestamp, manifest.file_digest(temporary),
                                                  package.content.notes))
    except OSError as e:
        for temporary, _ in written:
            temporary.unlink(missing_ok=True)
        # Name the package, not the temporary file it was being written to.
        raise OutputError(f"cannot write package: {e.strerror or e}", path=current) from e
    except BaseException:
        for temporary, _ in written:
            temporary.unlink(missing_ok=True)
        raise
    if progress:
        progress("write", len(plans), len(plans))
    # Only once every package is complete does any of them replace an earlier one.
    for temporary, final in written:
        os.replace(temporary, final)
    removed, kept = manifest.remove_stale(out, previous, changes)
    stale = [c.path for c in changes.with_status(manifest.STALE)]
    # Written last: should anything before fail, the old manifest still describes older
    # packages, and the next build writes the changed ones again with the same times.
    result = manifest.updated(previous, records, stale)
    # The inputs are recorded with the packages they made. A build that leaves every
    # package as it was (sections reordered, say) leaves the manifest as it was too, so
    # that it stays byte-identical; the next build then runs in full once more.
    if inputs is not None and (records or stale):
        result = replace(result, last_build=manifest.LastBuild(
            inputs, tuple(p.path.name for p in plans), sum(p.card_count for p in plans),
            tuple((w.path, w.line, w.message) for w in prepared.warnings), prepared.set_aside))
    manifest.write_manifest(out, result)
    return BuildResult(
        tuple(p.path for p in plans), sum(p.card_count for p in plans), prepared.warnings,
        set_aside=prepared.set_aside,
        written=tuple(final for _, final in written),
        unchanged=tuple(out / c.path for c in changes.with_status(manifest.UNCHANGED)),
        removed=tuple(out / name for name in removed),
        kept_stale=tuple(out / name for name in kept),
    )


def diff(config: BuildConfig) -> manifest.Changes:
    """Return what ``build`` would add, change and remove against the last build; write nothing."""
    prepared = prepare(config.sources, config.templates, config.kinds, config.keep_going)
    _output_folder(config.out)
    previous = manifest.read_manifest(config.out)
    prepared = _carried_over(prepared, previous, config.out)
    plans = plan_packages(prepared, config.out, config.single)
    planned = _planned(prepared, plans, source_fields(prepared))
    return manifest.compare(previous, planned, config.out)


def _carried_over(prepared: Prepared, previous: manifest.Manifest, out: Path) -> Prepared:
    """Return ``prepared`` with its cloze notes keeping the identities the last build gave them."""
    cards = carry_over(prepared.cards, previous, out)
    return prepared if cards == prepared.cards else replace(prepared, cards=cards)


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


def print_sheets(config: PrintConfig) -> SheetReport:
    """Check every source, lay its cards out on duplex sheets, write the PDF (and HTML)."""
    layout = get_layout(config.layout, config.flip)
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
        if path is not None:
            # Checked for both files before either is written, so that a bad --html
            # cannot leave a new PDF behind a failed run.
            _output_folder(path.parent)
    plan = plan_sheets(paper_cards(cards), layout)
    # Both files are laid out from one plan before either is written, so a problem with
    # the cards stops the run with nothing written.
    report = write_pdf(plan, config.out)
    if config.html is not None:
        write_html(plan, config.html)
    return report


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote: term files, warnings and how much site noise was set aside."""

    files: tuple[Path, ...]
    warnings: tuple[Problem, ...]
    set_aside: int


def import_pages(pages: Sequence[Path], out: Path, keep_going: bool = False,
                 force: bool = False) -> ImportResult:
    """Read glossary pages and write one term file per page into ``out``; return what was written.

    ``out`` is a deck folder: its ``deck.yaml`` synonyms apply to the pages' headings.
    Existing term files are replaced only with ``force``, so curated files are not lost.
    """
    if out.exists() and not out.is_dir():
        raise OutputError("output path exists and is not a folder", path=out)
    problems: list[Problem] = []
    settings = load_deck_settings(out, problems) if out.is_dir() else None
    if problems:
        raise ValidationError.from_problems(problems)
    synonyms = dict(settings.synonyms) if settings else None
    deck_id = settings.id if settings else (out.resolve().name or "deck")
    run: PageRun = read_pages(pages, deck_id, synonyms=synonyms, keep_going=keep_going)
    if not run.terms:
        raise ValidationError("no page could be read; nothing written")
    if not force:
        existing = [out / f"{t.id}.yaml" for t in run.terms if (out / f"{t.id}.yaml").exists()]
        if existing:
            raise OutputError.from_problems([
                Problem(display_path(p), None, "already exists; use --force to replace it")
                for p in existing])
    files = write_term_files(run.terms, out)
    return ImportResult(tuple(files), run.warnings, run.set_aside)
