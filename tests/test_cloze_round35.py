"""What a cloze hides whole, on sentences written for these tests:

- a range opened by "between" whose numbers each carry their unit ("between 35 °C and 41 °C");
- rules, regulations and protocols named with their year ("Working Time Regulations 1998");
- a class, level, article or section named by its number ("stage 3 hypertension", "Article 50").
"""


from test_cloze_round33 import hidden, phrases


def test_a_range_opened_by_between_is_one_fact_whatever_units_its_numbers_carry():
    found = hidden("Core temperature in febrile children usually stays between 38 °C and 41 °C during an episode.")
    assert "38 °C and 41 °C" in found and "38 °C" not in found
    assert "12° and 18°" in hidden("The sun sits between about 12° and 18° below the horizon at nautical dusk.")
    # Without "between", two quantities with their units are two facts.
    found = hidden("The tablets come in strengths of 5 mg and 10 mg for adults with angina.")
    assert "5 mg" in found and "10 mg" in found


def test_rules_regulations_and_protocols_are_named_whole_with_their_year():
    found = phrases("In Britain the Working Time Regulations 1998 cap the average week at 48 hours.")
    assert "Working Time Regulations 1998" in found and "1998" not in hidden(
        "In Britain the Working Time Regulations 1998 cap the average week at 48 hours.")
    assert "Management of Health and Safety at Work Regulations 1999" in hidden(
        "Employers assess risks under the Management of Health and Safety at Work Regulations 1999.")
    assert "Kyoto Protocol" in hidden("The Kyoto Protocol bound industrialised states to cut greenhouse emissions.")
    # A name joined by a dash is one name, not the part after the dash.
    found = phrases("Ship owners follow the Rotterdam–Hamburg Rules when cargo is lost at sea.")
    assert "Rotterdam–Hamburg Rules" in found and "Hamburg Rules" not in found
    # Everyday rules are no name.
    assert not any("rules" in p.casefold() for p in phrases("The rules of thumb vary between river pilots."))


def test_a_class_named_by_its_number_is_asked_whole():
    assert "stage 3 hypertension" in hidden("Readings that stay above 180 mmHg are classed as stage 3 hypertension in adults.")
    assert "Level 4" in hidden("At Level 4, the car drives itself within a mapped zone without a driver.")
    found = hidden("Withdrawal from the union is governed by Article 50 of the Treaty on European Union.")
    assert "Article 50" in found and "50" not in found
    found = hidden("A magnitude 8 earthquake releases about 32 times more energy than the one below.")
    assert any(p.startswith("magnitude 8") for p in found) and "8 earthquake" not in found
    # A number after a naming word is never asked alone.
    assert not any(p in ("3", "4", "50", "8") for p in phrases(
        "Grade 3 tumours grow faster than grade 1 tumours, and Section 4 lists the markers."))
