"""Headings of European-language pages: questions of several words about how a thing works
or comes about land on mechanism."""

from __future__ import annotations

import pytest

from flashgen.topics import topic_key


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
