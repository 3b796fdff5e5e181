"""A table inside an article: figures and specifications are part of the page, not a glossary."""

from __future__ import annotations

import pytest

from flashgen.errors import ValidationError
from flashgen.readers import read_pages


def read_one(tmp_path, name: str, text: str):
    """Return the one term a page of this name and text reads as."""
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    (term,) = read_pages([page], "deck").terms
    return term

SHOP_PAGE = """<html><body><main>
<h1>Tree grafting wax, 250 g tin</h1>
<p class="price">£7.50</p>
<h2>What is grafting wax?</h2>
<p>Grafting wax is a soft sealing compound spread over a fresh graft union so that the cut
wood neither dries out nor lets in water and fungal spores while the scion and rootstock knit.</p>
<h3>Applying it</h3>
<p>Warm the wax in the hand and press it over every exposed cut, including the tip of the scion.</p>
<h2>Details</h2>
<table><tr><td>Tin size</td><td>250 g</td></tr><tr><td>Melting point</td><td>about 60 °C</td></tr>
<tr><td>Shelf life</td><td>3 years</td></tr></table>
</main></body></html>
"""

ARTICLE = """# Tidal volume

Tidal volume is the amount of air that moves into or out of the lungs in one ordinary breath.

## Typical values

It depends on body size and on how hard a person is working.

| Person | Tidal volume |
| --- | --- |
| Resting adult | about 500 mL |
| Adult in heavy exercise | 2–3 L |
| Newborn | 20 mL |

## Measurement

A spirometer records it as the height of each breath on a volume trace.
"""


def test_a_specification_table_on_a_shop_page_does_not_make_it_a_list(tmp_path):
    term = read_one(tmp_path, "wax.html", SHOP_PAGE)
    assert term.name == "Grafting wax"
    assert term.definition.startswith("Grafting wax is a soft sealing compound")
    on_term = term.definition + " ".join(s.text for s in term.sections)
    assert "250 g" not in on_term and "Tin size" not in on_term


def test_a_table_of_figures_in_an_article_stays_in_its_section(tmp_path):
    term = read_one(tmp_path, "tidal.md", ARTICLE)
    assert term.name == "Tidal volume"
    assert term.definition.startswith("Tidal volume is the amount of air")
    values = next(s for s in term.sections if s.heading == "Typical values")
    assert "Resting adult: about 500 mL" in values.text and "Newborn: 20 mL" in values.text
    assert "Person" not in values.text  # the header row names the columns, it is no fact
    assert [s.heading for s in term.sections][-1] == "Measurement"


def test_a_table_of_terms_and_definitions_is_still_a_glossary(tmp_path):
    page = tmp_path / "knots.md"
    page.write_text("# Knot terms\n\n| Term | Meaning |\n| --- | --- |\n"
                    "| Bight | A slack curve in a rope that does not cross itself. |\n"
                    "| Standing part | The length of rope that is not being worked. |\n"
                    "| Working end | The end of the rope that is moved to tie the knot. |\n",
                    encoding="utf-8")
    terms = read_pages([page], "knots").terms
    assert [t.name for t in terms] == ["Bight", "Standing part", "Working end"]


def knitting_list(tmp_path, *rows: str):
    """Return a markdown page of a two-column glossary table with these rows."""
    page = tmp_path / "knitting.md"
    page.write_text("# Knitting words\n\n| Term | Meaning |\n| --- | --- |\n" + "".join(
        f"| {row} |\n" for row in rows), encoding="utf-8")
    return page


PURL = "Purl | A stitch that leaves a bump on the side facing the knitter."


def test_an_entry_without_definition_is_skipped_with_a_warning_naming_its_line(tmp_path):
    page = knitting_list(tmp_path, PURL, "Cast on | The first loops placed on the needle to start a piece.",
                         "Options | Accept all cookies")
    run = read_pages([page], "knitting")
    assert [t.name for t in run.terms] == ["Purl", "Cast on"]
    (warning,) = run.warnings
    assert warning.line == 7 and warning.path.endswith("knitting.md")
    assert warning.message.startswith("glossary entry 'Options' skipped: no definition")


def test_a_list_whose_entries_mostly_fail_says_the_page_was_read_as_a_list(tmp_path):
    page = knitting_list(tmp_path, PURL, "Options | Accept all cookies", "Settings | Manage cookie settings")
    with pytest.raises(ValidationError) as caught:
        read_pages([page], "knitting")
    problem = caught.value.problems[0]
    assert problem.message.startswith("read as a glossary list of 3 entries ('Purl', 'Options', 'Settings')")
    assert "entry 'Options'" in problem.message
    assert "must open with a paragraph" not in problem.message


@pytest.mark.parametrize("under_appeal", [
    # the appeal on a paragraph of its own, the byline parting it from the opening
    "Lapse rate: why the summit is always colder\nBy Tomasz Wren · 4 min read\n\n",
    # copied text with no blank lines: the appeal, headline and teaser run together
    "Lapse rate: why the summit is always colder\n"
    "Ever wondered why hikers pack a jacket in July? It is simpler than you think.\n"
    "By Tomasz Wren · 4 min read\n",
], ids=["own-paragraph", "run-together"])
def test_a_membership_appeal_above_the_title_does_not_name_the_term(tmp_path, under_appeal):
    term = read_one(tmp_path, "lapse.txt", (
        "Forecasts · Climate · Mountains\n"
        "Keep the forecast desk going — donate from £3 a month.\n" + under_appeal +
        "Lapse rate is the rate at which air temperature falls with height, about 6.5 °C per "
        "kilometre in the lower atmosphere.\n\n"
        "Mechanism\n"
        "Rising air expands under lower pressure and cools as it does work on its surroundings.\n"))
    assert term.name == "Lapse rate"
    assert "donate" not in term.definition and "£3" not in term.definition
    assert any("donate from" in line for line in term.related)
    # the headline and its teaser are no definition either
    assert term.definition.startswith("Lapse rate is the rate")
    assert "Ever wondered" not in term.definition


QA_THREAD = """<html><body><div role="main">
<h1>What's meant by dead reckoning, exactly?</h1>
<div class="question"><div class="votecell">18</div>
<p>Our instructor keeps saying we should "keep up the dead reckoning" on the chart. Does that mean guessing? How is it different from using GPS?</p>
<div class="user-info">asked May 2, 2021 by dinghy_dan</div></div>
<h2>2 Answers</h2>
<div class="answer accepted-answer"><div class="votecell">25</div>
<p>Dead reckoning is working out a vessel's present position from a known earlier fix by applying the course steered, the speed and the time run since then.</p>
<h3>How it is measured</h3>
<p>The navigator plots the course line from the last fix and marks the distance run, speed multiplied by time, along it.</p>
<div class="user-info">answered May 2, 2021 by old_salt</div></div>
</div></body></html>
"""


@pytest.mark.parametrize("question, name", [
    ("What exactly is a bight?", "Bight"),
    ("What's a lapse rate, really?", "Lapse rate"),
    ("What is meant by tidal volume?", "Tidal volume"),
    ("What do we mean by grafting wax?", "Grafting wax"),
    ("What exactly does PTO stand for?", "PTO"),
    ("What causes it?", "What causes it?"),
])
def test_a_question_title_names_what_it_asks_about(question, name):
    from flashgen.readers.naming import title_subject
    assert title_subject(question) == name


def test_a_question_thread_takes_its_definition_from_the_answer(tmp_path):
    term = read_one(tmp_path, "dr.html", QA_THREAD)
    assert term.name == "Dead reckoning"
    assert term.definition.startswith("Dead reckoning is working out a vessel's present position")
    assert "instructor" not in term.definition and not any("Dead reckoning is" in r for r in term.related)
    assert any("instructor" in line for line in term.discarded)  # the asker's question
    assert [s.topic for s in term.sections] == ["metric"]


def test_a_series_pager_is_noise_and_process_headings_find_their_topics(tmp_path):
    term = read_one(tmp_path, "scour.md", (
        "# Scour\n\n"
        "Scour is the removal of sediment from around a bridge pier or abutment by flowing water.\n\n"
        "## Pathogenesis\n\nFast water curls into a horseshoe vortex at the pier's nose and lifts the bed.\n\n"
        "## How it happens\n\nDuring a flood the vortex grows and digs a hole that can undermine the footing.\n\n"
        "## How to use it\n\nEngineers size pier foundations from the scour depth expected in the design flood.\n\n"
        "« Unit 2: Sediment transport | Unit 4: Riprap design »\n"))
    assert [s.topic for s in term.sections] == ["mechanism", "mechanism", "application"]
    assert not any("Unit 2" in s.text for s in term.sections)
    assert any("Unit 2" in line for line in term.discarded)


ROTATION = """# Crop rotation

Crop rotation is the practice of growing a planned sequence of different crops on the same field over several seasons.

## Why it works

Each crop family draws on the soil differently and hosts its own pests, so changing the family each year breaks pest cycles.

| Crop group | Role in the rotation |
| --- | --- |
| Legumes | Fix nitrogen from the air and leave it in the soil for the next crop. |
| Brassicas | Take up a lot of nitrogen and do best after legumes. |
| Roots | Loosen the soil and need little fresh manure. |

## History

The Norfolk four-course system spread through England in the eighteenth century.
"""


@pytest.mark.parametrize("name, text", [
    ("rotation.md", ROTATION),
    ("rotation.html", "<html><body><main><h1>Crop rotation</h1><p>Crop rotation is the practice of "
     "growing a planned sequence of different crops on the same field over several seasons.</p>"
     "<h2>Why it works</h2><p>Each crop family hosts its own pests, so changing the family each "
     "year breaks pest cycles.</p><table>"
     "<tr><td>Legumes</td><td>Fix nitrogen from the air and leave it in the soil.</td></tr>"
     "<tr><td>Brassicas</td><td>Take up a lot of nitrogen and do best after legumes.</td></tr>"
     "<tr><td>Roots</td><td>Loosen the soil and need little fresh manure.</td></tr></table>"
     "<h2>History</h2><p>The Norfolk four-course system spread in the eighteenth century.</p>"
     "</main></body></html>"),
])
def test_a_table_of_definitions_inside_an_article_is_part_of_its_section(tmp_path, name, text):
    term = read_one(tmp_path, name, text)
    assert term.name == "Crop rotation"
    assert term.definition.startswith("Crop rotation is the practice")
    (why, history) = term.sections
    assert why.heading == "Why it works" and history.topic == "history"
    assert "Legumes: Fix nitrogen from the air" in why.text and "Roots: Loosen the soil" in why.text
