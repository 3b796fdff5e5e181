"""The site's furniture that reached cards: a notice of its own courses in any of the common
European languages, a "read also" teaser in them, a link back to the top of the page in any
form, a dash standing for a rule, and the site asking whether its list missed a term."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashgen.readers import read_pages
from flashgen.readers.noise import noise_kind


@pytest.mark.parametrize("line", [
    "Hinweis: Unsere Frühjahrskurse sind ausgebucht. Bitte nutzen Sie die Warteliste!",
    "**Wichtig:** Unsere Seminare für Einsteiger beginnen wieder im Mai.",
    "Remarque : nos ateliers d'initiation affichent complet cette saison.",
    "Aviso: nuestros talleres de primavera están agotados.",
    "Nota: i nostri corsi base sono esauriti, c'è una lista d'attesa.",
    "Let op: onze cursussen in het voorjaar zijn volgeboekt.",
    "Uwaga: nasze warsztaty wiosenne mają już listę oczekujących.",
    "Note: our autumn workshops are fully booked; join the waiting list.",
])
def test_a_notice_of_the_sites_own_courses_is_noise(line):
    assert noise_kind(line) == "promotion"


@pytest.mark.parametrize("line", [
    "Hinweis: Der Kurs der Steine folgt dem Hang.",
    "Note: we measured the course of the river from the bridge.",
    "Our course of treatment lasts six weeks and needs no dressing.",
    "The clinic keeps a waiting list for the operation, often of a year.",
    "Die Steine werden in Lagen verlegt, wie wir im Bild sehen.",
    "Remarque : le cours de la rivière change chaque hiver.",
    "In our workshop we always clamp the stock before cutting.",
    "On our stage the apron reaches past the proscenium arch.",
])
def test_courses_and_lists_of_the_subject_are_no_notice(line):
    assert noise_kind(line) is None


@pytest.mark.parametrize("line", [
    "Lesen Sie auch: Fünf Steine, die jede Mauer braucht",
    "**Lies auch:** [Der richtige Anlauf](https://example.org/anlauf/)",
    "Lisez aussi : Les murets de Provence",
    "Lea también: Cómo elegir la piedra",
    "Lees verder: De kunst van het stapelen",
    "Czytaj także: Jak dobrać kamień",
    "Read also: Five stones every wall needs",
])
def test_read_also_teasers_in_each_language_point_elsewhere(line):
    assert noise_kind(line) == "related"


@pytest.mark.parametrize("line", [
    "Lesen und Schreiben gehören zur Grundbildung.",
    "Read the gauge also at the end of the run.",
    "Lees de meter af na elke meting.",
])
def test_reading_in_the_text_is_no_teaser(line):
    assert noise_kind(line) is None


@pytest.mark.parametrize("line", [
    "Top ↑", "↑ Top", "↑", "⬆", "▲ Back to top", "[↑ Top](#top)", "^ top", "Top of page",
    "Nach oben", "↑ Zum Seitenanfang", "Haut de page", "Volver arriba", "Torna su", "Naar boven ↑",
    "Do góry",
])
def test_a_link_back_to_the_top_is_noise_in_any_form(line):
    assert noise_kind(line) == "banner"


@pytest.mark.parametrize("line", ["Top soil", "Top: the upper face of a stone.", "Topping out",
                                  "Top-dressing is spread in spring."])
def test_top_as_a_word_of_the_text_stays(line):
    assert noise_kind(line) is None


@pytest.mark.parametrize("line", ["Did we miss a term? Suggest one on the message board.",
                                  "Have we missed a word? Tell us!"])
def test_the_site_asking_what_its_list_misses_is_its_own(line):
    assert noise_kind(line) == "promotion"


def test_a_question_about_the_subject_with_we_is_no_prompt():
    assert noise_kind("Did we get the dates wrong? Historians still argue about them.") is None


GLOSSARY = """Lichen Glossary: Words for the Field

C

Crustose – A lichen that grows as a crust pressed flat onto rock or bark.

Top ↑

F

Foliose (also leafy lichen) – A lichen with flat, leaf-like lobes that lift at the edges.

Fruticose – A lichen that grows as upright or hanging branches, like a tiny shrub.

▲ top

—

Did we miss a term? Suggest one in the comments.
"""


def test_a_text_glossary_keeps_back_links_prompts_and_rules_off_its_entries(tmp_path):
    page = tmp_path / "lichens.txt"
    page.write_text(GLOSSARY, encoding="utf-8")
    terms = read_pages([page], "field").terms
    assert [t.name for t in terms] == ["Crustose", "Foliose", "Fruticose"]
    assert terms[1].aliases == ("leafy lichen",)
    for term in terms:
        shown = "\n".join([term.definition, *(s.heading + s.text for s in term.sections)])
        assert "Top" not in shown and "top" not in shown and "—" not in shown and "miss a term" not in shown
        assert not term.sections
    assert terms[2].definition == "A lichen that grows as upright or hanging branches, like a tiny shrub."


def test_a_dash_inside_text_is_no_rule(tmp_path):
    page = tmp_path / "lichens.txt"
    page.write_text(GLOSSARY.replace("like a tiny shrub.", "like a tiny shrub — or a beard."),
                    encoding="utf-8")
    terms = read_pages([page], "field").terms
    assert terms[2].definition.endswith("like a tiny shrub — or a beard.")
