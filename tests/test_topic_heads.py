"""Headings on topics by their head words and by what they ask, in English and in the
European languages pages come in; a history section is a history, not the word's origin."""

from __future__ import annotations

import pytest

from flashgen.topics import STANDARD_TOPICS, topic_key


@pytest.mark.parametrize("heading, topic", [
    ("History", "history"),
    ("A short history", "history"),
    ("The history", "history"),
    ("History of the guild", "history"),
    ("Etymology", "origin"),
    ("Origin of the name", "origin"),
    ("Word origin", "origin"),
])
def test_a_history_is_its_own_topic_and_the_words_origin_stays_origin(heading, topic):
    assert topic_key(heading) == topic


def test_history_is_a_standard_topic_after_origin():
    assert STANDARD_TOPICS.index("history") == STANDARD_TOPICS.index("origin") + 1


@pytest.mark.parametrize("heading, topic", [
    ("Principle of operation", "mechanism"),
    ("Working principle", "mechanism"),
    ("How the rust spreads", "mechanism"),
    ("How a siphon works", "mechanism"),
    ("Why it happens", "mechanism"),
    ("How does the fungus spread?", "mechanism"),
    ("Risk to the harvest", "risk"),
    ("Hazards", "risk"),
    ("Failures and safety", "risk"),
    ("Safety, hazards and failures", "risk"),
    ("Uses in dentistry", "application"),
    ("Why a thin coat is good", "significance"),
    ("Why early pruning is important", "significance"),
    ("How to prune it", "application"),   # advice: how it is done, not how the thing works
])
def test_head_words_put_headings_on_standard_topics(heading, topic):
    assert topic_key(heading) == topic


@pytest.mark.parametrize("heading, topic", [
    ("Causes and treatment", "causes-and-treatment"),  # two topics joined stay as written
    ("Pros and cons", "pros-and-cons"),
    ("Types of joint", "types-of-joint"),
    ("Meaning of the word", "meaning-of-the-word"),  # a qualified definition is its own topic
    ("Origin story", "origin-story"),
    ("Why the glaze is green", "why-the-glaze-is-green"),  # a why that is no worth
])
def test_headings_whose_head_names_no_topic_keep_their_words(heading, topic):
    assert topic_key(heading) == topic


@pytest.mark.parametrize("heading, topic", [
    ("Síntomas", "symptom"),
    ("Symptômes", "symptom"),
    ("Objawy", "symptom"),
    ("Tratamiento", "application"),
    ("Behandlung", "application"),
    ("Trattamento", "application"),
    ("Causas", "cause"),
    ("Oorzaken", "cause"),
    ("Historia", "history"),
    ("Geschichte", "history"),
    ("Étymologie", "origin"),
    ("Funcionamiento", "mechanism"),
    ("Toepassingen", "application"),
    ("Riscos", "risk"),
    ("¿Por qué es importante vacunar?", "significance"),
    ("Pourquoi est-ce important ?", "significance"),
    ("Wie funktioniert die Bremse?", "mechanism"),
])
def test_european_headings_land_on_the_topics_their_english_would(heading, topic):
    assert topic_key(heading) == topic


@pytest.mark.parametrize("heading, topic", [
    ("Curiosidades", "curiosidade"),
    ("Ätiologie", "atiologie"),
    ("Tapas", "tapa"),
])
def test_european_headings_with_no_plain_english_keep_their_words(heading, topic):
    assert topic_key(heading) == topic


def test_a_decks_own_synonym_still_comes_before_a_translation():
    assert topic_key("Tratamiento", {"tratamiento": "therapy"}) == "therapy"
    assert topic_key("History", {"history": "origin"}) == "origin"


def test_a_history_section_asks_how_the_term_developed_and_an_etymology_where_it_comes_from(
        cli, tmp_path, collection):
    from conftest import import_package

    deck = tmp_path / "printing"
    deck.mkdir()
    (deck / "letterpress.txt").write_text(
        "Letterpress is relief printing in which inked raised type is pressed into paper.\n"
        "A short history\n"
        "Movable metal type spread across Europe after the 1450s and ruled book printing for four centuries.\n"
        "Etymology\n"
        "The word joins letter, a cast piece of type, and press, the machine that makes the impression.\n",
        encoding="utf-8")
    out = tmp_path / "out"
    run = cli("build", deck, "--out", out, "--kinds", "qa")
    assert run.code == 0, run.err
    import_package(collection, out / "printing-history.apkg")
    import_package(collection, out / "printing-origin.apkg")
    fronts = " ".join(collection.get_note(n)["Front"] for n in collection.find_notes(""))
    assert "How did <b class=\"term\">letterpress</b> develop over time?" in fronts
    assert "Where does the term" in fronts
    assert fronts.count("Where does the term") == 1


def test_a_word_for_failure_is_a_risk_only_beside_another_word_for_risk():
    assert topic_key("Failures and safety") == "risk"
    assert topic_key("Heart failure") == "heart-failure"
    assert topic_key("Failures") == "failure"
