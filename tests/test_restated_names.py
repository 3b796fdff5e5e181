"""A name said again more exactly right after the term's name ("…, more precisely X (ABBR), is")
is an alias; a correction in the same words names nothing. The prompts spell the name as the
term's own text does, not as a longer name that holds it."""

from __future__ import annotations

import pytest

from flashgen.grammar import prose_name
from flashgen.readers.naming import name_and_aliases


@pytest.mark.parametrize("sentence, aliases", [
    ("Tidal range, more precisely mean tidal range (MTR), is the average height between high and low water.",
     ["mean tidal range", "MTR"]),
    ("Wind chill, more formally the wind chill index, is the felt cooling of moving air.", ["wind chill index"]),
    ("Ground speed, more precisely speed over ground (SOG), is how fast a craft moves over the earth.",
     ["speed over ground", "SOG"]),
])
def test_a_name_said_again_more_exactly_is_an_alias(sentence, aliases):
    assert name_and_aliases(sentence, None, "p", 1)[1] == aliases


@pytest.mark.parametrize("sentence", [
    "Caffeine, more precisely its action on adenosine receptors, keeps a sleeper awake.",
    "Water hardness, more precisely the calcium content, is measured in milligrams per litre.",
    "Tidal range, more precisely, is the height between high and low water.",
    "The pump, more precisely the impeller inside it, moves the water.",
])
def test_a_correction_after_more_precisely_names_nothing(sentence):
    assert name_and_aliases(sentence, None, "p", 1)[1] == []


def test_a_name_inside_a_longer_capitalised_name_does_not_set_its_spelling():
    texts = ("Tidal range is the height between high and low water.",
             "The National Tidal Range Survey measured it at forty ports, where the tidal range grows toward "
             "the head of each bay.")
    assert prose_name("Tidal range", texts) == "tidal range"
    # Written with capitals inside a sentence on its own, a name keeps them; a sentence's
    # first word before it is no longer name.
    assert prose_name("Tidal range", ("Tidal range is a height.", "Each port logs its Tidal Range weekly.")) \
        == "Tidal Range"
    assert prose_name("Tidal range", ("Tidal range is a height.", "Ports log Tidal Range weekly.")) == "Tidal Range"
