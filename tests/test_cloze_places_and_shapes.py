"""Shapes of phrases a cloze hides whole or in parts: a place named in another place."""

from test_cloze_precision import hidden


PLACES = {
    # "Kinsale in Munster": where the harbour is, two names; neither is asked with the other.
    "Herring drifters landed their catch at harbours such as Kinsale in Munster before 1900.": "Kinsale",
    "Cork oaks are stripped every nine years around Tempio in Gallura, a town of Sardinia.": "Tempio",
}


def test_one_word_of_a_name_before_in_is_a_place_in_another_not_one_name():
    for sentence, place in PLACES.items():
        asked = hidden(sentence)
        assert place in asked and not any(h.startswith(f"{place} in") for h in asked), sentence
    # A name of two words before "in" holds it: a prize or an office named for its field.
    assert "Crafoord Prize in Geosciences" in hidden("The Crafoord Prize in Geosciences went to a glaciologist in 1995.")


MULTIPLES = {
    # "times the …" reads to the tagger as a verb and its object; the multiple is one quantity.
    "A storm jib should carry about 2.5 times the sail area of a trysail in heavy weather.": "2.5 times the sail area",
    "Mooring lines are sized at roughly 3 to 4 times their working load.": "3 to 4 times their working load",
    # Without a reference after it, a multiple keeps its "times" and nothing more.
    "The lighthouse lens concentrates the lamp's output about 12 times.": "12 times",
}


def test_a_multiple_is_asked_with_what_it_multiplies():
    for sentence, multiple in MULTIPLES.items():
        asked = hidden(sentence)
        assert multiple in asked and multiple.split()[0] not in asked, sentence


def test_a_quoted_title_in_capitals_is_asked_whole_even_when_long():
    asked = hidden('Her 1972 survey "The Drowned Harbours of the Atlantic Coast and Their Tides" mapped 40 inlets.')
    assert "The Drowned Harbours of the Atlantic Coast and Their Tides" in asked
    assert not any(h in ("Their Tides", "Atlantic Coast") for h in asked)
    # A long quotation in running words is no title, and is not asked whole.
    asked = hidden('The skipper shouted "keep the jib backed until the bow swings through the wind" twice.')
    assert "keep the jib backed until the bow swings through the wind" not in asked


def test_a_quoted_utterance_is_no_quoted_term():
    # What a pilot says over the radio is a sentence; its own words are asked, not all of it.
    asked = hidden('Tower controllers expect the call "We have the glideslope" from arriving crews.')
    assert "We have the glideslope" not in asked and "glideslope" in asked
    # A quoted term of a few words is still asked whole.
    assert "dead man's handle" in hidden('Train drivers keep a hand on the "dead man\'s handle" at all times.')


def test_a_code_numbered_with_a_hash_is_one_word():
    # "PKCS#7": the standard's number belongs to its name; "7 signatures" alone asks nothing.
    asked = hidden("Signed e-mail wraps each message in a PKCS#7 envelope before it is sent.")
    assert any(h.startswith("PKCS#7") for h in asked) and "PKCS" not in asked
    assert not any(h.startswith("7") for h in asked)


WHEN_THEN_WHO = {
    # A year after "In" or "By" says when; the name after it is the clause's subject.
    "In 1859 Edwin Drake struck oil at a depth of 69 feet near Titusville.": ("1859", "Edwin Drake"),
    "By 1928 Alexander Fleming had noticed mould killing bacteria on a culture plate.": ("1928", "Alexander Fleming"),
}


def test_a_year_after_a_preposition_is_not_part_of_the_name_after_it():
    for sentence, (year, name) in WHEN_THEN_WHO.items():
        asked = hidden(sentence)
        assert name in asked and f"{year} {name}" not in asked, sentence
    # A year inside a name, after "the", stays in it.
    assert "1906 San Francisco earthquake" in hidden("The 1906 San Francisco earthquake ruptured 477 km of the fault.")
