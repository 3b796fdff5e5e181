"""Numbered steps keep their numbers and a line each, in every format that writes them."""

from __future__ import annotations

from pathlib import Path

from flashgen.readers import read_pages
from flashgen.sentences import split_sentences


def sections(tmp_path: Path, name: str, text: str) -> dict[str, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (term,) = read_pages([path], "crafts").terms
    return {section.heading: section.text for section in term.sections}


TEXT = """\
Picking up stitches

Picking up stitches is the way a knitter draws new loops out of a finished edge to knit a border from it.

How it is done

1. Hold the work with its right side facing you.
2. Push the needle through the fabric one stitch in from the edge.
3. Wrap the yarn round the needle and pull a loop back through.
4. Repeat along the edge, about three loops for every four rows.

Why it matters

A border picked up evenly lies flat, while one picked up too tightly pulls the edge in.
"""


def test_numbered_steps_on_a_text_page_keep_their_numbers_a_line_each(tmp_path):
    text = sections(tmp_path, "picking.txt", TEXT)["How it is done"]
    assert text.split("\n") == [
        "1. Hold the work with its right side facing you.",
        "2. Push the needle through the fabric one stitch in from the edge.",
        "3. Wrap the yarn round the needle and pull a loop back through.",
        "4. Repeat along the edge, about three loops for every four rows.",
    ]
    # A cloze or a question still reads each step as a sentence, without its number.
    assert split_sentences(text)[1] == "Push the needle through the fabric one stitch in from the edge."


MARKDOWN = """\
# Blocking

Blocking is the wetting and pinning out of a finished piece of knitting so that it dries to its final shape.

## Method

Lay out what you need first:
1) Soak the piece in cool water for twenty minutes.
2) Squeeze the water out without wringing it.
3) Pin it out on a towel to the measurements of the pattern.

## Risks

Hot water can felt wool, and a felted piece never blocks back to size.
"""


def test_steps_numbered_with_a_bracket_keep_their_numbers_under_their_lead(tmp_path):
    text = sections(tmp_path, "blocking.md", MARKDOWN)["Method"]
    assert text == ("Lay out what you need first:\n"
                    "1. Soak the piece in cool water for twenty minutes.\n"
                    "2. Squeeze the water out without wringing it.\n"
                    "3. Pin it out on a towel to the measurements of the pattern.")


def test_sentences_in_a_bulleted_list_keep_their_markers_and_stay_sentences(tmp_path):
    page = MARKDOWN.replace("1) ", "- ").replace("2) ", "- ").replace("3) ", "- ")
    text = sections(tmp_path, "blocking.md", page)["Method"]
    # An answer shows the list as the page does ...
    assert text.split("\n") == ["Lay out what you need first:",
                                "- Soak the piece in cool water for twenty minutes.",
                                "- Squeeze the water out without wringing it.",
                                "- Pin it out on a towel to the measurements of the pattern."]
    # ... and a cloze reads each item as a sentence, the lead-in with the first.
    assert split_sentences(text)[:2] == ("Lay out what you need first: Soak the piece in cool water for twenty minutes.",
                                         "Squeeze the water out without wringing it.")


def test_a_step_wrapped_onto_a_second_line_stays_one_step(tmp_path):
    page = TEXT.replace("pull a loop back through.", "pull a loop back\nthrough the fabric.")
    text = sections(tmp_path, "picking.txt", page)["How it is done"]
    assert "3. Wrap the yarn round the needle and pull a loop back through the fabric." in text.split("\n")
    assert len(text.split("\n")) == 4
