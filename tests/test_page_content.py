"""Pages from new fields: steps under a heading are content, teasers and stamps are not, lists read as prose."""

from __future__ import annotations

from pathlib import Path

from flashgen.readers import read_pages
from flashgen.sentences import split_sentences


def read(tmp_path: Path, name: str, text: str):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return read_pages([page], "fields").terms


def one(tmp_path: Path, name: str, text: str):
    (term,) = read(tmp_path, name, text)
    return term


def test_steps_under_a_how_to_heading_are_a_section_not_a_link_block(tmp_path):
    term = one(tmp_path, "clove.html", """<html><body><article>
<h1>Clove hitch</h1>
<p>The clove hitch is a knot of two half hitches that binds a rope to a post quickly.</p>
<h2>How To Tie It</h2>
<ol><li>Wrap the working end once round the post.</li>
<li>Cross over the first turn and wrap again.</li>
<li>Tuck the end under the second turn and pull tight.</li></ol>
<h2>Related articles</h2>
<ul><li><a href="/a">How to splice a rope</a></li><li><a href="/b">Ten knots for campers</a></li></ul>
</article></body></html>""")
    (steps,) = term.sections
    assert steps.heading == "How To Tie It"
    assert steps.text == ("1. Wrap the working end once round the post.\n2. Cross over the first turn and "
                          "wrap again.\n3. Tuck the end under the second turn and pull tight.")
    assert "- How to splice a rope" in term.related and "- Ten knots for campers" in term.related
    assert not any("Wrap the working end" in line for line in term.related)


def test_a_how_to_headline_over_titles_still_points_elsewhere(tmp_path):
    term = one(tmp_path, "sheet-bend.txt", """Sheet bend
The sheet bend is a knot that joins two ropes of different thickness.

Uses
Sailors join a thin line to a thicker one with it when they need a longer rope.

How to Choose a Rope for Climbing
Our picks for every budget
""")
    assert [s.heading for s in term.sections] == ["Uses"]
    assert "How to Choose a Rope for Climbing" in term.related


def test_headlines_under_a_you_might_also_like_line_go_with_it(tmp_path):
    term = one(tmp_path, "vat.txt", """Value added tax (VAT) is a tax charged on most goods and services at each stage of supply.

You might also like:
- Corporation Tax in Plain Words
- Five Ways to Keep Your Receipts

Context
Businesses above a turnover threshold must register and charge it on their sales.
""")
    assert term.definition == ("Value added tax (VAT) is a tax charged on most goods and services "
                               "at each stage of supply.")
    assert term.related == ("You might also like:", "- Corporation Tax in Plain Words",
                            "- Five Ways to Keep Your Receipts")
    assert [s.topic for s in term.sections] == ["context"]


def test_an_edit_stamp_is_noise(tmp_path):
    term = one(tmp_path, "rib.html", """<html><body><div id="content">
<h1>Ribbing</h1>
<p>Ribbing is a knitted fabric of alternating columns of knit and purl stitches that stretches sideways.</p>
<h3>Context</h3>
<p>Cuffs, collars and hat brims are knitted in ribbing so they hug the body.</p>
<p><em>Last edited 9 January 2024 by user NeedleNell.</em></p>
</div></body></html>""")
    (context,) = term.sections
    assert context.text == "Cuffs, collars and hat brims are knitted in ribbing so they hug the body."
    assert "Last edited 9 January 2024 by user NeedleNell." in term.discarded


def test_the_page_praising_itself_after_the_last_section_is_a_teaser(tmp_path):
    term = one(tmp_path, "cast-off.txt", """Cast off is the finishing edge of knitting, made by lifting each stitch over the next so none can unravel.

Tips
Use a needle one size larger so the edge does not pull in.

Loved this pattern? Pin it for later!
""")
    (tips,) = term.sections
    assert tips.text == "Use a needle one size larger so the edge does not pull in."
    assert "Loved this pattern? Pin it for later!" in term.related


def test_a_feedback_prompt_after_a_glossary_table_is_not_a_definition(tmp_path):
    terms = read(tmp_path, "routing.html", """<html><body><main><table>
<tr><th>Term</th><th>Definition</th></tr>
<tr><td>Hop</td><td>One step of a packet's path from one router to the next.</td></tr>
<tr><td>Route</td><td>The path a packet takes from its source to its destination across networks.</td></tr>
<tr><td>Gateway</td><td>The router a host sends packets to when the destination is outside its own network.</td></tr>
</table>
<p>Missing a word? <a href="/contact">Write to us</a> and we will add it.</p>
</main></body></html>""")
    gateway = terms[-1]
    assert gateway.definition == ("The router a host sends packets to when the destination is "
                                  "outside its own network.")
    assert "Missing a word? Write to us and we will add it." in gateway.related


def test_html_list_items_that_are_sentences_stay_a_list_of_sentences(tmp_path):
    term = one(tmp_path, "dns.html", """<html><body><main>
<h1>DNS</h1>
<p>The Domain Name System (DNS) is the directory that turns host names into IP addresses.</p>
<h2>Why It Matters</h2>
<ul><li>It lets people use names instead of numbers.</li><li>It spreads the load over many servers.</li></ul>
<h2>Risks</h2>
<p>Common attacks include:</p>
<ul><li>cache poisoning</li><li>domain hijacking</li></ul>
</main></body></html>""")
    significance, risk = term.sections
    assert significance.text == ("- It lets people use names instead of numbers.\n"
                                 "- It spreads the load over many servers.")
    # Fragments under a lead-in stay a list.
    assert risk.text.endswith("- cache poisoning\n- domain hijacking")


def test_markdown_list_items_that_are_sentences_stay_a_list_of_sentences(tmp_path):
    term = one(tmp_path, "felting.md", """# Felting

Felting is the matting of wool fibres into a dense cloth by heat, moisture and rubbing.

## Mechanism

- The scales on each fibre open in warm water.
- Rubbing locks the scales of neighbouring fibres together.
""")
    (mechanism,) = term.sections
    assert mechanism.text == ("- The scales on each fibre open in warm water.\n"
                              "- Rubbing locks the scales of neighbouring fibres together.")
    assert split_sentences(mechanism.text) == ("The scales on each fibre open in warm water.",
                                               "Rubbing locks the scales of neighbouring fibres together.")
