"""What a cloze leaves out of its blanks: a label before a colon, a count of kinds, the frame of a
bracket, a subject run into its verb, a decade before a noun."""

import html
import re

from flashgen.cloze import Names, make_cloze

TERM = Names("~term", ("Fjord",))


def hidden(sentence: str) -> list[str]:
    cloze = make_cloze(sentence, TERM)
    return [html.unescape(h) for _, h in re.findall(r"\{\{c(\d+)::(.*?)\}\}", cloze.text)] if cloze else []


def test_a_label_before_a_colon_and_the_order_after_it_are_not_hidden():
    asked = hidden("Workshop tip: Sharpen the chisel on a diamond plate before paring the tenon.")
    assert "tenon" in asked
    assert not any("Workshop" in h or "Sharpen" in h for h in asked)
    asked = hidden("Pilot advice: Expect katabatic gusts where the glacier tongue meets the fjord.")
    assert "katabatic gusts" in asked and not any("advice" in h for h in asked)


def test_a_list_after_a_colon_in_mid_sentence_is_still_asked():
    asked = hidden("Sediment cores hold three layers: varved clay, glacial till and peat.")
    assert {"varved clay", "glacial till"} <= set(asked)


def test_a_count_of_kinds_is_not_hidden_but_a_count_of_things_is():
    asked = hidden("Two main types are distinguished, the sill fjord and the skerry fjord.")
    assert not any("types" in h for h in asked)
    asked = hidden("Three basic classes exist: rock-basin, threshold and drowned-valley fjords.")
    assert not any("classes" in h for h in asked) and "rock-basin" in asked
    assert "two independent notes" in hidden("The syrinx can sound two independent notes at once.")


def test_the_words_framing_a_form_in_brackets_stay_visible():
    asked = hidden("Each sporangium (plural sporangia) holds thousands of spores.")
    assert "sporangia" in asked and "plural sporangia" not in asked
    # Another name in brackets is a name of its own, hidden whole.
    assert "Basquin curve" in hidden("Fatigue tests give a stress curve (Basquin curve) on logarithmic axes.")


def test_a_name_opening_the_sentence_is_not_run_into_its_verb():
    asked = hidden("Brown sampled brackish water in Sognefjord in 1902.")
    assert "brackish water" in asked and not any("sampled" in h for h in asked)


def test_a_plural_subject_and_its_verb_before_a_preposition_are_not_one_phrase():
    assert not any("suckle" in h for h in hidden("Calves suckle within an hour of birth."))
    asked = hidden("Eggs hatch after four days, and the fry leave the gravel in spring.")
    assert not any("hatch" in h for h in asked)


def test_a_verb_before_an_abbreviation_or_after_have_is_not_hidden():
    asked = hidden("Most hydrographers use LIDAR along steep shorelines.")
    assert "LIDAR" in asked and not any("use" in h.split() for h in asked)
    asked = hidden("Meltwater has made turbidity currents far more frequent than they once were.")
    assert not any("made" in h.split() for h in asked)


def test_a_second_verb_of_a_relative_clause_is_not_hidden():
    asked = hidden("A sill is a rock threshold that blocks deep water and traps cold brine.")
    assert "cold brine" in asked and not any("traps" in h for h in asked)


def test_a_decade_does_not_count_the_noun_after_it():
    asked = hidden("In the 1920s surveyors mapped the sill with lead lines.")
    assert not any("1920s" in h and "surveyors" in h for h in asked)


def test_the_class_before_a_species_name_is_left_out_of_it():
    asked = hidden("Grey rot comes from the mould fungus Botrytis cinerea on ripe grapes.")
    assert "Botrytis cinerea" in asked and not any("fungus" in h for h in asked)
    asked = hidden("Its silt was dated by the geologist Astrid Holm in 1931.")
    assert "Astrid Holm" in asked and not any("geologist" in h for h in asked)


def test_the_class_of_a_defined_process_is_not_asked_beside_what_happens_in_it():
    asked = hidden("A seiche is a standing oscillation in which the water of a closed basin sways from end to end.")
    assert "seiche" in asked and "standing oscillation" not in asked
    # Before any other clause the class stays a candidate like any other.
    asked = hidden("A seiche is a standing oscillation whose period depends on the length of a closed basin.")
    assert "standing oscillation" in asked
