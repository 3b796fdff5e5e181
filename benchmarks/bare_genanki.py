"""The baseline: genanki alone writing the notes a flashgen build writes.

Reads the notes that ``run.py --dump-notes`` wrote (one JSON line per package: its
decks, and per note its note type, fields, GUID and tags), and writes each package with
genanki's own ``Package.write_to_file``, one package per topic as flashgen does. Prints,
as JSON, the seconds spent decoding the notes so the benchmark can leave them out.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import genanki


def _model(spec: dict) -> genanki.Model:
    return genanki.Model(
        model_id=spec["id"], name=spec["name"], fields=[{"name": f} for f in spec["fields"]],
        templates=spec["templates"], css=spec["css"], sort_field_index=spec["sort_field_index"],
        model_type=spec["model_type"],
    )


def main(dump: Path, out: Path) -> None:
    decoding = 0.0
    out.mkdir(parents=True, exist_ok=True)
    with dump.open(encoding="utf-8") as lines:
        started = time.perf_counter()
        models = {kind: _model(spec) for kind, spec in json.loads(next(lines)).items()}
        decoding += time.perf_counter() - started
        for line in lines:
            started = time.perf_counter()
            package = json.loads(line)
            decoding += time.perf_counter() - started
            decks = []
            for spec in package["decks"]:
                deck = genanki.Deck(spec["id"], spec["name"], description=spec["description"])
                for kind, fields, guid, tags in spec["notes"]:
                    deck.add_note(genanki.Note(model=models[kind], fields=fields, guid=guid, tags=tags))
                decks.append(deck)
            genanki.Package(decks).write_to_file(out / package["path"], timestamp=package["timestamp"])
    print(json.dumps({"decoding": decoding}))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
