"""A fingerprint of everything the cloze chooser decides, to check that a speed-up changes no choice.

    .venv/bin/python benchmarks/quality/fingerprint.py [--pages 300] [--keep FOLDER]

Prints one digest per line: ``score.py --show`` on each annotated set (every sentence
with what it hides), and every card of every kind rendered for the first ``--pages``
synthetic benchmark pages (benchmarks/synthetic.py), each card's fields in order. Run it
before and after a change and compare the lines; ``--keep`` also writes the texts
digested into FOLDER, so that a difference can be looked at with ``diff``.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from synthetic import write_pages  # noqa: E402

SETS = ("fields", "heldout", "heldout2", "heldout3", "heldout4", "heldout5")


def scored(folder: str) -> str:
    """Return ``score.py --show``'s output on one annotated set."""
    return subprocess.run([sys.executable, str(HERE / "score.py"), "--show", str(HERE / folder)],
                          capture_output=True, text=True, check=True).stdout


def synthetic_cards(count: int) -> str:
    """Return every card rendered for ``count`` synthetic pages, one field per line."""
    from flashgen.cards import load_templates, render_deck
    from flashgen.sources import load_decks

    with tempfile.TemporaryDirectory() as tmp:
        pages = Path(tmp) / "pages"
        write_pages(pages, count)
        decks, _ = load_decks([pages])
        templates = load_templates()
        lines = []
        for deck in decks:
            for card in render_deck(deck, templates):
                for f in dataclasses.fields(card):
                    value = getattr(card, f.name)
                    if f.name == "source":  # the temporary folder's path differs run to run
                        value = Path(value).name if value else value
                    lines.append(f"{f.name}={value!r}")
                lines.append("")
        return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--keep", type=Path, help="also write the texts digested here")
    args = parser.parse_args()
    texts = {name: scored(name) for name in SETS}
    texts[f"synthetic-{args.pages}"] = synthetic_cards(args.pages)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        if args.keep:
            (args.keep / f"{name}.txt").write_text(text, encoding="utf-8")
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        print(f"{name}: {digest} ({len(text.splitlines())} lines)")


if __name__ == "__main__":
    main()
