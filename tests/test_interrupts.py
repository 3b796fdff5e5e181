"""Builds killed at many points leave old or new packages, never a mix the manifest hides.

Each build runs in a forked child with an audit hook that sends the child a real signal
(SIGKILL or SIGINT) at the n-th file event of the build: an open, a rename or a removal.
Nothing in flashgen is replaced; the child simply dies at that point.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sys
from pathlib import Path

import pytest

from conftest import tree_bytes
from flashgen.cli import main
from flashgen.manifest import MANIFEST_NAME
from flashgen.output import is_leftover
from flashgen.rendering import CACHE_NAME

EVENTS = ("open", "os.rename", "os.remove")


def _child(argv: list[str], kill_at: int | None, signum: int, log: int | None) -> None:
    """Run flashgen in this (forked) process; at event ``kill_at`` send it ``signum``."""
    count = 0

    def hook(event, args):
        nonlocal count
        if event not in EVENTS:
            return
        count += 1
        if log is not None:
            os.write(log, f"{count} {event} {args[0]}\n".encode("utf-8", "replace"))
        if count == kill_at:
            os.kill(os.getpid(), signum)

    signal.alarm(60)  # bounded: SIGALRM ends a build that hangs
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(null, 2)
    sys.addaudithook(hook)
    code = 1
    try:
        code = main(argv)
    finally:
        os._exit(code)


def _run(argv: list[str], kill_at: int | None = None, signum: int = signal.SIGKILL,
         log: Path | None = None) -> int:
    """Return the exit status of flashgen run in a forked child (negative: killed by a signal)."""
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC) if log else None
    pid = os.fork()
    if pid == 0:
        _child(argv, kill_at, signum, fd)
    if fd is not None:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        assert os.WTERMSIG(status) != signal.SIGALRM, "a build did not end within 60 s"
        return -os.WTERMSIG(status)
    return os.WEXITSTATUS(status)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _check_consistent(out: Path, old: dict[str, bytes], new: dict[str, bytes]) -> None:
    """Assert: all old, or the manifest is the new one and each package is old or new."""
    files = {p.name: p.read_bytes() for p in out.iterdir() if not is_leftover(p.name)}
    manifest = files.pop(MANIFEST_NAME)
    # The render cache is keyed by what cards are made from, so the old one and the new
    # one are each right beside either set of packages; it must be one of the two.
    cache = files.pop(CACHE_NAME, None)
    assert cache in (old.get(CACHE_NAME), new.get(CACHE_NAME)), "the render cache is neither old nor new"
    packages = files
    old_packages = {k: v for k, v in old.items() if k not in (MANIFEST_NAME, CACHE_NAME)}
    if manifest == old[MANIFEST_NAME]:
        assert packages == old_packages, "the old manifest with new packages"
        return
    records = {r["path"]: r for r in json.loads(manifest)["packages"]}
    for name, data in packages.items():
        if name in records and _digest(data) == records[name]["file"]:
            assert data == new.get(name, data), f"{name} is neither old nor new"
        else:
            assert data == old_packages.get(name), f"{name} is not what the manifest says and not old"
    for name in new:
        if name not in (MANIFEST_NAME, CACHE_NAME):
            assert name in records, f"the manifest does not know the new package {name}"


@pytest.fixture
def states(tmp_path, scenario):
    """Return (sources, the folder of the old build, old bytes, new bytes) for one change."""
    decks = scenario("basic")
    old_out = tmp_path / "old"
    assert _run(["build", str(decks), "--out", str(old_out)]) == 0
    old = tree_bytes(old_out)
    tsh = decks / "thyroid" / "tsh.yaml"
    text = tsh.read_text()
    # Every package changes (a new name), one becomes stale (Pitfalls goes), one is new.
    text = text.replace("name: Thyroid-Stimulating Hormone", "name: Thyrotropin")
    text = text.replace("  - heading: Pitfalls\n", "  - heading: Origin\n")
    tsh.write_text(text)
    reference = tmp_path / "reference"
    shutil.copytree(old_out, reference)
    assert _run(["build", str(decks), "--out", str(reference)]) == 0
    new = tree_bytes(reference)
    assert set(new) != set(old) and all(new[k] != old[k] for k in set(new) & set(old))
    return decks, old_out, old, new


def test_builds_killed_anywhere_leave_old_or_new_and_the_next_build_completes(tmp_path, states):
    decks, old_out, old, new = states
    trace = tmp_path / "trace.log"
    probe = tmp_path / "probe"
    shutil.copytree(old_out, probe)
    assert _run(["build", str(decks), "--out", str(probe)], log=trace) == 0
    events = trace.read_text().splitlines()
    # Every event on the output folder (temporary files, renames, removals, the manifest),
    # and a few of the reading before them.
    inside = [i + 1 for i, e in enumerate(events) if str(probe) in e]
    moves = [i + 1 for i, e in enumerate(events) if " os.rename " in e or " os.remove " in e]
    renames = [i + 1 for i, e in enumerate(events) if " os.rename " in e and ".apkg" in e]
    spread = inside[:: max(1, len(inside) // 6)] + [inside[0] // 2]
    points = sorted(set(spread + moves))
    assert len([e for e in events if " os.rename " in e]) >= 5 and len(points) >= 12
    outcomes = set()
    for index, point in enumerate(points):
        # SIGKILL everywhere; SIGINT at every move and at every other point besides.
        for signum in (signal.SIGKILL, signal.SIGINT) if point in moves or index % 2 else (signal.SIGKILL,):
            out = tmp_path / f"run-{point}-{signum}"
            shutil.copytree(old_out, out)
            code = _run(["build", str(decks), "--out", str(out)], kill_at=point, signum=signum)
            outcomes.add(code)
            assert code in (-signal.SIGKILL, 130, 0), code
            _check_consistent(out, old, new)
            if signum == signal.SIGINT and point in renames:
                # Ctrl-C while packages move into place waits until the new set is complete.
                assert code == 130 and tree_bytes(out) == new
            assert _run(["build", str(decks), "--out", str(out)]) == 0
            assert tree_bytes(out) == new, f"not the new state after a kill at event {point}"
            shutil.rmtree(out)
    assert -signal.SIGKILL in outcomes and 130 in outcomes


def test_leftovers_of_an_interrupted_build_are_removed_and_nothing_else(tmp_path, states):
    decks, old_out, old, new = states
    out = tmp_path / "out"
    out.mkdir()
    for name, data in new.items():  # the folder as the last build left it: nothing to do
        (out / name).write_bytes(data)
    kept = {".flashgen-notes.txt": b"mine", ".hidden.apkg.tmp": b"mine", "x.apkg.123.tmp": b"mine"}
    leftovers = {".flashgen-123-4.apkg.tmp": b"x", ".flashgen-abc123.anki2": b"x",
                 ".flashgen-abc123.anki2-journal": b"x", ".thyroid-metric.apkg.99.tmp": b"x",
                 "..flashgen-manifest.json.99.0.tmp": b"x", ".flashgen-7-0.tmp": b"x"}
    for name, data in {**kept, **leftovers}.items():
        (out / name).write_bytes(data)
    assert all(is_leftover(name) for name in leftovers) and not any(is_leftover(name) for name in kept)
    # Even a build with nothing to do (it skips rendering) tidies the folder.
    assert _run(["build", str(decks), "--out", str(out)]) == 0
    assert tree_bytes(out) == {**new, **kept}


def test_a_second_build_into_a_locked_folder_stops_with_a_clear_message(tmp_path, states, cli):
    decks, old_out, old, new = states
    from flashgen.output import folder_lock

    with folder_lock(old_out):
        run = cli("build", decks, "--out", old_out)
    assert run.code == 1
    assert run.err.strip().endswith("another flashgen build is writing into this folder; "
                                    "run this one when it has finished")
    assert tree_bytes(old_out) == old
    assert cli("build", decks, "--out", old_out).code == 0 and tree_bytes(old_out) == new


def test_a_build_into_a_folder_another_process_is_writing_stops_and_loses_nothing(tmp_path, scenario, cli):
    """Deck B is built while deck A's build, in another process, is moving its packages."""
    root = scenario("basic")
    deck_b = tmp_path / "more" / "gut"
    deck_b.mkdir(parents=True)
    (deck_b / "zonulin.yaml").write_text("name: Zonulin\ndefinition: Zonulin is a protein of the gut.\n",
                                         encoding="utf-8")
    out = tmp_path / "out"
    ready_read, ready_write = os.pipe()
    go_read, go_write = os.pipe()
    pid = os.fork()
    if pid == 0:
        paused = False

        def hook(event, args):
            nonlocal paused
            if event == "os.rename" and not paused:
                paused = True
                os.write(ready_write, b"1")
                os.read(go_read, 1)  # hold the folder until the other build has tried

        signal.alarm(60)
        sys.addaudithook(hook)
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.dup2(null, 2)
        code = 1
        try:
            code = main(["build", str(root), "--out", str(out)])
        finally:
            os._exit(code)
    try:
        assert os.read(ready_read, 1) == b"1"
        second = cli("build", deck_b.parent, "--out", out)
    finally:
        os.write(go_write, b"1")
        _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
    assert second.code == 1 and "another flashgen build is writing into this folder" in second.err
    assert cli("build", deck_b.parent, "--out", out).code == 0
    records = json.loads((out / MANIFEST_NAME).read_text())["packages"]
    assert {d for r in records for d in r["decks"]} == {"thyroid", "gut"}
    # Both decks' packages are still known: an unchanged build of each writes nothing.
    for source in (root, deck_b.parent):
        run = cli("build", source, "--out", out)
        assert run.code == 0 and "0 written" in run.out, run.out
