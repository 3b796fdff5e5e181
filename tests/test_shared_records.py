"""The last build's records share this build's strings, and nothing written changes for it."""

import json
import shutil

from conftest import tree_bytes

from flashgen import manifest
from flashgen.anki import NoteDigest, PackageContent
from flashgen.build import BuildConfig, build
from flashgen.manifest import Manifest, NoteRecord, PackageRecord, Planned, note_times, shared
from flashgen.rendering import CACHE_NAME


def _copy(text: str) -> str:
    """Return a string equal to ``text`` that is another object."""
    return "".join(list(text))


def _record(path: str, notes: tuple[NoteRecord, ...]) -> PackageRecord:
    return PackageRecord(path, ("d",), "content-" + path, 1_600_000_000, "file-" + path, notes,
                         (("d/mechanism", "D::Mechanism"),))


def test_shared_records_equal_the_last_builds_and_hold_the_new_strings():
    kept = NoteRecord("d/tsh/mechanism/qa", "Gq1#", "a" * 64, 1234, time=1_600_000_000)
    edited = NoteRecord("d/tsh/mechanism/cloze/x", "Hr2$", "b" * 64, 1235, time=1_500_000_000)
    gone = NoteRecord("d/tsh/mechanism/cloze/y", "Js3%", "c" * 64, None, time=1_600_000_000)
    unread_note = NoteRecord("d/t4/risk/qa", "Kt4&", "d" * 64, 99, time=1_600_000_000)
    written = _record("d-mechanism.apkg", (kept, edited, gone))
    unread = _record("d-risk.apkg", (unread_note,))
    previous = Manifest((written, unread), None)
    again = NoteDigest(_copy(kept.key), _copy(kept.guid), _copy(kept.digest), 1234)
    changed = NoteDigest(_copy(edited.key), _copy(edited.guid), "e" * 64, 1235)
    added = NoteDigest("d/tsh/mechanism/cloze/z", "Lu5*", "f" * 64, 77)
    planned = [Planned(written.path, written.decks, PackageContent("new", (again, changed, added))),
               Planned(unread.path, unread.decks, PackageContent(unread.digest, unread.notes))]

    result = shared(previous, planned)

    assert result == previous
    first, second, third = result.packages[0].notes
    assert first.key is again.key and first.guid is again.guid and first.digest is again.digest
    assert first.time == kept.time and first.nid == kept.nid
    assert second is edited and third is gone  # changed or no longer built: left as read
    assert result.packages[1] is unread  # its notes are the planned package's own


def test_nothing_to_share_returns_the_manifest_itself():
    record = _record("d-risk.apkg", (NoteRecord("d/t4/risk/qa", "Kt4&", "d" * 64, 99, time=5),))
    previous = Manifest((record,), None)
    planned = [Planned(record.path, record.decks, PackageContent(record.digest, record.notes))]
    assert shared(previous, planned) is previous
    assert shared(Manifest(), planned) == Manifest()


def test_note_times_keep_the_records_of_unchanged_notes_and_equal_new_ones():
    old = NoteRecord("d/tsh/definition/qa", "Mv6(", "a" * 64, 5, time=1_500_000_000)
    moved_id = NoteRecord("d/tsh/definition/cloze/q", "Nw7)", "b" * 64, 6, time=1_500_000_000)
    previous = Manifest((_record("d-definition.apkg", (old, moved_id)),), None)
    notes = [NoteDigest(old.key, old.guid, old.digest, 5), NoteDigest(moved_id.key, moved_id.guid, moved_id.digest, 8),
             NoteDigest("d/tsh/definition/cloze/r", "Ox8-", "c" * 64, 9)]
    times = note_times(1_700_000_000, notes, previous)
    assert times == (old, NoteRecord(moved_id.key, moved_id.guid, moved_id.digest, 8, time=1_500_000_000),
                     NoteRecord("d/tsh/definition/cloze/r", "Ox8-", "c" * 64, 9, time=1_700_000_000))
    assert times[0] is old


def test_a_rebuild_rendering_every_term_again_writes_what_it_wrote_without_sharing(tmp_path, scenario, monkeypatch):
    # As the first build after flashgen changed: no cached cards, a manifest in the folder,
    # and one edited sentence, so that a package is written and its other notes kept.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    source = scenario("basic")
    first = tmp_path / "first"
    build(BuildConfig(sources=(source,), out=first))
    tsh = source / "thyroid" / "tsh.yaml"
    tsh.write_text(tsh.read_text().replace("about 0.4 to 4.0", "roughly 0.4 to 4.0"))
    outs = []
    for name, share in (("shared", True), ("unshared", False)):
        out = tmp_path / name
        shutil.copytree(first, out)
        (out / CACHE_NAME).unlink()
        if not share:
            monkeypatch.setattr(manifest, "shared", lambda previous, planned: previous)
        result = build(BuildConfig(sources=(source,), out=out))
        assert result.written and result.unchanged
        outs.append(out)
    assert tree_bytes(outs[0]) == tree_bytes(outs[1])


def test_the_manifest_written_a_few_notes_at_a_time_is_the_one_written_a_package_at_a_time(monkeypatch):
    notes = tuple(NoteRecord(f"d/term{i}/risk/cloze/k{i}", f"g{i}", f"{i:064x}", None if i % 7 == 0 else 1000 + i,
                             time=1_600_000_000 if i % 3 else 1_500_000_000) for i in range(5))
    records = (_record("d-risk.apkg", notes), _record("d-empty.apkg", ()), _record("d-two.apkg", notes[:2]))
    built = Manifest(records, manifest.LastBuild("inputs", ("d-risk.apkg",), 5))
    pieces = {}
    for size in (1, 2, 3, 10_000):
        monkeypatch.setattr(manifest, "_NOTES_AT_ONCE", size)
        pieces[size] = list(manifest._manifest_chunks(built))
    whole = b"".join(pieces[10_000])
    assert all(b"".join(p) == whole for p in pieces.values())
    assert len(pieces[1]) > len(pieces[10_000])  # the small size did cut the notes
    assert json.loads(whole)["packages"][0]["cards"]["d/term4/risk/cloze/k4"] == \
        {"guid": "g4", "content": f"{4:064x}", "nid": 1004}


def test_a_written_manifest_reads_back_as_its_records(tmp_path, monkeypatch):
    monkeypatch.setattr(manifest, "_NOTES_AT_ONCE", 2)
    notes = tuple(NoteRecord(f"d/t/risk/cloze/{i}", f"g{i}", f"{i:064x}", i or None, time=10 + i % 2) for i in range(5))
    built = Manifest((_record("d-risk.apkg", notes), _record("d-empty.apkg", ())), None)
    manifest.write_manifest(tmp_path, built)
    assert manifest.read_manifest(tmp_path) == built
