"""Question headings that name the page's term land on the topic they ask for: "What is
Supersedure?" below the opening is on the definition, as a "Definition" heading is, and
"How does supersedure work?" on the mechanism."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import written_terms
from flashgen.curate import fit_sections
from flashgen.readers.naming import asks_what

PAGE = """\
# Supersedure

Supersedure is the replacement of an ageing or failing queen by her own colony.

## {what}

It is a quiet change of queen that the beekeeper often never sees.

## How does supersedure work?

The workers pick young larvae and build queen cups around them.

## Why does supersedure matter?

A colony that supersedes keeps its strength without swarming.

## What is a queen cup?

A queen cup is the round wax base from which a queen cell is drawn out.
"""


def read(tmp_path: Path, what: str):
    (term,) = written_terms(tmp_path, "supersedure.md", PAGE.format(what=what), "bees")
    return term


@pytest.mark.parametrize("what", ["What is Supersedure?", "What is supersedure, exactly?", "Definition"])
def test_a_question_asking_what_the_term_is_joins_the_definition_as_definition_does(tmp_path, what):
    term = read(tmp_path, what)
    assert [s.topic for s in term.sections] == ["definition", "mechanism", "significance", "what-is-a-queen-cup"]
    fitted, _ = fit_sections(term, {})
    assert fitted.definition == ("Supersedure is the replacement of an ageing or failing queen by her own colony."
                                 "\n\nIt is a quiet change of queen that the beekeeper often never sees.")
    assert [s.heading for s in fitted.sections] == [
        "How does supersedure work?", "Why does supersedure matter?", "What is a queen cup?"]


@pytest.mark.parametrize("heading, names, asked", [
    ("What is Supersedure?", ("Supersedure",), True),
    ("What are index fossils?", ("Index fossil",), True),
    ("What does SEER stand for?", ("SEER",), True),
    ("What is a queen cup?", ("Supersedure",), False),
    ("How does supersedure work?", ("Supersedure",), False),
    ("Supersedure", ("Supersedure",), False),
])
def test_which_headings_ask_what_the_term_is(heading, names, asked):
    assert asks_what(heading, names) is asked
