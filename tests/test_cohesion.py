"""A sentence that shares no word with the rest of its term, and holds nothing concrete, is a flourish."""

import re

from flashgen.cards import load_templates, render_deck
from flashgen.model import Deck, Section, Term
from flashgen.topics import topic_key


def _hidden_by_sentence(definition, *sections):
    term = Term(id="kiln", name="Anagama kiln", definition=definition, deck="pottery", path="kiln.yaml",
                sections=tuple(Section(heading=h, topic=topic_key(h), text=t) for h, t in sections))
    deck = Deck(id="pottery", title="Pottery", terms=(term,))
    cards = render_deck(deck, load_templates(), kinds=("cloze",))
    return {re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", c.front): re.findall(r"\{\{c\d+::(.*?)\}\}", c.front)
            for c in cards}


DEFINITION = ("An anagama kiln is a single-chambered, tunnel-shaped kiln built into a slope "
              "and fired with wood for several days.")


def test_a_flourish_of_uncommon_words_that_nothing_else_of_the_term_uses_gets_no_cloze():
    flourish = "Devoted artisans cherish such venerable hearths with an almost reverent gratitude."
    clozes = _hidden_by_sentence(DEFINITION, ("Mechanism", "Ash from the wood settles on the pots and melts "
                                               "into a natural glaze. " + flourish))
    assert flourish not in clozes
    assert any("glaze" in " ".join(h) for h in clozes.values())


def test_the_same_uncommon_words_are_asked_when_the_term_speaks_of_them_elsewhere():
    # "Hearth" and "artisans" are the term's own vocabulary here: the sentence is about the kiln.
    sentence = "Devoted artisans cherish such venerable hearths with an almost reverent gratitude."
    clozes = _hidden_by_sentence(DEFINITION + " Its hearth holds the embers.",
                                 ("Context", "Village artisans shared one kiln. " + sentence))
    assert clozes.get(sentence)


def test_jargon_is_a_fact_even_in_a_sentence_that_shares_no_word_with_the_term():
    sentence = "Reduction atmospheres turn celadon glazes grey-green through ferrous oxide."
    clozes = _hidden_by_sentence(DEFINITION, ("Significance", sentence))
    assert clozes.get(sentence)
    # A number, an abbreviation or a name is evidence on its own, shared words or not.
    dated = "Potters in Bizen fired them for 10 to 14 days."
    assert _hidden_by_sentence(DEFINITION, ("Origin", dated)).get(dated)
