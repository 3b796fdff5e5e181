"""A page that opens with one term's definition keeps its headings as that term's sections,
even when the headings are not the usual topics and their paragraphs mention their words."""

from __future__ import annotations

from flashgen.readers import read_pages

ARTICLE = """\
The kanban board is a visual workflow tool that shows work items as cards moving through columns of a process.
Columns
Columns usually run from "To do" through "Doing" to "Done", and each card sits in exactly one column at a time.
Swimlanes
Horizontal swimlanes split the board by class of service, so that urgent cards travel in a lane of their own.
Cadences
The team reviews its cadences weekly, replenishing the queue and releasing finished work every 2 to 4 weeks.
We use cookies to improve your experience.
"""

LIST = """\
Knot tying is the craft of fastening rope, and every sailor learns a handful of knots by heart.
Bowline
Bowline is a knot that forms a fixed loop at the end of a rope and does not slip under load.
Clove hitch
Clove hitch is a quick knot that binds a rope to a post with two turns crossing over each other.
Reef knot
Reef knot is a binding knot that joins two ends of one rope around a bundle, as sails were reefed.
"""


def test_headings_under_an_opening_definition_are_the_terms_sections(tmp_path):
    page = tmp_path / "kanban-board.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    terms = read_pages([page], "workflow").terms
    assert [t.name for t in terms] == ["Kanban board"]
    assert terms[0].definition.startswith("The kanban board is a visual workflow tool")
    assert [s.heading for s in terms[0].sections] == ["Columns", "Swimlanes", "Cadences"]


def test_entries_that_each_open_with_their_term_stay_a_list_under_an_opening_definition(tmp_path):
    page = tmp_path / "knots.txt"
    page.write_text(LIST, encoding="utf-8")
    terms = read_pages([page], "knots").terms
    assert [t.name for t in terms] == ["Bowline", "Clove hitch", "Reef knot"]
