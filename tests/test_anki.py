"""Build packages and import them with the official Anki backend, as a user would."""

import html
import os
import re
from conftest import REPO, import_package

from flashgen.anki import (CLOZE_FIELDS, CLOZE_MODEL_NAME, DEFINITION_FIELDS, DEFINITION_MODEL_NAME,
                           QA_FIELDS, QA_MODEL_NAME)
from flashgen.build import BuildConfig, build, prepare


def strip_tags(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


def deck_cards(col, deck_name: str):
    return [col.get_card(cid) for cid in col.find_cards(f'"deck:{deck_name}" -"deck:{deck_name}::*"')]


def test_every_bundled_package_imports_with_its_decks_notes_and_cards(tmp_path, collection):
    result = build(BuildConfig(sources=(REPO / "decks",), out=tmp_path / "out"))
    prepared = prepare([REPO / "decks"])
    assert len(result.packages) >= 8  # one package per topic of the example deck
    expected_decks = {f"{c.deck_title}::{c.topic_title}" for c in prepared.cards}
    for package in result.packages:
        log = import_package(collection, package)
        assert len(log.conflicting) == 0
        assert len(log.duplicate) == 0
        assert len(log.new) > 0
    names = {d.name for d in collection.decks.all_names_and_ids()}
    assert expected_decks <= names
    assert collection.note_count() == len({c.guid for c in prepared.cards})
    assert collection.card_count() == sum(c.anki_cards for c in prepared.cards) == result.cards
    assert {c.kind for c in prepared.cards} == {"qa", "forward", "reverse", "cloze"}
    for card in prepared.cards:
        deck_name = f"{card.deck_title}::{card.topic_title}"
        note_id = collection.db.scalar("select id from notes where guid=?", card.guid)
        assert note_id, card.key
        note = collection.get_note(note_id)
        if card.kind == "cloze":
            assert note.note_type()["name"] == CLOZE_MODEL_NAME
            assert [f["name"] for f in note.note_type()["flds"]] == list(CLOZE_FIELDS)
            assert note["Text"] == card.front
            assert {collection.decks.name(c.did) for c in note.cards()} == {deck_name}
            continue
        if card.template:
            # A term's definition note: its forward and reverse cards are siblings.
            assert note.note_type()["name"] == DEFINITION_MODEL_NAME
            assert [f["name"] for f in note.note_type()["flds"]] == list(DEFINITION_FIELDS)
            prefix = "Reverse" if card.template == "Reverse" else ""
            assert [t["name"] for t in note.note_type()["tmpls"]] == ["Forward", "Reverse"]
            (anki_card,) = [c for c in note.cards() if c.template()["name"] == card.template]
        else:
            assert note.note_type()["name"] == QA_MODEL_NAME
            assert [f["name"] for f in note.note_type()["flds"]] == list(QA_FIELDS)
            prefix = ""
            (anki_card,) = note.cards()
        assert note[prefix + "Front"] == card.front and note[prefix + "Back"] == card.back
        assert note["Term"] == html.escape(card.term_name, quote=False)
        assert sorted(note.tags) == sorted(card.tags)
        assert collection.decks.name(anki_card.did) == deck_name
        rendered = anki_card.render_output()
        if card.kind == "reverse":
            continue
        assert card.term_name.casefold() in strip_tags(rendered.question_text).casefold()
        answer = strip_tags(rendered.answer_text)
        for paragraph in re.findall(r"<p>(.*?)</p>", card.back):
            assert " ".join(strip_tags(paragraph).split()) in " ".join(answer.split())


def test_rendered_card_of_a_known_term(tmp_path, collection, scenario):
    source = scenario("basic")
    result = build(BuildConfig(sources=(source,), out=tmp_path / "out", kinds=("qa",)))
    assert sorted(p.name for p in result.packages) == [
        "thyroid-definition.apkg", "thyroid-mechanism.apkg", "thyroid-metric.apkg", "thyroid-pitfall.apkg"]
    for package in result.packages:
        import_package(collection, package)
    (card,) = deck_cards(collection, "Thyroid Basics::Metric")
    question = strip_tags(card.render_output().question_text)
    answer = strip_tags(card.render_output().answer_text)
    assert " ".join(question.split()) == ("Metric How is Thyroid-Stimulating Hormone measured or assessed?")
    assert "A typical adult reference range is about 0.4 to 4.0 mIU/L." in answer
    assert "https://example.org/glossary/tsh" in answer
    (pitfall,) = deck_cards(collection, "Thyroid Basics::Pitfalls")
    # Source text that looks like HTML is shown literally, not interpreted.
    assert "&lt;b&gt;&amp;&lt;/b&gt;" in pitfall.render_output().answer_text
    definitions = [strip_tags(c.render_output().answer_text)
                   for c in deck_cards(collection, "Thyroid Basics::Definition")]
    assert any("Also called: TSH, thyrotropin" in a for a in definitions)
    assert collection.find_notes("tag:topic::metric tag:term::tsh") == [card.nid]


def test_importing_the_same_packages_again_adds_nothing(tmp_path, collection, scenario):
    result = build(BuildConfig(sources=(scenario("basic"),), out=tmp_path / "out"))
    for package in result.packages:
        import_package(collection, package)
    notes, cards = collection.note_count(), collection.card_count()
    for package in result.packages:
        log = import_package(collection, package)
        assert (len(log.new), len(log.updated), len(log.conflicting)) == (0, 0, 0)
        assert len(log.duplicate) > 0
    assert (collection.note_count(), collection.card_count()) == (notes, cards)
    names = [m["name"] for m in collection.models.all()]
    assert names.count(QA_MODEL_NAME) == 1 and not any(n.endswith("+") for n in names)


def test_single_package_holds_every_topic_as_a_subdeck(tmp_path, collection, scenario):
    result = build(BuildConfig(sources=(scenario("basic"),), out=tmp_path / "out", single=True))
    assert [p.name for p in result.packages] == ["thyroid.apkg"]
    log = import_package(collection, result.packages[0])
    assert len(log.new) == collection.note_count()
    assert collection.card_count() == result.cards == 19
    names = {d.name for d in collection.decks.all_names_and_ids()}
    assert {"Thyroid Basics::Definition", "Thyroid Basics::Mechanism", "Thyroid Basics::Metric",
            "Thyroid Basics::Pitfalls"} <= names


def test_edited_text_updates_the_same_note(tmp_path, collection, scenario):
    source = scenario("basic")
    out = tmp_path / "out"
    first = build(BuildConfig(sources=(source,), out=out, kinds=("qa",)))
    for package in first.packages:
        import_package(collection, package)
    tsh = source / "thyroid" / "tsh.yaml"
    tsh.write_text(tsh.read_text().replace("about 0.4 to 4.0", "roughly 0.4 to 4.0"))
    stat = tsh.stat()
    os.utime(tsh, (stat.st_atime, stat.st_mtime + 60))  # an edit made a minute later
    second = build(BuildConfig(sources=(source,), out=out, kinds=("qa",)))
    log = import_package(collection, out / "thyroid-metric.apkg")
    assert (len(log.new), len(log.updated), len(log.conflicting)) == (0, 1, 0)
    (card,) = deck_cards(collection, "Thyroid Basics::Metric")
    assert "roughly 0.4 to 4.0" in card.note()["Back"]
    assert collection.note_count() == second.cards
