"""What a cloze keeps whole: a name and its abbreviation across a Greek letter, a catalogue number
with its name, a number with its spelled-out unit, a phrase up to its boundary, and the term's own names."""

from test_cloze_precision import hidden


import pytest


@pytest.mark.parametrize("sentence, whole, part", [
    # An expansion ending on a Greek letter, with its abbreviation.
    ("Synovial macrophages release interleukin beta (IL-β) into the inflamed joint.", "interleukin beta (IL-β)", None),
    ("Adipocytes express peroxisome proliferator-activated receptor gamma (PPAR-γ) strongly.",
     "peroxisome proliferator-activated receptor gamma (PPAR-γ)", None),
    ("Inhibitors of tumour necrosis factor alpha (TNF-α) ease rheumatoid arthritis.",
     "tumour necrosis factor alpha (TNF-α)", "tumour necrosis factor"),
    # A catalogue number with its name.
    ("The first stellar parallax was measured for 61 Cygni by Friedrich Bessel.", "61 Cygni", "Cygni"),
    ("The globular cluster 47 Tucanae is visible to the naked eye from Chile.", "47 Tucanae", "Tucanae"),
    # A number with its spelled-out unit and the unit's abbreviation.
    ("During the sprint her pulse reached 175 beats per minute (BPM) within a minute.",
     "175 beats per minute (BPM)", "175"),
    ("A lathe spindle turns at 900 rotations per minute on mild steel.", "900 rotations per minute", None),
    ("Single-mode fibre links carry 100 gigabits per second (Gbps) between data centres.",
     "100 gigabits per second (Gbps)", "Gbps"),
])
def test_a_name_or_quantity_is_one_blank_never_a_part_of_it(sentence, whole, part):
    asked = hidden(sentence)
    assert whole in asked and part not in asked, asked


def test_a_plural_of_people_after_a_number_is_no_catalogue_name():
    assert "300 Normans" not in hidden("Roughly 300 Normans settled the estuary after the raid.")


def test_a_time_adverbial_is_not_run_into_the_subject_after_it():
    asked = hidden("For centuries leeches were prescribed for almost every fever.")
    assert "leeches" in asked and not any("centuries" in h for h in asked)
    asked = hidden("Over millennia glaciers scoured the granite into deep U-shaped troughs.")
    assert not any("millennia" in h for h in asked)


def test_a_coordination_stops_before_a_frequency_adverbial():
    asked = hidden("Traders swap between Bitcoin and Ethereum many times a day on volatile markets.")
    assert not any("times" in h for h in asked)
    asked = hidden("The pacemaker fires through Purkinje fibres several times a second.")
    assert "Purkinje fibres" in asked and not any("several" in h for h in asked)


def test_an_abbreviation_with_small_letters_takes_its_whole_expansion():
    asked = hidden("Adults with heart failure with reduced ejection fraction (HFrEF) benefit from beta blockers.")
    assert "heart failure with reduced ejection fraction (HFrEF)" in asked
    asked = hidden("Ships report their position by the automatic identification system (AIS) every few seconds.")
    assert "automatic identification system (AIS)" in asked
