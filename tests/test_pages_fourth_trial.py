"""Pages from other sites read a fourth time as a new user would: a request for the readers'
stories at the end of an article, a related-reading header run on from the line above it,
headings of a severity or stage scale, and a statement heading asked as a question."""

from __future__ import annotations

import pytest

from conftest import written_terms
from flashgen.topics import topic_key


def read_written(tmp_path, name: str, text: str):
    """Return the terms of a page written into ``tmp_path`` under ``name``."""
    return written_terms(tmp_path, name, text, "fourth")


def card_text(term) -> str:
    return "\n".join([term.definition, *(s.heading + "\n" + s.text for s in term.sections)])


# A running club's article copied as text: its last section, then the site asking for the
# readers' own stories, on a paragraph of its own.
SHIN_SPLINTS = """\
Shin splints

Shin splints are a pain along the inner edge of the shinbone that comes from overloading the muscles and bone tissue of the lower leg.

Prevention

Raising weekly mileage by no more than a tenth at a time gives the bone time to adapt.

{prompt}
"""


# Requests for the readers' own stories (set aside), and real text in their words (kept):
# an observation of others, advice to tell someone of the reader's own, a step of a repair.
PROMPTS_AND_PROBES = [
    ("Tell us about your own experience in the comments below", False),
    ("Post your tips for other readers in the comments.", False),
    ("Join the conversation", False),
    ("Have your say!", False),
    ("Leave your thoughts below", False),
    ("Been through it? Share your story with us.", False),
    ("Patients share their experience of pain on a 0–10 scale at each visit.", True),
    ("Share your experience of the pain with your physiotherapist before changing the plan.", True),
    ("Join the two halves of the insole with a strip of tape.", True),
    ("Related injuries include stress fractures and tendon strain along the same bone.", True),
    ("Leave the comments field of the training log for how each run felt.", True),
]


@pytest.mark.parametrize(("line", "kept"), PROMPTS_AND_PROBES)
def test_a_request_for_the_readers_stories_is_no_paragraph_of_the_last_section(tmp_path, line, kept):
    (term,) = read_written(tmp_path, "shin-splints.txt", SHIN_SPLINTS.format(prompt=line))
    (prevention,) = term.sections
    if kept:
        assert line in prevention.text
        assert line not in term.related
    else:
        assert prevention.text == "Raising weekly mileage by no more than a tenth at a time gives the bone time to adapt."
        assert line in term.related


# The same article copied without blank lines at its end: the last line of the section, which
# ends no sentence, then the related-reading header and two headlines under it.
SHIN_SPLINTS_RUN_ON = """\
Shin splints

Shin splints are a pain along the inner edge of the shinbone that comes from overloading the muscles and bone tissue of the lower leg.

Prevention

Raising weekly mileage by no more than a tenth at a time gives the bone time to adapt.

Good shoes help, and so does a softer surface such as grass or a track
{header}
Is it safe to run through mild shin pain?
Stress fractures: the warning signs runners miss
"""


@pytest.mark.parametrize("header", ["Related stories", "You may also like", "Popular posts", "Further reading"])
def test_a_related_reading_header_run_on_from_the_line_above_ends_the_paragraph(tmp_path, header):
    (term,) = read_written(tmp_path, "shin-splints.txt", SHIN_SPLINTS_RUN_ON.format(header=header))
    (prevention,) = term.sections
    assert prevention.text.endswith("such as grass or a track")
    assert header not in card_text(term)
    assert "Is it safe to run through mild shin pain?" in term.related
    assert "Stress fractures: the warning signs runners miss" in term.related


def test_a_request_for_stories_run_on_with_the_related_reading_leaves_the_section_alone(tmp_path):
    page = SHIN_SPLINTS_RUN_ON.format(header="Related stories").replace(
        "or a track\n", "or a track.\n\nShare your experience with other readers in the comments\n")
    (term,) = read_written(tmp_path, "shin-splints.txt", page)
    (prevention,) = term.sections
    assert "Share your experience" not in prevention.text
    assert "Related stories" not in prevention.text
    assert prevention.text.endswith("such as grass or a track.")
    assert "Share your experience with other readers in the comments" in term.related
    assert "Is it safe to run through mild shin pain?" in term.related


# A pathology leaflet's headings: how far a tumour has gone, on a scale.
@pytest.mark.parametrize("heading", ["Grading", "Staging", "Scoring", "Tumour grading", "Staging system",
                                     "Grading scales"])
def test_a_scale_of_severity_or_stage_is_the_metric(heading):
    assert topic_key(heading) == "metric"


def test_a_staging_section_builds_on_the_metric_beside_the_definition(tmp_path):
    page = """\
Melanoma

Melanoma is a cancer that starts in the pigment cells of the skin.

Staging

Doctors give melanoma a stage from 0 to IV by how thick it is and how far it has spread.
"""
    (term,) = read_written(tmp_path, "melanoma.txt", page)
    assert [(s.heading, s.topic) for s in term.sections] == [("Staging", "metric")]


@pytest.mark.parametrize(("question", "statement"), [
    ("When to test?", "When to test"),
    ("When to use it?", "When to use it"),
    ("Grading?", "Grading"),
])
def test_a_statement_heading_asked_as_a_question_lands_where_the_statement_does(question, statement):
    assert topic_key(question) == topic_key(statement)
    assert topic_key(question) in ("metric", "application")


def test_a_question_heading_in_words_of_no_topic_keeps_its_own():
    assert topic_key("What should I pack?") == "what-should-i-pack"


def test_a_scale_word_as_a_compound_of_other_things_keeps_its_words():
    # "Scoring" leads no compound but a scale: "Scoring rules" of a game name their own thing.
    assert topic_key("Scoring rules") != "metric"
