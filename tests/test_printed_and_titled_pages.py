"""One-term pages under a glossary's site title, and text copied from a printed sheet."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashgen.errors import ValidationError
from flashgen.readers import read_pages


def read(tmp_path: Path, name: str, text: str):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return read_pages([page], "deck").terms


_SITE = """<html><head><title>Luff | Glossary | Harbour Sailing School</title></head><body>
<nav><a href="/">Home</a> <a href="/glossary">Glossary</a></nav>
<main><p class="eyebrow">Glossary of sailing terms</p>
{body}
</main></body></html>"""


def test_a_heading_its_opening_sentence_defines_is_one_term_under_a_glossary_title(tmp_path):
    body = ("<h1>Luff</h1><p><strong>Luff</strong> (also called the leading edge) is the forward edge "
            "of a sail, the one that meets the wind first.</p><h2>Mechanism</h2>"
            "<p>Air parts at the luff and flows along both faces of the sail to make lift.</p>")
    [term] = read(tmp_path, "luff.html", _SITE.format(body=body))
    assert term.name == "Luff" and term.aliases == ("leading edge",)
    assert term.definition.startswith("Luff (also called the leading edge) is the forward edge")
    assert [s.heading for s in term.sections] == ["Mechanism"]
    assert "Glossary of sailing terms" in term.discarded


def test_a_glossary_title_over_a_heading_nothing_defines_is_still_a_list(tmp_path):
    body = ("<h1>Sails</h1><p>Welcome to our page of words you will hear on the water this season.</p>"
            "<p>Ask an instructor if anything is unclear.</p>")
    with pytest.raises(ValidationError, match="glossary list with no entries"):
        read(tmp_path, "sails.html", _SITE.format(body=body))


_SHEET = """HILLTOP ORIENTEERING CLUB               Coaching Notes — Sheet 2
_____________________________________________________________________

                  ATTACK POINT (AP)
        also known as "the jump-off feature"

Handed out at the Saturday beginners' session. Please return it afterwards.

An attack point (AP) is a large, easily found feature close to a control, from which the
runner navigates carefully over the last short leg.

1. METHOD

   1. Choose a feature that cannot be missed, such as a path junction or a
---------------------------------------------------------------------
Hilltop Orienteering · Sheet 2 · Attack point                Page 1 of 2
---------------------------------------------------------------------

HILLTOP ORIENTEERING CLUB               Coaching Notes — Sheet 2
_____________________________________________________________________

      building, no more than about 150 m from the control.
   2. Take a compass bearing from it and pace the distance to the flag.

2. RISK

Picking an attack point too far away lets small errors of bearing grow into big ones.

---------------------------------------------------------------------
Hilltop Orienteering · Sheet 2 · Attack point                Page 2 of 2
---------------------------------------------------------------------
"""


def test_a_printed_sheet_names_its_term_by_its_capital_title_and_sets_its_page_furniture_aside(tmp_path):
    [term] = read(tmp_path, "sheet.txt", _SHEET)
    assert term.name == "Attack point"
    assert "AP" in term.aliases
    assert 'also known as "the jump-off feature"' in term.related + term.discarded
    assert term.definition.startswith("An attack point (AP) is a large, easily found feature")
    assert [s.heading for s in term.sections] == ["Method", "Risk"]  # spelt as the text writes them
    method = term.sections[0].text
    # The step broken by the page break is whole again, with no header or footer inside it.
    assert "a path junction or a building, no more than about 150 m" in method
    on_cards = term.definition + " ".join(s.text for s in term.sections)
    assert "Page 1 of 2" not in on_cards and "HILLTOP" not in on_cards and "Coaching Notes" not in on_cards
    assert sum("Page" in line for line in term.discarded) == 2
    assert "Handed out at the Saturday beginners' session. Please return it afterwards." in term.discarded


def test_repeated_lines_of_a_page_without_page_numbers_stay_its_text(tmp_path):
    text = ("Tidal stream, the horizontal flow of water, is what moves a boat over the ground.\n\n"
            "## Mechanism\n\nCheck the tidal atlas before you leave the harbour.\n\n"
            "## Application\n\nCheck the tidal atlas before you leave the harbour.\n")
    [term] = read(tmp_path, "tide.txt", text)
    assert [s.text for s in term.sections] == ["Check the tidal atlas before you leave the harbour."] * 2
    assert term.discarded == ()


def test_a_capital_line_that_ends_a_sentence_is_no_title(tmp_path):
    text = "DO NOT COPY THIS SHEET.\n\nA bight is a curved section of rope between its ends, used for many knots.\n"
    with pytest.raises(ValidationError, match=r"bight.txt:1: cannot find the term's name"):
        read(tmp_path, "bight.txt", text)



def test_a_hand_wrapped_step_is_joined_into_one_item():
    from flashgen.readers.lines import Line
    from flashgen.readers.text import wrapped_items

    lines = [Line(1, "1. Hold the compass flat and turn the housing until the orienting lines run"),
             Line(2, "parallel to the map's north lines."), Line(3, "2. Turn yourself until the needle is boxed.")]
    assert [line.text for line in wrapped_items(lines)] == [
        "1. Hold the compass flat and turn the housing until the orienting lines run parallel to the map's "
        "north lines.", "2. Turn yourself until the needle is boxed."]


def test_short_items_and_finished_steps_are_not_joined_to_the_line_below():
    from flashgen.readers.lines import Line
    from flashgen.readers.text import wrapped_items

    lines = [Line(1, "- Compass"), Line(2, "Bring both to every event."),
             Line(3, "1. Take a bearing from the attack point to the control flag in the trees."),
             Line(4, "Then pace the distance.")]
    assert wrapped_items(lines) == lines


def test_a_sheet_footnote_with_a_source_and_year_is_a_reference_and_a_next_handout_line_points_along():
    from flashgen.readers.noise import is_citation, points_along

    assert is_citation("[2] Marsh, 'Orienteering Coaching Manual', 2018, pp. 3–9.")
    assert points_along("Next handout (No. 3): Relocation when you are lost.")
    assert points_along("Next sheet: contours.")


def test_a_bracketed_number_in_prose_and_a_next_step_are_neither():
    from flashgen.readers.noise import is_citation, points_along

    assert not is_citation("[2] is the second control of the course, on the edge of the marsh.")
    assert not is_citation("An attack point [1] is chosen before the 2019 season starts.")
    assert not points_along("Next step: take a bearing to the flag.")


_WRITE_IN = """# Back bearing

A back bearing is the bearing from a feature back to where the runner stands, 180 degrees from the forward bearing.

## Application

Use it to check that you have not drifted off the line between two features.

Next sheet (No. 4): Aiming off.

## My notes

{rows}

Keep this sheet in your map case.
"""


def test_a_heading_over_rows_to_write_on_is_set_aside_and_the_teaser_above_it_too(tmp_path):
    rows = "\n\n".join(["." * 60] * 3)
    [term] = read(tmp_path, "back.txt", _WRITE_IN.format(rows=rows))
    assert [s.heading for s in term.sections] == ["Application"]
    assert term.sections[0].text == "Use it to check that you have not drifted off the line between two features."
    assert "Keep this sheet in your map case." in term.discarded
    assert "Next sheet (No. 4): Aiming off." in term.related


def test_a_section_with_one_ruled_line_keeps_its_text(tmp_path):
    [term] = read(tmp_path, "back.txt", _WRITE_IN.format(rows="." * 60).replace(
        "Keep this sheet in your map case.", "Write the back bearing of each leg beside its number on the map."))
    assert [s.heading for s in term.sections][-1] == "My notes"
