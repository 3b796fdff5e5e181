"""What a cloze hides, on sentences written for these tests:

- odds ("1 in 250"), both numbers, without what they are the odds of;
- a year after "in", "by" or "since" before a name ("In 1921 Frederick Banting …"), a date.
"""


from test_cloze_round33 import hidden, phrases


def test_odds_are_one_quantity_without_what_they_count():
    found = hidden("Serious bleeding follows roughly 1 in 250 biopsies and usually settles with pressure.")
    assert "1 in 250" in found
    assert not any(p in ("250 biopsies", "biopsies", "250") for p in found)
    found = hidden("Two carriers of the gene have a 1 in 4 chance of a child with the condition.")
    assert "1 in 4" in found and "4 chance" not in found
    # A number before "in" and a year is no odds.
    assert "1 in 2019" not in phrases("Release 1 in 2019 added a plug-in format for filters.")


def test_a_year_after_in_before_a_name_is_a_date():
    found = hidden("In 1921 Frederick Banting and Charles Best extracted insulin from canine pancreas.")
    assert "1921" in found and "Frederick Banting" in " ".join(found)
    # Without a dating word, a year before a name belongs to the name.
    found = hidden("The 1953 Windscale report described the reactor's graphite fire in detail.")
    assert "1953" not in found
