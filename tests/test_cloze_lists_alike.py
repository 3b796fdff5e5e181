"""The members of one list are asked alike: where some are hidden and the rest fit the sentence's
blanks, the rest are hidden too; its everyday tail ("and other irritants") is not asked."""

from test_cloze_precision import hidden


def test_a_member_with_a_number_or_an_everyday_word_is_hidden_beside_its_siblings():
    asked = hidden("The syndrome often comes with obesity, type 2 diabetes and fatty liver disease.")
    assert {"obesity", "type 2 diabetes", "fatty liver disease"} <= set(asked)
    asked = hidden("Inflation erodes wages, savings and fixed-rate bonds.")
    assert {"wages", "savings", "fixed-rate bonds"} <= set(asked)


def test_every_member_of_a_list_that_fits_the_blanks_is_asked():
    asked = hidden("Bearings fail from poor lubrication, misalignment, contamination and overloading.")
    assert asked == ["poor lubrication", "misalignment", "contamination", "overloading"]


def test_a_member_the_tagger_reads_as_a_verb_is_asked_whole():
    asked = hidden("Fatigue cracks tend to start at weld toes, bolt holes and sharp fillets.")
    assert {"weld toes", "bolt holes", "sharp fillets"} <= set(asked) and "toes" not in asked


def test_the_everyday_tail_of_a_list_is_not_asked_and_leaves_room_for_the_members():
    asked = hidden("Hay fever is set off by pollen, dust mites, mould spores and other irritants.")
    assert {"pollen", "dust mites", "mould spores"} <= set(asked)
    assert not any("irritants" in h for h in asked)


def test_a_list_that_does_not_fit_gives_up_nothing_else_the_sentence_asks():
    asked = hidden("Coral reefs suffer from marine heatwaves, nutrient runoff, sedimentation and overfishing.")
    assert "Coral reefs" in asked and len(asked) <= 4
    asked = hidden("A sound pension fund holds gilts, equities, property, infrastructure and commodities.")
    assert len(asked) <= 4


def test_a_sentence_opening_phrase_before_a_comma_is_no_member_of_the_list_after_it():
    from flashgen.keyphrases import sentence_lists
    sentence = "In 1970s Norway, Sven Olsen, Kari Berg and Per Dahl mapped the sills."
    lists = sentence_lists(sentence)
    assert all(sentence[it.start:it.end] != "Norway" for items in lists for it in items)


def test_a_position_on_a_scale_listed_after_a_colon_is_not_asked():
    # One half of "highest … and lowest …" gives the other away, and neither is a fact.
    asked = hidden("Cortisol follows a daily rhythm: highest in the morning and lowest around midnight.")
    assert "highest" not in asked and "lowest" not in asked and "Cortisol" in asked
    asked = hidden("Bond yields track the business cycle: lowest in recessions and highest late in expansions.")
    assert "lowest" not in asked and "recessions" in asked

