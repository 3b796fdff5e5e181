"""A term's name that only modifies a noun after it ("the sapwood ratio" for Sapwood) is
never what a section's cloze hides: the card is about the term, so the blank would ask
nothing, and a blank for another of its occurrences would be read off the visible one."""

import re

from flashgen.cards import load_templates, render_deck
from flashgen.model import Deck, Section, Term

SAPWOOD = Term(
    id="sapwood", name="Sapwood", deck="forestry", path="sapwood.md",
    definition="Sapwood is the living outer wood of a tree trunk.",
    sections=(
        Section("Measurement", "measurement",
                "The sapwood ratio, the share of sapwood in the trunk, falls as a tree ages. "
                "The sapwood ratio, the share of sapwood in the stem, drops below a third after 80 years. "
                "Sapwood carries water from the roots to the crown. "
                "Sapwood and heartwood differ in colour."),
    ),
)


def clozes() -> dict[str, str]:
    deck = Deck(id="forestry", title="Forestry", terms=(SAPWOOD,))
    return {re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", c.front): c.front
            for c in render_deck(deck, load_templates(), kinds=("cloze",)) if c.kind == "cloze"}


def test_a_sentence_whose_only_blank_would_be_the_name_as_a_modifier_gets_no_cloze():
    assert "The sapwood ratio, the share of sapwood in the trunk, falls as a tree ages." not in clozes()


def test_beside_the_name_as_a_modifier_the_rest_of_the_sentence_is_asked():
    front = clozes()["The sapwood ratio, the share of sapwood in the stem, drops below a third after 80 years."]
    assert "{{c1::80 years}}" in front
    assert "sapwood}}" not in front.casefold()


def test_the_name_as_the_subject_is_still_hidden_where_it_is_all_there_is_to_ask():
    assert clozes()["Sapwood carries water from the roots to the crown."].startswith("{{c1::Sapwood}}")


def test_the_name_beside_a_conjunct_is_no_modifier():
    assert clozes()["Sapwood and heartwood differ in colour."] == "Sapwood and {{c1::heartwood}} differ in colour."
