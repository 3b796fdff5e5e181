"""A question site's thread copied as text: the title's subject is the term, the answer that
names it gives the definition and the sections, and the rest of the thread is set aside."""

from __future__ import annotations

from pathlib import Path

from flashgen.readers import read_pages
from flashgen.readers.lines import page_lines
from flashgen.readers.threads import answered_thread


def one(tmp_path: Path, text: str, name: str = "thread.txt"):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    (term,) = read_pages([page], "woodwork").terms
    return term


THREAD = """Skip to main content
Woodworking Stack
Log in
Sign up
What exactly is tear-out, and can a sharper blade stop it?
Asked 1 year, 2 months ago
Viewed 3k times
9
Every time I plane my oak boards the surface ends up with little pits where chunks came away. My blade is new. What am I doing wrong here?
hand-planes
finishing
Share
Improve this question
Follow
asked Mar 4, 2024 at 08:12
oak_and_iron
210 ● 1 ● 6
Add a comment
2 Answers
Sorted by:
Highest score (default)
6
Tear-out is a board losing fibres below the cut line, so that the tool leaves small pits and torn patches instead of a smooth surface.
Why it happens
Wood fibres run at a slight angle to the face. Planing against that angle levers the fibres up ahead of the edge, and they split off below the cut before the blade reaches them.
How to prevent it
1. Plane with the grain, reading the slope of the fibres on the board's edge.
2. Close the mouth of the plane so the chip breaks before it can lever up.
3. Take thinner shavings on figured boards.
A sharper blade helps, but it will not save a cut made against the grain.
Share
Improve this answer
Follow
answered Mar 4, 2024 at 10:30
Greta Lund
5,112 ● 3 ● 20
Thanks, the grain direction was the whole story for me. – oak_and_iron Mar 5, 2024 at 09:00
Add a comment
2
Tear-out also means the splintered exit hole a drill bit leaves on the back of a board, which a scrap block clamped behind it prevents.
Share
Improve this answer
Follow
answered Mar 9, 2024 at 17:45
drill_dave
88 ● 1
Your Answer
Post Your Answer
Hot Network Questions
Why does my glue joint creep in summer?
Is pine good enough for a workbench top?
Your privacy
By clicking "Accept all cookies", you agree Woodworking Stack can store cookies on your device.
Accept all cookies
"""


def test_the_answer_naming_the_subject_gives_the_definition_and_the_sections(tmp_path):
    term = one(tmp_path, THREAD)
    assert term.name == "Tear-out"
    assert term.definition.startswith("Tear-out is a board losing fibres below the cut line")
    assert [(s.heading, s.topic) for s in term.sections] == [("Why it happens", "mechanism"),
                                                             ("How to prevent it", "how-to-prevent-it")]
    prevent = term.sections[1].text
    assert "Plane with the grain" in prevent and "Take thinner shavings" in prevent
    assert prevent.endswith("it will not save a cut made against the grain.")
    on_cards = "\n".join([term.definition, *(s.text for s in term.sections)])
    for gone in ("plane my oak boards", "Greta Lund", "oak_and_iron", "5,112", "drill bit", "glue joint",
                 "cookies", "Share", "answered"):
        assert gone not in on_cards
    assert any("plane my oak boards" in line for line in term.discarded)


def test_the_accepted_answer_is_taken_before_an_earlier_one_that_also_names_the_subject():
    text = THREAD.replace("Highest score (default)\n6\n", "Highest score (default)\n6\nAccepted\n")
    # Put the drill answer first, unaccepted, then the accepted plane answer.
    plane = text[text.index("6\nAccepted\n"):text.index("2\nTear-out also")]
    drill = text[text.index("2\nTear-out also"):text.index("Your Answer")]
    text = text.replace(plane + drill, drill + plane)
    kept, _ = answered_thread(page_lines(text))
    assert kept[2].text.startswith("Tear-out is a board losing fibres")


def test_a_thread_whose_answers_never_name_the_subject_is_left_to_the_usual_rules():
    text = THREAD.replace("Tear-out is a board losing fibres", "The board is losing fibres").replace(
        "Tear-out also means", "It can also mean")
    assert answered_thread(page_lines(text)) is None


def test_a_page_with_an_answers_line_but_no_question_title_is_no_thread(tmp_path):
    text = """Mortise gauge
A mortise gauge is a marking gauge with two pins that scribes both sides of a mortise at once.
Quiz
Which pin is fixed on most gauges?
Answers
The outer pin is fixed and the inner one slides on a brass strip.
"""
    assert answered_thread(page_lines(text)) is None
    term = one(tmp_path, text, "gauge.txt")
    assert term.name == "Mortise gauge"
    assert term.definition.startswith("A mortise gauge is a marking gauge")


def test_a_question_title_with_a_second_question_names_the_first_ones_subject():
    from flashgen.readers.naming import title_subject

    assert title_subject("What exactly is tear-out, and can a sharper blade stop it?") == "Tear-out"
    assert title_subject("What is a dovetail and why does it hold?") == "Dovetail"
    # "and" inside a name is part of it.
    assert title_subject("What is tongue and groove?") == "Tongue and groove"


def test_a_quiz_page_titled_by_a_question_is_no_thread(tmp_path):
    text = """What is a spokeshave?
A spokeshave is a small two-handled plane for shaping curved edges such as chair legs and wheel spokes.
Try it yourself
Which way should a spokeshave be pushed on a convex curve?
Answers
A spokeshave is pushed downhill, from the high point of the curve towards the low one, so that it cuts with the grain.
"""
    assert answered_thread(page_lines(text)) is None
    term = one(tmp_path, text, "spokeshave.txt")
    assert term.definition.startswith("A spokeshave is a small two-handled plane")


def test_a_text_page_opening_with_a_question_title_is_named_by_its_subject(tmp_path):
    term = one(tmp_path, """What exactly is a rebate, and when do you cut one?
A rebate is a step-shaped recess cut along the edge of a board, so that another part can sit in it.
Uses
Cabinet backs and picture frames sit in rebates cut along their edges.
""", "rebate.txt")
    assert term.name == "Rebate"
    assert term.definition.startswith("A rebate is a step-shaped recess")
    assert [s.topic for s in term.sections] == ["application"]


def test_a_first_question_the_next_line_does_not_answer_is_no_title():
    from flashgen.readers.lines import Line
    from flashgen.readers.structure import _asks_about_below

    below = Line(2, "A honing guide is a jig that holds a chisel at a fixed angle while it is sharpened.")
    assert not _asks_about_below("What is a burr?", below)
    assert not _asks_about_below("Why do chisels dull so fast?", below)  # asks about no subject
    assert _asks_about_below("What is a honing guide?", below)


def test_a_quotation_copied_with_its_mark_keeps_its_words_not_the_mark(tmp_path):
    term = one(tmp_path, "Sourdough starter\n\n"
               "A sourdough starter is a paste of flour and water in which wild yeasts and lactic "
               "acid bacteria live and leaven bread.\n\n"
               "Keeping it\n\n"
               "Feed it flour and water once a day at room temperature, discarding half before each feed.\n\n"
               "> A starter is ready when it doubles within six hours of a feed and smells of yoghurt.\n\n"
               "> 20 °C suits most starters; below that they slow down.\n", name="starter.txt")
    text = " ".join(s.text for s in term.sections)
    assert "A starter is ready when it doubles within six hours" in text
    assert "> A starter" not in text
    # A sign before a number is "more than", not a quotation mark.
    assert "> 20 °C suits most starters" in text
