"""What a cloze hides whole or not at all: formulas that apply a function, chains joined by
">", a count with what it counts; and what it leaves out: the frame of an etymology, the
generic noun before a name, who told a publication something."""

from test_cloze_precision import hidden


def test_a_function_applied_to_an_expression_is_hidden_whole():
    asked = hidden("Loudness in these units is 20 log10(p / p0) above the reference pressure.")
    assert "20 log10(p / p0)" in asked and not any(h in ("log10", "p0", "20 log10") for h in asked)
    asked = hidden("An audio limiter softens peaks with the gain curve tanh(g x) / g beyond the knee.")
    assert "tanh(g x) / g" in asked and not any("curve tanh" in h for h in asked)
    asked = hidden("The mutual information of two tones is −p log2(p) − q log2(q) at best.")
    assert "−p log2(p) − q log2(q)" in asked


def test_a_menu_path_or_an_order_joined_by_gt_signs_is_hidden_whole():
    asked = hidden("To meter a mix, pick Tracks > Add New > Loudness Meter in the recording software.")
    assert "Tracks > Add New > Loudness Meter" in asked
    assert not any(h in ("Tracks", "Add New", "Loudness Meter") for h in asked)
    asked = hidden("Perceived loudness for equal pressure runs midrange > treble > bass at low levels.")
    assert "midrange > treble > bass" in asked and "treble" not in asked
    # One sign between two symbols compares them: no chain.
    assert not any(">" in h for h in hidden("The limiter acts only when g > 1 in the decibel domain."))


def test_the_frame_of_an_etymology_is_not_hidden_but_what_the_word_means_is():
    asked = hidden("Wasabi takes its name from an old Japanese word meaning \"mountain hollyhock\".")
    assert "mountain hollyhock" in asked and not any("word" in h or "meaning" in h for h in asked)
    asked = hidden("Bossa nova comes from a Portuguese word meaning a knack for syncopated rhythm.")
    assert not any("word" in h or "meaning" in h for h in asked)
    assert not any("Latin" in h for h in hidden("Its unit name is the Latin word for a tenth of a bel."))


def test_a_generic_noun_before_the_name_it_introduces_is_left_visible():
    asked = hidden("Bakers use the related term levain for a sourdough starter kept at room temperature.")
    assert "levain" in asked and not any("term" in h for h in asked)
    asked = hidden("Tailors call the bias seam by the French word biais when cutting a gown.")
    assert "biais" in asked and not any("word" in h for h in asked)
    # A compound of such a noun and an everyday word stays whole.
    assert not any(h == "order" for h in hidden("Word order in Quechua puts the verb after its object."))


def test_a_count_is_hidden_with_what_it_counts_never_split_from_it():
    counts = {"Dithering to a lower depth keeps the 16 MSB (most significant bits) of each audio sample.":
              "16 MSB (most significant bits)",
              "Shaped dither noise fills the 2 least significant bits of a sample.": "2 least significant bits",
              "A hearing test leaves out the 3 lowest frequency bands below audibility.": "3 lowest frequency bands"}
    for sentence, count in counts.items():
        assert count in hidden(sentence), sentence


def test_who_told_a_publication_something_is_not_asked():
    asked = hidden("One retired sound engineer told the Studio Chronicle that tape hiss sits near 60 dB.")
    assert not any("engineer" in h or "Chronicle" in h for h in asked)
    assert "60 dB" in asked
    asked = hidden("A veteran piano tuner said to Keyboard Weekly that felt hammers harden with age.")
    assert not any("tuner" in h or "Keyboard Weekly" in h for h in asked)


def test_one_everyday_noun_after_a_colon_is_no_list_item():
    asked = hidden("The mixing rule is blunt: a console that clips ruins the take.")
    assert "console" not in asked
    asked = hidden("Three kinds of microphone are common: dynamic, condenser and ribbon.")
    assert {"condenser", "ribbon"} <= set(asked)  # a list after a colon is still asked
