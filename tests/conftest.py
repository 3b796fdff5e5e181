"""Shared test helpers: scenario folders, the CLI runner and a fresh Anki collection."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings

from flashgen.cli import main

# Under CI the property tests draw the same examples on every run, so that a submission
# passes or fails on its own code, not on which random pages a run happened to draw; run
# locally they draw new examples each time and keep finding what CI would not.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def scenario(tmp_path: Path):
    """Return a function that copies ``tests/data/<name>`` into tmp_path and returns the copy."""

    def copy(name: str) -> Path:
        target = tmp_path / name
        shutil.copytree(DATA / name, target)
        return target

    return copy


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys):
    """Return a function that runs the flashgen command line and returns its outcome."""

    def run(*argv: str | Path) -> Run:
        try:
            code = main([str(a) for a in argv])
        except SystemExit as e:  # argparse exits for --help and usage errors
            code = e.code if isinstance(e.code, int) else 1
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


@pytest.fixture
def collection(tmp_path: Path):
    """Return a fresh, empty Anki collection, closed after the test."""
    from anki.collection import Collection

    col = Collection(str(tmp_path / "collection.anki2"))
    yield col
    col.close()


def import_package(col, path: Path):
    """Import one .apkg with Anki's default options; return the import log."""
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    request = ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
    return col.import_anki_package(request).log


def tree_bytes(folder: Path) -> dict[str, bytes]:
    """Return every file below ``folder`` with its bytes, for before/after comparisons."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def written_terms(folder: Path, name: str, text: str, deck: str = "d"):
    """Write a page named ``name`` into ``folder`` and return the terms flashgen reads from it."""
    from flashgen.readers import read_pages

    page = folder / name
    page.write_text(text, encoding="utf-8")
    return read_pages([page], deck).terms


def two_workers(monkeypatch, events: list[str]) -> None:
    """Give every run two worker processes, whatever the machine's cores, and append to
    ``events`` "started" when they start and the name of each job handed to them."""
    from flashgen import workpool

    real_start, real_map = workpool.Workers._start, workpool.Workers.map

    def start(self):
        if not self.started:
            events.append("started")
        return real_start(self)

    def mapped(self, job, items, context=None, at_least=1):
        done = real_map(self, job, items, context, at_least)
        if done is not None:
            events.append(job.__name__)
        return done

    monkeypatch.setattr(workpool, "workers", lambda: 2)
    monkeypatch.setattr(workpool.Workers, "_start", start)
    monkeypatch.setattr(workpool.Workers, "map", mapped)
