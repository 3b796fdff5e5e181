"""Padding of kinds a glossary site writes — advice, a pitch, hyperbole, impressions — gets no
cloze, while facts written in the same grammar keep theirs."""

import html
import re

from flashgen.cloze import Names, make_cloze

TERM = Names("~term", ("Bowline",))


def hidden(sentence: str, cohesive: bool = True) -> list[str] | None:
    """Return what the sentence's cloze hides, or None when it gets no cloze."""
    cloze = make_cloze(sentence, TERM, cohesive=cohesive)
    return [html.unescape(h) for _, h in re.findall(r"\{\{c(\d+)::(.*?)\}\}", cloze.text)] if cloze else None


def test_advice_to_the_reader_is_padding_whatever_rare_words_it_names():
    assert hidden("Don't let clamps and cauls intimidate you.") is None
    assert hidden("Sign up today and we will post you a sample of burr walnut veneer.") is None
    assert hidden("Never underestimate the power of well-spaced headlines.") is None


def test_an_order_that_teaches_a_procedure_or_a_measure_keeps_its_cloze():
    assert "stopper knot" in hidden("Tie a stopper knot in the tail to keep it from running out of the block.")
    assert "180 grit" in hidden("Sand the end grain to 180 grit before the first coat of shellac.")
    assert "racing dinghy" in hidden("Do not cleat a sheet on a racing dinghy: it cannot be freed in a capsize.")
    # A gerund that opens a sentence is its subject, not an order.
    assert "rebound tachycardia" in hidden("Stopping them abruptly may cause rebound tachycardia.")


def test_a_comparison_with_nothing_is_a_vague_claim():
    assert hidden("Few knots earn a sailor's trust more quickly.") is None
    assert hidden("For offshore crews, good seamanship has never mattered more.", cohesive=False) is None
    # Compared with something named, or within a group named, it is a fact.
    assert {"Mahogany", "beech"} <= set(hidden("Mahogany shrinks less than beech as it dries."))
    assert "drone brood" in hidden("Varroa mites are more common in drone brood.")


def test_a_ranking_without_a_measure_is_padding():
    assert hidden("It remains one of the first hitches every dinghy instructor teaches.", cohesive=False) is None
    assert "English typography" in hidden(
        "The em dash is one of the two dashes of English typography, the other being the en dash.")


def test_how_a_thing_seems_states_nothing():
    assert hidden("Splicing can seem fiddly at first, but it repays patient practice.") is None


def test_a_hedge_alone_does_not_make_an_aside_of_a_sentence_with_jargon():
    # A modal verb is not padding enough to hold a sentence that shares no word with its
    # term to the stricter test of a flourish.
    assert "kanban cards" in hidden("Output is paced by real orders through kanban cards, which tell the"
                                    " previous station when it should start.", cohesive=False)


def test_a_count_of_everyday_things_is_weak_evidence_in_a_pitch():
    assert hidden("Download our handy chart to keep all 11 rules at your fingertips.") is None
    assert "3 crossings" in hidden("A standard bowline needs only 3 crossings.")
    assert "5 mm" in hidden("Use a 5 mm bleed on every edge of a printed sheet.")


def test_capitals_that_spell_an_everyday_word_are_an_everyday_name():
    asked = hidden("The US standard for plywood grades is PS 1-09.")
    assert "PS 1-09" in asked and "US" not in asked
    assert not any("US" in h for h in hidden("US law reaches the same result through the Lanham Act of 1946."))


def test_a_spelled_out_count_in_advice_is_no_measure_even_in_its_plural():
    # "knots" is rarer than "knot": the count is still of everyday things.
    assert hidden("Don't fret if the four knots seem clumsy at first; your hands will soon learn them.") is None
    assert "10 minutes" in hidden("Don't fret if the four knots take you 10 minutes at first.")
