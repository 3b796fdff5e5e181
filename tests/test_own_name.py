"""Where a cloze card hides its own term's name: in the definition, which says what the term
is, and in a section only when the name is all a fact there has to ask."""

import re

from flashgen.cards import load_templates, render_deck
from flashgen.model import Deck, Section, Term

KILN = Term(
    id="kiln", name="Kiln", aliases=("firing kiln",), deck="pottery", path="kiln.md",
    definition="A kiln is an insulated chamber in which pottery is fired at temperatures above 900 °C.",
    sections=(
        Section("Mechanism", "mechanism",
                "A kiln reaches stoneware temperatures with propane burners or silicon carbide elements. "
                "The kiln also loses heat slowly overnight. "
                "A kiln is something every potter should think about carefully. "
                "Kiln shelves are coated with alumina wash so that dripping glaze does not stick."),
    ),
)
GLAZE = Term(id="glaze", name="Glaze", deck="pottery", path="glaze.md",
             definition="A glaze is a glassy coating fused to a ceramic body in the kiln.")


def clozes(kinds=("cloze",)) -> dict[str, tuple[str, str]]:
    """Return each cloze card of the kiln, as (text with its clozes, context), by its plain sentence."""
    deck = Deck(id="pottery", title="Pottery", terms=(KILN, GLAZE))
    out = {}
    for card in render_deck(deck, load_templates(), kinds=kinds):
        if card.kind == "cloze" and card.term_id == "kiln":
            out[re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", card.front)] = (card.front, card.context)
    return out


def hidden(text: str) -> list[str]:
    return re.findall(r"\{\{c\d+::(.*?)\}\}", text)


def test_a_section_leaves_the_name_visible_and_asks_the_rest():
    text, context = clozes()["A kiln reaches stoneware temperatures with propane burners or silicon carbide elements."]
    assert "kiln" not in " ".join(hidden(text)).casefold()
    assert {"propane burners", "silicon carbide elements"} <= set(hidden(text))
    assert context == ""  # the sentence shows the term, so no line above it repeats it


def test_the_definition_still_asks_for_the_term_unless_a_reverse_card_does():
    sentence = KILN.definition
    assert "kiln" in hidden(clozes()[sentence][0])
    with_reverse = clozes(("cloze", "reverse"))[sentence][0]
    assert "kiln" not in " ".join(hidden(with_reverse)).casefold() and hidden(with_reverse)


def test_a_fact_with_nothing_but_the_name_to_ask_hides_the_name():
    text, _ = clozes()["The kiln also loses heat slowly overnight."]
    assert hidden(text) == ["kiln"]


def test_the_name_is_no_evidence_that_padding_states_a_fact():
    assert "A kiln is something every potter should think about carefully." not in clozes()


def test_a_phrase_the_name_qualifies_stays_visible_with_it():
    text, _ = clozes()["Kiln shelves are coated with alumina wash so that dripping glaze does not stick."]
    assert not any("Kiln" in h for h in hidden(text))
    assert "alumina wash" in hidden(text)
