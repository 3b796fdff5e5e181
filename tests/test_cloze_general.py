"""What a cloze hides in prose of any field: padding left alone, names whole, lists and quoted terms asked."""

import re

import pytest

from flashgen.cloze import OWN_TERM, NameIndex, Names, make_cloze

TERM = Names("~term", ("Tidal Locking",))


def hidden(cloze) -> list[str]:
    return [h for _, h in re.findall(r"\{\{c(\d+)::(.*?)\}\}", cloze.text)] if cloze else []


def asked(sentence: str, deck: NameIndex | None = None) -> set[str]:
    """Return the phrases the sentence's cloze hides (none without a cloze)."""
    return set(hidden(make_cloze(sentence, TERM, deck)))


def test_padding_without_a_fact_gets_no_cloze_however_rare_its_words():
    for sentence in (
        "Safeguarding cherished freedoms through rigorous institutional safeguards remains a "
        "cornerstone of any enlightened, forward-looking community.",
        "Navigating these shifting expectations requires a strategic, people-centred mindset built "
        "on dedication and integrity.",
        "Studying celebrated episodes like this offers valuable insight into how our discipline "
        "adapts to the demands of the age.",
        "Grasping this paradigm is fundamental to a comprehensive, holistic appreciation of "
        "responsible stewardship.",
        "Such matters deserve your thoughtful and respectful consideration.",
    ):
        assert make_cloze(sentence, TERM) is None, sentence


def test_a_concrete_fact_in_the_same_words_still_gets_its_cloze():
    # A number, a name or a rare concrete noun outweighs a little padding.
    assert {"Galileo", "1610"} <= asked(
        "Understanding this, Galileo first observed the four large moons of Jupiter in 1610.")
    assert "tidal locking" in asked("The Moon keeps one face towards the Earth because of tidal locking.")


def test_padding_that_names_the_term_is_still_padding():
    assert not asked("Exploring tidal locking offers a truly fascinating window into the elegance of "
                     "our remarkable universe.")


def test_names_with_small_words_are_hidden_whole():
    assert "Mapp v. Ohio (1961)" in asked("The rule was overturned in Mapp v. Ohio (1961) after years of debate.")
    assert "Clean Air Act 1956" in asked("Parliament later passed the Clean Air Act 1956 to limit coal smoke.")
    assert "Hertzsprung–Russell diagram" in asked(
        "The Hertzsprung–Russell diagram plots luminosity against temperature.")


def test_two_people_joined_by_and_are_two_names_but_a_pair_name_is_one():
    assert {"Karl Jansky", "Grote Reber"} <= asked(
        "The effect was described by Karl Jansky and Grote Reber in radio surveys.")
    assert "Cooley and Tukey" in asked("The fast algorithm is credited to Cooley and Tukey, who published it in 1965.")


def test_a_kind_of_a_deck_term_is_hidden_whole():
    deck = NameIndex([Names("term:erosion", ("Erosion",)), TERM])
    hides = asked("Coastal farms suffer from aeolian erosion during dry winters.", deck)
    assert "aeolian erosion" in hides and "erosion" not in hides


def test_items_of_a_namely_list_are_asked_even_when_they_are_not_nouns():
    assert {"orally", "electronically", "provisionally", "conclusively"} <= asked(
        "A claim must be made in one of four ways, namely orally, electronically, provisionally or conclusively.")
    assert {"ground", "sieved", "dried", "weighed"} <= asked(
        "The sample is ground, sieved, dried and weighed before the assay.")


def test_quoted_coined_terms_are_asked():
    assert {"warp", "weft"} <= asked(
        'Weavers call the lengthwise threads the "warp" and the crosswise ones the "weft".')


def test_names_of_everyday_words_are_not_facts_by_their_capital():
    hides = asked("The United States adopted the metric kilogram as its mass standard in 1893.")
    assert "United States" not in hides and "1893" in hides


def test_the_subject_of_a_definition_and_a_named_adjective_are_asked():
    assert "Roche limit" in asked("The Roche limit is the distance within which tides tear a moon apart.")
    assert "synthetic" in asked("Languages such as Finnish that mark case with suffixes are called synthetic.")


def test_one_number_with_its_magnitude_and_unit():
    assert {"100 billion stars", "4 watts per square metre"} <= asked(
        "The Milky Way holds some 100 billion stars and emits 4 watts per square metre.")


def test_an_adjective_of_a_compound_stays_with_it_and_common_items_are_still_items():
    assert "common law jurisdictions" in asked("Most common law jurisdictions allow the defence in some form.")
    assert {"open", "continuous", "exclusive"} <= asked(
        "The use of the path must be open, continuous, exclusive and peaceable.")


def test_a_gerund_after_a_preposition_is_a_verb_not_part_of_the_phrase():
    cloze = make_cloze("Their loosening lets toxins pass, thereby initiating or sustaining inflammatory responses.",
                       Names(OWN_TERM, ("zonulin",)))
    assert cloze is not None
    assert "sustaining" not in " ".join(cloze.answers) and "inflammatory responses" in cloze.answers


@pytest.mark.parametrize("sentence, number", [
    ("The kiln passes 573 °C, where quartz inversion occurs.", "573 °C"),
    ("Water boils at 100°C at sea level.", "100°C"),
    ("EER is measured at an outdoor temperature of 95 °F.", "95 °F"),
])
def test_a_temperature_is_hidden_whole_with_its_scale(sentence, number):
    cloze = make_cloze(sentence, Names(OWN_TERM, ("bisque firing",)))
    assert cloze is not None and number in cloze.answers
    assert "C" not in cloze.answers and "F" not in cloze.answers


def test_a_rare_name_of_a_party_made_from_an_everyday_verb_asks_for_a_word():
    # Anyone can tell what a grantor or a grantee is; the registry is the fact.
    found = asked("The grantor signs the deed before two witnesses, and the grantee records it"
                  " at the land registry.")
    assert "land registry" in found and not {"grantor", "grantee"} & found
    # One whose verb is not an everyday word ("mortgage") keeps its rarity.
    assert "mortgagor" in asked("The mortgagor keeps possession of the tidal mill.")


def test_a_name_written_in_capitals_is_not_found_in_small_letters():
    # "ET" (evapotranspiration) and "PIN" of another term are abbreviations; the Latin
    # "et" of a citation and the word "pin" are not them.
    deck = NameIndex([Names("evapotranspiration", ("Evapotranspiration", "ET")),
                      Names("pin", ("personal identification number", "PIN"))])
    french = asked("La macération pelliculaire dure de 4 à 20 heures et donne au vin sa couleur.", deck)
    assert "et" not in {h.casefold() for h in french}
    assert "ET" in asked("In July, ET over irrigated barley reached 6.1 mm per day.", deck)
    pinned = asked("Chip and PIN readers, fitted to tills from 2004, lock with a steel pin.", deck)
    assert "pin" not in pinned and "2004" in pinned

