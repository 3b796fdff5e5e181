"""Headings of European-language pages: questions of several words about how a thing works
or comes about land on mechanism, and a word of another language keeps its own ending."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashgen.readers import read_pages
from flashgen.topics import plural, singular, topic_key


@pytest.mark.parametrize("heading", [
    "Come funziona?", "¿Cómo funciona?", "Wie es funktioniert", "So funktioniert es", "Comment ça marche",
    "Jak to działa?", "Wie wirkt es?", "Cómo se produce", "Wie entsteht es?", "Come si forma",
    "Hoe ontstaat het?", "Jak powstaje?",
])
def test_foreign_questions_of_how_it_works_or_comes_about_are_mechanism(heading):
    assert topic_key(heading) == "mechanism"


@pytest.mark.parametrize("heading", ["Come si paga", "Wie viel kostet es?", "Comment choisir"])
def test_other_foreign_questions_keep_their_words(heading):
    assert topic_key(heading) != "mechanism"


@pytest.mark.parametrize("word", ["merkitys", "käsitys"])
def test_a_word_ending_in_a_consonant_and_ys_is_no_english_plural(word):
    assert singular(word) == word and plural(word) == word


@pytest.mark.parametrize("word, one", [("days", "day"), ("keys", "key"), ("valleys", "valley"),
                                       ("standbys", "standby"), ("benefits", "benefit")])
def test_english_plurals_still_fold(word, one):
    assert singular(word) == one


def test_a_finnish_heading_is_its_own_topic_whole(tmp_path):
    page = tmp_path / "loyly.md"
    page.write_text("# Löyly\n\nLöyly on höyryä, joka nousee kiukaan kiviltä, kun niille heitetään vettä.\n\n"
                    "## Merkitys\n\nLöyly on saunan sielu, ja hyvä löyly on pehmeä.\n", encoding="utf-8")
    (term,) = read_pages([page], "sauna").terms
    (section,) = term.sections
    assert section.heading == "Merkitys" and section.topic == "merkitys"
