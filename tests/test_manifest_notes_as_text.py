"""The last build's notes are held as the manifest's text until the cards are rendered,
then made of the cards' strings; what a rebuild writes does not change for it."""

import json
import shutil

import pytest
from conftest import tree_bytes

from flashgen import manifest
from flashgen.anki import NoteDigest, PackageContent
from flashgen.build import BuildConfig, build
from flashgen.errors import OutputError
from flashgen.manifest import MANIFEST_NAME, Manifest, NoteRecord, PackageRecord, Planned, read_manifest
from flashgen.pagecache import PAGES_NAME
from flashgen.rendering import CACHE_NAME


def _copy(text: str) -> str:
    """Return a string equal to ``text`` that is another object."""
    return "".join(list(text))


def _written(tmp_path) -> Manifest:
    notes = (NoteRecord("d/t1/risk/qa", "Pa1!", "a" * 64, 41, time=1_600_000_000),
             NoteRecord("d/t2/risk/cloze/k", "Qb2@", "b" * 64, None, time=1_500_000_000))
    record = PackageRecord("d-risk.apkg", ("d",), "content", 1_600_000_000, "file", notes,
                           (("d/risk", "D::Risk"),))
    built = Manifest((record,), None)
    manifest.write_manifest(tmp_path, built)
    return built


def test_reading_a_manifest_makes_no_note_records_until_they_are_asked_for(tmp_path, monkeypatch):
    built = _written(tmp_path)
    made = []
    monkeypatch.setattr(manifest, "NoteRecord", lambda *a, **k: made.append(a) or NoteRecord(*a, **k))
    read = read_manifest(tmp_path)
    (record,) = read.packages
    assert made == [] and "notes" not in vars(record)
    assert record.path == "d-risk.apkg" and record.anki_decks == (("d/risk", "D::Risk"),)
    assert record.notes == built.packages[0].notes and len(made) == 2
    assert record.notes is record.notes and len(made) == 2  # decoded once, then kept
    assert read == built


def test_decoded_notes_take_the_strings_of_the_cards_of_the_same_key_and_guid(tmp_path):
    built = _written(tmp_path)
    first, second = built.packages[0].notes
    same = NoteDigest(_copy(first.key), _copy(first.guid), "c" * 64, 41)
    other_guid = NoteDigest(_copy(second.key), "Zz9#", "d" * 64, 7)
    read = read_manifest(tmp_path)
    read.decode([same, other_guid])
    kept, left = read.packages[0].notes
    assert kept.key is same.key and kept.guid is same.guid
    assert left.key is not other_guid.key and left.guid == second.guid  # another note: its own strings
    assert read == built  # the values are the last build's, whoever lends the strings


def test_a_damaged_note_is_reported_when_the_notes_are_decoded(tmp_path):
    _written(tmp_path)
    path = tmp_path / MANIFEST_NAME
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["packages"][0]["cards"]["d/t1/risk/qa"]["guid"]
    path.write_text(json.dumps(data), encoding="utf-8")
    read = read_manifest(tmp_path)
    with pytest.raises(OutputError, match=r"build manifest is damaged \(KeyError: 'guid'\)"):
        read.packages[0].notes
    with pytest.raises(OutputError, match="damaged"):
        read.decode([])


def test_a_number_too_large_for_a_note_is_a_damaged_manifest(tmp_path):
    field = "nid"
    _written(tmp_path)
    path = tmp_path / MANIFEST_NAME
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    note = data["packages"][0]["cards"]["d/t1/risk/qa"]
    assert field in note
    number = str(note[field])
    assert f'"{field}": {number}' in text
    path.write_text(text.replace(f'"{field}": {number}', f'"{field}": 1e400', 1), encoding="utf-8")
    with pytest.raises(OutputError, match=r"build manifest is damaged \(OverflowError"):
        read_manifest(tmp_path).packages[0].notes


def test_a_no_op_rebuild_decodes_no_note(tmp_path, scenario, monkeypatch):
    out = tmp_path / "out"
    source = scenario("basic")
    build(BuildConfig(sources=(source,), out=out))
    monkeypatch.setattr(manifest, "_notes", lambda *a, **k: pytest.fail("a note was decoded"))
    result = build(BuildConfig(sources=(source,), out=out))
    assert result.unchanged and not result.written


@pytest.mark.parametrize("edit", [False, True])
def test_a_rebuild_rendering_every_term_into_a_built_folder_writes_the_bytes_of_notes_read_whole(
        tmp_path, scenario, monkeypatch, edit):
    # As the first build after flashgen changed: neither cache, a manifest in the folder,
    # every package described again (and, with the edit, one written).
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    source = scenario("basic")
    first = tmp_path / "first"
    build(BuildConfig(sources=(source,), out=first))
    tsh = source / "thyroid" / "tsh.yaml"
    if edit:
        tsh.write_text(tsh.read_text().replace("about 0.4 to 4.0", "roughly 0.4 to 4.0"))
    else:  # other inputs, the same cards
        tsh.write_text(tsh.read_text() + "\n# checked against the lab's reference ranges\n")
    outs = []
    for name, as_text in (("as-text", True), ("whole", False)):
        out = tmp_path / name
        shutil.copytree(first, out)
        (out / CACHE_NAME).unlink()
        (out / PAGES_NAME).unlink(missing_ok=True)
        if not as_text:
            # Every record's notes decoded as the manifest is read, as before.
            monkeypatch.setattr(manifest, "read_manifest", _read_whole(manifest.read_manifest))
        result = build(BuildConfig(sources=(source,), out=out))
        assert bool(result.written) == edit and result.unchanged
        outs.append(out)
    assert tree_bytes(outs[0]) == tree_bytes(outs[1])


def _read_whole(read):
    def read_whole(out):
        found = read(out)
        for record in found.packages:
            assert record.notes is not None
        return found
    return read_whole


def test_sharing_gives_the_records_their_notes_in_place(tmp_path):
    built = _written(tmp_path)
    first, second = built.packages[0].notes
    read = read_manifest(tmp_path)
    read.decode([])  # no card lends its strings: every note its own copies
    record = read.packages[0]
    again = NoteDigest(_copy(first.key), _copy(first.guid), _copy(first.digest), first.nid)
    planned = [Planned(record.path, record.decks, PackageContent("new", (again,)))]
    result = manifest.shared(read, planned)
    assert result is read and result.packages[0] is record  # no second set of records beside the first
    shared_note, left = record.notes
    assert shared_note.digest is again.digest and shared_note.key is again.key
    assert left == second and result == built
