"""What choosing clozes costs: time per sentence, and full builds against an earlier commit.

    .venv/bin/python benchmarks/quality/cost.py [--pages 1000] [--old 3e86a3b] [--rounds 2]

Writes the synthetic benchmark pages (benchmarks/synthetic.py) into a temporary folder,
then, for this checkout and for the ``--old`` commit (its ``src`` and ``templates``
taken with ``git archive``, run with the same virtual environment): the CPU time that
making every cloze card of those pages takes per sentence (choosing, writing the cloze
markup and the card; best of three), and the wall time of a full ``flashgen build``
into an empty folder. Builds alternate between the two codes,
``--rounds`` times, so that both see the same load on a shared machine; the median of
each is printed.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from synthetic import write_pages  # noqa: E402

# Run inside the code under test: every cloze of the pages, timed, per sentence.
_PER_SENTENCE = r"""
import sys, time
from pathlib import Path
from flashgen.cards import load_templates, render_deck
from flashgen.sentences import split_sentences
from flashgen.sources import load_decks
decks, _ = load_decks([Path(sys.argv[1])])
templates = load_templates()
sentences = sum(len(split_sentences(text)) for d in decks for t in d.terms for _, text, _ in t.texts())
render_deck(decks[0], templates, kinds=("cloze",))  # loads the word list and the tagger
best = None
for _ in range(3):
    started = time.process_time()
    cards = sum(c.anki_cards for d in decks for c in render_deck(d, templates, kinds=("cloze",)))
    spent = time.process_time() - started
    best = spent if best is None else min(best, spent)
print(sentences, best, cards)
"""


def run(code: Path | None, *args: str) -> subprocess.CompletedProcess:
    env = None
    if code is not None:
        import os
        env = dict(os.environ, PYTHONPATH=str(code / "src"))
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, check=True)


def per_sentence(code: Path | None, pages: Path) -> tuple[float, int]:
    """Return the CPU seconds making cloze cards takes per sentence (best of three), and the cards."""
    sentences, seconds, cards = run(code, "-c", _PER_SENTENCE, str(pages)).stdout.split()
    return float(seconds) / int(sentences), int(cards)


def build_seconds(code: Path | None, pages: Path, out: Path) -> tuple[float, str]:
    """Return the wall time of a full build, and the cards it made (from its summary line)."""
    started = time.perf_counter()
    summary = run(code, "-m", "flashgen", "build", str(pages), "--out", str(out)).stdout
    return time.perf_counter() - started, summary.split(", ")[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--old", default="3e86a3b", help="the commit to compare with")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        pages = work / "pages"
        pages.mkdir()
        write_pages(pages, args.pages)
        old = work / "old"
        old.mkdir()
        archive = subprocess.run(["git", "-C", str(REPO), "archive", args.old, "src", "templates"],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
        codes = {"this checkout": None, args.old: old}
        for name, code in codes.items():
            seconds, cards = per_sentence(code, pages)
            print(f"{name}: cloze cards {seconds * 1e6:.0f} µs of CPU per sentence ({cards} cloze cards)")
        times: dict[str, list[float]] = {name: [] for name in codes}
        cards: dict[str, str] = {}
        for r in range(args.rounds):
            for name, code in codes.items():
                out = work / f"out-{r}-{name.replace(' ', '-')}"
                seconds, cards[name] = build_seconds(code, pages, out)
                times[name].append(seconds)
        for name, values in times.items():
            print(f"{name}: {args.pages}-page build {statistics.median(values):.2f} s "
                  f"({', '.join(f'{v:.2f}' for v in values)}), {cards[name]}")


if __name__ == "__main__":
    main()
