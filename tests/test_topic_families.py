"""Headings flashgen reads as a standard topic by what they mean: what can go wrong is a risk,
what is done about it in practice an application, how it is found a metric, the science behind
it a mechanism. Such a heading is read, not named: beside a section that names the topic it
keeps a topic of its own, so a term file that built before still builds, and a glossary may
still define the word as a term."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import written_terms
from flashgen.model import Deck
from flashgen.sources import load_decks
from flashgen.terms import load_term
from flashgen.topics import family_topic, topic_key


@pytest.mark.parametrize("heading, topic", [
    ("Pitfalls", "risk"), ("Drawbacks", "risk"), ("Caveats", "risk"), ("Limitations", "risk"), ("Complications", "risk"),
    ("Common drawbacks", "risk"), ("Why it is dangerous", "risk"), ("Why are they so harmful?", "risk"),
    ("Mitigation", "application"), ("Prevention", "application"), ("Treatment options", "application"),
    ("Management", "application"),
    ("Detection signals", "metric"), ("Screening", "metric"), ("Detection methods", "metric"),
    ("The chemistry", "mechanism"), ("The science behind it", "mechanism"), ("Physics", "mechanism"),
])
def test_a_heading_of_a_family_lands_on_its_topic(heading, topic):
    assert topic_key(heading) == topic
    assert family_topic(heading) == topic


@pytest.mark.parametrize("heading, topic", [
    ("Causes and treatment", "causes-and-treatment"),  # parts on different topics stay as written
    ("Action", "action"),  # alone, how a drug acts as much as what is done
    ("Thresholds", "threshold"),
    ("Why it is common", "why-it-is-common"),
    ("Detection dogs", "detection-dogs"),  # the dogs are the subject, not a kind of content
])
def test_a_heading_outside_the_families_keeps_its_words(heading, topic):
    assert topic_key(heading) == topic


def test_a_threshold_beside_acting_on_it_is_an_application():
    assert topic_key("Thresholds and action") == topic_key("Thresholds and treatment") == "application"


def test_a_named_topic_is_no_family_reading():
    assert family_topic("Risks") is None and family_topic("How it works") is None


def test_a_decks_own_synonym_comes_before_a_family():
    assert topic_key("Mitigation", {"mitigation": "controls"}) == "controls"


def test_beside_a_section_that_names_the_topic_a_family_heading_keeps_its_own(tmp_path: Path):
    path = tmp_path / "glaze-crawl.yaml"
    path.write_text("""id: glaze-crawl
name: Glaze crawl
definition: A glaze fault in which the melt pulls back into islands and leaves bare clay.
sections:
  - heading: Risks
    text: Crawled pots are seconds; bare clay on a mug's lip can chip in use.
  - heading: Drawbacks
    text: A thick glaze hides crawling until the firing, when it is too late to fix.
  - heading: Prevention
    text: Wipe the bisque with a damp sponge and glaze it the same day.
""", encoding="utf-8")
    problems: list = []
    term = load_term(path, Deck(id="pottery", title="Pottery"), problems)
    assert not problems
    assert [s.topic for s in term.sections] == ["risk", "drawback", "application"]


def test_a_page_section_of_a_family_lands_on_its_topic(tmp_path: Path):
    (term,) = written_terms(tmp_path, "kiln-wash.md", """# Kiln wash

Kiln wash is a coating of alumina and kaolin painted on kiln shelves so that dripping glaze does not fuse pots to them.

## The chemistry

Alumina melts far above stoneware temperatures, so a drip lands on a layer that stays a powder and lifts off.

## Caveats

Wash flakes after many firings, and a flake stuck to a foot ring must be ground off.
""")
    assert [(s.heading, s.topic) for s in term.sections] == [("The chemistry", "mechanism"), ("Caveats", "risk")]


def test_a_glossary_still_defines_a_word_of_a_family_as_a_term(tmp_path: Path):
    terms = written_terms(tmp_path, "screening-glossary.txt", """Public health glossary

Screening: Testing people who have no symptoms in order to find a disease early.
Incidence: The number of new cases in a population over a stated period.
Prevalence: The share of a population that has a condition at one time.
""")
    assert [t.name for t in terms] == ["Screening", "Incidence", "Prevalence"]


def test_a_deck_maps_a_family_heading_back_to_its_own_topic(tmp_path: Path):
    folder = tmp_path / "pottery"
    folder.mkdir()
    (folder / "deck.yaml").write_text("title: Pottery\nsynonyms:\n  Pitfalls: pitfall\n  Mitigation: mitigation\n",
                                      encoding="utf-8")
    (folder / "crawl.yaml").write_text("""name: Glaze crawl
definition: A glaze fault in which the melt pulls back into islands and leaves bare clay.
sections:
  - heading: Pitfalls
    text: A thick glaze hides crawling until the firing.
  - heading: Mitigation
    text: Wipe the bisque with a damp sponge before glazing.
""", encoding="utf-8")
    (deck,), warnings = load_decks([folder])
    assert not warnings
    assert [s.topic for s in deck.terms[0].sections] == ["pitfall", "mitigation"]
