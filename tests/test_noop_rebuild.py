"""A rebuild whose inputs have not changed since the last build renders and writes nothing."""

import os
import re

import pytest

import flashgen.build
from conftest import tree_bytes


def _times(folder):
    return {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}


def _summary(out: str) -> list[str]:
    return [re.sub(r", \d+\.\d s in ", " in ", line) for line in out.splitlines()]


@pytest.fixture
def no_rendering(monkeypatch):
    """Make any rendering or packaging fail the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("a no-op rebuild rendered or wrote something")

    def apply():
        monkeypatch.setattr(flashgen.build, "prepare", refuse)
        monkeypatch.setattr(flashgen.build, "write_package", refuse)

    return apply


def test_noop_rebuild_writes_nothing_and_still_reports_the_summary(cli, scenario, tmp_path, no_rendering):
    source = scenario("basic")
    out = tmp_path / "out"
    first = cli("build", source, "--out", out)
    assert first.code == 0, first.err
    before, times = tree_bytes(out), _times(out)
    no_rendering()
    again = cli("build", source, "--out", out)
    assert again.code == 0, again.err
    assert _summary(again.out) == [_summary(first.out)[0], "0 written, 4 unchanged"]
    assert tree_bytes(out) == before
    assert _times(out) == times


def test_noop_rebuild_reports_the_warnings_again(cli, tmp_path, no_rendering):
    from conftest import DATA

    deck = tmp_path / "pages"
    deck.mkdir()
    for name in ("gallbladder_latin1.txt", "zonulin_crlf.txt"):
        (deck / name).write_bytes((DATA / "pages" / name).read_bytes())
    out = tmp_path / "out"
    first = cli("build", deck, "--out", out)
    assert first.code == 0, first.err
    assert "warning: " in first.err
    no_rendering()
    again = cli("build", deck, "--out", out)
    assert again.code == 0, again.err
    assert again.err == first.err
    assert _summary(again.out)[0] == _summary(first.out)[0]


def test_a_source_changed_after_a_noop_rebuild_is_built(cli, scenario, tmp_path):
    source = scenario("basic")
    out = tmp_path / "out"
    assert cli("build", source, "--out", out).code == 0
    assert cli("build", source, "--out", out).code == 0  # no-op
    package = out / "thyroid-metric.apkg"
    old = package.read_bytes()
    tsh = source / "thyroid" / "tsh.yaml"
    tsh.write_text(tsh.read_text().replace("about 0.4 to 4.0", "roughly 0.4 to 4.0"))
    run = cli("build", source, "--out", out)
    assert run.code == 0, run.err
    assert "1 written, 3 unchanged" in run.out
    assert package.read_bytes() != old


@pytest.mark.parametrize("change", ["delete a package", "alter a package", "other options", "edit a template"])
def test_a_noop_rebuild_is_not_taken_when_anything_else_changed(cli, scenario, tmp_path, change):
    source = scenario("basic")
    out = tmp_path / "out"
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "note.css").write_text(".card { color: black; }\n")
    options = ["--templates", templates]
    assert cli("build", source, "--out", out, *options).code == 0
    package = out / "thyroid-metric.apkg"
    expected = package.read_bytes()
    if change == "delete a package":
        package.unlink()
    elif change == "alter a package":
        package.write_bytes(b"not a package")
    elif change == "other options":
        options.append("--single")
    else:
        (templates / "note.css").write_text(".card { color: navy; }\n")
    run = cli("build", source, "--out", out, *options)
    assert run.code == 0, run.err
    if change in ("delete a package", "alter a package"):
        assert "1 written, 3 unchanged" in run.out
        assert package.read_bytes() == expected
    elif change == "other options":
        assert (out / "thyroid.apkg").exists() and not package.exists()
    else:
        assert "unchanged" not in run.out
        assert package.read_bytes() != expected


def test_the_manifest_records_the_last_build(cli, scenario, tmp_path):
    from flashgen import manifest

    source = scenario("basic")
    out = tmp_path / "out"
    assert cli("build", source, "--out", out).code == 0
    last = manifest.read_manifest(out).last_build
    assert last is not None
    assert sorted(last.packages) == sorted(p.name for p in out.glob("*.apkg"))
    assert last.cards == 19
    assert len(last.inputs) == 64 and os.path.isdir(out)


# The card code and the cloze chooser too: the no-op check lists template files and
# reads term files without either.
_HEAVY = ("genanki", "jinja2", "reportlab", "nupunkt", "flashgen.cards", "flashgen.cloze", "flashgen.keyphrases",
          "flashgen.sheets", "inflect", "typeguard")
_IMPORTED = """
import sys
from flashgen.cli import main
code = main(sys.argv[1:])
print("imported:", ",".join(m for m in {heavy!r} if m in sys.modules))
sys.exit(code)
""".format(heavy=_HEAVY)


def _build_in_subprocess(source, out):
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-c", _IMPORTED, "build", str(source), "--out", str(out)],
                         capture_output=True, text=True, check=True)
    (line,) = [line for line in run.stdout.splitlines() if line.startswith("imported:")]
    return run.stdout, set(filter(None, line.removeprefix("imported:").strip().split(",")))


def test_noop_rebuild_imports_neither_genanki_jinja_reportlab_nor_the_card_code(scenario, tmp_path):
    source = scenario("basic")
    out = tmp_path / "out"
    first, imported = _build_in_subprocess(source, out)
    assert "4 packages" in first
    assert {"genanki", "jinja2", "nupunkt", "flashgen.cards", "flashgen.cloze"} <= imported  # rendering needs them
    # Only printing needs the sheet code; inflect is imported without typeguard's checks.
    assert "inflect" in imported and not {"flashgen.sheets", "typeguard"} & imported
    again, imported = _build_in_subprocess(source, out)
    assert "0 written, 4 unchanged" in again
    assert imported == set()
