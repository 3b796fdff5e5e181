""""It is worth doing …" tells the reader what to do, as an order does: with nothing concrete
beside it (no number, no name, a rare noun at most), the sentence gets no cloze."""

from test_cloze_precision import hidden


def test_what_it_is_worth_doing_is_advice_and_gets_no_cloze():
    assert hidden("It is worth smelling the sourdough starter before each feed.") == []
    assert hidden("It is worth tapping the barometer gently before reading it.") == []


def test_a_fact_beside_it_is_worth_still_gets_its_cloze():
    asked = hidden("It is worth noting that the Firth of Forth rail bridge opened in 1890.")
    assert "1890" in asked
