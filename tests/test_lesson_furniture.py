"""A course page's furniture told by its shape: plan upsells, quizzes, downloads, comment posts."""

from __future__ import annotations

import pytest

from flashgen.readers.noise import is_promotion


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
