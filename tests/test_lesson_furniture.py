"""A course page's furniture told by its shape: plan upsells, quizzes, downloads, comment posts."""

from __future__ import annotations

import pytest

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
