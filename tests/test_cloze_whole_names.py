"""What a cloze keeps whole: a name and its abbreviation across a Greek letter, a catalogue number
with its name, a number with its spelled-out unit, a phrase up to its boundary, and the term's own names."""

from test_cloze_precision import hidden


def test_an_expansion_ending_on_a_greek_letter_is_one_blank_with_its_abbreviation():
    asked = hidden("Synovial macrophages release interleukin beta (IL-β) into the inflamed joint.")
    assert "interleukin beta (IL-β)" in asked
    asked = hidden("Adipocytes express peroxisome proliferator-activated receptor gamma (PPAR-γ) strongly.")
    assert "peroxisome proliferator-activated receptor gamma (PPAR-γ)" in asked
    asked = hidden("Inhibitors of tumour necrosis factor alpha (TNF-α) ease rheumatoid arthritis.")
    assert "tumour necrosis factor alpha (TNF-α)" in asked and "tumour necrosis factor" not in asked


def test_a_catalogue_number_and_its_name_are_one_name():
    asked = hidden("The first stellar parallax was measured for 61 Cygni by Friedrich Bessel.")
    assert "61 Cygni" in asked and "Cygni" not in asked
    asked = hidden("The globular cluster 47 Tucanae is visible to the naked eye from Chile.")
    assert "47 Tucanae" in asked and "Tucanae" not in asked
    asked = hidden("Roughly 300 Normans settled the estuary after the raid.")
    assert "300 Normans" not in asked


def test_a_number_and_its_spelled_out_unit_with_its_abbreviation_are_one_quantity():
    asked = hidden("During the sprint her pulse reached 175 beats per minute (BPM) within a minute.")
    assert "175 beats per minute (BPM)" in asked and "175" not in asked
    asked = hidden("A lathe spindle turns at 900 rotations per minute on mild steel.")
    assert "900 rotations per minute" in asked
    asked = hidden("Single-mode fibre links carry 100 gigabits per second (Gbps) between data centres.")
    assert "100 gigabits per second (Gbps)" in asked and "Gbps" not in asked


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
