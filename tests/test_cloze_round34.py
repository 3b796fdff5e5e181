"""What a cloze hides, leaves visible or splits, on sentences written for these tests:

- an everyday word read as a verb, quoted as an example or as the sentence's wording,
  beside a phrase worth asking;
- a word the lexicon knows only as a verb ("respond") after a noun group, which ends it;
- the common noun opening a sentence before the preposition that qualifies it, beside another phrase;
- a noun-looking verb between its subject and a number, in a clause with no verb yet ("hyphae measure 2 µm").
"""


from test_cloze_round33 import TERM, hidden, phrases


def test_an_everyday_verb_in_quotes_is_not_hidden_beside_a_term():
    found = phrases('An infix is an affix inserted inside a stem, unlike the prefix before "run".')
    assert "run" not in found and "infix" in found
    found = phrases('At high humidity the glider "wants" to stall at low airspeed.')
    assert "wants" not in found and "low airspeed" in found


def test_a_rare_verb_in_quotes_is_still_hidden():
    assert "calve" in phrases('Glaciers ending in the sea "calve" icebergs along a tidewater front.')


def test_a_word_known_only_as_a_verb_after_a_noun_ends_the_noun_group_before_it():
    # "respond", "responds": the lexicon knows no noun, so the subject's group ends on "tip".
    found = phrases("Photoreceptors in a frog's retina respond to single photons.")
    assert "frog's retina" in found and not any("respond" in p for p in found)
    assert "fingertip skin" in phrases("Mechanoreceptors in the fingertip skin respond to vibration above 40 Hz.")
    # A verb's spelling after an adjective is still a noun: "the gravitational pull of".
    assert "gravitational pull" in phrases("Ocean tides arise from the gravitational pull of the Moon on the oceans.")


def test_the_noun_opening_the_sentence_before_its_preposition_is_not_hidden_beside_other_phrases():
    found = phrases("Leaching of soluble nitrate lowers groundwater quality beneath arable fields.")
    assert "Leaching" not in found and "soluble nitrate" in found
    found = phrases("Sediment from upland farms clogs spawning gravel in chalk streams.")
    assert "Sediment" not in found and "spawning gravel" in found
    # A name opening the sentence is not such a noun.
    assert "Brunel" in phrases("Brunel in 1838 gave the Great Western Railway its broad gauge.")


def test_a_verb_read_as_a_noun_before_a_number_is_not_hidden_with_its_subject():
    found = phrases("The eggs hatch within a day, and the hyphae measure 2 to 10 µm across.")
    assert "hyphae" in found and not any("measure" in p for p in found)
    found = phrases("Cercariae swim freely, whereas the metacercariae measure 0.2 mm in diameter.")
    assert "metacercariae" in found and "0.2 mm" in found and not any("measure" in p for p in found)
