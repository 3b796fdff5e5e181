"""Pages from sites no rule was written from: an article with headed sections is one term
even when its sections hold "Label: value" lines, in any language the topic table reads."""

from __future__ import annotations

from flashgen.readers import read_pages
from flashgen.topics import topic_key

# A shop's guide in Spanish: the site's lines, the title over the paragraph that defines it,
# then sections on the usual topics, two of them made of "Label: value" items.
SILAGE_GUIDE = """\
La Huerta Digital
Inicio   Tienda   Blog   Mi cuenta
El ensilado
El ensilado es una técnica de conservación de forraje que consiste en fermentar hierba picada sin aire, \
para alimentar al ganado durante el invierno sin perder valor nutritivo.
Publicado el 3 de marzo de 2025 por Marta Ruiz
Funcionamiento
Las bacterias lácticas presentes en la hierba consumen los azúcares y producen ácido, que baja el pH \
hasta que ningún otro microbio puede crecer. Sin oxígeno, el forraje se mantiene estable durante meses.
Historia
La técnica es antigua: los agricultores del norte de Europa ya enterraban hierba en fosas en el siglo \
XVIII, y se extendió con los silos de torre a partir de 1880.
En la práctica
Humedad ideal: entre 60 y 70 % para una buena fermentación del forraje.
Longitud de corte: de 1 a 3 cm para poder compactar bien la masa.
Tiempo de cierre: menos de dos días desde el corte hasta el sellado.
Compactación: pisar por capas con el tractor para expulsar el aire.
Riesgos
Moho: cualquier entrada de aire deja crecer hongos en la superficie del silo.
Listeria: un ensilado mal acidificado puede transmitir bacterias peligrosas a las vacas.
Efluentes: el líquido que escurre contamina los ríos cercanos si no se recoge.
"""


def read_one(tmp_path, name: str, text: str):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return read_pages([page], "any-site").terms


def test_an_article_whose_sections_hold_label_lines_is_one_term(tmp_path):
    (term,) = read_one(tmp_path, "ensilado.txt", SILAGE_GUIDE)
    assert term.name == "El ensilado"
    assert term.definition.startswith("El ensilado es una técnica de conservación")
    assert [s.topic for s in term.sections] == ["mechanism", "history", "en-la-practica", "risk"]
    practice = term.sections[2].text
    assert "Humedad ideal: entre 60 y 70 %" in practice and "Compactación: pisar por capas" in practice
    assert term.sections[3].text.startswith("Moho: cualquier entrada de aire")


def test_label_lines_under_repeated_topic_headings_stay_a_list(tmp_path):
    # Each entry has its own "Mechanism" section: the topics repeat, so the page is a list.
    page = ("Lathe chuck: A clamp on a lathe's spindle that grips round work while it turns.\n"
            "Mechanism\nJaws move together on a scroll plate as the key turns.\n"
            "Tailstock: The sliding block at a lathe's far end that carries a centre or a drill.\n"
            "Mechanism\nA handwheel drives its quill forward on a screw.\n"
            "Faceplate: A flat disc on the spindle to which odd-shaped work is bolted directly.\n"
            "History\nEarly pole lathes had no faceplate at all.\n")
    terms = read_one(tmp_path, "lathe.txt", page)
    assert [t.name for t in terms] == ["Lathe chuck", "Tailstock", "Faceplate"]


def test_a_gerund_of_measuring_with_a_pronoun_is_the_metric(tmp_path):
    page = ("# Soil compaction\n\nSoil compaction is the squeezing of soil pores by weight until roots "
            "and water can no longer pass.\n\n## Assessing it\n\nA penetrometer pushed into the ground "
            "reads the resistance in megapascals.\n\n## Quantifying the loss\n\nBulk density cores are "
            "weighed after drying in an oven.\n")
    (term,) = read_one(tmp_path, "compaction.md", page)
    # Quantifying a thing named is measuring it too: both sections are on the metric.
    assert [s.topic for s in term.sections] == ["metric", "metric"]


# A blog copied without blank lines: the site's name and tagline, its menu button, then a
# headline and a teaser run straight into the paragraph that names the subject.
SAILING_POST = """\
DEEPWATER — sailing, one knot at a time
☰ Menu   Search…
Boats  Gear  Seamanship  Charts  Shop
You are here: Seamanship / Anchoring / Anchor drag
Anchor drag: why your boat wanders at two in the morning
Anchors rarely hold the way the chandler promised. Here is what really happens on the seabed.
Anchor drag, also called dragging anchor, is the slow movement of an anchored boat across the seabed \
when the pull of wind or tide exceeds the holding power of its anchor and rode.
Words and photos: Tom Ellery · 4 May 2025
Mechanism
The anchor holds by burying its fluke in the bottom; a gust that lifts the shank breaks it out, and it \
skips along without resetting.
Risks
A dragging boat can fetch up on rocks or foul a neighbour's chain within minutes on a crowded mooring.
"""


def test_a_site_name_menu_button_headline_and_teaser_stay_off_the_definition(tmp_path):
    (term,) = read_one(tmp_path, "anchor-drag.txt", SAILING_POST)
    assert (term.name, term.aliases) == ("Anchor drag", ("dragging anchor",))
    assert term.definition.startswith("Anchor drag, also called dragging anchor, is the slow movement")
    for words in ("DEEPWATER", "☰", "Search…", "chandler promised", "two in the morning"):
        assert words not in term.definition, words
    assert "☰ Menu   Search…" in term.discarded
    assert [s.topic for s in term.sections] == ["mechanism", "risk"]


def test_a_headline_run_needs_its_subject_to_open_the_next_line(tmp_path):
    # The third line is prose about something else: nothing is parted from the definition.
    page = ("Tide race: where two currents meet off a headland and the sea stands up in ridges\n"
            "Fast water over a shallow ledge makes a steep, breaking sea even in light wind.\n"
            "Skippers plan passages to cross it at slack water, when the stream turns.\n"
            "Mechanism\nThe stream accelerates past the point and piles against the slower water beyond.\n")
    (term,) = read_one(tmp_path, "tide-race.txt", page)
    assert "Fast water over a shallow ledge" in term.definition + " ".join(term.related)
    assert "Skippers plan passages" in term.definition


# A project's README glossary: each "## Term" over a paragraph that opens with the term, one of
# them named only after an article, and the project's own sections after the last entry.
README_GLOSSARY = """\
# tidepool-docs: terms used in the solver

A short glossary of the words used in the Tidepool source and in its issue tracker.

## Courant number

**Courant number** (CFL) is the ratio of how far a wave travels in one time step to the size of a grid cell.

## Staggered grid

A **staggered grid** (SG) is a layout that stores water levels at cell centres and velocities on the cell faces between them.

## Wetting and drying

**Wetting and drying** is the handling of cells that fall dry at low tide and flood again as it rises.

## Bottom friction

**Bottom friction** is the drag the seabed puts on the flow, written with a Manning coefficient per cell.

## Contributing

Issues and pull requests are welcome; please run the regression cases before you open one.

## Licence

Tidepool is released under the MIT Licence. See LICENCE for the full text.
"""


def test_headings_over_bold_led_paragraphs_are_the_entries_and_the_projects_sections_are_not(tmp_path):
    terms = read_one(tmp_path, "README.md", README_GLOSSARY)
    assert [t.name for t in terms] == ["Courant number", "Staggered grid", "Wetting and drying", "Bottom friction"]
    assert terms[1].aliases == ("SG",)
    assert terms[1].definition.startswith("A staggered grid (SG) is a layout that stores")
    last = terms[-1]
    assert last.sections == ()
    assert "MIT Licence" not in last.definition
    assert any("MIT Licence" in line for line in last.discarded)


# An A–Z list whose page ends with a rule, then the shop's notices, one shaped as an entry.
KNITTING_LIST = """\
Knitting terms A to Z

Cast on: The first row of loops made on the needle, which every later row is worked from.
Gauge: The number of stitches and rows in ten centimetres, measured on a knitted swatch.
Purl: A stitch worked from the front with the yarn held in front, the reverse of a knit stitch.
Yarn over: An extra loop wrapped around the needle to make a decorative hole and a new stitch.
Back to top
---
Next class: Cables for beginners, 9 May, £40 — two places left.
© 2025 The Wool Loft
"""


def test_an_entry_shaped_notice_under_the_lists_closing_rule_is_no_entry(tmp_path):
    terms = read_one(tmp_path, "knitting.txt", KNITTING_LIST)
    assert [t.name for t in terms] == ["Cast on", "Gauge", "Purl", "Yarn over"]
    assert "Cables for beginners" not in terms[-1].definition
    assert any("Cables for beginners" in line for line in terms[-1].discarded)


def test_a_name_in_another_language_in_brackets_is_an_alias(tmp_path):
    page = ("# La stratification à froid\n\nLa stratification à froid (en anglais cold stratification) est "
            "le traitement des graines par le froid humide pour lever leur dormance avant le semis.\n\n"
            "## Historique\n\nLes pépiniéristes enterraient les graines dans du sable tout l'hiver.\n")
    (term,) = read_one(tmp_path, "stratification.md", page)
    assert term.aliases == ("cold stratification",)


def test_a_name_from_another_language_after_another_name_is_an_alias(tmp_path):
    page = ("# Shortcrust pastry\n\nShortcrust pastry (also called short paste, from the French pâte brisée) "
            "is a pastry of flour, fat and a little water that bakes crisp and crumbly rather than flaky.\n")
    (term,) = read_one(tmp_path, "shortcrust.md", page)
    assert term.aliases == ("short paste", "pâte brisée")


def test_written_as_gives_the_name_without_the_as(tmp_path):
    page = ("# Total dissolved solids\n\nTotal dissolved solids (TDS) is the mass of everything dissolved in a "
            "litre of water, salts and minerals alike. It is sometimes written as TDS, mostly on meter displays.\n")
    (term,) = read_one(tmp_path, "tds.md", page)
    assert "as TDS" not in term.aliases
    assert term.aliases == ("TDS",)


def test_a_heading_over_the_sites_appeals_and_its_related_guides_is_no_section(tmp_path):
    page = ("Greywater reuse\n"
            "Greywater reuse is the collection of lightly used water from sinks, showers and washing machines "
            "for watering gardens or flushing toilets instead of sending it to the sewer.\n"
            "How it works\n"
            "A diverter valve sends the water through a coarse filter into a tank, from which a pump feeds "
            "drip lines under the mulch.\n"
            "Talk to our plumbers\n"
            "Planning a system for your own home? Book a free site visit with our installation team.\n"
            "Call us on 0117 496 0321\n"
            "Related guides\n"
            "Choosing a rainwater tank for a small garden\n"
            "Five plants that love recycled water\n")
    (term,) = read_one(tmp_path, "greywater.txt", page)
    assert [s.topic for s in term.sections] == ["mechanism"]
    assert "Related guides" not in term.sections[0].text
    assert "Related guides" in term.related


def test_a_stated_where_it_came_from_is_the_origin_and_a_foreign_principle_of_operation_the_mechanism():
    assert topic_key("Where the practice came from") == "origin"
    assert topic_key("Where it comes from") == "origin"
    assert topic_key("Where to buy it") == "where-to-buy-it"
    assert topic_key("Principio de funcionamiento") == "mechanism"
    assert topic_key("Principe de fonctionnement") == "mechanism"
    assert topic_key("Principe actif") == "principe-actif"


def test_a_last_heading_entry_whose_paragraph_opens_with_its_term_in_another_form_stays(tmp_path):
    page = ("# Rope glossary\n\n## Dynamic rope\n\nDynamic rope stretches to absorb the force of a fall.\n\n"
            "## Static rope\n\nStatic rope barely stretches and suits hauling and abseiling.\n\n"
            "## Dry treatment\n\nDry treatment is a coating that keeps a rope from soaking up water.\n\n"
            "## Bend radius (BR)\n\nBend radii are the tightest curves a rope can pass over without losing "
            "strength.\n")
    terms = read_one(tmp_path, "ropes.md", page)
    assert [t.name for t in terms][-1].startswith("Bend radius")
    assert len(terms) == 4
