"""A name on a page in another language loses the article it opens with, and an "also called"
name left hanging on that language's "or" is cut there, the names after an aside following."""

from __future__ import annotations

import pytest

from flashgen.readers.naming import name_and_aliases


def read(sentence: str) -> tuple[str, list[str]]:
    return name_and_aliases(sentence, None, "page.txt", 1)


@pytest.mark.parametrize("sentence, name", [
    ("L'idrovolante è un aereo capace di decollare e posarsi sull'acqua grazie a due grandi galleggianti.",
     "Idrovolante"),
    ("Il cappotto termico è un rivestimento isolante posato sulle pareti esterne di una casa per tenerla calda.",
     "Cappotto termico"),
    ("Die Trockenmauer ist eine Mauer aus Steinen, die ohne Mörtel aufeinander geschichtet werden und lange halten.",
     "Trockenmauer"),
    ("La tramontana es un viento frío y seco que sopla del norte sobre las costas durante el invierno largo.",
     "Tramontana"),
])
def test_other_language_article_is_not_the_name(sentence, name):
    assert read(sentence)[0] == name


@pytest.mark.parametrize("sentence, name", [
    ("La Niña is a cooling of the surface of the Pacific Ocean that comes back every few years.", "La Niña"),
    ("Die casting is a way of shaping metal by forcing it into a mould under high pressure.", "Die casting"),
])
def test_english_name_keeps_its_first_word(sentence, name):
    assert read(sentence)[0] == name


def test_alias_hanging_on_or_is_cut_and_names_after_aside_kept():
    sentence = ("Il paranco, chiamato anche carrucola composta o, in inglese, pulley block o hoist, "
                "è un sistema di pulegge che riduce la forza necessaria per sollevare un carico pesante.")
    assert read(sentence) == ("Paranco", ["carrucola composta", "pulley block", "hoist"])


def test_alias_without_dangling_or_is_left_whole():
    sentence = ("Il paranco, chiamato anche carrucola composta, è un sistema di pulegge che riduce "
                "la forza necessaria per sollevare un carico pesante.")
    assert read(sentence) == ("Paranco", ["carrucola composta"])
