"""A last block whose heading names the page's term over labelled lines that name it too
("Common hitches" over "Clove hitch: …") lists kinds of the term: the term's own section,
each line apart, not other articles' headlines."""

from __future__ import annotations

from pathlib import Path

from conftest import written_terms


def one(tmp_path: Path, text: str):
    (term,) = written_terms(tmp_path, "hitch.txt", text, "fields")
    return term


OPENING = """Hitch
A hitch is a knot that ties a rope to a post, a ring or another rope, and holds only while it is loaded.

How it works
The turns press the rope against the post, so the friction grows as the load pulls harder.

Risks
A hitch tied in stiff synthetic rope can slide along a smooth pole once the load shifts sideways.

Word origin
The word comes from an old verb meaning to move with a jerk, as a rope does when it catches.

"""


def test_kinds_of_the_term_under_a_heading_that_names_it_stay_a_section(tmp_path):
    term = one(tmp_path, OPENING + """Common hitches
Clove hitch: two turns crossed over a rail
Rolling hitch: three turns, the last one crossed
Timber hitch: one turn twisted back on itself
""")
    assert [s.heading for s in term.sections] == ["How it works", "Risks", "Word origin", "Common hitches"]
    assert term.sections[3].text.split("\n\n") == [
        "Clove hitch: two turns crossed over a rail",
        "Rolling hitch: three turns, the last one crossed",
        "Timber hitch: one turn twisted back on itself",
    ]


def test_headlines_under_a_heading_that_names_the_term_still_point_away(tmp_path):
    term = one(tmp_path, OPENING + """More on hitches
Why the clove hitch slips on a wet rail
Five hitches every dinghy sailor should know
""")
    assert [s.heading for s in term.sections] == ["How it works", "Risks", "Word origin"]
