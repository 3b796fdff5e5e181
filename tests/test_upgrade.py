"""Upgrade from the release before the key-phrase chooser: reviewed cloze notes stay single.

``tests/data/upgrade/old-out`` holds the packages and manifest that flashgen as released
at commit 3e86a3b built from ``tests/data/upgrade/sources`` (stored, not rebuilt here;
``make-old-build.sh`` next to them makes them again from that commit with git archive).
That release chose other phrases for most sentences and knew a cloze note by them.
"""

import shutil
from collections import Counter

from conftest import DATA, import_package

from flashgen.anki import CLOZE_MODEL_NAME
from flashgen.build import BuildConfig, build, diff
from flashgen.continuity import sentence_of

UPGRADE = DATA / "upgrade"


def import_all(col, out):
    totals = Counter()
    for package in sorted(out.glob("*.apkg")):
        log = import_package(col, package)
        for name in ("new", "updated", "duplicate", "conflicting"):
            totals[name] += len(getattr(log, name))
    return totals


def review_clozes(col, count: int) -> None:
    """Answer ``count`` cloze cards with Good, a few from each deck."""
    from anki.scheduler.v3 import CardAnswer

    answered = 0
    for deck in sorted(col.decks.all_names_and_ids(), key=lambda d: d.name):
        if "::" not in deck.name:
            continue
        col.decks.select(deck.id)
        for _ in range(2):
            queued = col.sched.get_queued_cards(fetch_limit=1).cards
            if not queued or answered == count:
                break
            card = col.get_card(queued[0].card.id)
            card.start_timer()
            col.sched.answer_card(col.sched.build_answer(card=card, states=queued[0].states,
                                                         rating=CardAnswer.GOOD))
            answered += 1
    assert answered == count


def cloze_notes(col) -> dict[str, str]:
    """Return the sentence of every cloze note in the collection, by GUID."""
    model = col.models.by_name(CLOZE_MODEL_NAME)["id"]
    return {guid: sentence_of(fields.split("\x1f", 1)[0])
            for guid, fields in col.db.all("select guid, flds from notes where mid=?", model)}


def texts(col) -> dict[str, str]:
    """Return the Text field of every cloze note, by GUID."""
    model = col.models.by_name(CLOZE_MODEL_NAME)["id"]
    return {g: f.split("\x1f", 1)[0] for g, f in col.db.all("select guid, flds from notes where mid=?", model)}


def guid_of(col, words: str) -> str:
    """Return the GUID of the one cloze note whose sentence contains ``words``."""
    (guid,) = [g for g, s in cloze_notes(col).items() if words in s]
    return guid


def history(col):
    return (col.db.all("select id, cid, ease, ivl, lastIvl, factor, type from revlog order by id"),
            col.db.all("select c.id, c.nid, c.ord, c.type, c.queue, c.due, c.ivl, c.reps from cards c "
                       "where c.reps > 0 order by c.id"))


def test_rebuilding_the_last_releases_output_folder_keeps_every_cloze_note(tmp_path, collection):
    sources, out = tmp_path / "sources", tmp_path / "out"
    shutil.copytree(UPGRADE / "sources", sources)
    shutil.copytree(UPGRADE / "old-out", out)
    first = import_all(collection, out)
    assert first["new"] > 90 and first["conflicting"] == 0
    old_texts = texts(collection)
    review_clozes(collection, 12)
    before_notes = cloze_notes(collection)
    before = history(collection)

    # The new chooser hides other phrases in most sentences (so it would key most notes
    # differently), and gives none to sentences with nothing worth asking.
    # The only notes added are each term's new definition note (forward and reverse cards
    # as siblings), which an older flashgen's separate Q&A notes cannot become.
    changes = diff(BuildConfig(sources=(sources,), out=out))
    added = [key for c in changes.packages for key in c.added]
    assert added and all(key.endswith("/definition/both-ways") for key in added), added
    build(BuildConfig(sources=(sources,), out=out))
    log = import_all(collection, out)

    assert log["conflicting"] == 0
    assert log["updated"] > 20
    after_notes = cloze_notes(collection)
    # No new cloze note: every sentence kept the note it had, now hiding other phrases.
    assert set(after_notes) == set(before_notes)
    counts = Counter(after_notes.values())
    assert [s for s, n in counts.items() if n > 1] == []
    assert history(collection) == before
    # The notes now show the new clozes: the old release hid a lone word of these.
    new_texts = texts(collection)
    assert sum(new_texts[g] != old_texts[g] for g in old_texts) > 20
    assert old_texts[guid_of(collection, "tight junctions between")].count("{{c") == 1
    assert "::metabolic disease}}" in new_texts[guid_of(collection, "candidate link between the gut barrier")]
    assert "{{c3::type 1 diabetes}}" in old_texts[guid_of(collection, "candidate link between the gut barrier")]


def test_without_the_output_folders_record_changed_clozes_are_new_notes(tmp_path, collection):
    sources = tmp_path / "sources"
    shutil.copytree(UPGRADE / "sources", sources)
    import_all(collection, UPGRADE / "old-out")
    before = cloze_notes(collection)
    # A fresh folder: nothing says which note a sentence had, so a sentence whose key
    # phrases changed becomes a note of its own beside the old one (as the README says).
    build(BuildConfig(sources=(sources,), out=tmp_path / "fresh"))
    log = import_all(collection, tmp_path / "fresh")
    assert log["new"] > 0 and log["conflicting"] == 0
    counts = Counter(cloze_notes(collection).values())
    assert any(n > 1 for n in counts.values())
    assert len(cloze_notes(collection)) > len(before)


def built_and_imported(tmp_path, collection):
    """Build the upgrade sources with this code and import them; return the sources, the
    output folder, zonulin's term file and the GUID of one of its cloze notes."""
    sources, out = tmp_path / "sources", tmp_path / "out"
    shutil.copytree(UPGRADE / "sources", sources)
    build(BuildConfig(sources=(sources,), out=out))
    import_all(collection, out)
    guid = guid_of(collection, "candidate link between the gut barrier")
    return sources, out, sources / "gut-hormones" / "zonulin.yaml", guid


def test_a_sentence_keeps_its_note_when_the_author_changes_what_it_hides(tmp_path, collection):
    sources, out, term, guid = built_and_imported(tmp_path, collection)
    # Hide a phrase the chooser left visible, and forbid one it hid: other key phrases.
    term.write_text(term.read_text() + "cloze:\n  hide: [obesity]\n  keep: [coeliac disease]\n")
    build(BuildConfig(sources=(sources,), out=out))
    log = import_all(collection, out)
    assert (log["new"], log["conflicting"]) == (0, 0)
    assert guid_of(collection, "candidate link between the gut barrier") == guid
    text = texts(collection)[guid]
    assert "::obesity}}" in text and "::coeliac disease}}" not in text


def test_an_edited_key_phrase_updates_its_note_in_place(tmp_path, collection):
    sources, out, term, guid = built_and_imported(tmp_path, collection)
    # The phrase that the note was known by changes; the sentence is still nearly the same.
    term.write_text(term.read_text().replace("coeliac disease, type 1 diabetes", "celiac disease, type 1 diabetes"))
    assert "celiac disease" in term.read_text()
    changes = diff(BuildConfig(sources=(sources,), out=out))
    assert (changes.count("added"), changes.count("removed")) == (0, 0)
    build(BuildConfig(sources=(sources,), out=out))
    log = import_all(collection, out)
    assert (log["new"], log["conflicting"]) == (0, 0)
    assert "celiac disease" in texts(collection)[guid]
