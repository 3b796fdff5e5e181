"""A forum thread copied as text, with no line counting its answers: the title's subject is
the term, the post that defines it is the text, and posters' names, stamps, the other posts
and the forum's lists are set aside."""

from __future__ import annotations

from pathlib import Path

from flashgen.readers import read_pages

THREAD = """Anglers' Corner
Boards › Fly tying

[HOWTO] Dubbing loop – what it is and when to use it
Thread starter: riverbend_kate · Start date: 2 May 2026

riverbend_kate
Senior Member · Joined 2014 · Messages 3,101
#1
People keep asking me about this at club nights, so I wrote it up once.

A dubbing loop is a loop of tying thread, waxed and filled with loose fur, then twisted into a fuzzy rope that is wound on as a fly's body. It holds long or coarse fibres that would fall off a single waxed thread.

Materials
Hare's ear, squirrel and seal fur all work well; cut them short and mix them before loading the loop.

--
Ties flies on the kitchen table. Mostly nymphs.
Like · Quote · Reply · Report

TroutTom
Member · Joined 2025 · Messages 12
#2
Nice one, can I use a hook instead of a spinner tool?

Like · Reply · Report

Similar threads
- Best vise under 100?
"""


def one(tmp_path: Path, text: str):
    page = tmp_path / "thread.txt"
    page.write_text(text, encoding="utf-8")
    (term,) = read_pages([page], "flies").terms
    return term


def test_forum_thread_reads_the_title_subject_and_the_defining_post(tmp_path):
    term = one(tmp_path, THREAD)
    assert term.name == "Dubbing loop"
    assert term.definition.startswith("A dubbing loop is a loop of tying thread")
    assert [s.heading for s in term.sections] == ["Materials"]
    set_aside = " ".join(term.discarded + term.related)
    for line in ("riverbend_kate", "TroutTom", "Similar threads", "People keep asking me"):
        assert line in set_aside
    assert "spinner tool" not in term.definition + " ".join(s.text for s in term.sections)


def test_post_numbers_without_poster_stamps_are_no_forum_thread(tmp_path):
    # "#1" and "#2" over ordinary notes, with no one's stamps above them, are read as before.
    term = one(tmp_path, """A dubbing loop is a loop of tying thread filled with loose fur and twisted into a fuzzy rope.

#1
Wax the thread well before loading the fur into the loop.
#2
Twist until the fibres stand out all round.
""")
    assert term.name == "Dubbing loop"
    assert term.definition.startswith("A dubbing loop is a loop of tying thread")
