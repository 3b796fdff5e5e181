"""Saved web pages: ordered lists keep their numbers, a table's rows are lines of their own,
and a <blockquote> is a quotation as a quoted line of a text page is."""

from __future__ import annotations

from pathlib import Path

from conftest import written_terms
from flashgen.readers.html import html_blocks


def read_written(tmp_path: Path, name: str, text: str):
    (term,) = written_terms(tmp_path, name, text, "pottery")
    return term


def sections(term) -> dict[str, str]:
    return {s.heading: s.text for s in term.sections}


KILN = """\
<html><body><main>
<h1>Kiln firing</h1>
<p>Kiln firing is the controlled heating of shaped clay until it hardens into ceramic.</p>
<h2>Stages</h2>
<p>A piece goes through these firings in turn:</p>
<ol><li>bisque</li><li>glaze</li><li>lustre</li></ol>
<h2>Kinds</h2>
<ul><li>raku</li><li>pit firing</li></ul>
</main></body></html>
"""


def test_an_ordered_list_keeps_its_numbers_and_a_bulleted_one_its_dashes(tmp_path):
    text = sections(read_written(tmp_path, "kiln.html", KILN))
    assert text["Stages"].endswith("\n\n1. bisque\n2. glaze\n3. lustre")
    assert text["Kinds"] == "- raku\n- pit firing"


def test_an_ordered_list_counts_from_its_start_down_when_reversed_and_from_an_items_value():
    started = html_blocks('<ol start="4"><li>trim</li><li>dry</li><li value="9">fire</li><li>glaze</li></ol>')
    assert [text for _, text in started] == ["4. trim", "5. dry", "9. fire", "10. glaze"]
    countdown = html_blocks("<ol reversed><li>three</li><li>two</li><li>one</li></ol>")
    assert [text for _, text in countdown] == ["3. three", "2. two", "1. one"]


def test_an_ordered_list_inside_an_item_is_numbered_on_its_own():
    nested = html_blocks("<ul><li>Prepare<ol><li>wedge</li><li>centre</li></ol></li><li>Throw</li></ul>")
    assert [text for _, text in nested] == ["- Prepare", "1. wedge", "2. centre", "- Throw"]


GLAZE = """\
<html><body><main>
<h1>Glaze defects</h1>
<p>Glaze defects are flaws in the fired glass coating of a ceramic piece.</p>
<h2>Kinds</h2>
<table>
<tr><td>Crawling</td><td>The glaze pulls back into islands</td><td>Dust or oil on the bisque</td></tr>
<tr><td>Pinholing</td><td>Tiny craters in the surface</td><td>Gas escaping late in the firing</td></tr>
</table>
<h2>Causes</h2>
<table>
<tr><th>Defect</th><th>Cause</th><th>Fix</th></tr>
<tr><td colspan="2">Blistering from overfiring</td><td>Fire a cone lower</td></tr>
<tr><td>Crawling</td><td>Dust</td><td>Wash the bisque</td></tr>
</table>
<h2>Remedies</h2>
<table>
<thead><tr><td>Defect</td><td>Remedy</td></tr></thead>
<tbody>
<tr><td>Crazing</td><td>Use a glaze with a lower expansion so it fits the body</td></tr>
<tr><td>Shivering</td><td>Raise the expansion of the glaze a little</td></tr>
</tbody></table>
</main></body></html>
"""


def test_each_row_of_a_table_of_words_is_a_line_of_its_own(tmp_path):
    text = sections(read_written(tmp_path, "glaze.html", GLAZE))
    # No header: the first cell names the row, the phrases after it stay apart.
    assert text["Kinds"] == ("Crawling: The glaze pulls back into islands; Dust or oil on the bisque.\n"
                             "Pinholing: Tiny craters in the surface; Gas escaping late in the firing.")
    # A header row names the columns; a merged cell stands under the column it starts in.
    assert text["Causes"] == ("Blistering from overfiring — fix: Fire a cone lower.\n"
                              "Crawling — cause: Dust; fix: Wash the bisque.")


def test_the_header_row_of_a_two_column_table_is_no_entry(tmp_path):
    term = read_written(tmp_path, "glaze.html", GLAZE)
    assert term.name == "Glaze defects"
    remedies = sections(term)["Remedies"]
    assert "Crazing: Use a glaze with a lower expansion" in remedies
    assert "Defect" not in remedies and "Remedy" not in remedies


CONES = """\
# Pyrometric cones

Pyrometric cones are slender pyramids of ceramic that bend when they have taken up a set amount of heat.

## Cone chart

| Cone | Temperature | Typical ware |
| --- | --- | --- |
| 06 | 999 °C | Low-fire earthenware |
| 6 | 1222 °C | Mid-range stoneware |
"""


def test_the_rows_of_a_table_with_a_header_are_lines_in_html_and_markdown_alike(tmp_path):
    html = ("<main><h1>Pyrometric cones</h1><p>Pyrometric cones are slender pyramids of ceramic that bend "
            "when they have taken up a set amount of heat.</p><h2>Cone chart</h2><table>"
            "<tr><th>Cone</th><th>Temperature</th><th>Typical ware</th></tr>"
            "<tr><td>06</td><td>999 °C</td><td>Low-fire earthenware</td></tr>"
            "<tr><td>6</td><td>1222 °C</td><td>Mid-range stoneware</td></tr></table></main>")
    expected = ("Cone 06 — temperature: 999 °C; typical ware: Low-fire earthenware.\n"
                "Cone 6 — temperature: 1222 °C; typical ware: Mid-range stoneware.")
    assert sections(read_written(tmp_path, "cones.md", CONES))["Cone chart"] == expected
    assert sections(read_written(tmp_path, "cones.html", html))["Cone chart"] == expected


def test_a_table_laying_out_a_page_is_read_as_its_content():
    layout = ("<table><tr><td><a href='/'>Home</a> <a href='/kilns'>Kilns</a></td>"
              "<td><p>Reduction firing starves the kiln of oxygen while the glaze matures.</p>"
              "<p>It turns copper red.</p></td></tr>"
              "<tr><td>Menu</td><td><p>Oxidation firing keeps the air flowing.</p></td></tr></table>")
    texts = [text for _, text in html_blocks(layout)]
    assert "Reduction firing starves the kiln of oxygen while the glaze matures." in texts
    assert not any(text.startswith("- ") for text in texts)


WEDGING = """\
<html><body><main>
<h1>Wedging</h1>
<p>Wedging is the kneading of clay to drive out air pockets and even out its moisture.</p>
<h2>Why it matters</h2>
<p>An air pocket left in the clay can burst when the pot is fired, cracking the piece and its neighbours.</p>
{closing}
</main></body></html>
"""
_SAYINGS = ("Clay remembers every fold you give it.", "Wedge twice, throw once.")


def test_a_blockquote_closing_a_section_is_its_own_as_a_quoted_line_of_a_text_page_is(tmp_path):
    quoted = "\n".join(f"<blockquote><p>{saying}</p></blockquote>" for saying in _SAYINGS)
    html = read_written(tmp_path, "wedging.html", WEDGING.format(closing=quoted))
    text = read_written(tmp_path, "wedging.txt", "Wedging\n\nWedging is the kneading of clay to drive out "
                        "air pockets and even out its moisture.\n\nWhy it matters\n\nAn air pocket left in the "
                        "clay can burst when the pot is fired, cracking the piece and its neighbours.\n\n"
                        + "\n\n".join(f"> {saying}" for saying in _SAYINGS) + "\n")
    for term in (html, text):
        matters = sections(term)["Why it matters"]
        assert all(saying in matters for saying in _SAYINGS), term.related
        assert not any(saying in " ".join(term.related) for saying in _SAYINGS)


def test_the_same_closing_lines_as_plain_paragraphs_are_still_read_as_teasers(tmp_path):
    plain = "\n".join(f"<p>{saying}</p>" for saying in _SAYINGS)
    term = read_written(tmp_path, "wedging.html", WEDGING.format(closing=plain))
    assert set(_SAYINGS) <= set(term.related)
