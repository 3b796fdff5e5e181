"""What a cloze hides, on sentences written for these tests:

- odds ("1 in 250"), both numbers, without what they are the odds of;
- a year after "in", "by" or "since" before a name ("In 1921 Frederick Banting …"), a date;
- a named document that holds the term's name, whole, even where the name is shown;
- a code whose number has a slash ("10YR 3/2"), whole;
- a person before "'s" and an everyday word ("Gregor Mendel's work"), the person;
- a verb between an adverb in -ly and its object ("Labs routinely report …"), never asked.
"""


from test_cloze_forms import hidden as forms_hidden
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


def test_a_named_document_holding_the_terms_name_is_asked_whole():
    sentence = ("The International Convention on Arrest and Ship Mortgages 1999 was ratified by few "
                "maritime states before its revision.")
    for hide_own in (True, False):
        asked = forms_hidden(sentence, "Ship mortgage", hide_own=hide_own)
        assert "International Convention on Arrest and Ship Mortgages 1999" in asked, hide_own
        assert not any(h in ("1999", "Ship Mortgages", "Mortgages 1999") for h in asked), hide_own
    # The name alone, outside a document's name, stays the term's: visible when the card shows it.
    asked = forms_hidden("A ship mortgage is registered against the vessel in the flag state registry.",
                         "Ship mortgage", hide_own=False)
    assert asked and not any("mortgage" in h.casefold() for h in asked)


def test_a_codes_number_written_with_a_slash_is_hidden_whole():
    found = hidden("Topsoil on the chalk is typically logged as 10YR 3/2, a very dark greyish brown.")
    assert "10YR 3/2" in found and "10YR 3" not in found


def test_a_persons_everyday_thing_asks_the_person():
    found = hidden("Rosalind Franklin's photograph of the fibres revealed the helical form of DNA.")
    assert "Rosalind Franklin" in found and "Rosalind Franklin's photograph" not in found
    assert "Gregor Mendel" in hidden("Gregor Mendel's work on pea plants was rediscovered around 1900 by three botanists.")
    # An eponym names a thing of its own and is asked whole.
    assert "Broca's area" in hidden("Damage to Broca's area leaves comprehension intact but slows speech.")
    assert "Hooke's law" in hidden("Small extensions of a spring obey Hooke's law until the elastic limit.")


def test_a_verb_after_a_plural_subject_and_an_adverb_is_not_asked():
    found = phrases("Resolvers normally use UDP port 53 and retry over TCP.")
    assert "UDP port 53" in found and not any(p.startswith("use") for p in found)
    found = phrases("Labs routinely report HbA1c in mmol/mol as well as percent.")
    assert "HbA1c" in found and "report HbA1c" not in found
    # Without the adverb the verb was already read as one.
    assert "UDP port 53" in phrases("Resolvers use UDP port 53 for most queries.")
