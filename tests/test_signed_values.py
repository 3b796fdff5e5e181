"""A value's sign and a fraction's numerator are part of the value a cloze hides: "−12 °C",
"+4 °C", "1/500 s", never "−{{…}}" or "1/{{…}}"; a range's dash and a date's slashes stay as
they were."""

from __future__ import annotations

from flashgen.keyphrases import key_phrases


def hidden(sentence: str) -> list[str]:
    return [sentence[p.start:p.end] for p in key_phrases(sentence)]


def test_a_signed_value_and_a_signed_range_are_hidden_whole():
    assert "−12 °C to +4 °C" in hidden("Frost pockets in the valley reach −12 °C to +4 °C on clear nights.")
    assert "+40 °C" in hidden("The bearing may run at +40 °C above the room without harm.")
    assert "±2 mm" in hidden("The frame is set square to within ±2 mm of the drawing.")
    assert "<5%" in hidden("Good seed lots show <5% of broken grains.")


def test_a_fraction_is_hidden_with_its_numerator():
    found = hidden("A hand-held shot needs about 1/125 s, and a tripod allows 1/8 s or longer.")
    assert "1/125 s" in found and "1/8 s" in found


def test_a_dash_between_numbers_and_a_date_are_not_signs():
    assert "3–4 weeks" in hidden("The hides cure in 3–4 weeks in a cool shed.")
    found = hidden("The lease was signed on 14/03/2021 in Carlisle.")
    assert not any("/" in phrase for phrase in found)
