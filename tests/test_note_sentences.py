"""The plain sentence a cloze note is known by across builds."""

from flashgen.continuity import sentence_of


def test_a_blanks_hint_is_not_part_of_the_sentence():
    assert sentence_of("Zonulin is measured by {{c1::ELISA::a method}}.") == "Zonulin is measured by ELISA."


def test_a_hint_added_to_a_blank_leaves_the_sentence_as_it_was():
    before = sentence_of("Renin is made in the {{c1::juxtaglomerular cells}}.")
    after = sentence_of("Renin is made in the {{c1::juxtaglomerular cells::where}}.")
    assert before == after


def test_colons_inside_an_answer_stay_in_the_sentence():
    assert sentence_of("The ratio is {{c1::3&#58;1}} in {{c2::adults}}.") == "The ratio is 3:1 in adults."
