"""A phrase the term's definition or the section's earlier sentences gave already is the frame of
what a later sentence adds: beside another blank it stays visible."""

import html
import re

from flashgen.cards import load_templates, render_deck
from flashgen.cloze import Names, make_cloze
from flashgen.keyphrases import content_stem
from flashgen.model import Deck, Section, Term
from flashgen.topics import topic_key

TERM = Names("~term", ("Clinker",))


def _clozes(definition: str, section: str) -> dict[str, list[str]]:
    term = Term(id="clinker", name="Clinker", definition=definition, deck="boats", path="clinker.yaml",
                sections=(Section(heading="Building", topic=topic_key("Building"), text=section),))
    cards = render_deck(Deck(id="boats", title="Boats", terms=(term,)), load_templates(), kinds=("cloze",))
    return {re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", c.front): [html.unescape(h) for h in
                                                              re.findall(r"\{\{c\d+::(.*?)\}\}", c.front)]
            for c in cards}


LATER = "Each garboard strake is riveted to the keel with copper roves."


def test_a_phrase_the_definition_gave_is_left_visible_beside_a_new_fact():
    clozes = _clozes("Clinker is a way of building hulls in which each garboard strake overlaps the next.", LATER)
    assert "copper roves" in clozes[LATER] and "garboard strake" not in clozes[LATER]
    # Where nothing before gave it, the same phrase is asked.
    clozes = _clozes("Clinker is a way of building hulls from overlapping planks.", LATER)
    assert "garboard strake" in clozes[LATER]


def test_a_phrase_an_earlier_sentence_of_the_section_gave_is_left_visible():
    first = "The lowest plank on each side is the garboard strake."
    alone = "The garboard strake takes the most twist."
    clozes = _clozes("Clinker is a way of building hulls from overlapping planks.", f"{first} {LATER} {alone}")
    assert "garboard strake" in clozes[first]
    assert "copper roves" in clozes[LATER] and "garboard strake" not in clozes[LATER]
    # Alone, it keeps the sentence's only cloze.
    assert clozes[alone] == ["garboard strake"]


def test_a_phrase_given_in_another_ending_counts_but_not_inside_another_word():
    shown = make_cloze(LATER, TERM, earlier="boats whose garboard strakes are wide.")
    assert "{{c" in shown.text and "garboard strake}}" not in shown.text
    asked = make_cloze(LATER, TERM, earlier="the garboard straked hulls of the north.")
    assert "garboard strake}}" in asked.text


def test_the_blank_a_given_phrase_leaves_goes_to_the_next_phrase_worth_asking():
    sentence = "Shipwrights fasten each garboard strake to the hog with copper roves, trenails and oakum caulking."
    assert "garboard strake}}" in make_cloze(sentence, TERM).text and "{{c4::" in make_cloze(sentence, TERM).text
    shown = make_cloze(sentence, TERM, earlier="the garboard strake is the lowest plank.")
    assert "garboard strake}}" not in shown.text and "{{c4::" in shown.text


def test_the_freed_blank_goes_to_no_word_the_term_keeps_coming_back_to():
    sentence = "Each garboard strake is fastened to the keelson with trenails while oakum swells in the bilge."
    earlier = "the garboard strake is the lowest plank."
    assert "{{c4::bilge}}" in make_cloze(sentence, TERM, earlier=earlier).text
    shown = make_cloze(sentence, TERM, earlier=earlier, topic=frozenset({content_stem("bilge")}))
    assert "bilge}}" not in shown.text and "garboard strake}}" not in shown.text


def test_a_note_is_known_by_its_given_phrase_too_so_an_edit_before_it_keeps_its_reviews():
    sentence = "Shipwrights fasten each garboard strake to the hog with copper roves, trenails and oakum caulking."
    alone = make_cloze(sentence, TERM)
    after = make_cloze(sentence, TERM, earlier="the garboard strake is the lowest plank.")
    assert "garboard strake}}" not in after.text
    assert after.phrases == alone.phrases and "garboard strake" in after.phrases
