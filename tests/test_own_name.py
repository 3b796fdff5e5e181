"""Where a cloze card hides its own term's name: only where the name is all a fact has to
ask, in the definition as in a section, and never in the definition's first sentence when a
reverse card asks for the term from it."""

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
PUG = Term(id="pug", name="Pug", deck="pottery", path="pug.md",
           definition="A pug is a machine that mixes clay. Every pug also squeezes the air out as it turns.")


def clozes(kinds=("cloze",), term="kiln") -> dict[str, tuple[str, str]]:
    """Return each cloze card of a term, as (text with its clozes, context), by its plain sentence."""
    deck = Deck(id="pottery", title="Pottery", terms=(KILN, GLAZE, PUG))
    out = {}
    for card in render_deck(deck, load_templates(), kinds=kinds):
        if card.kind == "cloze" and card.term_id == term:
            out[re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", card.front)] = (card.front, card.context)
    return out


def hidden(text: str) -> list[str]:
    return re.findall(r"\{\{c\d+::(.*?)\}\}", text)


def test_a_section_leaves_the_name_visible_and_asks_the_rest():
    text, context = clozes()["A kiln reaches stoneware temperatures with propane burners or silicon carbide elements."]
    assert "kiln" not in " ".join(hidden(text)).casefold()
    assert {"propane burners", "silicon carbide elements"} <= set(hidden(text))
    assert context == ""  # the sentence shows the term, so no line above it repeats it


def test_a_definition_leaves_the_name_visible_and_asks_its_facts():
    # "{{c1::A kiln}} is an insulated chamber…" would ask which term the card is about;
    # the card is about the kiln, and the temperature is the fact.
    for kinds in (("cloze",), ("cloze", "reverse")):
        text, context = clozes(kinds)[KILN.definition]
        assert hidden(text) == ["900 °C"]
        assert context == ""


def test_a_definition_with_nothing_else_to_ask_hides_the_name_unless_a_reverse_card_does():
    first, second = "A pug is a machine that mixes clay.", "Every pug also squeezes the air out as it turns."
    alone = clozes(term="pug")
    assert hidden(alone[first][0]) == ["pug"]
    assert hidden(alone[second][0]) == ["pug"]
    with_reverse = clozes(("cloze", "reverse"), term="pug")
    assert first not in with_reverse  # the reverse card asks for the term from it
    assert hidden(with_reverse[second][0]) == ["pug"]  # only the first sentence is the reverse card's


def test_a_fact_with_nothing_but_the_name_to_ask_hides_the_name():
    text, _ = clozes()["The kiln also loses heat slowly overnight."]
    assert hidden(text) == ["kiln"]


def test_the_name_is_no_evidence_that_padding_states_a_fact():
    assert "A kiln is something every potter should think about carefully." not in clozes()


def test_a_phrase_the_name_qualifies_stays_visible_with_it():
    text, _ = clozes()["Kiln shelves are coated with alumina wash so that dripping glaze does not stick."]
    assert not any("Kiln" in h for h in hidden(text))
    assert "alumina wash" in hidden(text)


def test_another_name_given_beside_the_visible_one_is_asked():
    # The card shows "Grog"; "chamotte" is a fact about it, asked on its own.
    grog = Term(id="grog", name="Grog", aliases=("chamotte",), deck="pottery", path="grog.md",
                definition="Grog, also called chamotte, is fired clay crushed into grains and wedged into a body.",
                sections=(Section("Use", "use", "Grog (chamotte) opens a clay body so that thick slabs dry evenly."),))
    deck = Deck(id="pottery", title="Pottery", terms=(KILN, grog))
    for kinds in (("cloze",), ("cloze", "reverse")):
        fronts = {re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", c.front): c.front
                  for c in render_deck(deck, load_templates(), kinds=kinds) if c.kind == "cloze" and c.term_id == "grog"}
        first = fronts[grog.definition]
        assert "chamotte" in hidden(first) and not any("Grog" in h for h in hidden(first))
        # In brackets right after the name it is the name's other form, read from it: not asked.
        section = fronts["Grog (chamotte) opens a clay body so that thick slabs dry evenly."]
        assert not any("chamotte" in h or "Grog" in h for h in hidden(section))
