"""Headings on their topics: head words, plurals by an inflection library, templates by the name users write."""

from __future__ import annotations

import pytest

from flashgen.topics import topic_key, word_forms


@pytest.mark.parametrize("heading, topic", [
    ("Training Application", "application"),
    ("Lab Metrics", "metric"),
    ("Dosing Risks", "risk"),
    ("Word Origin", "origin"),
    ("Pharmacokinetics", "pharmacokinetics"),
    ("Genetics", "genetics"),
    ("Economics:", "economics"),
    ("Metrics", "metric"),
    ("Diagnoses", "metric"),  # folded to "diagnosis", not "diagnosi", then read as how it is found
    ("Analyses", "analysis"),
    ("Criteria", "criterion"),
    ("Status", "status"),
    ("Pitfalls", "risk"),
    ("Origin Story", "origin-story"),  # the head word "story" is no topic
    ("Pros and Cons", "pros-and-cons"),
])
def test_headings_land_on_their_topics(heading, topic):
    assert topic_key(heading) == topic


def test_deck_synonyms_still_come_first_for_two_word_headings():
    assert topic_key("Training Application", {"training application": "context"}) == "context"


def test_word_forms_give_both_numbers_but_keep_field_names_whole():
    assert word_forms("metric") == ("metric", "metrics")
    assert word_forms("pharmacokinetics") == ("pharmacokinetics",)
    assert word_forms("side-effect") == ("side-effect", "side-effects")


PAGE = (
    "Clearance is the volume of plasma from which a drug is removed per unit of time.\n"
    "Pharmacokinetics\n"
    "Clearance and the volume of distribution together set a drug's half-life.\n"
    "Genetics\n"
    "Variants of CYP2D6 make some people clear codeine far faster than others.\n"
)


def _deck(tmp_path):
    deck = tmp_path / "pharmacology"
    deck.mkdir()
    (deck / "clearance.txt").write_text(PAGE, encoding="utf-8")
    return deck


def test_field_headings_make_whole_word_packages(cli, tmp_path):
    out = tmp_path / "out"
    run = cli("build", _deck(tmp_path), "--out", out)
    assert run.code == 0, run.err
    names = sorted(p.name for p in out.glob("*.apkg"))
    assert "pharmacology-pharmacokinetics.apkg" in names
    assert "pharmacology-genetics.apkg" in names


def test_topic_template_is_found_under_the_name_users_write(cli, tmp_path, collection):
    from conftest import import_package

    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "pharmacokinetics.html.j2").write_text(
        "{% block front %}PK of {{ term.name }}{% endblock %}"
        "{% block back %}{{ paragraphs|join(' ') }}{% endblock %}", encoding="utf-8")
    # A plural file name replaces the built-in singular one.
    (templates / "metrics.html.j2").write_text(
        "{% block front %}How is {{ term.name }} measured here?{% endblock %}"
        "{% block back %}{{ paragraphs|join(' ') }}{% endblock %}", encoding="utf-8")
    deck = _deck(tmp_path)
    (deck / "clearance.txt").write_text(PAGE + "Metric\nIt is measured from timed blood samples.\n",
                                        encoding="utf-8")
    out = tmp_path / "out"
    run = cli("build", deck, "--out", out, "--templates", templates, "--kinds", "qa")
    assert run.code == 0, run.err
    import_package(collection, out / "pharmacology-pharmacokinetics.apkg")
    import_package(collection, out / "pharmacology-metric.apkg")
    fronts = {collection.get_note(n)["Front"] for n in collection.find_notes("")}
    assert "PK of Clearance" in fronts
    assert "How is Clearance measured here?" in fronts


def test_check_warns_about_a_template_no_topic_uses(cli, tmp_path):
    templates = tmp_path / "templates"
    templates.mkdir()
    body = "{% block front %}x{% endblock %}{% block back %}y{% endblock %}"
    for name in ("pharmacokinetics.html.j2", "pharmacokinetic-notes.html.j2", "_answer.html.j2"):
        (templates / name).write_text(body, encoding="utf-8")
    run = cli("check", _deck(tmp_path), "--templates", templates)
    assert run.code == 0, run.err
    warned = [line for line in run.err.splitlines() if "is used by no topic" in line]
    assert len(warned) == 1 and "'pharmacokinetic-notes.html.j2'" in warned[0]
    assert "pharmacokinetics, genetics" in warned[0] or "genetics, pharmacokinetics" in warned[0]
