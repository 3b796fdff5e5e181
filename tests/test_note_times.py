"""After an edit, Anki's import log names as updated only the notes whose content changed."""

import json

from test_rebuild import import_all as _import_all

from flashgen.build import BuildConfig, build
from flashgen.manifest import MANIFEST_NAME


def _notes(out):
    """Return each card key's note digest, GUID and time as the manifest records them."""
    data = json.loads((out / MANIFEST_NAME).read_text())
    return {key: (note["content"], note["guid"], note.get("time", package["timestamp"]))
            for package in data["packages"] for key, note in package["cards"].items()}


def _note_fields(col, guid):
    return col.get_note(col.db.scalar("select id from notes where guid=?", guid)).fields


def test_only_changed_notes_are_updated_after_each_edit(tmp_path, scenario, collection, monkeypatch):
    # A fixed epoch: only the manifest can make the changed notes look newer.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    source = scenario("basic")
    out = tmp_path / "out"
    build(BuildConfig(sources=(source,), out=out))
    assert _import_all(collection, out)["new"] == len(_notes(out))
    tsh = source / "thyroid" / "tsh.yaml"
    edits = [("about 0.4 to 4.0", "roughly 0.4 to 4.0"),
             ("Low thyroid hormone levels raise", "Low thyroid hormone levels increase"),
             ("roughly 0.4 to 4.0", "nearly 0.4 to 4.0")]
    kept = 0
    for old, new in edits:
        before = _notes(out)
        tsh.write_text(tsh.read_text().replace(old, new))
        result = build(BuildConfig(sources=(source,), out=out))
        assert result.written  # the edited topic's package is written again
        after = _notes(out)
        changed = {k for k in after if k in before and after[k][0] != before[k][0]}
        assert 1 <= len(changed) <= 3
        # Every note of a written package that did not change kept its time.
        written_keys = {k for p in result.written for k in _package_keys(out, p.name)}
        kept += len(written_keys - changed)
        for key in written_keys - changed:
            assert after[key][2] == before[key][2], key
        log = _import_all(collection, out)
        assert (log["new"], log["conflicting"]) == (0, 0)
        assert log["updated"] == len(changed)
        assert any(new in field for key in changed for field in _note_fields(collection, after[key][1]))
    assert kept > 0  # the mechanism edit shares its package with notes it did not change


def _package_keys(out, name):
    data = json.loads((out / MANIFEST_NAME).read_text())
    return next(p["cards"] for p in data["packages"] if p["path"] == name)
