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
