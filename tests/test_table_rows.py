"""Tables in a term's sections: every row is read, whether or not the table marks its header,
as a line that names each value by its column without running the header into the value."""

from __future__ import annotations

import re
from pathlib import Path

from flashgen.build import prepare
from flashgen.readers import read_pages
from flashgen.readers.tables import column_labels, row_sentence


def section(tmp_path: Path, name: str, text: str, heading: str):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    (term,) = read_pages([page], "deck").terms
    return next(s for s in term.sections if s.heading == heading)


def page(table: str) -> str:
    return f"""<html><body><main>
<h1>Sieve analysis</h1>
<p>Sieve analysis is a test that sorts a soil sample by grain size, by shaking it through a stack of
sieves with smaller and smaller openings.</p>
<h2>Method</h2>
<p>The stack is shaken for ten minutes and each sieve is weighed.</p>
{table}
</main></body></html>
"""


# The header is a first row of <th>, with no <thead> round it.
TH_ROW = """<table>
<tr><th>Sieve</th><th>Opening</th><th>What it holds back</th></tr>
<tr><td>No. 4</td><td>4.75 mm</td><td>Fine gravel</td></tr>
<tr><td>No. 40</td><td>0.425 mm</td><td>Medium sand</td></tr>
<tr><td>No. 200</td><td>0.075 mm</td><td>Fine sand, the last grains kept</td></tr>
</table>"""

# The header is a first row of ordinary cells that reads as one.
TD_ROW = TH_ROW.replace("<th>", "<td>").replace("</th>", "</td>")


def test_a_table_without_thead_under_a_row_of_th_is_read_row_by_row(tmp_path):
    method = section(tmp_path, "sieve.html", page(TH_ROW), "Method")
    assert "Sieve No. 4 — opening: 4.75 mm; what it holds back: Fine gravel." in method.text
    assert "Sieve No. 200 — opening: 0.075 mm; what it holds back: Fine sand, the last grains kept." in method.text


def test_a_first_row_of_plain_cells_that_reads_as_headers_is_the_header(tmp_path):
    method = section(tmp_path, "sieve.html", page(TD_ROW), "Method")
    assert "Sieve No. 40 — opening: 0.425 mm; what it holds back: Medium sand." in method.text
    # The header row is no row of its own.
    assert "Sieve: Opening" not in method.text and "Sieve —" not in method.text


def test_a_two_column_table_of_values_under_a_header_row_is_kept(tmp_path):
    method = section(tmp_path, "sieve.html", page("""<table>
<tr><th>Soil</th><th>Share passing the No. 200 sieve</th></tr>
<tr><td>Clean sand</td><td>under 5%</td></tr><tr><td>Silty sand</td><td>12 to 50%</td></tr>
<tr><td>Clay</td><td>over 50%</td></tr></table>"""), "Method")
    for row in ("Clean sand — share passing the No. 200 sieve: under 5%.",
                "Silty sand — share passing the No. 200 sieve: 12 to 50%.",
                "Clay — share passing the No. 200 sieve: over 50%."):
        assert row in method.text


def test_a_table_of_figures_whose_first_row_is_data_keeps_every_row(tmp_path):
    # No row names the columns: the first row is a row like the others, not a header.
    method = section(tmp_path, "sieve.html", page("""<table>
<tr><td>Sample A</td><td>312 g</td><td>4.1%</td></tr>
<tr><td>Sample B</td><td>298 g</td><td>3.7%</td></tr>
<tr><td>Sample C</td><td>305 g</td><td>5.0%</td></tr></table>"""), "Method")
    for row in ("Sample A: 312 g, 4.1%.", "Sample B: 298 g, 3.7%.", "Sample C: 305 g, 5.0%."):
        assert row in method.text


def test_a_two_column_table_of_definitions_is_still_a_glossary(tmp_path):
    path = tmp_path / "sieves.html"
    path.write_text("""<html><body><main><h1>Sieve words</h1><table>
<tr><td>Word</td><td>Meaning</td></tr>
<tr><td>Pan</td><td>The closed tray under the stack that catches whatever passes the finest sieve.</td></tr>
<tr><td>Blinding</td><td>Grains wedged in the mesh so that the openings no longer let others through.</td></tr>
<tr><td>Retained</td><td>The part of a sample that stays on a sieve once shaking stops.</td></tr>
</table></main></body></html>""", encoding="utf-8")
    terms = read_pages([path], "deck").terms
    assert [t.name for t in terms][-3:] == ["Pan", "Blinding", "Retained"]


def test_no_header_word_runs_into_a_value(tmp_path):
    method = section(tmp_path, "sieve.html", page(TH_ROW), "Method")
    for header, value in (("opening", "4.75 mm"), ("what it holds back", "Fine gravel")):
        assert f"{header} {value}" not in method.text
        assert f"{header}: {value}" in method.text


def test_markdown_value_tables_name_values_by_header_unless_it_is_the_title(tmp_path):
    text = ("# Boiling point\n\nThe boiling point of a liquid is the temperature at which its vapour "
            "pressure equals the pressure around it.\n\n## Context\n\nIt falls with altitude.\n\n"
            "| Place | Water boils at |\n| --- | --- |\n| Sea level | 100 °C |\n| La Paz | 87 °C |\n\n"
            "## Metric\n\nTables list it for pure liquids.\n\n"
            "| Liquid | Boiling point |\n| --- | --- |\n| Ethanol | 78 °C |\n| Acetone | 56 °C |\n")
    assert "Sea level — water boils at: 100 °C." in section(tmp_path, "bp.md", text, "Context").text
    # Under a column named like the page, the header would only repeat the term.
    metric = section(tmp_path, "bp.md", text, "Metric").text
    assert "Ethanol: 78 °C." in metric and "boiling point: 78" not in metric.casefold()


def test_row_sentences_read_counts_as_counts_and_values_after_their_headers():
    assert row_sentence(["Hive", "Frames", "Queen"], ["2", "10", "marked"]) == "Hive 2 — 10 frames; queen: marked."
    assert row_sentence(["Wheel", "Spokes", "Rims"], ["Front", "32", "2"]) == "Front: 32 spokes, 2 rims."
    assert row_sentence(["", "", ""], ["Venus", "0.72 AU", "225 days"]) == "Venus: 0.72 AU, 225 days."


def test_clozes_of_table_rows_hide_values_never_header_words(tmp_path):
    deck = tmp_path / "soils"
    deck.mkdir()
    (deck / "sieve.html").write_text(page(TH_ROW), encoding="utf-8")
    rows = [c for c in prepare((deck,)).cards if c.kind == "cloze" and "opening&#58;" in c.front]
    assert len(rows) == 3
    for card in rows:
        hidden = re.findall(r"\{\{c\d+::(.*?)\}\}", card.front)
        assert hidden
        assert not any(word in h.casefold() for h in hidden for word in ("opening", "holds back"))


def test_column_labels_come_only_from_a_row_shaped_sentence():
    assert column_labels("Coarse — abrasive: Silicon carbide; used for: Shaping the bevel.") == (
        "abrasive", "used for")
    assert column_labels("A sieve: a mesh that sorts grains.") == ()
    assert column_labels("Sieves are stacked — finest at the bottom.") == ()


def test_a_decimal_value_after_a_colon_is_hidden_whole():
    from flashgen.cloze import Names, make_cloze

    cloze = make_cloze("Clay — share passing: more than 0.5.", Names("~term", ("Sieve analysis",)),
                       keep=("share passing",))
    assert cloze is not None and "{{c1::more than 0.5}}" in cloze.text
