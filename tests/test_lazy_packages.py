"""A rebuild reads and describes only the packages an edit can change, and leaves the rest as they are."""

import os

from flashgen import continuity
from flashgen.build import BuildConfig, build, prepare
from flashgen.manifest import read_manifest


def _touch_later(path, seconds=60):
    stat = path.stat()
    os.utime(path, (stat.st_atime, stat.st_mtime + seconds))


def test_matching_cloze_identities_reads_only_the_package_of_the_sentences_matched(tmp_path, scenario,
                                                                                   monkeypatch):
    source = scenario("short")
    out = tmp_path / "out"
    config = BuildConfig(sources=(source,), out=out, kinds=("cloze",))
    before = {c.front: c.guid for c in prepare([source], kinds=("cloze",)).cards}
    build(config)
    term_file = source / "metabolic" / "hba1c.yaml"
    term_file.write_text(term_file.read_text().replace("two separate samples", "two samples"))
    _touch_later(term_file)
    read = []
    package_texts = continuity._package_texts
    monkeypatch.setattr(continuity, "_package_texts",
                        lambda path, *rest: read.append(path.name) or package_texts(path, *rest))
    result = build(config)
    # The edited sentence is known by other key phrases now: it is matched against the
    # notes of its own term and topic, which only the metric package holds.
    assert read == ["metabolic-metric.apkg"]
    assert [p.name for p in result.written] == ["metabolic-metric.apkg"]
    # It keeps its note: the last build's GUID, under the last build's key.
    edited = next(c for c in prepare([source], kinds=("cloze",)).cards if "two samples" in c.front)
    old_guid = before[next(f for f in before if "two separate samples" in f)]
    assert edited.guid != old_guid
    assert old_guid in {n.guid for r in read_manifest(out).packages for n in r.notes}
    assert edited.guid not in {n.guid for r in read_manifest(out).packages for n in r.notes}
