import os
import zipfile

import pytest

from conftest import tree_bytes

from flashgen import build as build_module
from flashgen.build import BuildConfig, build
from flashgen.errors import FlashgenError
from flashgen.rendering import CACHE_NAME
from flashgen.manifest import MANIFEST_NAME


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
    assert sorted(p.name for p in out.iterdir()) == sorted([MANIFEST_NAME, CACHE_NAME] + [p.name for p in result.packages])


def test_a_build_failing_while_writing_leaves_earlier_outputs_untouched(tmp_path, scenario, monkeypatch):
    source = scenario("basic")
    out = tmp_path / "out"
    build(BuildConfig(sources=(source,), out=out))
    earlier = tree_bytes(out)
    tsh = source / "thyroid" / "tsh.yaml"
    # A new name changes all four of the term's packages, so the third write is reached.
    tsh.write_text(tsh.read_text().replace("name: Thyroid-Stimulating Hormone", "name: Thyrotropin"))
    real_write = build_module.write_package
    calls = []

    def fail_on_third(decks, path, timestamp, templates, sources=None, **options):
        calls.append(decks[-1].name)  # the topic deck; the first is its parent
        if len(calls) == 3:
            raise OSError(28, "No space left on device", str(path))
        real_write(decks, path, timestamp, templates, sources, **options)

    monkeypatch.setattr(build_module, "write_package", fail_on_third)
    with pytest.raises(FlashgenError) as caught:
        build(BuildConfig(sources=(source,), out=out))
    assert "cannot write package: No space left on device" in str(caught.value)
    # The message names the package, not the temporary file being written.
    third = "thyroid-" + calls[2].split("::")[1].lower() + ".apkg"
    assert str(caught.value).startswith(f"{out / third}: ") and ".tmp" not in str(caught.value)
    assert tree_bytes(out) == earlier


def test_cards_that_would_share_a_note_are_an_error_naming_both(tmp_path, scenario, monkeypatch):
    monkeypatch.setattr("flashgen.cards.card_guid", lambda key: "same")
    with pytest.raises(FlashgenError) as caught:
        build(BuildConfig(sources=(scenario("basic"),), out=tmp_path / "out", kinds=("qa",)))
    message = str(caught.value)
    assert "would share its Anki note with" in message
    assert "reverse-t3.yaml" in message and "tsh.yaml" in message
    assert not (tmp_path / "out").exists()


def test_two_packages_on_one_path_are_an_error_naming_both_decks(tmp_path, cli):
    # Deck "a" with topic "b-c" and deck "a-b" with topic "c" both make a-b-c.apkg.
    for deck, heading in (("a", "B C"), ("a-b", "C")):
        folder = tmp_path / "decks" / deck
        folder.mkdir(parents=True)
        (folder / "term.yaml").write_text(
            f"name: Term\ndefinition: A term.\nsections:\n  - heading: {heading}\n    text: Text.\n")
    out = tmp_path / "out"
    run = cli("build", tmp_path / "decks", "--out", out)
    assert run.code == 1
    assert run.err == (f"error: {out / 'a-b-c.apkg'}: two packages would be written to this path: "
                       f"'A::B C' from {tmp_path / 'decks' / 'a'} and "
                       f"'A B::C' from {tmp_path / 'decks' / 'a-b'}\n")
    assert not out.exists()


def test_two_terms_with_one_id_are_an_error_naming_both_files(tmp_path, cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    deck = tmp_path / "decks" / "glands"
    deck.mkdir(parents=True)
    for name in ("pineal", "pineal-gland"):
        (deck / f"{name}.yaml").write_text("id: pineal\nname: Pineal\ndefinition: A small gland.\n")
    run = cli("build", "decks", "--out", "out")
    assert run.code == 1
    assert run.err == ("error: decks/glands/pineal.yaml:1: term id 'pineal' is already used by "
                       "decks/glands/pineal-gland.yaml\n")
    assert not (tmp_path / "out").exists()


def test_two_deck_folders_with_one_name_are_an_error_naming_both(tmp_path, cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for parent in ("mine", "theirs"):
        deck = tmp_path / parent / "glands"
        deck.mkdir(parents=True)
        (deck / "pineal.yaml").write_text("name: Pineal\ndefinition: A small gland.\n")
    run = cli("build", "mine", "theirs", "--out", "out")
    assert run.code == 1
    assert run.err == ("error: theirs/glands: deck name 'glands' is also the name of mine/glands; "
                       "their packages would overwrite each other\n")
    assert not (tmp_path / "out").exists()
