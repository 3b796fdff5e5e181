"""Run a whole build: load and check every source, render cards, then write packages."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .anki import PackageDeck, write_package
from .cards import KINDS, Templates, deck_topics, load_templates, render_deck, topic_titles
from .errors import FlashgenError, OutputError, Problem, ValidationError
from .model import Card, Deck
from .sources import load_decks


@dataclass(frozen=True)
class BuildConfig:
    """What to build and where: the CLI's options as one value."""

    sources: tuple[Path, ...] = (Path("decks"),)
    out: Path = Path("out")
    templates: Path | None = None
    single: bool = False
    kinds: tuple[str, ...] | None = None


@dataclass(frozen=True)
class PackagePlan:
    """One package to write: its path, its decks and its modification time."""

    path: Path
    decks: tuple[PackageDeck, ...]
    timestamp: int

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


@dataclass(frozen=True)
class BuildResult:
    """What a build wrote."""

    packages: tuple[Path, ...]
    cards: int
    warnings: tuple[Problem, ...]


def prepare(sources: Sequence[Path], templates_dir: Path | None = None,
            kinds: Sequence[str] | None = None) -> Prepared:
    """Return the loaded decks and their rendered cards; raise FlashgenError on any problem."""
    if kinds is not None:
        unknown = [k for k in kinds if k not in KINDS]
        if unknown:
            raise ValidationError(f"unknown card kind {unknown[0]!r} (known: {', '.join(KINDS)})")
    templates = load_templates(templates_dir)
    decks, warnings = load_decks(sources)
    problems: list[Problem] = []
    for deck in decks:
        bad = [k for k in deck.kinds if k not in KINDS]
        if bad:
            problems.append(Problem(deck.path, None,
                                    f"deck.yaml asks for unknown card kind {bad[0]!r} (known: {', '.join(KINDS)})"))
    if problems:
        raise ValidationError.from_problems(problems)
    cards: list[Card] = []
    for deck in decks:
        try:
            cards.extend(render_deck(deck, templates, kinds))
        except FlashgenError as e:
            problems.extend(e.problems)
    _check_unique_guids(cards, problems)
    if problems:
        raise FlashgenError.from_problems(problems)
    return Prepared(decks, tuple(cards), templates, warnings)


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

    Deriving it from the inputs keeps rebuilds of unchanged sources identical, while an
    edited source is newer than the build before it, so Anki accepts the update.
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
            plans.append(PackagePlan(path, tuple(package_decks), source_timestamp(inputs)))
    _check_unique_paths(plans)
    return plans


def _check_unique_paths(plans: Sequence[PackagePlan]) -> None:
    seen: dict[Path, PackagePlan] = {}
    for plan in plans:
        if plan.path in seen:
            raise OutputError(f"two packages would be written to this path: decks "
                              f"{seen[plan.path].decks[0].name!r} and {plan.decks[0].name!r}",
                              path=plan.path)
        seen[plan.path] = plan


def _source_fields(prepared: Prepared) -> dict[str, str]:
    terms = {(t.deck, t.id): t for d in prepared.decks for t in d.terms}
    return {c.key: terms[(c.deck, c.term_id)].source or "" for c in prepared.cards}


def build(config: BuildConfig) -> BuildResult:
    """Check every source, then write every package atomically; return what was written."""
    prepared = prepare(config.sources, config.templates, config.kinds)
    out = config.out
    if out.exists() and not out.is_dir():
        raise OutputError("output path exists and is not a folder", path=out)
    plans = plan_packages(prepared, out, config.single)
    out.mkdir(parents=True, exist_ok=True)
    sources = _source_fields(prepared)
    written: list[tuple[Path, Path]] = []
    try:
        for plan in plans:
            temporary = out / f".{plan.path.name}.{os.getpid()}.tmp"
            written.append((temporary, plan.path))
            write_package(plan.decks, temporary, plan.timestamp, prepared.templates, sources)
    except OSError as e:
        for temporary, _ in written:
            temporary.unlink(missing_ok=True)
        raise OutputError(f"cannot write package: {e.strerror or e}", path=e.filename or out) from e
    except BaseException:
        for temporary, _ in written:
            temporary.unlink(missing_ok=True)
        raise
    # Only once every package is complete does any of them replace an earlier one.
    for temporary, final in written:
        os.replace(temporary, final)
    return BuildResult(tuple(p.path for p in plans), sum(p.card_count for p in plans), prepared.warnings)


def check(sources: Sequence[Path], templates_dir: Path | None = None,
          kinds: Sequence[str] | None = None) -> Prepared:
    """Check sources and templates as a build would, writing nothing; return what was checked."""
    return prepare(sources, templates_dir, kinds)

