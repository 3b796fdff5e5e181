"""Score a second annotator's choices against an annotated set, as score.py scores the chooser.

An expert's choice of what to hide is not the only right one. This script measures how far
two experts agree: the second annotation (a YAML list of ``s`` / ``keys`` / ``fact`` items,
made without seeing the first) takes the chooser's place, its keys counted as the phrases
hidden. The figures are then a ceiling for the chooser's: a precision the second expert
does not reach against the first is not a precision a program can be asked for.

``--first N`` keeps only each sentence's first N keys of the second annotation in the order
of the sentence (the chooser hides at most four).

    .venv/bin/python benchmarks/quality/agreement.py SECOND.yaml FOLDER [--strict] [--first N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from score import Figures, Sentence  # noqa: E402


def annotated(folder: Path) -> dict[str, tuple[str, Sentence]]:
    """Return the first annotation's sentences by text, each with its field's name."""
    found: dict[str, tuple[str, Sentence]] = {}
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for entry in data["terms"]:
            groups = [entry.get("definition", ())] + [s["sentences"] for s in entry.get("sections", ())]
            for group in groups:
                for e in group:
                    found[e["s"]] = (data["field"], Sentence(e["s"], list(e.get("keys", ())),
                                                             list(e.get("wrong", ())),
                                                             bool(e.get("fact", True))))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("second", type=Path, help="the second annotation (YAML list)")
    parser.add_argument("folder", type=Path, help="the annotated set it is compared with")
    parser.add_argument("--strict", action="store_true", help="count only exactly equal phrases")
    parser.add_argument("--first", type=int, default=0, help="keep each sentence's first N keys only")
    args = parser.parse_args(argv)
    first = annotated(args.folder)
    second = yaml.safe_load(args.second.read_text(encoding="utf-8"))
    by_field: dict[str, Figures] = {}
    total, unmatched = Figures(), 0
    for item in second:
        if item["s"] not in first:
            unmatched += 1
            continue
        name, s = first[item["s"]]
        keys = [k for k in item.get("keys") or () if k in s.text] if item.get("fact", True) else []
        keys.sort(key=s.text.find)
        s.hidden = keys[:args.first] if args.first else keys
        by_field.setdefault(name, Figures()).add(s, args.strict)
        total.add(s, args.strict)
    print("| field | sentences | precision | sentence coverage | key-phrase coverage | "
          "no-fact left alone | wrong answers hidden |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name in sorted(by_field):
        print(by_field[name].row(name))
    print(total.row("**all**"))
    if unmatched:
        print(f"{unmatched} sentence(s) of the second annotation are not in {args.folder}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
