"""Pages in other European languages: the site's phone line, consent banner, byline, related
reading and comment form are set aside in the page's language, its question headings are
headings, and its section headings land on the topics their English would."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashgen.readers import read_pages
from flashgen.readers.noise import is_byline, is_comments_start, is_contact_line, noise_kind


def one(tmp_path: Path, name: str, text: str):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    (term,) = read_pages([page], "talleres").terms
    return term


WORKSHOP = """Saltar al contenido
Taller Mecánico Ortega
Inicio
Servicios
Quiénes somos
Contacto
Llámanos: 976 44 55 66
Usamos cookies propias y de terceros para analizar el tráfico y personalizar los anuncios. Puedes aceptar todas o configurarlas.
Aceptar todo
Rechazar
Blog › Mantenimiento
Embrague
Publicado el 14 de febrero de 2024 por Javier Ortega, jefe de taller
Tiempo de lectura: 3 minutos
El embrague es el mecanismo que une y separa el motor de la caja de cambios, de modo que las marchas se pueden cambiar sin que giren a distinta velocidad. Consta de un disco de fricción apretado contra el volante por un plato de presión.
Historia
Los primeros automóviles usaban correas que se tensaban a mano. El embrague de disco seco se impuso en los años veinte y todavía es el más común en los coches con cambio manual.
Síntomas
Un pedal que engancha muy arriba, olor a quemado en las cuestas o un motor que sube de vueltas sin que el coche acelere indican que el disco está gastado.
¿Por qué es importante revisarlo?
Un disco que patina calienta el volante y puede agrietarlo, y entonces la reparación cuesta el doble. Revisar el recorrido del pedal en cada cambio de aceite basta para detectarlo a tiempo.
Compartir:
Facebook
WhatsApp
Artículos relacionados
Cómo cambiar las pastillas de freno
¿Cada cuántos kilómetros hay que cambiar el aceite?
Deja un comentario
Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *
© 2024 Taller Mecánico Ortega · Aviso legal · Política de cookies
"""


def test_a_spanish_workshop_page_is_titled_by_its_term_not_its_phone_line(tmp_path):
    term = one(tmp_path, "embrague.txt", WORKSHOP)
    assert term.name == "Embrague"
    assert term.definition.startswith("El embrague es el mecanismo que une y separa el motor")
    assert [(s.heading, s.topic) for s in term.sections] == [
        ("Historia", "history"), ("Síntomas", "symptom"),
        ("¿Por qué es importante revisarlo?", "significance")]
    assert term.sections[-1].text.endswith("basta para detectarlo a tiempo.")
    shown = "\n".join([term.definition, *(s.text for s in term.sections)])
    for gone in ("976", "cookies", "Publicado", "Tiempo de lectura", "pastillas de freno",
                 "correo electrónico", "Deja un comentario", "Aceptar"):
        assert gone not in shown
    assert "Llámanos: 976 44 55 66" in term.discarded
    assert "Cómo cambiar las pastillas de freno" in term.related


GARDEN = """Gartenwelt Berg
Rufen Sie uns an: 030 1234 5678
Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Mit „Alle akzeptieren“ stimmen Sie der Nutzung zu.
Alle akzeptieren
Einstellungen
Mulchen
Veröffentlicht am 12. Mai 2023 von Anna Berg
Lesezeit: 5 Minuten
Mulchen ist das Abdecken des Bodens mit organischem Material wie Rindenhäcksel, Stroh oder Rasenschnitt, damit er feucht bleibt und weniger Unkraut keimt.
Geschichte
Schon im Mittelalter deckten Klostergärtner ihre Beete mit Stroh ab, um den Boden über den Winter zu schützen.
Risiken
Eine zu dicke Schicht frischer Rasenschnitt fault und lockt Schnecken an, deshalb wird er dünn und angetrocknet aufgebracht.
Ähnliche Artikel
Hochbeet anlegen in fünf Schritten
Kompost richtig umsetzen
Schreibe einen Kommentar
"""


def test_a_german_garden_page_sets_aside_its_phone_banner_byline_and_related_reading(tmp_path):
    term = one(tmp_path, "mulchen.txt", GARDEN)
    assert term.name == "Mulchen"
    assert term.definition.startswith("Mulchen ist das Abdecken des Bodens")
    assert [s.topic for s in term.sections] == ["history", "risk"]
    shown = "\n".join([term.definition, *(s.text for s in term.sections)])
    for gone in ("030", "Cookies", "Veröffentlicht", "Lesezeit", "Hochbeet", "Kommentar"):
        assert gone not in shown


@pytest.mark.parametrize("line", [
    "Pide tu cita: 900 100 200",
    "Llámanos al 91 555 12 34",
    "Appelez-nous : 01 23 45 67 89",
    "Call the clinic on 0161 496 0000",
    "Tel. +48 22 123 45 67",
    "+44 20 7946 0000",
    "Prenota una visita",
    "Termin vereinbaren",
    "Maak een afspraak",
])
def test_phone_lines_and_booking_prompts_are_site_furniture(line):
    assert is_contact_line(line) and noise_kind(line) == "banner"


@pytest.mark.parametrize("line", [
    "El número 112 atiende emergencias en toda la Unión Europea.",
    "Población: 1 204 000",
    "Periodo típico 1850–1950",
    "Emergencias: 112",
    "Una cita de Cervantes abre el capítulo.",
])
def test_numbers_and_words_of_prose_are_not_contact_lines(line):
    assert not is_contact_line(line)
    assert noise_kind(line) is None


@pytest.mark.parametrize("value", ["1 204 000", "1939-1945", "2024.05.01"])
def test_a_bare_number_not_shaped_as_a_phone_number_is_no_contact_line(value):
    assert not is_contact_line(value)


@pytest.mark.parametrize("line", [
    "Utilizamos cookies propias para recordar tus preferencias. Si sigues navegando, aceptas su uso.",
    "Nous utilisons des cookies pour mesurer l'audience. Vous pouvez les accepter ou les refuser.",
    "Utilizziamo i cookie per migliorare il servizio; puoi accettare o rifiutare.",
    "Utilizamos cookies para melhorar a sua experiência. Ao continuar, aceita a nossa política de privacidade.",
    "Wij gebruiken cookies om het gebruik van de website te meten.",
    "Używamy plików cookies, aby ułatwić korzystanie z serwisu. Możesz je zaakceptować lub odrzucić.",
    "Aceptar todo",
    "Tout refuser",
    "Alle ablehnen",
])
def test_consent_banners_in_european_languages_are_banners(line):
    assert noise_kind(line) == "banner"


@pytest.mark.parametrize("line", [
    # cookies in their technical sense, and the word "accepts" in English prose
    "Una cookie de sesión guarda el identificador en el navegador hasta que se cierra.",
    "Le serveur accepte la connexion et renvoie un cookie signé.",
    "A server using SYN cookies accepts the connection without keeping state.",
    "La configuración del embrague cambió en los años veinte.",
    # consent in the field's own sense: a word that names it asks nobody to accept
    "Für den Anbau ist die Zustimmung der Eigentümer nur selten erforderlich, doch Einwände verzögern ihn.",
    "Sin el consentimiento informado del paciente no se puede operar.",
])
def test_technical_cookie_sentences_in_any_language_stay(line):
    assert noise_kind(line) is None


@pytest.mark.parametrize("line", [
    "Publicado el 14 de febrero de 2024 por Javier Ortega",
    "Mis à jour le 3 mars 2024 par Claire Dumas",
    "Pubblicato il 5 giugno 2022 da Marco Neri",
    "Tiempo de lectura: 3 minutos",
    "Lesezeit: 5 Minuten",
    "6 minuti di lettura",
])
def test_european_bylines_and_reading_times_are_bylines(line):
    assert is_byline(line)


@pytest.mark.parametrize("line", [
    "Publicado en 1605, el Quijote cambió para siempre la novela europea.",
    "El tiempo de fraguado depende de la humedad.",
])
def test_sentences_with_a_date_or_a_time_are_not_bylines(line):
    assert not is_byline(line)


@pytest.mark.parametrize("line", ["Deja un comentario", "Laisser un commentaire", "Lascia un commento",
                                  "Schreibe einen Kommentar", "Dodaj komentarz"])
def test_comment_forms_open_the_comments(line):
    assert is_comments_start(line)


def test_related_reading_in_other_languages_points_elsewhere_but_prose_does_not():
    for line in ("Artículos relacionados", "Te puede interesar: Frenos de disco", "Leggi anche",
                 "Zie ook", "À lire aussi :"):
        assert noise_kind(line) == "related", line
    assert noise_kind("Artículos relacionados con la seguridad deben archivarse en la ficha.") is None
