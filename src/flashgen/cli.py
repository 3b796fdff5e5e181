"""The ``flashgen`` command: parse arguments, call one library function, report the outcome."""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .build import BuildConfig, build, check
from .cards import KINDS
from .errors import FlashgenError, display_path
from .lint import DEFAULT_MAX_ANSWER_WORDS, DEFAULT_MAX_ITEMS, LintOptions, lint
from .stats import format_stats

DEFAULT_SOURCE = Path("decks")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="flashgen",
        description="Turn glossary term files into Anki decks, one deck per topic.",
        epilog="Run 'flashgen COMMAND --help' for the options of a command.",
    )
    parser.add_argument("--version", action="version", version=f"flashgen {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("sources", nargs="*", type=Path, metavar="SOURCE",
                        help="a folder of decks, a deck folder, or term files (default: decks/)")
    common.add_argument("--templates", type=Path, metavar="DIR",
                        help="folder of templates that replace built-in ones of the same file name")
    common.add_argument("--kinds", metavar="KIND[,KIND]",
                        help=f"card kinds to make (known: {', '.join(KINDS)}; default: the deck's, else all)")
    common.add_argument("--verbose", action="store_true",
                        help="list every warning and show a traceback on errors")

    b = commands.add_parser(
        "build", parents=[common], help="write Anki packages (.apkg)",
        description="Check every source, then write one Anki package per deck and topic, "
                    "named <deck>-<topic>.apkg. Nothing is written if any source has a problem.")
    b.add_argument("--out", type=Path, default=Path("out"), metavar="DIR",
                   help="folder to write packages into (default: out/)")
    b.add_argument("--single", action="store_true",
                   help="write one package per deck, each topic a subdeck, named <deck>.apkg")

    c = commands.add_parser(
        "check", parents=[common], help="check sources and templates, write nothing",
        description="Load and validate every source and render every card as 'build' would, "
                    "report every problem found, and write nothing. Also warn about cards that "
                    "ask too much at once (long answers, long lists, prompts that give their "
                    "answer away) and about terms that are probably the same concept.")
    c.add_argument("--strict", action="store_true", help="treat warnings as errors (exit status 1)")
    c.add_argument("--max-answer-words", type=_positive, default=DEFAULT_MAX_ANSWER_WORDS, metavar="N",
                   help=f"warn about short-card answers longer than N words (default: {DEFAULT_MAX_ANSWER_WORDS})")
    c.add_argument("--max-items", type=_positive, default=DEFAULT_MAX_ITEMS, metavar="K",
                   help=f"warn about sentences listing more than K items (default: {DEFAULT_MAX_ITEMS})")

    commands.add_parser(
        "stats", parents=[common], help="count cards per topic and kind, measure answers",
        description="Print, for each deck, how many Anki cards each topic and card kind gives "
                    "and the median and longest answer in words. Writes nothing.")
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


def _kinds(text: str | None) -> tuple[str, ...] | None:
    if text is None:
        return None
    return tuple(k.strip() for k in text.split(",") if k.strip())


def _report_warnings(warnings: Sequence, verbose: bool) -> None:
    shown = warnings if verbose else warnings[:10]
    for w in shown:
        print(f"warning: {w}", file=sys.stderr)
    if len(warnings) > len(shown):
        print(f"warning: … and {len(warnings) - len(shown)} more (see --verbose)", file=sys.stderr)


def _run(args: argparse.Namespace) -> int:
    sources = tuple(args.sources) or (DEFAULT_SOURCE,)
    kinds = _kinds(args.kinds)
    if args.command == "build":
        result = build(BuildConfig(sources=sources, out=args.out, templates=args.templates,
                                   single=args.single, kinds=kinds))
        _report_warnings(result.warnings, args.verbose)
        noun = "package" if len(result.packages) == 1 else "packages"
        print(f"built {len(result.packages)} {noun}, {result.cards} cards, "
              f"{len(result.warnings)} warnings in {display_path(args.out)}/")
        return 0
    prepared = check(sources, args.templates, kinds)
    if args.command == "stats":
        _report_warnings(prepared.warnings, args.verbose)
        print(format_stats(prepared.decks, prepared.cards))
        return 0
    warnings = [*prepared.warnings, *lint(prepared.decks, prepared.cards,
                                          LintOptions(args.max_answer_words, args.max_items))]
    if args.strict and warnings:
        raise FlashgenError.from_problems(warnings)
    _report_warnings(warnings, args.verbose)
    terms = sum(len(d.terms) for d in prepared.decks)
    cards = sum(c.anki_cards for c in prepared.cards)
    print(f"ok: {len(prepared.decks)} decks, {terms} terms, {cards} cards, {len(warnings)} warnings")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 bad input, 2 usage)."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return _run(args)
    except FlashgenError as e:
        if args.verbose:
            traceback.print_exc()
        for problem in e.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
