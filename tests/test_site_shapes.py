"""Pages shaped like the sites they were saved from: wikis, question sites, documentation, blogs."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashgen.pages import parse_page
from flashgen.readers import read_pages
from flashgen.readers.lines import clean_text

HTML = Path(__file__).parent / "data" / "html"


def read_one(path: Path):
    (term,) = read_pages([path], "shapes").terms
    return term


def card_text(term) -> str:
    return "\n".join([term.name, *term.aliases, term.definition,
                      *(s.heading + "\n" + s.text for s in term.sections)])


@pytest.mark.parametrize(("line", "expected"), [
    ("It pulses with a period of days.[1]", "It pulses with a period of days."),
    ("found in 1908,[2][3] while cataloguing", "found in 1908, while cataloguing"),
    ("the Leavitt law[4] relates them", "the Leavitt law relates them"),
    ("it cools and falls back.[citation needed] Then", "it cools and falls back. Then"),
    ("Risks\u200b", "Risks"),
    ("co\u00adoperative", "cooperative"),
    # Brackets that are the text's own stay: an index, a bracket with a space, a year.
    ("read a[0] first", "read a[0] first"),
    ("see [1] below", "see [1] below"),
    ("the range [2, 5]", "the range [2, 5]"),
])
def test_reference_marks_and_invisible_characters_are_no_text(line, expected):
    assert clean_text(line) == expected


def test_a_documentation_page_runs_its_callout_label_into_the_text_and_drops_invisible_marks():
    term = read_one(HTML / "docs_callout.html")
    assert term.name == "Dead reckoning"
    assert [(s.heading, s.topic) for s in term.sections] == [("Risks", "risk")]
    assert "Note: The plotting screen draws" in term.definition
    text = card_text(term)
    for chrome in ("\u200b", "Edit this page", "Last updated", "Previous", "Handbook", "Fixes"):
        assert chrome not in text, chrome


SHAPES = Path(__file__).parent / "data" / "shapes"


def test_a_wiki_markdown_page_is_titled_by_its_front_matter_and_shows_no_markup():
    term = read_one(SHAPES / "control-point.md")
    assert term.name == "Control point"
    assert term.definition.startswith("A control point is a marked location on an orienteering course")
    assert [s.topic for s in term.sections] == ["mechanism", "risk"]
    text = card_text(term)
    for markup in ("**", "[[", "]]", "](", "*dibber*", "layout", "2023-08-19", "Forest Running"):
        assert markup not in text, markup
    assert "the course setter can check" in term.sections[0].text
    assert "See the rules page for tolerances." in term.sections[0].text
