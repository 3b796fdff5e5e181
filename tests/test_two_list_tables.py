"""A table of two lists side by side ("Do | Don't", "Pros | Cons", "Vorteile | Nachteile") is
content of the section it stands in, a column after the other, each item with its column's
header; it is never read as terms over the cells beside them, nor as headings."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashgen.readers import read_pages
from flashgen.readers.tables import column_items, is_two_lists


def read(tmp_path: Path, name: str, text: str):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return read_pages([page], "care").terms


SPRAIN_HTML = """<html><head><title>Ankle sprain</title></head><body><main>
<h1>Ankle sprain</h1>
<p>An <b>ankle sprain</b> is a stretched or torn ligament on the outside of the ankle, usually
after the foot rolls inwards.</p>
<h2>Self-care</h2>
<p>Most sprains heal within a few weeks with rest and gentle movement.</p>
<table>
  <thead><tr><th>Do</th><th>Don't</th></tr></thead>
  <tbody>
    <tr><td>raise the ankle on a cushion when resting</td><td>run or play sport for the first weeks</td></tr>
    <tr><td>do simple ankle circles once it can bear weight</td><td>massage the swelling in the first days</td></tr>
    <tr><td>wear supportive lace-up boots</td><td></td></tr>
  </tbody>
</table>
<p>A physiotherapist can give balance exercises if the ankle keeps giving way.</p>
<h2>When to get help</h2>
<p>Get an X-ray if you cannot put any weight on the foot.</p>
</main></body></html>
"""


def test_a_do_and_dont_table_is_items_of_its_section(tmp_path):
    (term,) = read(tmp_path, "sprain.html", SPRAIN_HTML)
    assert [s.heading for s in term.sections] == ["Self-care", "When to get help"]
    care = term.sections[0].text
    for item in ("Do raise the ankle on a cushion when resting.", "Do simple ankle circles once it can bear weight.",
                 "Do wear supportive lace-up boots.", "Don't run or play sport for the first weeks.",
                 "Don't massage the swelling in the first days."):
        assert item in care
    # Every "do" comes before every "don't", and the paragraph after the table stays here.
    assert care.index("Do wear supportive") < care.index("Don't run")
    assert care.rstrip().endswith("if the ankle keeps giving way.")
    assert "Do do" not in care


SPRAIN_MD = """# Ankle brace

An **ankle brace** is a sleeve or strapped support worn to limit rolling of the ankle.

## Choosing one

Braces range from soft sleeves to rigid hinged shells.

| Pros | Cons |
| --- | --- |
| cuts the risk of a repeat sprain | can weaken the muscles if worn all day |
| cheap and easy to fit | |

Wear it for sport for the first few months after a sprain.
"""


def test_a_pros_and_cons_table_in_markdown_is_items_of_its_section(tmp_path):
    (term,) = read(tmp_path, "brace.md", SPRAIN_MD)
    assert [s.heading for s in term.sections] == ["Choosing one"]
    text = term.sections[0].text
    assert "Pros: cuts the risk of a repeat sprain." in text
    assert "Pros: cheap and easy to fit." in text
    assert "Cons: can weaken the muscles if worn all day." in text
    assert text.rstrip().endswith("first few months after a sprain.")


@pytest.mark.parametrize("header", [["Do", "Don't"], ["DON’T", "DO"], ["Pros", "Cons"],
                                    ["Advantages", "Disadvantages"], ["Vorteile", "Nachteile"],
                                    ["Avantages", "Inconvénients"], ["Ventajas", "Desventajas"],
                                    ["Vantaggi", "Svantaggi"], ["Voordelen", "Nadelen"], ["Zalety", "Wady"]])
def test_headers_of_two_opposed_lists(header):
    assert is_two_lists(header)


@pytest.mark.parametrize("header", [["Term", "Meaning"], ["Grade", "Description"], ["Do", "Do"],
                                    ["Pros", "Price"], ["Symptom", "Cause"], ["Pros", "Cons", "Notes"]])
def test_other_headers_are_no_two_lists(header):
    assert not is_two_lists(header)


def test_items_keep_their_column_header():
    assert column_items(["Vorteile", "Nachteile"], [["langlebig", "teuer"], ["", "schwer"]]) == [
        "Vorteile: langlebig.", "Nachteile: teuer.", "Nachteile: schwer."]


GLOSSARY_HTML = """<html><head><title>Brace words</title></head><body><main>
<h1>Brace words</h1>
<table>
  <tr><th>Term</th><th>Meaning</th></tr>
  <tr><td>Stirrup</td><td>A strap that runs under the heel and up both sides of the ankle.</td></tr>
  <tr><td>Figure-of-eight</td><td>A strap that crosses over the front of the ankle.</td></tr>
</table>
</main></body></html>
"""


def test_a_two_column_glossary_table_is_still_read_as_terms(tmp_path):
    terms = read(tmp_path, "words.html", GLOSSARY_HTML)
    assert [t.name for t in terms] == ["Stirrup", "Figure-of-eight"]
