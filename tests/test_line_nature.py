"""Lines read by what they are — their shape, place, person and subject — on pages of new fields.

Each page under ``tests/data/nature/`` is written for one rule: share prompts and pointer
lists after the last section, an FAQ about a course, bylines of any label, a qualified
definition heading, a question heading that asks for the term, a tagline above the
definition, a markdown table, a proper name in a term's name.
"""

from __future__ import annotations

import shutil

import pytest

from flashgen.build import prepare
from flashgen.grammar import prose_name
from flashgen.readers import read_pages
from flashgen.readers.noise import is_banner, is_byline, is_customer_question, is_promotion
from flashgen.topics import topic_key

from conftest import DATA, import_package

PAGES = DATA / "nature"


def read_one(name: str):
    (term,) = read_pages([PAGES / name], "nature").terms
    return term


def card_text(term) -> str:
    return "\n".join([term.name, *term.aliases, term.definition,
                      *(s.heading + "\n" + s.text for s in term.sections)])


def test_a_share_prompt_a_pointer_list_and_a_feedback_line_after_the_last_section_are_set_aside():
    term = read_one("beekeeping-queen-excluder.txt")
    text = card_text(term)
    for piece in ("Enjoyed this guide", "WhatsApp", "Recommended next", "swarm trap", "varroa",
                  "fondant", "Spotted an error"):
        assert piece not in text, piece
    # The list under the pointer goes with it, and nothing is lost.
    assert {"Recommended next:", "- Building a swarm trap", "- Counting varroa mites",
            "- Winter feeding with fondant"} <= set(term.related)
    assert "Enjoyed this guide? Pass it on! Facebook | WhatsApp | Email" in term.related
    # The last section keeps both of its own sentences.
    (drawbacks,) = [s for s in term.sections if s.heading == "Drawbacks"]
    assert drawbacks.text.endswith("A frame of drawn comb placed above it draws them up.")


def test_a_markdown_edit_prompt_is_set_aside_and_a_wide_table_becomes_a_sentence_per_row():
    term = read_one("optics-etendue.md")
    assert "Suggest an edit" not in card_text(term) and "Spotted a typo" not in card_text(term)
    conservation = next(s for s in term.sections if s.heading == "Conservation")
    assert "|" not in conservation.text and "---" not in conservation.text
    # Every body row is kept (none is site noise), each a sentence of its own with its headers,
    # every value after its header and a colon.
    assert not any("|" in line for line in term.discarded)
    for row in ("Condenser lens — étendue in: 12; étendue out: 12; loss: 0%.",
                "Light pipe — étendue in: 12; étendue out: 15; loss: 4%.",
                "Projection lens — étendue in: 15; étendue out: 15; loss: 2%."):
        assert row in conservation.text


def test_counts_in_a_table_read_number_first_and_a_value_row_is_named_by_its_header(tmp_path):
    page = tmp_path / "tuning.md"
    page.write_text("# Equal temperament\n\nEqual temperament is a tuning that divides the octave into "
                    "equal steps.\n\n## Metric\n\nEach step is the same ratio.\n\n"
                    "| Division | Steps | Cents per step |\n|---|---|---|\n| 12-tone | 12 | 100 |\n"
                    "| 19-tone | 19 | 63.2 |\n", encoding="utf-8")
    (term,) = read_pages([page], "music").terms
    (metric,) = term.sections
    assert ("Division 12-tone — 12 steps; cents per step: 100.\nDivision 19-tone — 19 steps; "
            "cents per step: 63.2.") in metric.text


def test_each_table_row_gets_a_cloze_of_its_own(tmp_path):
    deck = tmp_path / "optics"
    deck.mkdir()
    shutil.copy(PAGES / "optics-etendue.md", deck)
    prepared = prepare((deck,))
    rows = [c for c in prepared.cards if c.kind == "cloze" and "out&#58; 1" in c.front]
    assert len(rows) == 3
    assert all(c.front.count("Light pipe") + c.front.count("Condenser") + c.front.count("Projection") == 1
               for c in rows)


def test_an_faq_about_buying_the_course_is_set_aside_and_a_question_about_the_term_stays():
    term = read_one("baking-sourdough-starter.html")
    text = card_text(term)
    for piece in ("stand mixer", "refund", "£59", "£85", "CPD", "proud of"):
        assert piece not in text, piece
    assert any("stand mixer" in line for line in term.discarded)
    assert any("refund" in line for line in term.discarded)
    # A learner wants to know why a starter smells: that answer stays on a card.
    assert "ethyl acetate" in text


def test_a_question_heading_that_names_the_term_gives_the_definition_over_a_tagline():
    term = read_one("baking-sourdough-starter.html")
    assert term.definition.startswith("A sourdough starter is a culture of flour and water")
    assert "What is a sourdough starter?" not in [s.heading for s in term.sections]
    assert "Bake a loaf you're proud of in one weekend. 6 CPD hours." in term.related


def test_bylines_of_any_label_are_no_headings_and_a_tagline_gives_way_to_the_definition():
    term = read_one("astronomy-hot-jupiter.txt")
    assert [s.heading for s in term.sections] == ["Discovery", "Migration"]
    assert "Text: Prof. Ines Varga    Updated 12 March 2023" in term.discarded
    assert "Reviewed by Tomas Berg · 4 min read" in term.discarded
    # The definition writes the name in the plural; the tagline above it names nothing.
    assert term.definition.startswith("Hot Jupiters are gas giant exoplanets")
    assert "Giant worlds that skim their stars closer than Mercury skims the Sun." in term.related


@pytest.mark.parametrize("line", [
    "Words: Dr. Helen Okoro   Published 3 May 2024",
    "Text and photos: Mira Koh",
    "Author: R. Lindqvist",
    "Interview by Sam Adeyemi",
    "Story: Luis Ferreira | 9 min read",
    "Posted on March 14, 2021",
    "Updated: 2024-05-03",
])
def test_byline_lines_of_any_wording_are_bylines(line):
    assert is_byline(line) and is_banner(line)


@pytest.mark.parametrize("line", [
    "Words matter: the lexicon of a field",
    "The author of the rule was Ohm.",
    "It was first published in 1945 in a journal.",
    "Text: a passage set for translation",
])
def test_prose_and_headings_are_no_bylines(line):
    assert not is_byline(line)


@pytest.mark.parametrize(("question", "answer", "customer"), [
    ("Do I need my own kiln?", "No, the studio has two.", True),
    ("Can we pay in two instalments?", "Yes.", True),
    ("Will I get a certificate?", "Yes, a PDF.", True),
    ("How long does delivery take?", "Three days.", True),
    ("Why does a glaze crawl?", "Dust or oil on the bisque stops it wetting.", False),
    ("Is raku firing dangerous?", "Only without gloves.", False),
    ("Can I fire raku ware in an electric kiln?", "Not safely.", False),
])
def test_faq_questions_about_buying_are_told_from_questions_about_the_term(question, answer, customer):
    assert is_customer_question(question, answer, ("Raku firing", "raku")) is customer


def test_a_qualified_definition_is_a_topic_of_its_own_and_no_page_asks_a_question_twice(tmp_path):
    assert topic_key("Formal definition") == "formal-definition"
    assert topic_key("Legal meaning") == "legal-meaning"
    assert topic_key("Definition") == topic_key("Meaning") == "definition"
    assert topic_key("Training Application") == "application"  # other heads still land
    deck = tmp_path / "stats"
    deck.mkdir()
    shutil.copy(PAGES / "statistics-median.md", deck)
    prepared = prepare((deck,))
    (term,) = prepared.decks[0].terms
    # The bare "Definition" joins the definition, "Risks" and "Risk" are one section.
    assert term.definition.endswith("It is also called the 50th percentile or the second quartile.")
    assert [s.topic for s in term.sections] == ["formal-definition", "risk", "application"]
    prompts = [c.front for c in prepared.cards if c.kind != "cloze"]
    assert len(prompts) == len(set(prompts))
    assert any("formal definition" in p for p in prompts)


def test_a_page_with_a_qualified_definition_builds_and_imports_into_anki(tmp_path, cli, collection):
    deck = tmp_path / "stats"
    deck.mkdir()
    shutil.copy(PAGES / "statistics-median.md", deck)
    run = cli("build", deck, "--out", tmp_path / "out")
    assert run.code == 0, run.err
    assert (tmp_path / "out" / "stats-formal-definition.apkg").exists()
    for package in sorted((tmp_path / "out").glob("*.apkg")):
        import_package(collection, package)
    fronts = [collection.get_note(n).fields[0] for n in collection.find_notes("")]
    asked = [f for f in fronts if "prompt" in f]
    assert len(asked) == len(set(asked)) and asked


def test_a_capital_the_texts_keep_inside_sentences_is_a_proper_name(tmp_path):
    term = read_one("metallurgy-bessemer-process.txt")
    assert prose_name(term.name, (term.definition, *(s.text for s in term.sections))) == "Bessemer process"
    deck = tmp_path / "steel"
    deck.mkdir()
    shutil.copy(PAGES / "metallurgy-bessemer-process.txt", deck)
    prepared = prepare((deck,))
    forward = next(c for c in prepared.cards if c.kind == "forward")
    assert "<b class=\"term\">Bessemer process</b>" in forward.front
    # A word capitalised only where a sentence starts is lower-cased as before.
    assert prose_name("Slag", ("Slag floats on the melt.", "The slag is skimmed off.")) == "slag"


@pytest.mark.parametrize(("definition", "why"), [
    ("Learn to read the sky before the storm breaks.", "opens with a verb that urges"),
    ("Find your cloud in ten minutes with our chart.", "speaks to the reader"),
    ("Ever seen a sky full of pouches?", "is a question"),
    ("The strangest clouds over the Great Plains.", "does not name it, while section 'Formation' defines it"),
    ("Mammatus: the pouches that hang under a storm", "opens as a headline"),
])
def test_check_warns_when_a_definition_is_no_definition(tmp_path, cli, definition, why):
    deck = tmp_path / "sky"
    deck.mkdir()
    (deck / "mammatus.yaml").write_text(
        f"name: Mammatus\ndefinition: >-\n  {definition}\nsections:\n  - heading: Formation\n"
        "    text: Mammatus are pouch-like clouds that hang from the base of an anvil cloud.\n",
        encoding="utf-8")
    run = cli("check", deck)
    assert run.code == 0
    assert f"the definition of 'Mammatus' {why}" in run.err


@pytest.mark.parametrize("definition", [
    "Pouch-like clouds that hang from the base of an anvil cloud.",
    # It opens with what the term is, then speaks to the reader: a glossary's way, no tagline.
    "A pouch-like cloud that you may see hanging from the base of an anvil cloud.",
])
def test_check_does_not_warn_about_a_definition_that_defines(tmp_path, cli, definition):
    deck = tmp_path / "sky"
    deck.mkdir()
    (deck / "mammatus.yaml").write_text(
        f"name: Mammatus\ndefinition: {definition}\n"
        "sections:\n  - heading: Formation\n    text: Cold air sinking from the anvil shapes them.\n",
        encoding="utf-8")
    run = cli("check", deck)
    assert run.code == 0 and "the definition of" not in run.err


@pytest.mark.parametrize("line", [
    "Liked the lesson? Tell a friend! Tweet | Share | Pin",
    "Enjoyed this guide? Pass it on! Facebook | WhatsApp | Email",
    "*Spotted a typo? [Suggest an edit](https://example.org/edit).*",
])
def test_prompts_to_share_or_correct_the_page_are_promotions(line):
    assert is_promotion(line)


def test_a_trailing_question_about_the_term_is_no_promotion():
    assert not is_promotion("Is the excluder needed in winter? Most beekeepers take it out.")


def test_an_faq_of_question_lines_over_answer_lines_keeps_only_questions_about_the_term():
    term = read_one("ceramics-raku-firing.txt")
    faq = next(s for s in term.sections if s.heading == "FAQ")
    assert "food safe" in faq.text and "porous body" in faq.text
    assert "own clay" not in card_text(term) and "class fee" not in card_text(term)
    assert term.discarded == ("Do I need to bring my own clay?",
                              "No, clay and glazes are included in the class fee.")


def test_a_title_case_name_the_texts_write_in_sentence_case_reads_in_sentence_case():
    # The title's capitals are the site's styling when the definition writes the other words small.
    texts = ("Dry stone walling (DSW) is the craft of building walls without mortar.",)
    assert prose_name("Dry Stone Walling", texts) == "dry stone walling"
    # A name the texts never write otherwise keeps its capitals.
    assert prose_name("Dry Stone Walling", ("The craft needs no mortar.",)) == "Dry Stone Walling"
    # And a proper name at the front stays capitalised.
    assert prose_name("Flemish Bond", ("Flemish bond lays headers and stretchers by turns, as in Flemish "
                                      "towns.",)) == "Flemish bond"


@pytest.mark.parametrize("name", ["weaving-twill.html", "weaving-twill.md"])
def test_a_pointer_heading_of_any_wording_takes_its_link_list_off_the_cards(name):
    term = read_one(name)
    assert [s.heading for s in term.sections] == ["Mechanism"]
    assert "Satin" not in card_text(term) and "Herringbone" not in card_text(term)
    assert "Pinterest" not in card_text(term)
    assert {"- Satin weave basics", "- Herringbone explained"} <= set(term.related)
    # The last section keeps its own sentence.
    assert term.sections[0].text == "The offset of one thread per row is what makes the diagonal, called the twill line."


def test_a_colon_before_share_buttons_a_series_pointer_and_credit_lines_are_set_aside():
    term = read_one("sailing-tacking.txt")
    assert [(s.heading, s.topic) for s in term.sections] == [("Technical definition", "technical-definition"),
                                                             ("Common errors", "common-errors")]
    assert term.sections[-1].text == "Turning too slowly stalls the boat head to wind, a state called being in irons."
    assert term.definition.startswith("Tacking is the manoeuvre of turning")
    assert {"Photography & words: Ana Lind", "Last reviewed: 4 June 2022 · 5 min read"} <= set(term.discarded)
    assert {"Found this useful? Spread the word: Twitter · LinkedIn · Email", "More in this series:",
            "- Gybing safely", "- Reefing the mainsail"} <= set(term.related)


def test_the_price_of_a_course_is_a_customer_question_and_a_cost_of_the_term_is_not():
    assert is_customer_question("How much does the course cost?", "£300.", ("Tacking",))
    assert not is_customer_question("How much does tacking cost in speed?", "A few boat lengths.", ("Tacking",))


def test_an_html_table_under_a_header_row_gives_a_sentence_per_row():
    term = read_one("mineralogy-mohs-scale.html")
    (metric,) = term.sections
    for row in ("Hardness 1 — mineral: Talc; scratched by: fingernail.",
                "Hardness 5 — mineral: Apatite; scratched by: steel knife.",
                "Hardness 10 — mineral: Diamond; scratched by: nothing."):
        assert row in metric.text
    assert term.discarded == ()  # no cell is set aside as noise


def test_a_definition_that_names_its_field_first_still_outranks_the_tagline(tmp_path):
    page = tmp_path / "dunes.txt"
    page.write_text("Barchan\nThe crescent that walks across the desert.\n\n"
                    "In geomorphology, a barchan is a crescent-shaped dune whose horns point downwind, "
                    "formed where sand is scarce and the wind blows from one direction.\n\n"
                    "Mechanism\nSand blown up the gentle back slope avalanches down the steep slip face.\n",
                    encoding="utf-8")
    (term,) = read_pages([page], "dunes").terms
    assert term.definition.startswith("In geomorphology, a barchan is a crescent-shaped dune")
    assert "The crescent that walks across the desert." in term.related
