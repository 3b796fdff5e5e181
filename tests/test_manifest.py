import pytest

from flashgen.errors import OutputError
from flashgen.manifest import (MANIFEST_NAME, Manifest, NoteRecord, PackageRecord, package_time,
                               read_manifest, write_manifest)


def record(path: str, digest: str, timestamp: int) -> PackageRecord:
    return PackageRecord(path, ("deck",), digest, timestamp, "f" * 64,
                         (NoteRecord("deck/term/definition/qa", "fgX", "c" * 64, time=timestamp),
                          NoteRecord("deck/term/metric/qa", "fgY", "d" * 64, time=timestamp - 500)))


LAST = Manifest((record("deck-definition.apkg", "a", 1000), record("deck-metric.apkg", "b", 2000)))


def test_unchanged_content_keeps_its_time_whatever_the_sources_say():
    assert package_time(5000, "deck-definition.apkg", "a", LAST) == 1000
    assert package_time(10, "deck-definition.apkg", "a", LAST) == 1000


def test_changed_content_is_newer_than_anything_the_last_build_wrote():
    assert package_time(10, "deck-definition.apkg", "changed", LAST) == 2001
    assert package_time(10, "deck-new.apkg", "new", LAST) == 2001
    assert package_time(3000, "deck-definition.apkg", "changed", LAST) == 3000


def test_without_a_last_build_the_sources_time_is_used():
    assert package_time(10, "deck-definition.apkg", "a", Manifest()) == 10


def test_the_manifest_reads_back_what_was_written_and_is_not_rewritten_unchanged(tmp_path):
    assert read_manifest(tmp_path) == Manifest()
    assert write_manifest(tmp_path, LAST) is True
    assert read_manifest(tmp_path) == LAST
    inode = (tmp_path / MANIFEST_NAME).stat().st_ino
    assert write_manifest(tmp_path, LAST) is False
    assert (tmp_path / MANIFEST_NAME).stat().st_ino == inode
    assert [p.name for p in tmp_path.iterdir()] == [MANIFEST_NAME]


def test_a_manifest_known_to_differ_from_the_one_read_is_written_and_one_equal_to_it_is_not(tmp_path):
    write_manifest(tmp_path, LAST)
    read = read_manifest(tmp_path)
    inode = (tmp_path / MANIFEST_NAME).stat().st_ino
    assert write_manifest(tmp_path, LAST, read=read) is False
    assert (tmp_path / MANIFEST_NAME).stat().st_ino == inode
    changed = Manifest((record("deck-definition.apkg", "a", 1000), record("deck-metric.apkg", "c", 3000)))
    assert write_manifest(tmp_path, changed, read=read) is True
    assert read_manifest(tmp_path) == changed


@pytest.mark.parametrize("path", ["../outside.apkg", "sub/deck.apkg", "notes.txt", ".flashgen-manifest.json"])
def test_a_manifest_naming_a_file_outside_the_folder_is_refused(tmp_path, path):
    write_manifest(tmp_path, Manifest((record(path, "a", 1),)))
    with pytest.raises(OutputError) as caught:
        read_manifest(tmp_path)
    assert "is not a package file name" in str(caught.value)
