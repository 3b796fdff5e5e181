"""The search that build and diff print finds, in a real collection, exactly the notes
no longer built."""

import shutil

from conftest import DATA, import_package

from flashgen.build import BuildConfig, build, diff
from flashgen.manifest import MANIFEST_NAME, read_manifest

PITFALL = ("  - heading: Pitfalls\n    text: Biotin supplements can distort some TSH assays "
           "<b>&</b> give false results.\n")


def _guid_notes(collection, out, keys):
    guids = {n.key: n.guid for p in read_manifest(out).packages for n in p.notes}
    return {collection.db.scalar("select id from notes where guid=?", guids[k]) for k in keys}


def test_search_finds_exactly_the_removed_notes(tmp_path, collection, scenario, cli):
    source = scenario("basic")
    out = tmp_path / "out"
    first = build(BuildConfig(sources=(source,), out=out))
    for package in first.packages:
        import_package(collection, package)
    tsh = source / "thyroid" / "tsh.yaml"
    tsh.write_text(tsh.read_text().replace(PITFALL, "").replace(
        "\n\n      High thyroid hormone levels suppress it.", ""))
    changes = diff(BuildConfig(sources=(source,), out=out))
    removed = [k for p in changes.packages for k in p.removed]
    assert len(removed) == 3  # the pitfall question, its cloze, and one mechanism cloze
    gone = _guid_notes(collection, out, removed)
    printed = cli("diff", source, "--out", out).out.splitlines()[-1]
    assert printed == f"find them in Anki's browser with: {changes.search}"
    second = build(BuildConfig(sources=(source,), out=out))
    assert second.search == changes.search
    for package in second.packages:
        import_package(collection, package)
    assert set(collection.find_notes(changes.search)) == gone
    assert collection.note_count() > len(gone)


def test_search_finds_the_notes_an_older_version_made_and_no_longer_builds(tmp_path, collection, scenario):
    for package in sorted((DATA / "old-build").glob("*.apkg")):
        import_package(collection, package)
    out = tmp_path / "out"
    shutil.copytree(DATA / "old-build", out)
    assert (out / MANIFEST_NAME).exists()
    result = build(BuildConfig(sources=(scenario("basic"),), out=out))
    for package in result.packages:
        import_package(collection, package)
    old_definition = set(collection.find_notes('"note:flashgen Q&A" tag:topic::definition'))
    assert len(old_definition) == 4  # forward and reverse of two terms
    assert set(collection.find_notes(result.search)) == old_definition
    # Their ids are only known to the collection: the search goes by note type and tags.
    assert result.search.startswith('("note:flashgen Q&A" "tag:term::reverse-t3" "tag:topic::definition")')
