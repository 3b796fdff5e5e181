"""Headings of Dutch, German and Scandinavian pages land on the topics their English would,
and a heading word of another language that ends in "-s" is no English plural."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashgen.readers import read_pages
from flashgen.topics import singular, topic_key

DUTCH = """\
# Ketelsteen

Ketelsteen is de harde, witte korst die kalkrijk water achterlaat in ketels, leidingen en boilers.

## Oorzaken

Hard water bevat veel opgeloste kalk, die neerslaat zodra het water wordt verwarmd.

## Werking

Bij verhitting ontsnapt koolzuur, waardoor calciumcarbonaat onoplosbaar wordt en zich afzet.

## Gebruik

In sommige streken wordt het poeder van ketelsteen als schuurmiddel gebruikt.

## Risico's

Een dikke korst maakt een verwarmingselement trager en kan het laten doorbranden.

## Geschiedenis en herkomst

Al in de negentiende eeuw klaagden machinisten van stoomlocomotieven over ketelsteen.
"""


def test_a_dutch_pages_headings_land_on_the_standard_topics(tmp_path):
    page = tmp_path / "ketelsteen.md"
    page.write_text(DUTCH, encoding="utf-8")
    (term,) = read_pages([page], "huis").terms
    assert [(s.heading, s.topic) for s in term.sections] == [
        ("Oorzaken", "cause"), ("Werking", "mechanism"), ("Gebruik", "application"), ("Risico's", "risk"),
        ("Geschiedenis en herkomst", topic_key("History and origin"))]


@pytest.mark.parametrize("heading, english", [
    # Dutch
    ("Symptomen", "Symptoms"), ("Behandeling", "Treatment"), ("Toepassingen", "Applications"),
    ("Bijwerkingen", "Side effects"), ("Betekenis", "Meaning"), ("Werkwijze", "Mechanism"),
    ("Metingen", "Measurement"), ("Oorzaken en behandeling", "Causes and treatment"),
    # German
    ("Nebenwirkungen", "Side effects"), ("Wirkung", "Mechanism"), ("Anwendungsgebiete", "Applications"),
    ("Ursachen und Symptome", "Causes and symptoms"),
    # Swedish
    ("Orsaker", "Causes"), ("Användning", "Applications"), ("Risker", "Risks"), ("Bakgrund", "Background"),
    ("Historik", "History"), ("Historia och ursprung", "History and origin"),
    # Norwegian
    ("Årsaker", "Causes"), ("Virkemåte", "Mechanism"), ("Opprinnelse", "Origin"), ("Bakgrunn", "Background"),
    ("Forebygging", "Prevention"),
    # Danish
    ("Årsager", "Causes"), ("Anvendelse", "Applications"), ("Oprindelse", "Origin"), ("Baggrund", "Background"),
    ("Risici", "Risks"), ("Historie", "History"),
])
def test_european_headings_land_where_their_english_does(heading, english):
    assert topic_key(heading) == topic_key(english)


def test_a_heading_of_one_known_word_and_one_unknown_keeps_its_words():
    assert topic_key("Geschiedenis en ketelsteen") == "geschiedenis-en-ketelsteen"


@pytest.mark.parametrize("word", ["tulos", "terveys", "kehitys", "rakennus"])
def test_a_finnish_word_in_s_keeps_its_ending(word):
    assert singular(word) == word


def test_a_finnish_heading_in_os_is_its_own_topic_whole(tmp_path):
    page = tmp_path / "kiuas.md"
    page.write_text("# Kiuas\n\nKiuas on saunan kivillä täytetty lämmityslaite, jonka kiviin heitetään vettä.\n\n"
                    "## Tulos\n\nHyvin lämmitetty kiuas antaa pehmeät ja pitkään kestävät löylyt.\n",
                    encoding="utf-8")
    (term,) = read_pages([page], "sauna").terms
    assert [(s.heading, s.topic) for s in term.sections] == [("Tulos", "tulos")]


@pytest.mark.parametrize("word, one", [("risks", "risk"), ("applications", "application"), ("photos", "photo"),
                                       ("surveys", "survey"), ("valleys", "valley"), ("ratios", "ratio"),
                                       ("curiosidades", "curiosidade")])
def test_plurals_the_word_list_knows_still_fold(word, one):
    assert singular(word) == one


@pytest.mark.parametrize("word, one", [("glycans", "glycan"), ("adaptogens", "adaptogen"),
                                       ("xenografts", "xenograft"), ("chiplets", "chiplet")])
def test_plurals_of_a_field_the_word_list_lacks_still_fold(word, one):
    assert singular(word) == one
    assert topic_key(word.capitalize()) == topic_key(one.capitalize())


def test_a_field_name_in_ics_stays_whole():
    assert singular("genetics") == "genetics"
    assert topic_key("Genetics") == "genetics"
