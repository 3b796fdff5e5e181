"""Compare sentence splitters on glossary prose: accuracy on hand-written cases, and speed.

    .venv/bin/python benchmarks/splitters.py [--pages 300]

Accuracy: each case in tests/data/sentences.txt is a paragraph and the sentences a
careful reader finds in it (written for this comparison: abbreviations, decimals,
initials, "e.g.", "U.S.", web addresses, quotes and brackets). Speed: characters per second over the paragraphs of
synthetic pages (see synthetic.py), which are shaped like real ones. flashgen's own
splitter is always measured; nupunkt, segtok, blingfire and pysbd are measured when they
are installed (none of them needs to be for flashgen).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import synthetic  # noqa: E402

CASES_FILE = HERE.parent / "tests" / "data" / "sentences.txt"


def read_cases(path: Path = CASES_FILE) -> list[tuple[str, tuple[str, ...]]]:
    """Return (paragraph, its sentences) for every case in ``path`` (see its header)."""
    cases: list[tuple[str, tuple[str, ...]]] = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.splitlines() if line and not line.startswith("#")]
        if lines:
            cases.append((lines[0], tuple(line[2:] for line in lines[1:])))
    return cases


def _flashgen():
    from flashgen.sentences import split_sentences

    return lambda text: list(split_sentences(text))


def _nupunkt():
    import nupunkt

    return nupunkt.sent_tokenize


def _segtok():
    from segtok.segmenter import split_single

    return lambda text: [s for s in split_single(text) if s.strip()]


def _blingfire():
    import blingfire

    return lambda text: [s for s in blingfire.text_to_sentences(text).split("\n") if s.strip()]


def _pysbd():
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)
    return lambda text: [s.strip() for s in segmenter.segment(text) if s.strip()]


SPLITTERS = {"flashgen": _flashgen, "nupunkt": _nupunkt, "segtok": _segtok, "blingfire": _blingfire,
             "pysbd": _pysbd}


def paragraphs(pages: int) -> list[str]:
    """Return the prose paragraphs of the first ``pages`` synthetic pages."""
    out = []
    for index in range(pages):
        out.extend(line for line in synthetic.page_text(index).splitlines() if len(line) > 120)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=300, help="synthetic pages to time on (default 300)")
    parser.add_argument("--show", action="store_true", help="print every case a splitter gets wrong")
    args = parser.parse_args()
    text = paragraphs(args.pages)
    chars = sum(map(len, text))
    cases = read_cases()
    print(f"{len(cases)} cases; speed on {len(text)} paragraphs, {chars:,} characters")
    print("| splitter | cases right | characters/s |")
    print("| --- | ---: | ---: |")
    for name, make in SPLITTERS.items():
        try:
            split = make()
        except ImportError:
            continue
        wrong = [(p, tuple(s.strip() for s in split(p))) for p, want in cases
                 if tuple(s.strip() for s in split(p)) != want]
        started = time.perf_counter()
        for paragraph in text:
            split(paragraph)
        seconds = time.perf_counter() - started
        print(f"| {name} | {len(cases) - len(wrong)} / {len(cases)} | {chars / seconds:,.0f} |")
        if args.show:
            for paragraph, got in wrong:
                print(f"    {paragraph!r}\n      -> {got!r}")


if __name__ == "__main__":
    main()
