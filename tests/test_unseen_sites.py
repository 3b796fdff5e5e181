"""Pages of shapes met on sites no other test has seen: headings with attribute blocks, search
boxes, the site's own sections after the article, teasers for the next page, question headings
over steps, quotations and aliases."""

from __future__ import annotations

import pytest

from flashgen.errors import FlashgenError
from flashgen.readers import read_pages


def read_one(tmp_path, name: str, text: str):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    (term,) = read_pages([page], "deck").terms
    return term


def card_text(term) -> str:
    return "\n".join([term.name, *term.aliases, term.definition,
                      *(s.heading + "\n" + s.text for s in term.sections)])


# ---------------------------------------------------------------- heading attribute blocks

ROTATION = """# Crop rotation {#top}

Crop rotation is the practice of growing different crops on one field in a planned order of seasons.

## Why it matters {#why-it-matters}

Changing the crop each year breaks the life cycle of pests and keeps the soil from losing the same nutrients.

## Mechanism {#mech .note data-x="1"}

Legumes in the rotation fix nitrogen from the air, which the cereal sown after them takes up.

## Origin {: #history}
{: .aside}

Farmers in Flanders grew turnips and clover in a four-field order by the sixteenth century.

## Set notation {x}

Curly brackets with no mark inside are the heading's own words.
"""


def test_a_heading_attribute_block_is_no_part_of_the_heading_or_its_topic(tmp_path):
    term = read_one(tmp_path, "rotation.md", ROTATION)
    assert term.name == "Crop rotation"
    assert [(s.heading, s.topic) for s in term.sections] == [
        ("Why it matters", "significance"), ("Mechanism", "mechanism"), ("Origin", "origin"),
        ("Set notation {x}", "set-notation-x")]
    assert "{" not in term.definition and ".aside" not in card_text(term)


# ---------------------------------------------------------------- search boxes

@pytest.mark.parametrize("name, text, expected", [
    ("sillage.txt", "Search perfumes\n\nSillage\n\nThe trail of scent a perfume leaves behind its wearer "
     "in the air is called its sillage.\n", "Sillage"),
    ("bokeh.txt", "Search the glossary…\n\nBokeh\n\nBokeh is the soft, blurred look of the background in a "
     "photograph.\n", "Bokeh"),
    # A page whose search box speaks of a glossary is no glossary list for it.
    ("sail.html", "<html><body><div><label for='q'>Search the glossary</label><input id='q'></div>"
     "<div><h1>Point of sail</h1><p>A boat's point of sail is its direction of travel relative to the "
     "wind.</p></div></body></html>", "Point of sail"),
    ("camber.md", "🔍 Find a term\n\n# Camber\n\nCamber is the tilt of a car's wheels inward or outward at "
     "the top, seen from the front.\n", "Camber"),
    ("lexikon.txt", "Suche im Lexikon\n\nKarst\n\nKarst ist eine Landschaft aus löslichem Gestein wie Kalk, "
     "in der Wasser Höhlen und Dolinen formt.\n", "Karst"),
])
def test_a_search_box_is_never_the_term_name(tmp_path, name, text, expected):
    term = read_one(tmp_path, name, text)
    assert term.name == expected
    assert not any(word in card_text(term) for word in ("Search", "Find a term", "Suche"))
    assert any(line.lstrip("🔍 ").startswith(("Search", "Find", "Suche")) for line in term.discarded)


def test_a_page_named_only_by_its_search_box_is_refused_with_its_reason(tmp_path):
    page = tmp_path / "trail.txt"
    page.write_text("Search perfumes\n\nThe trail of scent that a perfume leaves in the air behind its "
                    "wearer depends on its base notes.\n", encoding="utf-8")
    with pytest.raises(FlashgenError) as caught:
        read_pages([page], "deck")
    (problem,) = caught.value.problems
    assert problem.path.endswith("trail.txt") and "name" in problem.message


@pytest.mark.parametrize("name, text, expected, kept", [
    ("sar.txt", "Search and rescue\n\nSearch and rescue (SAR) is the search for people in distress and "
     "their rescue.\n", "Search and rescue", "Search and rescue (SAR) is"),
    ("algorithms.md", "# Search algorithms\n\nSearch algorithms are methods that find an item with given "
     "properties among a set of items.\n", "Search algorithms", "Search algorithms are"),
    ("binary.txt", "Binary search\n\nBinary search is an algorithm that finds a value in a sorted list by "
     "halving it.\n\nHow it works\nSearch algorithms of this kind compare the value with the middle item "
     "first.\n", "Binary search", "Search algorithms of this kind"),
])
def test_a_term_or_sentence_about_searching_stays(tmp_path, name, text, expected, kept):
    term = read_one(tmp_path, name, text)
    assert term.name == expected
    assert kept in card_text(term)
