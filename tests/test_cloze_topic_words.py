"""A common word the term keeps coming back to is the frame of its facts, not one of them."""

import html
import re

from flashgen.cards import load_templates, render_deck
from flashgen.cloze import Names, make_cloze
from flashgen.model import Deck, Section, Term
from flashgen.topics import topic_key

TERM = Names("~term", ("Noborigama",))


def hidden(sentence: str, topic: frozenset[str] = frozenset()) -> list[str]:
    cloze = make_cloze(sentence, TERM, topic=topic)
    return [html.unescape(h) for _, h in re.findall(r"\{\{c(\d+)::(.*?)\}\}", cloze.text)] if cloze else []


def _deck_clozes(definition: str, section: str) -> dict[str, list[str]]:
    term = Term(id="noborigama", name="Noborigama", definition=definition, deck="pottery", path="noborigama.yaml",
                sections=(Section(heading="Firing", topic=topic_key("Firing"), text=section),))
    cards = render_deck(Deck(id="pottery", title="Pottery", terms=(term,)), load_templates(), kinds=("cloze",))
    return {re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", c.front): re.findall(r"\{\{c\d+::(.*?)\}\}", c.front)
            for c in cards}


SENTENCE = "The kiln is fired with pine wood for three days."


def test_a_word_the_terms_other_sentences_use_is_left_visible_beside_a_fact():
    clozes = _deck_clozes("A noborigama is a stepped, multi-chambered kiln climbing a hillside.",
                          SENTENCE + " Each chamber of the kiln is stoked through side ports.")
    assert clozes[SENTENCE] == ["pine wood", "three days"]


def test_the_same_word_is_asked_where_the_term_uses_it_once():
    clozes = _deck_clozes("A noborigama is a stepped, multi-chambered oven climbing a hillside.",
                          SENTENCE + " Each chamber is stoked through side ports.")
    assert "kiln" in clozes[SENTENCE]


def test_a_topic_word_alone_keeps_the_sentences_only_cloze():
    assert hidden("The kiln cools slowly.", frozenset({"kiln"})) == ["kiln"]
    assert "kiln" not in hidden("The kiln cools slowly for two days.", frozenset({"kiln"}))
    assert "kiln" in hidden("The kiln cools slowly for two days.")


def test_a_topic_word_that_is_an_item_of_a_list_or_a_name_is_still_asked():
    listed = "Heat passes from the firebox through the kiln, the flue and the chimney at about 1,300 °C."
    assert "flue" in hidden(listed, frozenset({"flue"}))
    assert "Kiln of Bizen" in hidden("The Kiln of Bizen is fired with pine wood for three days.",
                                     frozenset({"kiln"}))


def test_rare_jargon_is_a_fact_however_often_the_term_uses_it():
    sentence = "Dampers regulate the draught through the bourrelet at about 1,300 °C."
    assert "bourrelet" in hidden(sentence, frozenset({"bourrelet"}))
