"""A word that the tagger reads in the wrong part of speech, found where it stands: a plural
after a noun group that ends in an adjective, in a clause with no other verb, and one after an
aside opened by a participle, are verbs; "being" before what it names is no part of a name; a
word in -s that ends a preposition's noun group is its noun."""

from test_cloze_precision import hidden


def test_a_verb_after_a_noun_group_ending_in_an_adjective_is_no_part_of_a_blank():
    # "standard" and "long" are read as adjectives, "limits" and "causes" as plural nouns:
    # the noun group ran on through the verb into its object.
    asked = hidden("Tempering martensite too long causes overtempering, which softens the blade.")
    assert "overtempering" in asked and not any("causes" in h for h in asked)
    asked = hidden("The Minergie standard limits annual heating demand to 38 kWh per square metre.")
    assert "Minergie" in asked and not any("limits" in h for h in asked)


def test_a_plural_noun_in_a_clause_that_has_its_verb_stays_in_its_phrase():
    # "human rights charter … protects": the clause's verb is "protects", so "rights" is a noun.
    assert "Geneva human rights charter" in hidden("The Geneva human rights charter protects detainees from torture.")
    assert "Nordic public works agency" in hidden(
        "The Nordic public works agency maintains the culverts under rural roads.")


def test_the_verb_after_an_aside_opened_by_a_participle_is_no_part_of_a_blank():
    asked = hidden("The Haber process, developed before 1914, fixes atmospheric nitrogen as ammonia.")
    assert "atmospheric nitrogen" in asked and not any("fixes" in h for h in asked)
    asked = hidden("The quarantine station, opened on the island, screens incoming livestock for foot-and-mouth disease.")
    assert "incoming livestock" in asked and not any("screens" in h for h in asked)


def test_being_joins_a_phrase_to_what_it_names_and_is_no_part_of_a_blank():
    # "the commonest being aragonite": the participle of the copula, in front of the name it gives.
    asked = hidden("Corals build reefs from several carbonate minerals, the commonest being aragonite, "
                   "which dissolves faster than calcite.")
    assert "aragonite" in asked and not any("being" in h for h in asked)
    asked = hidden("Ferns spread by spores of several kinds, the largest being megaspores of the water clover Marsilea.")
    assert "megaspores" in asked and not any("being" in h for h in asked)


def test_a_word_in_s_ending_a_prepositions_noun_group_is_its_noun_not_a_verb():
    # The lexicon reads "leaves" and "falls" as verbs; after "with …" or "for its …" and
    # before the full stop they end a noun group.
    assert "gilded vine leaves" in hidden("The chapel ceiling is painted with gilded vine leaves.")
    assert "spectacular limestone falls" in hidden("The gorge is famous for its spectacular limestone falls.")
    # After a word that opens a clause the same word is the clause's verb: "when … freezes".
    asked = hidden("Cirrus forms when rising air cools and its water vapour freezes.")
    assert not any("freezes" in h for h in asked)
