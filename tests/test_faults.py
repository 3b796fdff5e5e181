"""Full and read-only disks, odd templates and settings: one-line errors, earlier output intact."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, import_package, tree_bytes
from flashgen.build import BuildConfig, build
from flashgen.output import is_leftover


def _can_mount() -> bool:
    return os.geteuid() == 0 and shutil.which("mount") is not None


@pytest.fixture
def small_disk(tmp_path):
    """Return a mounted tmpfs of 2 MB and a function that remounts it with options."""
    if not _can_mount():
        pytest.skip("needs root to mount a small file system")
    point = tmp_path / "disk"
    point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(point)],
                          capture_output=True)
    if done.returncode:
        pytest.skip(f"cannot mount tmpfs here: {done.stderr.decode().strip()}")

    def remount(options: str) -> None:
        subprocess.run(["mount", "-o", f"remount,{options}", str(point)], check=True)

    yield point, remount
    subprocess.run(["umount", str(point)], check=True)


def _fill(folder: Path) -> None:
    with open(folder / "filler", "wb") as f:
        try:
            while True:
                f.write(b"\0" * 65536)
                f.flush()
        except OSError:
            pass


def _one_error(run, *fragments: str) -> None:
    assert run.code == 1, run
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), run.err
    assert "Traceback" not in run.err
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


def _edit(decks: Path) -> None:
    tsh = decks / "thyroid" / "tsh.yaml"
    tsh.write_text(tsh.read_text().replace("name: Thyroid-Stimulating Hormone", "name: Thyrotropin"))


@pytest.mark.parametrize("fault", ["full", "read-only"])
def test_a_full_or_read_only_disk_gives_one_error_and_keeps_earlier_output(small_disk, scenario, cli, fault):
    point, remount = small_disk
    decks = scenario("basic")
    out = point / "out"
    assert cli("build", decks, "--out", out).code == 0
    earlier = tree_bytes(out)
    _edit(decks)
    if fault == "full":
        _fill(point)
    else:
        remount("ro")
    run = cli("build", decks, "--out", out)
    reason = "disk is full" if fault == "full" else "Read-only file system"
    _one_error(run, "cannot write package", reason)
    assert tree_bytes(out) == earlier  # nothing changed, no temporary file left
    if fault == "read-only":
        remount("rw")
    else:
        (point / "filler").unlink()
    assert cli("build", decks, "--out", out).code == 0


def test_a_full_disk_while_printing_gives_one_error(small_disk, scenario, cli):
    point, _ = small_disk
    decks = scenario("basic")
    _fill(point)
    run = cli("print", decks, "--out", point / "cards.pdf")
    _one_error(run, "cards.pdf", "No space left on device")
    assert sorted(p.name for p in point.iterdir()) == ["filler"]


def test_an_import_that_fills_the_disk_writes_no_term_file(small_disk, tmp_path, cli):
    point, _ = small_disk
    page = tmp_path / "knots.txt"
    page.write_text("Knot Glossary\n\n" + "".join(
        f"Hitch {n}: A hitch that grips the spar when the load comes on and slips free when eased.\n"
        for n in range(40)), encoding="utf-8")
    # Room for a few of the forty term files, not for all of them.
    _fill(point)
    filler = point / "filler"
    os.truncate(filler, filler.stat().st_size - 8 * 4096)
    deck = point / "knots"
    run = cli("import", page, "--out", deck)
    _one_error(run, "cannot write the term file", "No space left on device")
    assert not deck.exists()  # made for the import, and removed with its half-written files
    deck.mkdir()
    run = cli("import", page, "--out", deck)
    _one_error(run, "No space left on device")
    assert list(deck.iterdir()) == []
    filler.unlink()
    assert cli("import", page, "--out", deck).code == 0
    assert len(list(deck.iterdir())) == 40


def test_a_new_output_folder_on_a_read_only_disk(small_disk, scenario, cli):
    point, remount = small_disk
    remount("ro")
    _one_error(cli("build", scenario("basic"), "--out", point / "out"), "cannot make the output folder")


def test_long_headings_give_short_file_names_that_import(tmp_path, cli, collection):
    deck = tmp_path / "decks" / "long"
    deck.mkdir(parents=True)
    heading = "A heading that goes on " + "and on " * 40
    (deck / "a.yaml").write_text("name: Alpha\ndefinition: Alpha is the first letter.\nsections:\n"
                                 f"  - heading: {heading}\n    text: It goes on.\n"
                                 f"  - heading: {heading} twice\n    text: It goes on again.\n",
                                 encoding="utf-8")
    run = cli("build", tmp_path / "decks", "--out", tmp_path / "out")
    assert run.code == 0, run.err
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert sum(n.endswith(".apkg") for n in names) == 3 and all(len(n) <= 120 for n in names), names
    for name in names:
        if name.endswith(".apkg"):
            import_package(collection, tmp_path / "out" / name)
    decks = {d.name for d in collection.decks.all_names_and_ids()}
    assert sum(1 for d in decks if d.startswith("Long::A heading")) == 2


@pytest.mark.parametrize("content, fragments", [
    (b"\xff\xfe{% block front %}x{% endblock %}", ("metric.html.j2:1:", "not UTF-8")),
    (b"{% block front %}{{ 1/0 }}{% endblock %}{% block back %}x{% endblock %}",
     ("metric.html.j2:1:", "division by zero")),
    (b"{% block front %}{{ term.name.nope() }}{% endblock %}{% block back %}x{% endblock %}",
     ("metric.html.j2:1:",)),
    (None, ("metric.html.j2", "is a folder")),
])
def test_broken_templates_give_one_error(tmp_path, scenario, cli, content, fragments):
    decks = scenario("basic")
    templates = tmp_path / "mine"
    templates.mkdir()
    if content is None:
        (templates / "metric.html.j2").mkdir()
    else:
        (templates / "metric.html.j2").write_bytes(content)
    for command in ("check", "build"):
        _one_error(cli(command, decks, "--templates", templates, "--out", tmp_path / "out")
                   if command == "build" else cli(command, decks, "--templates", templates), *fragments)
    assert not (tmp_path / "out").exists()


def test_times_out_of_range_are_errors(tmp_path, scenario, cli, monkeypatch):
    decks = scenario("basic")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "9" * 30)
    _one_error(cli("build", decks, "--out", tmp_path / "out"), "SOURCE_DATE_EPOCH must lie between")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "-5")
    _one_error(cli("build", decks, "--out", tmp_path / "out"), "SOURCE_DATE_EPOCH must lie between")
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert cli("build", decks, "--out", tmp_path / "out").code == 0
    manifest = tmp_path / "out" / ".flashgen-manifest.json"
    for bad in ("1" + "0" * 40, "1" + "0" * 5000):
        data = manifest.read_text()
        json.loads(data)
        changed = data.replace('"timestamp": ', f'"timestamp": {bad}', 1)
        manifest.write_text(changed)
        _one_error(cli("build", decks, "--out", tmp_path / "out"), ".flashgen-manifest.json",
                   "delete it")
        manifest.write_text(data)


def test_a_closed_pipe_ends_quietly(tmp_path):
    decks = tmp_path / "decks"
    shutil.copytree(REPO / "decks", decks)
    script = ("import sys; from flashgen.cli import main; sys.exit(main(sys.argv[1:]))")
    read, write = os.pipe()
    os.close(read)  # the reader has gone before the first line, as ``head -0`` would
    try:
        done = subprocess.run([sys.executable, "-c", script, "diff", str(decks), "--out", str(tmp_path / "out")],
                              stdout=write, stderr=subprocess.PIPE, timeout=120)
    finally:
        os.close(write)
    assert done.stderr.decode() == "" and done.returncode == 141


def test_control_characters_in_file_names_are_shown_escaped(tmp_path, cli):
    page = tmp_path / "bad\x1b[31mname.yaml"
    page.write_text("name: [\n", encoding="utf-8")
    run = cli("check", page)
    _one_error(run, "bad\\x1b[31mname.yaml")
    assert "\x1b" not in run.err


def test_print_replaces_only_its_own_output(tmp_path, scenario, cli):
    decks = scenario("basic")
    term = decks / "thyroid" / "tsh.yaml"
    kept = term.read_bytes()
    notes = tmp_path / "notes.pdf"
    notes.write_bytes(b"%PDF-1.4 someone else's document")
    page = tmp_path / "page.html"
    page.write_text("<!DOCTYPE html><title>mine</title>", encoding="utf-8")
    (tmp_path / "mine").mkdir()
    template = tmp_path / "mine" / "metric.html.j2"
    template.write_text("{% extends 'default.html.j2' %}", encoding="utf-8")
    refused = [
        (("--out", term), "output path is a source file"),
        (("--templates", tmp_path / "mine", "--out", template), "output path is a template file"),
        (("--out", notes), "is not a PDF file flashgen printed"),
        (("--out", tmp_path / "ok.pdf", "--html", page), "is not an HTML file flashgen printed"),
        (("--out", tmp_path / "ok.pdf", "--html", term), "output path is a source file"),
    ]
    for options, message in refused:
        _one_error(cli("print", decks, *options), message)
    assert term.read_bytes() == kept and notes.read_bytes().startswith(b"%PDF-1.4 someone")
    assert page.read_text(encoding="utf-8").endswith("mine</title>")
    assert not (tmp_path / "ok.pdf").exists()
    same = cli("print", decks, "--out", tmp_path / "x.pdf", "--html", tmp_path / "." / "x.pdf")
    assert same.code == 2 and "same file" in same.err and not (tmp_path / "x.pdf").exists()
    # flashgen's own earlier output is replaced, as before.
    pdf, html_file = tmp_path / "cards.pdf", tmp_path / "cards.html"
    assert cli("print", decks, "--out", pdf, "--html", html_file).code == 0
    assert cli("print", decks, "--out", pdf, "--html", html_file, "--layout", "a7").code == 0
    # Both names for one file (a hard link) are refused too.
    os.link(pdf, tmp_path / "again.pdf")
    _one_error(cli("print", decks, "--out", pdf, "--html", tmp_path / "again.pdf"), "one path")


def test_files_that_exist_but_cannot_be_read_give_one_error(tmp_path, scenario, cli):
    # Tests run as root, so permissions cannot make a file unreadable; a link to
    # /proc/self/mem can: opening it works, reading its first page fails with EIO.
    if not Path("/proc/self/mem").exists():
        pytest.skip("needs /proc")
    decks = scenario("basic")
    templates = tmp_path / "mine"
    templates.mkdir()
    (templates / "metric.html.j2").symlink_to("/proc/self/mem")
    _one_error(cli("check", decks, "--templates", templates), "metric.html.j2: cannot read template")
    (decks / "thyroid" / "broken.yaml").symlink_to("/proc/self/mem")
    _one_error(cli("build", decks, "--out", tmp_path / "out"), "broken.yaml: cannot read file")
    assert not (tmp_path / "out").exists()


def test_build_replaces_no_file_it_did_not_write(tmp_path, scenario, cli):
    decks = scenario("basic")
    out = tmp_path / "out"
    out.mkdir()
    mine = out / "thyroid-metric.apkg"
    mine.write_bytes(b"my own notes, not a package")
    (out / "thyroid-mechanism.apkg").mkdir()
    run = cli("build", decks, "--out", out)
    assert run.code == 1 and "Traceback" not in run.err
    assert "thyroid-metric.apkg: exists and is not a package flashgen wrote" in run.err
    assert "thyroid-mechanism.apkg: is a folder where the package would be written" in run.err
    assert mine.read_bytes() == b"my own notes, not a package"
    assert sorted(p.name for p in out.iterdir()) == ["thyroid-mechanism.apkg", "thyroid-metric.apkg"]
    mine.unlink()
    (out / "thyroid-mechanism.apkg").rmdir()
    # Packages flashgen wrote are replaced even when the manifest is gone (as the README advises).
    assert cli("build", decks, "--out", out).code == 0
    (out / ".flashgen-manifest.json").unlink()
    assert cli("build", decks, "--out", out).code == 0
