import os
import zipfile

import pytest

from conftest import tree_bytes

from flashgen import build as build_module
from flashgen.build import BuildConfig, build
from flashgen.errors import FlashgenError


def test_unchanged_sources_rebuild_to_identical_bytes(tmp_path, scenario):
    source = scenario("basic")
    build(BuildConfig(sources=(source,), out=tmp_path / "a"))
    build(BuildConfig(sources=(source,), out=tmp_path / "b"))
    assert tree_bytes(tmp_path / "a") == tree_bytes(tmp_path / "b")


def test_source_date_epoch_sets_every_time_in_the_package(tmp_path, scenario, monkeypatch):
    import sqlite3

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    source = scenario("basic")
    result = build(BuildConfig(sources=(source,), out=tmp_path / "out"))
    with zipfile.ZipFile(result.packages[0]) as archive:
        (tmp_path / "col.anki2").write_bytes(archive.read("collection.anki2"))
    db = sqlite3.connect(tmp_path / "col.anki2")
    assert {row[0] for row in db.execute("select mod from notes")} == {1700000000}
    db.close()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(FlashgenError) as caught:
        build(BuildConfig(sources=(source,), out=tmp_path / "out2"))
    assert "SOURCE_DATE_EPOCH must be a whole number" in str(caught.value)


def test_an_edited_source_gives_a_newer_package_time(tmp_path, scenario):
    source = scenario("basic")
    out = tmp_path / "out"
    build(BuildConfig(sources=(source,), out=out))
    plans_before = build_module.plan_packages(build_module.prepare([source]), out)
    tsh = source / "thyroid" / "tsh.yaml"
    # An edit after the last build: newer than every input of it, templates included.
    newest = max(p.timestamp for p in plans_before)
    os.utime(tsh, (tsh.stat().st_atime, newest + 5))
    plans_after = build_module.plan_packages(build_module.prepare([source]), out)
    times = {p.path.name: (a.timestamp, p.timestamp) for a, p in zip(plans_before, plans_after)}
    assert times["thyroid-metric.apkg"][1] > times["thyroid-metric.apkg"][0]


def test_packages_are_deflated_with_fixed_entry_dates(tmp_path, scenario):
    result = build(BuildConfig(sources=(scenario("basic"),), out=tmp_path / "out"))
    with zipfile.ZipFile(result.packages[0]) as archive:
        infos = archive.infolist()
    assert [i.filename for i in infos] == ["collection.anki2", "media"]
    assert all(i.compress_type == zipfile.ZIP_DEFLATED for i in infos)
    assert all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in infos)
    assert infos[0].compress_size < infos[0].file_size / 2


def test_no_temporary_file_is_left_anywhere(tmp_path, scenario, monkeypatch):
    temp = tmp_path / "tmpdir"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # make tempfile read TMPDIR again
    out = tmp_path / "out"
    result = build(BuildConfig(sources=(scenario("basic"),), out=out))
    assert list(temp.iterdir()) == []
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in result.packages)


def test_a_build_failing_while_writing_leaves_earlier_outputs_untouched(tmp_path, scenario, monkeypatch):
    source = scenario("basic")
    out = tmp_path / "out"
    build(BuildConfig(sources=(source,), out=out))
    earlier = tree_bytes(out)
    tsh = source / "thyroid" / "tsh.yaml"
    tsh.write_text(tsh.read_text().replace("Biotin", "High-dose biotin"))
    real_write = build_module.write_package
    calls = []

    def fail_on_third(decks, path, timestamp, templates, sources=None):
        calls.append(path)
        if len(calls) == 3:
            raise OSError(28, "No space left on device", str(path))
        real_write(decks, path, timestamp, templates, sources)

    monkeypatch.setattr(build_module, "write_package", fail_on_third)
    with pytest.raises(FlashgenError) as caught:
        build(BuildConfig(sources=(source,), out=out))
    assert "cannot write package: No space left on device" in str(caught.value)
    assert tree_bytes(out) == earlier


def test_cards_that_would_share_a_note_are_an_error_naming_both(tmp_path, scenario, monkeypatch):
    monkeypatch.setattr("flashgen.cards.card_guid", lambda key: "same")
    with pytest.raises(FlashgenError) as caught:
        build(BuildConfig(sources=(scenario("basic"),), out=tmp_path / "out", kinds=("qa",)))
    message = str(caught.value)
    assert "would share its Anki note with" in message
    assert "reverse-t3.yaml" in message and "tsh.yaml" in message
    assert not (tmp_path / "out").exists()
