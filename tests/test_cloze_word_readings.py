"""How a word the tagger reads one way is read where it stands: an adverb of place before a noun, a
word after "to", a verb before a second predicate, and "so-called" before a name."""

from test_cloze_precision import hidden


def test_an_uncommon_adverb_of_place_before_a_noun_is_part_of_its_phrase():
    # The lexicon knows "overland" and "outward" as adverbs only; before a noun they qualify it.
    asked = hidden("Canoeists carry their boats along an overland trail between the two lakes.")
    assert "overland trail" in asked
    asked = hidden("A glazier fits the panes from an outward rebate so that rain runs off the frame.")
    assert "outward rebate" in asked and "rebate" not in asked


def test_a_common_adverb_between_a_subject_and_its_verb_stays_an_adverb():
    asked = hidden("Kayak instructors often teach ferry gliding on slow eddy lines.")
    assert not any("often" in h for h in asked)


def test_a_word_after_to_that_english_writes_in_the_past_is_a_verb_not_a_blank():
    # The lexicon lacks "reroute", "preheat" and "defrost"; "rerouted", "preheated" and
    # "defrosted" are words, so after "to" each is an infinitive.
    asked = hidden("Riggers pass the halyard through a fairlead to reroute it clear of the spreaders.")
    assert "reroute" not in asked and {"halyard", "fairlead"} <= set(asked)
    assert "preheat" not in hidden("Bakers leave the deck oven to preheat while the dough proves in bannetons.")
    assert "defrost" not in hidden("Trawlermen stow the catch in slush ice to defrost slowly at the quay.")
    # A rare word after "to" that no past of English shows stays a noun: "to grus".
    assert "grus" in hidden("Weathering reduces exposed granite to grus over many millennia.")


def test_a_verb_the_tagger_reads_as_a_noun_is_found_before_a_second_predicate():
    # "… cures most ponies … and is cheap": the clause's "is" belongs to a second
    # predicate of the same subject, so "cures" is the first one's verb.
    asked = hidden("Veterinary therapy cures most ponies within a fortnight and is cheap to give.")
    assert not any("cures" in h for h in asked)


def test_so_called_says_a_name_follows_and_is_no_part_of_it():
    asked = hidden("Dinghies are righted from the so-called turtle position by standing on the centreboard.")
    assert "turtle position" in asked and not any("so-called" in h for h in asked)
    asked = hidden("Loose sails flog in a so-called luffing flap when the boat heads into the wind.")
    assert "luffing flap" in asked and not any("so-called" in h for h in asked)


def test_a_noun_group_running_into_the_or_their_ends_before_its_verb():
    # No verb before it in its clause, and "the" after: "whips" and "waxes" are the verbs.
    asked = hidden("Before grafting, the nurseryman first whips the rootstock with a sharp knife.")
    assert "nurseryman" in asked and not any("whips" in h for h in asked)
    assert not any("waxes" in h for h in hidden("Before firing, the potter first waxes the foot ring."))
    # A phrase in front of its clause, or a time, keeps its noun: "For tidal rivers the …".
    assert "tidal rivers" in hidden("For tidal rivers the chart datum is set at the lowest astronomical tide.")
    assert not any("year" in h for h in hidden("Last year the cooperative bought a second hydraulic press."))
