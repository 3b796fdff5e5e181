"""What a sentence that names its term asks when nothing else in it scores: its compound of
everyday words, and the term's name only when it has none."""

import html
import re

from flashgen.cloze import Names, make_cloze


def cloze_of(sentence: str, name: str):
    return make_cloze(sentence, Names("~term", (name,)), hide_own=False, own_alone=True)


def hidden(cloze) -> list[str]:
    return [html.unescape(h) for _, h in re.findall(r"\{\{c(\d+)::(.*?)\}\}", cloze.text)] if cloze else []


def test_a_definition_in_everyday_words_asks_its_compound_not_the_name():
    cloze = cloze_of("Kerf is the narrow gap that a saw leaves in a board.", "Kerf")
    assert hidden(cloze) == ["narrow gap"]
    cloze = cloze_of("Freeboard is the height of the deck above the water line.", "Freeboard")
    assert hidden(cloze) == ["water line"]


def test_the_note_is_still_known_by_the_name_it_would_hide():
    # Its identity is what it had when the name was hidden, so rebuilding keeps the reviews.
    assert cloze_of("Kerf is the narrow gap that a saw leaves in a board.", "Kerf").phrases == ("~term",)


def test_a_compound_that_stands_for_a_noun_is_no_fact_and_the_name_is_asked():
    assert hidden(cloze_of("Ballast keeps the boat upright.", "Ballast")) == ["Ballast"]
    # "the first ones" names nothing: a pronoun's compound is not asked in the name's place.
    assert hidden(cloze_of("FIFO assumes that the oldest crates are the first ones sold.", "FIFO")) == ["FIFO"]


def test_where_the_reverse_card_asks_for_the_term_the_compound_still_gets_a_cloze():
    # The definition's first sentence keeps the name visible for the reverse card; its
    # fact is asked all the same, and the note is known as it is in a build without it.
    sentence = "Kerf is the narrow gap that a saw leaves in a board."
    cloze = make_cloze(sentence, Names("~term", ("Kerf",)), hide_own=False)
    assert hidden(cloze) == ["narrow gap"] and cloze.phrases == cloze_of(sentence, "Kerf").phrases
    assert make_cloze("Ballast keeps the boat upright.", Names("~term", ("Ballast",)), hide_own=False) is None


def test_a_count_of_what_follows_is_not_asked_in_the_names_place():
    # "the average number of guests": what is counted is the fact, not "average number".
    cloze = cloze_of("Occupancy is the average number of guests in a room each night.", "Occupancy")
    assert hidden(cloze) == ["Occupancy"]


def test_a_name_shown_with_its_abbreviation_in_brackets_stays_visible_as_a_pair():
    # The card shows the name; neither the pair nor the abbreviation of it is a blank.
    own = Names("~term", ("Bone density", "BD"))
    cloze = make_cloze("Bone density (BD) is the mineral content of a set volume of bone, read from "
                       "a low-dose X-ray scan.", own, hide_own=False)
    assert not any("Bone density" in h or h == "BD" for h in hidden(cloze))
    # A kind of the term, ending where its name does, is still a fact of its own.
    cloze = make_cloze("Under comparative negligence the award is cut by the share of blame.",
                       Names("~term", ("Negligence",)), hide_own=False)
    assert hidden(cloze) == ["comparative negligence"]

