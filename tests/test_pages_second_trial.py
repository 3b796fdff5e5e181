"""Pages copied or saved from sites of fields not met before, read a second time as a new
user would: a printed handout's page furniture and broken words, a footnote's number, a code
block, an admonition's label, and names and headings read by what they are."""

from __future__ import annotations

from conftest import written_terms
from test_pages_from_unseen_sites import card_text


def read_written(tmp_path, name: str, text: str):
    """Return the terms of a page written into ``tmp_path`` under ``name``."""
    return written_terms(tmp_path, name, text, "trial")


# A field course's handout copied from its PDF: the running header carries the page's number
# at its right-hand end (no "Page 2 of 3"), a sentence runs on over the page break with a blank
# line either side of the header, and the layout breaks words at line ends with a hyphen.
SOIL_COMPACTION = """\
FIELD SOILS COURSE — WEEK 4 HANDOUT                                   1

SOIL COMPACTION

Soil compaction is the squeezing together of soil particles that reduces the pore
space between them. Heavy machinery on wet ground is the commonest cause, be-
cause water lets the particles slide past one another under load.

1. EFFECTS

Compacted layers slow the infiltration of rain, so that water runs off the sur-
face and carries topsoil with it. Roots that meet a dense layer turn side-

FIELD SOILS COURSE — WEEK 4 HANDOUT                                   2

ways instead of growing down, and the crop draws on a smaller volume of soil.

2. MEASUREMENT

A penetrometer pushed into the ground records the resistance in mega-
pascals; readings above about 2 MPa hold back most roots. A well-
known quick test is to dig a spade into the soil and look at the structure.
"""


def test_a_running_header_with_the_pages_number_is_no_title_nor_text(tmp_path):
    (term,) = read_written(tmp_path, "soil-compaction.txt", SOIL_COMPACTION)
    assert term.name.casefold() == "soil compaction"
    assert term.definition.startswith("Soil compaction is the squeezing")
    text = card_text(term)
    assert "HANDOUT" not in text
    assert any("WEEK 4 HANDOUT" in line for line in term.discarded)
    assert [s.heading for s in term.sections] == ["Effects", "Measurement"]


def test_a_sentence_cut_by_a_page_break_between_blank_lines_is_one_sentence(tmp_path):
    (term,) = read_written(tmp_path, "soil-compaction.txt", SOIL_COMPACTION)
    effects = next(s for s in term.sections if s.heading == "Effects")
    assert "\n" not in effects.text
    assert "turn sideways instead of growing down" in effects.text


def test_a_word_broken_at_a_printed_line_end_is_made_whole(tmp_path):
    (term,) = read_written(tmp_path, "soil-compaction.txt", SOIL_COMPACTION)
    text = card_text(term)
    assert "because water lets" in text
    assert "runs off the surface" in text
    assert "in megapascals;" in text
    # A compound written with its hyphen keeps it.
    assert "A well-known quick test" in text
    assert "- " not in text.replace("— ", "")


def test_a_title_in_capitals_the_definition_does_not_spell_reads_in_small_letters(tmp_path):
    page = SOIL_COMPACTION.replace("Soil compaction is", "Compaction is").replace(
        "commonest cause,", "commonest cause of compaction,")
    (term,) = read_written(tmp_path, "compaction.txt", page)
    assert term.name == "Soil compaction"


# A museum's explainer saved from the browser: notes marked by numbers in superscript, linked
# to the list at the end or not, and a power in superscript that is part of a figure.
GLACIAL_ERRATIC = """\
<html><body><main>
<h1>Glacial erratic</h1>
<p>A glacial erratic is a boulder carried by moving ice and left far from the rock it broke
from.<sup><a href="#note-1">1</a></sup> Erratics can weigh thousands of tonnes.</p>
<h2>Context</h2>
<p>The ice sheet that carried the largest erratics covered about 13 million km<sup>2</sup>,
reaching as far south as the Ohio valley,<sup>2,3</sup> and its stones are still found in
farm fields there.</p>
<h2>References</h2>
<ol><li id="note-1">Evans D. Glacial landsystems. 2005.</li><li>Flint R. Glacial geology. 1971.</li></ol>
</main></body></html>
"""


def test_a_notes_number_in_superscript_stays_off_the_cards(tmp_path):
    (term,) = read_written(tmp_path, "glacial-erratic.html", GLACIAL_ERRATIC)
    assert "broke from. Erratics can weigh" in term.definition
    (context,) = term.sections
    assert "Ohio valley, and its stones" in context.text
    # A power is part of the figure it raises.
    assert "13 million km2" in context.text


# A sysadmin's wiki page: a command shown in a <pre> block under its heading, with a line of
# prose after it.
LOG_ROTATION = """\
<html><body><main>
<h1>Log rotation</h1>
<p>Log rotation is the routine renaming, compressing and deleting of old log files so that
they never fill the disk.</p>
<h2>Example</h2>
<pre>logrotate --force
/etc/logrotate.conf</pre>
<p>The force option rotates the logs even when they are not yet due.</p>
</main></body></html>
"""


def test_a_block_of_code_in_a_saved_page_is_no_heading(tmp_path):
    (term,) = read_written(tmp_path, "log-rotation.html", LOG_ROTATION)
    (example,) = term.sections
    assert example.heading == "Example"
    assert example.text.startswith("logrotate --force /etc/logrotate.conf")
    assert "rotates the logs even when" in example.text
    assert "`" not in example.text


# A study wiki's markdown page: a note box written as a quotation whose first line is its
# bold label alone, as callouts were written before "[!note]".
TIDAL_VOLUME = """\
# Tidal volume

Tidal volume is the amount of air moved into or out of the lungs in one normal breath, about
500 millilitres in a resting adult.

> **Important**
> On a ventilator it is set from the patient's predicted body weight,
> not from the weight on the scales.

## Metric

It is read from a spirometer trace as the height of one quiet breath.
"""


def test_a_quotations_bold_label_on_a_line_of_its_own_runs_into_its_text(tmp_path):
    (term,) = read_written(tmp_path, "tidal-volume.md", TIDAL_VOLUME)
    assert "Important: On a ventilator it is set from the patient's predicted body weight" in term.definition
    assert "Important On" not in term.definition


# A finance explainer whose section on working the figure out is headed by the bare word.
DEBT_SERVICE_COVERAGE = """\
# Debt service coverage ratio

The debt service coverage ratio (DSCR) compares the cash a property earns with the loan
payments it has to meet in the same year.

## The formula

DSCR is net operating income divided by the year's principal and interest payments, so
£120,000 of income against £100,000 of payments gives 1.2.

## Chemical formula

Not a chemistry page, but a heading made of a compound stays a topic of its own.
"""


def test_a_bare_formula_heading_is_the_terms_metric(tmp_path):
    (term,) = read_written(tmp_path, "dscr.md", DEBT_SERVICE_COVERAGE)
    topics = {s.heading: s.topic for s in term.sections}
    assert topics == {"The formula": "metric", "Chemical formula": "chemical-formula"}


def test_formula_equation_and_calculation_alone_land_on_metric():
    from flashgen.topics import topic_key

    for heading in ("Formula", "Formulae", "Equations", "The calculation", "Calculation:"):
        assert topic_key(heading) == "metric", heading
    for heading in ("Structural formula", "Formula milk", "Wave equation"):
        assert topic_key(heading) != "metric", heading


def test_a_formula_section_beside_a_metric_section_keeps_a_topic_of_its_own(tmp_path):
    from flashgen.model import Deck
    from flashgen.terms import load_term

    text = """id: dscr
name: Debt service coverage ratio
definition: A ratio of the cash a property earns to the loan payments it has to meet.
sections:
  - heading: Metric
    text: Lenders usually ask for at least 1.25.
  - heading: Formula
    text: Net operating income divided by the year's debt payments.
"""
    topics = []
    for name, page in (("alone.yaml", text.replace("Metric", "Thresholds")), ("beside.yaml", text)):
        path = tmp_path / name
        path.write_text(page, encoding="utf-8")
        problems: list = []
        term = load_term(path, Deck(id="finance", title="Finance"), problems)
        assert not problems
        topics.append([s.topic for s in term.sections])
    assert topics == [["threshold", "metric"], ["metric", "formula"]]


def test_a_glossary_still_defines_formula_as_a_term_while_its_heading_is_a_metric(tmp_path):
    from flashgen.topics import topic_key

    assert topic_key("Formula") == "metric"
    terms = read_written(tmp_path, "lab-glossary.txt", """Nursing maths glossary

Formula: A rule written in symbols that gives one quantity from others.
Titration: Adjusting a drug's dose step by step until the wanted effect is reached.
Bolus: A single dose given quickly into a vein.
""")
    assert [t.name for t in terms] == ["Formula", "Titration", "Bolus"]


# A workshop's printed notes end with the line on whom copies are for; the text's own
# "held for sale" stays.
STOCK_VALUATION = """\
# Net realisable value

Net realisable value is the price an item of stock is expected to fetch, less the costs of
finishing and selling it.

## Application

Stock held for sale is carried at the lower of its cost and its net realisable value.

Handout for the spring bookkeeping workshop. Not for distribution outside the class.
"""


def test_a_printed_documents_line_on_whom_copies_are_for_stays_off_the_cards(tmp_path):
    (term,) = read_written(tmp_path, "nrv.md", STOCK_VALUATION)
    text = card_text(term)
    assert "Not for distribution" not in text
    assert "Stock held for sale is carried at the lower" in text
    assert any("Not for distribution" in line for line in (*term.discarded, *term.related))
