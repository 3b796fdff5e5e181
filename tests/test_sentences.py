from flashgen.sentences import split_sentences


def test_abbreviations_and_decimals_do_not_end_a_sentence():
    text = ("Fasting values (e.g. above 5.7%) are common, i.e. in 3 of 10 adults. Dr. Reed et al. "
            "disagreed. HbA1c of 6.5 % vs. 5.7 % decides it.")
    assert split_sentences(text) == (
        "Fasting values (e.g. above 5.7%) are common, i.e. in 3 of 10 adults.",
        "Dr. Reed et al. disagreed.",
        "HbA1c of 6.5 % vs. 5.7 % decides it.",
    )


def test_paragraphs_and_wrapped_lines():
    text = "First line\nwraps here. Second one.\n\nA new paragraph without a stop"
    assert split_sentences(text) == ("First line wraps here.", "Second one.",
                                     "A new paragraph without a stop")
