"""One fact, one note: the definition's first sentence is asked by at most two notes, and
asking it both ways is one note whose cards Anki buries as siblings."""

import html
import itertools
import re
import shutil

import pytest
from conftest import DATA, import_package

from flashgen.build import BuildConfig, build
from flashgen.cards import load_templates, render_deck
from flashgen.model import KINDS, Deck, Section, Term

TERM = Term(id="zonulin", name="Zonulin", deck="d", definition=(
    "Zonulin is a protein that loosens the tight junctions between gut cells. "
    "Gluten and some bacteria raise its release."),
    sections=(Section("Mechanism", "mechanism", "It takes apart the junction proteins."),))


def _shown(card) -> str:
    text = re.sub(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}", r"\1", card.front + " " + card.back)
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


@pytest.mark.parametrize("kinds", [k for n in range(1, 5) for k in itertools.combinations(KINDS, n)])
def test_first_definition_sentence_is_on_at_most_two_notes(kinds):
    cards = render_deck(Deck(id="d", title="D", terms=(TERM,)), load_templates(), kinds=kinds)
    notes = {c.guid for c in cards if "tight junctions" in _shown(c)}
    assert 1 <= len(notes) <= 2, kinds
    # Asking for the definition and asking for the term are cards of one note.
    both_ways = [c for c in cards if c.topic == "definition" and c.kind in ("qa", "forward", "reverse")]
    if "reverse" in kinds:
        assert len({c.guid for c in both_ways}) == 1


def _reviewed(collection, count):
    from anki.scheduler.v3 import CardAnswer

    for deck in collection.decks.all_names_and_ids():
        collection.decks.select(deck.id)
        for _ in range(count):
            queued = collection.sched.get_queued_cards(fetch_limit=1).cards
            if not queued:
                break
            card = collection.get_card(queued[0].card.id)
            card.start_timer()
            collection.sched.answer_card(collection.sched.build_answer(
                card=card, states=queued[0].states, rating=CardAnswer.GOOD))


def test_a_deck_imported_from_an_older_version_keeps_its_notes_and_gains_definition_notes(
        tmp_path, collection, scenario):
    old = sorted((DATA / "old-build").glob("*.apkg"))
    for package in old:
        import_package(collection, package)
    _reviewed(collection, 3)
    before = {collection.get_note(n).guid: collection.get_note(n) for n in collection.find_notes("")}
    reviews = collection.db.scalar("select count() from revlog")
    assert reviews > 0

    source = scenario("basic")
    out = tmp_path / "out"
    shutil.copytree(DATA / "old-build", out)  # the last build, and its manifest
    result = build(BuildConfig(sources=(source,), out=out))
    logs = [import_package(collection, p) for p in result.packages]
    assert sum(len(log.conflicting) for log in logs) == 0
    after = {collection.get_note(n).guid: collection.get_note(n) for n in collection.find_notes("")}
    # Nothing is lost: every old note is still there, with its reviews.
    assert set(before) <= set(after)
    assert collection.db.scalar("select count() from revlog") == reviews
    kept = {g: n for g, n in after.items() if g in before}
    old_definition = {g for g, n in kept.items() if n.note_type()["name"] == "flashgen Q&A"
                      and "topic::definition" in n.tags}
    # The old forward and reverse notes of both terms are no longer built...
    assert len(old_definition) == 4
    new = {g: n for g, n in after.items() if g not in before}
    # ...each term gains one definition note with a forward and a reverse card, siblings.
    assert sorted(n["Term"] for n in new.values()) == ["Reverse T3", "Thyroid-Stimulating Hormone"]
    for note in new.values():
        assert note.note_type()["name"] == "flashgen Definition"
        assert sorted(c.template()["name"] for c in note.cards()) == ["Forward", "Reverse"]
    # Every other note (topic questions, clozes) is the same note, updated in place where its
    # text changed; a note whose text is the same keeps its time and is not counted updated.
    changed = {g for g, n in kept.items()
               if g not in old_definition and list(n.values()) != list(before[g].values())}
    assert changed
    assert sum(len(log.updated) for log in logs) == len(changed)
    mechanism = [n for n in kept.values() if "topic::mechanism" in n.tags and "term::tsh" in n.tags
                 and n.note_type()["name"] == "flashgen Q&A"]
    assert len(mechanism) == 1 and "mechanism behind" in mechanism[0]["Front"]
    assert "How does" in before[mechanism[0].guid]["Front"]
    descriptions = {d.name: collection.decks.get(d.id)["desc"] for d in collection.decks.all_names_and_ids()}
    # The parent deck gains the description; Anki leaves the copies older versions put on
    # the topic decks (the README says so).
    assert descriptions["Thyroid Basics"] == "A small test deck about thyroid hormones."
    assert descriptions["Thyroid Basics::Metric"] == descriptions["Thyroid Basics"]


def test_anki_buries_the_reverse_card_once_the_forward_card_is_learnt_today(tmp_path, collection, scenario):
    from anki.scheduler.v3 import CardAnswer

    result = build(BuildConfig(sources=(scenario("basic"),), out=tmp_path / "out"))
    for package in result.packages:
        import_package(collection, package)
    deck = collection.decks.id("Thyroid Basics")
    options = collection.decks.config_dict_for_deck_id(deck)
    # "Bury new siblings" on, new cards gathered by position (the deck options a README
    # reader is told to choose).
    options["new"]["bury"], options["newGatherPriority"], options["newSortOrder"] = True, 1, 1
    collection.decks.save(options)
    collection.decks.select(deck)
    shown = []
    while queued := collection.sched.get_queued_cards(fetch_limit=1).cards:
        card = collection.get_card(queued[0].card.id)
        if card.type != 0:
            break  # a learning step: the new cards are through
        shown.append((card.nid, card.template()["name"], card.note()["Term"]))
        card.start_timer()
        collection.sched.answer_card(collection.sched.build_answer(
            card=card, states=queued[0].states, rating=CardAnswer.EASY))
    templates = [t for _, t, _ in shown]
    assert templates.count("Forward") == 2 and "Reverse" not in templates
    # In the order the files read: reverse-t3.yaml, then tsh.yaml, each definition first.
    terms = [term for _, _, term in shown]
    assert terms == sorted(terms, key=lambda t: t != "Reverse T3")
    assert shown[0][1] == "Forward"


def test_a_definition_note_gets_only_the_cards_built_and_gains_the_other_later(tmp_path, collection, scenario):
    source, out = scenario("basic"), tmp_path / "out"
    first = build(BuildConfig(sources=(source,), out=out, kinds=("forward", "cloze")))
    for package in first.packages:
        import_package(collection, package)
    search = '"note:flashgen Definition"'
    notes = set(collection.find_notes(search))
    assert len(notes) == 2
    assert {collection.get_card(c).template()["name"] for c in collection.find_cards(search)} == {"Forward"}
    second = build(BuildConfig(sources=(source,), out=out))
    for package in second.packages:
        import_package(collection, package)
    assert set(collection.find_notes(search)) == notes  # the same notes, now with both cards
    names = sorted(collection.get_card(c).template()["name"] for c in collection.find_cards(search))
    assert names == ["Forward", "Forward", "Reverse", "Reverse"]
