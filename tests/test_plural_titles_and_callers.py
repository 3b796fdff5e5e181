"""A title that names the term in the plural over a definition that names it in the singular
gives the singular name; the definition's later sentence with the term's plural as subject
gives its former names; and people of two or three words who "also call it" something give
an alias."""

from __future__ import annotations

from pathlib import Path

from flashgen.readers import read_pages
from flashgen.readers.naming import name_and_aliases


def test_a_plural_title_names_the_term_as_the_definition_does(tmp_path):
    page = tmp_path / "tolerances.html"
    page.write_text("""<html><body><main>
<h1>Fit Tolerances (FTs): a short guide</h1>
<h3>What is a Fit Tolerance?</h3>
<p>A Fit Tolerance (FT) is the range by which a shaft may differ from the hole it is made to fit. FTs were once called Allowance Bands (ABs), and each is given in thousandths of a millimetre.</p>
<h3>How is the band calculated?</h3>
<p>The band is the largest hole less the smallest shaft, read from a table for the nominal size.</p>
<h3>Why does it matter when I order parts?</h3>
<p>Two parts made to the same FT from different suppliers still fit together, so spares can be bought anywhere.</p>
<h3>Can I pay for the printed tables by card?</h3>
<p>Yes, every order can be paid by card or bank transfer at checkout.</p>
</main></body></html>""", encoding="utf-8")
    (term,) = read_pages([page], "fields").terms
    assert term.name == "Fit Tolerance"
    assert term.id == "fit-tolerance"
    assert "FT" in term.aliases
    assert "Allowance Bands" in term.aliases and "ABs" in term.aliases
    # A question in the reader's mouth answered with the term is the term's; the buyer's is not.
    assert [s.topic for s in term.sections] == ["metric", "significance"]
    assert not any("checkout" in s.text for s in term.sections)


def test_a_title_whose_plural_is_not_the_definitions_subject_keeps_its_name():
    name, _ = name_and_aliases("Many gears mesh with a rack to turn rotation into sliding motion.",
                               "Gears", "x.txt", 1)
    assert name == "Gears"


def test_people_of_several_words_who_also_call_it_something_give_an_alias():
    name, aliases = name_and_aliases(
        "A flag is a dark panel on a stand that keeps light off part of a set. Grip crews "
        "also call it a “solid”.", "Flag", "x.txt", 1)
    assert name == "Flag"
    assert aliases == ["solid"]
