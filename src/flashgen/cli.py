"""The ``flashgen`` command: parse arguments, call one library function, report the outcome."""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .build import BuildConfig, PrintConfig, build, check, diff, import_pages, print_sheets
from .model import KINDS
from .errors import FlashgenError, counted, display_path
from .readers import set_aside_notes
from .sources import definition_only
from .manifest import search_line
from .lint import DEFAULT_MAX_ANSWER_WORDS, DEFAULT_MAX_ITEMS, LintOptions, lint, unasked, unused_templates

DEFAULT_SOURCE = Path("decks")


class _LayoutNames:
    """The print layouts' names, for ``--layout``: the sheet code (``sheets.py``) is
    imported only when they are listed or one is checked, not by every command."""

    def __contains__(self, name: object) -> bool:
        from .sheets import PRESETS

        return name in PRESETS

    def __iter__(self):
        from .sheets import PRESETS

        return iter(sorted(PRESETS))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="flashgen",
        description="Turn glossary pages and term files into Anki decks, one deck per topic, "
                    "and into printable flashcard sheets.",
        epilog="Run 'flashgen COMMAND --help' for the options of a command.",
    )
    parser.add_argument("--version", action="version", version=f"flashgen {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("sources", nargs="*", type=Path, metavar="SOURCE",
                        help="a folder of decks, a deck folder, term files or glossary pages "
                             "(.txt, .md, .html, .htm) (default: decks/)")
    common.add_argument("--templates", type=Path, metavar="DIR",
                        help="folder of templates that replace built-in ones of the same file name")
    common.add_argument("--kinds", type=_kinds, metavar="KIND[,KIND]",
                        help=f"card kinds to make (known: {', '.join(KINDS)}; default: the deck's, else all)")
    common.add_argument("--keep-going", action="store_true",
                        help="skip glossary pages that cannot be read (with a warning) instead of stopping")
    common.add_argument("--verbose", action="store_true",
                        help="list every warning and show a traceback on errors")

    outputs = argparse.ArgumentParser(add_help=False)
    outputs.add_argument("--out", type=Path, default=Path("out"), metavar="DIR",
                         help="folder to write packages into, made if missing inside an existing folder (default: out/)")
    outputs.add_argument("--single", action="store_true",
                         help="write one package per deck, each topic a subdeck, named <deck>.apkg")

    commands.add_parser(
        "build", parents=[common, outputs], help="write Anki packages (.apkg)",
        description="Check every source, then write one Anki package per deck and topic, "
                    "named <deck>-<topic>.apkg. Nothing is written if any source has a problem. "
                    "Packages whose content is unchanged since the last build into the same "
                    "folder are left as they are; packages of topics that no longer exist are removed.")

    d = commands.add_parser(
        "diff", parents=[common], help="list notes a build would add, change or remove",
        description="Compare the sources with the last build into --out and list the packages "
                    "and notes that 'build' would add, change or remove. Writes nothing.")
    # The same options as build's, said as diff uses them: it reads --out, never writes there.
    d.add_argument("--out", type=Path, default=Path("out"), metavar="DIR",
                   help="folder of the last build to compare with (default: out/)")
    d.add_argument("--single", action="store_true",
                   help="compare with what 'build --single' would write: one package per deck")

    p = commands.add_parser(
        "print", parents=[common], help="write printable duplex card sheets (PDF)",
        description="Lay the same cards as 'build' out on sheets to print double-sided and "
                    "cut: fronts on odd pages, backs on even pages, each back mirrored so it "
                    "lands behind its question. Long texts shrink to fit (never below 7 pt) "
                    "or continue on a second card.")
    p.add_argument("--out", type=Path, default=Path("cards.pdf"), metavar="FILE.pdf",
                   help="PDF file to write, in a folder that exists (default: cards.pdf)")
    p.add_argument("--html", type=Path, metavar="FILE.html",
                   help="also write a print-ready HTML version, in a folder that exists")
    p.add_argument("--topic", action="append", metavar="TOPIC",
                   help="print only this topic (repeat or separate with commas)")
    p.add_argument("--layout", default=PrintConfig.layout, choices=_LayoutNames(), metavar="NAME",
                   help="page size and grid: %(choices)s (default: %(default)s)")
    p.add_argument("--flip", choices=("long", "short"), default="long",
                   help="the edge your printer turns the sheet over in duplex (default: long)")
    # A usage error found after parsing is told with this command's usage, not the top one's.
    p.set_defaults(usage_error=p.error)

    i = commands.add_parser(
        "import", help="turn glossary pages into term files to curate",
        description="Read glossary pages (.txt, .md, .html, .htm, or folders of them) and write "
                    "one term file per term into a deck folder (a glossary list gives one per "
                    "entry). Site noise (cookie banners, teasers) is kept off the cards but "
                    "written into the term file under 'related' and 'discarded', so nothing is "
                    "lost. Nothing is written if a page cannot be read.")
    i.add_argument("pages", nargs="+", type=Path, metavar="PAGE_OR_FOLDER",
                   help="glossary page files or folders of them")
    i.add_argument("--out", type=Path, required=True, metavar="DIR",
                   help="deck folder to write term files into, made if missing inside an existing folder "
                        "(its deck.yaml synonyms apply)")
    i.add_argument("--keep-going", action="store_true",
                   help="skip pages that cannot be read, with a warning, and import the rest")
    i.add_argument("--force", action="store_true", help="replace term files that already exist")
    i.add_argument("--verbose", action="store_true", help="list every warning and show a traceback on errors")

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


def _kinds(text: str) -> tuple[str, ...]:
    kinds = tuple(k.strip() for k in text.split(",") if k.strip())
    if not kinds:
        raise argparse.ArgumentTypeError(f"no card kind given (known: {', '.join(KINDS)})")
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown card kind {unknown[0]!r} (known: {', '.join(KINDS)})")
    return kinds


def _report_warnings(warnings: Sequence, verbose: bool, label: str = "warning") -> None:
    shown = warnings if verbose else warnings[:10]
    for w in shown:
        print(f"{label}: {w}", file=sys.stderr)
    if len(warnings) > len(shown):
        print(f"{label}: … and {len(warnings) - len(shown)} more (see --verbose)", file=sys.stderr)


def _lines(count: int) -> str:
    return counted(count, "line")


def _report_set_aside(count: int) -> None:
    if count:
        print(f"note: {_lines(count)} of site text (banners, teasers) kept off the cards; "
              "'flashgen import' writes them into the term files", file=sys.stderr)


class _ProgressBar:
    """A progress bar on stderr for long builds, shown only to a person at a terminal.

    Not in pipes or files, and not when the CI environment variable is set: there it
    would only fill logs with carriage returns.
    """

    _LABELS = {"read": "reading", "render": "rendering", "write": "writing"}

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty() and not os.environ.get("CI")
        self.bar = None
        self.stage = None

    def __enter__(self):
        return self if self.enabled else None

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage != self.stage:
            self.close()
            from tqdm import tqdm  # only a terminal needs it

            self.stage = stage
            self.bar = tqdm(total=total, desc=self._LABELS.get(stage, stage), file=sys.stderr,
                            unit={"render": " terms", "write": " packages"}.get(stage, ""),
                            leave=False, mininterval=0.2)
        self.bar.update(done - self.bar.n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    def __exit__(self, *exc: object) -> None:
        self.close()


def _run(args: argparse.Namespace) -> int:
    if args.command == "import":
        result = import_pages(args.pages, args.out, keep_going=args.keep_going, force=args.force)
        _report_warnings(result.warnings, args.verbose)
        _report_warnings(result.infos, args.verbose, label="info")
        if result.set_aside:
            print(f"note: {_lines(result.set_aside)} of site text set aside under 'related' and "
                  "'discarded' in the term files", file=sys.stderr)
        replaced = f" ({result.replaced} replaced)" if result.replaced else ""
        print(f"imported {counted(len(result.files), 'term file')} into {display_path(args.out)}/{replaced}")
        return 0
    sources = tuple(args.sources) or (DEFAULT_SOURCE,)
    if not args.sources and not DEFAULT_SOURCE.exists():
        # "decks: no such file or folder" would not say that the user named no source at all.
        raise FlashgenError(f"no such folder, and it is where {args.command} looks when no SOURCE is given; "
                            "name the term files, pages or folders to read", path=DEFAULT_SOURCE)
    kinds = args.kinds
    if args.command == "build":
        started = time.perf_counter()
        with _ProgressBar() as progress:
            result = build(BuildConfig(sources=sources, out=args.out, templates=args.templates,
                                       single=args.single, kinds=kinds, keep_going=args.keep_going),
                           progress=progress)
        seconds = time.perf_counter() - started
        _report_warnings(result.warnings, args.verbose)
        _report_set_aside(result.set_aside)
        print(f"built {counted(len(result.packages), 'package')}, {counted(result.cards, 'card')}, "
              f"{counted(len(result.warnings), 'warning')}, {seconds:.1f} s in {display_path(args.out)}/")
        if result.unchanged:
            print(f"{len(result.written)} written, {len(result.unchanged)} unchanged")
        for path in result.removed:
            print(f"removed stale package {display_path(path)}")
        if result.search:
            print(search_line(result.search))
        for path in result.kept_stale:
            print(f"warning: {display_path(path)}: stale package was changed after flashgen "
                  f"wrote it; left in place", file=sys.stderr)
        return 0
    if args.command == "diff":
        changes = diff(BuildConfig(sources=sources, out=args.out, templates=args.templates,
                                   single=args.single, kinds=kinds, keep_going=args.keep_going))
        _report_warnings(changes.warnings, args.verbose)
        for line in changes.lines():
            print(line)
        return 0
    if args.command == "print":
        topics = None
        if args.topic:
            topics = tuple(t.strip() for arg in args.topic for t in arg.split(",") if t.strip())
        report = print_sheets(PrintConfig(sources=sources, out=args.out, html=args.html,
                                          templates=args.templates, kinds=kinds, topics=topics,
                                          layout=args.layout, flip=args.flip,
                                          keep_going=args.keep_going))
        _report_warnings(report.warnings, args.verbose)
        written = display_path(args.out) + (f" and {display_path(args.html)}" if args.html else "")
        print(f"{report.summary()} in {written}")
        return 0
    prepared = check(sources, args.templates, kinds, args.keep_going)
    if args.command == "stats":
        from .stats import format_stats  # only this command needs it

        _report_warnings(prepared.warnings, args.verbose)
        print(format_stats(prepared.decks, prepared.cards))
        return 0
    warnings = [*prepared.warnings, *lint(prepared.decks, prepared.cards,
                                          LintOptions(args.max_answer_words, args.max_items)),
                *unused_templates(args.templates, prepared.decks)]
    if args.strict and warnings:
        raise FlashgenError.from_problems(warnings)
    _report_warnings(warnings, args.verbose)
    # For information only: never an error, not even with --strict.
    terms = [t for d in prepared.decks for t in d.terms]
    _report_warnings([*definition_only(terms, itemised=args.verbose),
                      *unasked(prepared.decks, prepared.cards, kinds)], args.verbose, label="info")
    notes = set_aside_notes(terms, args.verbose)
    for note in notes:
        print(f"note: {note}" if not note.startswith(" ") else note, file=sys.stderr)
    if sum(not note.startswith(" ") for note in notes) != 1:  # one page's note says it all
        _report_set_aside(prepared.set_aside)
    elif prepared.set_aside:
        print("note: 'flashgen import' writes those lines into the term files", file=sys.stderr)
    cards = sum(c.anki_cards for c in prepared.cards)
    print(f"ok: {counted(len(prepared.decks), 'deck')}, {counted(len(terms), 'term')}, {counted(cards, 'card')}, "
          f"{counted(len(warnings), 'warning')}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 bad input, 2 usage, 70 a fault of flashgen)."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "print" and args.html is not None and args.html.absolute() == args.out.absolute():
        args.usage_error("--out and --html name the same file; give them different names")
    try:
        return _run(args)
    except FlashgenError as e:
        if args.verbose:
            traceback.print_exc()
        for problem in e.problems:
            print(f"error: {problem}", file=sys.stderr)
        if e.hint:
            print(f"note: {e.hint}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``flashgen diff | head -1``): stop quietly, as programs
        # stopped by SIGPIPE do, and keep Python from complaining at exit.
        _silence_stdout()
        return 141
    except OSError as e:  # writing to the terminal or a redirected output failed
        if args.verbose:
            traceback.print_exc()
        where = f"{display_path(e.filename)}: " if isinstance(e.filename, str) else ""
        print(f"error: {where}{e.strerror or e}", file=sys.stderr)
        return 1
    except Exception as e:  # a fault of flashgen's own; what was being written is left unfinished
        if args.verbose:
            traceback.print_exc()
        print(f"error: internal error ({type(e).__name__}: {e}); this is a fault in flashgen, "
              "not in your files: please report it with the output of the same command run "
              "with --verbose", file=sys.stderr)
        return 70


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (a test's capture): nothing is flushed to a closed pipe there


if __name__ == "__main__":
    sys.exit(main())
