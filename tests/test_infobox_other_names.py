"""An encyclopedic page's fact box is left out, all but its row of the term's other names,
which gives aliases as a label line of other names above the definition does."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import written_terms


def read_written(tmp_path: Path, name: str, text: str):
    (term,) = written_terms(tmp_path, name, text, "pottery")
    return term


def card_text(term) -> str:
    return "\n".join([term.definition, *(s.heading + "\n" + s.text for s in term.sections)])


PAGE = """\
<html><body><div id="content" role="main">
<h1>Slip casting</h1>
<div class="mw-parser-output">
<table class="{box}">
<tr><th colspan="2">Slip casting</th></tr>
<tr><th>{label}</th><td>{names}</td></tr>
<tr><th>Material</th><td>Liquid clay (slip)</td></tr>
<tr><th>Mould</th><td>Plaster of Paris</td></tr>
</table>
<p><b>Slip casting</b> is a way of forming pottery by pouring liquid clay into a plaster mould,
which draws water from the clay so that a wall of clay builds up against it.</p>
<h2>History</h2>
<p>Slip casting spread through European potteries in the eighteenth century, when plaster moulds became cheap.</p>
</div></div></body></html>
"""


@pytest.mark.parametrize("box", ["infobox", "facts"])
@pytest.mark.parametrize("label, names", [
    ("Other names", "drain casting<br>pour casting<sup>[2]</sup>"),
    ("Also known as", "drain casting, pour casting"),
    ("Synonyms", "<ul><li>drain casting</li><li>pour casting</li></ul>"),
    ("Altri nomi", "drain casting; pour casting"),
])
def test_the_other_names_row_of_a_fact_box_gives_the_terms_aliases(tmp_path, box, label, names):
    term = read_written(tmp_path, "slip.html", PAGE.format(box=box, label=label, names=names))
    assert term.name == "Slip casting"
    assert term.aliases == ("drain casting", "pour casting")
    assert term.definition.startswith("Slip casting is a way of forming pottery")
    assert [s.heading for s in term.sections] == ["History"]
    for fact in ("Plaster of Paris", "Liquid clay", label):
        assert fact not in card_text(term)


@pytest.mark.parametrize("label, value", [("Invented", "1740s"), ("Other", "stoneware moulds"),
                                          ("Common", "tableware")])
def test_a_fact_box_without_a_row_of_other_names_gives_no_aliases(tmp_path, label, value):
    term = read_written(tmp_path, "slip.html", PAGE.format(box="infobox", label=label, names=value))
    assert term.name == "Slip casting" and term.aliases == ()
    assert value not in card_text(term) and value not in " ".join(term.related)


def test_a_bold_term_opening_the_definition_under_a_label_line_is_still_the_term(tmp_path):
    term = read_written(tmp_path, "slip.md", "# Slip casting\n\nAlso known as: drain casting, pour casting\n\n"
                        "**Slip casting** is a way of forming pottery by pouring liquid clay into a plaster "
                        "mould.\n\n## History\n\nIt spread through European potteries in the eighteenth century.\n")
    assert term.name == "Slip casting" and term.aliases == ("drain casting", "pour casting")


AFTER_LEAD = """\
<html><body><div id="content" role="main">
<h1>Raku firing</h1>
<div class="mw-parser-output">
<p><b>Raku firing</b> is a way of firing pottery in which the glowing pieces are lifted out of the kiln
and dropped into sawdust or leaves.</p>
<table class="infobox">
<tr><th colspan="2">Raku firing</th></tr>
<tr><th>{label}</th><td>smoke firing<br>fast firing</td></tr>
<tr><th>Region</th><td>Kyoto</td></tr>
</table>
<p>The sudden cooling crazes the glaze, and the smoke blackens any clay left bare.</p>
<h2>History</h2>
<p>The method began in sixteenth-century Japan, where it made bowls for the tea ceremony.</p>
</div></div></body></html>
"""


@pytest.mark.parametrize("label", ["Also known as", "Other names", "Synonyme"])
def test_a_fact_box_after_the_lead_paragraph_still_gives_the_aliases(tmp_path, label):
    term = read_written(tmp_path, "raku.html", AFTER_LEAD.format(label=label))
    assert term.name == "Raku firing"
    assert term.aliases == ("smoke firing", "fast firing")
    assert term.definition.startswith("Raku firing is a way of firing pottery")
    # The lead's own second paragraph stays; the row of names and the other facts do not.
    assert "the smoke blackens any clay left bare" in term.definition
    for fact in ("Kyoto", "Also known as", label):
        assert fact not in card_text(term)


def test_a_label_line_of_other_names_under_a_text_pages_definition_gives_aliases(tmp_path):
    (term,) = written_terms(tmp_path, "raku.txt", (
        "Raku firing\n\nRaku firing is a way of firing pottery in which the glowing pieces are lifted out of "
        "the kiln and dropped into sawdust.\n\nAlso known as: smoke firing, fast firing\n\n"
        "History\n\nThe method began in sixteenth-century Japan, where it made bowls for the tea ceremony.\n"),
        "pottery")
    assert term.aliases == ("smoke firing", "fast firing")
    assert "Also known as" not in card_text(term)
