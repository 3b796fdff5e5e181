"""A title over a definition that never names its term, and has no verb to name one with:
the title is the term's name, not a site's name to set aside."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashgen.readers import read_pages


def read_one(tmp_path: Path, text: str):
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    (term,) = read_pages([page], "glossary").terms
    return term


@pytest.mark.parametrize("title, definition", [
    ("Bearing", "The direction of one point from another, measured clockwise from north in degrees."),
    ("Azimuth", "An angle measured clockwise from true north, in degrees from 0 to 360."),
    ("Crumb", "The soft inner part of a loaf, set apart from its crust, where the holes of its rise show."),
    ("Headroom", "The margin between a signal's usual peak level and the level at which it clips, in decibels."),
])
def test_the_title_names_a_term_whose_definition_has_no_verb(tmp_path, title, definition):
    term = read_one(tmp_path, f"{title}\n\n{definition}\n\nIn practice\nIt is read off the dial.\n")
    assert term.name == title
    assert term.definition == definition
    assert title not in term.discarded


@pytest.mark.parametrize("masthead, definition, name", [
    ("Hill & Trail Weekly", "Contouring, also called contour walking, is keeping to one height around a hill.",
     "Contouring"),
    ("The Proving Drawer", "A levain, a starter kept from one bake to the next, is fed with flour and water.",
     "Levain"),
])
def test_a_site_name_over_a_definition_that_names_its_own_term_is_still_set_aside(
        tmp_path, masthead, definition, name):
    term = read_one(tmp_path, f"{masthead}\n\n{definition}\n")
    assert term.name == name
    assert masthead in term.discarded
