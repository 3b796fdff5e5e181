"""Text in another language gets only the clozes that need no English grammar."""

import pytest

from flashgen.cards import load_templates, render_deck
from flashgen.language import reads_as_english
from flashgen.model import Deck, Section, Term

OTHER_LANGUAGES = {
    "es": "La caries es la destrucción del esmalte dental por los ácidos que producen las bacterias "
          "de la placa. Aparece sobre todo en las muelas y avanza sin dolor durante meses.",
    "de": "Ein Deich ist ein Damm aus Erde, der das Land hinter ihm vor Hochwasser schützt. Was ihn "
          "stabil macht, ist also die flache Böschung zur Wasserseite hin.",
    "nl": "Een dijk is een wal van aarde die het land erachter tegen hoog water beschermt. Het is "
          "vaak met gras begroeid, zodat de wortels de grond vasthouden.",
    "pl": "Próchnica to choroba zębów, w której kwasy bakterii niszczą szkliwo. To proces powolny, "
          "który przez długi czas nie boli.",
    "fr": "Une digue est un ouvrage de terre qui protège les terres basses contre les crues. Elle "
          "doit être entretenue chaque année pour rester étanche.",
    "sv": "En vall är en jordbank som skyddar marken bakom den mot högvatten. Den är för det mesta "
          "täckt av gräs, och alla vallar ska ses över under våren.",
}


@pytest.mark.parametrize("language", sorted(OTHER_LANGUAGES))
def test_text_in_another_european_language_is_not_read_as_english(language):
    assert not reads_as_english([OTHER_LANGUAGES[language]])


def test_english_prose_and_terse_english_notes_read_as_english():
    assert reads_as_english(["A levee is an embankment of earth that protects low land from floods. "
                             "It must be inspected every year to stay watertight."])
    assert reads_as_english(["HbA1c: 6.5% or above on two tests, diabetes; 5.7 to 6.4%, prediabetes. "
                             "Fasting glucose 126 mg/dL or above with symptoms."])
    # Terse, with few function words: still English, by the words the English list knows.
    assert reads_as_english(["Electromagnetic interference (EMI) is unwanted noise a circuit picks up from "
                             "nearby sources. EMI corrupts data sent over long unshielded cables beside motors."])
    # Thick with rare names, with the function words of English prose.
    assert reads_as_english(["Methylmagnesium bromide adds to the carbonyl of acetophenone in dry diethyl "
                             "ether, and the alkoxide is then protonated by aqueous ammonium chloride."])
    # Too few words to tell: taken as English, as the chooser always did.
    assert reads_as_english(["Caries dental"])


def _clozes(definition, sections=()):
    term = Term(id="t", name="Caries", definition=definition, deck="d", path="d/t.yaml", line=1,
                sections=sections)
    return [c.front for c in render_deck(Deck(id="d", title="D", terms=(term,)), load_templates(),
                                         kinds=("cloze",))]


def test_a_page_in_spanish_hides_numbers_and_codes_not_verbs_or_clause_fragments():
    fronts = _clozes(
        "La caries es la destrucción del esmalte dental por los ácidos de la placa.",
        (Section("Metric", "metric", "El esmalte se disuelve a 37 °C en unas 2 horas si el pH baja. "
                 "Se distinguen dos formas principales, y además detectarla pronto es sencillo.", 3),))
    hidden = [part.split("}}")[0] for front in fronts for part in front.split("::")[1:]]
    # The term's own name in its definition, and the quantities; no verb, no clause.
    assert "37 °C" in hidden
    assert set(hidden) <= {"caries", "37 °C", "2 horas", "pH"}


def test_an_english_page_gets_its_clozes_as_before():
    fronts = _clozes("Caries is the breakdown of tooth enamel by acids that plaque bacteria make from sugars.",
                     (Section("Metric", "metric", "Enamel starts to dissolve below a pH of 5.5 in the mouth.", 3),))
    hidden = [part.split("}}")[0] for front in fronts for part in front.split("::")[1:]]
    # Noun phrases found by the English tagger, not only numbers.
    assert "tooth enamel" in hidden and "5.5" in hidden


def test_check_says_why_a_sentence_of_a_page_in_another_language_has_no_cloze(cli, tmp_path):
    deck = tmp_path / "dental"
    deck.mkdir()
    (deck / "caries.yaml").write_text(
        "name: Caries\n"
        "definition: >-\n"
        "  La caries es la destrucción del esmalte dental por los ácidos de la placa.\n"
        "sections:\n"
        "  - heading: Riesgo\n"
        "    text: >-\n"
        "      Avanza sin dolor durante meses, y por eso se descubre tarde.\n", encoding="utf-8")
    run = cli("check", deck)
    assert run.code == 0
    assert (f"info: {deck / 'caries.yaml'}:5: section 'Riesgo' of 'Caries': no cloze, the text does not "
            "read as English, so only numbers, codes and the deck's names are hidden, and this sentence "
            "has none: 'Avanza sin dolor durante meses, y por eso se descubre tarde.'") in run.err.splitlines()
