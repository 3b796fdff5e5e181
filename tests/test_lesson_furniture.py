"""A course page's furniture told by its shape: plan upsells, quizzes, downloads, comment posts."""

from __future__ import annotations

import pytest

from flashgen.readers import parse_page

from flashgen.readers.lines import Line
from flashgen.readers.noise import comment_runs, is_comments_start, is_promotion, is_stamp


# A paid plan's perk, however the line is labelled.
@pytest.mark.parametrize("line", [
    "Good to know: Members on the Studio plan can stream every recorded demonstration.",
    "Premium subscribers get the printable chart of every knot in this series.",
    "Upgrade to Premium to unlock the graded exercises.",
])
def test_a_paid_plans_perk_is_a_promotion(line):
    assert is_promotion(line)


# A club's or a body's members, and an insurance or phone plan as the subject, are text.
@pytest.mark.parametrize("line", [
    "Members of the guild vote on every new master before the spring fair.",
    "The members of the planning committee meet once a year.",
    "A pension plan pays out only after the member retires.",
])
def test_members_and_plans_as_a_subject_are_no_promotion(line):
    assert not is_promotion(line)


# A commenter's stamp: a handle or name, maybe in bold or italics, and how long ago it posted.
@pytest.mark.parametrize("line", [
    "**tern_watcher** · 6 days ago",
    "*Coach Bell* — yesterday",
    "Priya.S · 2 hours ago",
])
def test_a_name_beside_its_age_is_a_stamp(line):
    assert is_stamp(line)


@pytest.mark.parametrize("line", [
    "The last ferry left 6 days ago.",
    "Six weeks ago the quay was rebuilt",
    "It froze 2 days ago on the upper lake and again overnight",
])
def test_a_sentence_that_gives_an_age_is_no_stamp(line):
    assert not is_stamp(line)


def _lines(*texts: str) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, 1)]


def test_posts_stamped_with_their_age_make_a_run_of_comments():
    lines = _lines("A bowline holds under load and unties easily after.", "",
                   "**tern_watcher** · 6 days ago", "", "Lovely diagram, it finally clicked.", "",
                   "**Coach Bell** · 5 days ago", "", "Thanks, try it one-handed next.")
    assert comment_runs(lines) == {3}


def test_one_dated_sentence_starts_no_comments():
    lines = _lines("The knot was first drawn 6 days ago by the club.", "",
                   "A bowline holds under load and unties easily after.")
    assert comment_runs(lines) == set()


def test_a_counted_discussion_heading_opens_the_comments():
    assert is_comments_start("## Discussion (4)")
    assert not is_comments_start("## Discussion of the results")


_ARTICLE = """<html><head><title>Bowline</title></head><body><main>
<h1>Bowline</h1>
<p>A bowline is a knot that forms a fixed loop at the end of a rope. It holds well under a steady
load and still unties easily once the load is off, which is why sailors tie it round posts and rings.</p>
<h2>How to tie it</h2>
<p>Make a small overhand eye in the standing part, pass the end up through it, round behind the
standing part and back down through the eye. Dress the knot before loading it.</p>
{extra}
</main></body></html>
"""


def _read(extra: str):
    return parse_page(_ARTICLE.format(extra=extra), "bowline.html", "Test")


def _shown(term) -> str:
    return "\n".join([term.definition, *(s.heading + "\n" + s.text for s in term.sections)])


def test_a_question_with_answers_to_pick_and_a_score_is_a_quiz():
    term = _read("""<section><h2>Try it</h2><p>1. Which part of the rope does the eye sit in?</p>
<label><input type="radio" name="a"> The end</label><label><input type="radio" name="a"> The bight</label>
<p>Your score: 0 / 4</p></section>""")
    assert [s.heading for s in term.sections] == ["How to tie it"]
    assert "score" not in _shown(term) and "eye sit in" not in _shown(term)


def test_a_section_named_like_a_quiz_with_prose_is_the_terms():
    term = _read("""<h2>Quick check of the tension</h2><p>Pull the standing part hard before you climb:
a bowline that was dressed badly capsizes into a slip knot, and the loop then shrinks.</p>""")
    assert "Quick check of the tension" in [s.heading for s in term.sections]
    assert "capsizes into a slip knot" in _shown(term)


def test_a_question_over_a_short_list_without_a_score_is_the_terms():
    term = _read("""<h2>Which ropes suit it</h2><p>Which ropes hold a bowline best?</p>
<ul><li>Braided polyester</li><li>Manila</li><li>Hemp</li></ul>""")
    assert "Braided polyester" in _shown(term)


def test_a_block_of_files_with_sizes_is_the_sites():
    term = _read("""<section><h2>Course downloads</h2><ul><li><a href="#">bowline-steps.pdf (640 KB)</a></li>
<li><a href="#">Wall chart: loops and bends</a></li></ul></section>""")
    assert [s.heading for s in term.sections] == ["How to tie it"]
    assert "640 KB" not in _shown(term) and "Wall chart" not in _shown(term)


def test_a_resources_section_in_prose_is_the_terms():
    term = _read("""<h2>Resources</h2><p>Early rope makers used hemp and coir, resources that rot when wet,
so a bowline in old rope was checked and retied every season.</p>""")
    assert "Resources" in [s.heading for s in term.sections]
    assert "hemp and coir" in _shown(term)


@pytest.mark.parametrize("line", [
    "Tutor's note: Don't forget to download the worksheet before Tuesday's live session.",
    "Remember to submit the module 3 assignment by Friday.",
])
def test_a_courses_reminder_of_its_own_errands_is_the_sites(line):
    assert is_promotion(line)


@pytest.mark.parametrize("line", [
    "Don't forget to bleed the brakes again after the first ride.",
    "Remember to bring the knot up snug before loading it.",
])
def test_advice_about_the_subject_is_no_course_errand(line):
    assert not is_promotion(line)
