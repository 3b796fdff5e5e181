"""Saved web pages: ordered lists keep their numbers, a table's rows are lines of their own,
and a <blockquote> is a quotation as a quoted line of a text page is."""

from __future__ import annotations

from pathlib import Path

from flashgen.readers import read_pages
from flashgen.readers.html import html_blocks


def read_written(tmp_path: Path, name: str, text: str):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    (term,) = read_pages([page], "pottery").terms
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
