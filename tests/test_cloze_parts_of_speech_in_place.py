"""A word that the tagger reads in the wrong part of speech, found where it stands: a plural
after a noun group that ends in an adjective, in a clause with no other verb, and one after an
aside opened by a participle, are verbs; "being" before what it names, and "letting" or
"having" before who does what follows, are no part of a name; a word in -s that ends a
preposition's noun group is its noun."""

from test_cloze_precision import hidden

# Each sentence, the phrase it asks, and the word that no blank of it holds.
OUT_OF_THE_BLANK = [
    # "long" and "standard" are read as adjectives, "causes" and "limits" as plural nouns:
    # the noun group ran on through the verb into its object.
    ("Tempering martensite too long causes overtempering, which softens the blade.", "overtempering", "causes"),
    ("The Minergie standard limits annual heating demand to 38 kWh per square metre.", "Minergie", "limits"),
    # After an aside opened by a participle, the subject's verb.
    ("The Haber process, developed before 1914, fixes atmospheric nitrogen as ammonia.", "atmospheric nitrogen",
     "fixes"),
    ("The quarantine station, opened on the island, screens incoming livestock for foot-and-mouth disease.",
     "incoming livestock", "screens"),
    # "the commonest being aragonite": the copula's participle, in front of the name it gives.
    ("Corals build reefs from several carbonate minerals, the commonest being aragonite, which dissolves faster "
     "than calcite.", "aragonite", "being"),
    ("Ferns spread by spores of several kinds, the largest being megaspores of the water clover Marsilea.",
     "megaspores", "being"),
]


def test_a_verb_read_as_a_noun_or_being_is_no_part_of_a_blank():
    for sentence, phrase, word in OUT_OF_THE_BLANK:
        asked = hidden(sentence)
        assert phrase in asked and not any(word in h for h in asked), sentence


def test_a_plural_noun_in_a_clause_that_has_its_verb_stays_in_its_phrase():
    # "human rights charter … protects": the clause's verb is "protects", so "rights" is a noun.
    assert "Geneva human rights charter" in hidden("The Geneva human rights charter protects detainees from torture.")
    assert "Nordic public works agency" in hidden(
        "The Nordic public works agency maintains the culverts under rural roads.")


def test_a_word_in_s_ending_a_prepositions_noun_group_is_its_noun_not_a_verb():
    # The lexicon reads "leaves" and "falls" as verbs; after "with …" or "for its …" and
    # before the full stop they end a noun group.
    assert "gilded vine leaves" in hidden("The chapel ceiling is painted with gilded vine leaves.")
    assert "spectacular limestone falls" in hidden("The gorge is famous for its spectacular limestone falls.")
    # After a word that opens a clause the same word is the clause's verb: "when … freezes";
    # and so it is where the group is part of the subject, before any verb of the clause.
    for sentence, verb in (("Cirrus forms when rising air cools and its water vapour freezes.", "freezes"),
                           ("In spring the flow of glacial meltwater rises, and the braided river floods its "
                            "gravel bars.", "rises"),
                           ("Hubble showed that the recession speed of distant galaxies grows.", "grows")):
        assert not any(verb in h for h in hidden(sentence)), sentence


def test_a_gerund_whose_object_does_what_follows_is_no_part_of_a_blank():
    # "Having cadets plot …", "Making apprentices sharpen …": the object is who does it, the
    # gerund no modifier of a name.
    asked = hidden("Having cadets plot the fix by hand teaches them dead reckoning.")
    assert "dead reckoning" in asked and not any("Having" in h for h in asked)
    asked = hidden("Making apprentices sharpen their own chisels teaches them the bevel angles.")
    assert "apprentices" in asked and not any("Making" in h for h in asked)


GERUND_NAMES = {
    # A word in -ing after an adjective, before a preposition, names a process: the process
    # is the fact, not the bare adjective or nothing at all.
    "Periodontal probing at six sites per tooth maps pocket depth.": "Periodontal probing",
    "Electrostatic spinning of polymer solutions makes fibres far thinner than a hair.": "Electrostatic spinning",
    "Weak lensing by foreground clusters stretches the images of distant galaxies.": "Weak lensing",
}


def test_a_rare_word_in_ing_after_its_adjective_is_a_process_named_whole():
    for sentence, process in GERUND_NAMES.items():
        assert process in hidden(sentence), sentence
    # Everyday words in -ing after everyday adjectives name nothing.
    assert not any("running" in h for h in hidden("With cold running water in the coil, the vapour condenses fast."))
