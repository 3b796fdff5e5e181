"""Short cards (cloze, forward, reverse) built, then imported with the official Anki backend."""

import html
import os
import re

from conftest import import_package

from flashgen.anki import CLOZE_FIELDS, CLOZE_MODEL_NAME
from flashgen.build import BuildConfig, build, prepare
from flashgen.sentences import split_sentences
from flashgen.lint import unasked
from flashgen.sources import load_decks


def plain(fragment: str) -> str:
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())
    return re.sub(r"\s+([.,;])", r"\1", text)


def import_all(collection, result):
    for package in result.packages:
        log = import_package(collection, package)
        assert len(log.conflicting) == 0


def anki_cards(collection, query=""):
    return [collection.get_card(cid) for cid in collection.find_cards(query)]


def test_cloze_cards_hide_their_phrase_everywhere_in_the_question(tmp_path, collection, scenario):
    result = build(BuildConfig(sources=(scenario("short"),), out=tmp_path / "out", kinds=("cloze",)))
    import_all(collection, result)
    cards = anki_cards(collection)
    assert len(cards) == result.cards > 15
    for card in cards:
        note = card.note()
        assert note.note_type()["name"] == CLOZE_MODEL_NAME
        assert [f["name"] for f in note.note_type()["flds"]] == list(CLOZE_FIELDS)
        question = plain(card.render_output().question_text)
        answer = plain(card.render_output().answer_text)
        assert "[...]" in question
        ordinal = card.ord + 1
        hidden = [html.unescape(h) for h in re.findall(r"\{\{c%d::(.*?)\}\}" % ordinal, note["Text"])]
        assert hidden, note["Text"]
        for text in hidden:
            assert text.casefold() not in question.casefold(), (text, question)
            assert text in answer
        if note["Context"]:  # the sentence does not name the term, so the prompt does
            assert note["Context"] in question


def test_cloze_cards_land_in_their_topics_deck(tmp_path, collection, scenario):
    source = scenario("short")
    result = build(BuildConfig(sources=(source,), out=tmp_path / "out"))
    import_all(collection, result)
    decks = {collection.decks.name(c.did) for c in anki_cards(collection, '"note:flashgen Cloze" tag:term::hba1c')}
    assert decks == {"Metabolic Markers::Definition", "Metabolic Markers::Metric", "Metabolic Markers::Risk"}
    # One definition note per term, with a forward and a reverse card; no qa note asks the
    # definition again, whatever its length.
    definition = '"deck:Metabolic Markers::Definition"'
    assert len(collection.find_notes(f'{definition} "note:flashgen Definition"')) == 3
    assert len(collection.find_cards(f'{definition} "note:flashgen Definition" card:Forward')) == 3
    assert len(collection.find_cards(f'{definition} "note:flashgen Definition" card:Reverse')) == 3
    assert collection.find_notes(f'{definition} "note:flashgen Q&A"') == []


def test_every_sentence_lands_on_a_short_card(tmp_path, collection, scenario):
    source = scenario("short")
    result = build(BuildConfig(sources=(source,), out=tmp_path / "out", kinds=("cloze",)))
    import_all(collection, result)
    revealed = set()
    for nid in collection.find_notes(""):
        text = re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", collection.get_note(nid)["Text"])
        revealed.add(html.unescape(text))
    (deck,), _ = load_decks([source])
    for term in deck.terms:
        for text in [term.definition, *(s.text for s in term.sections)]:
            for sentence in split_sentences(text):
                assert sentence in revealed, sentence


def test_every_sentence_of_the_example_decks_is_asked_or_listed_for_the_author():
    from conftest import REPO

    prepared = prepare([REPO / "decks"], kinds=("cloze",))
    revealed = {html.unescape(re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", c.front)) for c in prepared.cards}
    sentences = [s for d in prepared.decks for t in d.terms
                 for text in (t.definition, *(x.text for x in t.sections)) for s in split_sentences(text)]
    assert len(sentences) > 30
    listed = "\n".join(p.message for p in unasked(prepared.decks, prepared.cards, ("cloze",)))
    left = [s for s in sentences if s not in revealed]
    assert len(left) < len(sentences) / 5
    for sentence in left:
        assert sentence[:40] in listed, sentence


def test_source_text_that_looks_like_markup_stays_literal(tmp_path, collection, scenario):
    result = build(BuildConfig(sources=(scenario("short"),), out=tmp_path / "out", kinds=("cloze",)))
    import_all(collection, result)
    cards = anki_cards(collection, "tag:term::sample-label tag:topic::risk")
    (card,) = [c for c in cards if "10 mg/dL" in plain(c.render_output().answer_text)
               and "10 mg/dL" not in plain(c.render_output().question_text)]
    question = plain(card.render_output().question_text)
    assert "Some printers write {{c1::codes}} and a::b pairs on it, like <i>&</i> [...]." in question
    assert "10 mg/dL" in plain(card.render_output().answer_text)


def test_reverse_cards_never_name_their_term(tmp_path, collection, scenario):
    source = scenario("short")
    result = build(BuildConfig(sources=(source,), out=tmp_path / "out", kinds=("forward", "reverse")))
    import_all(collection, result)
    (deck,), _ = load_decks([source])
    for term in deck.terms:
        (reverse,) = anki_cards(collection, f"tag:term::{term.id} card:Reverse")
        question = plain(reverse.render_output().question_text)
        assert "___" in question or term.id == "sample-label"
        for name in (term.name, *term.aliases):
            assert name.casefold() not in question.casefold()
        assert term.name in plain(reverse.render_output().answer_text)
        (forward,) = anki_cards(collection, f"tag:term::{term.id} card:Forward")
        assert forward.nid == reverse.nid  # siblings: Anki buries one while the other is due
        assert term.name.casefold() in plain(forward.render_output().question_text).casefold()
        first = split_sentences(term.definition)[0]
        assert first in plain(forward.render_output().answer_text)
    (hba1c,) = anki_cards(collection, "tag:term::hba1c card:Reverse")
    assert "___ (___) is the share of haemoglobin" in plain(hba1c.render_output().question_text)


def test_cloze_identity_survives_edits_elsewhere_and_one_word_of_its_own(tmp_path, collection, scenario):
    source = scenario("short")
    out = tmp_path / "out"
    before = prepare([source], kinds=("cloze",)).cards
    import_all(collection, build(BuildConfig(sources=(source,), out=out, kinds=("cloze",))))
    term_file = source / "metabolic" / "hba1c.yaml"
    text = term_file.read_text()
    text = text.replace("Laboratories report it", "Most laboratories now report it")  # elsewhere
    text = text.replace("supports a diagnosis", "confirms a diagnosis")  # one word of its own
    text = text.replace("HbA1c also lags", "Sadly, HbA1c also lags")  # first of two hiding HbA1c
    term_file.write_text(text)
    os.utime(term_file, (term_file.stat().st_atime, term_file.stat().st_mtime + 60))
    after = prepare([source], kinds=("cloze",)).cards
    assert [c.guid for c in after] == [c.guid for c in before]
    assert len({c.guid for c in after}) == len(after)
    same_phrase = [c.key for c in after if c.term_id == "hba1c" and c.topic == "risk" and "~term" in c.key]
    assert same_phrase == ["metabolic/hba1c/risk/cloze/~term", "metabolic/hba1c/risk/cloze/~term#2"]
    edited = next(c for c in after if "confirms a diagnosis" in c.front)
    assert edited.answers == ("6.5%", "two separate samples")

    result = build(BuildConfig(sources=(source,), out=out, kinds=("cloze",)))
    updated = 0
    for package in result.packages:
        log = import_package(collection, package)
        assert (len(log.new), len(log.conflicting)) == (0, 0)
        updated += len(log.updated)
    assert updated > 0
    nid = collection.db.scalar("select id from notes where guid=?", edited.guid)
    assert "confirms a diagnosis" in collection.get_note(nid)["Text"]


def test_the_reverse_card_and_the_first_clozes_do_not_ask_the_same(tmp_path, collection, scenario):
    source = scenario("short")
    import_all(collection, build(BuildConfig(sources=(source,), out=tmp_path / "out")))
    (deck,), _ = load_decks([source])
    checked = 0
    for term in deck.terms:
        names = {n.casefold() for n in (term.name, *term.aliases)}
        first = split_sentences(term.definition)[0]
        clozes = anki_cards(collection, f'tag:term::{term.id} "note:flashgen Cloze"')
        of_first = [c for c in clozes
                    if plain(re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", c.note()["Text"])) == plain(first)]
        # The reverse card asks for the term from this sentence; its clozes ask the rest.
        for card in of_first:
            hidden = re.findall(r"\{\{c%d::(.*?)\}\}" % (card.ord + 1), card.note()["Text"])
            assert hidden and not names & {html.unescape(h).casefold() for h in hidden}, card.note()["Text"]
            checked += 1
    assert checked >= len(deck.terms)
    # Without reverse cards, the term itself is hidden in its first sentence.
    only = prepare([source], kinds=("cloze",)).cards
    for term in deck.terms:
        first = [c for c in only if c.term_id == term.id and c.topic == "definition"][0]
        assert "~term" in first.key, first.key


def test_building_reverse_cards_or_not_keeps_every_cloze_notes_identity(scenario):
    source = scenario("short")
    with_reverse = {c.front: c.key for c in prepare([source], kinds=("cloze", "reverse")).cards
                    if c.kind == "cloze"}
    without = {re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", c.front): c.key
               for c in prepare([source], kinds=("cloze",)).cards}
    # A first sentence whose only key phrase is the term the reverse card asks gets no
    # cloze then; every other sentence keeps its note.
    for front, key in with_reverse.items():
        assert without[re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", front)] == key


def test_a_cloze_whose_term_is_only_inside_a_hidden_phrase_shows_the_term(tmp_path, collection):
    deck = tmp_path / "knitting"
    deck.mkdir()
    (deck / "cable.yaml").write_text(
        "name: Cable\n"
        "definition: A twist made by crossing groups of stitches over each other with the help of a "
        "cable needle.\n"
        "cloze:\n  hide: [cable needle]\n"
        "sections:\n  - heading: Mechanism\n"
        "    text: A cable crosses two groups of stitches held on a spare needle.\n")
    result = build(BuildConfig(sources=(deck,), out=tmp_path / "out", kinds=("cloze",)))
    import_all(collection, result)
    notes = {plain(card.note()["Text"]): card.note() for card in anki_cards(collection)}
    hidden = next(n for text, n in notes.items() if "{{c1::cable needle}}" in text)
    assert hidden["Context"] == "Cable"
    assert "Cable" in plain(collection.get_card(hidden.card_ids()[0]).render_output().question_text)
    # Where each card shows the name or asks for it ("A {{c1::cable}} crosses…"), none is needed.
    visible = [n for text, n in notes.items() if "stitches held on a spare" in text]
    assert visible and all(n["Context"] == "" for n in visible)
