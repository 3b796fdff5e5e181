"""A formula is hidden whole, sides of words included; ordering words and copulas stay out of a blank."""

from test_cloze_precision import hidden


def test_a_formula_whose_sides_are_words_is_one_blank():
    asked = hidden("Brewers estimate strength as alcohol content = gravity drop × 131.25 for most ales.")
    assert "alcohol content = gravity drop × 131.25" in asked
    assert not any(h.startswith("content =") or h.endswith("= gravity") for h in asked)


def test_a_formula_is_not_cut_before_a_factor_in_brackets():
    asked = hidden("Engineers size the pipe with Q = (π/4) sqrt(D) + 0.85 on site.")
    assert "Q = (π/4) sqrt(D) + 0.85" in asked
    assert "Q = (π/4)" not in asked


def test_a_formula_is_not_cut_before_a_division_sign():
    asked = hidden("Surveyors take slope = rise ÷ run when grading a trench.")
    assert "slope = rise ÷ run" in asked and "slope = rise" not in asked


def test_then_between_ordered_steps_is_no_part_of_an_item():
    asked = hidden("A potter fires the ware in stages: drying, then bisque, then glazing, then cooling.")
    assert not any(h.startswith("then") for h in asked)
    assert {"bisque", "glazing"} <= set(asked)


def test_a_phrase_never_runs_across_a_copula():
    asked = hidden("The diminutive is sporangiole.")
    assert not any(" is " in f" {h} " for h in asked)
    assert "sporangiole" in asked
