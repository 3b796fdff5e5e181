"""Names kept whole, answers not read from another form of their words, and vague phrases left visible."""

import html
import re

from flashgen.cloze import Names, make_cloze


def cloze(sentence: str, *names: str, **options):
    return make_cloze(sentence, Names("~term", names), **options)


def hidden(sentence: str, *names: str, **options) -> list[str]:
    made = cloze(sentence, *names, **options)
    return [html.unescape(h) for _, h in re.findall(r"\{\{c(\d+)::(.*?)\}\}", made.text)] if made else []


def test_a_statute_named_with_and_is_hidden_whole():
    asked = hidden("Hedgerows on the estate are protected by the Town and Country Planning Act 1990.", "Hedgerow")
    assert "Town and Country Planning Act 1990" in asked


def test_a_name_given_by_a_naming_frame_runs_through_its_of():
    asked = hidden("When the rope slips on the drum, the fault is known as loss of grip.", "Capstan")
    assert "loss of grip" in asked and "loss" not in asked


def test_a_name_written_as_a_function_of_its_argument_is_hidden_whole():
    asked = hidden("The checksum is computed in GF(2^16) by the encoder.", "Reed-Solomon code")
    assert "GF(2^16)" in asked and "GF" not in asked


def test_another_form_of_a_visible_word_is_not_asked():
    # The reverse card asks for the term, so "Sintering" stays visible on this card.
    asked = hidden("Sintering is the bonding of powder by heat in a furnace called a sinterer or kiln.",
                   "Sintering", hide_own=False)
    assert "sinterer" not in asked and "kiln" in asked


def test_a_plural_of_the_name_shown_as_context_is_not_asked():
    assert "Sinterers" not in hidden("Sinterers are loaded with trays of pressed powder.", "Sintering furnace",
                                     context=("Method",))


def test_a_phrase_with_a_word_of_its_own_is_still_asked_beneath_its_term():
    # "sinterers" is another form of the term shown above the sentence, "vacuum" is not.
    asked = hidden("Vacuum sinterers hold the parts at 1,200 °C for an hour.", "Sintering", context=("Method",))
    assert "Vacuum sinterers" in asked


def test_the_term_s_name_on_the_card_is_not_hidden_inside_a_longer_phrase():
    asked = hidden("The Secure Hash Algorithm (SHA) is a family of hash functions.", "Secure Hash Algorithm", "SHA",
                   hide_own=False, context=("Definition",))
    assert not any("Secure Hash Algorithm" in h or "SHA" == h for h in asked)


def test_no_card_shows_two_words_of_its_own_answer_together():
    made = cloze("Acetobacter are acetic acid bacteria that turn ethanol into pungent acetic acid.", "Vinegar")
    assert made is not None
    for answer, prompt in zip(made.answers, made.prompts):
        words = answer.casefold().split()
        for a, b in zip(words, words[1:]):
            assert f"{a} {b}" not in prompt.casefold().replace("[...]", "|"), (answer, prompt)


def test_a_unit_and_its_symbol_are_one_cloze():
    asked = hidden("Torque is given in newton metres, and pressure gradients in pascals per metre (Pa/m).", "Hydraulics")
    assert "pascals per metre (Pa/m)" in asked and "Pa/m" not in asked
    assert "kilopascals (kPa)" in hidden("The gauge reads in kilopascals (kPa) for the pump.", "Hydraulics")


def test_a_one_letter_variable_in_brackets_is_not_taken_for_a_unit():
    asked = hidden("The cost rises with the length of the loss (L) in the pipe run.", "Hydraulics")
    assert not any(h.endswith("(L)") and " " in h for h in asked)


def test_a_comparative_of_an_everyday_adjective_does_not_make_a_phrase_a_fact():
    asked = hidden("Each spring the ferry runs first on the river, then on quieter routes.", "Ferry")
    assert not any("quieter" in h for h in asked)


def test_a_vague_magnitude_is_not_asked_and_a_real_one_is():
    assert not any("million" in h for h in hidden("The canyon was carved over a few million years by the river.",
                                                  "Canyon"))
    assert "5 million years" in hidden("The canyon was carved over 5 million years by the river.", "Canyon")


def test_a_word_that_only_says_which_is_left_out_of_a_compound():
    for sentence, phrase in (("Confirmation relies on specific stool cultures.", "stool cultures"),
                             ("The outbreak was traced through various sewage samples.", "sewage samples")):
        asked = hidden(sentence, "Cholera")
        assert phrase in asked and not any(h.startswith(("specific", "various")) for h in asked), asked
