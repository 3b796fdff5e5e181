"""What an expert hides and a learner's weak blanks do not: the subject a sentence opens with only by
its capital, verbs read as nouns, lists hidden in part, and lone describing words."""

from test_cloze_precision import hidden


def test_a_class_of_people_opening_the_sentence_is_its_frame_not_its_fact():
    asked = hidden("Seismologists locate earthquakes with P waves recorded at three stations.")
    assert "Seismologists" not in asked and "P waves" in asked
    asked = hidden("Cartographers draw contour lines at a fixed vertical interval.")
    assert "Cartographers" not in asked and any("contour lines" in h for h in asked)
    asked = hidden("Potters typically fire stoneware above 1,200 °C.")
    assert "Potters" not in asked and "1,200 °C" in asked


def test_a_definition_s_subject_before_a_copula_keeps_its_blank():
    assert "Lichens" in hidden("Lichens are symbioses of a fungus and an alga.")


def test_a_participle_opening_the_sentence_describes_the_noun_group_it_stands_before():
    for sentence, fact, participle in (("Adjoining cortical neurons are linked by gap junctions.",
                                        "cortical neurons", "Adjoining"),
                                       ("The surrounding connective tissue carries lymph vessels.",
                                        "connective tissue", "surrounding")):
        asked = hidden(sentence)
        assert fact in asked and not [h for h in asked if participle in h]


def test_a_verb_with_its_object_is_not_hidden_as_a_noun_phrase():
    # a second verb of one subject, after "and"
    asked = hidden("Channel stuffing inflates revenue and hides losses from auditors.")
    assert not any("hides" in h for h in asked)
    # the subject and verb of a relative clause without "that"
    asked = hidden("The grooves ice scrapes into bedrock are called striations.")
    assert "striations" in asked and not any("ice" in h.split() for h in asked)
    # an infinitive of purpose, and a gerund after a preposition
    asked = hidden("Farmers use lime to sweeten acid soils.")
    assert "acid soils" in asked and not any("sweeten" in h or "use" in h.split() for h in asked)
    asked = hidden("Surveyors locate faults by timing seismic echoes.")
    assert "seismic echoes" in asked and not any("timing" in h for h in asked)
    # a verb whose subject the lexicon calls an adjective
    assert not any("responds" in h for h in hidden("The coral responds by expelling its algae."))


def test_items_after_a_colon_that_are_clauses_are_not_hidden_whole():
    asked = hidden("A root hair has two tasks: take up water and keep pathogens and their toxins out.")
    assert not any(h.startswith(("take", "keep", "their")) for h in asked)
    assert not hidden("Good rowing means two habits: sit there and everything from the legs.")


def test_a_unit_without_its_number_is_not_asked_where_the_sentence_gives_the_value():
    asked = hidden("With pressure in kPa/m and depth in mg/L, the site's constant is 0.64.")
    assert "0.64" in asked and not {"kPa/m", "mg/L"} & set(asked)


def test_an_everyday_noun_before_of_is_not_asked_beside_the_phrase_it_leads_to():
    asked = hidden("Stools may hold shreds of undigested cellulose.")
    assert "undigested cellulose" in asked and "shreds" not in asked
