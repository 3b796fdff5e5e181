"""What a cloze hides in prose of any field: padding left alone, names whole, lists and quoted terms asked."""

import re

from flashgen.cloze import NameIndex, Names, make_cloze

TERM = Names("~term", ("Tidal Locking",))


def hidden(cloze) -> list[str]:
    return [h for _, h in re.findall(r"\{\{c(\d+)::(.*?)\}\}", cloze.text)] if cloze else []


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
    cloze = make_cloze("Understanding this, Galileo first observed the four large moons of Jupiter in 1610.", TERM)
    assert {"Galileo", "1610"} <= set(hidden(cloze))
    cloze = make_cloze("The Moon keeps one face towards the Earth because of tidal locking.", TERM)
    assert "tidal locking" in hidden(cloze)


def test_padding_that_names_the_term_is_still_padding():
    cloze = make_cloze("Exploring tidal locking offers a truly fascinating window into the elegance of "
                       "our remarkable universe.", TERM)
    assert cloze is None


def test_names_with_small_words_are_hidden_whole():
    cloze = make_cloze("The rule was overturned in Mapp v. Ohio (1961) after years of debate.", TERM)
    assert "Mapp v. Ohio (1961)" in hidden(cloze)
    cloze = make_cloze("Parliament later passed the Clean Air Act 1956 to limit coal smoke.", TERM)
    assert "Clean Air Act 1956" in hidden(cloze)
    cloze = make_cloze("The Hertzsprung–Russell diagram plots luminosity against temperature.", TERM)
    assert "Hertzsprung–Russell diagram" in hidden(cloze)


def test_two_people_joined_by_and_are_two_names_but_a_pair_name_is_one():
    cloze = make_cloze("The effect was described by Karl Jansky and Grote Reber in radio surveys.", TERM)
    assert {"Karl Jansky", "Grote Reber"} <= set(hidden(cloze))
    cloze = make_cloze("The fast algorithm is credited to Cooley and Tukey, who published it in 1965.", TERM)
    assert "Cooley and Tukey" in hidden(cloze)


def test_a_kind_of_a_deck_term_is_hidden_whole():
    deck = NameIndex([Names("term:erosion", ("Erosion",)), TERM])
    cloze = make_cloze("Coastal farms suffer from aeolian erosion during dry winters.", TERM, deck)
    assert "aeolian erosion" in hidden(cloze) and "erosion" not in hidden(cloze)


def test_items_of_a_namely_list_are_asked_even_when_they_are_not_nouns():
    cloze = make_cloze("A claim must be made in one of four ways, namely orally, electronically, "
                       "provisionally or conclusively.", TERM)
    assert {"orally", "electronically", "provisionally", "conclusively"} <= set(hidden(cloze))
    cloze = make_cloze("The sample is ground, sieved, dried and weighed before the assay.", TERM)
    assert {"ground", "sieved", "dried", "weighed"} <= set(hidden(cloze))


def test_quoted_coined_terms_are_asked():
    cloze = make_cloze('Weavers call the lengthwise threads the "warp" and the crosswise ones the "weft".', TERM)
    assert {"warp", "weft"} <= set(hidden(cloze))


def test_names_of_everyday_words_are_not_facts_by_their_capital():
    cloze = make_cloze("The United States adopted the metric kilogram as its mass standard in 1893.", TERM)
    assert "United States" not in hidden(cloze) and "1893" in hidden(cloze)


def test_the_subject_of_a_definition_and_a_named_adjective_are_asked():
    cloze = make_cloze("The Roche limit is the distance within which tides tear a moon apart.", TERM)
    assert "Roche limit" in hidden(cloze)
    cloze = make_cloze("Languages such as Finnish that mark case with suffixes are called synthetic.", TERM)
    assert "synthetic" in hidden(cloze)


def test_one_number_with_its_magnitude_and_unit():
    cloze = make_cloze("The Milky Way holds some 100 billion stars and emits 4 watts per square metre.", TERM)
    assert {"100 billion stars", "4 watts per square metre"} <= set(hidden(cloze))
