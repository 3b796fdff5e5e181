"""Pages whose lines are shaped like a glossary's but are not one, and glossaries that look
like one article: label lines in a section of one term, a note under an entry, terms that
share their head word, and names that end in a word spelt like a verb."""

from __future__ import annotations

import pytest

from conftest import written_terms
from flashgen.readers.glossary import split_entries
from flashgen.readers.markdown import MarkdownReader

_LABELS_TEXT = """Ferritin

Ferritin is a protein that stores iron inside cells and releases it when the body needs it.

Metric

Usual range: 30 to 300 micrograms per litre in adult men.
Sample: blood drawn from a vein at any time of the day.
Lowered by: heavy bleeding, pregnancy and a diet poor in iron.
"""


@pytest.mark.parametrize("name, page", [
    ("ferritin.txt", _LABELS_TEXT),
    ("ferritin.md", _LABELS_TEXT.replace("Ferritin\n", "# Ferritin\n", 1).replace("Metric\n", "## Metric\n")),
])
def test_label_lines_in_a_section_of_one_term_are_its_items(tmp_path, name, page):
    (term,) = written_terms(tmp_path, name, page, "blood")
    assert term.name == "Ferritin"
    assert term.definition.startswith("Ferritin is a protein that stores iron")
    (metric,) = term.sections
    assert metric.heading == "Metric"
    assert metric.text.split("\n\n") == ["Usual range: 30 to 300 micrograms per litre in adult men.",
                                         "Sample: blood drawn from a vein at any time of the day.",
                                         "Lowered by: heavy bleeding, pregnancy and a diet poor in iron."]
    assert not term.related and not term.discarded


def test_label_lines_under_a_glossary_title_are_still_its_entries(tmp_path):
    page = _LABELS_TEXT.replace("Ferritin\n\n", "Glossary of blood tests\n\n", 1)
    terms = written_terms(tmp_path, "tests.txt", page, "blood")
    assert [t.name for t in terms] == ["Usual range", "Sample", "Lowered by"]


def test_a_note_line_under_an_entry_stays_in_that_entry(tmp_path):
    page = """Rigging words

Halyard: A line that hoists a sail up the mast.
Sheet: A line that trims a sail to the wind.
Example: ease the sheet when the sail starts to stall.
Shackle: A U-shaped metal link closed by a pin.
Note: a snap shackle opens under load, a screw shackle does not.
Block: A pulley that changes the direction of a line.
"""
    terms = written_terms(tmp_path, "rigging.txt", page, "rigging")
    assert [t.name for t in terms] == ["Halyard", "Sheet", "Shackle", "Block"]
    by_name = {t.name: t for t in terms}
    assert "Example: ease the sheet when the sail starts to stall." in by_name["Sheet"].definition
    assert "screw shackle does not" in by_name["Shackle"].definition
    assert by_name["Block"].definition == "A pulley that changes the direction of a line."


_SHARED_WORD = """{title}

## Bowline knot

A bowline knot makes a fixed loop at the end of a line that will not slip.

## Sheepshank knot

A sheepshank knot shortens a rope without cutting it.

## Stopper knot

A stopper knot stops a line running out through a block or a fairlead.

## Rolling hitch

A rolling hitch grips a spar or another line against a pull along it.
"""


@pytest.mark.parametrize("title", ["# Knot glossary", "# Knots"])
def test_glossary_terms_that_share_a_word_are_its_entries(tmp_path, title):
    terms = written_terms(tmp_path, "knots.md", _SHARED_WORD.format(title=title), "knots")
    assert [t.name for t in terms] == ["Bowline knot", "Sheepshank knot", "Stopper knot", "Rolling hitch"]
    assert terms[1].definition == "A sheepshank knot shortens a rope without cutting it."


def test_the_parts_of_one_article_that_share_its_word_are_still_no_entries():
    page = """## Salt and yeast

Too much salt slows the yeast, so the dough rises late and stays dense.

## Salt and gluten

Salt tightens the gluten network and makes the dough easier to shape.

## Salt and crust

A salted loaf browns more evenly and keeps its crust crisp for longer.
"""
    assert split_entries(MarkdownReader().lines(page, "salt.md")) == []


@pytest.mark.parametrize("sentence, name", [
    ("Speech acts are utterances that do something by being said, such as a promise.", "Speech acts"),
    ("Passion plays are dramas that stage the trial and death of Christ.", "Passion plays"),
    ("Tape measures are rules of flexible steel or cloth wound into a case.", "Tape measures"),
    # A verb of the list that no copula follows still ends the name.
    ("Wind shear describes a sudden change of wind speed or direction over a short distance.", "Wind shear"),
    ("Water hammer acts on pipes as a pressure surge when a valve closes fast.", "Water hammer"),
])
def test_a_name_ending_in_a_word_spelt_like_a_verb_is_read_whole(tmp_path, sentence, name):
    (term,) = written_terms(tmp_path, "page.txt", sentence + "\n", "words")
    assert term.name == name
