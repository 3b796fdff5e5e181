"""Reading a name costs time in proportion to the line: a long heading that opens like a
question, and an abbreviation over a sentence of many small words, are read at once."""

from __future__ import annotations

import time

from flashgen.readers.naming import name_and_aliases, title_subject


def _timed(call, *args):
    start = time.perf_counter()
    result = call(*args)
    return result, time.perf_counter() - start


def test_a_long_heading_that_opens_like_a_question_is_read_in_linear_time():
    heading = "What is a splice and is it " + "a splice and is it " * 4000 + "strong"
    subject, seconds = _timed(title_subject, heading)
    assert subject == heading  # no question title: the heading is its own subject
    assert seconds < 1.0
    # With the question mark it is still no question naming a term: far too many words.
    assert title_subject(heading + "?") == heading + "?"


def test_question_titles_of_ordinary_length_still_name_their_term():
    assert title_subject("What is a long splice?") == "Long splice"
    assert title_subject("What exactly is an eye splice, and why does it hold so well under load?") == "Eye splice"


def test_an_abbreviation_over_a_run_of_small_words_takes_no_time_and_no_alias():
    sentence = "On " + "a to " * 30 + "an end is what this term stands for in the rigging manual."
    (name, aliases), seconds = _timed(name_and_aliases, sentence, "OTATAX", "rigging.md", 3)
    assert name == "OTATAX" and aliases == []
    assert seconds < 1.0


def test_an_abbreviation_over_a_thousand_small_words_is_read_without_running_out_of_stack():
    sentence = "Of " + "of " * 1500 + "is what this term stands for in the rigging manual."
    assert name_and_aliases(sentence, "OX", "rigging.md", 3) == ("OX", [])


def test_an_abbreviation_still_takes_the_words_its_letters_spell():
    name, aliases = name_and_aliases("The safe working load is the most a rope should carry.", "SWL", "rigging.md", 3)
    assert (name, aliases) == ("SWL", ["safe working load"])
    name, aliases = name_and_aliases("Centre of gravity is the point where the weight acts.", "CoG", "rigging.md", 3)
    assert aliases == ["Centre of gravity"]
