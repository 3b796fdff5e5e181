"""Pages copied or saved from sites of every kind: the title the definition names, the site's
text by its shape (stamps, advertisements, link blocks, buttons), question headings, and the
one <h1> of a shop page."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashgen.pages import parse_page
from flashgen.readers import read_pages
from flashgen.readers.noise import is_banner, is_stamp
from flashgen.topics import topic_key


def read_one(path: Path):
    (term,) = read_pages([path], "shapes").terms
    return term


def read_written(tmp_path: Path, name: str, text: str):
    """Return the one term of a page written into ``tmp_path`` under ``name``."""
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return read_one(page)


def card_text(term) -> str:
    return "\n".join([term.name, *term.aliases, term.definition,
                      *(s.heading + "\n" + s.text for s in term.sections)])


def assert_reading(term, name: str, opening: str, headings: list[str], chrome: tuple[str, ...]) -> None:
    """Assert the term's name, how its definition opens, its headings, and no site text on it."""
    assert term.name == name
    assert term.definition.startswith(opening)
    assert [s.heading for s in term.sections] == headings
    text = card_text(term)
    for piece in chrome:
        assert piece not in text, piece


def topics(term) -> dict[str, str]:
    return {s.heading: s.topic for s in term.sections}


# A gardening magazine's page, copied from the browser: the site's name and menu, a search
# box, a trail, the title over a teaser with a number in thousands, a byline with a date, a
# row of share buttons, an advertisement in the text, a list of other articles at the end
# under a heading in the site's own words, and readers' comments signed with dates.
FROST_HEAVE = """\
Rootline Gardener
PLANTS   SOIL   TOOLS   SEASONS   FORUM
Search…

Soil › Winter › Frost heave

Frost heave
Why a 1,500-gram seedling can end up lying on top of the bed in March.

Words by Oona Castellane | Updated 14 February 2024 | 5 min

[Pin] [Mail] [Copy]

Frost heave (FH) is the upward swelling of soil during freezing weather, caused by ice lenses that grow as water is drawn up towards the freezing front. It lifts plants, paving and fence posts, and is worst in silty soils that hold water but let it move.

What triggers it?
Ice lenses form where the soil is cold enough to freeze but a supply of liquid water still reaches the front from below through the fine pores of silt. Each lens grows as more water arrives, and the soil above it is pushed upwards.

Anzeige
Thermofleece garden covers – frost-proof from the first night. Free delivery over £30!

Who is most affected?
Autumn-sown seedlings, newly planted perennials and shallow-rooted shrubs in heavy, wet ground are lifted most, because their roots have not yet anchored them below the frozen layer.

Where did the name come from?
The word heave was used by nineteenth-century railway engineers for the swelling of cuttings in winter, when tracks laid on clay rose and fell with the frost.

Also on Rootline
Mulching myths that waste your weekend
Leaf mould: the lazy gardener's compost
Raised beds without the back pain

Tomasz K. · 3 May 2024
Lost a whole row of broad beans to this last year. Good to know why.
Reply

Ines_88
12/05/2024 at 08:30
We tread the seedlings back in after every thaw and it works.
Reply
"""


def test_the_title_the_definition_names_wins_over_the_site_and_its_teaser(tmp_path):
    term = read_written(tmp_path, "frost-heave.txt", FROST_HEAVE)
    assert term.name == "Frost heave"
    assert term.aliases == ("FH",)
    assert term.definition.startswith("Frost heave (FH) is the upward swelling of soil")
    # The teaser is kept off the cards, and never cut at the comma of "1,500".
    assert any(line.startswith("Why a 1,500-gram seedling") for line in term.related)
    assert "Rootline Gardener" in term.discarded and "Search…" in term.discarded


def test_question_headings_of_a_text_page_are_headings_on_their_topics(tmp_path):
    term = read_written(tmp_path, "frost-heave.txt", FROST_HEAVE)
    assert topics(term) == {"What triggers it?": "mechanism", "Who is most affected?": "risk",
                            "Where did the name come from?": "origin"}
    mechanism = term.sections[0].text
    assert mechanism.startswith("Ice lenses form") and mechanism.endswith("pushed upwards.")


def test_site_text_of_a_copied_page_stays_off_the_cards(tmp_path):
    term = read_written(tmp_path, "frost-heave.txt", FROST_HEAVE)
    text = card_text(term)
    for piece in ("Rootline", "Search", "Oona", "[Pin]", "Anzeige", "Thermofleece", "Mulching",
                  "Leaf mould", "Raised beds", "Tomasz", "broad beans", "Ines_88", "12/05/2024",
                  "tread the seedlings", "Reply"):
        assert piece not in text, piece
    # Nothing is lost: the site's lines are kept with the term.
    kept = "\n".join(term.related + term.discarded)
    for piece in ("Thermofleece", "Mulching myths", "Tomasz K. · 3 May 2024", "Ines_88"):
        assert piece in kept, piece


# A French astronomy blog: the site's lines in French, a comment run signed with French
# dates, an appeal put as a question and an exclamation, and a link block in French words.
POINT_DE_ROSEE = """\
Le Ciel d'Hélène
Accueil   Observer   Matériel   Contact

Point de rosée
Le petit chiffre qui décide si votre lunette restera sèche cette nuit.

Le point de rosée est la température à laquelle l'air doit être refroidi, à pression constante, pour que la vapeur d'eau qu'il contient commence à se condenser. Quand la surface d'un instrument descend sous ce point, elle se couvre de buée.

Comment l'éviter
Une résistance chauffante enroulée autour du tube garde l'objectif quelques degrés au-dessus de l'air ambiant, et un pare-buée allongé ralentit son refroidissement par rayonnement vers le ciel.

Publicité
Résistances Astrochauffe – la nuit entière sans buée. Commandez aujourd'hui !

Vous avez aimé cet article ? Partagez-le avec votre club !

À lire aussi
Collimater un Newton en dix minutes
Choisir son premier oculaire grand champ

Claire D. — 12 mars 2024 à 21:05
Merci, enfin une explication claire.
Répondre

Julien — 14 mars 2024 à 07:40
Je mets un sèche-cheveux dans la voiture, ça marche.
Répondre

Laisser un commentaire
"""


def test_noise_in_another_language_is_known_by_its_shape(tmp_path):
    term = read_written(tmp_path, "point-de-rosee.txt", POINT_DE_ROSEE)
    assert_reading(term, "Point de rosée", "Le point de rosée est la température", ["Comment l'éviter"],
                   ("Publicité", "Astrochauffe", "Partagez", "À lire aussi", "Collimater", "oculaire",
                    "Claire", "Merci", "Julien", "sèche-cheveux", "Répondre", "Laisser"))
    assert term.sections[0].text.endswith("par rayonnement vers le ciel.")


@pytest.mark.parametrize("line", [
    "Claire D. — 12 mars 2024 à 21:05",
    "Tomasz K. · 3 May 2024",
    "12/05/2024 at 08:30",
    "Ana P. · 9 de abril de 2023",
    "Words by Oona Castellane | Updated 14 February 2024 | 5 min",
])
def test_stamps_of_who_wrote_and_when_are_site_text(line):
    assert is_stamp(line) and is_banner(line)


@pytest.mark.parametrize("line", [
    "The bridge opened on 3 May 1932.",
    "14 February 1879",  # a date alone may head an entry of a timeline
    "Kepler published the third law in 1619",
    "In March 2011 the reactor lost its cooling",
    "9 June 1895 — Röntgen begins the experiments with cathode rays",
])
def test_dates_in_the_text_itself_are_no_stamps(line):
    assert not is_stamp(line)


def test_a_timeline_and_a_question_without_prose_under_it_stay_text():
    term = parse_page(
        "Tidal locking\n\n"
        "Tidal locking is the state of a body that turns once on its axis for each orbit, so "
        "that it always shows the same face to its partner.\n\n"
        "History\n"
        "14 February 1879\n"
        "George Darwin publishes his work on tidal friction and the slowing of the Earth.\n\n"
        "Does the Earth lock too?\n"
        "- only in billions of years\n",
        "tidal-locking.txt", "astro")
    text = card_text(term)
    assert "14 February 1879" in text and "George Darwin publishes" in text
    # A question followed by no sentence is not made a heading.
    assert "Does the Earth lock too?" in text
    assert "Does the Earth lock too?" not in [s.heading for s in term.sections]


@pytest.mark.parametrize(("heading", "topic"), [
    ("How is soil compaction measured?", "metric"),
    ("How are tides predicted and measured?", "metric"),
    ("What causes it?", "mechanism"),
    ("How does a heat pump work?", "mechanism"),
    ("Who is at risk?", "risk"),
    ("Who is most affected?", "risk"),
    ("Where does the word come from?", "origin"),
    ("How is it used?", "application"),
    ("Why does it matter?", "significance"),
    ("In practice", "application"),
    ("Does it make the engine louder?", "does-it-make-the-engine-louder"),
])
def test_question_headings_land_on_the_topic_they_ask_for(heading, topic):
    assert topic_key(heading) == topic


# A photography school's shop page: a course's product heading, its rating and price above
# the lesson's one <h1>, and the shop's own <h2> parts (reviews, questions, cross-sell) below
# the lesson's <h3> sections.
SHOP_HTML = """\
<html><head><title>Night Sky Masterclass – Lesson 2 | Aperture Yard</title></head><body>
<header><a href="/">Aperture Yard</a></header>
<main>
<section class="product">
<h2 class="product-name">Night Sky Masterclass</h2>
<p class="stars">★★★★☆ 4.6 out of 5 (88 reviews)</p>
<p class="price">€59.00</p>
<p>Starts 2 June · 12 places left</p>
</section>
<section class="lesson">
<p>Lesson 2 of 7</p>
<h1>Star trails</h1>
<p>Star trails are the arcs that stars draw across a long-exposure photograph as the Earth turns, each star tracing part of a circle around the celestial pole.</p>
<h3>How they form</h3>
<p>The sky appears to rotate by 15 degrees an hour, so an exposure of an hour turns every point of light into an arc of a twenty-fourth of a circle.</p>
<h3>Shooting them</h3>
<p>Most photographers stack hundreds of thirty-second frames rather than make one long exposure, which keeps the sensor cool and lets a passing aircraft be removed from one frame.</p>
</section>
<section class="reviews">
<h2>What students say</h2>
<p>"Clear and patient teaching, my first trails came out sharp." – Rafael, 3 April 2024</p>
</section>
<section class="faq">
<h2>Booking questions</h2>
<details><summary>Can I change my date?</summary><p>Yes, up to a week before the course starts.</p></details>
</section>
</main></body></html>
"""


def test_the_lone_h1_with_its_defining_paragraph_names_a_shop_page(tmp_path):
    term = read_written(tmp_path, "star-trails.html", SHOP_HTML)
    assert_reading(term, "Star trails", "Star trails are the arcs", ["How they form", "Shooting them"],
                   ("Masterclass", "€59", "What students say", "Rafael", "Booking", "change my date"))


TYPE_GLOSSARY = """\
# Type Terms A to Z

*Compiled by the Kerning Desk — words every layout designer meets sooner or later.*

## B

**Baseline** — The invisible line on which most letters of a line of type sit.

**Bowl** — The curved stroke that encloses the round counter of letters such as b, d and o.

## K

**Kerning** — The adjustment of the space between two particular letters so that the pair looks evenly spaced.

## L

**Leading** — The vertical distance from one baseline to the next, named after the strips of lead once put between lines of metal type.
"""


def test_an_italic_tagline_of_a_glossary_is_no_entry_and_no_markup_reaches_a_card(tmp_path):
    page = tmp_path / "type-terms.md"
    page.write_text(TYPE_GLOSSARY, encoding="utf-8")
    terms = read_pages([page], "type").terms
    assert [t.name for t in terms] == ["Baseline", "Bowl", "Kerning", "Leading"]
    for term in terms:
        assert "*" not in card_text(term) and "Kerning Desk" not in card_text(term)


@pytest.mark.parametrize(("opening", "name", "aliases"), [
    ('The specific gravity (sg) of a wort is its density divided by that of water.',
     "Specific gravity", ("sg",)),
    ('A dew heater (often shortened to "heater") is a band that warms a lens.',
     "Dew heater", ("heater",)),
    ("Tiempo de reverberación (también llamado RT60) es el tiempo que tarda un sonido en caer.",
     "Tiempo de reverberación", ("RT60",)),
    ("The 10,000-hour rule is a claim that mastery takes ten thousand hours of practice.",
     "10,000-hour rule", ()),
])
def test_aliases_the_page_states_and_names_with_thousands(opening, name, aliases):
    term = parse_page(opening + "\n", "page.txt", "d")
    assert (term.name, term.aliases) == (name, aliases)


def test_a_timeline_of_names_and_dates_is_not_read_as_comments():
    term = parse_page(
        "Comet\n\n"
        "A comet is an icy body of the outer Solar System that grows a coma and a tail when it "
        "nears the Sun.\n\n"
        "History\n"
        "Halley — 1705\n"
        "Edmond Halley shows that the comets of 1531, 1607 and 1682 were one body.\n"
        "Messier — 1774\n"
        "Charles Messier lists the fuzzy objects that are not comets, so as not to confuse them.\n\n"
        "Risks\n"
        "A comet's dust trail gives the meteor showers that can damage satellites in orbit.\n",
        "comet.txt", "astro")
    text = card_text(term)
    assert "Edmond Halley shows" in text and "Charles Messier lists" in text
    assert [s.topic for s in term.sections][-1] == "risk"


def test_a_higher_heading_after_a_single_box_heading_is_still_a_section(tmp_path):
    page = tmp_path / "albedo.html"
    page.write_text(
        "<html><body><main><h1>Albedo</h1>"
        "<p>Albedo is the share of the light falling on a surface that the surface reflects.</p>"
        "<h3>At a glance</h3><p>Fresh snow reflects about nine tenths of the sunlight that reaches it.</p>"
        "<h2>Mechanism</h2><p>Light surfaces scatter most wavelengths back out instead of absorbing them.</p>"
        "</main></body></html>", encoding="utf-8")
    term = read_one(page)
    assert "Light surfaces scatter" in card_text(term)


# A German cycling blog: a search box trailing off, a question heading in German, an
# advertisement, an appeal put as a question and an exclamation, comments under a count.
KETTENLINIE = """\
Zum Inhalt springen
Speichenwerk
Touren   Technik   Werkstatt   Über uns
Suche…

Technik › Antrieb › Kettenlinie

Kettenlinie
Warum die Kette manchmal knarzt, obwohl alles neu ist.

von Lukas Brenner · 2. März 2024 · 4 Min. Lesezeit

Die Kettenlinie ist der seitliche Abstand zwischen der Mitte des Kettenblatts und der Mittelebene des Rahmens, an dem sich ausrichtet, wie gerade die Kette zum Ritzel läuft.

Wie misst man sie?
Man misst von der Mitte des Sitzrohrs bis zur Mitte des Kettenblatts und vergleicht den Wert mit der Mitte des Ritzelpakets am Hinterrad.

Anzeige
Kettenöl Glanzlauf – jetzt 20 % günstiger! Nur diese Woche.

Risiken
Läuft die Kette stark schräg, verschleißen Kette und Zähne schneller und die Schaltung springt unter Last.

Hat dir der Artikel gefallen? Teile ihn mit deinen Freunden!

3 Kommentare

Petra M. — 4. März 2024 um 10:12
Endlich verstehe ich das Knarzen.
Antworten

Horst — 5. März 2024 um 18:30
Gilt das auch für Singlespeed-Räder?
Antworten
"""


def test_a_page_in_german_reads_by_the_same_shapes(tmp_path):
    term = read_written(tmp_path, "kettenlinie.txt", KETTENLINIE)
    assert_reading(term, "Kettenlinie", "Die Kettenlinie ist der seitliche Abstand",
                   ["Wie misst man sie?", "Risiken"],
                   ("Speichenwerk", "Suche", "Lukas", "Anzeige", "Glanzlauf", "Teile ihn", "Kommentare",
                    "Petra", "Knarzen", "Horst", "Singlespeed", "Antworten"))


@pytest.mark.parametrize(("line", "chrome"), [
    ("Suche…", True), ("Search this site...", True), ("[Share] [Save] [Copy link]", True),
    ("☰ Menu", True), ("© 2023 Speichenwerk GmbH · Impressum", True),
    ("the chain then skips…", False), ("[1] Sheldon Brown, Chainline", False),
])
def test_buttons_and_search_boxes_by_their_shape(line, chrome):
    assert is_banner(line) is chrome
