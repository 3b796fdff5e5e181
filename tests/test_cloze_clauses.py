"""What a cloze leaves out of its blanks: verbs without objects, signature lines, who uses a name."""

import html
import re

from flashgen.cloze import Names, make_cloze

TERM = Names("~term", ("Fjord",))


def hidden(sentence: str) -> list[str]:
    cloze = make_cloze(sentence, TERM)
    return [html.unescape(h) for _, h in re.findall(r"\{\{c(\d+)::(.*?)\}\}", cloze.text)] if cloze else []


def test_a_verb_with_no_object_is_not_hidden_with_its_subject():
    # The tagger reads "paddle" and "twinkle" as nouns; each ends its clause without an object.
    asked = hidden("Once the sill is crossed, the kayakers paddle towards Flåm.")
    assert "Flåm" in asked and not any("paddle" in h for h in asked)
    assert not any("twinkle" in h for h in hidden("On clear nights the stars twinkle because the air moves."))
    # A plural after a preposition's noun group stays a noun: "of one or both moraine ridges".
    asked = hidden("Silt settles at the foot of one or both moraine ridges.")
    assert any(h.endswith("moraine ridges") for h in asked)


def test_a_line_that_signs_a_quotation_gets_no_cloze():
    assert make_cloze("— Dr. Ingrid Halvorsen, 1998.", TERM) is None
    assert make_cloze("–Sigrid Rønneberg, fjord guide", TERM) is None
    # A dash before a statement, or before a name and its measure, still leaves a fact to ask.
    assert "205 km" in hidden("— The fjord runs 205 km inland from the sea.")
    assert "205 km" in hidden("— Sognefjord, 205 km long")


def test_who_uses_a_name_is_not_asked_but_the_name_is():
    asked = hidden("Local fishermen often call them sea wolves.")
    assert asked == ["sea wolves"]
    assert hidden("Boatmen also call it the Sognesjøen.") == ["Sognesjøen"]
    # A person named in mid-sentence, who gave the name, is still asked.
    assert any("Amund Helland" in h for h in hidden("After his survey Amund Helland calls it the Sognesjøen."))


def test_an_everyday_agent_noun_as_its_clause_subject_is_not_asked():
    # Whoever does what the word says ("a rower", "the sender") doing it is no fact.
    asked = hidden("In a strong katabatic wind a rower may capsize near the Nærøyfjord.")
    assert "rower" not in asked and "Nærøyfjord" in asked
    asked = hidden("In Bergen a sender must label each fjord chart.")
    assert "sender" not in asked and "Bergen" in asked
    # The same word after a preposition, or named by a definition, is what the sentence is about.
    assert "rowers" in hidden("The 1998 survey of rowers found katabatic gusts above 25 m/s.")
    assert "rower" in hidden("A rower is a boatman who propels a fjord skiff with oars.")


def test_a_second_verb_of_a_relative_clause_is_not_hidden_with_its_object():
    # "draws" and "measures" are both verbs of "which"; the tagger reads the second as a noun.
    asked = hidden("Silt is sampled with a gravity corer, which draws sulphide gas from the mud and "
                   "measures salinity at each depth.")
    assert "sulphide gas" in asked and not any("measures" in h for h in asked)
