"""Pages of shapes met on sites no other test has seen: headings with attribute blocks, search
boxes, the site's own sections after the article, teasers for the next page, question headings
over steps, quotations and aliases."""

from __future__ import annotations

import pytest

from flashgen.errors import FlashgenError
from flashgen.readers import read_pages
from flashgen.readers.lines import rough_sentences
from flashgen.topics import topic_key


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


def test_several_pointers_along_the_series_all_leave_the_last_section(tmp_path):
    term = read_one(tmp_path, "ohm.html", """<html><body><main><article><h1>Ohm's law</h1>
<p>Ohm's law states that the current through a conductor is proportional to the voltage across it.</p>
<h2>Application</h2><p>Electricians use it to work out the resistor that limits the current through an LED.</p>
<p>Coming next in Unit 3: Kirchhoff's laws.</p><p>Still to come: power and energy in circuits.</p>
</article></main></body></html>""")
    assert term.sections[0].text == "Electricians use it to work out the resistor that limits the current through an LED."
    assert term.related[-2:] == ("Coming next in Unit 3: Kirchhoff's laws.", "Still to come: power and energy in circuits.")


@pytest.mark.parametrize("page, name, closing", [
    (LESSON_TXT, "lesson.txt", "Next, the sugar is carried to the roots and stored there as starch."),
    (LESSON_TXT, "lesson.txt", "The next step: the sugar made in the leaves moves to the roots as sucrose."),
    (CHAPTER_MD, "cost.md", "A farmer who plants wheat instead of barley gives up the barley harvest she could have had."),
    (PH_HTML, "ph.html", "In the next stage of the titration the pH rises sharply past the equivalence point."),
])
def test_a_real_closing_paragraph_that_speaks_of_what_comes_next_stays(tmp_path, page, name, closing):
    term = read_one(tmp_path, name, page.format(teaser=closing))
    assert closing in card_text(term)


# ---------------------------------------------------------------- the site's own sections

PARVO_HTML = """<html><body><main><article>
<h1>Parvovirus</h1>
<p>Canine parvovirus is a highly contagious virus that attacks the gut lining of dogs, above all unvaccinated puppies, and causes severe vomiting.</p>
<h2>Who is at risk?</h2>
<p>Puppies between six weeks and six months old that have not finished their vaccinations are most at risk.</p>
<h2>When to contact your vet</h2>
<p>Contact your vet at once if a puppy vomits again and again or passes blood, because dehydration can kill within a day or two.</p>
<h2>Check your understanding</h2>
<ol><li>Which dogs are most at risk of parvovirus?</li><li>What does the virus attack?</li><li>Why is dehydration dangerous?</li></ol>
<h2>Popular now</h2>
<ul><li>Kennel cough explained</li><li>How to trim your dog's nails at home</li><li>Best toys for heavy chewers</li></ul>
<h2>Share this story</h2>
<p>Facebook</p><p>Twitter</p><p>Email</p>
<h2>Contact us</h2>
<p>Hilltop Veterinary Clinic</p>
<p>22 Orchard Road, Bristol BS1 4AA</p>
<p>Phone: 0117 496 0000</p>
</article></main></body></html>
"""

GRAFTING_MD = """# Grafting

Grafting is a way of joining a shoot of one plant onto the rooted stem of another so that the two grow as one.

## How it works

The cambium layers of the scion and the rootstock must touch, because new tissue forms there and knits the parts together.

## Regional styles

- Whip and tongue
- Cleft graft
- Bark graft

## Quick quiz

- Which layers must touch?
- When is the best season to graft apples?
- What is a scion?

## Trending

- [Ten roses that thrive in shade](/roses)
- [Why your lemon tree drops its leaves](/lemon)

## Orchard Keepers' Council

The Orchard Keepers' Council: Dr Owen Price (chair), Laura Bennett (secretary), Sam Okoro and Priya Nair.
"""

OXBOW_TXT = """Oxbow lake

An oxbow lake is a U-shaped lake that forms when a wide meander of a river is cut off from its channel.

How does it form?
Erosion on the outside of two bends narrows the neck of land between them until the river breaks through in a flood.

Test yourself
What shape is an oxbow lake?
What cuts the meander off?

Most read this week
Why rivers meander across their plains
The longest rivers in Europe
Ten glaciers in pictures

Society of Geography Teachers
President: Ruth Adeyemi
Treasurer: Colin Marsh
Registered charity no. 1234567
"""


@pytest.mark.parametrize("name, page, own, site", [
    ("parvo.html", PARVO_HTML, ["Who is at risk?", "When to contact your vet"],
     ["Check your understanding", "Popular now", "Share this story", "Contact us", "Kennel cough",
      "Which dogs", "Hilltop", "0117"]),
    ("grafting.md", GRAFTING_MD, ["How it works", "Regional styles"],
     ["Quick quiz", "Which layers", "Trending", "lemon tree", "Council", "Owen Price"]),
    ("oxbow.txt", OXBOW_TXT, ["How does it form?"],
     ["Test yourself", "What cuts", "Most read", "glaciers", "Society", "Ruth Adeyemi", "charity"]),
])
def test_the_sites_own_sections_after_the_article_make_no_topic(tmp_path, name, page, own, site):
    term = read_one(tmp_path, name, page)
    assert [s.heading for s in term.sections] == own
    text = card_text(term)
    for piece in site:
        assert piece not in text, piece
    # Set aside, not lost.
    kept = "\n".join((*term.related, *term.discarded))
    assert all(piece in kept for piece in site if piece not in ("Share this story",))


def test_a_section_on_contacting_someone_or_a_list_of_signs_stays_the_terms(tmp_path):
    # The last heading is long and its one sentence shares no word with the definition; it
    # speaks of the vaccine an earlier section names, so it is the article's, not a teaser.
    term = read_one(tmp_path, "cough.html", """<html><body><main><article>
<h1>Kennel cough</h1>
<p>Kennel cough is a contagious infection of a dog's windpipe and airways that causes a harsh, honking cough.</p>
<h2>When to contact a vet</h2>
<p>Contact a vet if the cough lasts more than two weeks, or if the dog stops eating, since it can turn into pneumonia.
A vaccine is given before a stay in kennels.</p>
<h2>Common signs</h2>
<ul><li>A dry honking cough</li><li>Retching after a coughing fit</li><li>A runny nose and a mild fever</li></ul>
<h2>Questions to ask at the clinic</h2>
<p>Ask whether the vaccine is given by the nose or by injection: the nasal one protects within days.</p>
</article></main></body></html>""")
    assert [s.heading for s in term.sections] == ["When to contact a vet", "Common signs",
                                                  "Questions to ask at the clinic"]


def test_a_term_called_see_saw_keeps_its_name_and_its_see_also_list_is_set_aside(tmp_path):
    term = read_one(tmp_path, "see-saw.md", """# See-saw

A see-saw is a long plank balanced on a central pivot, so that when one end goes down the other goes up.

## How it works

The plank is a first-class lever: the heavier rider must sit closer to the pivot for the plank to balance.

## See also

- [Lever](lever.md)
- [Fulcrum](fulcrum.md)
""")
    assert term.name == "See-saw"
    assert [s.heading for s in term.sections] == ["How it works"]
    assert "- [Lever](lever.md)" in term.related


# ---------------------------------------------------------------- question headings and steps

@pytest.mark.parametrize("heading, topic", [
    ("How is it done?", "application"),
    ("How do you tie it?", "application"),
    ("How To Tie It", "application"),
    ("How is the graft treated afterwards?", "application"),
    ("When should it be done?", "application"),
    ("How does it form?", "mechanism"),
    ("How does the infection spread?", "mechanism"),
    ("How it spreads", "mechanism"),
    ("How is it made?", "mechanism"),
    ("How is it diagnosed?", "metric"),
    ("What are the side effects?", "risk"),
    ("Is it safe for children?", "risk"),
    ("Who invented it?", "origin"),
    ("When was it discovered?", "origin"),
    ("Where is it found?", "context"),
    ("What are the benefits of mulching?", "significance"),
    ("Why does it matter to astronomers?", "significance"),
])
def test_a_question_heading_lands_on_the_topic_it_asks_for(heading, topic):
    assert topic_key(heading) == topic


def test_a_long_how_to_headline_is_on_no_topic():
    assert topic_key("How to Choose a Rope for Climbing") == "how-to-choose-a-rope-for-climbing"


@pytest.mark.parametrize("name, page, heading, topic, step", [
    ("tourniquet.txt", """Tourniquet

A tourniquet is a tight band placed around a limb to stop severe bleeding from a wound below it.

How is it done?
1. Place the band 5 to 7 cm above the wound, never over a joint.
2. Tighten the windlass until the bleeding stops.
3. Write the time it was applied on the band itself.

Who is at risk?
Limbs left with a tourniquet on for more than two hours may suffer lasting nerve damage.
""", "How is it done?", "application", "Tighten the windlass until the bleeding stops."),
    ("bowline.md", """# Bowline

A bowline is a knot that makes a fixed loop at the end of a rope that will not slip or jam.

## How do you tie it?

1. Make a small loop in the standing part.
2. Pass the working end up through the loop.
3. Take it around the standing part and back down through the loop.

## Why does it matter?

Sailors use it to tie mooring lines to posts because it unties easily even after a heavy load.
""", "How do you tie it?", "application", "Pass the working end up through the loop."),
    ("starter.html", """<html><body><main><article><h1>Sourdough starter</h1>
<p>A sourdough starter is a live culture of flour and water that wild yeasts and lactic bacteria ferment.</p>
<h2>How do I feed it?</h2>
<ol><li>Discard all but 50 g of the starter.</li><li>Stir in 50 g of flour and 50 g of water.</li>
<li>Leave it covered at room temperature until it doubles.</li></ol>
</article></main></body></html>""", "How do I feed it?", "application", "Stir in 50 g of flour and 50 g of water."),
])
def test_a_question_heading_over_numbered_steps_keeps_its_steps_on_its_topic(tmp_path, name, page, heading, topic, step):
    term = read_one(tmp_path, name, page)
    section = next(s for s in term.sections if s.heading == heading)
    assert section.topic == topic
    assert step in section.text


@pytest.mark.parametrize("name, page, heading", [
    ("cold-brew.txt", """Cold brew
Cold brew is coffee made by steeping coarse grounds in cold water for twelve to twenty-four hours.
How is it done?
1. Mix one part coarse coffee with eight parts cold water.
2. Leave it covered in the fridge overnight.
3. Strain it through a paper filter.
What are the risks?
Left at room temperature for days, the brew can grow bacteria.
""", "How is it done?"),
    ("pruning.txt", """Pruning

Pruning is the cutting away of dead or overgrown branches to keep a plant healthy and shapely.

When should it be done?

1) In late winter, before the buds break.
2) Again in summer for trained fruit trees.
""", "When should it be done?"),
])
def test_a_question_over_numbered_steps_in_a_text_page_is_a_heading(tmp_path, name, page, heading):
    term = read_one(tmp_path, name, page)
    section = next(s for s in term.sections if s.heading == heading)
    assert section.topic == "application"
    assert "?" not in term.definition
    assert len(rough_sentences(section.text)) >= 2


def test_a_question_inside_a_paragraph_of_prose_stays_in_it(tmp_path):
    term = read_one(tmp_path, "levain.txt", """Levain
A levain is a portion of sourdough starter built up for one bake.
Why build one at all? A fresh levain is at the peak of its activity on the day, so the dough rises
faster and tastes less sour.
""")
    assert term.sections == ()
    assert "Why build one at all?" in term.definition


def test_steps_for_the_sites_account_are_still_set_aside(tmp_path):
    term = read_one(tmp_path, "starter.md", """# Sourdough starter

A sourdough starter is a live culture of flour and water that wild yeasts and lactic bacteria ferment.

## How do I cancel my subscription?

1. Open the account page of the baking club.
2. Press the button that ends the plan.
""")
    assert term.sections == ()
    assert any("account page" in line for line in term.discarded)


# ---------------------------------------------------------------- quotations and aliases

def test_a_quotation_in_several_paragraphs_is_one_passage_in_html_and_markdown(tmp_path):
    html = read_one(tmp_path, "sprezzatura.html", """<html><body><main><article>
<h1>Sprezzatura</h1>
<p>Sprezzatura is the art of making a difficult action look effortless.</p>
<h2>Origin</h2>
<blockquote><p>Castiglione wrote that a courtier should show in all things a certain nonchalance,</p>
<p>so as to hide all art and make whatever he does seem to come without effort.</p></blockquote>
<blockquote><ul><li>First item of a quoted list</li><li>Second item of it</li></ul></blockquote>
</article></main></body></html>""")
    md = read_one(tmp_path, "sprezzatura.md", """# Sprezzatura

Sprezzatura is the art of making a difficult action look effortless.

## Origin

> Castiglione wrote that a courtier should show in all things a certain nonchalance,
>
> so as to hide all art and make whatever he does seem to come without effort.

> [!note] Reading
> The Book of the Courtier appeared in 1528.
""")
    passage = ("Castiglione wrote that a courtier should show in all things a certain nonchalance, "
               "so as to hide all art and make whatever he does seem to come without effort.")
    for term in (html, md):
        (origin,) = term.sections
        assert origin.text.split("\n\n")[0] == passage
    assert "- First item of a quoted list\n- Second item of it" in html.sections[0].text
    assert md.sections[0].text.endswith("Reading: The Book of the Courtier appeared in 1528.")


@pytest.mark.parametrize("name, page, expected_name, alias", [
    ("tachycardia.txt", "Tachycardia\n\nTachycardia, or a racing heart, is a resting heart rate above 100 beats "
     "per minute in an adult.\n", "Tachycardia", "racing heart"),
    ("fossil.md", "An index fossil (or guide fossil) is a fossil used to date the rock layer it is found in.\n",
     "Index fossil", "guide fossil"),
    ("tram.html", "<html><body><main><h1>Tram</h1><p>A tram, or streetcar in North America, is a rail vehicle "
     "that runs on tracks laid in the street.</p></main></body></html>", "Tram", "streetcar"),
    ("roi.md", "# Return on investment\n\nReturn on investment (abbr. ROI) is the gain from an investment "
     "divided by its cost, as a percentage.\n", "Return on investment", "ROI"),
    ("hrv.txt", "Heart rate variability (abbreviated as HRV) is the change in time between one heartbeat and "
     "the next.\n", "Heart rate variability", "HRV"),
    ("salt.txt", "Sodium chloride, a.k.a. table salt, is a compound of sodium and chlorine that forms cubic "
     "crystals.\n", "Sodium chloride", "table salt"),
    ("sepsis.txt", "Sepsis\n\nSepsis, also termed septicaemia, is the body's harmful reaction to an infection.\n",
     "Sepsis", "septicaemia"),
])
def test_aliases_given_with_or_a_label_or_a_cue_are_found(tmp_path, name, page, expected_name, alias):
    term = read_one(tmp_path, name, page)
    assert term.name == expected_name
    assert alias in term.aliases


def test_or_between_two_things_the_sentence_is_about_makes_no_alias(tmp_path):
    term = read_one(tmp_path, "brew.txt", "Cold brew\n\nCold brew is coffee or tea steeped in cold water for "
                    "twelve hours or more, then strained.\n")
    assert term.aliases == ()


# ---------------------------------------------------------------- pages that must build

@pytest.mark.parametrize("name, page, expected, definition, sections", [
    ("espalier.html", """<html><body><main><article><h1>Espalier</h1><h2>Overview</h2>
<p>Espalier is the practice of training a fruit tree flat against a wall or a frame of wires.</p>
<h2>Risks</h2><p>Ties left too tight cut into the branches as they thicken.</p></article></main></body></html>""",
     "Espalier", "Espalier is the practice", [("Risks", "risk")]),
    ("bore.html", """<html><body><main><article><h1>Tidal bore</h1>
<section><h2>Introduction</h2><p>This wave forms when the front of a rising tide runs up a river against its current.</p></section>
<section><h2>Where it happens</h2><p>Well-known bores run up the Severn in England and the Qiantang in China.</p></section>
</article></main></body></html>""", "Tidal bore", "This wave forms", [("Where it happens", "context")]),
    ("mulching.html", """<html><body><header><h1>Garden Wiki</h1></header><main><article>
<h2>Mulching</h2><h3>Overview</h3>
<p>Mulching is the covering of bare soil with a layer of bark, straw or compost to keep in moisture and smother weeds.</p>
<h3>How it works</h3><p>The layer shades the soil, so less water evaporates and fewer weed seeds sprout.</p>
</article></main></body></html>""", "Mulching", "Mulching is the covering", [("How it works", "mechanism")]),
    ("kintsugi.md", "# Kintsugi\n\n## Summary\n\nKintsugi is the Japanese craft of mending broken pottery with "
     "lacquer mixed with powdered gold.\n\n## Why it matters\n\nThe mended crack is shown, not hidden, as part "
     "of the bowl's story.\n", "Kintsugi", "Kintsugi is the Japanese craft", [("Why it matters", "significance")]),
    ("coupon.html", """<html><body><main><article><h1>Coupon rate</h1><h2>Summary</h2>
<p>The coupon rate of a bond is the yearly interest it pays, as a percentage of its face value.</p>
<h2>How it is calculated</h2>
<p>Divide the coupon payments of one year by the bond's face value: a bond of 1,000 that pays 50 a year has a coupon rate of 5%.</p>
</article></main></body></html>""", "Coupon rate", "The coupon rate of a bond", [("How it is calculated", "metric")]),
])
def test_a_heading_over_the_lead_does_not_keep_the_definition_from_being_found(tmp_path, name, page, expected,
                                                                               definition, sections):
    term = read_one(tmp_path, name, page)
    assert term.name == expected
    assert term.definition.startswith(definition)
    assert [(s.heading, s.topic) for s in term.sections] == sections
    assert not any(word in card_text(term) for word in ("Overview", "Introduction", "Summary", "Garden Wiki"))


@pytest.mark.parametrize("name, page, expected, definition, site", [
    ("af.md", """# Atrial fibrillation

Helena Marsh¹, Tomasz Kowal²

¹ Department of Cardiology, Northgate University Hospital
² Institute of Physiology, Eastfield University

**Disclosure:** The authors have no conflicts of interest to disclose. This work received no specific funding.

*Peer reviewed by Dr Anya Fischer and Dr Luis Ortega*

Atrial fibrillation is an irregular and often fast heart rhythm in which the upper chambers of the heart quiver.
""", "Atrial fibrillation", "Atrial fibrillation is an irregular", ["Marsh", "Department", "Disclosure", "Fischer"]),
    ("lactate.txt", """Lactate threshold

By Dr Sam Okoro, PhD, and Priya Nair, MSc
Sam Okoro is a sports physiologist at Riverside College. Priya Nair coaches the county athletics team.
Conflicts of interest: Priya Nair has received travel grants from a shoe maker. Sam Okoro declares none.
Edited by Ruth Adeyemi

Lactate threshold is the exercise intensity above which lactate builds up in the blood faster than it is cleared.
""", "Lactate threshold", "Lactate threshold is the exercise", ["Okoro", "Nair", "Conflicts", "Adeyemi"]),
    ("varroa.html", """<html><body><main><article><h1>Varroa mite</h1>
<p>Written by Gareth Lloyd and Mina Sato</p>
<p>Gareth Lloyd is a bee inspector with the Western Beekeepers' Guild. Mina Sato lectures at Riverside Agricultural College.</p>
<p>Conflict of interest: The authors declare no competing interests.</p>
<p>Reviewed by the Guild Technical Committee, March 2024</p>
<p>The Varroa mite is a parasitic mite that feeds on honey bees and their brood and spreads viruses in the colony.</p>
<h2>How it spreads</h2><p>Mites ride on drifting and robbing bees from one hive to the next.</p>
<h2>Guild Technical Committee</h2><p>Chair: Dr Owen Price</p><p>Secretary: Laura Bennett</p>
<p>Western Beekeepers' Guild, 14 Mill Lane, Hereford</p>
</article></main></body></html>""", "Varroa mite", "The Varroa mite is a parasitic mite",
     ["Lloyd", "Sato", "Conflict", "Committee", "Owen Price", "Mill Lane"]),
])
def test_authors_and_disclosures_before_the_definition_are_set_aside(tmp_path, name, page, expected,
                                                                     definition, site):
    term = read_one(tmp_path, name, page)
    assert term.name == expected and term.definition.startswith(definition)
    text = card_text(term)
    for piece in site:
        assert piece not in text, piece


@pytest.mark.parametrize("name, page, expected", [
    ("inflacja.html", "<html><body><main><h1>Inflacja</h1><p>Inflacją nazywamy trwały wzrost ogólnego poziomu "
     "cen w gospodarce.</p></main></body></html>", "Inflacja"),
    ("kredyt.md", "# Kredyt hipoteczny\n\nKredytem hipotecznym nazywamy długoterminowy kredyt zabezpieczony "
     "hipoteką na nieruchomości.\n", "Kredyt hipoteczny"),
    ("fotosynteza.txt", "Fotosynteza to proces, w którym rośliny zielone wytwarzają cukry z dwutlenku węgla i wody.\n",
     "Fotosynteza"),
    ("inflace.html", "<html><body><main><article><h1>Inflace</h1><p>Inflací rozumíme trvalý růst cenové hladiny "
     "v ekonomice.</p></article></main></body></html>", "Inflace"),
    ("inflace.txt", "Inflace je trvalý růst cenové hladiny v ekonomice, kvůli kterému peníze ztrácejí hodnotu.\n",
     "Inflace"),
    ("loyly.txt", "Löyly on höyryä, joka nousee, kun vettä heitetään saunan kuumille kiville.\n", "Löyly"),
    ("fotosintez.txt", "Фотосинтез\n\nФотосинтезом называют образование органических веществ из углекислого "
     "газа и воды на свету.\n", "Фотосинтез"),
])
def test_a_page_in_another_language_is_named_by_its_title_or_opening_in_any_form(tmp_path, name, page, expected):
    term = read_one(tmp_path, name, page)
    assert term.name == expected
    assert expected not in term.discarded


def test_an_english_sentence_with_one_foreign_letter_keeps_its_name_whole(tmp_path):
    term = read_one(tmp_path, "godel.txt", "Gödel's incompleteness theorems on formal systems are two results "
                    "of mathematical logic.\n")
    assert term.name == "Gödel's incompleteness theorems on formal systems"


# ---------------------------------------------------------------- A–Z pages

@pytest.mark.parametrize("name, page, names", [
    ("knitting.md", """# Knitting glossary {#glossary}

Search the glossary…

## A {#a}

**Alpaca** — A soft yarn spun from the fleece of the alpaca, warmer than sheep's wool.

**Aran** — A medium-heavy yarn weight, between worsted and chunky.

## B {#b}

**Blocking** — Wetting or steaming a finished piece and pinning it to shape as it dries.
""", ["Alpaca", "Aran", "Blocking"]),
    ("sailing.html", """<html><body><main><h1>Sailing terms A–Z</h1>
<div><label>Search sailing terms</label></div>
<h2>A</h2><dl><dt>Abeam</dt><dd>At right angles to the length of the boat.</dd>
<dt>Aft</dt><dd>Towards the back of the boat.</dd></dl>
<h2>B</h2><dl><dt>Beam</dt><dd>The widest part of the boat.</dd></dl>
</main></body></html>""", ["Abeam", "Aft", "Beam"]),
    ("perfume.txt", """Search perfumes

Perfume glossary

Accord: A blend of notes that smells like one new scent.
Base note: The heaviest part of a perfume, which lasts longest on the skin.
Sillage: The trail of scent that a perfume leaves in the air behind its wearer.

Check your understanding
Which note lasts longest?
What is sillage?
""", ["Accord", "Base note", "Sillage"]),
])
def test_an_a_to_z_page_with_a_search_box_and_a_quiz_builds_every_entry_clean(tmp_path, name, page, names):
    page_path = tmp_path / name
    page_path.write_text(page, encoding="utf-8")
    terms = read_pages([page_path], "deck").terms
    assert [t.name for t in terms] == names
    for term in terms:
        text = card_text(term)
        assert term.sections == ()
        assert not any(word in text for word in ("Search", "{#", "Check your", "Which note"))


@pytest.mark.parametrize("name, page, heading", [
    ("review.md", "# Systematic review\n\nA systematic review is a summary of all the studies on one question, "
     "found and judged by a fixed method.\n\n## Search strategy\n\nThe authors searched three databases with "
     "terms set out before they began.\n", "Search strategy"),
    ("median.txt", "Median\n\nThe median is the middle value of a list of numbers sorted in order.\n\nFind the "
     "median\nTo find it, sort the values and take the one in the middle, or the mean of the two middle ones.\n",
     "Find the median"),
])
def test_a_heading_about_searching_or_finding_over_the_pages_text_stays(tmp_path, name, page, heading):
    term = read_one(tmp_path, name, page)
    assert [s.heading for s in term.sections] == [heading]


def test_a_correction_after_or_is_no_alias(tmp_path):
    term = read_one(tmp_path, "caffeine.txt", "Caffeine, or more precisely its action on the brain, is a "
                    "stimulant that blocks adenosine receptors.\n")
    assert term.name == "Caffeine" and term.aliases == ()


LEY_MD = """---
title: Ley lines
---

Ley lines are supposed straight alignments drawn between ancient monuments and landmarks.

## Why it matters {#matters}

Archaeologists note that with enough sites, straight lines through several of them appear by chance alone.

## Follow-up surveys

- Field walking
- Aerial photos

## Share this story

- [Facebook](https://facebook.example)
- [Email](mailto:someone@example.org)

## Popular now

- [The stone circles of Orkney, ranked](/orkney)
- [Why hill forts were built on hills](/forts)
"""


def test_a_share_row_and_headlines_given_as_markdown_links_make_no_topic(tmp_path):
    term = read_one(tmp_path, "ley-lines.md", LEY_MD)
    assert [s.heading for s in term.sections] == ["Why it matters", "Follow-up surveys"]
    assert "- [Why hill forts were built on hills](/forts)" in term.related
    assert "- [Facebook](https://facebook.example)" in term.related


def test_a_recap_of_the_previous_lesson_in_the_pages_voice_reaches_no_card(tmp_path):
    term = read_one(tmp_path, "mordant.html", """<html><body><main><article><h1>Mordant</h1>
<p>A mordant is a substance, usually a metal salt such as alum, that binds a dye to the fibres of a cloth.</p>
<h2>How it works</h2><p>The metal ions of the mordant form bridges between the dye molecules and the fibre.</p>
<p>In the previous lesson we looked at natural dyes from plants.</p>
</article></main></body></html>""")
    assert term.sections[0].text == "The metal ions of the mordant form bridges between the dye molecules and the fibre."
    assert "In the previous lesson we looked at natural dyes from plants." in term.related


@pytest.mark.parametrize("name, page, expected, definition, site", [
    ("sepsis.txt", """Sepsis

Helena Marsh, MD, is an emergency physician at Northgate University Hospital who studies sepsis in older adults.
Disclosure: Dr Marsh has received speaker fees from a maker of sepsis tests. She has no other conflicts of interest.

Sepsis is a life-threatening reaction in which the body's response to an infection injures its own organs.
""", "Sepsis", "Sepsis is a life-threatening", ["Marsh", "speaker fees"]),
    ("glaucoma.md", """# Glaucoma

**Authors:** Priya Nair¹ · Colin Marsh²
¹ Moorfield Eye Unit, Eastfield · ² Department of Optometry, Northfield University

> **Conflicts of interest:** The authors report grants from a glaucoma charity.

**Reviewed by:** Dr Luis Ortega, 3 March 2025

Glaucoma is a group of eye diseases in which damage to the optic nerve slowly narrows the field of vision.
""", "Glaucoma", "Glaucoma is a group", ["Nair", "Moorfield", "grants", "Ortega"]),
    ("truss.html", """<html><body><main><article><h1>Truss</h1>
<p>Owen Price is a structural engineer and a lecturer at Riverside College.</p>
<p>The author declares no competing interests.</p>
<p>A truss is a frame of straight members joined in triangles, so that each member is only pulled or pushed.</p>
</article></main></body></html>""", "Truss", "A truss is a frame", ["Owen Price", "competing"]),
])
def test_credits_and_declarations_that_name_the_term_are_no_definition(tmp_path, name, page, expected,
                                                                       definition, site):
    term = read_one(tmp_path, name, page)
    assert term.name == expected and term.definition.startswith(definition)
    assert term.sections == ()
    for piece in site:
        assert piece not in card_text(term), piece
    assert any(site[0] in line for line in term.discarded)


@pytest.mark.parametrize("name, page, definition", [
    ("nightingale.txt", "Florence Nightingale\n\nFlorence Nightingale was a British nurse who founded modern "
     "nursing at St Thomas' Hospital in London.\n", "Florence Nightingale was a British nurse"),
    ("conflict.md", "# Conflict of interest\n\nA conflict of interest is a situation in which a person's private "
     "interests could sway the decisions they make for others.\n", "A conflict of interest is a situation"),
    ("funding.txt", "Seed funding\n\nSeed funding is the first money a new company raises, usually from its "
     "founders, friends or early investors.\n", "Seed funding is the first money"),
])
def test_a_term_about_a_person_or_about_interests_keeps_its_definition(tmp_path, name, page, definition):
    term = read_one(tmp_path, name, page)
    assert term.definition.startswith(definition)


@pytest.mark.parametrize("line, declared", [
    ("Funding: none.", True),
    ("**Reviewed by:** Dr Luis Ortega, 3 March 2025", True),
    ("Peer reviewed by Anya Fischer", True),
    ("The authors declare no competing interests.", True),
    ("Dr Marsh has received consulting fees from two device makers.", True),
    ("Funding rounds", False),
    ("Authors Guild v. Google", False),
    ("A conflict of interest arises when private interests could sway a decision.", False),
])
def test_a_credit_or_declaration_is_told_by_its_label_or_what_it_declares(line, declared):
    from flashgen.readers.noise import is_declaration
    assert is_declaration(line) is declared


@pytest.mark.parametrize("name, page", [
    ("trail.txt", "Email address\nPassword\nSign in\n\nThe trail of scent that a perfume leaves in the air behind "
     "its wearer is its sillage.\n"),
    ("wake.txt", "Enter a search term\n\nThe trail of scent a perfume leaves behind its wearer in the air.\n"),
])
def test_a_forms_lone_labels_never_name_the_term(tmp_path, name, page):
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    with pytest.raises(FlashgenError) as caught:
        read_pages([path], "deck")
    (problem,) = caught.value.problems
    assert problem.path.endswith(name) and "name" in problem.message


def test_a_term_named_like_a_form_field_keeps_its_name(tmp_path):
    term = read_one(tmp_path, "password.txt", "Password\n\nA password is a secret string of characters that "
                    "proves who a user is when they log in.\n")
    assert term.name == "Password"


def test_a_glossary_of_form_fields_keeps_its_entries(tmp_path):
    page = tmp_path / "web-terms.html"
    page.write_text("""<html><body><main><h1>Web terms glossary</h1><dl>
<dt>Username</dt><dd>The name by which a site knows a person who has an account with it.</dd>
<dt>Password</dt><dd>A secret string that proves who a user is.</dd>
<dt>Avatar</dt><dd>A small picture that stands for a user beside each of their posts on a forum.</dd>
</dl></main></body></html>""", encoding="utf-8")
    assert [t.name for t in read_pages([page], "deck").terms] == ["Username", "Password", "Avatar"]


NOSEMA_HTML = """<html><body><main><article><h1>Nosema</h1>
<p>Nosema is a disease of honey bees caused by a microscopic fungus that infects the gut of workers.</p>
<h2>How it spreads</h2><p>Spores pass from bee to bee in faeces on the comb, and spread fastest in damp springs.</p>
<h2>{heading}</h2>
<p>{text}</p>
</article></main></body></html>"""


@pytest.mark.parametrize("heading, text", [
    ("Contact us", "If you think your bees have nosema, ring the Guild's bee health line on 01234 567890 or "
     "write to health@guild.example."),
    ("Get in touch", "Our bee inspectors answer questions about nosema on +44 1234 567 890, weekdays."),
])
def test_the_sites_contact_details_make_no_topic_whatever_they_say_of_the_term(tmp_path, heading, text):
    term = read_one(tmp_path, "nosema.html", NOSEMA_HTML.format(heading=heading, text=text))
    assert [s.heading for s in term.sections] == ["How it spreads"]
    assert text in term.related


def test_a_section_that_gives_a_helpline_for_the_reader_stays(tmp_path):
    text = ("If a bee keeper suspects nosema in many hives at once, the national bee unit on 0300 303 0094 "
            "arranges a free inspection of the apiary.")
    term = read_one(tmp_path, "nosema.html", NOSEMA_HTML.format(heading="Reporting an outbreak", text=text))
    assert [s.heading for s in term.sections] == ["How it spreads", "Reporting an outbreak"]


def test_a_place_that_school_trips_visit_is_no_authors_note(tmp_path):
    term = read_one(tmp_path, "canyon.txt", "Canyon\n\nGrand Canyon is a steep gorge of the Colorado River that "
                    "school trips visit every summer.\n")
    assert term.definition.startswith("Grand Canyon is a steep gorge")
