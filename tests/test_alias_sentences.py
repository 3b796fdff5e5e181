"""Other names of a term: in brackets after it, or in a later sentence of its definition
that speaks of the term itself; each is found whole, so that a reverse card hides it whole."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from flashgen.build import prepare
from flashgen.readers import read_pages


def read_one(tmp_path: Path, name: str, text: str):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    (term,) = read_pages([page], "deck").terms
    return term


KETTLE = """<html><body><main>
<h1>Kettle stitch</h1>
<p>In hand bookbinding, a <b>kettle stitch</b> (also <b>catch stitch</b>; abbreviated <b>KS</b> in
many binders' notes) is the loop that links each sewn section to the one below it at the head and
the tail of the spine.</p>
<h2>Mechanism</h2>
<p>The needle passes behind the thread of the section beneath before entering the next one.</p>
</main></body></html>
"""


def test_names_in_brackets_after_the_term_are_aliases_each_whole(tmp_path):
    term = read_one(tmp_path, "kettle.html", KETTLE)
    assert term.name == "Kettle stitch"
    assert term.aliases == ("catch stitch", "KS")


def reverse_prompt(tmp_path: Path, name: str, text: str) -> str:
    """Return the prompt of the reverse card a deck of the one page ``name`` makes."""
    deck = tmp_path / "deck"
    deck.mkdir()
    (deck / name).write_text(text, encoding="utf-8")
    (reverse,) = [c for c in prepare((deck,)).cards if c.kind == "reverse"]
    return reverse.prompts[0]


def test_the_reverse_card_hides_each_bracketed_alias_whole(tmp_path):
    prompt = reverse_prompt(tmp_path, "kettle.html", KETTLE)
    assert "(also ___; abbreviated ___ in many binders' notes)" in prompt
    assert "catch" not in prompt and "KS" not in prompt


@pytest.mark.parametrize("brackets", [
    "(also popular in Sicily)",      # a remark that goes on past its first words
    "(or more precisely its paste)",  # a hedge, not a name
    "(abbreviated here)",             # no abbreviation after the cue
])
def test_a_remark_in_brackets_after_the_term_is_no_alias(tmp_path, brackets):
    term = read_one(tmp_path, "couscous.md", (
        f"# Couscous\n\nCouscous {brackets} is a dish of tiny steamed balls of semolina, "
        "rolled by hand from wetted flour.\n"))
    assert term.aliases == ()


def test_a_later_sentence_that_names_the_term_again_gives_its_aliases(tmp_path):
    term = read_one(tmp_path, "crewel.md", (
        "# Crewel work\n\nCrewel work is surface embroidery worked in fine two-ply wool on linen twill. "
        "It is also called crewel embroidery or Jacobean work.\n\n"
        "## Origin\n\nThe style flourished in seventeenth-century English bed hangings.\n"))
    assert term.aliases == ("crewel embroidery", "Jacobean work")


def test_another_spelling_in_a_sentence_of_its_own_is_an_alias(tmp_path):
    term = read_one(tmp_path, "hummus.txt", (
        "Hummus\n\nHummus is a dip of puréed chickpeas, tahini, lemon juice and garlic. "
        "Also spelt houmous.\n"))
    assert term.aliases == ("houmous",)


def test_a_list_entry_gives_the_alias_of_its_later_sentence(tmp_path):
    page = tmp_path / "tea.txt"
    page.write_text("Tea words\nFlush: One picking season of a tea garden, from first to last leaf. "
                    "Also known as a harvest.\nTippy: Full of golden leaf buds, a mark of careful plucking.\n"
                    "Withering: Spreading fresh leaf on racks so that it loses water and turns supple.\n",
                    encoding="utf-8")
    flush = read_pages([page], "tea").terms[0]
    assert flush.name == "Flush" and flush.aliases == ("harvest",)


@pytest.mark.parametrize("later", [
    # about another thing, not the term
    "The plant, also called the saffron crocus, flowers in autumn.",
    "Its pollen is also called dust by growers.",
    # "called for" is another verb
    "It is also called for in many rice dishes.",
])
def test_also_called_in_a_sentence_that_is_not_about_the_term_gives_no_alias(tmp_path, later):
    term = read_one(tmp_path, "saffron.md", (
        "# Saffron\n\nSaffron is the dried red stigma of the flower of Crocus sativus, used as a spice "
        f"and a dye. {later}\n"))
    assert term.aliases == ()


@pytest.mark.parametrize("definition, aliases", [
    # Who knows it so, said between "known" and "as".
    ("A heat stroke, known medically as exertional hyperthermia (EH), is a body temperature above "
     "40 °C with confusion after hard work in heat.", ["exertional hyperthermia", "EH"]),
    # The name said again more exactly after the abbreviation, not only right after the name.
    ("Stroke volume (SV), more precisely left ventricular stroke volume (LVSV), is the blood one "
     "ventricle pushes out in one beat.", ["SV", "left ventricular stroke volume", "LVSV"]),
    # A later sentence that says where the term goes by another name before "it is".
    ("A gusset is a triangular plate that joins two members of a frame at a corner. In American "
     "shops it is often called a knee plate.", ["knee plate"]),
])
def test_other_names_said_with_who_or_where_uses_them_are_aliases(tmp_path, definition, aliases):
    name = definition.split(" is ")[0].split(",")[0].split(" (")[0].removeprefix("A ")
    term = read_one(tmp_path, "page.txt", f"{name}\n\n{definition}\n\nMechanism\nIt works as described.\n")
    assert list(term.aliases) == aliases, term.aliases


def test_a_place_before_it_is_names_nothing_without_a_cue(tmp_path):
    term = read_one(tmp_path, "page.txt", "Gusset\n\nA gusset is a triangular plate that joins two members "
                    "of a frame at a corner. In older barns it is often nailed rather than bolted.\n")
    assert list(term.aliases) == []


@pytest.mark.parametrize("page, name", [
    ("Pressure Ulcer\n\nA pressure ulcer is damage to the skin over a bony point from lying still too long.\n", "Pressure ulcer"),
    ("<html><body><main><h1>Pressure Ulcer</h1><p>A pressure ulcer is damage to the skin over a bony "
     "point from lying still too long.</p></main></body></html>", "Pressure ulcer"),
    # A name the sentence writes with capitals keeps them.
    ("Gram Stain\n\nThe Gram stain is a dye test that sorts bacteria by their cell wall.\n", "Gram stain"),
    ("Spanning Tree Protocol\n\nThe Spanning Tree Protocol is a way for switches to agree on one loop-free path.\n",
     "Spanning Tree Protocol"),
])
def test_a_title_with_every_word_capitalised_is_spelt_as_the_definition_spells_it(tmp_path, page, name):
    term = read_one(tmp_path, "page.html" if page.startswith("<") else "page.txt", page)
    assert term.name == name
