"""Edit, rebuild and re-import again and again, as a user would: no review is lost, nothing doubles."""

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from conftest import REPO, import_package, tree_bytes

from flashgen import build as build_module
from flashgen.anki import QA_MODEL_NAME
from flashgen.build import BuildConfig, build, diff, prepare
from flashgen.errors import FlashgenError
from flashgen.manifest import MANIFEST_NAME

PITFALL = ("  - heading: Pitfalls\n    text: Biotin supplements can distort some TSH assays "
           "<b>&</b> give false results.\n")


def import_all(col, out: Path) -> dict[str, int]:
    """Import every package in ``out`` with default options; return the summed log."""
    totals = {"new": 0, "updated": 0, "duplicate": 0, "conflicting": 0}
    for package in sorted(out.glob("*.apkg")):
        log = import_package(col, package)
        for name in totals:
            totals[name] += len(getattr(log, name))
    return totals


def review(col, count: int) -> None:
    """Answer ``count`` new cards of the Thyroid Basics deck with Good."""
    from anki.scheduler.v3 import CardAnswer

    col.decks.select(col.decks.id_for_name("Thyroid Basics"))
    for _ in range(count):
        queued = col.sched.get_queued_cards(fetch_limit=1).cards[0]
        card = col.get_card(queued.card.id)
        card.start_timer()
        col.sched.answer_card(col.sched.build_answer(card=card, states=queued.states, rating=CardAnswer.GOOD))


def history(col) -> dict:
    """Return everything a re-import must leave alone: review log and every card's schedule."""
    return {
        "revlog": col.db.all("select id, cid, ease, ivl, lastIvl, factor, type from revlog order by id"),
        "cards": col.db.all("select n.guid, c.id, c.did, c.ord, c.type, c.queue, c.due, c.ivl, c.factor, "
                            "c.reps, c.lapses from cards c join notes n on c.nid = n.id order by n.guid"),
    }


def note_text(col, guid: str) -> str:
    note = col.get_note(col.db.scalar("select id from notes where guid=?", guid))
    return "\n".join(note.fields)


def guid_of(out: Path, key: str) -> str:
    data = json.loads((out / MANIFEST_NAME).read_text())
    return next(p["cards"][key]["guid"] for p in data["packages"] if key in p["cards"])


def guids(source: Path) -> set[str]:
    """Return the GUIDs of every note a build of ``source`` makes now."""
    return {c.guid for c in prepare([source]).cards}


def assert_kept(before: dict, after: dict) -> None:
    """Assert that the review log is unchanged and every earlier card kept its schedule."""
    assert after["revlog"] == before["revlog"]
    assert {tuple(c) for c in before["cards"]} <= {tuple(c) for c in after["cards"]}


def assert_clean(col) -> None:
    names = [m["name"] for m in col.models.all()]
    assert names.count(QA_MODEL_NAME) == 1
    assert not any(n.endswith("+") for n in names)


@pytest.fixture
def reviewed(tmp_path, scenario, collection, monkeypatch):
    """Build, import and review three cards; every build runs with one fixed SOURCE_DATE_EPOCH.

    With a fixed epoch no file time can make a rebuild look newer, so every update below
    reaches Anki only because the manifest moves changed packages past the last build.
    """
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    source = scenario("basic")
    out = tmp_path / "out"
    build(BuildConfig(sources=(source,), out=out))
    assert import_all(collection, out)["new"] == len(guids(source))
    review(collection, 3)
    assert collection.db.scalar("select count() from revlog") == 3
    return source, out


EDITS = {
    "a word changed": lambda text: text.replace("about 0.4 to 4.0", "roughly 0.4 to 4.0"),
    "a number corrected": lambda text: text.replace("about 0.4 to 4.0", "about 0.4 to 4.5"),
    "a sentence added": lambda text: text.replace("High thyroid hormone levels suppress it.",
                                                  "High thyroid hormone levels suppress it. So does amiodarone."),
    "a term renamed, its id kept": lambda text: text.replace("name: Thyroid-Stimulating Hormone",
                                                             "name: Anterior Pituitary Thyrotropin"),
}


@pytest.mark.parametrize("edit", EDITS, ids=list(EDITS))
def test_an_edit_updates_notes_in_place_and_keeps_every_review(edit, reviewed, collection):
    source, out = reviewed
    before, notes_before = history(collection), guids(source)
    tsh = source / "thyroid" / "tsh.yaml"
    tsh.write_text(EDITS[edit](tsh.read_text()))
    build(BuildConfig(sources=(source,), out=out))
    added = guids(source) - notes_before
    log = import_all(collection, out)
    # Only a new sentence is a new fact, and so a new cloze note; every other note of the
    # edited term is updated in place.
    assert len(added) == (1 if edit == "a sentence added" else 0)
    assert (log["new"], log["conflicting"]) == (len(added), 0)
    assert log["updated"] >= 1
    assert collection.note_count() == len(notes_before | added)
    assert_kept(before, history(collection))
    assert_clean(collection)
    expected = {"a word changed": ("thyroid/tsh/metric/qa", "roughly 0.4 to 4.0"),
                "a number corrected": ("thyroid/tsh/metric/qa", "0.4 to 4.5"),
                "a sentence added": ("thyroid/tsh/mechanism/qa", "So does amiodarone."),
                "a term renamed, its id kept": ("thyroid/tsh/pitfall/qa", "Anterior Pituitary Thyrotropin")}
    key, words = expected[edit]
    assert words in note_text(collection, guid_of(out, key))


def test_many_edits_in_a_row_each_reach_anki(reviewed, collection):
    source, out = reviewed
    before = history(collection)
    tsh = source / "thyroid" / "tsh.yaml"
    for word in ("roughly", "approximately", "about", "roughly"):
        text = tsh.read_text()
        tsh.write_text(text.replace(text.split("reference range is ")[1].split(" ")[0], word, 1))
        build(BuildConfig(sources=(source,), out=out))
        log = import_all(collection, out)
        assert (log["new"], log["conflicting"]) == (0, 0)
        assert log["updated"] >= 1
        assert f"reference range is {word} 0.4" in note_text(collection, guid_of(out, "thyroid/tsh/metric/qa"))
    assert history(collection) == before


def test_reordered_sections_change_nothing(reviewed, collection):
    source, out = reviewed
    before, packages = history(collection), tree_bytes(out)
    tsh = source / "thyroid" / "tsh.yaml"
    text = tsh.read_text().replace(PITFALL, "")
    tsh.write_text(text.replace("sections:\n", "sections:\n" + PITFALL))
    build(BuildConfig(sources=(source,), out=out))
    assert tree_bytes(out) == packages
    log = import_all(collection, out)
    assert (log["new"], log["updated"], log["conflicting"]) == (0, 0, 0)
    assert history(collection) == before


def test_an_added_section_adds_one_note_and_a_removed_one_leaves_reviews(reviewed, collection):
    source, out = reviewed
    before, notes_before = history(collection), guids(source)
    tsh = source / "thyroid" / "tsh.yaml"
    tsh.write_text(tsh.read_text().replace(PITFALL, "  - heading: Origin\n    text: Named for its target.\n"))
    result = build(BuildConfig(sources=(source,), out=out))
    assert out / "thyroid-pitfall.apkg" in result.removed
    added = guids(source) - notes_before
    assert added  # the Origin section's cards
    log = import_all(collection, out)
    assert (log["new"], log["conflicting"]) == (len(added), 0)
    # Anki keeps notes whose package is gone; their reviews stay with them.
    assert collection.note_count() == len(notes_before | added)
    assert_kept(before, history(collection))
    assert_clean(collection)


def test_changed_templates_update_the_note_type_without_a_copy(reviewed, collection, tmp_path):
    source, out = reviewed
    before = history(collection)
    override = tmp_path / "my-templates"
    override.mkdir()
    shutil.copy(REPO / "templates" / "note.css", override / "note.css")
    with (override / "note.css").open("a") as f:
        f.write("\n.term { color: teal; }\n")
    # A template file far older than the last build: its time cannot make the update newer.
    os.utime(override / "note.css", (1_000_000_000, 1_000_000_000))
    build(BuildConfig(sources=(source,), out=out, templates=override))
    log = import_all(collection, out)
    assert (log["new"], log["conflicting"]) == (0, 0)
    assert_clean(collection)
    assert "color: teal" in collection.models.by_name(QA_MODEL_NAME)["css"]
    assert history(collection) == before


def test_an_edit_with_an_older_file_time_still_updates(tmp_path, scenario, collection):
    source = scenario("basic")
    out = tmp_path / "out"
    build(BuildConfig(sources=(source,), out=out))
    import_all(collection, out)
    review(collection, 2)
    before = history(collection)
    tsh = source / "thyroid" / "tsh.yaml"
    # As if restored from a backup: the edited file is older than every other input.
    tsh.write_text(tsh.read_text().replace("about 0.4 to 4.0", "roughly 0.4 to 4.0"))
    os.utime(tsh, (1_000_000_000, 1_000_000_000))
    build(BuildConfig(sources=(source,), out=out))
    log = import_package(collection, out / "thyroid-metric.apkg")
    assert (len(log.new), len(log.conflicting)) == (0, 0)
    assert len(log.updated) >= 1
    assert "roughly 0.4 to 4.0" in note_text(collection, guid_of(out, "thyroid/tsh/metric/qa"))
    assert history(collection) == before


def test_switching_to_single_packages_moves_notes_without_duplicates(reviewed, collection):
    source, out = reviewed
    before = history(collection)
    tsh = source / "thyroid" / "tsh.yaml"
    tsh.write_text(tsh.read_text().replace("about 0.4 to 4.0", "roughly 0.4 to 4.0"))
    result = build(BuildConfig(sources=(source,), out=out, single=True))
    assert sorted(p.name for p in out.glob("*.apkg")) == ["thyroid.apkg"]
    assert len(result.removed) == 4
    log = import_all(collection, out)
    assert (log["new"], log["conflicting"]) == (0, 0)
    assert "roughly 0.4 to 4.0" in note_text(collection, guid_of(out, "thyroid/tsh/metric/qa"))
    assert history(collection) == before


def test_an_unchanged_rebuild_does_no_packaging_work(tmp_path, scenario, monkeypatch):
    source = scenario("basic")
    out = tmp_path / "out"
    build(BuildConfig(sources=(source,), out=out))
    files = {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in out.iterdir()}
    calls = []
    monkeypatch.setattr(build_module, "write_package", lambda *args, **kwargs: calls.append(args))
    for path in source.rglob("*.yaml"):
        os.utime(path)  # touched, not changed
    result = build(BuildConfig(sources=(source,), out=out))
    assert calls == []
    assert result.written == () and len(result.unchanged) == 4
    assert {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in out.iterdir()} == files


def test_a_lost_package_is_written_again_with_the_same_bytes(tmp_path, scenario):
    source = scenario("basic")
    out = tmp_path / "out"
    build(BuildConfig(sources=(source,), out=out))
    earlier = tree_bytes(out)
    (out / "thyroid-metric.apkg").unlink()
    (out / "thyroid-mechanism.apkg").write_bytes(b"damaged")
    result = build(BuildConfig(sources=(source,), out=out))
    assert sorted(p.name for p in result.written) == ["thyroid-mechanism.apkg", "thyroid-metric.apkg"]
    assert tree_bytes(out) == earlier


def test_a_fresh_folder_and_a_rebuilt_one_hold_the_same_bytes(tmp_path, scenario):
    source = scenario("basic")
    build(BuildConfig(sources=(source,), out=tmp_path / "a"))
    build(BuildConfig(sources=(source,), out=tmp_path / "a"))
    build(BuildConfig(sources=(source,), out=tmp_path / "b"))
    assert tree_bytes(tmp_path / "a") == tree_bytes(tmp_path / "b")


def test_a_failing_rebuild_touches_nothing_and_leaves_no_temporary_file(tmp_path, scenario, monkeypatch,
                                                                        collection):
    temp = tmp_path / "tmpdir"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)  # make tempfile read TMPDIR again
    source = scenario("basic")
    out = tmp_path / "out"
    build(BuildConfig(sources=(source,), out=out))
    import_all(collection, out)
    earlier = tree_bytes(out)
    tsh = source / "thyroid" / "tsh.yaml"
    tsh.write_text(tsh.read_text().replace("name: Thyroid-Stimulating Hormone", "name: Thyrotropin"))
    real_write = build_module.write_package

    def fail_on_second(decks, path, timestamp, templates, sources=None, **options):
        if len(list(out.glob(".*.tmp"))) == 2:
            raise OSError(28, "No space left on device", str(path))
        real_write(decks, path, timestamp, templates, sources, **options)

    monkeypatch.setattr(build_module, "write_package", fail_on_second)
    with pytest.raises(FlashgenError):
        build(BuildConfig(sources=(source,), out=out))
    assert tree_bytes(out) == earlier
    assert list(temp.iterdir()) == []
    monkeypatch.setattr(build_module, "write_package", real_write)
    # The failed attempt left no trace: the next build still updates the renamed term.
    build(BuildConfig(sources=(source,), out=out))
    log = import_all(collection, out)
    assert (log["new"], log["conflicting"]) == (0, 0)
    assert log["updated"] >= 1
    assert "Thyrotropin" in note_text(collection, guid_of(out, "thyroid/tsh/definition/both-ways"))
    assert list(temp.iterdir()) == []
    assert not list(out.glob(".*.tmp"))


def test_diff_matches_what_the_build_then_does(tmp_path, scenario):
    source = scenario("basic")
    out = tmp_path / "out"
    build(BuildConfig(sources=(source,), out=out))
    pitfall = [c for c in prepare([source]).cards if c.term_id == "tsh" and c.topic == "pitfall"]
    tsh = source / "thyroid" / "tsh.yaml"
    tsh.write_text(tsh.read_text().replace("name: Thyroid-Stimulating Hormone", "name: Thyrotropin")
                   .replace(PITFALL, ""))
    renamed = [c for c in prepare([source]).cards if c.term_id == "tsh"]  # every note names its term
    changes = diff(BuildConfig(sources=(source,), out=out))
    assert changes.count("changed") == len({c.key for c in renamed})  # notes, not cards
    assert changes.count("removed") == len(pitfall) and changes.count("added") == 0
    to_write = sorted(c.path for c in changes.with_status("new", "changed", "missing"))
    result = build(BuildConfig(sources=(source,), out=out))
    assert sorted(p.name for p in result.written) == to_write
    assert [p.name for p in result.removed] == ["thyroid-pitfall.apkg"]
    assert diff(BuildConfig(sources=(source,), out=out)).with_status("new", "changed", "missing", "stale") == ()


def test_building_one_deck_leaves_the_packages_of_another_alone(tmp_path, scenario):
    source = scenario("basic")
    other = tmp_path / "other" / "glands"
    other.mkdir(parents=True)
    (other / "pineal.yaml").write_text("name: Pineal Gland\ndefinition: A small gland that makes melatonin.\n")
    out = tmp_path / "out"
    build(BuildConfig(sources=(source,), out=out))
    thyroid = tree_bytes(out)
    del thyroid[MANIFEST_NAME], thyroid[".flashgen-cache"]
    result = build(BuildConfig(sources=(other.parent,), out=out))
    assert result.removed == ()
    after = tree_bytes(out)
    assert {k: v for k, v in after.items() if k.startswith("thyroid")} == thyroid
    assert "glands-definition.apkg" in after
    # The manifest keeps both decks, so a later build of either is still incremental.
    assert build(BuildConfig(sources=(source,), out=out)).written == ()


def test_a_renamed_term_whose_text_keeps_the_old_name_keeps_every_note(reviewed, collection):
    # The id stays "reverse-t3", so sentences that still say "reverse T3" hide the same
    # phrase as before and keep their notes; only the name on the cards changes.
    source, out = reviewed
    before, notes_before = history(collection), guids(source)
    rt3 = source / "thyroid" / "reverse-t3.yaml"
    rt3.write_text(rt3.read_text().replace("name: Reverse T3", "name: Inactive Triiodothyronine"))
    build(BuildConfig(sources=(source,), out=out))
    assert guids(source) == notes_before
    log = import_all(collection, out)
    assert (log["new"], log["conflicting"]) == (0, 0)
    assert log["updated"] >= 1
    assert_kept(before, history(collection))
    assert "Inactive Triiodothyronine" in note_text(collection, guid_of(out, "thyroid/reverse-t3/definition/both-ways"))


def test_a_section_that_lands_on_another_topic_keeps_its_notes_and_reviews(reviewed, collection):
    """A heading mapped to another topic than before (here by a new synonym, as a newer
    flashgen maps more headings) moves the section; its notes keep their reviews."""
    from anki.scheduler.v3 import CardAnswer

    source, out = reviewed
    # Review the Pitfalls section's question card too, so that it has a history to keep.
    pitfall_guid = guid_of(out, "thyroid/tsh/pitfall/qa")
    card_id = collection.db.scalar(
        "select c.id from cards c join notes n on c.nid = n.id where n.guid=?", pitfall_guid)
    collection.decks.select(collection.db.scalar("select did from cards where id=?", card_id))
    queued = next(q for q in collection.sched.get_queued_cards(fetch_limit=50).cards if q.card.id == card_id)
    card = collection.get_card(card_id)
    card.start_timer()
    collection.sched.answer_card(collection.sched.build_answer(card=card, states=queued.states,
                                                               rating=CardAnswer.GOOD))
    before, notes = history(collection), collection.note_count()
    deck = source / "thyroid" / "deck.yaml"
    deck.write_text(deck.read_text().replace("  Pitfalls: pitfall\n", "  Pitfalls: risk\n"))
    result = build(BuildConfig(sources=(source,), out=out))
    assert out / "thyroid-risk.apkg" in result.written and out / "thyroid-pitfall.apkg" in result.removed
    log = import_all(collection, out)
    assert (log["new"], log["conflicting"]) == (0, 0)
    assert collection.note_count() == notes
    assert_kept(before, history(collection))
    # The question note is the one reviewed before, now of the risk topic.
    assert guid_of(out, "thyroid/tsh/pitfall/qa") == pitfall_guid
    assert "risk" in note_text(collection, pitfall_guid).casefold()
    # Built again, nothing moves back and nothing is new.
    build(BuildConfig(sources=(source,), out=out))
    assert import_all(collection, out)["new"] == 0
    assert guid_of(out, "thyroid/tsh/pitfall/qa") == pitfall_guid
    assert_clean(collection)


def test_a_section_moved_without_the_last_build_record_is_new_notes(reviewed, collection):
    source, out = reviewed
    (out / MANIFEST_NAME).unlink()
    deck = source / "thyroid" / "deck.yaml"
    deck.write_text(deck.read_text().replace("  Pitfalls: pitfall\n", "  Pitfalls: risk\n"))
    build(BuildConfig(sources=(source,), out=out))
    log = import_all(collection, out)
    # Without the record the move cannot be told from a new section: its notes are new,
    # and the old ones stay in Anki with their reviews.
    assert log["new"] >= 1 and log["conflicting"] == 0
