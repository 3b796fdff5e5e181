"""Pages of one term under a site's glossary section, and other names given in brackets.

A breadcrumb that names the site's terms section says where a page sits, not that the page
is a list; an abbreviation after a bold name keeps its place before an "also called"; and
the plural forms a definition gives in brackets are names of the term.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from flashgen.build import prepare
from flashgen.readers import read_pages


def read(tmp_path: Path, name: str, text: str):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return read_pages([page], "deck").terms


def reverse_prompt(tmp_path: Path, name: str, text: str) -> str:
    deck = tmp_path / "deck"
    deck.mkdir()
    (deck / name).write_text(text, encoding="utf-8")
    (reverse,) = [c for c in prepare((deck,)).cards if c.kind == "reverse" and c.topic == "definition"]
    return reverse.prompts[0]


CROP_ROTATION = """Greenfield Growers
Home  Shop  Advice  Contact  Sign in
{crumb}

Crop rotation

Written by the Greenfield team | Updated 2 May 2023

Crop rotation is the practice of growing a different family of vegetables on each bed in successive seasons, so that the pests and diseases of one family never settle in the soil.

Why growers bother
Clubroot spores and onion white rot can live in a bed for many years, waiting for the next cabbage or leek. Moving each family on starves them of a host.

A four-bed plan
Potatoes go first, then peas and beans, then brassicas, then onions and roots, each group moving one bed along every spring.

Where it falls short
Spores blown in on boots or wind ignore the plan, and a small plot gives too little distance between beds for the gap to matter.

Share this page
"""


@pytest.mark.parametrize("crumb", ["Growing guides / Gardening terms", "Advice › Glossary",
                                   "Kitchen garden » Terms explained"])
def test_a_page_of_one_term_under_a_breadcrumb_naming_the_terms_section_is_one_term(tmp_path, crumb):
    (term,) = read(tmp_path, "crop-rotation.txt", CROP_ROTATION.format(crumb=crumb))
    assert term.name == "Crop rotation"
    assert term.definition.startswith("Crop rotation is the practice")
    assert [s.heading for s in term.sections] == ["Why growers bother", "A four-bed plan", "Where it falls short"]
    assert crumb in term.discarded


LETTERED = """Hive & Home
Help centre / Glossary

A

Apiary
A place where hives of bees are kept, often a fenced corner of a field.

B

Brood
Eggs, larvae and pupae in the comb, before they hatch as adult bees.

C

Capping
The wax lid the bees build over a cell once its honey is ripe.

Drone
A male honey bee, raised from an unfertilised egg, whose task is to mate with a queen.
"""


def test_a_lettered_list_under_a_glossary_breadcrumb_is_still_a_list(tmp_path):
    terms = read(tmp_path, "bee-glossary.txt", LETTERED)
    assert [t.name for t in terms] == ["Apiary", "Brood", "Capping", "Drone"]
    assert terms[1].definition.startswith("Eggs, larvae and pupae")


def test_entry_lines_under_a_glossary_breadcrumb_are_still_a_list(tmp_path):
    terms = read(tmp_path, "rope.txt", (
        "Harbour Sailing School\nLearn › Glossary\n\n"
        "Bight: a loop made in the middle of a rope, not at its end.\n"
        "Cleat: a fitting with two horns round which a rope is made fast.\n"
        "Halyard: the line that hoists a sail up the mast.\n"
        "Sheet: the line that trims a sail against the wind.\n"))
    assert [t.name for t in terms] == ["Bight", "Cleat", "Halyard", "Sheet"]


def test_headed_entries_under_a_glossary_breadcrumb_and_title_are_still_a_list(tmp_path):
    terms = read(tmp_path, "pottery.txt", (
        "Resources › Glossary\nPottery glossary\n\n"
        "Bisque\nClay fired once, hard but still porous, ready for glaze.\n\n"
        "Grog\nFired clay ground to grit and mixed into a body to open it up.\n\n"
        "Slip\nLiquid clay used to join pieces or to coat a pot in another colour.\n"))
    assert [t.name for t in terms] == ["Bisque", "Grog", "Slip"]


BSE = """<html><body>
<nav>Home &rsaquo; Animal health &rsaquo; B</nav>
<main>
<h1>Bovine spongiform encephalopathy</h1>
<p><strong>Bovine spongiform encephalopathy</strong> (BSE), also called mad cow disease, is a fatal
brain disease of cattle caused by a misfolded prion protein that slowly riddles the brain with holes.</p>
<h2>How it spread</h2>
<p>Feed made from rendered carcasses carried the prion from animal to animal through the 1980s.</p>
</main></body></html>
"""


def test_a_markdown_bold_name_keeps_its_abbreviation_before_another_name(tmp_path):
    (term,) = read(tmp_path, "tmj.md", (
        "# Temporomandibular joint\n\n**Temporomandibular joint** (TMJ), also known as the jaw joint, "
        "is the hinge that links the lower jaw to the skull in front of each ear.\n"))
    assert term.aliases == ("TMJ", "jaw joint")


STOMA = """Leaf structure notes

Stoma

A stoma (plural stomata or stomas) is a tiny pore in the skin of a leaf, opened and closed by a pair of guard cells, through which carbon dioxide enters and water vapour leaves.

How it opens
Guard cells swell with water in the light and bow apart, widening the gap between them.
"""


@pytest.mark.parametrize("name, text, term_name, aliases, blanked", [
    ("bse.html", BSE, "Bovine spongiform encephalopathy", ("BSE", "mad cow disease"),
     "___ (___), also called ___, is a fatal"),
    ("stoma.txt", STOMA, "Stoma", ("stomata", "stomas"), "(plural ___ or ___)"),
])
def test_the_other_names_in_brackets_are_aliases_and_hidden_on_the_reverse_card(
        tmp_path, name, text, term_name, aliases, blanked):
    (term,) = read(tmp_path, name, text)
    assert term.name == term_name and term.aliases == aliases
    prompt = reverse_prompt(tmp_path, name, text)
    assert blanked in prompt
    assert not any(alias in prompt for alias in aliases)


@pytest.mark.parametrize("brackets, plural", [("(pl. cacti)", "cacti"), ("(plural: cactuses)", "cactuses")])
def test_a_labelled_plural_in_brackets_is_an_alias(tmp_path, brackets, plural):
    (term,) = read(tmp_path, "cactus.md", (
        f"# Cactus\n\nA cactus {brackets} is a plant of dry country that stores water in a thick stem "
        "and bears spines in place of leaves.\n"))
    assert term.aliases == (plural,)
