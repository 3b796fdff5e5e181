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


# ---------------------------------------------------------------- teasers for the next page

PH_HTML = """<html><body><main><article>
<h1>pH</h1>
<p>pH is a scale from 0 to 14 that says how acidic or alkaline a solution is, with 7 as neutral.</p>
<h2>How it is measured</h2>
<p>A glass electrode senses the hydrogen ion activity of the solution and a meter turns it into a pH value.</p>
<p>{teaser}</p>
</article></main></body></html>
"""

LESSON_TXT = """Photosynthesis

Photosynthesis is the process by which green plants use light to turn carbon dioxide and water into sugar.

Mechanism
Chlorophyll in the chloroplasts absorbs red and blue light, and the energy splits water and frees oxygen.

{teaser}
"""

CHAPTER_MD = """# Opportunity cost

Opportunity cost is the value of the best choice a person gives up when making a decision.

{teaser}
"""


@pytest.mark.parametrize("page, name, teaser", [
    (PH_HTML, "ph.html", "Next fact sheet: buffers and why blood stays at pH 7.4"),
    (PH_HTML, "ph.html", "Up next: redox potential in garden soils"),
    (LESSON_TXT, "lesson.txt", "Coming up in 6.4: how plants respire at night"),
    (LESSON_TXT, "lesson.txt", "Next in this unit: the Calvin cycle, step by step"),
    (CHAPTER_MD, "cost.md", "In the next chapter we look at how markets set prices."),
    (CHAPTER_MD, "cost.md", "The next lesson covers comparative advantage and trade."),
    (CHAPTER_MD, "cost.md", "Next week, we turn to sunk costs and why they should not count."),
])
def test_a_one_line_pointer_to_the_next_page_reaches_no_card(tmp_path, page, name, teaser):
    term = read_one(tmp_path, name, page.format(teaser=teaser))
    assert teaser.split(":")[0].split(",")[0] not in card_text(term)
    assert teaser in term.related
    # The section it closed keeps its own text.
    assert ("electrode" in card_text(term) or "Chlorophyll" in card_text(term)
            or "best choice" in term.definition)


@pytest.mark.parametrize("page, name, closing", [
    (LESSON_TXT, "lesson.txt", "Next, the sugar is carried to the roots and stored there as starch."),
    (LESSON_TXT, "lesson.txt", "The next step: the sugar made in the leaves moves to the roots as sucrose."),
    (CHAPTER_MD, "cost.md", "A farmer who plants wheat instead of barley gives up the barley harvest she could have had."),
    (PH_HTML, "ph.html", "In the next stage of the titration the pH rises sharply past the equivalence point."),
])
def test_a_real_closing_paragraph_that_speaks_of_what_comes_next_stays(tmp_path, page, name, closing):
    term = read_one(tmp_path, name, page.format(teaser=closing))
    assert closing in card_text(term)
