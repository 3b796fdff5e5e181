"""Shapes of phrases a cloze hides whole or in parts: a place named in another place."""

from test_cloze_precision import hidden


def test_one_word_of_a_name_before_in_is_a_place_in_another_not_one_name():
    # "Kinsale in Munster": where the harbour is, two names; neither is asked with the other.
    asked = hidden("Herring drifters landed their catch at harbours such as Kinsale in Munster before 1900.")
    assert "Kinsale in Munster" not in asked and "Kinsale" in asked
    asked = hidden("Cork oaks are stripped every nine years around Tempio in Gallura, a town of Sardinia.")
    assert "Tempio in Gallura" not in asked and "Tempio" in asked
    # A name of two words before "in" holds it: a prize or an office named for its field.
    assert "Crafoord Prize in Geosciences" in hidden("The Crafoord Prize in Geosciences went to a glaciologist in 1995.")
